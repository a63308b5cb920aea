"""How long a learner waits after pressing Check (and Next), measured inside a real
kernel, next to the floor: setting one HTML widget's value to the same feedback text.
Check includes the save after every Check (atomic: temporary file, fsync, rename) into a
temporary class folder; the same quiz without saving and the save alone are measured too.

Run: .venv/bin/python benchmarks/quiz_latency.py   (about 20 s)
"""

import json
import subprocess

import nbformat
from nbclient import NotebookClient

CODE = r"""
import json, os, statistics, tempfile, time
import ipywidgets as widgets
import otpt

os.environ["OTPT_STATE_DIR"] = tempfile.mkdtemp()
folder = tempfile.mkdtemp()
floor = widgets.HTML()
timings = {"check": [], "next": [], "floor": [], "check_unsaved": [], "save": []}
for autosave in (True, False):
    quiz = otpt.ClassifyQuiz(seed=0, save_dir=folder, autosave=autosave)
    for i in range(80):
        if quiz.current_activity is None:
            quiz.restart_button.click()
        quiz.choice.value = ("OT", "PT", "Both")[i % 3]
        t0 = time.perf_counter(); quiz.check_button.click(); t1 = time.perf_counter()
        if not autosave:
            timings["check_unsaved"].append(t1 - t0)
            quiz.next_button.click()
            continue
        text = quiz.feedback.value
        t2 = time.perf_counter(); floor.value = text + str(i); t3 = time.perf_counter()
        t4 = time.perf_counter(); quiz.next_button.click(); t5 = time.perf_counter()
        t6 = time.perf_counter(); quiz.save(); t7 = time.perf_counter()
        for key, seconds in (("check", t1 - t0), ("floor", t3 - t2), ("next", t5 - t4), ("save", t7 - t6)):
            timings[key].append(seconds)
ms = lambda xs: 1000 * statistics.median(xs)
result = {f"{key}_ms": ms(values) for key, values in timings.items()}
print(json.dumps({**result, "n": len(timings["check"]), "answers_in_file": len(quiz.answers)}))
"""


def measure() -> dict:
    """Median ms of Check, Next and the floor, measured inside a fresh kernel."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(CODE)])
    NotebookClient(nb, timeout=300, kernel_name="python3").execute(stderr=subprocess.DEVNULL)
    return json.loads(nb.cells[0].outputs[-1]["text"].strip().splitlines()[-1])


def main():
    result = measure()
    print(f"in-kernel latency, median of {result['n']} (comm messages included)")
    print(f"{'action':<34}{'median ms':>10}{'x floor':>10}")
    print(f"{'floor: set one HTML widget value':<34}{result['floor_ms']:>10.2f}{1:>10.1f}")
    for name, key in (
        ("Check (grade + feedback + save)", "check_ms"),
        ("  ... without saving", "check_unsaved_ms"),
        ("  ... the save alone", "save_ms"),
        ("Next (new card)", "next_ms"),
    ):
        print(f"{name:<34}{result[key]:>10.2f}{result[key] / result['floor_ms']:>10.1f}")


if __name__ == "__main__":
    main()
