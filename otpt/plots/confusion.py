"""Answers against the key as a 3x3 grid (who usually leads x what was answered), with its
sentence.

Same contract as every plot (see `otpt.plots`).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.grading import confusion_table
from ..io.exchange.format import answer_outcomes
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEAD_NAMES, LEADS
from ._common import literal_text, note_empty, relative_luminance
from .titles import place_title

__all__ = ["describe_confusion", "plot_confusion"]


@literal_text
def plot_confusion(
    data: pd.DataFrame, *, cmap: str = "Greys", title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Answers against the key as a 3x3 grid of counts: rows are who usually leads,
    columns what was answered. The diagonal (correct answers) is outlined and marked ✓.

    Args:
        data: answers with the columns ``key`` and ``answer`` (as `ClassifyQuiz.answers`).
        cmap: the color map of the counts (a neutral scale: counts are not leads).
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 5.2 x 4.2 inch figure.
        **kwargs: passed to ``Axes.imshow``.

    Returns:
        The Axes drawn on.
    """
    table = confusion_table(data)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(5.2, 4.2), layout="constrained")
    values = table.to_numpy()
    peak = max(int(values.max()), 1)
    # the same light gray scale as every count in otpt (blue is PT's color, never a count's)
    image = ax.imshow(values, **({"cmap": cmap, "vmin": 0, "vmax": peak * 2.4} | kwargs))
    n = len(LEADS)
    for i in range(n):
        for j in range(n):
            count = int(values[i, j])
            mark = " \u2713" if i == j else ""
            dark = relative_luminance(image.cmap(image.norm(count))) < 0.18  # white text reads better
            ax.text(
                j,
                i,
                f"{count}{mark}",
                ha="center",
                va="center",
                fontsize="large",
                fontweight="bold" if i == j else "normal",
                color="white" if dark else "black",
            )
        ax.add_patch(plt.Rectangle((i - 0.5, i - 0.5), 1, 1, fill=False, edgecolor="black", linewidth=2))
    names = [LEAD_NAMES[lead] for lead in LEADS]
    ax.set_xticks(range(len(LEADS)), names)
    ax.set_yticks(range(len(LEADS)), names)
    ax.set_xlabel(_("answer given (\u2713 marks the usual lead)"))
    ax.set_ylabel(_("usually led by (the key)"))
    ax.xaxis.set_label_position("top")
    ax.xaxis.tick_top()
    if title:
        place_title(ax, title)
    if values.sum() == 0:
        note_empty(ax, _("No answers yet"))
    return ax


def describe_confusion(data: pd.DataFrame) -> str:
    """One or two sentences stating what `plot_confusion` shows, with its numbers."""
    table = confusion_table(data)
    total = int(table.to_numpy().sum())
    if total == 0:
        return _("Grid of answers against the key: no answers yet.")
    right = int(sum(table.loc[lead, lead] for lead in LEADS))
    parts = []
    for key in LEADS:
        row = table.loc[key]
        if row.sum():
            given = ", ".join(f"{LEAD_NAMES[answer]} {row[answer]}" for answer in LEADS if row[answer])
            parts.append(_("usually {lead}: answered {given}").format(lead=LEAD_NAMES[key], given=given))
    extra = ""
    if "outcome" in data:
        n = int((answer_outcomes(data) == "defensible").sum())
        extra = " " + ngettext("({n} more also right)", "({n} more also right)", n).format(n=n) if n else ""
    head = ngettext(
        "Grid of {total} answer against the key: {right} on the key{extra}.",
        "Grid of {total} answers against the key: {right} on the key{extra}.",
        total,
    ).format(total=total, right=right, extra=extra)
    return f"{head} " + "; ".join(parts) + "."
