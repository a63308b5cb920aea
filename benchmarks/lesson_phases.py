"""Where a lesson's Run All time goes: kernel start, each code cell, shutdown, measured the
way lessons_runall.py runs it (nbclient, a fresh kernel), as wall time and as the CPU time
of the kernel process and of the client (nbclient's process, which also keeps the widgets'
state). The baseline notebook of lessons_runall.py is measured beside the lessons.

CPU time is steadier than wall time on a shared machine: use it to find the cause, the
wall-time ratios of `make bench` to judge the target.

Run: .venv/bin/python benchmarks/lesson_phases.py [--runs 3] [02 05 ...]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import nbformat
import psutil
from lessons_runall import ROOT, _write_baseline
from nbclient import NotebookClient
from precompile import compile_otpt


def _cpu(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def phases(path: Path) -> list[tuple[str, float, float, float]]:
    """(phase, wall s, kernel CPU s, client CPU s) for one Run All of `path`."""
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    out = []
    t0, c0 = time.perf_counter(), time.process_time()
    with client.setup_kernel(stderr=subprocess.DEVNULL):
        kernel = psutil.Process(client.km.provisioner.process.pid)
        k = _cpu(kernel)
        t, c = time.perf_counter(), time.process_time()
        out.append(("kernel start", t - t0, k, c - c0))
        code = 0
        for index, cell in enumerate(client.nb.cells):
            if cell.cell_type != "code":
                client.execute_cell(cell, index)
                continue
            code += 1
            client.execute_cell(cell, index)
            k2, t2, c2 = _cpu(kernel), time.perf_counter(), time.process_time()
            first_line = next(
                (line for line in cell.source.splitlines() if not line.startswith(("%", "#"))), ""
            )
            out.append((f"cell {code}: {first_line[:38]}", t2 - t, k2 - k, c2 - c))
            k, t, c = k2, t2, c2
        client.set_widgets_metadata()
        k2 = _cpu(kernel)
        t2, c2 = time.perf_counter(), time.process_time()
        out.append(("widget state", t2 - t, k2 - k, c2 - c))
        t, c = t2, c2
    t2, c2 = time.perf_counter(), time.process_time()
    out.append(("shutdown", t2 - t, 0.0, c2 - c))
    out.append(("total", t2 - t0, sum(p[2] for p in out), c2 - c0))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lessons", nargs="*", help="lesson number prefixes (default: every lesson)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    compile_otpt()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "notebooks"
        shutil.copytree(
            ROOT / "notebooks", work, ignore=shutil.ignore_patterns("answers", "demo_class", ".ipynb*")
        )
        lessons = [p for p in sorted(work.glob("0*.ipynb")) if not args.lessons or p.name[:2] in args.lessons]
        order = [_write_baseline(work / "baseline.ipynb", 1), *lessons]
        phases(order[0])  # warm the disk cache, untimed
        runs = {p: [] for p in order}
        for _ in range(args.runs):
            for path in order:
                runs[path].append(phases(path))
    for path, results in runs.items():
        print(f"\n{path.name}  (median of {len(results)}: wall, kernel CPU, client CPU)")
        for i, (name, *_rest) in enumerate(results[0]):
            wall, kcpu, ccpu = (statistics.median(r[i][j] for r in results) for j in (1, 2, 3))
            print(f"  {name:<48}{wall:>7.3f}{kcpu:>7.3f}{ccpu:>7.3f}")


if __name__ == "__main__":
    main()
