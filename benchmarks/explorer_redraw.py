"""How long the overlap explorer takes to redraw after a filter change, against the floor:
one bare matplotlib draw of the same figure, rendered to SVG the same way.

Run: .venv/bin/python benchmarks/explorer_redraw.py   (about 30 s)
"""

import io
import statistics
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import otpt  # noqa: E402

SETTINGS = ["any", "school", "acute hospital", "outpatient", "community"]


def measure(rounds: int = 8) -> dict:
    """Median ms of an explorer redraw and of the same figure drawn bare."""
    explorer = otpt.OverlapExplorer()
    bank = explorer.bank
    redraw, floor = [], []
    for _ in range(rounds):  # interleaved, so both see the same machine state
        for setting in SETTINGS:
            t0 = time.perf_counter()
            explorer.setting.value = setting if explorer.setting.value != setting else "any"
            redraw.append(time.perf_counter() - t0)
            chosen = explorer.setting.value
            subset = bank if chosen == "any" else bank[bank["setting"] == chosen]
            title = "All activities" if chosen == "any" else f"Activities: {chosen}"  # the same figure
            t0 = time.perf_counter()
            ax = otpt.plot_overlap(subset, title=title)
            ax.figure.savefig(io.BytesIO(), format="svg")
            plt.close(ax.figure)
            floor.append(time.perf_counter() - t0)
    return {
        "redraw_ms": 1000 * statistics.median(redraw),
        "floor_ms": 1000 * statistics.median(floor),
        "n": len(redraw),
    }


def main() -> None:
    result = measure()
    r, f = result["redraw_ms"], result["floor_ms"]
    print(f"explorer redraw, median of {result['n']} filter changes")
    print(f"{'what':<44}{'median ms':>10}{'ratio':>8}")
    print(f"{'floor: bare plot_overlap + savefig SVG':<44}{f:>10.1f}{1:>8.2f}")
    print(f"{'explorer: filter change -> figure + list':<44}{r:>10.1f}{r / f:>8.2f}")


if __name__ == "__main__":
    main()
