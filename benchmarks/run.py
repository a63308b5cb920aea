"""Every benchmark in one table: what learners and instructors wait for, next to the floor.

Run: make bench  (a few minutes on 2 cores). Prints the table, writes
benchmarks/results/benchmarks.md and benchmarks/results/scale.png, and puts the table in
README.md's Performance section (between its bench markers). A measure that fails is a
row that says so; the others still run.
"""

import platform
import re
import sys
import traceback
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
README = Path(__file__).resolve().parent.parent / "README.md"
rows = []  # (what, measured, floor/baseline, ratio or growth, target, met)


def row(what, value, floor, ratio, target, met):
    rows.append((what, value, floor, ratio, target, "yes" if met else "NO"))
    print(f"  {what:<46}{value:>12}{floor:>14}{ratio:>9}  {target:<16}{rows[-1][-1]}", flush=True)


def attempt(what, measure, *args, **kwargs):
    """``measure(*args, **kwargs)``, or None and a row saying it failed (the run goes on)."""
    try:
        return measure(*args, **kwargs)
    except Exception as err:  # one failed measure must not cost the others
        traceback.print_exc()
        row(what, "failed", "-", "-", f"{type(err).__name__}"[:16], False)
        return None


def growth_rows(name, unit, results):
    for prev, cur in zip(results, results[1:]):
        factor = cur["size"] / prev["size"]
        growth = cur["seconds"] / prev["seconds"]
        row(
            f"{name}: {prev['size']:,} -> {cur['size']:,} {unit}",
            f"{cur['seconds']:.2f} s",
            f"{prev['seconds']:.3f} s",
            f"{growth:.1f}x",
            f"linear (~{factor:.0f}x)",
            growth <= factor * 1.5,
        )


def main() -> None:
    print(f"{'':2}{'what':<46}{'measured':>12}{'floor':>14}{'ratio':>9}  {'target':<16}met")
    lessons = attempt("Run All every lesson", lessons_runall.measure) or {"lessons": {}}
    base = lessons.get("baseline")
    for name, r in lessons["lessons"].items():
        seconds = r["seconds"]
        row(
            f"Run All {name}",
            f"{seconds:.2f} s",
            f"{base:.2f} s",
            f"{seconds / base:.2f}x",
            "<= 1.3x",
            seconds / base <= 1.3,
        )
    for name, r in lessons["lessons"].items():
        seconds, matched = r["seconds"], r["matched"]
        row(
            f"  ... {name[:2]} vs a baseline with its {r['figures']} figure{'s' * (r['figures'] != 1)}",
            f"{seconds:.2f} s",
            f"{matched:.2f} s",
            f"{seconds / matched:.2f}x",
            "(for reference)",
            True,
        )
    imp = attempt("import otpt", import_time.measure)
    if imp:
        own = 1000 * imp["otpt_s"]
        row(
            "import otpt beyond its dependencies",
            f"{own:.1f} ms",
            f"{1000 * imp['deps_s']:.0f} ms",
            "-",
            "<= 50 ms",
            own <= 50,
        )
        every = 1000 * imp["everything_s"]
        row(
            "  ... and loading every public name",
            f"{every:.0f} ms",
            f"{1000 * imp['deps_s']:.0f} ms",
            "-",
            "(for reference)",
            True,
        )
    quiz = attempt("Check and Next (in kernel)", quiz_latency.measure)
    if quiz:
        _quiz_rows(quiz)
    redraw = attempt("Explorer redraw", explorer_redraw.measure)
    if redraw:
        ratio = redraw["redraw_ms"] / redraw["floor_ms"]
        row(
            "Explorer redraw vs a bare draw",
            f"{redraw['redraw_ms']:.0f} ms",
            f"{redraw['floor_ms']:.0f} ms",
            f"{ratio:.2f}x",
            "<= 1.2x",
            ratio <= 1.2,
        )
    banks = attempt("load + validate bank", bank_scale.measure) or []
    growth_rows("load + validate bank", "rows", banks)
    merges = attempt("merge class", class_merge.measure, repeat=3) or []
    growth_rows("merge class", "learners", merges)
    if merges:
        big = merges[-1]
        row(
            f"merge class: {big['size']:,} learners x 100 answers",
            f"{big['seconds']:.2f} s",
            "-",
            "-",
            "< 5 s",
            big["seconds"] < 5,
        )
    reading = attempt("booth texts' reading grade", booth_reading.measure)
    if reading:
        row(
            "booth texts: US reading grade (all as one)",
            f"{reading['all']:.1f}",
            f"{reading['rationales_all']:.1f}",
            f"{reading['all'] / reading['rationales_all']:.2f}x",
            "<= grade 8",
            reading["all"] <= 8,
        )
        row(
            "  ... texts at grade 8 or below",
            f"{reading['at_most_8']} of {reading['n']}",
            "-",
            "-",
            "(for reference)",
            True,
        )
    start = attempt("booth: Start works", booth_start.measure)
    if start:
        _booth_rows(start)
    elif start is None and not booth_start.can_run():
        print("  booth start: skipped (no Chromium or Playwright)")
    click = attempt("click -> feedback in Voila", browser_click.measure)
    if click:
        row(
            "click -> feedback visible in Voila (median 20)",
            f"{click['quiz_ms']:.0f} ms",
            f"{click['floor_ms']:.0f} ms",
            f"{click['quiz_ms'] / click['floor_ms']:.2f}x",
            "(for reference)",
            True,
        )
    elif click is None and not booth_start.can_run():
        print("  click -> feedback in Voila: skipped (no Chromium or Playwright)")
    _write(banks, merges)


