"""Grade answers against the bank, build the feedback for each, and summarise a set.

Pure functions on plain data: the quiz widget calls them, and so can tests, the class
results and the benchmarks, without a browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .vocab import LEADS

_ANSWERS = {lead.lower(): lead for lead in LEADS}

#: The columns of an answers table (what `ClassifyQuiz.answers` and answer files hold).
ANSWER_COLUMNS = ("activity_id", "activity", "answer", "key", "correct", "confidence", "round", "timestamp")


def normalize_answer(answer: str) -> str:
    """``" ot "`` -> ``"OT"``; anything but OT, PT or Both raises ValueError."""
    key = str(answer).strip().lower()
    if key not in _ANSWERS:
        raise ValueError(f"the answer must be OT, PT or Both, not {answer!r}")
    return _ANSWERS[key]


@dataclass(frozen=True)
class Feedback:
    """Everything a learner is told after one answer (plain text; render.py escapes it)."""

    activity_id: str
    activity: str
    answer: str
    key: str
    correct: bool
    rationale: str
    ot_focus: str
    pt_focus: str
    misconception: str = ""  # shown only when the learner fell for it
    team_note: str = ""  # shown whenever the key is Both

    @property
    def verdict(self) -> str:
        """Word and symbol, never colour alone: "✓ Correct" or "✗ Not quite"."""
        if self.correct:
            return f"\u2713 Correct - {self.key}"
        return f"\u2717 Not quite - you said {self.answer}; usually {self.key}"


def _has_focus(text: str) -> bool:
    return bool(text) and text.strip() != "-"


def check_answer(bank: pd.DataFrame, activity_id: str, answer: str) -> Feedback:
    """Grade one answer and build its feedback.

    Example:
        >>> fb = check_answer(load_activities(), "A036", "OT")  # doctest: +SKIP
        >>> fb.correct, fb.key  # doctest: +SKIP
        (False, 'PT')
    """
    answer = normalize_answer(answer)
    rows = bank.index[bank["id"] == activity_id]
    if len(rows) == 0:
        raise KeyError(f"no activity with id {activity_id!r} in this bank")
    row = bank.loc[rows[0]]
    key = str(row["lead"])
    correct = answer == key
    ot, pt = str(row["ot_focus"]), str(row["pt_focus"])
    team_note = ""
    if key == "Both":
        team_note = (
            "Same team: one activity, two sets of goals. OT and PT each work on their own goal in it "
            "(above), often together in one session (co-treatment)."
        )
    return Feedback(
        activity_id=str(row["id"]),
        activity=str(row["activity"]),
        answer=answer,
        key=key,
        correct=correct,
        rationale=str(row["rationale"]),
        ot_focus=ot if _has_focus(ot) else "",
        pt_focus=pt if _has_focus(pt) else "",
        misconception="" if correct else str(row["misconception"]),
        team_note=team_note,
    )


@dataclass(frozen=True)
class Summary:
    """Score, per-lead accuracy, confusion table and missed items of a set of answers."""

    n_correct: int
    n_answered: int
    per_lead: pd.DataFrame  # index OT/Both/PT; columns answered, correct, accuracy
    confusion: pd.DataFrame  # rows: key, columns: answer
    missed: list[str] = field(default_factory=list)  # activity ids, in answer order

    @property
    def score(self) -> float:
        return self.n_correct / self.n_answered if self.n_answered else 0.0


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
    """Summarise an answers table (columns as `ANSWER_COLUMNS`; ``key`` and ``answer`` needed)."""
    correct = answers["answer"] == answers["key"]
    per_lead = pd.DataFrame(
        {
            "answered": [int((answers["key"] == lead).sum()) for lead in LEADS],
            "correct": [int((correct & (answers["key"] == lead)).sum()) for lead in LEADS],
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
    )
