"""What a learner reads about their saved answers: where they are, what went wrong and
what to do, and the "Download my answers" link (the same JSON file, for a hub or a laptop
without a class folder).
"""

from __future__ import annotations

import base64
import errno
import os
from html import escape
from pathlib import Path

from ..io.exchange.files import AnotherSessionsFile
from ..language import get_language, ngettext
from ..language import gettext as _

__all__ = [
    "download_link_html",
    "resumed_text",
    "save_problem_text",
    "saved_text",
    "status_html",
    "unnoted_text",
    "unreadable_text",
]


def saved_text(n: int, path: Path, *, asked: bool = False) -> str:
    """After a save: the file, and - when the learner ``asked`` ("Save my answers") - how
    many answers. A save after a Check says the same as the one before, so a screen
    reader, which says the save status when it changes, does not repeat it after every
    verdict."""
    if asked:
        return ngettext(
            "Saved: {n} answer in {path}. They are also saved after every Check.",
            "Saved: {n} answers in {path}. They are also saved after every Check.",
            n,
        ).format(n=n, path=path)
    return _("Your answers are saved after every Check, in {path}.").format(path=path)


def resumed_text(n: int, path: Path) -> str:
    """After a kernel restart, when the quiz picked up a learner's own session."""
    return ngettext(
        "Welcome back: you continue where you left off ({n} answer saved in {path}). "
        "Not you? Press \u201cI am someone else\u201d to start fresh.",
        "Welcome back: you continue where you left off ({n} answers saved in {path}). "
        "Not you? Press \u201cI am someone else\u201d to start fresh.",
        n,
    ).format(n=n, path=path)


def save_problem_text(err: OSError, path: Path) -> str:
    """Why answers could not be saved to ``path``, naming the file and the folder, and what
    to do; the answers stay in the notebook either way."""
    folder = _nearest_existing(path.parent)
    if isinstance(err, AnotherSessionsFile):
        why = _("that file holds another learner's answers, and they are kept")
    elif folder.exists() and not folder.is_dir():
        why = _("{folder} is a file, not a folder").format(folder=folder)
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or not os.access(folder, os.W_OK):
        why = _("you may not write in the folder {folder}").format(folder=folder)
    elif err.errno == errno.ENOSPC:
        why = _("the disk that holds {folder} is full").format(folder=folder)
    else:
        why = err.strerror or str(err)
    return _(
        "Your answers could not be saved to {path}: {why}. They are safe in this notebook until it "
        "closes. To keep them, use \u201cDownload my answers\u201d, or ask your instructor for the "
        "class folder, or copy this lesson into your own folder and run it from there."
    ).format(path=path, why=why)


def unnoted_text(folder: Path) -> str:
    """When the learner's own state folder cannot be written."""
    return _(
        "(This computer does not let otpt note your session in {folder}, so if the notebook restarts the "
        "quiz starts afresh; your answers file is kept.)"
    ).format(folder=folder)


def unreadable_text(path: Path, reason: str) -> str:
    """When the file a quiz would continue cannot be read."""
    return _(
        "Your earlier answers file {path} could not be read ({reason}). It is kept as it is, and you "
        "start a new session."
    ).format(path=path, reason=reason)


def _nearest_existing(folder: Path) -> Path:
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate
    return folder


def download_link_html(text: str, filename: str) -> str:
    """A link that downloads ``text`` as the JSON file ``filename`` (a data: URL, so it
    works without a server of its own: JupyterLab, Notebook 7, Voila, Binder)."""
    data = base64.b64encode(text.encode("utf-8")).decode("ascii")
    label = _("Download my answers")
    return (
        f'<a download="{escape(filename)}" href="data:application/json;base64,{data}" '
        f'style="font-weight:bold">\u2b07 {escape(label)}</a>'
    )


def status_html(text: str, *, problem: bool = False) -> str:
    """A save status line: plain text (escaped), wrapped with normal line spacing, a symbol
    in front (a problem is never told by color alone)."""
    symbol = "\u26a0" if problem else "\u2713"
    return (
        f'<p lang="{get_language()}" style="margin:0.3em 0;line-height:1.4;overflow-wrap:anywhere">'
        f"{symbol} {escape(text)}</p>"
    )
