"""The planner's words: the case, each task's label, and the checked plan."""

from __future__ import annotations

from html import escape

from ..analysis.planning import TaskCheck, check_plan, plan_score
from ..io.cases import Case
from ..language import get_language
from ..language import gettext as _
from ..vocab import LEAD_NAMES
from .words import defensible_phrase

__all__ = [
    "case_header_html",
    "case_tasks_html",
    "plan_feedback_html",
    "recommended_task_html",
    "task_label_html",
]


def case_header_html(case: Case) -> str:
    """The case's title and summary, escaped."""
    return f"<h3 style='margin:0.2em 0'>{escape(case.title)}</h3><p style='line-height:1.4'>{escape(case.summary)}</p>"


def task_label_html(task: str) -> str:
    """A task's name, bold and escaped, beside its choice buttons."""
    return f"<b>{escape(task)}</b>"


def _verdict(c: TaskCheck) -> str:
    lead, chosen = LEAD_NAMES.get(c.lead, c.lead), LEAD_NAMES.get(c.chosen, c.chosen)
    if c.chosen is None:
        return _("not assigned; recommended: {lead}").format(lead=lead)
    if c.outcome == "right":
        return f"\u2713 {lead}"
    if c.outcome == "defensible":
        return "\u2248 " + _("Also right (practice varies): you chose {chosen}; recommended: {lead}").format(
            chosen=chosen, lead=lead
        )
    return "\u2717 " + _("You chose {chosen}; recommended: {lead}").format(chosen=chosen, lead=lead)


def _task_item(c: TaskCheck, verdict: str) -> str:
    goals = "".join(
        f"<li><b>{escape(who)}</b> {escape(goal)}</li>"
        for who, goal in ((_("OT goal:"), c.ot_goal), (_("PT goal:"), c.pt_goal))
        if goal
    )
    return f"<li><b>{escape(c.task)}</b> - {escape(verdict)}<br>{escape(c.why)}<ul>{goals}</ul></li>"


def plan_feedback_html(checks: list[TaskCheck]) -> str:
    """The checked plan: the score, then per task the verdict, why, and both goals."""
    items = "".join(_task_item(c, _verdict(c)) for c in checks)
    return (
        f"<div lang='{get_language()}'><h4 style='margin:0.4em 0'>{escape(plan_score(checks))}</h4>"
        f"<ul style='line-height:1.4'>{items}</ul></div>"
    )


def case_tasks_html(case: Case) -> str:
    """The case's tasks as a numbered list to plan (for a projector: the room says OT, PT or
    Both for each), escaped."""
    items = "".join(f"<li>{task_label_html(t.task)}</li>" for t in case.tasks)
    ask = _("{title}: who leads each task - OT, PT or Both?").format(title=case.title)
    return f"<div lang='{get_language()}'><p>{escape(ask)}</p><ol style='line-height:1.5'>{items}</ol></div>"


def _recommended_items(case: Case) -> list[str]:
    """Per task, its recommended lead (and what practice also supports), why and both goals."""
    checks = check_plan(case, {t.task_id: t.lead for t in case.tasks})
    return [
        _task_item(
            c,
            _("recommended: {lead}").format(lead=LEAD_NAMES.get(c.lead, c.lead))
            + (f" ({phrase})" if (phrase := defensible_phrase(";".join(t.also_accepted))) else ""),
        )
        for c, t in zip(checks, case.tasks)
    ]


def recommended_task_html(case: Case, number: int) -> str:
    """One task of the recommended plan (``number`` counts from 1), headed "task N of M" -
    a projector slide per answer, so a long plan never runs off the screen.

    Raises:
        IndexError: for a number outside 1..len(case.tasks).
    """
    if not 1 <= number <= len(case.tasks):
        raise IndexError(f"case {case.case_id!r} has tasks 1 to {len(case.tasks)}, not {number}")
    item = _recommended_items(case)[number - 1]
    heading = _("{title}: the recommended plan, task {number} of {total}").format(
        title=case.title, number=number, total=len(case.tasks)
    )
    return (
        f"<div lang='{get_language()}'><p>{escape(heading)}</p><ul style='line-height:1.4'>{item}</ul></div>"
    )
