"""Text or workbook -> a header and numbered rows: the one table reader behind every CSV
and spreadsheet otpt reads.

The separator is sniffed from the first lines (',' ';' tab '|'); a workbook (.xlsx, .xls,
.ods) is told by its first bytes and read with python-calamine. Rows keep the numbers a
spreadsheet shows, so every message points at the right line.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from pathlib import Path

from ..errors import ActivityDataError, ActivityDataNote, DataFileError, Problem
from . import workbook
from .text import LEGACY_ENCODINGS, Unreadable, clean_cell, read_text, visible

__all__ = ["column_letter", "column_name", "read_named_table", "read_table"]


def read_table(
    path: Path, source: str, *, error: type[DataFileError] = ActivityDataError, notes: list | None = None
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header cells and (spreadsheet line, cells) rows of a CSV file or workbook,
    decoded whatever encoding a spreadsheet saved it in. Used for every table otpt reads.

    Args:
        path: the file.
        source: the file as messages name it (usually its quoted path).
        error: the `DataFileError` subclass to raise (its ``what`` names the file's kind).
        notes: a list to append notes to (8-bit text, which sheet was read); when None
            each note is an `ActivityDataNote` warning.

    Returns:
        (header cells, [(line as a spreadsheet numbers it, cells), ...]) without blank rows.

    Raises:
        DataFileError: as ``error``, for a missing, unreadable or mis-quoted file.
    """
    what = error.what
    sheets = []
    try:
        if path.is_file() and workbook.is_workbook(_head(path)):
            header, rows, sheets = _workbook_rows(path)
            encoding = None
        else:
            text, encoding = read_text(path)
            header, rows = _split_rows(text)
    except Unreadable as err:
        raise error(source, [err.problem]) from None
    for note in sheets:
        _note(notes, what, source, note)
    if encoding:
        note = Problem(None, None, f"{LEGACY_ENCODINGS[encoding]} text, not UTF-8",
                       "It was read as that; if a letter looks wrong, save the file as 'CSV UTF-8'.")  # fmt: skip
        _note(notes, what, source, note)
    return header, rows


def _note(notes: list | None, what: str, source: str, note: Problem) -> None:
    if notes is None:
        warnings.warn(f"Read the {what} {source}: {note}", ActivityDataNote, stacklevel=4)
    else:
        notes.append(note)


def _head(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(8)


def _workbook_rows(path: Path):
    """Header, (spreadsheet row, cells) rows and - when the workbook has several sheets, or
    blank rows above the header - a note saying what was read, from an Excel or
    OpenDocument file."""
    try:
        records, chosen, names, hidden = workbook.read_first_sheet(path)
    except workbook.WorkbookError as err:
        raise Unreadable(Problem(None, None, err.found, err.allowed)) from None
    records = [[visible(c) for c in record] for record in records]
    top = next((i for i, rec in enumerate(records) if any(c.strip() for c in rec)), 0)
    rows = [
        (n, rec) for n, rec in enumerate(records[top + 1 :], start=top + 2) if any(c.strip() for c in rec)
    ]
    notes = []
    if len(names) > 1:
        others = ", ".join(f"'{n}'" + (" (hidden)" if n in hidden else "") for n in names if n != chosen)
        notes.append(Problem(None, None, f"a workbook with {len(names)} sheets",
                             f"Read '{chosen}', the first visible sheet with anything in it; not read: {others}."))  # fmt: skip
    if top:
        notes.append(Problem(top + 1, None, "the column names", f"Lines 1-{top} of '{chosen}' are blank; "
                             f"the rows below line {top + 1} were read as the activities."))  # fmt: skip
    return (records[top] if records else []), rows, notes


def read_named_table(path: Path, error: type[DataFileError], required, columns):
    """Read a table of ours other than the bank (cases, worked goals, weights): the source
    label, the column names, the (line, cells) rows and a `Problem` for each ``required``
    column the header lacks (``columns`` lists them all for the message). Raises ``error``
    for a file that cannot be read at all."""
    source = f"'{path}'"
    header, rows = read_table(path, source, error=error)
    what = error.what
    names = [column_name(h) for h in header]
    problems = [
        Problem(1, None, f"no '{name}' column", f"A {what} needs the columns: {', '.join(columns)}.")
        for name in required
        if name not in names
    ]
    return source, names, rows, problems


def _split_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header cells and (spreadsheet line, cells) for every row that is not blank."""
    delimiter = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []  # numbered as a spreadsheet numbers rows: a quoted cell may span lines
    try:
        records.extend(reader)
    except csv.Error as err:
        raise Unreadable(_quote_problem(len(records) + 1, str(err))) from None
    if not records:
        return [], []
    rows = [(n, rec) for n, rec in enumerate(records[1:], start=2) if any(c.strip() for c in rec)]
    return records[0], rows


def _separator(text: str) -> str:
    """The separator a spreadsheet used (',' ';' tab or '|'), decided by csv.Sniffer from
    the structure of the first lines - so a ';' file whose header holds a comma is still a
    ';' file. A one-column file has none to find: ','."""
    sample = "\n".join(_TEXT_LINE_END.split(text, maxsplit=20)[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


_TEXT_LINE_END = re.compile(r"\r\n|\r|\n")


def _quote_problem(line: int, message: str) -> Problem:
    """What a beginner needs to know when Python's csv module refuses a line."""
    if "end of data" in message or "field larger" in message:
        found = 'a double quote (") that opens a cell and is never closed'
    elif "expected after" in message:
        found = 'text straight after a closing double quote (")'
    else:
        found = f"text the CSV reader cannot split into cells ({message})"
    return Problem(line, None, found, "Put the whole cell in double quotes and write a quote inside it as two (\"\"); "
                   "a spreadsheet does this when it saves.")  # fmt: skip


def column_name(name: str) -> str:
    """A header cell as a column name: ' Occupation Area ' -> 'occupation_area'."""
    return re.sub(r"[\s\-]+", "_", clean_cell(name).lower())


def column_letter(index: int) -> str:
    """Spreadsheet column letter for a 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
