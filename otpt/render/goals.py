"""GoalWriter's words: each goal the learner wrote, its self-check and the worked goal."""

from __future__ import annotations

from html import escape

from ..io.goals import WorkedGoals
from ..language import get_language
from ..language import gettext as _

__all__ = ["goals_compared_html"]

#: met / missing / a softer prompt (goal_checks: a short-term body-function goal that does not say
#: which function it serves): a symbol and the words, never color.
_MARKS = {True: "\u2713", False: "\u2717", None: "\u2248"}


def goals_compared_html(
    typed: dict[str, str],
    checks: dict[str, list[tuple[bool | None, str]]],
    worked: WorkedGoals,
    *,
    typed_name: str | None = None,
) -> str:
    """For OT and for PT: the goal typed (headed ``typed_name``: "Yours", or e.g. "The
    draft" for a worked example), its self-check (✓ met, ✗ missing, ≈ a softer prompt) and
    the worked goal; then how the work is shared. Everything typed or read from a file is
    escaped."""
    typed_name = _("Yours") if typed_name is None else typed_name
    worked_label, shared_label = _("Worked goal:"), _("How the work is shared:")
    parts = []
    for who, heading, model in (("OT", _("OT goal"), worked.ot_goal), ("PT", _("PT goal"), worked.pt_goal)):
        items = "".join(f"<li>{_MARKS[ok]} {escape(text)}</li>" for ok, text in checks[who])
        yours = escape(typed[who].strip()) or "<i>" + escape(_("(not written yet)")) + "</i>"
        parts.append(
            f"<h4 style='margin:0.6em 0 0.2em'>{escape(heading)}</h4>"
            f"<p style='margin:0.2em 0'><b>{escape(typed_name)}:</b> {yours}</p>"
            f"<ul style='margin:0.2em 0'>{items}</ul>"
            f"<p style='margin:0.2em 0'><b>{escape(worked_label)}</b> {escape(model)}</p>"
        )
    parts.append(f"<p style='margin:0.5em 0'><b>{escape(shared_label)}</b> {escape(worked.note)}</p>")
    return f"<div lang='{get_language()}'>" + "".join(parts) + "</div>"
