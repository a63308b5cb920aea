"""Assessment items as the exporters see them: `Item`, made from the assessment item table
(`assessment_items`) or from a selection of the activity bank's quiz rows (`bank_items`).

A bank row becomes a single-best-answer item "Who usually leads ...?" with the options OT,
PT and Both; each option's feedback is the quiz's own (`otpt.analysis.grading.check_answer`
graded it, `otpt.render.words.verdict` words it), never written again here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..analysis.grading import accepted_answers, check_answer
from ..analysis.rounds import quiz_items
from ..errors import DataFileError, Problem
from ..io.bank import coerce_activities, find_ids
from ..io.table import column_letter, read_named_table
from ..io.text import clean_cell
from ..render.words import verdict

__all__ = [
    "ITEM_COLUMNS",
    "Item",
    "ItemsFileError",
    "assessment_items",
    "bank_items",
    "items_from_table",
    "read_item_table",
]

LETTERS = ("a", "b", "c", "d")
#: The assessment item table's columns (data/assessment_items.csv).
ITEM_COLUMNS = (
    "item_id", "type", "stem", *(f"option_{x}" for x in LETTERS), "key",
    *(f"feedback_{x}" for x in LETTERS), "rationale", "source", "ipec", "objective", "points",
)  # fmt: skip
TYPES = ("single_best", "short_answer")


class ItemsFileError(DataFileError):
    """An assessment item table that cannot be exported as it is."""

    what = "assessment item table"


@dataclass(frozen=True)
class Item:
    """One assessment item, ready for any LMS format.

    Attributes:
        item_id: "I001", or an activity id ("A012") for a bank item.
        kind: "single_best" or "short_answer".
        stem: the question (plain text).
        options: (letter, text) pairs in order (empty for a short answer).
        key: the right option's letter; for a short answer, the model answer.
        feedback: letter -> what a learner who chose it reads (plain text).
        rationale: why the key is right (general feedback).
        source, objective: where the key comes from; what the item assesses.
        ipec: IPEC 2023 sub-competency codes ("RR1", "TT3").
        points: the item's points.
    """

    item_id: str
    kind: str
    stem: str
    options: tuple[tuple[str, str], ...] = ()
    key: str = ""
    feedback: dict[str, str] = field(default_factory=dict)
    rationale: str = ""
    source: str = ""
    ipec: tuple[str, ...] = ()
    objective: str = ""
    points: float = 1.0

    @property
    def title(self) -> str:
        """A short title for the LMS's question list: the id and the stem's first words."""
        words = self.stem.split()
        return f"{self.item_id} {' '.join(words[:8])}{' ...' if len(words) > 8 else ''}"


def read_item_table(path: str | Path) -> pd.DataFrame:
    """The assessment item table at ``path`` as text cells (`ITEM_COLUMNS`, missing optional
    columns empty). The one place the exporters read items: swap in the project's item
    loader here.

    Raises:
        ItemsFileError: naming the file, and each missing column.
    """
    source, names, rows, problems = read_named_table(path, ItemsFileError, ITEM_COLUMNS[:3], ITEM_COLUMNS)
    if problems:
        raise ItemsFileError(source, problems)
    frame = pd.DataFrame(
        [[clean_cell(cells[names.index(c)]) if c in names and names.index(c) < len(cells) else "" for c in ITEM_COLUMNS]
         for _, cells in rows],
        columns=list(ITEM_COLUMNS),
    )  # fmt: skip
    frame.attrs.update(source=source, lines=[line for line, _ in rows],
                       letters={c: column_letter(names.index(c)) for c in ITEM_COLUMNS if c in names})  # fmt: skip
    return frame


def items_from_table(table: pd.DataFrame) -> list[Item]:
    """Items from an assessment item table (as `read_item_table` returns it).

    Raises:
        ItemsFileError: for a type other than single_best or short_answer, a single-best key
            that names no option, or points that are not a number - every row named.
    """
    source = table.attrs.get("source", "the assessment items")
    lines = table.attrs.get("lines") or [i + 2 for i in range(len(table))]
    letters = table.attrs.get("letters", {})
    items, problems = [], []
    for line, row in zip(lines, table.fillna("").astype(str).to_dict("records")):
        kind, key = row["type"].strip().lower(), row["key"].strip()
        options = tuple((x, row[f"option_{x}"]) for x in LETTERS if row.get(f"option_{x}", ""))
        where = lambda column: f"{letters.get(column, '?')} ({column})"  # noqa: E731
        if kind not in TYPES:
            problems.append(Problem(line, where("type"), repr(row["type"]), f"Allowed: {', '.join(TYPES)}."))
        elif kind == "single_best" and key.lower() not in dict(options):
            problems.append(Problem(line, where("key"), repr(key), "A single_best key is the letter of an option "
                                    f"that has text ({', '.join(x for x, _ in options) or 'none has'})."))  # fmt: skip
        try:
            points = float(row["points"] or 1)
        except ValueError:
            problems.append(
                Problem(line, where("points"), repr(row["points"]), "A number of points, such as 1.")
            )
            points = 1.0
        items.append(Item(
            item_id=row["item_id"], kind=kind, stem=row["stem"], options=options,
            key=key.lower() if kind == "single_best" else key,
            feedback={x: row.get(f"feedback_{x}", "") for x, _ in options},
            rationale=row["rationale"], source=row["source"],
            ipec=tuple(c.strip() for c in row["ipec"].split(";") if c.strip()),
            objective=row["objective"], points=points,
        ))  # fmt: skip
    if problems:
        raise ItemsFileError(source, problems)
    return items


def assessment_items(path: str | Path) -> list[Item]:
    """The items of an assessment item table file (`read_item_table`, `items_from_table`)."""
    return items_from_table(read_item_table(path))


def bank_items(bank=None, ids=None) -> tuple[list[Item], list[str]]:
    """A selection of the bank's quiz rows as single-best items (a OT, b PT, c Both).

    Args:
        bank: an activity bank (DataFrame or path; None: the bundled bank).
        ids: activity ids to export, in this order (None: every quiz row).

    Returns:
        (items, left_out): ``left_out`` names, with the reason, each chosen activity that
        cannot be a single-best item: where practice supports a second answer
        (``also_accepted``) the quiz gives it credit too, which one keyed option cannot.

    Raises:
        KeyError: naming the ids the bank does not have.
    """
    bank = coerce_activities(bank)
    if ids is None:
        chosen = bank[quiz_items(bank)]
    else:
        found, unknown = find_ids(bank, ids)
        if unknown:
            raise KeyError(f"no activity with id {', '.join(map(repr, unknown))} in this bank")
        chosen = bank.set_index(bank["id"].astype(str)).loc[found].reset_index(drop=True)
    items, left_out = [], []
    options = tuple(zip(LETTERS, ("OT", "PT", "Both")))
    for row in chosen.to_dict("records"):
        activity_id = str(row["id"])
        also = _cell(row.get("also_accepted"))
        if accepted_answers(also):
            left_out.append(
                f"{activity_id} ({row['activity']}): {also} is also accepted where practice varies"
            )
            continue
        feedback = {}
        for letter, answer in options:
            fb = check_answer(bank, activity_id, answer)
            feedback[letter] = " ".join(p for p in (verdict(fb) + ".", fb.misconception) if p)
        description = _cell(row.get("description"))
        items.append(Item(
            item_id=activity_id, kind="single_best",
            stem=f"Of OT and PT, who usually leads: {row['activity']}? {description}".strip(),
            options=options, key=dict((a, x) for x, a in options)[str(row["lead"])], feedback=feedback,
            rationale=fb.rationale, source=_cell(row.get("sources")),
        ))  # fmt: skip
    return items, left_out


def _cell(value) -> str:
    """A bank cell as text ("" for a missing value)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
