"""One answers file on disk: save it (atomically, never over another learner session's
file), read it back (any encoding a tool may have re-saved it in), merge two copies of one
session. What the file holds is `otpt.io.exchange.format`'s.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ...errors import AnswersFileError, Problem
from ...language import gettext as _
from ..files import write_atomic
from ..paths import user_path
from ..text import Unreadable, read_text
from .format import answers_frame, answers_json, parse_answers, session_in

__all__ = [
    "AnotherSessionsFile",
    "load_answers",
    "merge_records",
    "read_answers_file",
    "save_answers",
    "write_answers_text",
]


class AnotherSessionsFile(FileExistsError):
    """The file a save would replace holds another learner session's answers (kept)."""


def save_answers(
    answers: pd.DataFrame | list[dict],
    path: str | Path,
    *,
    learner: str,
    session: str = "",
    bank: str = "",
    rounds: list[dict] | None = None,
    own: bool = False,
    durable: bool = True,
) -> Path:
    """Write answers to ``path`` as JSON (`otpt.io.exchange.format.answers_json`), atomically.

    A save never destroys another learner session's answers: when ``path`` holds a file
    of a different session (or of none), it is left alone and `AnotherSessionsFile` says
    so - unless ``own`` says the caller wrote that file itself (a quiz re-saving its own
    session, even when a sync tool damaged the file in between).

    Args:
        answers, learner, session, bank, rounds: as for `answers_json`.
        path: the file to write (its folder is created).
        own: True when ``path`` is this session's own file.
        durable: False for answers made again whenever needed (`simulate_class`): see
            `otpt.io.files.write_atomic`.

    Returns:
        The path written.

    Raises:
        AnotherSessionsFile: (a `FileExistsError`) when ``path`` holds another session's answers.
        OSError: when the folder cannot be written (an earlier file is kept whole).
    """
    text = answers_json(answers, learner=learner, session=session, bank=bank, rounds=rounds)
    return write_answers_text(text, path, session=session, own=own, durable=durable)


def write_answers_text(
    text: str, path: str | Path, *, session: str = "", own: bool = False, durable: bool = True
) -> Path:
    """`save_answers` for the text `answers_json` already made (a quiz encodes its answers
    once per save, for the file and its download link).

    Raises:
        AnotherSessionsFile: when ``path`` holds another session's answers (unless ``own``).
        OSError: when the folder cannot be written (an earlier file is kept whole).
    """
    path = user_path(path)
    if not own and path.is_file() and _session_in(path) != (session or None):
        raise AnotherSessionsFile(
            f"{path} already holds answers of another learner session; they are kept. "
            "Save under another file name."
        )
    return write_atomic(path, text, durable=durable)


def _session_in(path: Path) -> str | None:
    """The session id in an existing answers file (None when it has none or is unreadable)."""
    try:
        return session_in(read_text(path, kind=".json")[0])
    except (OSError, Unreadable):
        return None


def read_answers_file(path: str | Path) -> tuple[dict, list[dict]]:
    """Check one answers file (any encoding a tool may have re-saved it in).

    Returns:
        What `otpt.io.exchange.format.parse_answers` returns: (header fields ``learner``,
        ``version``, ``bank``, ``session`` and ``rounds``; the answer records as dicts,
        ``outcome`` and ``correct`` by the format's rule).

    Raises:
        AnswersFileError: naming the file and what is wrong: missing, empty, cut short,
            not JSON, another format, another version, or an answer otpt did not write.
    """
    path = user_path(path, error=AnswersFileError)
    source = f"'{path}'"
    try:
        text, _encoding = read_text(path, kind=".json")
    except Unreadable as err:  # a file not there or not readable says why; bytes that are no text, what to do
        advice = (
            err.problem.allowed if err.problem.line is None else _("Save or download the answers file again.")
        )
        raise AnswersFileError(source, [Problem(None, None, err.problem.found, advice)]) from None
    return parse_answers(text, source)


def load_answers(path: str | Path) -> pd.DataFrame:
    """Read an answers file written by `save_answers` (or `ClassifyQuiz.save`), of any
    format version this otpt reads.

    Returns:
        A DataFrame with the `otpt.io.columns.ANSWER_COLUMNS` (``correct`` True for right
        and defensible answers, as in the quiz and `otpt.load_class`); ``attrs`` holds the
        header fields of `read_answers_file` (``learner``, ``session``, ``version`` ...).

    Raises:
        AnswersFileError: naming the file and the problem.
    """
    header, records = read_answers_file(path)
    frame = answers_frame(records)
    frame.attrs.update(header)
    return frame


def merge_records(ours: list[dict], theirs: list[dict]) -> list[dict]:
    """One learner session's answers from two copies: every (round, activity) once, ours
    first where both hold it, in the order they were given (by timestamp).

    >>> a = {"activity_id": "A1", "round": 1, "answer": "OT", "timestamp": "2026-09-01T10:00:00+00:00"}
    >>> b = {"activity_id": "A2", "round": 1, "answer": "PT", "timestamp": "2026-09-01T09:00:00+00:00"}
    >>> [r["activity_id"] for r in merge_records([a], [dict(a, answer="PT"), b])]
    ['A2', 'A1']
    """
    seen = {(r.get("round"), r.get("activity_id")) for r in ours}
    merged = list(ours) + [r for r in theirs if (r.get("round"), r.get("activity_id")) not in seen]
    return sorted(merged, key=lambda r: str(r.get("timestamp") or ""))
