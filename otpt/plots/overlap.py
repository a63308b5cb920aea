"""The overlap diagram: OT and PT as two circles whose areas are their numbers of activities,
Both in the intersection, and under it each region's examples (one bank, or several one
above the other), each with its ``describe_...`` sentence.

The circles are area-proportional (`otpt.plots.circles`, matplotlib-venn's exact layout
without SciPy: a region twice as large holds twice as many activities), so two diagrams side by side - two settings, the key and
a class - differ in shape where their numbers differ, not only in small digits.

Same contract as every plot: data first, keyword-only options, ``title=``, ``ax=``,
``**kwargs`` for the main artist; returns the Axes; a note for empty data.
"""

from __future__ import annotations

import textwrap

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.overlap import REGIONS, region_members, shared_as_counts
from ..language import N_, Messages, ngettext
from ..language import gettext as _
from ..vocab import LEADS, PALETTE
from ._common import literal_text
from .chart_text import _laid_out, first_that_fits, wrap_label
from .circles import TwoCircles, outlines, two_circles
from .titles import place_title

#: How the work of the Both activities is shared (`otpt.vocab.SHARED_AS`'s kinds), as the
#: diagram's footer counts them.
SHARED_KINDS = Messages(
    {
        "co-treatment": N_("co-treatment"),
        "either specialist": N_("either specialist"),
        "separate services": N_("separate services"),
    }
)

__all__ = ["SHARED_KINDS", "describe_overlap", "describe_overlaps", "plot_overlap", "plot_overlaps"]

_HALF_WIDTH = 1.65  # the Axes' x range is -1.65..1.65; the circles' areas add up to 1
_COLUMNS = {"OT": -_HALF_WIDTH, "Both": -_HALF_WIDTH / 3, "PT": _HALF_WIDTH / 3}  # left edges
_COLUMN_WIDTH = 2 * _HALF_WIDTH / 3
_PAD = 0.04  # between a column's edge and its text, in the Axes' units
# Region names and circle names in their colors, darkened where needed to read on white
# (contrast 4.9:1, 5.0:1 and 5.2:1; the palette's orange itself is only 2.2:1).
_TEXT_COLOURS = {"OT": "#9A6700", "Both": "#007457", "PT": PALETTE["PT"]}
_WIDTH_IN = 9.0  # a lesson's width: text drawn at its own size
_MARGIN_IN = 0.09  # left and right


def _venn(ax, counts: dict, kwargs: dict) -> TwoCircles:
    """The two circles and the lens, area-proportional to ``counts`` (equal when all are 0)."""
    diagram = two_circles(ax, (counts["OT"], counts["PT"], counts["Both"]))
    fills = {"10": ("OT", 0.35), "01": ("PT", 0.35), "11": ("Both", 0.45)}
    for region, (lead, alpha) in fills.items():
        patch = diagram.get_patch_by_id(region)
        if patch is not None:
            patch.set(facecolor=PALETTE[lead], alpha=alpha, edgecolor="none")
    for circle, lead in zip(outlines(ax, diagram), ("OT", "PT")):
        outline = {"edgecolor": PALETTE[lead], "lw": 2.5, "facecolor": "none", "gid": f"otpt-{lead}-circle"}
        circle.set(**(outline | kwargs))  # the gid: how tests and SVG readers find each outline
    return diagram


def _lowest(ax, texts, renderer, units_per_inch: float) -> float:
    """The lowest y (data units) any of ``texts`` reaches, measured as drawn."""
    lowest = float("inf")
    for text in texts:
        if text.get_text():
            height = text.get_window_extent(renderer).height / ax.figure.dpi
            lowest = min(lowest, text.get_position()[1] - height * units_per_inch)
    return lowest


def _fitted(text, names: list[str], wrap: int | None, width_in: float, renderer) -> None:
    """Give ``text`` the names, each wrapped as widely as still fits ``width_in`` inches
    (or at ``wrap`` characters when given), never cut."""
    for width in [wrap] if wrap else range(40, 9, -1):
        text.set_text("\n\n".join(textwrap.fill(n, width) for n in names) or _("(none)"))
        if wrap or text.get_window_extent(renderer).width / text.figure.dpi <= width_in:
            return


