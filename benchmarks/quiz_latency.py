"""How long a learner waits after pressing Check (and Next), measured inside a real
kernel, next to the floor: setting one HTML widget's value to the same feedback text.

Run: .venv/bin/python benchmarks/quiz_latency.py   (about 20 s)
"""

import json
import subprocess

import nbformat
from nbclient import NotebookClient

CODE = r"""
import json, statistics, time
import ipywidgets as widgets
import otpt

quiz = otpt.ClassifyQuiz(seed=0)
floor = widgets.HTML()
check, nxt, bare = [], [], []
for i in range(80):
    if quiz.current_activity is None:
        quiz.restart_button.click()
    quiz.choice.value = ("OT", "PT", "Both")[i % 3]
    t0 = time.perf_counter(); quiz.check_button.click(); t1 = time.perf_counter()
    text = quiz.feedback.value
    t2 = time.perf_counter(); floor.value = text + str(i); t3 = time.perf_counter()
    t4 = time.perf_counter(); quiz.next_button.click(); t5 = time.perf_counter()
    check.append(t1 - t0); bare.append(t3 - t2); nxt.append(t5 - t4)
ms = lambda xs: 1000 * statistics.median(xs)
print(json.dumps({"check_ms": ms(check), "next_ms": ms(nxt), "floor_ms": ms(bare), "n": len(check)}))
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
    for name, key in (("Check (grade + feedback)", "check_ms"), ("Next (new card)", "next_ms")):
        print(f"{name:<34}{result[key]:>10.2f}{result[key] / result['floor_ms']:>10.1f}")


if __name__ == "__main__":
    main()
