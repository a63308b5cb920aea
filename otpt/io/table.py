"""Text or workbook -> a header and numbered rows: the one table reader behind every CSV
and spreadsheet otpt reads.

CSV text is split into rows by `otpt.io.csv_rows` (the separator sniffed from the first
lines: ',' ';' tab '|'); a workbook (.xlsx, .xls, .ods) is told by its first bytes and read
with python-calamine. Rows keep the numbers a spreadsheet shows, so every message points at
the right line.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from ..errors import ActivityDataError, ActivityDataNote, DataFileError, Problem
from ..language import gettext as _
from ..language import ngettext
from . import csv_rows, workbook
from .paths import user_path
from .text import LEGACY_ENCODINGS, Unreadable, clean_cell, read_text, unreadable_problem, visible

__all__ = ["Header", "column_letter", "column_name", "read_named_table", "read_table"]


class Header(list):
    """A table's header cells, and ``line``: the line they are on as a spreadsheet numbers
    it (1, or 2 below an Excel ``sep=`` line, or lower in a sheet with blank rows on top)."""

    def __init__(self, cells=(), line: int = 1):
        super().__init__(cells)
        self.line = line


def read_table(
    path: Path,
    source: str,
    *,
    error: type[DataFileError] = ActivityDataError,
    notes: list | None = None,
    required=(),
) -> tuple[Header, list[tuple[int, list[str]]]]:
    """The header cells and (spreadsheet line, cells) rows of a CSV file or workbook,
    decoded whatever encoding a spreadsheet saved it in. Used for every table otpt reads.

    A first line ``sep=;`` (Excel's separator hint, which Excel reads and hides) gives the
    separator and is skipped; lines keep the numbers the file has.

    Args:
        path: the file.
        source: the file as messages name it (usually its quoted path).
        error: the `DataFileError` subclass to raise (its ``what`` names the file's kind).
        notes: a list to append notes to (8-bit text, which sheet was read); when None
            each note is an `ActivityDataNote` warning.
        required: the column names (as `column_name` makes them) the table needs; in a
            workbook the sheet that has them is read, and when no sheet has them the
            error names every sheet and its columns.

    Returns:
        (header cells - a `Header`, whose ``line`` is its line -, [(line as a spreadsheet
        numbers it, cells), ...] without blank rows).

    Raises:
        DataFileError: as ``error``, for a missing, unreadable or mis-quoted file.
    """
    what = error.what
    sheets = []
    try:
        if workbook.is_workbook(_head(path)):
            header, rows, sheets = _workbook_rows(path, required)
            encoding = None
        else:
            text, encoding = read_text(path)
            line, cells, rows = csv_rows.split_rows(text)
            header = Header(cells, line)
            header, rows, sheets = _below_a_title(header, rows, required)
    except Unreadable as err:
        raise error(source, [err.problem]) from None
    for note in sheets:
        _note(notes, what, source, note)
    if encoding:
        note = Problem(
            None,
            None,
            _("{encoding} text, not UTF-8").format(encoding=LEGACY_ENCODINGS[encoding]),
            _("It was read as that; if a letter looks wrong, save the file as 'CSV UTF-8'."),
        )
        _note(notes, what, source, note)
    return header, rows


def _note(notes: list | None, what: str, source: str, note: Problem) -> None:
    if notes is None:
        said = _("Read the {what} {source}: {note}").format(what=_(what), source=source, note=note)
        warnings.warn(said, ActivityDataNote, stacklevel=4)
    else:
        notes.append(note)


def _head(path: Path) -> bytes:
    """The first bytes of a file (b"" for a folder or a file that is not there: `read_text`
    says what is wrong with those)."""
    try:
        with path.open("rb") as file:
            return file.read(8)
    except (IsADirectoryError, FileNotFoundError, NotADirectoryError):
        return b""
    except OSError as err:
        raise Unreadable(unreadable_problem(path, err)) from None


def _below_a_title(header: Header, rows, required):
    """A CSV file whose column names stand below a title or a note (a spreadsheet's
    title row saved with the data): the first of its first rows that names every
    ``required`` column is the header, and a note says which lines above it were not read."""
    wanted = _has_columns(required)
    if not wanted or wanted(header):
        return header, rows, []
    for index, (line, cells) in enumerate(rows[: workbook.HEADER_SEARCH]):
        if wanted(cells):
            above = [header.line, *(n for n, _cells in rows[:index])]
            note = Problem(
                line,
                None,
                _("the column names"),
                ngettext(
                    "Line {lines} (above them) was not read; the rows below line {line} were.",
                    "Lines {lines} (above them) were not read; the rows below line {line} were.",
                    len(above),
                ).format(lines=", ".join(map(str, above)), line=line),
            )
            return Header(cells, line), rows[index + 1 :], [note]
    return header, rows, []


def _has_columns(required):
    def wanted(cells) -> bool:
        return set(required) <= {column_name(c) for c in cells}

    return wanted if required else None


def _workbook_rows(path: Path, required=()):
    """Header, (spreadsheet row, cells) rows and - when the workbook has several sheets, or
    blank rows above the header - a note saying what was read, from an Excel or
    OpenDocument file. The sheet read is the first that has the ``required`` columns;
    when none has them, `Unreadable` names every sheet and what its first row holds."""
    wanted = _has_columns(required)
    try:
        records, chosen, names, hidden = workbook.read_first_sheet(path, wanted)
    except workbook.WorkbookError as err:
        raise Unreadable(Problem(None, None, err.found, err.allowed)) from None
    records = [[visible(c) for c in record] for record in records]
    filled = [i for i, rec in enumerate(records) if any(c.strip() for c in rec)]
    top = filled[0] if filled else 0
    above = []  # filled rows above the column names: a title, a note
    if wanted:
        named = next((i for i in filled[: workbook.HEADER_SEARCH] if wanted(records[i])), top)
        above, top = [i for i in filled if i < named], named
    header = Header(records[top] if records else [], top + 1)
    if wanted and len(names) > 1 and not wanted(header):
        raise Unreadable(_no_sheet_problem(path, names, hidden, required))
    rows = [
        (n, rec) for n, rec in enumerate(records[top + 1 :], start=top + 2) if any(c.strip() for c in rec)
    ]
    notes = []
    if len(names) > 1:
        others = ", ".join(f"'{n}'" + (_(" (hidden)") if n in hidden else "") for n in names if n != chosen)
        how = (
            _("the sheet whose first row names the columns")
            if wanted
            else _("the first visible sheet with anything in it")
        )
        notes.append(
            Problem(
                None,
                None,
                _("a workbook with {n} sheets").format(n=len(names)),
                _("Read '{chosen}', {how}; not read: {others}.").format(
                    chosen=chosen, how=how, others=others
                ),
            )
        )
    if above:
        notes.append(
            Problem(
                top + 1,
                None,
                _("the column names"),
                ngettext(
                    "Line {lines} of '{chosen}' (above them) was not read; the rows below line {line} were.",
                    "Lines {lines} of '{chosen}' (above them) were not read; the rows below line {line} were.",
                    len(above),
                ).format(lines=", ".join(str(i + 1) for i in above), chosen=chosen, line=top + 1),
            )
        )
    elif top:
        notes.append(
            Problem(
                top + 1,
                None,
                _("the column names"),
                _(
                    "Lines 1-{top} of '{chosen}' are blank; the rows below line {line} were read as "
                    "the activities."
                ).format(top=top, chosen=chosen, line=top + 1),
            )
        )
    return header, rows, notes


def _no_sheet_problem(path: Path, names, hidden, required) -> Problem:
    """No sheet of a workbook has the columns a table needs: each sheet and its first row."""
    seen = []
    for name, first in workbook.first_rows(path):
        cells = [column_name(c) for c in first if c.strip()][:6]
        shown = ", ".join(f"'{c}'" for c in cells) if cells else _("nothing")
        sheet = f"'{name}'" + (_(" (hidden)") if name in hidden else "")
        seen.append(_("{sheet} starts with {shown}").format(sheet=sheet, shown=shown))
    columns = ", ".join(required)
    return Problem(
        None,
        None,
        _("no sheet with the columns {columns} among the {n} sheets ({seen})").format(
            columns=columns, n=len(names), seen="; ".join(seen)
        ),
        _(
            "Put the columns' names ({columns}) in the first row of the sheet that holds the data, or "
            "save that sheet alone as 'CSV UTF-8' and give that file."
        ).format(columns=columns),
    )


def read_named_table(path, error: type[DataFileError], required, columns):
    """Read a table of ours other than the bank (cases, worked goals, weights): the source
    label, the column names, the (line, cells) rows and a `Problem` for each ``required``
    column the header lacks (``columns`` lists them all for the message). ``path`` is
    what the person typed (`otpt.io.paths.user_path`). Raises ``error`` for a file that
    cannot be read at all."""
    path = user_path(path, error=error)
    source = f"'{path}'"
    header, rows = read_table(path, source, error=error, required=tuple(required))
    what = error.what
    names = [column_name(h) for h in header]
    problems = [
        Problem(
            header.line,
            None,
            _("no '{name}' column").format(name=name),
            _("A {what} needs the columns: {columns}.").format(what=_(what), columns=", ".join(columns)),
        )
        for name in required
        if name not in names
    ]
    return source, names, rows, problems


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
