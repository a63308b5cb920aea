"""How long `otpt.load_class` takes to merge a class folder, and whether it grows linearly.

Generates folders of 100, 1,000 and 10,000 learners x 100 answers each (in a temporary
folder), merges each three times, and prints the median time, the time per learner and
the growth factor against the previous size (10x more learners should take ~10x longer).

Run: .venv/bin/python benchmarks/class_merge.py [--sizes 100 1000 10000]   (about 2 min)
"""

import argparse
import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import otpt


def write_class(folder: Path, learners: int, answers: int = 100) -> None:
    """Files exactly like ClassifyQuiz.save writes, made fast with one template."""
    bank = otpt.load_activities()
    ids = list(bank["id"])
    leads = dict(zip(bank["id"], bank["lead"].astype(str)))
    start = datetime(2026, 9, 1, tzinfo=timezone.utc)
    folder.mkdir(parents=True)
    for n in range(learners):
        records = []
        for i in range(answers):
            aid = ids[(n + i) % len(ids)]
            answer = ("OT", "Both", "PT")[(n * 7 + i) % 3]
            records.append({"activity_id": aid, "activity": aid, "answer": answer, "key": leads[aid],
                            "correct": answer == leads[aid], "confidence": "sure", "round": 1 + i // len(ids),
                            "timestamp": (start + timedelta(seconds=n * 1000 + i)).isoformat()})  # fmt: skip
        payload = {
            "format": "otpt-answers",
            "version": 1,
            "learner": f"learner-{n}",
            "bank": "",
            "answers": records,
        }
        (folder / f"learner-{n}.json").write_text(json.dumps(payload))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    sizes = parser.parse_args().sizes
    repeat = parser.parse_args().repeat
    print(f"load_class: learners x 100 answers, median of {repeat}")
    print(f"{'learners':>9}{'answers':>10}{'median s':>10}{'ms/learner':>12}{'growth':>8}{'size x':>8}")
    previous = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / str(size)
            write_class(folder, size)
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                merged = otpt.load_class(folder)
                times.append(time.perf_counter() - t0)
            median = statistics.median(times)
            growth = f"{median / previous[1]:.1f}" if previous else "-"
            factor = f"{size / previous[0]:.0f}" if previous else "-"
            print(
                f"{size:>9}{len(merged):>10}{median:>10.2f}{1000 * median / size:>12.2f}{growth:>8}{factor:>8}"
            )
            previous = (size, median)


if __name__ == "__main__":
    main()
