"""Decoded CSV text -> numbered rows (`split_rows`): Excel's ``sep=`` line, the separator a
spreadsheet used, and what a beginner needs to know about a mis-quoted cell.

`otpt.io.table.read_table` reads every CSV file through it (and workbooks beside it).
"""

from __future__ import annotations

import csv
import io
import re

from ..errors import Problem
from ..language import gettext as _
from .text import Unreadable

__all__ = ["split_rows"]


def split_rows(text: str) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    """The header's line, its cells, and (spreadsheet line, cells) for every row below it
    that is not blank, from the text of a CSV file (as `otpt.io.text.read_text` decodes it).

    The separator is Excel's ``sep=`` hint on a first line of its own (that line is then
    skipped, and the lines keep the numbers the file has), else sniffed from the first
    lines: ',' ';' tab or '|'.

    Raises:
        Unreadable: a quote the csv module refuses, with its line and how to fix it.

    >>> split_rows("sep=;\\nactivity;lead\\n\\nWalking;PT\\n")
    (2, ['activity', 'lead'], [(4, ['Walking', 'PT'])])
    """
    hint = _SEP_HINT.match(text)
    skipped = 0
    if hint:  # Excel's "sep=;" line: its separator, and the line is not a row
        delimiter = hint.group(1) or hint.group(2)
        text = text[hint.end() :]
        skipped = 1
    else:
        delimiter = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []  # numbered as a spreadsheet numbers rows: a quoted cell may span lines
    try:
        records.extend(reader)
    except csv.Error as err:
        raise Unreadable(_quote_problem(len(records) + 1 + skipped, str(err))) from None
    if not records:
        return 1 + skipped, [], []
    rows = [(n, rec) for n, rec in enumerate(records[1:], start=2 + skipped) if any(c.strip() for c in rec)]
    return 1 + skipped, records[0], rows


#: Excel's separator hint: the whole first line is ``sep=`` and one character (quoted, too).
_SEP_HINT = re.compile(r'[ \t]*"?sep=(?:"(.)"|(.))"?[ \t]*[,;\t|]*[ \t]*(?:\r\n|\r|\n|$)', re.IGNORECASE)


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
        found = _('a double quote (") that opens a cell and is never closed')
    elif "expected after" in message:
        found = _('text straight after a closing double quote (")')
    else:
        found = _("text the CSV reader cannot split into cells ({message})").format(message=message)
    return Problem(
        line,
        None,
        found,
        _(
            'Put the whole cell in double quotes and write a quote inside it as two (""); '
            "a spreadsheet does this when it saves."
        ),
    )
