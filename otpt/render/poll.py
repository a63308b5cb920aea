"""The live poll's words: progress, the big card, the revealed answer, what was counted."""

from __future__ import annotations

from html import escape

import pandas as pd

from ..analysis.grading import Feedback
from ..language import N_, get_language, ngettext
from ..language import gettext as _
from ..vocab import LEAD_NAMES
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
    text = _("Activity {position} of {total}").format(position=position, total=total)
    if unknown:
        text += " " + _("(unknown ids, left out: {ids})").format(ids=", ".join(unknown))
    return escape(text)


def no_activity_html(unknown: list[str]) -> str:
    """The notice for a poll with nothing to show."""
    note = " " + _("Unknown ids: {ids}.").format(ids=", ".join(unknown)) if unknown else ""
    return message_html(_("There is no activity to poll.") + note)


def poll_card_html(row: pd.Series) -> str:
    """The activity card, large enough for the back of the room."""
    return f'<div lang="{get_language()}" style="font-size:1.5em">{card_html(row)}</div>'


def poll_answer_html(fb: Feedback) -> str:
    """The revealed answer: who usually leads (and what is defensible), then why."""
    usual = _("Usually led by: {lead}").format(lead=LEAD_NAMES.get(fb.key, fb.key))
    if fb.key == "Both" and fb.shared_as == "co-treatment":  # chosen for one patient, never usual care
        usual = _("Both, for this patient's reason")
    heading = usual + (f" ({defensible_phrase(fb.also_accepted)})" if fb.also_accepted else "")
    return f'<div style="font-size:1.25em">{feedback_html(fb, heading=heading)}</div>'


#: What a learner or instructor does about files the server may not read.
RESTART_ADVICE = N_(
    "If you were added to the class's group recently, restart your server so the group counts "
    "(File > Hub Control Panel > Stop My Server, then Start My Server); otherwise ask the "
    "folder's owner to let you read it."
)


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
    from_files = (
        " " + ngettext("(from {n} answer file)", "(from {n} answer files)", files).format(n=files)
        if files is not None
        else ""
    )
    head = message_html(
        ngettext("Counted {n} saved answer{from_files}.", "Counted {n} saved answers{from_files}.", n).format(
            n=n, from_files=from_files
        )
    )
    if not skipped:
        return head
    denied: dict[str, list[str]] = {}  # permission problems together: one cause, one remedy
    items = []
    for name, reason in skipped:
        if "permission denied" in reason.lower():
            kind = _("folders that could not be listed") if reason.startswith("is a folder") else _("files")
            denied.setdefault(kind, []).append(name)
        else:
            items.append(f"<li>{escape(name)}: {escape(reason)}</li>")
    for kind, names in denied.items():
        more = " " + _("and {n} more").format(n=len(names) - 5) if len(names) > 5 else ""
        shown = ", ".join(names[:5]) + more
        denied_text = _("permission denied ({kind}): {names}.").format(kind=kind, names=shown)
        items.insert(0, f"<li>{escape(denied_text)} " + escape(_(RESTART_ADVICE)) + "</li>")
    k = len(skipped)
    lost = ngettext(
        "{n} file could not be read, so its answers are not counted:",
        "{n} files could not be read, so their answers are not counted:",
        k,
    ).format(n=k)
    return (
        f'{head}<p style="margin:0.3em 0">{escape(lost)}</p><ul style="margin:0.2em 0">{"".join(items)}</ul>'
    )


def folder_problem_html(err: Exception) -> str:
    """Why "Count saved answers" could not read the class folder at all, and what to do."""
    text = str(err)
    if isinstance(err, PermissionError):
        text = text + " " + _(RESTART_ADVICE)
    return message_html(_("Nothing was counted. {problem}").format(problem=text))
