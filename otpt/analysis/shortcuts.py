"""The two rules of thumb learners bring, as rules a computer can apply: how often a bank's
key agrees with them, which activities they get wrong, and how often a learner answers by
them where they are wrong.

- the *skills* shortcut: "hands and thinking are OT, everything else is PT" - OT when the
  activity needs fine motor or cognitive skills, PT otherwise; it never says Both;
- the *body-part* shortcut: "upper body = OT, lower body = PT" - silent on whole-body
  activities and those with no body part.

Both are misconceptions the lessons set out to replace (lessons 1-3; ../DOMAIN.md's
"misconceptions"). An activity is *counter-shortcut* when at least one shortcut names a lead
other than the key: a learner who answers by the shortcuts misses it. A quiz that rewards
the shortcuts on most of its cards cannot show that a misconception has changed, so the
quiz's draw puts counter-shortcut cards first (`otpt.analysis.rounds.draw_activities`) and
the class views count how often each learner answered by a shortcut where it is wrong.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..vocab import COUNTS_AS_RIGHT
from .grading import grade
from .overlap import body_region

__all__ = ["body_part_rule", "counter_shortcut", "shortcut_answers", "shortcut_share"]

_HANDS_AND_THINKING = frozenset({"fine_motor", "cognitive"})


def shortcut_answers(bank: pd.DataFrame) -> pd.DataFrame:
    """What each shortcut answers for each activity.

    Args:
        bank: a checked bank (``skills`` as lists; ``body_region`` used where present,
            otherwise read from the skills, as `otpt.analysis.overlap.body_region` does).

    Returns:
        One row per activity (the bank's index), columns ``skills`` and ``body part``:
        "OT", "PT", or None where the body-part shortcut says nothing.

    >>> from otpt import coerce_activities
    >>> bank = coerce_activities(pd.DataFrame({"activity": ["Buttoning", "Walking"], "lead": ["OT", "PT"],
    ...                                        "skills": ["fine_motor", "gait"]}))
    >>> shortcut_answers(bank).to_dict(orient="list")
    {'skills': ['OT', 'PT'], 'body part': ['OT', 'PT']}
    """
    skills = bank["skills"].map(lambda s: "OT" if _HANDS_AND_THINKING & set(s) else "PT")
    region = body_region(bank).map({"upper body": "OT", "lower body": "PT"})
    return pd.DataFrame({"skills": skills, "body part": region.astype(object).where(region.notna(), None)})


def counter_shortcut(bank: pd.DataFrame) -> pd.Series:
    """True for each activity on which at least one shortcut names a lead other than the key
    (the usual lead; an also-accepted answer does not rescue it): a learner answering by
    the shortcuts gets it wrong. A bank without ``skills`` has none (all False).

    >>> from otpt import coerce_activities
    >>> bank = coerce_activities(pd.DataFrame({"activity": ["Making friends", "Pelvic floor"], "lead": ["OT", "PT"],
    ...                                        "skills": ["social", "strength"], "body_region": "not a body part"}))
    >>> counter_shortcut(bank).tolist()   # the skills shortcut says PT for making friends
    [True, False]
    """
    if "skills" not in bank or bank.empty:
        return pd.Series(False, index=bank.index, dtype=bool)
    says = shortcut_answers(bank)
    key = bank["lead"].astype(str)
    misses = [says[name].notna() & (says[name] != key) for name in says]
    return pd.Series(np.logical_or.reduce(misses), index=bank.index, name="counter_shortcut")


def shortcut_share(answers: pd.DataFrame, bank: pd.DataFrame) -> pd.DataFrame:
    """How often each learner answered by a shortcut where it is wrong.

    Args:
        answers: first answers (columns ``learner``, ``activity_id``, ``answer``; as
            `otpt.first_answers` gives them).
        bank: the bank the answers were given on.

    Returns:
        One row per learner (index ``learner``, every learner in ``answers``): ``cards``,
        how many of their answered activities a shortcut gets wrong; ``by_shortcut``, on how
        many of those they gave a wrong shortcut's answer; ``share``, the two as a fraction
        0-1 (NaN where ``cards`` is 0).

    >>> from otpt import coerce_activities
    >>> bank = coerce_activities(pd.DataFrame({"id": ["a", "b"], "activity": ["Making friends", "Walking"],
    ...                                        "lead": ["OT", "PT"], "skills": ["social", "gait"]}))
    >>> answers = pd.DataFrame({"learner": ["Sam", "Ana"], "activity_id": ["a", "a"], "answer": ["PT", "OT"]})
    >>> shortcut_share(answers, bank).to_dict(orient="index")
    {'Ana': {'cards': 1, 'by_shortcut': 0, 'share': 0.0}, 'Sam': {'cards': 1, 'by_shortcut': 1, 'share': 1.0}}
    """
    says = shortcut_answers(bank).set_axis(bank["id"].astype(str))
    key = pd.Series(bank["lead"].astype(str).to_numpy(), index=says.index)
    wrong = {name: says[name].where(says[name].notna() & (says[name] != key)) for name in says}
    ids = answers["activity_id"].astype(str)
    counted = pd.Series(
        np.logical_or.reduce([w.reindex(ids).notna().to_numpy() for w in wrong.values()]), index=answers.index
    )
    by = pd.Series(
        np.logical_or.reduce(
            [(w.reindex(ids).to_numpy() == answers["answer"].to_numpy()) for w in wrong.values()]
        ),
        index=answers.index,
    )
    table = pd.DataFrame({"learner": answers["learner"], "cards": counted, "by_shortcut": by & counted})
    table = table.groupby("learner").sum().astype(int)
    table["share"] = (table["by_shortcut"] / table["cards"].where(table["cards"] > 0)).round(2)
    return table


def body_part_rule(data: pd.DataFrame) -> pd.DataFrame:
    """Test "upper body = OT, lower body = PT" on every upper-body and lower-body activity
    (lesson 3), as `shortcut_answers` applies it.

    Returns those activities with their region, the rule's guess (``rule_says``), the key,
    the outcome (right, defensible or not usually, as a learner's answer is graded) and
    ``correct`` (right or defensible). Whole-body and not-a-body-part activities are left
    out: the rule says nothing about them.
    """
    says = shortcut_answers(data)["body part"]
    judged = data[says.notna()].copy()
    judged["body_region"] = body_region(data)[judged.index]
    judged["rule_says"] = says[judged.index]
    also = judged["also_accepted"] if "also_accepted" in judged else pd.Series(None, index=judged.index)
    judged["outcome"] = [
        grade(rule, str(key), a if isinstance(a, str) else None)
        for rule, key, a in zip(judged["rule_says"], judged["lead"], also)
    ]
    judged["correct"] = judged["outcome"].isin(COUNTS_AS_RIGHT)
    return judged[["id", "activity", "body_region", "lead", "rule_says", "outcome", "correct"]]