def _quiz_rows(quiz):
    row(
        "Check: grade + feedback + save (in kernel)",
        f"{quiz['check_ms']:.2f} ms",
        f"{quiz['floor_ms']:.2f} ms",
        f"{quiz['check_ms'] / quiz['floor_ms']:.1f}x",
        "<= 5 ms",
        quiz["check_ms"] <= 5,
    )
    row(
        "  ... the save after every Check alone",
        f"{quiz['save_ms']:.2f} ms",
        f"{quiz['check_unsaved_ms']:.2f} ms",
        f"{quiz['save_ms'] / quiz['check_unsaved_ms']:.1f}x",
        "< 5 ms",
        quiz["save_ms"] < 5,
    )
    row(
        "Next: a new card (in kernel)",
        f"{quiz['next_ms']:.2f} ms",
        f"{quiz['floor_ms']:.2f} ms",
        f"{quiz['next_ms'] / quiz['floor_ms']:.1f}x",
        "(for reference)",
        True,
    )


def _booth_rows(start):
    b, f = start["booth"], start["bare"]
    row(
        "booth: page open -> Start works (one visitor)",
        f"{b['one']:.2f} s",
        f"{f['one']:.2f} s",
        f"{b['one'] / f['one']:.2f}x",
        "(for reference)",
        True,
    )
    crowd = start["crowd"]
    row(
        f"  ... {crowd} visitors at once (median)",
        f"{b['crowd_median']:.1f} s",
        f"{f['crowd_median']:.1f} s",
        f"{b['crowd_median'] / f['crowd_median']:.2f}x",
        "(for reference)",
        True,
    )
    ratio = b["crowd_max"] / f["crowd_max"]
    row(
        f"  ... {crowd} visitors at once (the slowest)",
        f"{b['crowd_max']:.1f} s",
        f"{f['crowd_max']:.1f} s",
        f"{ratio:.2f}x",
        "<= 1.2x",
        ratio <= 1.2 and b["served"] == crowd,
    )
    row(
        "  ... visitors whose Start worked",
        f"{b['served']} of {crowd}",
        f"{f['served']} of {crowd}",
        "-",
        f"all {crowd}",
        b["served"] == crowd,
    )


def _write(banks, merges):
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
    _into_readme(lines)
    if not (banks and merges):
        return
    fig, ax = plt.subplots(figsize=(6.5, 4.2), layout="constrained")
    for name, results in (("bank rows", banks), ("class learners", merges)):
        ax.loglog([r["size"] for r in results], [r["seconds"] for r in results], marker="o", label=name)
    sizes = [100, 100_000]
    ax.loglog(
        sizes,
        [merges[0]["seconds"] * s / merges[0]["size"] for s in sizes],
        ls="--",
        color="grey",
        label="linear growth",
    )
    ax.set_xlabel("size (rows or learners)")
    ax.set_ylabel("seconds")
    ax.set_title("Loading a bank and merging a class grow linearly")
    ax.legend(frameon=False)
    fig.savefig(RESULTS / "scale.png", dpi=100)
    print(f"\nwrote {RESULTS / 'benchmarks.md'} and {RESULTS / 'scale.png'} ({machine})")


def _into_readme(lines: list[str]) -> None:
    """Replace the table between README.md's bench markers with this run's."""
    text = README.read_text(encoding="utf-8")
    begin, end = "<!-- bench:begin (make bench writes this table) -->", "<!-- bench:end -->"
    if begin not in text or end not in text:
        print(f"README.md has no {begin} ... {end}: the table is only in {RESULTS / 'benchmarks.md'}")
        return
    table = "\n".join([begin, *lines, end])
    README.write_text(
        re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: table, text, flags=re.S), encoding="utf-8"
    )
    print(f"wrote the table into {README}")


if __name__ == "__main__":
    main()
