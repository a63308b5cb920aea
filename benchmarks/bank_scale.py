"""Loading and validating generated activity banks of 1k, 10k and 100k rows."""

import csv
import statistics
import tempfile
import time
from pathlib import Path

import otpt


def write_bank(path: Path, rows: int) -> None:
    """The bundled bank's rows repeated (with fresh ids) up to ``rows``."""
    with otpt.bundled_path().open(encoding="utf-8", newline="") as f:
        source = list(csv.reader(f))
    header, body = source[0], source[1:]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for i in range(rows):
            row = list(body[i % len(body)])
            row[0] = f"G{i:06d}"
            writer.writerow(row)


def measure(sizes=(1000, 10000, 100000), repeat: int = 3) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"bank_{size}.csv"
            write_bank(path, size)
            times = []
            for _ in range(repeat if size < 100000 else 1):
                t0 = time.perf_counter()
                bank = otpt.load_activities(path)
                times.append(time.perf_counter() - t0)
            assert len(bank) == size
            results.append({"size": size, "seconds": statistics.median(times)})
    return results


if __name__ == "__main__":
    for r in measure():
        print(f"{r['size']:>7} rows {r['seconds']:.3f} s")
