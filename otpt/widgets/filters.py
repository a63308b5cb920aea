"""Choosing activities for a quiz: the settings and populations a lesson or an event asks
for, with a plain sentence when none match."""

from __future__ import annotations

import pandas as pd

from ..analysis.rounds import quiz_items
from ..io.bank import bank_categories, find_categories
from ..language import N_
from ..language import gettext as _
from ..render.words import PROMPTS

# the columns a filter names, marked for translation
_COLUMNS = (N_("setting"), N_("population"))

__all__ = ["keep_matching"]


def _as_list(value):
    return None if value is None else [value] if isinstance(value, str) else list(value)


def keep_matching(bank: pd.DataFrame, settings=None, populations=None) -> tuple[pd.DataFrame, str]:
    """The quiz items of ``bank`` (rows whose ``quiz`` is not False) in these settings and
    populations (a name, a list, or None for all), and a sentence for the learner when
    none are left ("" otherwise).

    >>> from otpt import load_activities
    >>> kept, notice = keep_matching(load_activities(), settings="school")
    >>> sorted(kept["setting"].unique()), notice
    (['school'], '')
    """
    settings, populations = _as_list(settings), _as_list(populations)
    keep = quiz_items(bank)
    for column, wanted in (("setting", settings), ("population", populations)):
        if wanted is None:
            continue
        found, unknown = find_categories(bank, column, wanted)
        if unknown:
            return bank.iloc[:0], _("There is no {column} called {value}. Choose from: {names}.").format(
                column=_(column),
                value=", ".join(repr(u) for u in unknown),
                names=", ".join(bank_categories(bank, column)),
            )
        keep &= bank[column].isin(found)
    if len(bank) == 0:
        return bank, PROMPTS["empty_bank"]
    if not keep.any():
        return bank.iloc[:0], PROMPTS["no_match"]
    return bank[keep].reset_index(drop=True), ""
