"""A case plan as a picture: your plan above the recommended one, each in three columns
(OT, Both, PT), with a mark on each of your tasks."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.font_manager import FontProperties

from ..analysis.planning import check_plan, plan_score
from ..io.cases import Case
from ..language import gettext as _
from ..vocab import LEAD_NAMES, LEADS, PALETTE, SYMBOLS
from ._common import literal_text, note_empty
from .titles import place_title

__all__ = ["describe_plan", "plot_plan"]


def describe_plan(data: Case, *, plan: dict[str, str | None]) -> str:
    """The sentence `plot_plan` shows: the score and, per task, the lead chosen and the
    recommended one.

    >>> from otpt import load_cases
    >>> describe_plan(load_cases()["hip"], plan={})[:60]
    "Plan for 'The day after hip surgery': 0 of 7 tasks as recomm"
    """
    checks = check_plan(data, plan)
    parts = []
    for c in checks:
        lead = LEAD_NAMES.get(c.lead, c.lead)
        chosen = LEAD_NAMES.get(c.chosen, c.chosen) if c.chosen else _("not assigned")
        extra = {
            "right": "",
            "defensible": " " + _("(defensible; recommended {lead})").format(lead=lead),
        }.get(c.outcome, " " + _("(recommended {lead})").format(lead=lead))
        parts.append(f"{c.task}: {chosen}{extra}")
    head = _("Plan for '{title}': {score}.").format(title=data.title, score=plan_score(checks))
    return f"{head} " + "; ".join(parts) + "."


def _lines(text: str) -> int:
    return text.count("\n") + 1


@literal_text
def plot_plan(
    data: Case,
    *,
    plan: dict[str, str | None],
    wrap: int | None = None,
    plan_name: str | None = None,
    title: str | None = None,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """Your plan (top) and the recommended plan (bottom), each as three columns: OT,
    Both, PT. Your tasks carry ✓ or ✗. Returns the Axes.

    Heights are counted in lines of the tasks' font, so the boxes never overlap in any
    style; the figure is as tall as its longest column needs.

    Args:
        data: the case (`load_cases`).
        plan: task id -> OT, Both, PT or None (not assigned).
        wrap: characters per line of a task's name (default: what fits a column at the
            style's text size, 24 in the notebook style).
        plan_name: the top band's title - "Your plan", or e.g. "The student's plan" for a
            worked example the learner did not make.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new figure 8.9 inches wide (a lesson's width: its text stays page-sized) and as tall as the plan needs.
        **kwargs: passed to each task's text (``Axes.text``), e.g. ``fontsize=``.

    Returns:
        The Axes drawn on.
    """
    checks = check_plan(data, plan)
    if wrap is None:  # a column is ~2.2 inches; an average character ~0.55 em
        wrap = max(12, int(2.2 * 72 / (0.55 * FontProperties(size="medium").get_size_in_points())))
    plan_name = _("Your plan") if plan_name is None else plan_name
    bands = ((plan_name, lambda c: c.chosen), (_("Recommended"), lambda c: c.lead))
    boxes = {c.task: textwrap.fill(c.task, wrap) for c in checks}
    gap, header = 1.3, 4.0  # lines between boxes; lines for a band's title and column names
    columns = [
        max([sum(_lines(boxes[c.task]) + gap for c in checks if pick(c) == lead) for lead in LEADS] + [2.3])
        for _title, pick in bands
    ]
    missing = [c.task for c in checks if not c.chosen]
    note = textwrap.fill(_("Not assigned yet:") + " " + "; ".join(missing), 3 * wrap + 12) if missing else ""
    below = _lines(note) + 1 if note else 0
    total = 2 * header + sum(columns) + below + 1
    if ax is None:
        line = FontProperties(size="medium").get_size_in_points() * 1.3 / 72  # inches per line
        _fig, ax = plt.subplots(figsize=(8.9, total * line + 0.3), layout="constrained")
    top = 0.0
    for band, (band_title, pick) in enumerate(bands):
        ax.text(-0.55, top - 1.0, band_title, fontsize="large", fontweight="bold", va="center")
        for col, lead in enumerate(LEADS):
            ax.text(
                col + 0.5,
                top - 2.6,
                LEAD_NAMES[lead],
                ha="center",
                va="center",
                fontweight="bold",
                color="white" if lead == "PT" else "black",
                bbox={"boxstyle": "round", "facecolor": PALETTE[lead], "edgecolor": "none"},
            )
            y = top - header
            for c in (c for c in checks if pick(c) == lead):
                mark = f"{SYMBOLS[c.outcome]} " if band == 0 and c.outcome in SYMBOLS else ""
                task = {
                    "fontsize": "medium",
                    "bbox": {"boxstyle": "round", "facecolor": "white", "edgecolor": PALETTE[lead]},
                } | kwargs
                ax.text(
                    col + 0.5,
                    y - _lines(boxes[c.task]) / 2,
                    mark + boxes[c.task],
                    ha="center",
                    va="center",
                    **task,
                )
                y -= _lines(boxes[c.task]) + gap
        top -= header + columns[band]
        if band == 0 and note:
            ax.text(1.5, top - 0.3, note, ha="center", va="top", fontsize="medium")
            top -= below
    ax.set_xlim(-0.6, 3.1)
    ax.set_ylim(-total, 0)
    ax.axis("off")
    if not checks:
        note_empty(ax, _("This case has no tasks yet"))
    if title:
        place_title(ax, title)
    return ax
