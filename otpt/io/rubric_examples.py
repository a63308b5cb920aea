"""The goal rubric's worked examples (data/goal_rubric_examples.csv): each a whole hand-in
of an OT-PT pair, scored on every criterion of the rubric, with why. Its texts are on its
first row, as a case's summary is in cases.csv. `otpt.io.rubric.load_goal_rubric` reads the
file against its Table Schema and hands the rows to `check_examples`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import Problem, RubricFileError
from ..language import gettext as _
from .table import column_letter

__all__ = ["RubricExample", "check_examples"]

_EXAMPLE_TEXTS = ("task_id", "level", "shared_goal", "ot_objective", "pt_objective")


@dataclass(frozen=True)
class RubricExample:
    """One worked hand-in: the task of data/cases.csv it is for, the level it illustrates,
    the shared goal, each discipline's objective (``third_objective``: an SLP's or a nurse's,
    or "" for an OT-PT pair), and ``scores``: criterion id -> (score 1-4, why)."""

    example_id: str
    task_id: str
    level: int
    shared_goal: str
    ot_objective: str
    pt_objective: str
    scores: dict[str, tuple[int, str]]
    third_objective: str = ""


def check_examples(
    source: str,
    names: list[str],
    rows: list[tuple[int, dict[str, str]]],
    problems: list[Problem],
    criteria: set[str],
    third: set[str],
) -> tuple[RubricExample, ...]:
    """The worked examples of a rubric whose criteria are ``criteria`` (``third``: those
    scored only for a hand-in with a third profession's objective).

    Args:
        source: the examples file as messages name it.
        names: its column names, in the file's order.
        rows: (line, {column: cleaned text}) for each row, as checked against the schema's
            ``examples`` fields.
        problems: the problems the schema check found; the examples' own are added.

    Returns:
        One `RubricExample` per ``example_id``, in file order.

    Raises:
        RubricFileError: listing every problem - the schema's and the examples' own (an
            empty cell in an example's first row, an unknown or repeated criterion, a
            criterion left unscored, a third-profession score with no ``third_objective``).
    """
    texts: dict[str, dict[str, str]] = {}
    scores: dict[str, dict[str, tuple[int, str]]] = {}
    for line, cell in rows:
        eid, cid = cell.get("example_id", ""), cell.get("criterion_id", "")
        if not eid:
            continue
        if eid not in texts:
            texts[eid] = {name: cell.get(name, "") for name in (*_EXAMPLE_TEXTS, "third_objective")}
            empty = [name for name in _EXAMPLE_TEXTS if not texts[eid][name]]
            if empty:
                where = (
                    f"{column_letter(names.index(empty[0]))} ({empty[0]})" if empty[0] in names else empty[0]
                )
                problems.append(
                    Problem(
                        line,
                        where,
                        _("an empty cell"),
                        _("The first row of example {id} holds its {columns}.").format(
                            id=eid, columns=", ".join(empty)
                        ),
                    )
                )
        if cid and cid not in criteria:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index('criterion_id'))} (criterion_id)",
                    f"'{cid}'",
                    _("The rubric's criteria are {ids}.").format(ids=", ".join(sorted(criteria))),
                )
            )
        elif cid in scores.setdefault(eid, {}):
            problems.append(
                Problem(
                    line,
                    f"{column_letter(names.index('criterion_id'))} (criterion_id)",
                    _("{id} again").format(id=cid),
                    _("Example {example} scores {id} once.").format(example=eid, id=cid),
                )
            )
        elif cid and cell.get("score", "") in {"1", "2", "3", "4"}:
            scores[eid][cid] = (int(cell["score"]), cell.get("why", ""))
    for eid, scored in scores.items():
        has_third = bool(texts.get(eid, {}).get("third_objective"))
        missing = sorted((criteria if has_third else criteria - third) - set(scored))
        if missing:
            problems.append(
                Problem(
                    None,
                    None,
                    _("example {id} without a score for {ids}").format(id=eid, ids=", ".join(missing)),
                    _(
                        "Every example scores every criterion of the rubric (and the third-profession "
                        "ones when it has a third_objective)."
                    )
                    if third
                    else _("Every example scores every criterion of the rubric."),
                )
            )
        extra = sorted(third & set(scored)) if not has_third else []
        if extra:
            problems.append(
                Problem(
                    None,
                    None,
                    _("example {id} scored on {ids} with no third_objective").format(
                        id=eid, ids=", ".join(extra)
                    ),
                    _(
                        "{ids} scores an SLP's or a nurse's objective: write it in third_objective, "
                        "or drop the score."
                    ).format(ids=", ".join(extra)),
                )
            )
    if problems:
        raise RubricFileError(source, problems)
    return tuple(
        RubricExample(
            eid,
            t["task_id"],
            int(t["level"]),
            t["shared_goal"],
            t["ot_objective"],
            t["pt_objective"],
            scores.get(eid, {}),
            t["third_objective"],
        )
        for eid, t in texts.items()
    )
