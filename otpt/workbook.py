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
    """A cell as text the way the spreadsheet shows it: 7.0 -> '7', a date -> '2026-09-01'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def read_first_sheet(path: Path) -> tuple[list[list[str]], str, list[str]]:
    """The first sheet's rows as text cells (row 1 first, blank rows kept), its name, and
    the names of every sheet. Raises `WorkbookError`."""
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
        rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except WorkbookError:
        raise
    except Exception as err:  # calamine's errors: a zip that is no workbook, a password, damage
        reason = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise WorkbookError(
            f"a file that is not a readable workbook ({reason[:120]})",
            "Open it in your spreadsheet and save it again as .xlsx, .ods or 'CSV UTF-8'.",
        ) from None
    return [[cell_text(v) for v in row] for row in rows], names[0], names
