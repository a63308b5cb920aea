"""Load and validate an activity bank (the bundled one or an instructor's own CSV).

Data flows one way: CSV text -> rows of cells -> checked, normalized columns -> a typed
DataFrame. Every problem in a file is collected and reported at once, with the line and
column a spreadsheet shows, so a beginner can fix them all in one pass.
"""

from __future__ import annotations

import functools
import gc
import os
from pathlib import Path

import pandas as pd

from ..errors import ActivityDataError, Problem
from ..language import DEFAULT, get_language, normalize
from ..vocab import POPULATIONS, SETTINGS
from .bank_build import build_bank
from .columns import REQUIRED
from .paths import user_path
from .resources import bundled_path
from .table import read_table
from .text import clean_cell
from .translations import TRANSLATED, localize

__all__ = [
    "bank_categories",
    "coerce_activities",
    "find_categories",
    "find_ids",
    "id_text",
    "load_activities",
]


def load_activities(path: str | Path | None = None, *, lang: str | None = None) -> pd.DataFrame:
    """Load an activity bank as a typed DataFrame.

    ``path=None`` loads the bank that ships with otpt. A bank of your own needs only the
    columns ``activity`` and ``lead`` (OT, PT or Both); every other column is optional.
    Workbooks are read directly: the first sheet of an .xlsx, .xls or .ods file (a note
    names it when there are several), numbers as the sheet shows them (7.0 -> '7').
    CSV files saved by Excel, Google Sheets or LibreOffice are fine: UTF-8 with or without
    BOM, UTF-16, Windows (cp1252) and Mac Roman text (told apart by charset-normalizer,
    with a note), CR, LF or CRLF line ends, ',' ';' or tab as the separator (sniffed from
    the first lines), invisible format characters (removed), stray spaces, any
    capitalization of the labels, and extra columns (kept as they are).

    Cells otpt can read but not fully use load with an `ActivityDataNote` warning rather
    than an error: your own setting or population names (kept, as extra categories), a
    skill under another name ("rom" is read as range_of_motion), and a skill or
    intervention otpt does not know (left out of ``skills`` / ``intervention``, kept in
    ``skills_not_used`` / ``intervention_not_used``). ``attrs["notes"]`` lists them.

    Args:
        path: a CSV file or workbook; None for the bundled bank.
        lang: the language of the bundled bank's text columns (``activity``,
            ``description``, ``rationale`` ... `otpt.io.translations.TRANSLATED`); None
            for `otpt.language.get_language()`. Ids, leads and every vocabulary column stay
            the English file's. A bank of your own is read as it is.

    Returns:
        A DataFrame, one row per activity, with `otpt.io.columns.COLUMNS`: ``lead`` an
        ordered categorical (OT < Both < PT), ``setting``/``population``/
        ``occupation_area``/``icf_chapter`` categoricals, ``skills`` and ``intervention``
        lists of names per row. ``attrs`` holds ``source`` and ``notes``.

    Raises:
        ActivityDataError: listing every problem in the file (nothing is loaded).

    Example:
        >>> bank = load_activities()
        >>> list(bank["lead"].cat.categories)
        ['OT', 'Both', 'PT']
    """
    if path is None:
        # The bundled bank is read once per language and file version, and copied on every
        # call: a lesson's quiz, explorer and planners each load it, in the same kernel.
        bundled = bundled_path()
        stat = bundled.stat()
        lang = normalize(lang) if lang else get_language()
        return _copied(_bundled_bank(bundled, lang, stat.st_mtime_ns, stat.st_size))
    return _read_bank(user_path(path, error=ActivityDataError), DEFAULT)


@functools.lru_cache(maxsize=4)
def _bundled_bank(path: Path, lang: str, _mtime_ns: int, _size: int) -> pd.DataFrame:
    return _read_bank(path, lang)


