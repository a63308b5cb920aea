"""Every activity on the OT-PT line, one row per setting (or population), with its sentence."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.overlap import spectrum_position
from ..io.bank import bank_categories
from ..language import gettext as _
from ..vocab import LEAD_NAMES, LEADS, PALETTE, term
from ._common import literal_text, note_empty
from .chart_text import row_height, unique_labels
from .titles import place_title

__all__ = ["describe_spectrum", "plot_spectrum"]

_BIN = 0.05  # the grid dots are placed on, in units of the axis (-1 .. +1)


@literal_text
def plot_spectrum(
    data: pd.DataFrame, *, by: str = "setting", title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Each activity as a dot on an OT <-> PT axis, one row per setting (or population).

    Dots are colored by lead; -1 is "OT leads", +1 "PT leads", 0 shared. See
    `otpt.spectrum_position` for how the place is computed, and `describe_spectrum` for the
    sentence that goes with the figure.

    Args:
        data: a checked bank.
        by: "setting" or "population".
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure as tall as the rows need.
        **kwargs: passed to ``Axes.scatter``, e.g. ``s=``.

    Returns:
        The Axes drawn on.

    Raises:
        ValueError: for a ``by`` other than "setting" or "population".
    """
    if by not in ("setting", "population"):
        raise ValueError(
            _("by must be one of {allowed}, not {value}").format(
                allowed="setting, population", value=repr(by)
            )
        )
    groups = (
        bank_categories(data, "setting")
        if by == "setting"
        else list(pd.unique(data[by].dropna()))
        if len(data)
        else []
    )
    position = spectrum_position(data) if len(data) else pd.Series(dtype=float)
    rows = {g: i for i, g in enumerate(groups[::-1])}
    dots = {"s": 60, "edgecolor": "white", "lw": 0.8, "zorder": 3} | kwargs
    dot_in = math.sqrt(dots["s"]) / 72 * 1.15  # a dot's width in inches, with a little air
    # Dots are placed on a grid one dot wide (0.05 of the axis, 0.12 in on a 9 in figure)
    # and a dot that would cover another goes above or below it: a beeswarm, so every
    # activity is seen; the rows are as tall as their largest stack.
    place = (position / _BIN).round() * _BIN
    stack = (
        (data[by].astype(str) + "|" + place.astype(str)).pipe(lambda k: k.groupby(k).cumcount())
        if len(data)
        else pd.Series(dtype=int)
    )
    tallest = int(stack.max()) + 1 if len(data) else 1
    row_in = max(row_height(), tallest * dot_in + 0.15)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(9, row_in * max(len(groups), 1) + 2.1), layout="constrained")
    step = dot_in / row_in  # one dot's height in rows (a row is 1 data unit)
    side = stack.map(lambda k: (k + 1) // 2 * (1 if k % 2 else -1))  # 0, +1, -1, +2, -2 ...
    for lead in LEADS:
        mask = (data["lead"] == lead) if len(data) else pd.Series(dtype=bool)
        y = [rows[g] + k * step for g, k in zip(data.loc[mask, by], side[mask])] if mask.any() else []
        ax.scatter(place[mask], y, color=PALETTE[lead], label=LEAD_NAMES[lead], **dots)
    ax.set_yticks(list(rows.values()), unique_labels([term(str(g)) for g in rows], width=22))
    ax.set_xlim(-1.08, 1.08)
    ax.set_ylim(-0.5, max(len(groups), 1) - 0.5)
    ax.set_xticks(
        [-1, -0.5, 0, 0.5, 1],
        ["\u22121\n" + _("OT leads"), "\u22120.5", "0\n" + _("shared"), "+0.5", "+1\n" + _("PT leads")],
    )
    ax.set_xlabel(_("where each activity sits: its lead, each profession's part, its skills"))
    ax.axvline(0, color="gray", lw=1, ls="--", zorder=1)
    ax.grid(axis="y", color="#ddd", zorder=0)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.legend(title=_("usually led by"), loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    if len(data) == 0:
        note_empty(ax, _("No activities to show"))
    if title:
        place_title(ax, title)
    return ax


def describe_spectrum(data: pd.DataFrame, *, by: str = "setting") -> str:
    """What `plot_spectrum` shows: per group, the mean place on the OT (-1) to PT (+1) axis."""
    if len(data) == 0:
        return _("OT-PT spectrum: no activities to show.")
    position = spectrum_position(data)
    means = position.groupby(data[by], observed=True).mean()
    order = means.sort_values()
    parts = [f"{term(str(name))} {value:+.2f}" for name, value in order.items()]
    return _(
        "OT-PT spectrum of {n} activities, -1 = OT leads, +1 = PT leads. Mean place per {by}, "
        "most OT-leaning first: {places}."
    ).format(n=len(data), by=_(by), places="; ".join(parts))
