"""The overlap diagram: OT and PT as two circles, Both in the intersection (one bank, or
several one above the other), each with its ``describe_...`` sentence.

Same contract as every plot: data first, keyword-only options, ``title=``, ``ax=``,
``**kwargs`` for the main artist; returns the Axes; a note for empty data.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Circle, Polygon

from ..analysis.overlap import REGIONS, region_members, shared_as_counts
from ..vocab import LEADS, PALETTE
from ._common import literal_text
from .chart_text import first_that_fits, wrap_label
from .titles import place_title

__all__ = ["describe_overlap", "describe_overlaps", "plot_overlap", "plot_overlaps"]

_R, _D = 3.0, 1.55  # circle radius and half the distance between the centres
# x range of each region's example names: the left circle's own part, the lens, the right's
_REGION_SPAN = {"OT": (-_D - _R, _D - _R), "Both": (_D - _R, _R - _D), "PT": (_R - _D, _D + _R)}
# The circles' names in their colours, darkened where needed to read on white (contrast
# 4.9:1 and 5.2:1; the palette's orange itself is only 2.2:1).
_LABEL_COLOURS = {"OT": "#9A6700", "PT": PALETTE["PT"]}


def _lens(n: int = 60) -> np.ndarray:
    """Outline of the intersection of the two circles."""
    theta = np.arccos(_D / _R)
    right_arc = np.linspace(-theta, theta, n)  # the left circle's right-hand arc
    left_arc = np.linspace(np.pi - theta, np.pi + theta, n)  # the right circle's left-hand arc
    left = np.c_[-_D + _R * np.cos(right_arc), _R * np.sin(right_arc)]
    right = np.c_[_D + _R * np.cos(left_arc), _R * np.sin(left_arc)]
    return np.vstack([left, right])


def _top(title) -> float:
    """The figure's top margin for a title of one or two lines (none: 0.99)."""
    return 0.99 if not title else 0.93 if "\n" not in wrap_label(title, 44) else 0.87


@literal_text
def plot_overlap(
    data: pd.DataFrame,
    *,
    examples: int = 3,
    wrap: int = 17,
    title: str | None = None,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """The overlap diagram: OT and PT as two circles, Both in the intersection.

    Each region shows its number of activities and up to ``examples`` activity names
    (wrapped at ``wrap`` characters); the intersection also says how its activities are
    shared (co-treatment, either specialist, separate services).

    Args:
        data: a checked bank.
        examples: activity names shown per region, at most.
        wrap: characters per line of a name.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 9 x 5.6 inch figure.
        **kwargs: passed to the two circles (`matplotlib.patches.Circle`), e.g. ``alpha=``.

    Returns:
        The Axes drawn on.
    """
    if ax is None:
        fig, ax = plt.subplots(figsize=(9, 5.6))
        # Fixed margins: the axes are hidden, so a layout engine would only add draw time.
        fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=_top(title))
    for lead, x in (("OT", -_D), ("PT", _D)):
        circle = {"facecolor": PALETTE[lead], "alpha": 0.35, "edgecolor": PALETTE[lead], "lw": 2.5} | kwargs
        ax.add_patch(Circle((x, 0), _R, **circle))
    ax.add_patch(Polygon(_lens(), closed=True, facecolor=PALETTE["Both"], alpha=0.45, edgecolor="none"))
    centres = {"OT": -_D - 1.55, "Both": 0.0, "PT": _D + 1.55}
    examples_shown = []
    for lead in LEADS:
        members = region_members(data, lead)
        x = centres[lead]
        ax.text(x, 1.55, REGIONS[lead], ha="center", va="center", fontsize="large", fontweight="bold")
        ax.text(x, 0.8, str(len(members)), ha="center", va="center", fontsize="xx-large", fontweight="bold")
        names = [wrap_label(a, wrap, lines=3) for a in members["activity"].head(examples)]
        shown = ax.text(x, 0.3, "", ha="center", va="top", fontsize="medium", linespacing=1.3)
        variants = ["\n\n".join(names[:k]) for k in range(len(names), 0, -1)] or ["(none)"]
        examples_shown.append((shown, variants, _REGION_SPAN[lead]))
    kinds = [f"{n} {kind}" for kind, n in shared_as_counts(data).items()]
    footer = ax.text(0, -_R - 0.25, "", ha="center", va="top", fontsize="medium") if kinds else None
    for lead, x in (("OT", -_D - 1.2), ("PT", _D + 1.2)):
        ax.text(
            x, _R + 0.35, lead, ha="center", fontsize="x-large", fontweight="bold", color=_LABEL_COLOURS[lead]
        )
    ax.set_xlim(-_D - _R - 0.3, _D + _R + 0.3)
    ax.set_ylim(-_R - 1.5, _R + 1.0)  # room under the circles for a footer of up to three lines
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        place_title(ax, wrap_label(title, 44))
    if footer is not None:  # how the shared activities are shared: on one line, or two if narrow
        one_line = "Both: " + " \u00b7 ".join(kinds)
        two_lines = (
            "Both: " + " \u00b7 ".join(kinds[:2]) + ("\n" + " \u00b7 ".join(kinds[2:]) if kinds[2:] else "")
        )
        first_that_fits(
            ax, footer, [one_line, two_lines, "Both:\n" + "\n".join(kinds)], bottom=ax.get_ylim()[0]
        )
    for shown, variants, (left, right) in examples_shown:  # as many names as fit in their region
        first_that_fits(ax, shown, variants, bottom=-_R + 0.15, left=left, right=right)
    return ax


