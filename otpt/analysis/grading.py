"""Grade answers against the bank, build the feedback for each, and summarize a set.

Pure functions on plain data: the quiz widget calls them, and so can tests, the class
results and the benchmarks, without a browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..io.exchange.format import answer_outcomes
from ..vocab import COUNTS_AS_RIGHT, LEADS

__all__ = [
    "Feedback",
    "Summary",
    "accepted_answers",
    "check_answer",
    "confusion_table",
    "count_table",
    "grade",
    "normalize_answer",
    "summarize",
]

_ANSWERS = {lead.lower(): lead for lead in LEADS}


def accepted_answers(also_accepted: str | None) -> tuple[str, ...]:
    """The answers in an ``also_accepted`` cell ("OT", or "OT;PT"), in `LEADS` order.

    Example:
        >>> accepted_answers("PT;OT")
        ('OT', 'PT')
    """
    parts = {p.strip() for p in str(also_accepted or "").replace(",", ";").split(";")} - {""}
    return tuple(sorted(parts, key=lambda a: (LEADS.index(a) if a in LEADS else len(LEADS), a)))


def grade(answer: str, key: str, also_accepted: str | None = None) -> str:
    """The outcome of one answer: ``"right"`` (the usual lead), ``"defensible"`` (one of
    the bank's also-accepted answers, where practice varies) or ``"not usually"``.

    Example:
        >>> grade("OT", "Both", also_accepted="OT")
        'defensible'
        >>> grade("PT", "Both", also_accepted="OT")
        'not usually'
    """
    if answer == key:
        return "right"
    if answer in accepted_answers(also_accepted):
        return "defensible"
    return "not usually"


def normalize_answer(answer: str) -> str:
    """``" ot "`` -> ``"OT"``; anything but OT, PT or Both raises ValueError."""
    key = str(answer).strip().lower()
    if key not in _ANSWERS:
        raise ValueError(f"the answer must be OT, PT or Both, not {answer!r}")
    return _ANSWERS[key]


@dataclass(frozen=True)
class Feedback:
    """What one answer earned: the outcome and the bank's explanation (plain text).

    The words a learner reads around it - the verdict, the team note - are built by
    `otpt.render.words` and escaped by `otpt.render.html`."""

    activity_id: str
    activity: str
    answer: str
    key: str
    outcome: str  # one of OUTCOMES
    rationale: str
    ot_focus: str
    pt_focus: str
    misconception: str = ""  # shown only when the answer was not usually right
    also_accepted: str = ""  # answers practice also supports, ";"-separated ("OT", "OT;PT"), if any
    practice_varies: str = ""  # when that second answer holds; shown with every outcome
    shared_as: str = ""  # how the work is shared (vocab.SHARED_AS), if the bank says
    target: str = ""  # what the therapy works on (vocab.TARGETS), if the bank says
    other_lead: str = ""  # another professional who usually leads the activity as a whole, if any
    icf_chapter: str = ""  # the ICF chapter (b1-b8, d1-d9 ...), if the bank says

    @property
    def correct(self) -> bool:
        """True for a right or a defensible answer (`COUNTS_AS_RIGHT`: both count in the score)."""
        return self.outcome in COUNTS_AS_RIGHT

    @property
    def every_answer_holds(self) -> bool:
        """True where OT, PT and Both are all right somewhere (an either-profession specialty,
        or practice that varies widely): such an item says little about who usually leads."""
        return {self.key, *accepted_answers(self.also_accepted)} >= set(LEADS)


def _has_focus(text: str) -> bool:
    return bool(text) and text.strip() != "-"


def check_answer(bank: pd.DataFrame, activity_id: str, answer: str) -> Feedback:
    """Grade one answer and build its feedback.

    Example:
        >>> from otpt import coerce_activities
        >>> bank = coerce_activities(pd.DataFrame({"id": ["A1"], "activity": ["Walking after a fall"], "lead": ["PT"],
        ...                                        "also_accepted": ["Both"]}))
        >>> [(fb.outcome, fb.correct) for fb in (check_answer(bank, "A1", a) for a in ("pt", "Both", "OT"))]
        [('right', True), ('defensible', True), ('not usually', False)]
    """
    answer = normalize_answer(answer)
    rows = bank.index[bank["id"] == activity_id]
    if len(rows) == 0:
        raise KeyError(f"no activity with id {activity_id!r} in this bank")
    row = bank.loc[rows[0]]
    key = str(row["lead"])
    also = _text(row.get("also_accepted"))
    outcome = grade(answer, key, also)
    ot, pt = str(row["ot_focus"]), str(row["pt_focus"])
    shared = _text(row.get("shared_as")) or None
    return Feedback(
        activity_id=str(row["id"]),
        activity=str(row["activity"]),
        answer=answer,
        key=key,
        outcome=outcome,
        rationale=str(row["rationale"]),
        ot_focus=ot if _has_focus(ot) else "",
        pt_focus=pt if _has_focus(pt) else "",
        misconception=str(row["misconception"]) if outcome == "not usually" else "",
        also_accepted=also,
        practice_varies=_text(row.get("practice_varies")),
        shared_as=shared or "",
        target=_text(row.get("target")),
        other_lead=_text(row.get("other_lead")),
        icf_chapter=_text(row.get("icf_chapter")),
    )


def _text(value) -> str:
    """A cell as text: "" for a missing value."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


@dataclass(frozen=True)
class Summary:
    """Score, per-lead accuracy, confusion table and missed items of a set of answers."""

    n_correct: int  # right and defensible answers
    n_answered: int
    per_lead: pd.DataFrame  # index OT/Both/PT; columns answered, correct, usual (the usual lead), accuracy
    confusion: pd.DataFrame  # rows: key, columns: answer
    missed: list[str] = field(default_factory=list)  # activity ids answered "not usually", in answer order
    n_defensible: int = 0  # of n_correct, how many were defensible rather than the usual lead

    @property
    def score(self) -> float:
        """The share of answers counted correct (right or defensible), 0-1 (0 when nothing
        was answered)."""
        return self.n_correct / self.n_answered if self.n_answered else 0.0

    @property
    def n_usual(self) -> int:
        """How many answers named the usual lead (right, not defensible)."""
        return self.n_correct - self.n_defensible

    @property
    def usual_score(self) -> float:
        """The share of answers that named the usual lead, 0-1 (0 when nothing was
        answered): the score to compare before and after, since a defensible answer is
        often the one a rule of thumb gives (`otpt.analysis.shortcuts`)."""
        return self.n_usual / self.n_answered if self.n_answered else 0.0


def count_table(rows, columns, row_labels, column_labels, *, names=(None, None)) -> pd.DataFrame:
    """Cross-count two label sequences into a table with every label as a row/column
    (zeros included). Values outside the labels (or missing) are not counted."""
    r = pd.Categorical(rows, categories=list(row_labels)).codes
    c = pd.Categorical(columns, categories=list(column_labels)).codes
    keep = (r >= 0) & (c >= 0)
    counts = np.zeros((len(row_labels), len(column_labels)), dtype=int)
    np.add.at(counts, (r[keep], c[keep]), 1)
    table = pd.DataFrame(counts, index=list(row_labels), columns=list(column_labels))
    table.index.name, table.columns.name = names
    return table


def confusion_table(answers: pd.DataFrame) -> pd.DataFrame:
    """Counts of answers: one row per key (OT, Both, PT), one column per answer."""
    return count_table(answers["key"], answers["answer"], LEADS, LEADS, names=("key", "answer"))


def summarize(answers: pd.DataFrame) -> Summary:
    """Summarize an answers table (columns as `otpt.io.columns.ANSWER_COLUMNS`; ``key`` and ``answer``
    needed, ``outcome`` used where present). Defensible answers count as correct."""
    outcomes = answer_outcomes(answers)
    correct = outcomes.isin(COUNTS_AS_RIGHT)
    per_lead = pd.DataFrame(
        {
            "answered": [int((answers["key"] == lead).sum()) for lead in LEADS],
            "correct": [int((correct & (answers["key"] == lead)).sum()) for lead in LEADS],
            "usual": [int(((outcomes == "right") & (answers["key"] == lead)).sum()) for lead in LEADS],
        },
        index=pd.Index(LEADS, name="key"),
    )
    per_lead["accuracy"] = (per_lead["correct"] / per_lead["answered"].where(per_lead["answered"] > 0)).round(
        2
    )
    return Summary(
        n_correct=int(correct.sum()),
        n_answered=len(answers),
        per_lead=per_lead,
        confusion=confusion_table(answers),
        missed=list(answers.loc[~correct, "activity_id"]),
        n_defensible=int((outcomes == "defensible").sum()),
    )
