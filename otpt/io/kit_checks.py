"""What the instructor's kit's loaders share (`otpt.io.kit`, `otpt.io.items`): a kit table
read and checked against its Table Schema beside it (``*.schema.json``, each bundled table
read once per file version), ';'-separated codes split and looked up in the tables they point
into, and every problem raised at once, with line and column.
"""

from __future__ import annotations

import csv
import functools

from ..errors import KitFileError, Problem
from ..language import gettext as _
from .resources import bundled_path
from .schema_rules import check_rows, load_schema
from .table import column_letter, read_named_table

__all__ = [
    "checked_table",
    "column_label",
    "raise_problems",
    "source_keys",
    "split_codes",
    "unknown_parts",
]


def split_codes(cell: str) -> list[str]:
    """A ';'-separated cell as its parts, spaces trimmed, empty parts dropped.

    >>> split_codes("RR4; C1;")
    ['RR4', 'C1']
    """
    return [part.strip() for part in cell.split(";") if part.strip()]


def source_keys() -> set[str]:
    """The keys of data/sources.csv (what a ``source`` cell may name)."""
    with bundled_path("sources.csv").open(encoding="utf-8", newline="") as f:
        return {row["key"] for row in csv.DictReader(f)}


def checked_table(name: str, path, *, what: str, row: str, error=KitFileError):
    """Rows of a kit table (``name``.csv, or ``path``) checked against ``name``.schema.json.

    Returns (rows as {column: text, "line": n}, the file as messages name it, its column
    names, the cells' problems); columns the schema has and the file lacks read as empty.
    Raises ``error`` for a file that cannot be read or lacks a required column; a loader
    adds its own checks to the problems and raises them all at once (`raise_problems`).
    A bundled table is read once per file version (loading the items reads four of them)
    and copied on every call.
    """
    if path is not None:
        return _checked_table(name, path, what, row, error)
    file = bundled_path(f"{name}.csv")
    stat = file.stat()
    records, source, names, problems = _bundled_table(
        name, file, what, row, error, stat.st_mtime_ns, stat.st_size
    )
    return [dict(record) for record in records], source, list(names), list(problems)


@functools.lru_cache(maxsize=32)
def _bundled_table(name, file, what, row, error, _mtime_ns, _size):
    return _checked_table(name, file, what, row, error)


def _checked_table(name: str, file, what: str, row: str, error):
    fields = load_schema(bundled_path(f"{name}.schema.json"))
    columns = [f["name"] for f in fields]
    required = [f["name"] for f in fields if f.get("constraints", {}).get("required")]
    source, names, rows, problems = read_named_table(file, error, required, columns)
    raise_problems(source, problems, what, error)
    records, problems = check_rows(fields, names, rows, what=row)
    for record in records:
        for column in columns:
            record.setdefault(column, "")
    return records, source, names, problems


def unknown_parts(
    line: int, label: str, cell: str, allowed: set[str], what: str, problems: list[Problem]
) -> None:
    """Add to ``problems`` each ';'-separated part of ``cell`` that ``allowed`` lacks - unless
    the cell already has a problem (one message per cell)."""
    if any(p.line == line and p.column == label for p in problems):
        return
    problems += [
        Problem(line, label, f"'{part}'", _("Allowed: {allowed}.").format(allowed=what))
        for part in split_codes(cell)
        if part not in allowed
    ]


def column_label(names: list[str], column: str) -> str:
    """'E (ipec)': a column's letter and name as the file orders them."""
    return f"{column_letter(names.index(column))} ({column})" if column in names else column


def raise_problems(source: str, problems: list[Problem], what: str, error=KitFileError) -> None:
    """Raise ``error`` listing ``problems`` (sorted into reading order) when there are any."""
    if problems:
        raise error(source, problems, what=what)
