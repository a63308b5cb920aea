"""A live poll's tally as three bars, with the key (and any defensible answer) marked."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from ..analysis.grading import accepted_answers
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEAD_NAMES, LEADS, PALETTE
from ._common import literal_text, note_empty
from .titles import place_title

__all__ = ["describe_poll", "plot_poll"]


@literal_text
def plot_poll(
    data: dict,
    *,
    key: str | None = None,
    also_accepted: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """A poll's tally as three bars (OT, Both, PT); with ``key`` the right bar is marked ✓,
    and with ``also_accepted`` the defensible one ≈.

    Args:
        data: the tally, lead -> count (missing leads count 0).
        key: the usual lead, marked ✓.
        also_accepted: leads graded defensible (';'-separated), marked ≈.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 6.4 x 3.8 inch figure.
        **kwargs: passed to ``Axes.bar``.

    Returns:
        The Axes drawn on.
    """
    if ax is None:
        _fig, ax = plt.subplots(figsize=(6.4, 3.8), layout="constrained")
    values = [int(data.get(lead, 0)) for lead in LEADS]
    total = sum(values)
    bars = ax.bar(
        [LEAD_NAMES[lead] for lead in LEADS],
        values,
        **({"color": [PALETTE[lead] for lead in LEADS], "width": 0.65} | kwargs),
    )
    labels = [f"{v} ({v / total:.0%})" if total else "0" for v in values]
    marks = {lead: " \u2248" for lead in accepted_answers(also_accepted)} | {key: " \u2713"}
    labels = [t + marks.get(lead, "") for t, lead in zip(labels, LEADS)]
    ax.bar_label(bars, labels=labels, padding=3, fontweight="bold")
    ax.set_ylim(0, max(values + [1]) * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # people, never 2.5 of them
    ax.set_ylabel(_("answers"))
    ax.spines[["top", "right"]].set_visible(False)
    if total == 0:
        note_empty(ax, _("No answers yet"))
    if title:
        place_title(ax, title)
    return ax


def describe_poll(data: dict, *, key: str | None = None, also_accepted: str | None = None) -> str:
    """The sentence `plot_poll` shows: the counts, and how many chose the key (and any
    defensible answer). "The key", not "the usual lead": a co-treated Both card's key is
    this patient's, never usual care (review 25)."""
    values = {lead: int(data.get(lead, 0)) for lead in LEADS}
    total = sum(values.values())
    if total == 0:
        return _("Poll: no answers yet.")
    counts = ", ".join(f"{LEAD_NAMES[lead]} {values[lead]}" for lead in LEADS)
    text = ngettext("Poll of {total} answer: {counts}.", "Poll of {total} answers: {counts}.", total).format(
        total=total, counts=counts
    )
    if key:
        text += " " + _("The key is {lead}; {n} of {total} ({percent}) chose it.").format(
            lead=LEAD_NAMES.get(key, key), n=values[key], total=total, percent=f"{values[key] / total:.0%}"
        )
    for lead in accepted_answers(also_accepted) if key else ():
        n = values[lead]
        text += " " + _(
            "{lead} is defensible too (practice varies); {n} of {total} ({percent}) chose it."
        ).format(lead=LEAD_NAMES[lead], n=n, total=total, percent=f"{n / total:.0%}")
    return text
