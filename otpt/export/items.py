"""Assessment items as the exporters see them: `Item`, made from the checked assessment item
table (`assessment_items`, read by `otpt.load_items`) or from a selection of the activity bank's quiz rows (`bank_items`).

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
from ..io.bank import coerce_activities, find_ids
from ..io.items import load_items
from ..language import gettext as _
from ..language import in_language, ngettext
from ..render.words import verdict
from ..vocab import LEAD_NAMES

__all__ = [
    "Item",
    "assessment_items",
    "bank_items",
    "items_from_frame",
]

LETTERS = ("a", "b", "c", "d")


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
        points: the item's points; 0 for an item not scored (a question to discuss),
            which every exporter writes as a question worth nothing (`scored`).
        plans: the session plans that teach it ("A", "B", "C"; `otpt.items_by_plan`), None
            when unknown (a bank item, or items read without the plans).
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
    plans: tuple[str, ...] | None = None

    @property
    def scored(self) -> bool:
        """False for an item worth 0 points: a values question to discuss, not to score."""
        return self.points > 0

    @property
    def title(self) -> str:
        """A short title for the LMS's question list: the id, the session plans that teach it
        when known ("[plans B, C]", "[no plan]", in the language in force), the stem's first
        words and, for an item worth 0 points, "(not scored)" - in every export format.

        >>> Item("I003", "single_best", "Who usually leads the swallow evaluation?", plans=("C",)).title
        'I003 [plan C] Who usually leads the swallow evaluation?'
        """
        words = self.stem.split()
        tag = ""
        if self.plans is not None:
            tag = (
                ngettext("[plan {plans}]", "[plans {plans}]", len(self.plans)).format(
                    plans=", ".join(self.plans)
                )
                if self.plans
                else _("[no plan]")
            ) + " "
        unscored = "" if self.scored else " " + _("(not scored)")
        return f"{self.item_id} {tag}{' '.join(words[:8])}{' ...' if len(words) > 8 else ''}{unscored}"


def items_from_frame(items: pd.DataFrame, plans: pd.DataFrame | None = None) -> list[Item]:
    """Items from a checked assessment item table (`otpt.load_items`): one `Item` per row,
    in order; a single-best item's options are those that have text. With ``plans`` (the
    session plans, `otpt.load_session_plans`), each item carries the plans that teach it."""
    taught = None
    if plans is not None:
        from ..analysis.items import items_by_plan

        table = items_by_plan(items, plans)
        taught = {i: tuple(p for p in table.columns if table.loc[i, p]) for i in table.index}
    found = []
    for item_id, row in items.iterrows():
        options = tuple((x, row[f"option_{x}"]) for x in LETTERS if row[f"option_{x}"])
        found.append(
            Item(
                item_id=str(item_id),
                kind=row["type"],
                stem=row["stem"],
                options=options,
                key=row["key"],
                feedback={x: row[f"feedback_{x}"] for x, _text in options},
                rationale=row["rationale"],
                source=";".join(row["source"]),
                ipec=tuple(row["ipec"]),
                objective=row["objective"],
                points=float(row["points"]),
                plans=None if taught is None else taught[item_id],
            )
        )
    return found


def assessment_items(
    path: str | Path | None = None, *, plan: str | None = None, lang: str | None = None
) -> list[Item]:
    """The items of an assessment item table (None: the kit's own, data/assessment_items.csv),
    read and checked by `otpt.load_items`; with ``plan`` ("A", "B" or "C", the facilitator
    guide's session plans), only the items that plan teaches (`otpt.items_by_plan`: scored
    ones, and any unscored discussion item). The kit's own items carry the plans that teach
    them (`Item.plans`, shown in each question's title) and are in ``lang`` ("en", "es";
    None: the language in force), as `otpt.load_items` reads them.

    Raises:
        ItemsFileError: naming the file and, for each problem, the line, the column, what was
            found and what is allowed.
        ValueError: for a plan the session plans do not have (naming the ones they have).
    """
    from ..analysis.items import items_by_plan
    from ..io.kit import load_session_plans

    items = load_items(path, lang=lang)
    plans = load_session_plans() if plan is not None or path is None else None
    if plan is not None:
        table = items_by_plan(items, plans)
        if plan not in table:
            raise ValueError(
                f"There is no session plan {plan!r}; the plans are " + ", ".join(table.columns) + "."
            )
        items = items.loc[table.index[table[plan] != ""]]
    return items_from_frame(items, plans if path is None else None)


def bank_items(bank=None, ids=None, *, lang: str | None = None) -> tuple[list[Item], list[str]]:
    """A selection of the bank's quiz rows as single-best items (a OT, b PT, c Both).

    Args:
        bank: an activity bank (DataFrame or path; None: the bundled bank, in ``lang``).
        ids: activity ids to export, in this order (None: every quiz row).
        lang: the language of the question, the options' names and the quiz's feedback
            ("en", "es"; None: the language in force).

    Returns:
        (items, left_out): ``left_out`` names, with the reason, each chosen activity that
        cannot be a single-best item: where practice supports a second answer
        (``also_accepted``) the quiz gives it credit too, which one keyed option cannot.

    Raises:
        KeyError: naming the ids the bank does not have.
    """
    with in_language(lang):
        return _bank_items(coerce_activities(bank), ids)


def _bank_items(bank: pd.DataFrame, ids) -> tuple[list[Item], list[str]]:
    if ids is None:
        chosen = bank[quiz_items(bank)]
    else:
        found, unknown = find_ids(bank, ids)
        if unknown:
            raise KeyError(f"no activity with id {', '.join(map(repr, unknown))} in this bank")
        chosen = bank.set_index(bank["id"].astype(str)).loc[found].reset_index(drop=True)
    items, left_out = [], []
    leads = ("OT", "PT", "Both")
    options = tuple(zip(LETTERS, (LEAD_NAMES[lead] for lead in leads)))
    for row in chosen.to_dict("records"):
        activity_id = str(row["id"])
        also = _cell(row.get("also_accepted"))
        if accepted_answers(also):
            left_out.append(
                _("{id} ({activity}): {also} is also accepted where practice varies").format(
                    id=activity_id, activity=row["activity"], also=also
                )
            )
            continue
        feedback = {}
        for letter, answer in zip(LETTERS, leads):
            fb = check_answer(bank, activity_id, answer)
            feedback[letter] = " ".join(p for p in (verdict(fb) + ".", fb.misconception) if p)
        description = _cell(row.get("description"))
        items.append(
            Item(
                item_id=activity_id,
                kind="single_best",
                stem=_("Of OT and PT, who usually leads: {activity}? {description}")
                .format(activity=row["activity"], description=description)
                .strip(),
                options=options,
                key=LETTERS[leads.index(str(row["lead"]))],
                feedback=feedback,
                rationale=fb.rationale,
                source=_cell(row.get("sources")),
            )
        )
    return items, left_out


def _cell(value) -> str:
    """A bank cell as text ("" for a missing value)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
