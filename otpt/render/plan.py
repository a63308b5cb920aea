"""The planner's words: the case, each task's label, and the checked plan."""

from __future__ import annotations

from html import escape

from ..analysis.planning import TaskCheck, plan_score
from ..io.cases import Case
from ..language import get_language
from ..language import gettext as _
from ..vocab import LEAD_NAMES

__all__ = ["case_header_html", "plan_feedback_html", "task_label_html"]


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
        return "\u2248 " + _("Defensible: you chose {chosen}; recommended: {lead}").format(
            chosen=chosen, lead=lead
        )
    return "\u2717 " + _("You chose {chosen}; recommended: {lead}").format(chosen=chosen, lead=lead)


def plan_feedback_html(checks: list[TaskCheck]) -> str:
    """The checked plan: the score, then per task the verdict, why, and both goals."""
    items = []
    for c in checks:
        goals = "".join(
            f"<li><b>{escape(who)}</b> {escape(goal)}</li>"
            for who, goal in ((_("OT goal:"), c.ot_goal), (_("PT goal:"), c.pt_goal))
            if goal
        )
        items.append(
            f"<li><b>{escape(c.task)}</b> - {escape(_verdict(c))}<br>{escape(c.why)}<ul>{goals}</ul></li>"
        )
    return (
        f"<div lang='{get_language()}'><h4 style='margin:0.4em 0'>{escape(plan_score(checks))}</h4>"
        f"<ul style='line-height:1.4'>{''.join(items)}</ul></div>"
    )
