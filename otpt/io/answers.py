"""Answer files: what a learner's quiz saves and an instructor's notebook reads back.

Files are JSON with a format name and version, written atomically (a crash mid-write
leaves the old file intact). Nothing identifying is stored unless the learner types it:
the default learner name is a random nickname.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pandas as pd

from ..errors import AnswersFileError, Problem
from .columns import ANSWER_COLUMNS
from .files import write_atomic
from .text import Unreadable, read_text

__all__ = [
    "FORMAT",
    "VERSION",
    "answers_frame",
    "load_answers",
    "random_nickname",
    "read_answers_file",
    "safe_filename",
    "save_answers",
]

FORMAT = "otpt-answers"
VERSION = 1

_ADJECTIVES = (
    "brave",
    "calm",
    "clever",
    "curious",
    "eager",
    "gentle",
    "happy",
    "kind",
    "lively",
    "quick",
    "quiet",
    "steady",
    "sunny",
    "swift",
    "wise",
    "bold",
)
_ANIMALS = (
    "otter",
    "heron",
    "fox",
    "panda",
    "koala",
    "lynx",
    "robin",
    "seal",
    "tiger",
    "wombat",
    "badger",
    "falcon",
    "gecko",
    "ibis",
    "lemur",
    "puffin",
)


def random_nickname(rng: random.Random | None = None) -> str:
    """An anonymous nickname such as ``calm-otter-42``."""
    rng = rng or random.SystemRandom()
    return f"{rng.choice(_ADJECTIVES)}-{rng.choice(_ANIMALS)}-{rng.randrange(10, 100)}"


def safe_filename(name: str, *, suffix: str = ".json") -> str:
    """A file name made from a learner's name: no path separators, no ``..``, no control
    characters, at most 60 characters; an empty result becomes ``learner``."""
    text = unicodedata.normalize("NFKC", str(name))
    text = "".join(
        ch if ch.isalnum() or ch in "-_ " else "-" for ch in text if unicodedata.category(ch)[0] != "C"
    )
    text = re.sub(r"[\s\-]+", "-", text).strip("-_.")[:60].strip("-_.")
    return (text or "learner") + suffix


def save_answers(
    answers: pd.DataFrame | list[dict], path: str | Path, *, learner: str, bank: str = ""
) -> Path:
    """Write answers to ``path`` as JSON (format ``otpt-answers``, version 1), atomically.

    Args:
        answers: a DataFrame or a list of dicts with the `ANSWER_COLUMNS`.
        path: the file to write (its folder is created).
        learner: the name or nickname stored in the file.
        bank: where the activities came from (the bank's ``attrs["source"]``).

    Returns:
        The path written.

    Raises:
        OSError: when the folder cannot be written (an earlier file is kept whole).
    """
    path = Path(path)
    if isinstance(answers, pd.DataFrame):
        table = answers.reindex(columns=list(ANSWER_COLUMNS)).astype(object)
        records = table.where(table.notna(), None).to_dict(orient="records")
    else:
        records = [{column: record.get(column) for column in ANSWER_COLUMNS} for record in answers]
    payload = {"format": FORMAT, "version": VERSION, "learner": learner, "bank": bank, "answers": records}
    return write_atomic(path, json.dumps(payload, ensure_ascii=False, indent=1, default=_plain))


def _plain(value):
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"cannot save {type(value).__name__}")


def read_answers_file(path: str | Path) -> tuple[dict, list[dict]]:
    """Check one answers file (any encoding a tool may have re-saved it in).

    Returns:
        (header fields ``learner``, ``version``, ``bank``; the answer records as dicts).

    Raises:
        AnswersFileError: naming the file and what is wrong: missing, empty, cut short,
            not JSON, another format, another version, or answers without id, answer or key.
    """
    path = Path(path)
    source = f"'{path}'"

    def fail(found: str, allowed: str):
        return AnswersFileError(source, [Problem(None, None, found, allowed)])

    try:
        text, _ = read_text(path, kind=".json")
        payload = json.loads(text)
    except Unreadable as err:
        raise AnswersFileError(source, [err.problem]) from None
    except json.JSONDecodeError as err:
        raise fail(f"a file that is not a readable answers file (empty, cut short or not JSON, from line "
                   f"{err.lineno}, column {err.colno})", "Save the answers again from the quiz.") from None  # fmt: skip
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise fail(f'no "format": "{FORMAT}"', "This is not an otpt answers file.")
    if payload.get("version") != VERSION:
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
    header = {"learner": str(payload.get("learner", "")), "version": VERSION, "bank": payload.get("bank", "")}
    return header, records


def answers_frame(records: list[dict]) -> pd.DataFrame:
    """Answer records as a DataFrame with the `ANSWER_COLUMNS` (``correct`` recomputed)."""
    frame = pd.DataFrame(records, columns=list(ANSWER_COLUMNS))
    frame["correct"] = frame["answer"] == frame["key"]
    return frame


def load_answers(path: str | Path) -> pd.DataFrame:
    """Read an answers file written by `save_answers` (or `ClassifyQuiz.save`).

    Returns:
        A DataFrame with the `ANSWER_COLUMNS`; ``attrs`` holds ``learner`` and ``version``.

    Raises:
        AnswersFileError: naming the file and the problem.
    """
    header, records = read_answers_file(path)
    frame = answers_frame(records)
    frame.attrs.update(header)
    return frame
