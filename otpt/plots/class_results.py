"""Pictures of a class's answers, each with a ``describe_...`` sentence.

Same contract as every plot (see `otpt.plots`): data first, keyword-only options,
``title=``, ``ax=``, ``**kwargs`` for the main artist; returns the Axes; a note for empty
data; the package palette for OT / Both / PT.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.classroom import activity_accuracy, confidence_table, most_debated
from ..analysis.grading import accepted_answers
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEAD_NAMES, LEADS, PALETTE
from ._common import literal_text, note_empty
from .chart_text import keep_inside_bars, make_room_right, row_height, unique_labels
from .titles import place_title

__all__ = [
    "describe_class_accuracy",
    "describe_confidence",
    "describe_most_debated",
    "plot_class_accuracy",
    "plot_confidence",
    "plot_most_debated",
]


def _activity_rows(ax, y, activities, xlabel: str) -> None:
    """One row per activity (labels that fit) against a 0-100% axis."""
    ax.set_yticks(y, unique_labels(activities))
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 50, 100], ["0%", "50%", "100%"])
    ax.set_xticks([25, 75], minor=True)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)


def _lead_legend(ax, title: str) -> None:
    """The OT / Both / PT colors as a legend right of the Axes, outside the data."""
    handles = [plt.Rectangle((0, 0), 1, 1, color=PALETTE[k]) for k in LEADS]
    ax.legend(
        handles,
        [LEAD_NAMES[k] for k in LEADS],
        title=title,
        loc="center left",
        bbox_to_anchor=(1.01, 0.5),
        frameon=False,
    )


@literal_text
def plot_class_accuracy(
    data: pd.DataFrame, *, top: int | None = 12, title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Share of the class naming the usual lead on each activity (hardest at the top), colored
    by the key; the count beside each bar adds the answers also right where practice varies.

    Shows the ``top`` hardest activities (all when None).

    Args:
        data: a class's answers (`load_class`).
        top: how many activities, hardest first; None for all.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure as tall as the rows need.
        **kwargs: passed to ``Axes.barh``.

    Returns:
        The Axes drawn on.
    """
    table = activity_accuracy(data)
    if top:
        table = table.head(top)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(8.5, row_height() * max(len(table), 3) + 1.4), layout="constrained")
    y = np.arange(len(table))[::-1]
    ax.barh(
        y,
        table["usual_share"] * 100,
        **({"color": [PALETTE[k] for k in table["key"]], "height": 0.7} | kwargs),
    )
    counts = [
        ax.annotate(
            _count(r),
            (r["usual_share"] * 100, yi),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
        )
        for yi, (_index, r) in zip(y, table.iterrows())
    ]
    _activity_rows(ax, y, table["activity"], _("share of the class naming the usual lead (%)"))
    _lead_legend(ax, _("bar color:\nwho usually\nleads"))
    if table.empty:
        note_empty(ax)
    if title:
        place_title(ax, title)
    make_room_right(ax, counts)
    return ax


def _count(row: pd.Series) -> str:
    """ "3 of 10", or "3 of 10 (+2 also right)" where answers were defensible."""
    usual = _("{right} of {answered}").format(right=int(row["usual"]), answered=int(row["answered"]))
    more = int(row["right"] - row["usual"])
    return usual + " " + _("(+{n} also right)").format(n=more) if more else usual


def describe_class_accuracy(data: pd.DataFrame, *, top: int = 3) -> str:
    """The sentence `plot_class_accuracy` shows: the share naming the usual lead overall (and
    right or also right), and the hardest ``top`` activities."""
    table = activity_accuracy(data)
    if table.empty:
        return _("Class accuracy per activity: no answers yet.")
    usual = table["usual"].sum() / table["answered"].sum()
    overall = table["right"].sum() / table["answered"].sum()
    hardest = "; ".join(
        _("{activity} ({percent}, key {key})").format(
            activity=r.activity, percent=f"{r.usual_share:.0%}", key=LEAD_NAMES.get(r.key, r.key)
        )
        for r in table.head(top).itertuples()
    )
    return _(
        "Class accuracy per activity, {n} activities: {usual} named the usual lead overall ({percent} right or "
        "also right). Hardest: {hardest}."
    ).format(n=len(table), usual=f"{usual:.0%}", percent=f"{overall:.0%}", hardest=hardest)