def describe_overlap(data: pd.DataFrame, *, examples: int = 3) -> str:
    """What `plot_overlap` shows, in words."""
    members = {lead: region_members(data, lead) for lead in LEADS}
    counts = {lead: len(frame) for lead, frame in members.items()}
    total = sum(counts.values())
    if total == 0:
        return "Overlap diagram of OT and PT: no activities to show."
    parts = []
    for lead in LEADS:
        names = list(members[lead]["activity"].head(examples))
        share = round(100 * counts[lead] / total)
        kinds = (
            ", ".join(f"{n} {kind}" for kind, n in shared_as_counts(data).items()) if lead == "Both" else ""
        )
        kinds = f" - {kinds}" if kinds else ""
        parts.append(
            f"{REGIONS[lead]} {counts[lead]} ({share}%{kinds})"
            + (f", e.g. {'; '.join(names)}" if names else "")
        )
    return f"Overlap diagram of {total} activities: " + ". ".join(parts) + "."


@literal_text
def plot_overlaps(groups: dict, *, examples: int = 2, wrap: int = 17):
    """Overlap diagrams one above the other, one per ``{title: DataFrame}`` entry, to
    compare e.g. two settings, or the key with a class's answers. Each is as wide as a
    lesson (9 inches), so its text stays the size of the page's (side by side, two would
    be shrunk to half). Returns the Figure."""
    fig, axes = plt.subplots(len(groups), 1, figsize=(9, 5.6 * len(groups)), squeeze=False)
    # Fixed margins, as in plot_overlap: the axes are hidden, a layout engine would only add time.
    top = 1 - (1 - min(_top(t) for t in groups)) / len(groups)
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=top, hspace=0.12)
    for ax, (title, data) in zip(axes[:, 0], groups.items()):
        plot_overlap(data, ax=ax, examples=examples, title=title, wrap=wrap)
    return fig


def describe_overlaps(groups: dict, *, examples: int = 2) -> str:
    """What `plot_overlaps` shows, panel by panel from top to bottom."""
    panels = [f"{title}: {describe_overlap(data, examples=examples)}" for title, data in groups.items()]
    return "One above the other, from the top. " + " ".join(panels)
