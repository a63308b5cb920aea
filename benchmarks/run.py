"""Every benchmark in one table: what learners and instructors wait for, next to the floor.

Run: make bench  (a few minutes on 2 cores). Prints the table and writes
benchmarks/results/benchmarks.md and benchmarks/results/scale.png.
"""

import platform
import sys
from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import bank_scale  # noqa: E402
import booth_reading  # noqa: E402
import booth_start  # noqa: E402
import browser_click  # noqa: E402
import class_merge  # noqa: E402
import explorer_redraw  # noqa: E402
import import_time  # noqa: E402
import lessons_runall  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import quiz_latency  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
rows = []  # (what, measured, floor/baseline, ratio or growth, target, met)


def row(what, value, floor, ratio, target, met):
    rows.append((what, value, floor, ratio, target, "yes" if met else "NO"))
    print(f"  {what:<46}{value:>12}{floor:>14}{ratio:>9}  {target:<16}{rows[-1][-1]}", flush=True)


def growth_rows(name, unit, results):
    for prev, cur in zip(results, results[1:]):
        factor = cur["size"] / prev["size"]
        growth = cur["seconds"] / prev["seconds"]
        row(f"{name}: {prev['size']:,} -> {cur['size']:,} {unit}", f"{cur['seconds']:.2f} s",
            f"{prev['seconds']:.3f} s", f"{growth:.1f}x", f"linear (~{factor:.0f}x)", growth <= factor * 1.5)  # fmt: skip


def main() -> None:
    print(f"{'':2}{'what':<46}{'measured':>12}{'floor':>14}{'ratio':>9}  {'target':<16}met")
    lessons = lessons_runall.measure()
    base = lessons["baseline"]
    for name, r in lessons["lessons"].items():
        seconds = r["seconds"]
        row(f"Run All {name}", f"{seconds:.2f} s", f"{base:.2f} s", f"{seconds / base:.2f}x", "<= 1.3x",
            seconds / base <= 1.3)  # fmt: skip
    for name, r in lessons["lessons"].items():
        seconds, matched = r["seconds"], r["matched"]
        row(f"  ... {name[:2]} vs a baseline with its {r['figures']} figure{'s' * (r['figures'] != 1)}", f"{seconds:.2f} s",
            f"{matched:.2f} s", f"{seconds / matched:.2f}x", "(for reference)", True)  # fmt: skip
    imp = import_time.measure()
    own = 1000 * imp["otpt_s"]
    row("import otpt beyond its dependencies", f"{own:.1f} ms", f"{1000 * imp['deps_s']:.0f} ms", "-",
        "<= 50 ms", own <= 50)  # fmt: skip
    every = 1000 * imp["everything_s"]
    row("  ... and loading every public name", f"{every:.0f} ms", f"{1000 * imp['deps_s']:.0f} ms", "-",
        "(for reference)", True)  # fmt: skip
    quiz = quiz_latency.measure()
    row("Check: grade + feedback + save (in kernel)", f"{quiz['check_ms']:.2f} ms", f"{quiz['floor_ms']:.2f} ms",
        f"{quiz['check_ms'] / quiz['floor_ms']:.1f}x", "<= 5 ms", quiz["check_ms"] <= 5)  # fmt: skip
    row("  ... the save after every Check alone", f"{quiz['save_ms']:.2f} ms", f"{quiz['check_unsaved_ms']:.2f} ms",
        f"{quiz['save_ms'] / quiz['check_unsaved_ms']:.1f}x", "< 5 ms", quiz["save_ms"] < 5)  # fmt: skip
    row("Next: a new card (in kernel)", f"{quiz['next_ms']:.2f} ms", f"{quiz['floor_ms']:.2f} ms",
        f"{quiz['next_ms'] / quiz['floor_ms']:.1f}x", "(for reference)", True)  # fmt: skip
    redraw = explorer_redraw.measure()
    ratio = redraw["redraw_ms"] / redraw["floor_ms"]
    row("Explorer redraw vs a bare draw", f"{redraw['redraw_ms']:.0f} ms", f"{redraw['floor_ms']:.0f} ms",
        f"{ratio:.2f}x", "<= 1.2x", ratio <= 1.2)  # fmt: skip
    banks = bank_scale.measure()
    growth_rows("load + validate bank", "rows", banks)
    merges = class_merge.measure(repeat=1)
    growth_rows("merge class", "learners", merges)
    reading = booth_reading.measure()
    row("booth texts: US reading grade (all as one)", f"{reading['all']:.1f}", f"{reading['rationales_all']:.1f}",
        f"{reading['all'] / reading['rationales_all']:.2f}x", "<= grade 8", reading["all"] <= 8)  # fmt: skip
    row("  ... texts at grade 8 or below", f"{reading['at_most_8']} of {reading['n']}", "-", "-", "(for reference)",
        True)  # fmt: skip
    start = booth_start.measure()
    if start:
        b, f = start["booth"], start["bare"]
        row("booth: page open -> Start works (one visitor)", f"{b['one']:.2f} s", f"{f['one']:.2f} s",
            f"{b['one'] / f['one']:.2f}x", "(for reference)", True)  # fmt: skip
        row("  ... 10 visitors at once (median)", f"{b['crowd_median']:.1f} s", f"{f['crowd_median']:.1f} s",
            f"{b['crowd_median'] / f['crowd_median']:.2f}x", "(for reference)", True)  # fmt: skip
    else:
        print("  booth start: skipped (no Chromium or Playwright)")
    click = browser_click.measure()
    if click:
        row("click -> feedback visible in Voila (median 20)", f"{click['quiz_ms']:.0f} ms",
            f"{click['floor_ms']:.0f} ms", f"{click['quiz_ms'] / click['floor_ms']:.2f}x", "(for reference)", True)  # fmt: skip
    else:
        print("  click -> feedback in Voila: skipped (no Chromium or Playwright)")

    RESULTS.mkdir(exist_ok=True)
    machine = f"{platform.machine()}, {platform.system()}, Python {sys.version.split()[0]}, {date.today()}"
    lines = [
        f"Measured on: {machine}",
        "",
        "| what | measured | floor | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    (RESULTS / "benchmarks.md").write_text("\n".join(lines) + "\n")
    fig, ax = plt.subplots(figsize=(6.5, 4.2), layout="constrained")
    for name, results in (("bank rows", banks), ("class learners", merges)):
        ax.loglog([r["size"] for r in results], [r["seconds"] for r in results], marker="o", label=name)
    sizes = [100, 100_000]
    ax.loglog(sizes, [merges[0]["seconds"] * s / merges[0]["size"] for s in sizes], ls="--", color="grey",
              label="linear growth")  # fmt: skip
    ax.set_xlabel("size (rows or learners)")
    ax.set_ylabel("seconds")
    ax.set_title("Loading a bank and merging a class grow linearly")
    ax.legend(frameon=False)
    fig.savefig(RESULTS / "scale.png", dpi=100)
    print(f"\nwrote {RESULTS / 'benchmarks.md'} and {RESULTS / 'scale.png'} ({machine})")


if __name__ == "__main__":
    main()
