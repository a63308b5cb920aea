"""The paired goal-writing rubric (data/goal_rubric.csv) and its worked examples
(data/goal_rubric_examples.csv), checked against their Table Schemas
(data/goal_rubric.schema.json) the way the bank is checked: every problem at once, with
line and column, and nothing loaded until all are fixed.

The rubric scores what an OT-PT pair hands in after writing one shared goal together and
then each discipline's objective (docs/PAIRED_ACTIVITIES.md): one row per criterion and
level (4 Exemplary ... 1 Beginning). An example is a whole hand-in scored on every
criterion, with why (`otpt.io.rubric_examples` checks them; `RubricExample` is re-exported
here).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import Problem, RubricFileError
from ..language import gettext as _
from .resources import bundled_path
from .rubric_examples import RubricExample, check_examples
from .schema_rules import check_rows
from .table import column_letter, read_named_table
from .text import clean_cell

__all__ = ["LEVEL_NAMES", "GoalRubric", "RubricExample", "load_goal_rubric"]

#: Each level's score and name, highest first.
LEVEL_NAMES = {4: "Exemplary", 3: "Proficient", 2: "Developing", 1: "Beginning"}
#: The ``scored`` value of a criterion scored only when a student of another profession (SLP, nursing, pharmacy, PA) wrote an objective.
THIRD = "third profession"


@dataclass(frozen=True)
class GoalRubric:
    """The rubric and its worked examples.

    Attributes:
        levels: one row per criterion and level (columns ``criterion_id``, ``criterion``,
            ``level`` - int 1-4 -, ``level_name``, ``descriptor``, ``sources``, ``ipec``,
            ``scored`` - "always" or "third profession"),
            criteria in file order, levels highest first.
        examples: the worked examples, in file order.
    """

    levels: pd.DataFrame
    examples: tuple[RubricExample, ...]

    @property
    def criteria(self) -> dict[str, str]:
        """Criterion id -> its name, in order."""
        return dict(zip(self.levels["criterion_id"], self.levels["criterion"]))

    @property
    def third_profession(self) -> list[str]:
        """Ids of the criteria scored only for a hand-in with an SLP, nursing, pharmacy or PA objective."""
        return list(dict.fromkeys(self.levels.loc[self.levels["scored"] == THIRD, "criterion_id"]))

    def points(self, example: RubricExample) -> int:
        """The most ``example`` can score: 4 per criterion it is scored on."""
        return 4 * sum(
            1 for cid in self.criteria if example.third_objective or cid not in self.third_profession
        )

    def descriptor(self, criterion_id: str, level: int) -> str:
        """What a hand-in at ``level`` (1-4) shows on ``criterion_id``."""
        row = self.levels[(self.levels["criterion_id"] == criterion_id) & (self.levels["level"] == level)]
        if row.empty:
            raise KeyError(f"no level {level} for criterion {criterion_id!r}")
        return str(row["descriptor"].iloc[0])


def _schemas() -> dict:
    return json.loads(bundled_path("goal_rubric.schema.json").read_text(encoding="utf-8"))


def _read(path, fields: list[dict]) -> tuple[str, list[str], list[tuple[int, dict[str, str]]], list[Problem]]:
    columns = [f["name"] for f in fields]
    required = [f["name"] for f in fields if f.get("constraints", {}).get("required")]
    source, names, rows, problems = read_named_table(path, RubricFileError, required, columns)
    if problems:
        return source, names, [], problems
    records, problems = check_rows(fields, names, rows, what="row")
    cells = [
        (record.pop("line"), {name: clean_cell(value) for name, value in record.items()})
        for record in records
    ]
    return source, names, cells, problems


def load_goal_rubric(path: str | Path | None = None, examples: str | Path | None = None) -> GoalRubric:
    """The paired goal-writing rubric and its worked examples (default: the files shipped
    with otpt, data/goal_rubric.csv and data/goal_rubric_examples.csv).

    Args:
        path: a rubric CSV or workbook with the columns of data/goal_rubric.schema.json's
            ``rubric``; None for the bundled one.
        examples: worked examples for it (the schema's ``examples``); None for the bundled
            ones when ``path`` is None, and no examples for a rubric of your own.

    Returns:
        A `GoalRubric`.

    Raises:
        RubricFileError: naming the file, and for each problem the line, the column, what
            was found and what is allowed: a missing column, an empty required cell, a value
            outside the schema, a criterion without exactly one row per level 4-3-2-1, a level
            name or a ``scored`` value that differs within a criterion, an example that does not
            score every criterion once or scores one the rubric lacks. The criteria scored for
            a "third profession" are scored by exactly the examples with a ``third_objective``.

    Example:
        >>> rubric = load_goal_rubric()
        >>> list(rubric.criteria)[:2], sorted({e.level for e in rubric.examples})
        (['R1', 'R2'], [1, 2, 3, 4])
    """
    schemas = _schemas()
    examples = bundled_path("goal_rubric_examples.csv") if path is None and examples is None else examples
    path = bundled_path("goal_rubric.csv") if path is None else path
    source, names, rows, problems = _read(path, schemas["rubric"]["fields"])
    seen: dict[str, dict[int, int]] = {}
    criterion_names: dict[str, str] = {}
    scoring: dict[str, str] = {}
    for line, cell in rows:
        cid = cell.get("criterion_id", "")
        if not cid or cell.get("level", "") not in {"1", "2", "3", "4"}:
            continue
        level = int(cell["level"])
        if cell.get("level_name") and cell["level_name"] != LEVEL_NAMES[level]:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index('level_name'))} (level_name)",
                    f"'{cell['level_name']}'",
                    _("Level {level} is named {name}.").format(level=level, name=LEVEL_NAMES[level]),
                )
            )
        if level in seen.setdefault(cid, {}):
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index('level'))} (level)",
                    _("level {level} again").format(level=level),
                    _("Criterion {id} has level {level} on line {line} already.").format(
                        id=cid, level=level, line=seen[cid][level]
                    ),
                )
            )
        seen[cid][level] = line
        scored = scoring.setdefault(cid, cell.get("scored") or "always")
        if (cell.get("scored") or "always") != scored:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index('scored'))} (scored)",
                    f"'{cell['scored']}'",
                    _("Criterion {id} is scored '{scored}' above.").format(id=cid, scored=scored),
                )
            )
        name = criterion_names.setdefault(cid, cell.get("criterion", ""))
        if cell.get("criterion", "") != name:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index('criterion'))} (criterion)",
                    f"'{cell.get('criterion', '')}'",
                    _("Criterion {id} is named '{name}' above.").format(id=cid, name=name),
                )
            )
    for cid, levels in seen.items():
        missing = sorted(set(LEVEL_NAMES) - set(levels), reverse=True)
        if missing:
            problems.append(
                Problem(
                    None,
                    None,
                    _("criterion {id} without level {levels}").format(
                        id=cid, levels=", ".join(map(str, missing))
                    ),
                    _("Every criterion needs one row for each level: 4, 3, 2 and 1."),
                )
            )
    if problems:
        raise RubricFileError(source, problems)
    columns = [f["name"] for f in schemas["rubric"]["fields"]]
    levels = pd.DataFrame([{**dict.fromkeys(columns, ""), **cell} for _line, cell in rows], columns=columns)
    levels = levels.fillna("").astype({"level": int})
    levels["scored"] = levels["scored"].replace("", "always")
    order = {cid: i for i, cid in enumerate(dict.fromkeys(levels["criterion_id"]))}
    levels = levels.sort_values(
        ["criterion_id", "level"], key=lambda s: s.map(order) if s.name == "criterion_id" else -s
    ).reset_index(drop=True)
    third = {cid for cid, how in scoring.items() if how == THIRD}
    found = (
        check_examples(*_read(examples, schemas["examples"]["fields"]), set(order), third)
        if examples is not None
        else ()
    )
    return GoalRubric(levels, found)