@literal_text
def plot_overlap(
    data: pd.DataFrame,
    *,
    examples: int = 3,
    wrap: int | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """The overlap diagram: OT and PT as two circles, Both in the intersection, each
    region's area proportional to its number of activities (matplotlib-venn's exact
    layout, `otpt.plots.circles`; equal circles when there is nothing to show).

    Under the circles, one column per region gives its name, its number of activities and
    up to ``examples`` activity names in full (wrapped to the column, never cut); under
    the columns, how the shared activities are shared (co-treatment, either specialist,
    separate services).

    Args:
        data: a checked bank.
        examples: activity names shown per region, at most.
        wrap: characters per line of a name; default as wide as the column allows in the
            current style.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure 9 inches wide (a lesson's width), as
            tall as the names need.
        **kwargs: passed to the two circles (`matplotlib.patches.Circle`), e.g. ``lw=``.

    Returns:
        The Axes drawn on.
    """
    own = ax is None
    if own:
        fig, ax = plt.subplots(figsize=(_WIDTH_IN, 6))
        fig.subplots_adjust(left=_MARGIN_IN / _WIDTH_IN, right=1 - _MARGIN_IN / _WIDTH_IN)
    members = {lead: region_members(data, lead) for lead in LEADS}
    counts = {lead: len(frame) for lead, frame in members.items()}
    diagram = _venn(ax, counts, kwargs)
    top = max(c.y + r for c, r in zip(diagram.centers, diagram.radii))
    bottom = min(c.y - r for c, r in zip(diagram.centers, diagram.radii))
    for lead, centre, radius in zip(("OT", "PT"), diagram.centers, diagram.radii):
        ax.text(
            centre.x,
            centre.y + radius + 0.03,
            lead,
            ha="center",
            va="bottom",
            fontsize="x-large",
            fontweight="bold",
            color=_TEXT_COLOURS[lead],
        )
    for lead, region in (("OT", "10"), ("PT", "01"), ("Both", "11")):
        label = diagram.get_label_by_id(region)
        if label is not None and counts[lead]:  # the number in its region; the columns say 0
            label.set(text=str(counts[lead]), fontsize="x-large", fontweight="bold")
    ax.set_xlim(-_HALF_WIDTH, _HALF_WIDTH)
    ax.set_aspect("equal")
    ax.axis("off")
    units_per_inch = 2 * _HALF_WIDTH / (ax.get_position().width * ax.figure.get_figwidth())
    renderer = _laid_out(ax.figure)
    heading_y = bottom - 0.12
    column_texts = []
    for lead in LEADS:
        x = _COLUMNS[lead] + _PAD
        heading = ax.text(
            x,
            heading_y,
            f"{REGIONS[lead]}: {counts[lead]}",
            ha="left",
            va="top",
            fontsize="large",
            fontweight="bold",
            color=_TEXT_COLOURS[lead],
        )
        names_y = _lowest(ax, [heading], renderer, units_per_inch) - 0.07
        names = ax.text(x, names_y, "", ha="left", va="top", fontsize="medium", linespacing=1.25)
        _fitted(
            names,
            list(members[lead]["activity"].head(examples)),
            wrap,
            (_COLUMN_WIDTH - 2 * _PAD) / units_per_inch,
            renderer,
        )
        column_texts.append(names)
    lowest = _lowest(ax, column_texts, renderer, units_per_inch)
    kinds = [f"{n} {SHARED_KINDS.get(kind, kind)}" for kind, n in shared_as_counts(data).items()]
    if kinds:  # how the shared activities are shared: on one line, or one per kind if narrow
        footer = ax.text(-_HALF_WIDTH + _PAD, lowest - 0.08, "", ha="left", va="top", fontsize="medium")
        both = _("Both:")
        first_that_fits(ax, footer, [f"{both} " + " \u00b7 ".join(kinds), f"{both}\n" + "\n".join(kinds)])
        lowest = _lowest(ax, [footer], renderer, units_per_inch)
    ax.set_ylim(lowest - 0.04, top + 0.3)
    if title:
        place_title(ax, wrap_label(title, 44, lines=3))
    if own:
        _fit_height(ax.figure, [ax])
    return ax


def _fit_height(fig, axes) -> None:
    """Make ``fig`` as tall as its equal-aspect ``axes`` (one above the other) need at the
    figure's width, with room for each one's title."""
    title_in = [(_title_lines(ax) * 0.3 + 0.15 if ax.get_title() else 0.05) for ax in axes]
    width_in = fig.get_figwidth() - 2 * _MARGIN_IN
    heights = [width_in * (ax.get_ylim()[1] - ax.get_ylim()[0]) / (2 * _HALF_WIDTH) for ax in axes]
    total = sum(heights) + sum(title_in) + 0.1
    fig.set_figheight(total)
    y = total - 0.05
    for ax, height, above in zip(axes, heights, title_in):
        y -= above + height
        ax.set_position(
            [_MARGIN_IN / fig.get_figwidth(), y / total, width_in / fig.get_figwidth(), height / total]
        )


def _title_lines(ax) -> int:
    size = mpl.rcParams["axes.titlesize"]
    points = mpl.font_manager.FontProperties(size=size).get_size_in_points()
    return (ax.get_title().count("\n") + 1) * points / 14


def describe_overlap(data: pd.DataFrame, *, examples: int = 3) -> str:
    """What `plot_overlap` shows, in words."""
    members = {lead: region_members(data, lead) for lead in LEADS}
    counts = {lead: len(frame) for lead, frame in members.items()}
    total = sum(counts.values())
    if total == 0:
        return _("Overlap diagram of OT and PT: no activities to show.")
    parts = []
    for lead in LEADS:
        names = list(members[lead]["activity"].head(examples))
        share = round(100 * counts[lead] / total)
        kinds = (
            ", ".join(f"{n} {SHARED_KINDS.get(kind, kind)}" for kind, n in shared_as_counts(data).items())
            if lead == "Both"
            else ""
        )
        kinds = f" - {kinds}" if kinds else ""
        parts.append(
            f"{REGIONS[lead]} {counts[lead]} ({share}%{kinds})"
            + (", " + _("e.g. {names}").format(names="; ".join(names)) if names else "")
        )
    head = ngettext("Overlap diagram of {n} activity:", "Overlap diagram of {n} activities:", total).format(
        n=total
    )
    return f"{head} " + ". ".join(parts) + "."


@literal_text
def plot_overlaps(groups: dict, *, examples: int = 2, wrap: int | None = None):
    """Overlap diagrams one above the other, one per ``{title: DataFrame}`` entry, to
    compare e.g. two settings, or the key with a class's answers: the circles' areas show
    where the numbers differ. Each is as wide as a lesson (9 inches), so its text stays
    the size of the page's (side by side, two would be shrunk to half); the figure is as
    tall as they need. Returns the Figure."""
    fig, axes = plt.subplots(len(groups), 1, figsize=(_WIDTH_IN, 6 * len(groups)), squeeze=False)
    fig.subplots_adjust(left=_MARGIN_IN / _WIDTH_IN, right=1 - _MARGIN_IN / _WIDTH_IN)
    for ax, (title, data) in zip(axes[:, 0], groups.items()):
        plot_overlap(data, ax=ax, examples=examples, title=title, wrap=wrap)
    _fit_height(fig, list(axes[:, 0]))
    return fig


def describe_overlaps(groups: dict, *, examples: int = 2) -> str:
    """What `plot_overlaps` shows, panel by panel from top to bottom."""
    panels = [f"{title}: {describe_overlap(data, examples=examples)}" for title, data in groups.items()]
    return _("One above the other, from the top.") + " " + " ".join(panels)
