"""Loading and validating generated activity banks of 1k, 10k and 100k rows.

Each size is timed in a fresh interpreter, so the heap left by other benchmarks (which
makes Python's garbage collector slower on big loads) does not count against the loader.
"""

import csv
import statistics
import subprocess
import sys
import tempfile
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
            code = (
                "import time, otpt; load = otpt.load_activities; t0 = time.perf_counter(); "
                f"bank = load({str(path)!r}); "
                f"assert len(bank) == {size}; print(time.perf_counter() - t0)"
            )
            times = [
                float(
                    subprocess.run(
                        [sys.executable, "-c", code], check=True, capture_output=True, text=True
                    ).stdout
                )
                for _ in range(repeat)
            ]
            results.append({"size": size, "seconds": statistics.median(times)})
    return results


if __name__ == "__main__":
    for r in measure():
        print(f"{r['size']:>7} rows {r['seconds']:.3f} s")
