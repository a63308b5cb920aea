"""The live poll's words: progress, the big card, the revealed answer, what was counted."""

from __future__ import annotations

from html import escape

import pandas as pd

from ..analysis.grading import Feedback
from .html import card_html, feedback_html, message_html
from .words import defensible_phrase

__all__ = ["counted_html", "no_activity_html", "poll_answer_html", "poll_card_html", "poll_progress_html"]


def poll_progress_html(position: int, total: int, unknown: list[str]) -> str:
    """ "Activity 2 of 5", with the ids that were left out (escaped)."""
    text = f"Activity {position} of {total}"
    if unknown:
        text += f" (unknown ids, left out: {', '.join(unknown)})"
    return escape(text)


def no_activity_html(unknown: list[str]) -> str:
    """The notice for a poll with nothing to show."""
    note = f" Unknown ids: {', '.join(unknown)}." if unknown else ""
    return message_html("There is no activity to poll." + note)


def poll_card_html(row: pd.Series) -> str:
    """The activity card, large enough for the back of the room."""
    return f'<div style="font-size:1.5em">{card_html(row)}</div>'


def poll_answer_html(fb: Feedback) -> str:
    """The revealed answer: who usually leads (and what is defensible), then why."""
    heading = f"Usually led by: {fb.key}" + (
        f" ({defensible_phrase(fb.also_accepted)})" if fb.also_accepted else ""
    )
    return f'<div style="font-size:1.25em">{feedback_html(fb, heading=heading)}</div>'


def counted_html(n: int, skipped: int) -> str:
    """What "Count saved answers" found."""
    note = f" ({skipped} warning(s): some files were skipped)" if skipped else ""
    return message_html(f"Counted {n} saved answers.{note}")
