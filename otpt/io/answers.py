"""Answer files: what a learner's quiz saves and an instructor's notebook reads back.

Files are JSON with a format name and version, written atomically (a crash mid-write
leaves the old file intact). Nothing identifying is stored unless the learner types it:
the default learner name is a random nickname. A file also holds its learner-session
id (``session``) and the order of each round (``rounds``), so a quiz can continue it
after a kernel restart; files from before sessions (without them) are still read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..errors import AnswersFileError, Problem
from ..vocab import LEADS
from .columns import ANSWER_COLUMNS
from .files import write_atomic
from .paths import user_path
from .text import Unreadable, read_text

__all__ = [
    "FORMAT",
    "VERSION",
    "answers_frame",
    "AnotherSessionsFile",
    "answers_json",
    "load_answers",
    "merge_records",
    "parse_answers",
    "read_answers_file",
    "save_answers",
    "write_answers_text",
]

FORMAT = "otpt-answers"
VERSION = 1


def answers_json(
    answers: pd.DataFrame | list[dict],
    *,
    learner: str,
    session: str = "",
    bank: str = "",
    rounds: list[dict] | None = None,
) -> str:
    """The text of an answers file (format ``otpt-answers``, version 1).

    Args:
        answers: a DataFrame or a list of dicts with the `ANSWER_COLUMNS`.
        learner: the name or nickname stored in the file.
        session: the learner-session id (`otpt.io.sessions.new_session_id`).
        bank: where the activities came from (the bank's ``attrs["source"]``).
        rounds: one ``{"number", "order", "review"}`` per round, so a quiz can continue.
    """
    if isinstance(answers, pd.DataFrame):
        table = answers.reindex(columns=list(ANSWER_COLUMNS)).astype(object)
        records = table.where(table.notna(), None).to_dict(orient="records")
    else:
        records = [{column: record.get(column) for column in ANSWER_COLUMNS} for record in answers]
    header = {"format": FORMAT, "version": VERSION, "learner": learner, "session": session, "bank": bank}
    fields = [f" {_dumps(name)}: {_dumps(value)}" for name, value in header.items()]
    fields += [f' "rounds": {_one_a_line(rounds or [])}', f' "answers": {_one_a_line(records)}']
    return "{\n" + ",\n".join(fields) + "\n}"


def _dumps(value) -> str:
    # No indent: json's C encoder. With indent=1 json encodes in pure Python, and the whole
    # file is encoded again on every Check (the autosave): that was most of a Check's time.
    return json.dumps(value, ensure_ascii=False, default=_plain)


def _one_a_line(items: list) -> str:
    """A JSON list with one item a line, so a person can read the file too."""
    if not items:
        return "[]"
    return "[\n" + ",\n".join(f"  {_dumps(item)}" for item in items) + "\n ]"


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
) -> Path:
    """Write answers to ``path`` as JSON (`answers_json`), atomically.

    A save never destroys another learner session's answers: when ``path`` holds a file
    of a different session (or of none), it is left alone and `AnotherSessionsFile` says
    so - unless ``own`` says the caller wrote that file itself (a quiz re-saving its own
    session, even when a sync tool damaged the file in between).

    Args:
        answers, learner, session, bank, rounds: as for `answers_json`.
        path: the file to write (its folder is created).
        own: True when ``path`` is this session's own file.

    Returns:
        The path written.

    Raises:
        AnotherSessionsFile: (a `FileExistsError`) when ``path`` holds another session's answers.
        OSError: when the folder cannot be written (an earlier file is kept whole).
    """
    text = answers_json(answers, learner=learner, session=session, bank=bank, rounds=rounds)
    return write_answers_text(text, path, session=session, own=own)


def write_answers_text(text: str, path: str | Path, *, session: str = "", own: bool = False) -> Path:
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
    return write_atomic(path, text)


def _session_in(path: Path) -> str | None:
    """The session id in an existing answers file (None when it has none or is unreadable)."""
    try:
        payload = json.loads(read_text(path, kind=".json")[0])
    except (OSError, Unreadable, ValueError):
        return None
    return (payload.get("session") or None) if isinstance(payload, dict) else None


def _plain(value):
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"cannot save {type(value).__name__}")


def read_answers_file(path: str | Path) -> tuple[dict, list[dict]]:
    """Check one answers file (any encoding a tool may have re-saved it in).

    Returns:
        (header fields ``learner``, ``version``, ``bank``, ``session`` ("" in files from
        before sessions) and ``rounds``; the answer records as dicts).

    Raises:
        AnswersFileError: naming the file and what is wrong: missing, empty, cut short,
            not JSON, another format, another version, or answers without id, answer or key.
    """
    path = user_path(path, error=AnswersFileError)
    source = f"'{path}'"
    try:
        text, _ = read_text(path, kind=".json")
    except Unreadable as err:  # a file not there or not readable says why; bytes that are no text, what to do
        advice = (
            err.problem.allowed if err.problem.line is None else "Save or download the answers file again."
        )
        raise AnswersFileError(source, [Problem(None, None, err.problem.found, advice)]) from None
    return parse_answers(text, source)


def parse_answers(text: str, source: str) -> tuple[dict, list[dict]]:
    """`read_answers_file` for text already decoded (a file inside a .zip archive, say);
    ``source`` names it in errors."""

    def fail(found: str, allowed: str):
        return AnswersFileError(source, [Problem(None, None, found, allowed)])

    if not text.strip():
        raise fail("an empty file", "Save the answers again from the quiz.")
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg.startswith("Unterminated string") or not text[err.pos :].strip():  # the text ran out
            body = text.rstrip()
            line, column = body.count("\n") + 1, len(body) - body.rfind("\n") - 1
            raise fail(f"a file cut short: it ends at line {line}, column {column}, in the middle of "
                       "the answers (a copy or upload that did not finish)", "Copy or save the file again.") from None  # fmt: skip
        raise fail(f"text that is not JSON at line {err.lineno}, column {err.colno} ({err.msg})",
                   "This is not an otpt answers file, or it was edited by hand.") from None  # fmt: skip
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise fail(f'no "format": "{FORMAT}"', "This is not an otpt answers file.")
    if type(payload.get("version")) is not int or payload["version"] != VERSION:
        raise fail(f"answers file version {payload.get('version')!r}", f"This otpt reads version {VERSION}.")
    records = payload.get("answers")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise fail(
            'an "answers" entry that is not a list of answers', "Save the answers again from the quiz."
        )
    missing = sorted({c for r in records for c in ("activity_id", "answer", "key") if r.get(c) in (None, "")})
    if missing:
        raise fail(
            f"answers without {', '.join(missing)}", "Every answer needs an activity_id, answer and key."
        )
    odd = sorted({repr(r[c]) for r in records for c in ("answer", "key") if r[c] not in LEADS}
                 | {repr(r["activity_id"]) for r in records if not isinstance(r["activity_id"], (str, int))}
                 | {repr(r.get("round")) for r in records if not _whole_number(r.get("round", 1))})[:3]  # fmt: skip
    if odd:
        raise fail(f"answers that otpt did not write: {', '.join(odd)}",
                   "An answer and its key are OT, PT or Both, and its round a whole number; save the answers "
                   "again from the quiz.")  # fmt: skip
    for record in records:
        record["activity_id"] = str(record["activity_id"])
        record["round"] = int(record.get("round") or 1)
    rounds = payload.get("rounds")
    header = {"learner": str(payload.get("learner") or ""), "version": VERSION, "bank": payload.get("bank", ""),
              "session": str(payload.get("session") or ""), "rounds": rounds if isinstance(rounds, list) else []}  # fmt: skip
    return header, records


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


def _whole_number(value) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isdigit()
    )


def answers_frame(records: list[dict]) -> pd.DataFrame:
    """Answer records as a DataFrame with the `ANSWER_COLUMNS` (``correct`` recomputed)."""
    frame = pd.DataFrame(records, columns=list(ANSWER_COLUMNS))
    frame["correct"] = frame["answer"] == frame["key"]
    return frame


def load_answers(path: str | Path) -> pd.DataFrame:
    """Read an answers file written by `save_answers` (or `ClassifyQuiz.save`).

    Returns:
        A DataFrame with the `ANSWER_COLUMNS`; ``attrs`` holds the header fields of
        `read_answers_file` (``learner``, ``session``, ``version`` ...).

    Raises:
        AnswersFileError: naming the file and the problem.
    """
    header, records = read_answers_file(path)
    frame = answers_frame(records)
    frame.attrs.update(header)
    return frame
