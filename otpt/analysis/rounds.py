"""A quiz round as plain data: which activities, in what order, where the learner is, and
what they answered. `ClassifyQuiz` (and the booth) only draw a `Round`; the rules live here,
where a test can reach them without a widget.

A round records each activity once: a second Check on the same card (a double click, a
re-delivered event) changes nothing. `advance` moves on only after a Check.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import datetime, timezone

import pandas as pd

from ..io.exchange.format import AnswerRecord, answers_frame
from .grading import Feedback, Summary, check_answer, summarize
from .shortcuts import counter_shortcut

__all__ = ["COUNTER_SHORTCUT_SHARE", "Round", "continue_rounds", "draw_activities", "quiz_items"]


def quiz_items(bank: pd.DataFrame) -> pd.Series:
    """True for each row a quiz, booth or demo class may ask about: not ``quiz`` = no (a
    bank without the column: every row).

    >>> quiz_items(pd.DataFrame({"id": ["a", "b"], "quiz": [True, False]})).tolist()
    [True, False]
    """
    return bank["quiz"].astype(bool) if "quiz" in bank else pd.Series(True, index=bank.index)


#: The least share of a drawn round (of fewer cards than the bank has) that is
#: counter-shortcut: activities the learners' rules of thumb get wrong (`otpt.analysis.shortcuts`).
COUNTER_SHORTCUT_SHARE = 0.4


def draw_activities(bank: pd.DataFrame, rng: random.Random, n: int | None = None) -> list[str]:
    """The bank's ids in a shuffled order (``rng`` decides it), the first ``n`` (all when None).

    A draw of ``n`` fewer than the bank holds takes at least `COUNTER_SHORTCUT_SHARE` of its
    cards (rounded up) from the counter-shortcut activities, as many as the bank has: on a
    plain random draw the rules of thumb would name the usual lead on about three cards in
    four, and a score could not tell a learner who holds them from one who does not.

    >>> draw_activities(pd.DataFrame({"id": ["a", "b", "c"]}), random.Random(1), 2)
    ['b', 'c']
    """
    ids = [str(i) for i in bank["id"]]
    rng.shuffle(ids)
    if not n or n >= len(ids):
        return ids
    counter = dict(zip(bank["id"].astype(str), counter_shortcut(bank)))
    wanted = math.ceil(COUNTER_SHORTCUT_SHARE * n)
    first = [i for i in ids if counter[i]][:wanted]
    chosen = set(first + [i for i in ids if i not in set(first)][: n - len(first)])
    return [i for i in ids if i in chosen]


@dataclass
class Round:
    """One round of the quiz.

    Args:
        bank: the checked bank the ids come from.
        order: activity ids, in the order they are shown.
        number: the round's number (1 for the first; answers record it).
        review: True for a round that replays missed activities.

    Attributes:
        position: index of the card shown now (``len(order)`` once the round is over).
        records: this round's answers, one dict per checked card (`ANSWER_COLUMNS`).

    >>> from otpt import coerce_activities
    >>> bank = coerce_activities(pd.DataFrame({"activity": ["Dressing", "Walking"], "lead": ["OT", "PT"]}))
    >>> r = Round(bank, ["row-2", "row-3"])
    >>> r.check("PT").outcome, r.check("OT") is None   # the second Check on a card is ignored
    ('not usually', True)
    >>> r.advance(), r.check("PT").outcome, r.advance(), r.finished
    (True, 'right', True, True)
    >>> r.missed(), r.review_round().order
    (['row-2'], ['row-2'])
    """

    bank: pd.DataFrame
    order: list[str]
    number: int = 1
    review: bool = False
    position: int = 0
    records: list[dict] = field(default_factory=list)

    @property
    def total(self) -> int:
        """How many activities the round has."""
        return len(self.order)

    @property
    def finished(self) -> bool:
        """True once the learner has moved past the last card (or the round is empty)."""
        return self.position >= len(self.order)

    @property
    def current(self) -> str | None:
        """The id of the activity on the card now; None when the round is over."""
        return None if self.finished else self.order[self.position]

    @property
    def checked(self) -> bool:
        """True when the card shown now has been answered."""
        return self.current is not None and len(self.records) > self.position

    @property
    def is_last(self) -> bool:
        """True on the round's last card."""
        return self.position == len(self.order) - 1

    @property
    def n_correct(self) -> int:
        """Right and defensible answers so far."""
        return sum(bool(r["correct"]) for r in self.records)

    @property
    def n_defensible(self) -> int:
        """Of `n_correct`, the defensible answers (not the usual lead)."""
        return sum(r["outcome"] == "defensible" for r in self.records)

    def activity(self, activity_id: str | None = None) -> pd.Series | None:
        """The bank row of ``activity_id`` (default: the card now); None when the round is over."""
        activity_id = self.current if activity_id is None else activity_id
        if activity_id is None:
            return None
        return self.bank.loc[self.bank["id"] == activity_id].iloc[0]

    def check(
        self, answer: str, confidence: str | None = None, *, now: datetime | None = None
    ) -> Feedback | None:
        """Grade ``answer`` for the card shown now and record it, once.

        Args:
            answer: "OT", "PT" or "Both" (any capitalization).
            confidence: "sure", "unsure" or None.
            now: the time to record (default: the current time, in UTC).

        Returns:
            The `Feedback`, or None when the card was already checked or the round is over.

        Raises:
            ValueError: for an answer that is not OT, PT or Both.
        """
        if self.current is None or self.checked:
            return None
        fb = check_answer(self.bank, self.current, answer)
        moment = now or datetime.now(timezone.utc)
        record = AnswerRecord(
            fb.activity_id,
            fb.activity,
            fb.answer,
            fb.key,
            fb.outcome,
            confidence,
            self.number,
            moment.isoformat(timespec="seconds"),
        )
        self.records.append(record.to_json())
        return fb

    def advance(self) -> bool:
        """Move to the next card if this one was checked; True when it moved."""
        if not self.checked:
            return False
        self.position += 1
        return True

    def feedback(self) -> list[Feedback]:
        """The feedback on every answer of the round, in answer order."""
        return [check_answer(self.bank, r["activity_id"], r["answer"]) for r in self.records]

    def missed(self) -> list[str]:
        """Ids of the activities answered "not usually", in answer order."""
        return [r["activity_id"] for r in self.records if not r["correct"]]

    def answers(self) -> pd.DataFrame:
        """The round's answers as a table with the `ANSWER_COLUMNS`."""
        return answers_frame(self.records)

    def summary(self) -> Summary:
        """Score, per-lead accuracy and confusion table of the round (`summarize`)."""
        return summarize(self.answers())

    def review_round(self) -> Round:
        """A new round replaying only the missed activities (numbered next)."""
        return Round(self.bank, self.missed(), number=self.number + 1, review=True)

    def next_round(self, order: list[str]) -> Round:
        """A new round over ``order`` (numbered next): "Start again" in a new order."""
        return Round(self.bank, list(order), number=self.number + 1)


