"""The worked goals file (data/worked_goals.csv): an OT goal and a PT goal for each shared
activity, for a learner to compare theirs with (`GoalWriter` displays them)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import GoalsFileError, Problem
from ..language import gettext as _
from .resources import bundled_path
from .table import column_letter, read_named_table
from .text import clean_cell
from .translations import localize

__all__ = ["GOAL_COLUMNS", "WorkedGoals", "load_worked_goals"]

GOAL_COLUMNS = ("id", "ot_goal", "pt_goal", "note", "sources")


@dataclass(frozen=True)
class WorkedGoals:
    """The worked OT and PT goals for one shared activity of the bank."""

    activity_id: str
    ot_goal: str
    pt_goal: str
    note: str
    sources: str


def load_worked_goals(path: str | Path | None = None, *, lang: str | None = None) -> dict[str, WorkedGoals]:
    """Worked goals by activity id (default: ``data/worked_goals.csv``, shipped with otpt).

    Args:
        path: a goals CSV or workbook; None for the bundled file.
        lang: the language of the bundled goals ("en", "es"); None for
            `otpt.language.get_language()`. A file of your own is read as it is.

    Returns:
        Activity id -> `WorkedGoals`.

    Raises:
        GoalsFileError: for a file without the columns ``id``, ``ot_goal`` and
            ``pt_goal``, or a row with one of them empty (line and column named).
    """
    words = localize("worked_goals.csv", lang if path is None else "en")
    path = bundled_path("worked_goals.csv") if path is None else path
    source, names, rows, problems = read_named_table(path, GoalsFileError, GOAL_COLUMNS[:3], GOAL_COLUMNS)
    goals = {}
    for line, cells in rows if not problems else []:
        cell = {name: clean_cell(cells[i]) if i < len(cells) else "" for i, name in enumerate(names)}
        empty = [name for name in GOAL_COLUMNS[:3] if not cell[name]]
        if empty:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index(empty[0]))} ({empty[0]})",
                    _("an empty cell"),
                    _("Every row needs an id, an OT goal and a PT goal."),
                )
            )
            continue
        key = cell["id"]
        goals[key] = WorkedGoals(
            key,
            words(key, "ot_goal", cell["ot_goal"]),
            words(key, "pt_goal", cell["pt_goal"]),
            words(key, "note", cell.get("note", "")),
            cell.get("sources", ""),
        )
    if problems:
        raise GoalsFileError(source, problems)
    return goals
