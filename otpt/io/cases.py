"""Co-treatment case studies: tasks of one patient's or child's care, each with who
leads it (OT, PT or Both), each profession's goal, and why.

`load_cases` reads data/cases.csv (or your own file with the same columns) and checks it
the way the activity bank is checked: every problem, with line and column, at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CaseFileError, Problem
from ..language import gettext as _
from .resources import bundled_path
from .table import column_letter, read_named_table
from .text import clean_cell
from .translations import localize

__all__ = ["CASE_COLUMNS", "Case", "Task", "load_cases"]

CASE_COLUMNS = (
    "case_id",
    "case_title",
    "setting",
    "summary",
    "task_id",
    "task",
    "lead",
    "also_accepted",
    "ot_goal",
    "pt_goal",
    "why",
    "sources",
)
_LEAD_NAMES = {"ot": "OT", "pt": "PT", "both": "Both", "together": "Both", "co-treat": "Both"}


@dataclass(frozen=True)
class Task:
    """One task of a case: its id and name, who leads it (OT, Both or PT), each
    profession's goal, why, its sources and any other lead practice also supports."""

    task_id: str
    task: str
    lead: str  # OT, Both or PT
    ot_goal: str
    pt_goal: str
    why: str
    sources: str = ""
    also_accepted: tuple[str, ...] = ()  # plans practice also supports (OT, PT or Both)


@dataclass(frozen=True)
class Case:
    """A care-team case: its id, title, setting, the story in a few sentences, and its tasks."""

    case_id: str
    title: str
    setting: str
    summary: str
    tasks: tuple[Task, ...] = field(default_factory=tuple)


def load_cases(path: str | Path | None = None, *, lang: str | None = None) -> dict[str, Case]:
    """Case studies by id. Default: the cases that ship with otpt, in ``lang`` (None:
    `otpt.language.get_language()`; ids, leads, settings and sources stay the English
    file's, only the words are translated). A file of your own is read as it is.

    A case's title, setting and summary are read from its first row; later rows may
    leave them empty. ``lead`` is OT, PT or Both (Together, an older name, is read as Both); an
    optional ``also_accepted`` names plans practice also supports (";"-separated).

    Example:
        >>> load_cases()["hip"].title
        'The day after hip surgery'
    """
    words = localize("cases.csv", lang if path is None else "en")
    path = bundled_path("cases.csv") if path is None else path
    source, names, rows, problems = read_named_table(
        path, CaseFileError, ("case_id", "task", "lead"), CASE_COLUMNS
    )
    if problems:
        raise CaseFileError(source, problems)
    where = {name: i for i, name in enumerate(names)}
    cases: dict[str, dict] = {}
    seen_tasks: dict[str, int] = {}
    for line, cells in rows:
        cell = {name: clean_cell(cells[i]) if i < len(cells) else "" for name, i in where.items()}
        label = lambda name: f"{column_letter(where[name])} ({name})"  # noqa: E731
        for name in ("case_id", "task"):
            if not cell[name]:
                problems.append(
                    Problem(
                        line,
                        label(name),
                        _("an empty cell"),
                        _("Every task needs a {name}.").format(name=name),
                    )
                )
        lead = _LEAD_NAMES.get(cell["lead"].lower())
        if lead is None:
            problems.append(
                Problem(
                    line,
                    label("lead"),
                    f"'{cell['lead']}'" if cell["lead"] else _("an empty cell"),
                    _("Allowed: OT, PT or Both (any capitalization)."),
                )
            )
        task_id = cell.get("task_id") or f"row-{line}"
        if task_id in seen_tasks:
            problems.append(
                Problem(
                    line,
                    label("task_id") if "task_id" in where else None,
                    _("the task id '{id}' again").format(id=task_id),
                    _("line {line} has it already.").format(line=seen_tasks[task_id]),
                )
            )
        seen_tasks.setdefault(task_id, line)
        if not cell["case_id"] or lead is None:
            continue
        case = cases.setdefault(cell["case_id"], {"title": "", "setting": "", "summary": "", "tasks": []})
        for key, column in (("title", "case_title"), ("setting", "setting"), ("summary", "summary")):
            case[key] = case[key] or words(task_id, column, cell.get(column, ""))
        also = []
        for part in filter(None, (p.strip() for p in cell.get("also_accepted", "").split(";"))):
            name = _LEAD_NAMES.get(part.lower())
            if name is None or name == lead:
                problems.append(
                    Problem(
                        line,
                        label("also_accepted"),
                        f"'{part}'",
                        _("Allowed: OT, PT or Both other than the lead, separated by ';'."),
                    )
                )
            else:
                also.append(name)
        text = {
            name: words(task_id, name, cell.get(name, "")) for name in ("task", "ot_goal", "pt_goal", "why")
        }
        case["tasks"].append(
            Task(
                task_id,
                text["task"],
                lead,
                _goal(text["ot_goal"]),
                _goal(text["pt_goal"]),
                text["why"],
                cell.get("sources", ""),
                tuple(also),
            )
        )
    if problems:
        raise CaseFileError(source, problems)
    return {
        cid: Case(cid, c["title"] or cid, c["setting"], c["summary"], tuple(c["tasks"]))
        for cid, c in cases.items()
    }


def _goal(text: str) -> str:
    return "" if text.strip() == "-" else text
