"""Scoring the kit's assessment items for a class, in the shape the class views already
read: `score_items` turns answers to items into the rows `pre_post`, `plot_pre_post` and
`activity_accuracy` take, so a scored pre/post on the items uses the same before/after
machinery as the quiz.
"""

from __future__ import annotations

import random

import numpy as np
import pandas as pd

from ..io.items import LETTERS
from ..io.sessions import random_nickname

__all__ = ["items_by_plan", "objective_scores", "score_items", "simulate_item_answers"]

#: What `items_by_plan` writes for an item a plan may test, and for one it teaches but does
#: not score (0 points: a question to discuss).
TEST, DISCUSS = "test", "discuss"


def items_by_plan(items: pd.DataFrame, plans: pd.DataFrame) -> pd.DataFrame:
    """Which items each session plan may put in its post-test: those whose objective the plan
    teaches, and every case or lesson the item ``needs`` too.

    Args:
        items: the items (`otpt.load_items`): ``objective``, ``needs`` (lists) and ``points``.
        plans: what each plan teaches (`otpt.load_session_plans`): ``plan`` and ``teaches``.

    Returns:
        One row per item (indexed by ``item_id``, in the items' order) and one column per
        plan ("A", "B", "C", in the plans' order): "test" when the plan teaches it and the
        item is scored, "discuss" when the plan teaches it and the item has 0 points, ""
        when the plan does not teach it.

    Example:
        >>> items = pd.DataFrame({"objective": ["O1", "O1", "O6"], "needs": [[], ["stroke"], []],
        ...                       "points": [1, 1, 0]}, index=pd.Index(["I1", "I2", "I3"], name="item_id"))
        >>> plans = pd.DataFrame({"plan": ["B", "C", "C", "C"], "teaches": ["O1", "O1", "O6", "stroke"]})
        >>> items_by_plan(items, plans).to_dict("index")
        {'I1': {'B': 'test', 'C': 'test'}, 'I2': {'B': '', 'C': 'test'}, 'I3': {'B': '', 'C': 'discuss'}}
    """
    taught = {plan: set(part["teaches"]) for plan, part in plans.groupby("plan", sort=False)}
    table = pd.DataFrame(
        {
            plan: [
                (TEST if row["points"] > 0 else DISCUSS)
                if row["objective"] in teaches and set(row["needs"]) <= teaches
                else ""
                for _, row in items.iterrows()
            ]
            for plan, teaches in taught.items()
        },
        index=items.index,
    )
    return table


def score_items(answers: pd.DataFrame, items: pd.DataFrame) -> pd.DataFrame:
    """Each answer scored against its item, as class rows.

    A single_best answer scores 1 when it is the key's letter and 0 otherwise (an empty
    answer is 0). A short_answer scores ``points_given`` / the item's points, as the
    instructor marked it; short answers not yet marked (no ``points_given``) are left out
    and counted in ``attrs["unmarked"]``. An item worth 0 points (not scored: a question to
    discuss, such as I011) is left out, and its answers counted in ``attrs["unscored"]``.

    Args:
        answers: ``learner``, ``item_id``, ``answer`` and optional ``points_given``
            (`otpt.load_item_answers`, or `simulate_item_answers`).
        items: the items (`otpt.load_items`).

    Returns:
        A DataFrame with ``learner``, ``activity_id`` (the item id, so the class views read
        it), ``activity`` (the item's stem), ``objective``, ``answer``, ``key``,
        ``correct`` (the share of the item's points earned, 0-1), ``points`` (earned) and
        ``round`` (1).

    Example:
        >>> items = pd.DataFrame({"type": ["single_best"], "key": ["b"], "points": [1], "objective": ["O1"],
        ...                       "stem": ["Which?"]}, index=pd.Index(["I001"], name="item_id"))
        >>> score_items(pd.DataFrame({"learner": ["sam", "ana"], "item_id": ["I001", "I001"],
        ...                           "answer": ["b", "c"]}), items)["correct"].tolist()
        [1.0, 0.0]
    """
    frame = answers.merge(
        items[["type", "key", "points", "objective", "stem"]],
        left_on="item_id",
        right_index=True,
        how="inner",
    )
    unscored = frame["points"] <= 0
    frame = frame[~unscored]
    given = frame["points_given"] if "points_given" in frame else pd.Series(np.nan, index=frame.index)
    single = frame["type"] == "single_best"
    unmarked = ~single & given.isna()
    share = np.where(
        single, (frame["answer"].str.lower() == frame["key"]).astype(float), given / frame["points"]
    )
    scored = pd.DataFrame(
        {
            "learner": frame["learner"],
            "activity_id": frame["item_id"],
            "activity": frame["stem"],
            "objective": frame["objective"],
            "answer": frame["answer"],
            "key": frame["key"].where(single, "(model answer)"),
            "correct": share,
            "points": share * frame["points"],
            "round": 1,
        }
    )[~unmarked].reset_index(drop=True)
    scored.attrs["unmarked"] = int(unmarked.sum())
    scored.attrs["unscored"] = int(unscored.sum())
    return scored


def simulate_item_answers(
    items: pd.DataFrame, *, learners: int = 30, skill: float = 0.5, seed: int = 0, names_seed: int = 0
) -> pd.DataFrame:
    """Answers of a made-up class to the single_best items (for demonstrations).

    The class is simulated, not real: each learner's chance of choosing the key is drawn
    around ``skill`` (plus or minus 0.15), and a wrong answer is one of the other three
    options at random. The same ``names_seed`` gives the same nicknames as
    `otpt.simulate_class` with that seed, so one demo class can answer both.

    Returns:
        ``learner``, ``item_id``, ``answer`` - the shape `otpt.load_item_answers` returns.
    """
    single = items[items["type"] == "single_best"]
    rng, name_rng = np.random.default_rng(seed), random.Random(names_seed)
    names: list[str] = []
    while len(names) < learners:
        name = random_nickname(name_rng)
        if name not in names:
            names.append(name)
            name_rng.getrandbits(48)  # the session id simulate_class draws next: same names
    records = []
    for name in names:
        ability = rng.uniform(skill - 0.15, skill + 0.15)
        for item_id, key in single["key"].items():
            others = [x for x in LETTERS if x != key]
            answer = key if rng.random() < ability else others[rng.integers(len(others))]
            records.append({"learner": name, "item_id": item_id, "answer": answer})
    return pd.DataFrame(records, columns=["learner", "item_id", "answer"])


def objective_scores(before: pd.DataFrame, after: pd.DataFrame, objectives: pd.DataFrame) -> pd.DataFrame:
    """The class's share of points on each objective's items, before and after.

    Args:
        before, after: scored answers (`score_items`) from the same items.
        objectives: the session objectives (`otpt.load_objectives`), for their text.

    Returns:
        One row per objective with items answered: ``objective`` (its id and text),
        ``items`` (how many of its items were asked), ``before``, ``after`` (shares, 0-1)
        and ``change`` (after - before); in the objectives' order.
    """
    counts = pd.concat([before, after]).groupby("objective")["activity_id"].nunique()
    shares = {
        name: scored.groupby("objective")["correct"].mean()
        for name, scored in (("before", before), ("after", after))
    }
    table = pd.DataFrame({"items": counts, **shares})
    table = table.reindex([o for o in objectives.index if o in table.index])
    table["change"] = table["after"] - table["before"]
    table.insert(0, "objective", [f"{o}: {objectives.loc[o, 'text']}" for o in table.index])
    return table[["objective", "items", "before", "after", "change"]].reset_index(drop=True).round(2)
