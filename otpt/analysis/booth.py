"""The booth's rules as data: which cards a visitor gets, and what today's tally says.

A booth round is short (5 cards by default) and always holds at least one activity of each
lead, so every visitor meets OT, PT and Both. The tally's figures are what an outreach
report asks for: visitors, rounds, the share right per activity, the most-missed activity.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timezone

import pandas as pd

from ..io.exchange.format import answers_frame
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEADS

__all__ = ["TallySummary", "draw_booth_round", "summarize_tally"]


def draw_booth_round(bank: pd.DataFrame, rng: random.Random, n: int = 5) -> list[str]:
    """``n`` activity ids in a shuffled order, at least one of each lead the bank has
    (fewer when the bank is smaller).

    >>> bank = pd.DataFrame({"id": list("abcdef"), "lead": ["OT", "OT", "PT", "PT", "Both", "Both"]})
    >>> sorted(bank.set_index("id").loc[draw_booth_round(bank, random.Random(0), 3), "lead"])
    ['Both', 'OT', 'PT']
    """
    ids = {lead: [str(i) for i in bank.loc[bank["lead"] == lead, "id"]] for lead in LEADS}
    chosen = [rng.choice(ids[lead]) for lead in LEADS if ids[lead]][:n]
    rest = [str(i) for i in bank["id"] if str(i) not in chosen]
    rng.shuffle(rest)
    chosen += rest[: max(0, n - len(chosen))]
    rng.shuffle(chosen)
    return chosen


class TallySummary:
    """What a day at the booth adds up to.

    Attributes:
        visitors: different visitor sessions.
        rounds: finished rounds.
        activities: per activity: ``activity``, ``answered``, ``right`` (right or
            defensible) and ``percent_right``, most-missed first.
        most_missed: the activity with the lowest share right (at least 3 answers; None
            before then).
    """

    def __init__(self, rounds: list[dict]):
        answers = [a for r in rounds for a in r.get("answers", [])]
        self.visitors = len({r.get("visitor") for r in rounds})
        self.rounds = len(rounds)
        table = answers_frame(answers, columns=("activity_id", "activity", "answer", "key", "outcome"))
        grouped = table.groupby("activity_id").agg(
            activity=("activity", "first"), answered=("answer", "size"), right=("correct", "sum")
        )
        grouped["percent_right"] = (100 * grouped["right"] / grouped["answered"]).round().astype(int)
        self.activities = grouped.sort_values(
            ["percent_right", "answered"], ascending=[True, False], kind="stable"
        )
        enough = self.activities[self.activities["answered"] >= 3]
        self.most_missed = None if enough.empty else str(enough.iloc[0]["activity"])

    def sentence(self) -> str:
        """One line for the attract screen and the report."""
        if not self.rounds:
            return _("No rounds yet today: be the first!")
        visitors = ngettext("{n} visitor", "{n} visitors", self.visitors).format(n=self.visitors)
        rounds = ngettext("{n} round", "{n} rounds", self.rounds).format(n=self.rounds)
        return _("Today: {visitors}, {rounds}.").format(visitors=visitors, rounds=rounds)


def summarize_tally(rounds: list[dict], day: date | bool | None = None) -> TallySummary:
    """The tally of ``day`` (default: today, in the machine's time zone); every day when
    ``day`` is False."""
    if day is False:
        return TallySummary(rounds)
    day = day or datetime.now().astimezone().date()

    def local_day(record):
        try:
            moment = datetime.fromisoformat(str(record.get("finished", "")).replace("Z", "+00:00"))
        except ValueError:
            return None
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        return moment.astimezone().date()

    return TallySummary([r for r in rounds if local_day(r) == day])
