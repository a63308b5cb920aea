"""Scoring the kit's items for a class: single-best answers by letter, short answers by the
instructor's marks, in the rows the before/after views read."""

import numpy as np
import pandas as pd
import pytest

import otpt


@pytest.fixture(scope="module")
def items():
    return otpt.load_items()


def test_single_best_by_letter_short_answer_by_marks_unmarked_left_out(items):
    single = items.index[items["type"] == "single_best"][0]
    short = items.index[items["type"] == "short_answer"][0]
    key = items.loc[single, "key"]
    wrong = next(x for x in "abcd" if x != key)
    answers = pd.DataFrame(
        {
            "learner": ["sam", "ana", "sam", "ana"],
            "item_id": [single, single, short, short],
            "answer": [key.upper(), wrong, "some text", "other text"],
            "points_given": [np.nan, np.nan, 1.0, np.nan],
        }
    )
    scored = otpt.score_items(answers, items)
    assert scored[["learner", "activity_id", "correct"]].values.tolist() == [
        ["sam", single, 1.0],
        ["ana", single, 0.0],
        ["sam", short, 1 / items.loc[short, "points"]],
    ]
    assert scored.attrs["unmarked"] == 1
    assert (
        scored.loc[2, "key"] == "(model answer)"
        and scored.loc[0, "objective"] == items.loc[single, "objective"]
    )


def test_pre_post_on_items_uses_the_class_before_after_views(items):
    before = otpt.score_items(
        otpt.simulate_item_answers(items, learners=12, skill=0.4, seed=1, names_seed=3), items
    )
    after = otpt.score_items(
        otpt.simulate_item_answers(items, learners=12, skill=0.8, seed=2, names_seed=3), items
    )
    table = otpt.pre_post(before, after)
    assert len(table) == 12 and table.attrs["unmatched_before"] == []
    # each learner's share is their points over the single-best items they answered
    first = before[before["learner"] == table.index[0]]
    assert table.iloc[0]["before"] == round(first["correct"].mean(), 2)
    assert table["after"].mean() > table["before"].mean()
    objectives = otpt.objective_scores(before, after, otpt.load_objectives())
    single = items[items["type"] == "single_best"]
    # I011 is worth 0 points (a question to discuss): answered, never scored
    assert objectives["items"].sum() == len(single) - 1 and before.attrs["unscored"] == 12
    assert "I011" not in set(before["activity_id"]) and items.loc["I011", "points"] == 0
    o1 = before[before["objective"] == "O1"]["correct"].mean()
    assert objectives.loc[0, "objective"].startswith("O1: ") and objectives.loc[0, "before"] == round(o1, 2)


def test_simulated_item_class_has_the_demo_quiz_class_names(items, tmp_path):
    otpt.simulate_class(tmp_path, otpt.load_activities(), learners=4, items=2, seed=0, names_seed=5)
    quiz_names = set(otpt.load_class(tmp_path)["learner"])
    answers = otpt.simulate_item_answers(items, learners=4, seed=0, names_seed=5)
    assert set(answers["learner"]) == quiz_names
    assert set(answers["item_id"]) == set(items.index[items["type"] == "single_best"])
    assert set(answers["answer"]) <= set("abcd")


def test_item_scores_are_not_called_usual_lead_scores(items):
    """Review 25 (S5): assessment items have no usual lead; the quiz's figure words are not theirs."""
    before = otpt.score_items(
        otpt.simulate_item_answers(items, learners=4, skill=0.4, seed=1, names_seed=3), items
    )
    after = otpt.score_items(
        otpt.simulate_item_answers(items, learners=4, skill=0.8, seed=2, names_seed=3), items
    )
    ax = otpt.plot_pre_post(before, after=after)
    assert ax.get_ylabel() == "learner's score (%)"
    assert otpt.describe_pre_post(before, after=after).startswith("Scores of 4 learners who answered")
