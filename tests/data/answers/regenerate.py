"""Write the golden answers files again with the otpt of each earlier layout (run by hand,
never by the tests): ``python tests/data/answers/regenerate.py`` from the repository root.

Each file is written by that commit's own ``save_answers``, from the answers its quiz
would have recorded (its own grading: ``check_answer``'s ``correct`` before defensible
answers, ``grade`` and ``Feedback.correct`` since). Beside it, ``<name>.expected.json``
holds those records as the quiz had them in memory: what every reader must give back.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]

#: (file stem, commit, the module holding save_answers, the module holding grading)
LAYOUTS = [
    ("v1-first", "56f1352", "otpt.answers", "otpt.grading"),
    ("v1-outcome", "fbf4ae7", "otpt.answers", "otpt.grading"),
    ("v1-sessions", "125abe7", "otpt.io.answers", "otpt.analysis.grading"),
    ("v1-one-a-line", "9c47ca2", "otpt.io.answers", "otpt.analysis.grading"),
]

#: What a learner did: (activity id, activity, key, also accepted, answer, confidence, round, time)
ANSWERS = [
    ("A001", "Walking after a fall", "PT", "Both", "PT", "sure", 1, "2026-09-01T10:00:05+00:00"),
    ("A002", "Walking after a fall at home", "PT", "Both", "Both", "unsure", 1, "2026-09-01T10:00:40+00:00"),
    (
        "A003",
        "Dressing \u201cfast\u201d after a stroke",
        "OT",
        "",
        "PT",
        None,
        1,
        "2026-09-01T10:01:10+00:00",
    ),
    (
        "A004",
        "Z\u00fcrich: stairs in a caf\u00e9",
        "Both",
        "",
        "Both",
        "sure",
        1,
        "2026-09-01T10:01:55+00:00",
    ),
    (
        "A003",
        "Dressing \u201cfast\u201d after a stroke",
        "OT",
        "",
        "OT",
        "sure",
        2,
        "2026-09-01T10:03:00+00:00",
    ),
]

SCRIPT = """
import importlib, json, sys
import pandas as pd
save = importlib.import_module(sys.argv[1]).save_answers
grading = importlib.import_module(sys.argv[2])
answers, path, stem = json.loads(sys.argv[3]), sys.argv[4], sys.argv[5]
records = []
for activity_id, activity, key, also, answer, confidence, round_, stamp in answers:
    record = {"activity_id": activity_id, "activity": activity, "answer": answer, "key": key}
    if hasattr(grading, "grade"):  # since defensible answers: the outcome, and correct from it
        record["outcome"] = grading.grade(answer, key, also or None)
        record["correct"] = record["outcome"] != "not usually"
    else:  # the first quiz: correct where the answer is the key
        record["correct"] = answer == key
    record.update(confidence=confidence, round=round_, timestamp=stamp)
    records.append(record)
table = pd.DataFrame(records, columns=list(grading.ANSWER_COLUMNS) if hasattr(grading, "ANSWER_COLUMNS")
                     else list(records[0]))
kwargs = {}
if "session" in save.__code__.co_varnames:
    kwargs = {"session": "3f9a2c0b7d1e",
              "rounds": [{"number": 1, "order": ["A001", "A002", "A003", "A004"], "review": False},
                         {"number": 2, "order": ["A003"], "review": True}]}
save(table if stem == "v1-first" else records, path, learner="Zo\u00eb", bank="'activities.csv'", **kwargs)
print(json.dumps(records, ensure_ascii=False))
"""


def main() -> None:
    for stem, commit, saver, grading in LAYOUTS:
        with tempfile.TemporaryDirectory() as old:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "otpt"], check=True, capture_output=True
            ).stdout
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                tar.extractall(old, filter="data")
            out = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    SCRIPT,
                    saver,
                    grading,
                    json.dumps(ANSWERS),
                    str(HERE / f"{stem}.json"),
                    stem,
                ],
                cwd=old,
                env={"PYTHONPATH": old},
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        records = json.loads(out)
        for record in records:  # what the quiz of the time showed: right or not usually, before outcomes
            record.setdefault("outcome", "right" if record["correct"] else "not usually")
        expected = HERE / f"{stem}.expected.json"
        expected.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{stem}.json: written by otpt {commit}")


if __name__ == "__main__":
    main()
