"""Each learner's score before and after the lecture (a slopegraph), with its sentence.

Same contract as every plot (see `otpt.plots`).
"""

from __future__ import annotations

import warnings

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.classroom import has_usual_lead, pre_post, unmatched_text
from ..errors import LearnersNotMatchedWarning
from ..language import N_, Messages, ngettext
from ..language import gettext as _
from ._common import literal_text, note_empty
from .titles import place_title

__all__ = ["describe_pre_post", "plot_pre_post"]

# Learners' lines in grays and dashes: the OT / Both / PT colors mean leads only.
#: The kinds of change, as the legend names them.
_CHANGES = Messages({"improved": N_("improved"), "unchanged": N_("unchanged"), "dropped": N_("dropped")})
_CHANGE_LINES = {
    "improved": {"color": "#222222", "ls": "-"},
    "unchanged": {"color": "#9a9a9a", "ls": ":"},
    "dropped": {"color": "#666666", "ls": "--"},
}


@literal_text
def plot_pre_post(
    data: pd.DataFrame, *, after: pd.DataFrame, title: str | None = None, ax: Axes | None = None, **kwargs
) -> Axes:
    """Each learner's usual-lead score before and after (`otpt.pre_post`: defensible answers
    do not count), joined by a line; the class means in bold.

    Args:
        data: the class's answers before (`load_class`).
        after: the same class's answers after.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 6.8 x 4.6 inch figure.
        **kwargs: passed to each learner's line (``Axes.plot``).

    Returns:
        The Axes drawn on.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LearnersNotMatchedWarning)  # describe_pre_post says it
        table = pre_post(data, after)
    if ax is None:
        _fig, ax = plt.subplots(figsize=(6.8, 4.6), layout="constrained")
    change = table["change"].map(lambda c: "improved" if c > 0 else "dropped" if c < 0 else "unchanged")
    for _row, r in table.assign(kind=change).iterrows():
        line = {"alpha": 0.7, "lw": 1.2, "marker": "o", "ms": 3} | _CHANGE_LINES[r["kind"]] | kwargs
        ax.plot([0, 1], [r["before"] * 100, r["after"] * 100], **line)
    for kind, n in change.value_counts().reindex(list(_CHANGE_LINES), fill_value=0).items():
        if n:  # one legend entry per kind of change, with how many learners
            ax.plot([], [], **_CHANGE_LINES[kind], lw=1.5, label=f"{_CHANGES[kind]}: {n}")
    if len(table):
        before, after = table[["before", "after"]].mean() * 100
        ax.plot(
            [0, 1],
            [before, after],
            color="black",
            lw=3,
            marker="o",
            ms=8,
            label=_("class mean\n{before} \u2192 {after}").format(
                before=f"{before:.0f}%", after=f"{after:.0f}%"
            ),
        )
        ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    else:
        note_empty(ax, _("No learner answered both times"))
    ax.set_xticks([0, 1], [_("before"), _("after")])
    ax.set_xlim(-0.25, 1.25)
    ax.set_ylim(0, 105)
    ax.set_ylabel(
        _("learner's score (the usual lead, %)") if has_usual_lead(data) else _("learner's score (%)")
    )
    ax.spines[["top", "right"]].set_visible(False)
    if title:
        place_title(ax, title)
    return ax


def describe_pre_post(data: pd.DataFrame, *, after: pd.DataFrame) -> str:
    """The sentence `plot_pre_post` shows: mean before and after, how many improved, and
    who could not be matched."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LearnersNotMatchedWarning)  # said in the sentence instead
        table = pre_post(data, after)
    unmatched = unmatched_text(table)
    unmatched = f" {unmatched[0].upper()}{unmatched[1:]}" if unmatched else ""
    if table.empty:
        return _("Before and after: no learner answered both times.") + unmatched
    up, down = int((table["change"] > 0).sum()), int((table["change"] < 0).sum())
    sentence = (
        ngettext(
            "Usual-lead scores of {n} learner who answered before and after: mean {before} before, {after} "
            "after; {up} improved, {down} dropped, {same} unchanged.",
            "Usual-lead scores of {n} learners who answered before and after: mean {before} before, {after} "
            "after; {up} improved, {down} dropped, {same} unchanged.",
            len(table),
        )
        if has_usual_lead(data)
        else ngettext(
            "Scores of {n} learner who answered before and after: mean {before} before, {after} after; "
            "{up} improved, {down} dropped, {same} unchanged.",
            "Scores of {n} learners who answered before and after: mean {before} before, {after} after; "
            "{up} improved, {down} dropped, {same} unchanged.",
            len(table),
        )
    )
    means = {"before": f"{table['before'].mean():.0%}", "after": f"{table['after'].mean():.0%}"}
    return sentence.format(n=len(table), up=up, down=down, same=len(table) - up - down, **means) + unmatched
