"""Header and rows -> a typed bank DataFrame, or every problem at once.

`build_bank` checks the header (names, duplicates, the required columns), each row's
width, each cell (`bank_cells`), the ids, and types the columns as categoricals.
"""

from __future__ import annotations

import warnings

import pandas as pd

from ..errors import MAX_LISTED, ActivityDataError, ActivityDataNote, Problem, reading_order
from ..language import gettext as _
from ..vocab import (
    BODY_REGIONS,
    ICF_CHAPTERS,
    LEADS,
    OCCUPATION_AREAS,
    POPULATIONS,
    SETTINGS,
    SHARED_AS,
    SPECIALTIES,
    TARGETS,
)
from .bank_cells import check_across, check_column
from .columns import COLUMNS, REQUIRED, TEXT_COLUMNS
from .table import column_letter, column_name
from .text import clean_cell

__all__ = ["build_bank"]


def build_bank(header: list[str], rows: list[tuple[int, list[str]]], source: str, notes=()) -> pd.DataFrame:
    """Check a table's header, rows and cells and return the typed bank.

    Args:
        header: the header cells as read.
        rows: (line as a spreadsheet numbers it, cells) for every row that is not blank.
        source: the file as messages name it.
        notes: notes already made while reading (8-bit text, which sheet), kept in order.

    Returns:
        The bank DataFrame (see `load_activities`); an `ActivityDataNote` lists the notes.

    Raises:
        ActivityDataError: listing every problem at once.
    """
    problems: list[Problem] = []
    top = getattr(header, "line", 1)  # the header's line (2 below Excel's "sep=" line)
    if not header or not any(h.strip() for h in header):
        raise ActivityDataError(
            source,
            [
                Problem(
                    top,
                    None,
                    _("an empty file"),
                    _("The first line must name the columns, at least: activity,lead"),
                )
            ],
        )

    names = [column_name(h) for h in header]
    where = {}  # column name -> (index, "C (lead)")
    for i, name in enumerate(names):
        label = (
            f"{column_letter(i)} ({name})"
            if name
            else _("{letter} (no name)").format(letter=column_letter(i))
        )
        if not name:
            if any(i < len(cells) and cells[i].strip() for _line, cells in rows):
                problems.append(
                    Problem(
                        top,
                        label,
                        _("a column with data but no name"),
                        _("Give every column a name in line {line}.").format(line=top),
                    )
                )
            continue
        if name in where:
            problems.append(
                Problem(
                    top,
                    label,
                    _("the column name '{name}' a second time").format(name=name),
                    _("Each name once; it is already column {column}.").format(column=where[name][1]),
                )
            )
            continue
        where[name] = (i, label)
    for name in REQUIRED:
        if name not in where:
            found = ", ".join(f"'{n}'" for n in names if n) or _("no names")
            problems.append(
                Problem(
                    top,
                    None,
                    _("no '{name}' column (the columns are {found})").format(name=name, found=found),
                    _("A bank needs at least the columns 'activity' and 'lead'."),
                )
            )
    if problems:
        raise ActivityDataError(source, problems)

    width = len(header)
    columns: dict[str, list] = {name: [] for name in where}
    lines = []
    for line, cells in rows:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(
                Problem(
                    line,
                    None,
                    _("{n} cells where line {line} names {width} columns").format(
                        n=len(cells), line=top, width=width
                    ),
                    _(
                        "A comma inside a cell needs the cell in double quotes (a spreadsheet does this when it saves)."
                    ),
                )
            )
            continue
        cells = cells + [""] * (width - len(cells))
        lines.append(line)
        for name, (i, _label) in where.items():
            columns[name].append(clean_cell(cells[i]))

    notes = list(notes)
    checked = {
        name: check_column(name, values, lines, where[name][1], problems, notes)
        for name, values in columns.items()
    }
    unused = {}  # "skills" / "intervention" -> what each row named that otpt cannot use
    for name in ("skills", "intervention"):
        if name in checked:
            pairs = checked[name]
            checked[name] = [known for known, _rest in pairs]
            if any(rest for _known, rest in pairs):
                unused[f"{name}_not_used"] = [rest for _known, rest in pairs]
    check_across(checked, lines, where, problems)
    ids = checked.get("id") or [""] * len(lines)
    ids = [value or f"row-{line}" for value, line in zip(ids, lines)]
    seen: dict[str, int] = {}
    for value, line in zip(ids, lines):
        if value in seen:
            problems.append(
                Problem(
                    line,
                    where.get("id", (0, "A (id)"))[1],
                    _("the id '{id}' again").format(id=value),
                    _("Ids must be unique; line {line} has it already.").format(line=seen[value]),
                )
            )
        seen.setdefault(value, line)
    if problems:
        raise ActivityDataError(source, problems)

    n = len(lines)
    data = {"id": ids}
    for name in COLUMNS[1:]:
        if name in checked:
            data[name] = checked[name]
        elif name in ("skills", "intervention"):
            data[name] = [[] for _row in range(n)]
        elif name in TEXT_COLUMNS:
            data[name] = [""] * n
        else:
            data[name] = [None] * n
    frame = pd.DataFrame(data)
    frame["lead"] = pd.Categorical(frame["lead"], categories=LEADS, ordered=True)
    frame["quiz"] = [value is not False for value in frame["quiz"]]  # an empty cell means yes
    for name, vocabulary in (("setting", SETTINGS), ("population", POPULATIONS)):
        own = [v for v in dict.fromkeys(frame[name]) if isinstance(v, str) and v not in vocabulary]
        frame[name] = pd.Categorical(frame[name], categories=[*vocabulary, *own])
    frame["occupation_area"] = pd.Categorical(frame["occupation_area"], categories=OCCUPATION_AREAS)
    frame["shared_as"] = pd.Categorical(frame["shared_as"], categories=list(SHARED_AS))
    frame["target"] = pd.Categorical(frame["target"], categories=TARGETS)
    frame["body_region"] = pd.Categorical(frame["body_region"], categories=BODY_REGIONS)
    frame["icf_chapter"] = pd.Categorical(frame["icf_chapter"], categories=list(ICF_CHAPTERS))
    frame["specialty"] = pd.Categorical(frame["specialty"], categories=list(SPECIALTIES))
    for name in where:
        if name not in COLUMNS:
            frame[name] = checked[name]  # extra columns are kept, cleaned of stray spaces
    for name, cells in unused.items():
        frame[name] = cells
    frame.attrs["source"] = source
    frame.attrs["notes"] = [str(note) for note in sorted(notes, key=reading_order)]
    if notes:
        listed = "\n".join(f"  - {note}" for note in frame.attrs["notes"][:MAX_LISTED])
        more = len(notes) - MAX_LISTED
        warnings.warn(
            f"Loaded the activity bank {source} with {len(notes)} note{'s' if len(notes) != 1 else ''} "
            f"(the file was not changed):\n{listed}"
            + (f"\n  ... and {more} more (attrs['notes'])." if more > 0 else ""),
            ActivityDataNote,
            stacklevel=3,
        )
    return frame