def continue_rounds(
    bank: pd.DataFrame, records: list[dict], rounds: list[dict]
) -> tuple[list[dict], list[dict], Round | None, int]:
    """Where a saved session stands, to continue it (after a kernel restart).

    Args:
        bank: the checked bank.
        records: the session's answer records (`ANSWER_COLUMNS`), every round.
        rounds: the saved rounds, ``{"number", "order", "review"}`` each, in order.

    Returns:
        (the answers of the finished rounds; their rounds; the last round, at its first
        unanswered card - or, when the bank no longer has its activities, an empty round
        numbered after the saved ones, whose answers then count as finished; how many
        rounds were drawn in a new order, so a seeded order can move on as it did).

    >>> bank = pd.DataFrame({"id": ["a", "b"], "activity": ["A", "B"], "lead": ["OT", "PT"]})
    >>> saved = [{"activity_id": "a", "answer": "OT", "key": "OT", "correct": True, "round": 1}]
    >>> earlier, kept, current, drawn = continue_rounds(bank, saved, [{"number": 1, "order": ["a", "b"]}])
    >>> earlier, current.number, current.position, current.current, drawn
    ([], 1, 1, 'b', 1)
    """
    drawn = sum(not r.get("review") for r in rounds)
    last = rounds[-1] if rounds else None
    if last is None or not {str(i) for i in last["order"]} <= set(bank["id"].astype(str)):
        number = max((int(r.get("round") or 0) for r in records), default=0)
        return list(records), list(rounds), Round(bank, [], number=number), drawn
    current = [r for r in records if r.get("round") == last["number"]]
    earlier = [r for r in records if r.get("round") != last["number"]]
    round_ = Round(
        bank,
        [str(i) for i in last["order"]],
        number=int(last["number"]),
        review=bool(last.get("review")),
        position=len(current),
        records=current,
    )
    return earlier, list(rounds[:-1]), round_, drawn