@literal_text
def plot_most_debated(
    data: pd.DataFrame, *, top: int = 6, title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Stacked bars of how the class answered the activities it split most on; the key's
    segment is marked with ✓ and a defensible answer's with ≈.

    Args:
        data: a class's answers (`load_class`).
        top: how many activities, most debated first.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure as tall as the rows need.
        **kwargs: passed to ``Axes.barh``.

    Returns:
        The Axes drawn on.
    """
    table = most_debated(data, top=top)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(8.5, row_height() * max(len(table), 3) + 1.8), layout="constrained")
    y = np.arange(len(table))[::-1]
    left = np.zeros(len(table))
    totals = table[list(LEADS)].sum(axis=1).replace(0, 1).to_numpy()
    inside = []
    for lead in LEADS:
        share = table[lead].to_numpy() / totals * 100
        ax.barh(
            y,
            share,
            left=left,
            label=LEAD_NAMES[lead],
            **({"color": PALETTE[lead], "height": 0.7, "edgecolor": "white"} | kwargs),
        )
        for yi, x0, w, key, also in zip(y, left, share, table["key"], table["also_accepted"]):
            if w > 0:
                mark = " \u2713" if key == lead else " \u2248" if lead in accepted_answers(also) else ""
                text = ax.text(
                    x0 + w / 2,
                    yi,
                    f"{w:.0f}%{mark}",
                    ha="center",
                    va="center",
                    color="white" if lead == "PT" else "black",
                    fontweight="bold" if mark else "normal",
                )
                inside.append((text, x0, x0 + w))
        left += share
    keys = [  # the key beside each bar, also when its segment is too narrow for a label
        ax.annotate(_key_note(key, also), (100, yi), xytext=(6, 0), textcoords="offset points", va="center")
        for yi, key, also in zip(y, table["key"], table["also_accepted"])
    ]
    _activity_rows(
        ax,
        y,
        table["activity"],
        _("share of the class giving each answer\n(\u2713 the key, \u2248 defensible)"),
    )
    ax.legend(title=_("answer"), loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    if table.empty:
        note_empty(ax)
    if title:
        place_title(ax, title)
    keep_inside_bars(ax, inside, renderer=make_room_right(ax, keys))  # one layout for both
    return ax


def _key_note(key: str, also: str) -> str:
    """ "✓ PT" or "✓ PT ≈ Both": the key, and any answer graded defensible."""
    return f"\u2713 {LEAD_NAMES.get(key, key)}" + "".join(
        f" \u2248 {LEAD_NAMES[lead]}" for lead in accepted_answers(also)
    )


def describe_most_debated(data: pd.DataFrame, *, top: int = 3) -> str:
    """The sentence `plot_most_debated` shows: how the class split on each, and the key."""
    table = most_debated(data, top=top)
    if table.empty:
        return _("Most debated activities: no answers yet.")
    parts = []
    for _row, r in table.iterrows():
        counts = ", ".join(f"{LEAD_NAMES[lead]} {r[lead]}" for lead in LEADS)
        key = _("key {key}").format(key=LEAD_NAMES.get(r["key"], r["key"]))
        also_names = (
            [LEAD_NAMES[a] for a in accepted_answers(r["also_accepted"])] if r["also_accepted"] else []
        )
        also = (
            ", "
            + ngettext("{answers} defensible", "{answers} defensible", len(also_names)).format(
                answers=" / ".join(also_names)
            )
            if also_names
            else ""
        )
        parts.append(f"{r['activity']} ({counts}; {key}{also})")
    return _("The class split most on: {activities}.").format(activities="; ".join(parts))


@literal_text
def plot_confidence(
    data: pd.DataFrame, *, title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Sure/unsure against right/wrong as a 2x2 grid; "sure and wrong" (a likely
    misconception: a working rule, not a diagnosis) and "unsure and right" (a guess) are labeled.

    Args:
        data: a class's answers with ``confidence`` (`load_class`).
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 5.6 x 4.2 inch figure.
        **kwargs: passed to ``Axes.imshow``.

    Returns:
        The Axes drawn on.
    """
    table = confidence_table(data).loc[["sure", "unsure"]]
    if ax is None:
        _fig, ax = plt.subplots(figsize=(5.6, 4.2), layout="constrained")
    values = table.to_numpy()
    # light: text stays readable
    ax.imshow(values, **({"cmap": "Greys", "vmin": 0, "vmax": max(int(values.max()), 1) * 2.4} | kwargs))
    notes = {
        ("sure", "right"): _("knows it"),
        ("sure", "wrong"): _("likely\nmisconception"),
        ("unsure", "right"): _("guess"),
        ("unsure", "wrong"): _("knows it is\nunsure"),
    }
    for i, conf in enumerate(table.index):
        for j, res in enumerate(table.columns):
            ax.text(
                j,
                i - 0.12,
                str(values[i, j]),
                ha="center",
                va="center",
                fontsize="x-large",
                fontweight="bold",
            )
            ax.text(j, i + 0.24, notes[(conf, res)], ha="center", va="center", fontsize="medium")
    ax.set_xticks([0, 1], [_("right or\ndefensible"), _("not usually\nright")])
    ax.set_yticks([0, 1], [_("sure"), _("unsure")])
    ax.set_xlabel(_("answer"))
    ax.set_ylabel(_("confidence"))
    if values.sum() == 0:
        note_empty(ax)
    if title:
        place_title(ax, title)
    return ax


def describe_confidence(data: pd.DataFrame) -> str:
    """The sentence `plot_confidence` shows: the four counts, named."""
    t = confidence_table(data)
    total = int(t.to_numpy().sum())
    if total == 0:
        return _("Confidence against correctness: no answers yet.")
    return _(
        "Confidence against correctness for {total} answers (defensible answers count as right): "
        "sure and right {sure_right}, sure and wrong {sure_wrong} (likely misconceptions), "
        "unsure and right {unsure_right} (guesses), unsure and wrong {unsure_wrong}."
    ).format(
        total=total,
        sure_right=t.loc["sure", "right"],
        sure_wrong=t.loc["sure", "wrong"],
        unsure_right=t.loc["unsure", "right"],
        unsure_wrong=t.loc["unsure", "wrong"],
    )
