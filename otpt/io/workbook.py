"""Excel and OpenDocument workbooks (.xlsx, .xlsm, .xls, .ods) read as rows of text, with
the row numbers the spreadsheet shows - so a bank saved straight from Excel, Numbers or
LibreOffice goes through the same checks and messages as a CSV file.

Read with python-calamine (the Rust calamine reader, also pandas' ``engine="calamine"``),
called directly rather than through ``pandas.read_excel`` because pandas drops blank rows
and would shift the line numbers in the messages.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

__all__ = [
    "HEADER_SEARCH",
    "SIGNATURES",
    "WorkbookError",
    "cell_text",
    "first_rows",
    "is_workbook",
    "read_first_sheet",
]

#: How many filled rows of a sheet are searched for the column names (titles, notes above).
HEADER_SEARCH = 10

#: How workbook files begin: a zip archive (.xlsx, .xlsm, .ods) or an OLE2 file (.xls).
SIGNATURES = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


class WorkbookError(Exception):
    """A workbook that cannot be read: ``found`` says what it is, ``allowed`` what to do."""

    def __init__(self, found: str, allowed: str):
        super().__init__(f"{found}. {allowed}")
        self.found, self.allowed = found, allowed


def is_workbook(head: bytes) -> bool:
    """True for a spreadsheet file, by its first bytes - not its name: a CSV renamed
    "bank.xlsx" is still read as the CSV it is."""
    return head.startswith(SIGNATURES)


def cell_text(value) -> str:
    """A cell as text the way the spreadsheet shows it: 7.0 -> '7', a date -> '2026-09-01',
    a date and time -> '2026-09-01 10:30', a duration -> '30:00:00'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        hours, rest = divmod(int(value.total_seconds()), 3600)
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return str(value)


def _hidden(book) -> set[str]:
    """Names of the hidden sheets (older python-calamine versions cannot tell: none)."""
    meta = getattr(book, "sheets_metadata", None) or []
    return {m.name for m in meta if not str(getattr(m, "visible", ".Visible")).endswith(".Visible")}


def read_first_sheet(path: Path, wanted=None) -> tuple[list[list[str]], str, list[str], set[str]]:
    """The rows of the sheet to read, as text cells (row 1 first, blank rows kept), its
    name, the names of every sheet and of the hidden ones.

    The sheet to read is the first visible sheet with a row (among its first
    `HEADER_SEARCH` filled rows: a title may stand above the header) that names every
    column ``wanted(header cells)`` asks for (a function returning True or False) - so a
    template whose first tab holds instructions is read from the tab with the data - else
    the first visible sheet with anything in it. A workbook whose sheets are all empty
    gives its first sheet's (empty) rows. Raises `WorkbookError`."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover - a dependency of otpt
        raise WorkbookError(
            "a spreadsheet file", "Install python-calamine, or save it as 'CSV UTF-8'."
        ) from None
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if not names:
            raise WorkbookError("a workbook with no sheets", "Put the activities on the first sheet.")
        hidden = _hidden(book)
        chosen, rows, first = names[0], [], None
        for index, name in enumerate(names):
            if name in hidden:
                continue
            cells = [
                [cell_text(v) for v in row]
                for row in book.get_sheet_by_index(index).to_python(skip_empty_area=False)
            ]
            filled = [row for row in cells if any(c.strip() for c in row)]
            if not filled:
                continue
            if first is None:
                first = (name, cells)
            if wanted is None or any(wanted(row) for row in filled[:HEADER_SEARCH]):
                first = (name, cells)
                break
        if first is not None:
            chosen, rows = first
    except WorkbookError:
        raise
    except Exception as err:  # calamine's errors: a zip that is no workbook, a password, damage
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise WorkbookError(
            f"a file that is not a readable workbook ({reason[:120]})",
            "Open it in your spreadsheet and save it again as .xlsx, .ods or 'CSV UTF-8'.",
        ) from None
    return rows, chosen, names, hidden


def first_rows(path: Path) -> list[tuple[str, list[str]]]:
    """(sheet name, its first filled row as text cells) for every sheet, in order - what a
    message shows when no sheet has the columns a table needs."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    seen = []
    for index, name in enumerate(book.sheet_names):
        try:
            rows = book.get_sheet_by_index(index).to_python(skip_empty_area=False)
        except Exception:  # a damaged or unreadable sheet: named, with nothing shown
            rows = []
        cells = next(
            ([cell_text(v) for v in row] for row in rows if any(cell_text(v).strip() for v in row)), []
        )
        seen.append((name, cells))
    return seen
