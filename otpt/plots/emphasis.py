"""Which skills lean OT or PT (a heat map), and where each activity sits on the OT-PT
line (a spectrum per setting) - each with its ``describe_...`` sentence."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.overlap import skill_emphasis, spectrum_position
from ..io.bank import bank_categories
from ..vocab import LEADS, PALETTE, SKILLS
from ._common import literal_text, note_empty
from .chart_text import row_height, unique_labels
from .titles import place_title

__all__ = ["describe_skill_emphasis", "describe_spectrum", "plot_skill_emphasis", "plot_spectrum"]


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

    Dots are coloured by lead; -1 is "OT leads", +1 "PT leads", 0 shared. See
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
        raise ValueError(f"by must be one of setting, population, not {by!r}")
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
