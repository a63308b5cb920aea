"""The content in other languages: data/<lang>/<file>.csv beside the English data/<file>.csv.

A translation file holds, for every row of the English file, the same key (``id``, or
``task_id`` for cases), the translated text columns and nothing else: codes (leads,
settings, vocabulary, sources) are never translated, so the loaders take them from the
English file and only the words change. Each row records which English text it
translates in ``source_sha``: the first 12 hex digits of the SHA-256 of that row's English
text columns (`source_hash`). When an English row is edited, its hash changes and the
translation shows as needing review (`review`) until a translator checks it and records the
new hash (``python tools/translate_content.py stamp``).

Example:
    >>> rows = translated_rows("worked_goals.csv", "es")
    >>> sorted(rows["A012"])
    ['note', 'ot_goal', 'pt_goal', 'source_sha']
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataFileError, Problem
from ..language import DEFAULT, get_language, normalize
from ..language import gettext as _
from .columns import TEXT_COLUMNS
from .resources import bundled_path
from .table import column_letter, read_named_table
from .text import clean_cell

__all__ = [
    "SOURCE_COLUMN",
    "TRANSLATED",
    "Review",
    "TranslationFileError",
    "english_rows",
    "localize",
    "review",
    "source_hash",
    "translated_rows",
    "translation_path",
]

#: English file -> (its key column, the text columns a learner reads, translated).
TRANSLATED: dict[str, tuple[str, tuple[str, ...]]] = {
    # the bank's text a learner reads: its text columns but the source keys (io/columns.py)
    "activities.csv": ("id", ("activity", *(c for c in TEXT_COLUMNS if c != "sources"))),
    "booth.csv": ("id", ("why", "card", "exception")),
    "cases.csv": ("task_id", ("case_title", "summary", "task", "ot_goal", "pt_goal", "why")),
    "worked_goals.csv": ("id", ("ot_goal", "pt_goal", "note")),
    # the kit's session objectives (lesson 8's table, the facilitator guide): their words only
    "objectives.csv": ("id", ("text",)),
    # the kit's items: every text a learner or grader reads; ``key`` is a single_best item's
    # letter (kept as the English's: `otpt.io.items.load_items`) or a short answer's model answer
    "assessment_items.csv": (
        "item_id",
        ("stem", *(f"option_{x}" for x in "abcd"), "key", *(f"feedback_{x}" for x in "abcd"), "rationale"),
    ),
}
SOURCE_COLUMN = "source_sha"


class TranslationFileError(DataFileError):
    """A translation file (data/<lang>/<file>.csv) that cannot be used as it is."""

    what = "translation file"


@dataclass(frozen=True)
class Review:
    """One row of a translation that is not current: the file, the row's key and why
    ("missing", "stale": the English changed since, "extra": no such English row,
    "empty": an English text with no translation, "dash": "-" on one side only)."""

    file: str
    key: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.file} {self.key}: {self.reason}" + (f" ({self.detail})" if self.detail else "")


def source_hash(texts) -> str:
    """The English texts of one row (in `TRANSLATED`'s column order) -> 12 hex digits.
    Surrounding spaces do not count; any other change does."""
    joined = "\x1f".join(clean_cell(t or "") for t in texts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def translation_path(name: str, lang: str) -> Path:
    """Where the ``lang`` translation of the bundled English file ``name`` lives."""
    return bundled_path(f"{normalize(lang)}/{name}")


def english_rows(name: str, path=None) -> dict[str, dict[str, str]]:
    """Key -> {text column: English text} for one of `TRANSLATED`'s files (the bundled
    one, or ``path``), in file order. Columns the file lacks read as ""."""
    return _rows(path or bundled_path(name), name, with_hash=False)


@functools.cache
def _translated(name: str, lang: str) -> dict[str, dict[str, str]]:
    return _rows(translation_path(name, lang), name, with_hash=True)


def translated_rows(name: str, lang: str) -> dict[str, dict[str, str]]:
    """Key -> {text column: translated text, ``source_sha``: the English it translates}
    for one of `TRANSLATED`'s files in ``lang``; {} for English or a language without
    the file. Read once per process and copied on every call.

    Raises:
        TranslationFileError: a row without a key, or a key given twice (line named).
    """
    lang = normalize(lang)
    if lang == DEFAULT or not translation_path(name, lang).is_file():
        return {}
    return {key: dict(cells) for key, cells in _translated(name, lang).items()}


def review(name: str, lang: str, *, english=None, translation=None) -> list[Review]:
    """Every row of ``name``'s ``lang`` translation that is not current: "missing",
    "extra", "stale" (the English text changed since it was translated), "empty" (English
    text with no translation) or "dash" (a "-", which means "no part", on one side only).
    [] when the translation is complete and current.

    Args:
        name: one of `TRANSLATED`'s files.
        lang: a language code ("es").
        english, translation: paths to compare instead of the bundled files.
    """
    key, columns = TRANSLATED[name]
    where = f"{normalize(lang)}/{name}"
    source = english_rows(name, english)
    path = translation or translation_path(name, lang)
    if not Path(path).is_file():
        return [Review(where, k, "missing", "no translation file") for k in source]
    ours = _rows(path, name, with_hash=True) if translation else translated_rows(name, lang)
    found = [Review(where, k, "extra", "no English row has this key") for k in ours if k not in source]
    for k, texts in source.items():
        row = ours.get(k)
        if row is None:
            found.append(Review(where, k, "missing"))
            continue
        expected = source_hash(texts[c] for c in columns)
        if row.get(SOURCE_COLUMN) != expected:
            found.append(
                Review(
                    where,
                    k,
                    "stale",
                    f"the English changed since: {row.get(SOURCE_COLUMN)!r}, now {expected!r}",
                )
            )
        empty = [c for c in columns if texts[c].strip() and not row.get(c, "").strip()]
        if empty:
            found.append(Review(where, k, "empty", ", ".join(empty)))
        dashes = [c for c in columns if (texts[c] == "-") != (row.get(c, "") == "-") and c not in empty]
        if dashes:
            found.append(Review(where, k, "dash", f"'-' (no part) on one side only: {', '.join(dashes)}"))
    return found


def _rows(path: Path, name: str, *, with_hash: bool) -> dict[str, dict[str, str]]:
    key, columns = TRANSLATED[name]
    wanted = (key, *columns, *((SOURCE_COLUMN,) if with_hash else ()))
    required = (key, SOURCE_COLUMN) if with_hash else (key,)
    source, names, rows, problems = read_named_table(path, TranslationFileError, required, wanted)
    if problems:
        raise TranslationFileError(source, problems)
    where = {n: i for i, n in enumerate(names) if n in wanted}
    out: dict[str, dict[str, str]] = {}
    for line, cells in rows:
        cell = {n: clean_cell(cells[i]) if i < len(cells) else "" for n, i in where.items()}
        k = cell.get(key, "")
        if not k or k in out:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(where[key])} ({key})",
                    _("'{id}' again").format(id=k) if k else _("an empty cell"),
                    _("Give each row its own key."),
                )
            )
            continue
        out[k] = {c: cell.get(c, "") for c in wanted if c != key}
    if problems:
        raise TranslationFileError(source, problems)
    return out


def localize(name: str, lang: str | None):
    """For a loader of the bundled ``name``: a function (key, column, English text) -> the
    text in ``lang`` (None: `otpt.language.get_language()`), or the English where the
    translation has none for that row. Codes never pass through it."""
    rows = translated_rows(name, get_language() if lang is None else lang)

    def text(key: str, column: str, english: str) -> str:
        return rows.get(key, {}).get(column) or english

    return text
