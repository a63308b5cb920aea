"""Answer files: what a learner's quiz saves and an instructor's notebook reads back.

Files are JSON with a format name and version, written atomically (a crash mid-write
leaves the old file intact). Nothing identifying is stored unless the learner types it:
the default learner name is a random nickname.
"""

from __future__ import annotations

import json
import os
import random
import re
import tempfile
import unicodedata
from pathlib import Path

import pandas as pd

from ..analysis.grading import ANSWER_COLUMNS

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


class AnswersFileError(ValueError):
    """An answers file that cannot be read: the message names the file and what is wrong."""


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
    """Write answers (a DataFrame, or a list of answer dicts) to ``path`` as JSON,
    atomically. Returns the path written."""
    path = Path(path)
    if isinstance(answers, pd.DataFrame):
        table = answers.reindex(columns=list(ANSWER_COLUMNS)).astype(object)
        records = table.where(table.notna(), None).to_dict(orient="records")
    else:
        records = [{column: record.get(column) for column in ANSWER_COLUMNS} for record in answers]
    payload = {"format": FORMAT, "version": VERSION, "learner": learner, "bank": bank, "answers": records}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(payload, f, ensure_ascii=False, indent=1, default=_plain)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _plain(value):
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"cannot save {type(value).__name__}")


def read_answers_file(path: str | Path) -> tuple[dict, list[dict]]:
    """Check one answers file and return (its header fields, its answer records).

    Raises `AnswersFileError` naming the file and what is wrong: missing, empty, cut short,
    not JSON, another format, another version, or answers without id, answer or key.
    """
    path = Path(path)
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AnswersFileError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise AnswersFileError(
            f"{path}: not a readable answers file (empty, cut short or not JSON: {err})"
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise AnswersFileError(f'{path}: not an otpt answers file (no "format": "{FORMAT}")')
    if payload.get("version") != VERSION:
        raise AnswersFileError(
            f"{path}: answers file version {payload.get('version')!r}; this otpt reads version {VERSION}"
        )
    records = payload.get("answers")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise AnswersFileError(f'{path}: "answers" must be a list of answers')
    missing = sorted({c for r in records for c in ("activity_id", "answer", "key") if r.get(c) in (None, "")})
    if missing:
        raise AnswersFileError(f"{path}: some answers have no {', '.join(missing)}")
    header = {"learner": str(payload.get("learner", "")), "version": VERSION, "bank": payload.get("bank", "")}
    return header, records


def answers_frame(records: list[dict]) -> pd.DataFrame:
    """Answer records as a DataFrame with the `ANSWER_COLUMNS` (``correct`` recomputed)."""
    frame = pd.DataFrame(records, columns=list(ANSWER_COLUMNS))
    frame["correct"] = frame["answer"] == frame["key"]
    return frame


def load_answers(path: str | Path) -> pd.DataFrame:
    """Read an answers file written by `save_answers` (or `ClassifyQuiz.save`).

    Returns a DataFrame with the `ANSWER_COLUMNS`; ``attrs`` holds ``learner`` and
    ``version``. Raises `AnswersFileError` naming the file and the problem.
    """
    header, records = read_answers_file(path)
    frame = answers_frame(records)
    frame.attrs.update(header)
    return frame
