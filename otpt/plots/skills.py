"""Which skills lean OT or PT: a heat map of the share of OT-led, Both and PT-led activities
that use each skill, with its sentence.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.overlap import skill_emphasis
from ..language import gettext as _
from ..vocab import LEAD_NAMES, LEADS, SKILLS
from ._common import literal_text, note_empty
from .titles import place_title

__all__ = ["describe_skill_emphasis", "plot_skill_emphasis"]


@literal_text
def plot_skill_emphasis(
    data: pd.DataFrame, *, cmap: str = "Greys", title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Heat map: for each skill, the percent of OT-led, Both and PT-led activities that use it.

    Rows run from the most OT-leaning skill at the top to the most PT-leaning at the
    bottom, so shared skills sit in the middle.

    Args:
        data: a checked bank.
        cmap: the color map (a neutral scale: percentages are not leads).
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 6.4 x 6.2 inch figure.
        **kwargs: passed to ``Axes.pcolormesh``.

    Returns:
        The Axes drawn on.
    """
    table = skill_emphasis(data)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(6.4, 6.2), layout="constrained")
    values = table.to_numpy()
    rows, cols = values.shape
    # Cells as vector squares centered on whole numbers, first skill at the top.
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
    labels = [
        _("{lead}-led").format(lead=LEAD_NAMES[lead]) if lead != "Both" else LEAD_NAMES[lead]
        for lead in LEADS
    ]
    ax.set_xticks(range(len(LEADS)), labels, fontweight="bold")
    ax.set_yticks(range(rows), [SKILLS[s] for s in table.index])
    ax.tick_params(length=0)
    if title:
        place_title(ax, title)
    if len(data) == 0:
        note_empty(ax, _("No activities to show"))
    return ax


def describe_skill_emphasis(data: pd.DataFrame, *, top: int = 3) -> str:
    """What `plot_skill_emphasis` shows: the most OT-leaning, PT-leaning and shared skills."""
    if len(data) == 0:
        return _("Skill heat map: no activities to show.")
    table = skill_emphasis(data)

    def fmt(skill):
        r = table.loc[skill]
        shares = ", ".join(f"{LEAD_NAMES[lead]} {r[lead]}%" for lead in ("OT", "Both", "PT"))
        return f"{SKILLS[skill]} ({shares})"

    gap = table["OT"] - table["PT"]
    ot = [s for s in gap.index[:top] if gap[s] > 0]
    pt = [s for s in gap.index[::-1][:top] if gap[s] < 0]
    shared = table["Both"].sort_values(ascending=False, kind="stable").index[:top]
    return _(
        "Skill heat map, percent of each lead's activities using each skill. Most OT-leaning: {ot}. "
        "Most PT-leaning: {pt}. Most common in shared activities: {shared}."
    ).format(
        ot="; ".join(fmt(s) for s in ot) or _("none"),
        pt="; ".join(fmt(s) for s in pt) or _("none"),
        shared="; ".join(fmt(s) for s in shared),
    )
