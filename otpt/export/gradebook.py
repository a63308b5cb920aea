"""A gradebook CSV from class results (`otpt.load_class`): one row per learner, one column
of points, in the shape Canvas or Moodle imports.

The points are the share of the learner's first answers that were right or defensible
(as the class views count them, `otpt.analysis.classroom.first_answers`) times
``points``; with ``grade="completion"``, full points for answering at least ``minimum``
activities. An LMS matches rows to students by its own ids: pass the roster exported from
its gradebook and each learner's typed name is matched to the roster's name (case, spaces,
accents: `otpt.analysis.names.match_learners`), the roster's id columns carried over."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from ..analysis.classroom import first_answers
from ..analysis.names import match_learners
from ..errors import DataFileError, Problem
from ..io.files import write_atomic
from ..io.paths import user_path
from ..io.table import column_name, read_table
from ..io.text import clean_cell

__all__ = [
    "LMS_SHAPES",
    "RosterFileError",
    "gradebook_table",
    "learner_points",
    "read_roster",
    "write_gradebook",
]

#: LMS -> (the roster's name column, the id columns carried over, in order).
#: Canvas: Grades > Export; Moodle: Grades > Export > Plain text file.
LMS_SHAPES = {
    "canvas": ("Student", ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")),
    "moodle": ("Full name", ("Full name", "Email address", "ID number")),
}


class RosterFileError(DataFileError):
    """A roster (the gradebook exported from the LMS) that cannot be used as it is."""

    what = "LMS roster"


def read_roster(path: str | Path, lms: str = "canvas") -> pd.DataFrame:
    """The gradebook an LMS exported (CSV or workbook), as text cells.

    Raises:
        RosterFileError: naming the file, when it has no column of students' names.
    """
    name_column, id_columns = LMS_SHAPES[lms]
    path = user_path(path, error=RosterFileError)
    source = f"'{path}'"
    header, rows = read_table(path, source, error=RosterFileError, required=(column_name(name_column),))
    names = [clean_cell(h) for h in header]  # as the LMS wrote them: its import reads them back
    if name_column not in names:
        raise RosterFileError(
            source,
            [
                Problem(
                    header.line,
                    None,
                    f"no '{name_column}' column",
                    f"An {lms.capitalize()} gradebook export has the columns: {', '.join(id_columns)}.",
                )
            ],
        )
    return pd.DataFrame(
        [
            [clean_cell(c) for c in cells[: len(names)]] + [""] * (len(names) - len(cells))
            for _, cells in rows
        ],
        columns=names,
    )


def learner_points(
    answers: pd.DataFrame, *, points: float = 10, grade: str = "score", minimum: int = 1
) -> pd.Series:
    """Points per learner (index: the learner's name as typed), rounded to 2 places.

    Raises:
        ValueError: for a ``grade`` other than "score" or "completion".
    """
    if grade not in ("score", "completion"):
        raise ValueError(f"grade must be 'score' or 'completion', not {grade!r}")
    first = first_answers(answers)
    by_learner = first.groupby("learner")["correct"]
    if grade == "score":
        return (by_learner.mean() * points).round(2)
    return by_learner.size().ge(minimum).map({True: float(points), False: 0.0})


def _roster_name(name: str) -> str:
    """Canvas lists students "Last, First": as a person types it, "First Last"."""
    last, comma, first = str(name).partition(",")
    return f"{first.strip()} {last.strip()}" if comma else str(name)


def gradebook_table(
    answers: pd.DataFrame,
    column: str,
    *,
    lms: str = "canvas",
    roster: pd.DataFrame | None = None,
    points: float = 10,
    grade: str = "score",
    minimum: int = 1,
) -> pd.DataFrame:
    """The gradebook rows: the roster's id columns and ``column`` (the assignment's name).

    Without a roster, the name column holds the typed names and the id columns are empty:
    the LMS then cannot match the rows - export the roster first. ``attrs["unmatched"]``
    lists learners found in the answers but not in the roster (they are left out), and
    ``attrs["missing"]`` roster students with no answers (their cell is left empty, which
    the LMS leaves ungraded).

    Raises:
        ValueError: for an unknown ``lms``, or a roster without the LMS's name column.
    """
    if lms not in LMS_SHAPES:
        raise ValueError(f"lms must be one of {', '.join(LMS_SHAPES)}, not {lms!r}")
    name_column, id_columns = LMS_SHAPES[lms]
    scores = learner_points(answers, points=points, grade=grade, minimum=minimum)
    if roster is None:
        table = pd.DataFrame({c: scores.index if c == name_column else "" for c in id_columns})
        table[column] = scores.to_numpy()
        table.attrs.update(unmatched=[], missing=[])
        return table
    if name_column not in roster:
        raise ValueError(
            f"the roster has no '{name_column}' column (its columns: {', '.join(map(str, roster.columns))}); "
            f"export the gradebook from {lms.capitalize()} and give that file"
        )
    roster = roster[roster[name_column].astype(str).str.strip().ne("")].reset_index(drop=True)
    if lms == "canvas":  # Canvas's export: a "Points Possible" row and a test student
        roster = roster[
            ~roster[name_column].astype(str).str.strip().isin(["Points Possible", "Student, Test"])
        ]
    typed = {_roster_name(n): n for n in roster[name_column].astype(str)}
    matched = match_learners(list(scores.index), list(typed))
    table = roster[[c for c in id_columns if c in roster]].copy()
    by_roster = {typed[r]: scores[learner] for learner, r in matched.pairs}
    table[column] = roster[name_column].astype(str).map(by_roster)
    table.attrs.update(
        unmatched=matched.unmatched_first, missing=[typed[r] for r in matched.unmatched_second]
    )
    return table.reset_index(drop=True)


def write_gradebook(
    table: pd.DataFrame, path: str | Path, *, lms: str = "canvas", points: float = 10
) -> Path:
    """Write `gradebook_table` rows as CSV (UTF-8). Canvas's shape has a second row,
    "Points Possible", with the column's points."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    if lms == "canvas":
        writer.writerow(["Points Possible", *([""] * (len(table.columns) - 2)), f"{points:g}"])
    for row in table.itertuples(index=False):
        writer.writerow(["" if pd.isna(v) else f"{v:g}" if isinstance(v, float) else v for v in row])
    return write_atomic(path, out.getvalue())
