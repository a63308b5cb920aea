"""One answer and its outcome: the answer record (`AnswerRecord`) and the one rule that gives
each answer its ``outcome`` and ``correct`` (`outcome_of`) - for every reader and writer of
answers, in a file (`otpt.io.exchange.format`) or a table (`answers_frame`).

``correct`` is never read from a file: it is True exactly when the outcome (`outcome_of`)
is one of `otpt.vocab.COUNTS_AS_RIGHT`; it is written for a person or a spreadsheet.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...vocab import COUNTS_AS_RIGHT, OUTCOMES
from ..columns import ANSWER_COLUMNS

__all__ = ["AnswerRecord", "answer_outcomes", "answers_frame", "outcome_of"]


def outcome_of(answer, key, saved=None):
    """The outcome of an answer - the one rule, for one answer or for arrays of them.

    ``saved`` (the outcome the quiz recorded, from the bank's also-accepted answers) counts
    where it is one of `OUTCOMES` and fits the answer ("right" exactly when ``answer ==
    key``); otherwise - files from before defensible answers, or an outcome edited to
    something that does not fit - the answer is "right" where it equals the key and
    "not usually" where not.

    Args:
        answer, key: "OT", "PT" or "Both" each (or equal-length arrays / Series of them).
        saved: the recorded outcome(s), or None where there is none.

    Returns: a str for one answer, a numpy array of str for arrays.

    >>> outcome_of("Both", "PT", "defensible"), outcome_of("PT", "PT", "not usually"), outcome_of("OT", "PT")
    ('defensible', 'right', 'not usually')
    >>> outcome_of("Both", "PT", []), outcome_of("PT", "PT", {"x": 1})  # an edited file's odd value
    ('not usually', 'right')
    """
    scalar = np.ndim(answer) == 0
    answer, key = np.asarray(answer, dtype=object), np.asarray(key, dtype=object)
    # a list, a number or a dict in a hand-edited file is no recorded outcome
    items = [saved] * answer.size if scalar or saved is None or isinstance(saved, str) else list(saved)
    cells = np.empty(answer.size, dtype=object)
    cells[:] = [item if isinstance(item, str) else None for item in items]
    saved = cells.reshape(answer.shape)
    right = answer == key
    fits = np.logical_or.reduce([saved == o for o in OUTCOMES]) & ((saved == "right") == right)
    result = np.where(fits, saved, np.where(right, "right", "not usually"))
    return str(result) if scalar else result.astype(str)


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as the quiz records it and an answers file holds it.

    Attributes:
        activity_id, activity: the bank's id and name of the activity.
        answer, key: what the learner answered and the bank's usual lead (OT, PT or Both).
        outcome: one of `OUTCOMES` (`otpt.analysis.grading.grade`).
        confidence: "sure", "unsure" or None (not said).
        round: 1 for a first round, 2, 3 ... for later rounds (reviews, restarts).
        timestamp: when it was checked, ISO 8601 with its zone ("" when unknown).

    >>> r = AnswerRecord("A1", "Walking", "Both", "PT", "defensible")
    >>> r.correct, r.to_json()["correct"], AnswerRecord.from_json(dict(r.to_json(), correct=False)).correct
    (True, True, True)
    """

    activity_id: str
    activity: str
    answer: str
    key: str
    outcome: str
    confidence: str | None = None
    round: int = 1
    timestamp: str = ""

    @property
    def correct(self) -> bool:
        """True for a right or a defensible answer (`COUNTS_AS_RIGHT`): both count in a score."""
        return self.outcome in COUNTS_AS_RIGHT

    def to_json(self) -> dict:
        """The record as a dict with the `ANSWER_COLUMNS`, in order (``correct`` derived)."""
        return {
            "activity_id": self.activity_id,
            "activity": self.activity,
            "answer": self.answer,
            "key": self.key,
            "outcome": self.outcome,
            "correct": self.correct,
            "confidence": self.confidence,
            "round": self.round,
            "timestamp": self.timestamp,
        }

    @classmethod
    def from_json(cls, fields: dict) -> AnswerRecord:
        """A record from a dict of a file or a table (checked fields: `parse_answers`);
        the outcome by `outcome_of`, any ``correct`` given ignored."""
        answer, key = str(fields["answer"]), str(fields["key"])
        return cls(
            str(fields["activity_id"]),
            str(fields.get("activity") or ""),
            answer,
            key,
            outcome_of(answer, key, fields.get("outcome")),
            fields.get("confidence"),
            int(fields.get("round") or 1),
            str(fields.get("timestamp") or ""),
        )


def answer_outcomes(answers: pd.DataFrame) -> pd.Series:
    """Each answer's outcome in a table with ``answer`` and ``key`` (and ``outcome`` where
    recorded): `outcome_of` over the rows."""
    saved = answers["outcome"].to_numpy(dtype=object) if "outcome" in answers else None
    return pd.Series(
        outcome_of(answers["answer"].to_numpy(dtype=object), answers["key"].to_numpy(dtype=object), saved),
        index=answers.index,
    )


def answers_frame(records: list[dict], columns: tuple[str, ...] = ANSWER_COLUMNS) -> pd.DataFrame:
    """Answer records as a DataFrame with ``columns`` (default `ANSWER_COLUMNS`), ``outcome``
    by `outcome_of` and ``correct`` derived from it - the one way a table of answers is made."""
    frame = pd.DataFrame(records, columns=list(columns))
    frame["outcome"] = answer_outcomes(frame)
    frame["correct"] = frame["outcome"].isin(COUNTS_AS_RIGHT)
    return frame
