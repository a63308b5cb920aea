"""Run-All time of every lesson in a fresh kernel (nbclient), interleaved with a baseline
notebook that only imports pandas, matplotlib and ipywidgets and draws one figure."""

import shutil
import statistics
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
BASELINE = """%matplotlib inline
import pandas as pd
import matplotlib.pyplot as plt
import ipywidgets as widgets
fig, ax = plt.subplots()
ax.bar(["OT", "Both", "PT"], [33, 28, 29])
plt.show()"""


def _run(path: Path) -> float:
    nb = nbformat.read(path, as_version=4)
    t0 = time.perf_counter()
    NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    return time.perf_counter() - t0


def measure(runs: int = 3) -> dict:
    """Median seconds per notebook (baseline first), all run in one interleaved loop."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "notebooks"
        shutil.copytree(
            ROOT / "notebooks", work, ignore=shutil.ignore_patterns("answers", "demo_class", ".ipynb*")
        )
        baseline = work / "baseline.ipynb"
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(BASELINE)])
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, baseline)
        lessons = sorted(p for p in work.glob("0*.ipynb"))
        times = {p.name: [] for p in [baseline, *lessons]}
        _run(baseline)  # warm the disk cache once, untimed
        for _ in range(runs):
            for path in [baseline, *lessons]:
                times[path.name].append(_run(path))
    return {name: statistics.median(values) for name, values in times.items()}


if __name__ == "__main__":
    result = measure()
    base = result.pop("baseline.ipynb")
    print(f"baseline {base:.2f} s")
    for name, seconds in result.items():
        print(f"{name:<40}{seconds:>8.2f} s{seconds / base:>8.2f}x")
