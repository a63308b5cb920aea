"""The live poll's words: progress, the big card, the revealed answer, what was counted."""

from __future__ import annotations

from html import escape

import pandas as pd

from ..analysis.grading import Feedback
from .html import card_html, feedback_html, message_html
from .words import defensible_phrase

__all__ = [
    "RESTART_ADVICE",
    "counted_html",
    "folder_problem_html",
    "no_activity_html",
    "poll_answer_html",
    "poll_card_html",
    "poll_progress_html",
]


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


#: What a learner or instructor does about files the server may not read.
RESTART_ADVICE = ("If you were added to the class's group recently, restart your server so the group counts "
                  "(File > Hub Control Panel > Stop My Server, then Start My Server); otherwise ask the "
                  "folder's owner to let you read it.")  # fmt: skip


def counted_html(n: int, skipped=(), *, files: int | None = None) -> str:
    """What "Count saved answers" found: how many answers, from how many files, and every
    file that could not be read - how many, why (grouped), and what to do.

    Args:
        n: answers counted for the activity on screen.
        skipped: (file name, reason) for each file not counted (`load_class`'s ``attrs``).
        files: answer files read, when known.

    >>> print(counted_html(2, [("a.json", "could not be read (Permission denied)")], files=3))  # doctest: +ELLIPSIS
    <p ...><b>... Counted 2 saved answers (from 3 answer files).</b></p><p ...>1 file could not be read, so its answers are not counted:</p><ul ...><li>permission denied (files): a.json. If you were added to the class&#x27;s group recently, restart your server ...
    """
    from_files = f" (from {files} answer file{'s' * (files != 1)})" if files is not None else ""
    head = message_html(f"Counted {n} saved answer{'s' * (n != 1)}{from_files}.")
    if not skipped:
        return head
    denied: dict[str, list[str]] = {}  # permission problems together: one cause, one remedy
    items = []
    for name, reason in skipped:
        if "permission denied" in reason.lower():
            kind = "folders that could not be listed" if reason.startswith("is a folder") else "files"
            denied.setdefault(kind, []).append(name)
        else:
            items.append(f"<li>{escape(name)}: {escape(reason)}</li>")
    for kind, names in denied.items():
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        items.insert(0, f"<li>permission denied ({kind}): {escape(shown)}. {escape(RESTART_ADVICE)}</li>")
    k = len(skipped)
    return (f'{head}<p style="margin:0.3em 0">{k} file{"s" * (k != 1)} could not be read, so '
            f"{'their' if k != 1 else 'its'} answers are not counted:</p>"
            f'<ul style="margin:0.2em 0">{"".join(items)}</ul>')  # fmt: skip


def folder_problem_html(err: Exception) -> str:
    """Why "Count saved answers" could not read the class folder at all, and what to do."""
    text = str(err)
    if isinstance(err, PermissionError):
        text = f"{text} {RESTART_ADVICE}"
    return message_html(f"Nothing was counted. {text}")