def _copied(bank: pd.DataFrame) -> pd.DataFrame:
    """A copy that shares nothing a caller could change: the frame, its attrs and the
    lists in its cells (``skills``, ``intervention`` ...)."""
    copy = bank.copy(deep=True)
    for column, dtype in bank.dtypes.items():
        cells = copy[column].to_numpy() if pd.api.types.is_object_dtype(dtype) else ()
        if any(isinstance(v, list) for v in cells):
            copy[column] = pd.Series([list(v) if isinstance(v, list) else v for v in cells], index=copy.index)
    return copy


def _read_bank(path: Path, lang: str) -> pd.DataFrame:
    source = f"'{path}'"
    # A load makes many small lists and no reference cycles: pausing the cycle collector
    # keeps large banks linear (measured in benchmarks/bank_scale.py) and is restored after.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        notes: list[Problem] = []
        header, rows = read_table(path, source, notes=notes, required=REQUIRED)
        bank = build_bank(header, rows, source, notes)
    finally:
        if was_enabled:
            gc.enable()
    if lang != DEFAULT:  # the words of the bundled bank in another language; codes stay
        words = localize("activities.csv", lang)
        for column in TRANSLATED["activities.csv"][1]:
            texts = [words(key, column, text) for key, text in zip(bank["id"], bank[column])]
            bank[column] = pd.Series(texts, index=bank.index, dtype=bank[column].dtype)
    return bank


def coerce_activities(data) -> pd.DataFrame:
    """Turn what a user passes as ``activities=`` into a checked bank.

    ``None`` is the bundled bank, a string or path is loaded from file, and a DataFrame
    (for instance a filtered bank) goes through the same checks as a file.
    """
    if data is None or isinstance(data, (str, os.PathLike)):
        return load_activities(data)
    if isinstance(data, pd.DataFrame):
        header = [str(c) for c in data.columns]
        rows = [(i + 2, [_cell_text(v) for v in rec]) for i, rec in enumerate(data.itertuples(index=False))]
        return build_bank(header, rows, "(the DataFrame passed in)")
    raise TypeError(
        f"activities must be None, a path to a CSV or spreadsheet file or a DataFrame, not {type(data).__name__}"
    )


def bank_categories(data: pd.DataFrame, column: str) -> list[str]:
    """The names a bank's ``setting`` or ``population`` column can hold: otpt's own and
    then the bank's own (loading adds those as extra categories)."""
    values = data[column]
    if isinstance(values.dtype, pd.CategoricalDtype):
        return [str(c) for c in values.cat.categories]
    vocabulary = {"setting": SETTINGS, "population": POPULATIONS}.get(column, [])
    return list(dict.fromkeys([*vocabulary, *(str(v) for v in values.dropna())]))


def find_categories(data: pd.DataFrame, column: str, wanted) -> tuple[list[str], list[str]]:
    """``wanted`` names (any capitalization and spacing) -> (the bank's names for them,
    the names the bank does not have)."""
    lookup = {" ".join(name.lower().split()): name for name in bank_categories(data, column)}
    found = [lookup.get(" ".join(str(w).lower().replace("_", " ").split())) for w in wanted]
    return [f for f in found if f], [w for w, f in zip(wanted, found) if not f]


def id_text(value) -> str:
    """An activity id as text, however it was typed or stored: 7, 7.0, '7 ' -> '7'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_cell(str(value))


def find_ids(data: pd.DataFrame, wanted) -> tuple[list[str], list[str]]:
    """``wanted`` ids (text or numbers, as a spreadsheet gives them) -> (the bank's ids, in
    the order asked, and the ids it does not have, as text). An id matches exactly, or by
    its number when both are digits ('7' finds '007')."""
    ids = [str(i) for i in data["id"]]
    exact = set(ids)
    by_number = {}
    for i in ids:
        if i.isdigit():
            by_number.setdefault(int(i), i)
    found, unknown = [], []
    for value in [wanted] if isinstance(wanted, (str, int, float)) else list(wanted):
        text = id_text(value)
        match = text if text in exact else by_number.get(int(text)) if text.isdigit() else None
        (found if match else unknown).append(match or text)
    return found, unknown


def _cell_text(value) -> str:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)
