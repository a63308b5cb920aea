"""Run-All time of every lesson in a fresh kernel (nbclient), interleaved with a baseline
notebook that only imports pandas, matplotlib and ipywidgets and draws one figure.

For reference it also runs the baseline drawing as many figures as the lesson shows (one
per extra cell, shown the usual matplotlib way): what is left of a lesson's ratio against
that is the cost of everything but its figures."""

import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from precompile import compile_otpt

ROOT = Path(__file__).resolve().parent.parent
BASELINE = """%matplotlib inline
import pandas as pd
import matplotlib.pyplot as plt
import ipywidgets as widgets
fig, ax = plt.subplots()
ax.bar(["OT", "Both", "PT"], [33, 28, 29])
plt.show()"""
FIGURE = """fig, ax = plt.subplots()
ax.bar(["OT", "Both", "PT"], [33, 28, 29])
plt.show()"""


def _run(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    t0 = time.perf_counter()
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute(stderr=subprocess.DEVNULL)  # the kernel's start-up warning, once per run, would bury the table
    return time.perf_counter() - t0


def figures_in(lesson: Path) -> int:
    """How many figures a saved lesson shows: its embedded SVG images, in cell outputs and in
    the saved widget state (the explorer's diagram, the poll's chart)."""
    return lesson.read_text(encoding="utf-8").count("data:image/svg+xml;base64,")


def _write_baseline(path: Path, figures: int) -> Path:
    cells = [nbformat.v4.new_code_cell(source) for source in [BASELINE] + [FIGURE] * (figures - 1)]
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def measure(runs: int = 7) -> dict:
    """Median seconds of the baseline and of every lesson (with its figure count and its
    figure-matched baseline), all run in one interleaved loop."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "notebooks"
        shutil.copytree(
            ROOT / "notebooks", work, ignore=shutil.ignore_patterns("answers", "demo_class", ".ipynb*")
        )
        lessons = {p: max(1, figures_in(p)) for p in sorted(work.glob("0*.ipynb"))}
        baselines = {n: _write_baseline(work / f"baseline_{n}.ipynb", n) for n in {1, *lessons.values()}}
        order = [*baselines.values(), *lessons]
        times = {p: [] for p in order}
        compile_otpt()
        _run(baselines[1])  # warm the disk cache once, untimed
        for _ in range(runs):
            for path in order:
                times[path].append(_run(path))
    median = {p: statistics.median(values) for p, values in times.items()}
    return {
        "baseline": median[baselines[1]],
        "lessons": {
            p.name: {"seconds": median[p], "figures": n, "matched": median[baselines[n]]}
            for p, n in lessons.items()
        },
    }


if __name__ == "__main__":
    result = measure()
    base = result["baseline"]
    print(f"baseline {base:.2f} s")
    for name, r in result["lessons"].items():
        print(
            f"{name:<40}{r['seconds']:>8.2f} s{r['seconds'] / base:>8.2f}x   "
            f"vs {r['figures']} figures {r['matched']:.2f} s {r['seconds'] / r['matched']:.2f}x"
        )
