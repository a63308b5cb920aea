"""How many activities each profession leads per setting (or population): the table, the
stacked bars and their sentence.

Same contract as every plot (see `otpt.plots`).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.grading import count_table
from ..io.bank import bank_categories
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEAD_NAMES, LEADS, PALETTE, term
from ._common import literal_text, note_empty
from .chart_text import keep_inside_bars, row_height, unique_labels
from .titles import place_title

__all__ = ["describe_lead_counts", "lead_counts", "plot_lead_counts"]


_GROUPS = ("setting", "population")


def lead_counts(data: pd.DataFrame, *, by: str = "setting") -> pd.DataFrame:
    """Table of activity counts: one row per ``by`` value, one column per lead (OT, Both, PT).

    Every setting (or population) of the vocabulary has a row, with zeros where the bank
    has none; the columns are always OT, Both, PT.

    Example:
        >>> from otpt import coerce_activities
        >>> bank = coerce_activities(pd.DataFrame({"activity": ["Handwriting", "Crawling", "Walking"],
        ...                                        "lead": ["OT", "PT", "PT"], "population": "children"}))
        >>> lead_counts(bank, by="population").loc["children"].tolist()
        [1, 0, 2]
    """
    if by not in _GROUPS:
        raise ValueError(
            _("by must be one of {allowed}, not {value}").format(allowed=", ".join(_GROUPS), value=repr(by))
        )
    return count_table(data[by], data["lead"], bank_categories(data, by), LEADS, names=(by, "lead"))


@literal_text
def plot_lead_counts(
    data: pd.DataFrame, *, by: str = "setting", title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Horizontal stacked bars: how many activities each lead has per setting (or population).

    Each segment carries its count; the legend sits right of the bars, outside the data.

    Args:
        data: a checked bank (`load_activities`).
        by: "setting" or "population".
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure as tall as the rows need.
        **kwargs: passed to ``Axes.barh`` (the package's colors unless you pass ``color``).

    Returns:
        The Axes drawn on.

    Raises:
        ValueError: for any other ``by``.
    """
    table = lead_counts(data, by=by)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(8, row_height() * len(table) + 1.6), layout="constrained")
    labels = unique_labels(
        [term(str(name)) for name in table.index][::-1], width=22
    )  # first category at the top
    left = np.zeros(len(labels))
    inside = []
    for lead in LEADS:
        counts = table[lead].to_numpy()[::-1]
        kws = {"height": 0.7, "edgecolor": "white", "linewidth": 0.8}
        kws.update(kwargs)
        kws.setdefault("color", PALETTE[lead])
        bars = ax.barh(labels, counts, left=left, label=LEAD_NAMES[lead], **kws)
        texts = ax.bar_label(
            bars,
            labels=[str(c) if c else "" for c in counts],
            label_type="center",
            color="white" if lead == "PT" else "black",  # the higher-contrast text on each color
            fontweight="bold",
        )
        inside += [(t, x0, x0 + c) for t, x0, c in zip(texts, left, counts) if c]
        left = left + counts
    ax.set_xlabel(_("number of activities"))
    ax.set_ylabel("")
    ax.spines[["top", "right"]].set_visible(False)
    total = int(table.to_numpy().sum())
    if total == 0:
        ax.set_xlim(0, 1)
        note_empty(ax, _("No activities to show"))
    ax.legend(title=_("who usually\nleads"), loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    if title:
        place_title(ax, title)
    keep_inside_bars(ax, inside)
    return ax


def describe_lead_counts(data: pd.DataFrame, *, by: str = "setting") -> str:
    """One or two sentences stating what `plot_lead_counts` shows, with its numbers."""
    table = lead_counts(data, by=by)
    total = int(table.to_numpy().sum())
    if total == 0:
        return _("Bar chart of activities by {by} and lead: there are no activities to show.").format(
            by=_(by)
        )
    totals = table.sum()
    overall = ", ".join(f"{LEAD_NAMES[lead]} {totals[lead]}" for lead in LEADS)
    parts = []
    for name, row in table.iterrows():
        if row.sum():
            parts.append(f"{term(str(name))} " + "/".join(str(row[lead]) for lead in LEADS))
    head = ngettext(
        "Bar chart of {total} activity by {by}, split by who usually leads ({overall}).",
        "Bar chart of {total} activities by {by}, split by who usually leads ({overall}).",
        total,
    ).format(total=total, by=_(by), overall=overall)
    counts = _("Counts per {by} as OT/Both/PT:").format(by=_(by))
    return f"{head} {counts} " + "; ".join(parts) + "."
