"""How long `otpt.load_class` takes to merge a class folder, and whether it grows linearly.

Generates folders of 100, 1,000 and 10,000 learners x 100 answers each (in a temporary
folder), merges each three times, and prints the median time, the time per learner and
the growth factor against the previous size (10x more learners should take ~10x longer).

Run: .venv/bin/python benchmarks/class_merge.py [--sizes 100 1000 10000]   (about 2 min)
"""

import argparse
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import otpt
from otpt.analysis.grading import grade
from otpt.io.exchange.format import AnswerRecord, answers_json


def write_class(folder: Path, learners: int, answers: int = 100) -> None:
    """Files exactly like ClassifyQuiz.save writes (`answers_json`, the quiz's grading)."""
    bank = otpt.load_activities()
    ids = list(bank["id"])
    rows = bank.set_index("id")
    start = datetime(2026, 9, 1, tzinfo=timezone.utc)
    folder.mkdir(parents=True)
    for n in range(learners):
        records = []
        for i in range(answers):
            aid = ids[(n + i) % len(ids)]
            answer = ("OT", "Both", "PT")[(n * 7 + i) % 3]
            key, also = str(rows.loc[aid, "lead"]), str(rows.loc[aid, "also_accepted"])
            moment = (start + timedelta(seconds=n * 1000 + i)).isoformat()
            record = AnswerRecord(
                aid, aid, answer, key, grade(answer, key, also), "sure", 1 + i // len(ids), moment
            )
            records.append(record.to_json())
        text = answers_json(records, learner=f"learner-{n}", session=f"{n:012x}")
        (folder / f"learner-{n}.json").write_text(text, encoding="utf-8")


def measure(sizes=(100, 1000, 10000), repeat: int = 3) -> list[dict]:
    """Median seconds to merge each class size (learners x 100 answers)."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / str(size)
            write_class(folder, size)
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                merged = otpt.load_class(folder)
                times.append(time.perf_counter() - t0)
            results.append({"size": size, "rows": len(merged), "seconds": statistics.median(times)})
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"load_class: learners x 100 answers, median of {args.repeat}")
    print(f"{'learners':>9}{'answers':>10}{'median s':>10}{'ms/learner':>12}{'growth':>8}{'size x':>8}")
    previous = None
    for r in measure(args.sizes, args.repeat):
        growth = f"{r['seconds'] / previous['seconds']:.1f}" if previous else "-"
        factor = f"{r['size'] / previous['size']:.0f}" if previous else "-"
        print(
            f"{r['size']:>9}{r['rows']:>10}{r['seconds']:>10.2f}{1000 * r['seconds'] / r['size']:>12.2f}"
            f"{growth:>8}{factor:>8}"
        )
        previous = r


if __name__ == "__main__":
    main()
