"""Pictures of where OT and PT goals overlap, each with a ``describe_...`` sentence.

Same conventions as plots.py: DataFrame first, keyword-only options, ``ax=``, returns
the Axes, something sensible for empty data, the package palette for OT / Both / PT.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Circle, Polygon

from ..analysis.overlap import REGIONS, region_members, shared_as_counts, skill_emphasis, spectrum_position
from ..io.bank import bank_categories
from ..vocab import LEADS, PALETTE, SKILLS
from ._common import literal_text, note_empty
from .chart_text import first_that_fits, row_height, unique_labels, wrap_label
from .titles import place_title

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
        shown = ax.text(x, 0.3, "", ha="center", va="top", fontsize="small", linespacing=1.3)
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
    """Overlap diagrams side by side, one per ``{title: DataFrame}`` entry, to compare
    e.g. two settings, or the key with a class's answers. Returns the Figure."""
    fig, axes = plt.subplots(1, len(groups), figsize=(7.5 * len(groups), 5.6), squeeze=False)
    # Fixed margins, as in plot_overlap: the axes are hidden, a layout engine would only add time.
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=min(_top(t) for t in groups), wspace=0.04)
    for ax, (title, data) in zip(axes[0], groups.items()):
        plot_overlap(data, ax=ax, examples=examples, title=title, wrap=wrap)
    return fig


def describe_overlaps(groups: dict, *, examples: int = 2) -> str:
    """What `plot_overlaps` shows, panel by panel from left to right."""
    panels = [f"{title}: {describe_overlap(data, examples=examples)}" for title, data in groups.items()]
    return "Side by side, left to right. " + " ".join(panels)


@literal_text
def plot_skill_emphasis(
    data: pd.DataFrame, *, cmap: str = "Greys", title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Heat map: for each skill, the percent of OT-led, Both and PT-led activities that use it.

    Rows run from the most OT-leaning skill at the top to the most PT-leaning at the
    bottom, so shared skills sit in the middle.

    Args:
        data: a checked bank.
        cmap: the colour map (a neutral scale: percentages are not leads).
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 6.4 x 6.2 inch figure.
        **kwargs: passed to ``Axes.pcolormesh``.

    Returns:
        The Axes drawn on.
    """
    table = skill_emphasis(data)
    if ax is None:
        _, ax = plt.subplots(figsize=(6.4, 6.2), layout="constrained")
    values = table.to_numpy()
    rows, cols = values.shape
    # Cells as vector squares centred on whole numbers, first skill at the top.
    mesh = {"cmap": cmap, "vmin": 0, "vmax": 130} | kwargs
    ax.pcolormesh(np.arange(cols + 1) - 0.5, np.arange(rows + 1) - 0.5, values, **mesh)
    ax.set_xlim(-0.5, cols - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)
    for i in range(rows if len(data) else 0):
        for j in range(cols):
            ax.text(
                j,
                i,
                f"{values[i, j]}%",
                ha="center",
                va="center",
                color="white" if values[i, j] > 70 else "black",
            )
    ax.xaxis.tick_top()
    # Bold black: small text in the palette's orange or green is too faint on white (2.2:1, 3.4:1).
    labels = [f"{lead}-led" if lead != "Both" else "Both" for lead in LEADS]
    ax.set_xticks(range(len(LEADS)), labels, fontweight="bold")
    ax.set_yticks(range(rows), [SKILLS[s] for s in table.index])
    ax.tick_params(length=0)
    if title:
        place_title(ax, title)
    if len(data) == 0:
        note_empty(ax, "No activities to show")
    return ax


def describe_skill_emphasis(data: pd.DataFrame, *, top: int = 3) -> str:
    """What `plot_skill_emphasis` shows: the most OT-leaning, PT-leaning and shared skills."""
    if len(data) == 0:
        return "Skill heat map: no activities to show."
    table = skill_emphasis(data)

    def fmt(skill):
        r = table.loc[skill]
        return f"{SKILLS[skill]} (OT {r['OT']}%, Both {r['Both']}%, PT {r['PT']}%)"

    gap = table["OT"] - table["PT"]
    ot = [s for s in gap.index[:top] if gap[s] > 0]
    pt = [s for s in gap.index[::-1][:top] if gap[s] < 0]
    shared = table["Both"].sort_values(ascending=False, kind="stable").index[:top]
    return (
        "Skill heat map, percent of each lead's activities using each skill. Most OT-leaning: "
        + ("; ".join(fmt(s) for s in ot) or "none")
        + ". Most PT-leaning: "
        + ("; ".join(fmt(s) for s in pt) or "none")
        + ". Most common in shared activities: "
        + "; ".join(fmt(s) for s in shared)
        + "."
    )


@literal_text
def plot_spectrum(
    data: pd.DataFrame, *, by: str = "setting", title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Each activity as a dot on an OT <-> PT axis, one row per setting (or population).

    Dots are coloured by lead; see `otpt.spectrum_position` for how the place is computed.

    Args:
        data: a checked bank.
        by: "setting" or "population".
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure as tall as the rows need.
        **kwargs: passed to ``Axes.scatter``, e.g. ``s=``.

    Returns:
        The Axes drawn on.
    """
    groups = (
        bank_categories(data, "setting")
        if by == "setting"
        else list(pd.unique(data[by].dropna()))
        if len(data)
        else []
    )
    if ax is None:
        _, ax = plt.subplots(figsize=(9, row_height() * max(len(groups), 1) + 1.8), layout="constrained")
    position = spectrum_position(data) if len(data) else pd.Series(dtype=float)
    rows = {g: i for i, g in enumerate(groups[::-1])}
    # dots at the same place in a row are spread vertically so none hides another
    if len(data):
        same_place = data[by].astype(str) + "|" + position.round(2).astype(str)
        offsets = (same_place.groupby(same_place).cumcount() % 7 - 3) * 0.08
    for lead in LEADS:
        mask = (data["lead"] == lead) if len(data) else pd.Series(dtype=bool)
        y = [rows[g] + o for g, o in zip(data.loc[mask, by], offsets[mask])] if mask.any() else []
        dots = {"s": 60, "edgecolor": "white", "lw": 0.8, "zorder": 3} | kwargs
        ax.scatter(position[mask], y, color=PALETTE[lead], label=lead, **dots)
    ax.set_yticks(list(rows.values()), unique_labels(rows.keys(), width=22))
    ax.set_xlim(-1.08, 1.08)
    ax.set_ylim(-0.7, max(len(groups), 1) - 0.3)
    ax.set_xticks([-1, -0.5, 0, 0.5, 1], ["OT leads", "", "shared", "", "PT leads"])
    ax.axvline(0, color="grey", lw=1, ls="--", zorder=1)
    ax.grid(axis="y", color="#ddd", zorder=0)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.legend(title="usually led by", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    if len(data) == 0:
        note_empty(ax, "No activities to show")
    if title:
        place_title(ax, title)
    return ax


def describe_spectrum(data: pd.DataFrame, *, by: str = "setting") -> str:
    """What `plot_spectrum` shows: per group, the mean place on the OT (-1) to PT (+1) axis."""
    if len(data) == 0:
        return "OT-PT spectrum: no activities to show."
    position = spectrum_position(data)
    means = position.groupby(data[by], observed=True).mean()
    order = means.sort_values()
    parts = [f"{name} {value:+.2f}" for name, value in order.items()]
    return (
        f"OT-PT spectrum of {len(data)} activities, -1 = OT leads, +1 = PT leads. Mean place per {by}, "
        f"most OT-leaning first: " + "; ".join(parts) + "."
    )
