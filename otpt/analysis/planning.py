"""A care-team plan, checked: each task's chosen lead against the case's recommended one,
graded as the quiz grades (right, defensible, not usually)."""

from __future__ import annotations

from dataclasses import dataclass

from ..io.cases import Case
from ..language import gettext as _
from ..language import ngettext
from ..vocab import COUNTS_AS_RIGHT
from .grading import grade

__all__ = ["TaskCheck", "check_plan", "plan_score"]


@dataclass(frozen=True)
class TaskCheck:
    """One task of a plan, checked: the task, the lead chosen (None: not assigned), the
    recommended lead, the outcome, both professions' goals and why."""

    task: str
    chosen: str | None
    lead: str
    outcome: str  # right, defensible or not usually (as the quiz grades); "not assigned" when chosen is None
    ot_goal: str
    pt_goal: str
    why: str

    @property
    def correct(self) -> bool:
        """True for the recommended plan or a defensible one."""
        return self.outcome in COUNTS_AS_RIGHT


def check_plan(case: Case, plan: dict[str, str | None]) -> list[TaskCheck]:
    """Compare a plan (task id -> OT, PT or Both; None if unassigned) with the case's;
    a task's ``also_accepted`` plans are graded defensible, as in the quiz."""
    checks = []
    for t in case.tasks:
        chosen = plan.get(t.task_id)
        outcome = "not assigned" if chosen is None else grade(chosen, t.lead, ";".join(t.also_accepted))
        checks.append(TaskCheck(t.task, chosen, t.lead, outcome, t.ot_goal, t.pt_goal, t.why))
    return checks


def plan_score(checks: list[TaskCheck]) -> str:
    """ "4 of 7 tasks as recommended, 2 more also right" (the defensible part only when there
    are some: also right where practice varies)."""
    right = sum(c.outcome == "right" for c in checks)
    defensible = sum(c.outcome == "defensible" for c in checks)
    text = ngettext("{right} of {n} task as recommended", "{right} of {n} tasks as recommended", len(checks))
    more = _(", {defensible} more also right").format(defensible=defensible) if defensible else ""
    return text.format(right=right, n=len(checks)) + more
