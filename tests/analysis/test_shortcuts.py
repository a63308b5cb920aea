"""The learners' rules of thumb: which cards they miss, the quiz's draw, the usual-lead score
before and after, and how often a learner answers by a rule where it is wrong."""

import random

import pandas as pd
import pytest

import otpt
from otpt.analysis.classroom import class_majority
from otpt.analysis.rounds import COUNTER_SHORTCUT_SHARE, draw_activities, quiz_items
from otpt.analysis.shortcuts import counter_shortcut, shortcut_answers, shortcut_share


def _bank(rows):
    return otpt.coerce_activities(
        pd.DataFrame(rows, columns=["id", "activity", "lead", "skills", "body_region"])
    )


SMALL = [
    ("c1", "Making friends at recess", "OT", "social", "not a body part"),  # skills rule says PT
    ("c2", "Dressing after hip surgery", "OT", "balance", "lower body"),  # both rules say PT
    (
        "c3",
        "Reaching overhead with a sore shoulder",
        "PT",
        "range_of_motion",
        "upper body",
    ),  # body rule says OT
    ("s1", "Buttoning a shirt", "OT", "fine_motor", "upper body"),
    ("s2", "Walking after a fall", "PT", "gait", "lower body"),
    ("s3", "Climbing stairs", "PT", "strength", "lower body"),
    ("s4", "Writing a note", "OT", "fine_motor", "upper body"),
    ("s5", "Running again", "PT", "endurance", "whole body"),
]


def test_each_shortcut_is_applied_to_each_card_and_a_miss_is_against_the_usual_lead():
    bank = _bank(SMALL)
    says = shortcut_answers(bank)
    assert says["skills"].tolist() == ["PT", "PT", "PT", "OT", "PT", "PT", "OT", "PT"]
    assert says["body part"].tolist() == [None, "PT", "OT", "OT", "PT", "PT", "OT", None]
    assert bank.loc[counter_shortcut(bank), "id"].tolist() == ["c1", "c2", "c3"]
    both = _bank([("b", "Getting into the car", "Both", "gait", "whole body")])
    assert counter_shortcut(both).tolist() == [True]  # the skills rule never says Both
    # an also-accepted answer does not rescue a rule: the key is what it has to name
    accepted = otpt.coerce_activities(
        pd.DataFrame(
            {
                "id": ["x"],
                "activity": ["Frozen shoulder"],
                "lead": ["PT"],
                "also_accepted": ["OT"],
                "skills": ["range_of_motion"],
                "body_region": ["upper body"],
            }
        )
    )
    assert counter_shortcut(accepted).tolist() == [True]


def test_a_draw_takes_its_share_of_counter_shortcut_cards_and_stays_seeded():
    bank = _bank(SMALL * 1)
    for seed in range(30):
        drawn = draw_activities(bank, random.Random(seed), 5)
        assert len(drawn) == len(set(drawn)) == 5
        assert sum(i.startswith("c") for i in drawn) >= 2  # ceil(0.4 * 5)
        assert drawn == draw_activities(bank, random.Random(seed), 5)  # one order for the class
    assert sorted(draw_activities(bank, random.Random(1))) == sorted(bank["id"])  # all: every card


def test_the_default_quiz_draw_is_at_least_two_fifths_counter_shortcut():
    bank = otpt.load_activities()
    quiz = bank[quiz_items(bank)]
    counter = dict(zip(quiz["id"], counter_shortcut(quiz)))
    assert 0 < sum(counter.values()) < COUNTER_SHORTCUT_SHARE * len(quiz)  # a plain draw would fall short
    for seed in (0, 1, 2026):
        round_ = otpt.ClassifyQuiz(n=20, seed=seed, autosave=False).round
        assert sum(counter[i] for i in round_.order) >= COUNTER_SHORTCUT_SHARE * 20


def test_pre_post_compares_the_usual_lead_and_shows_the_accepted_score_and_the_shortcuts():
    bank = _bank(SMALL)

    def answers(learner, given):
        rows = bank.set_index("id").loc[list(given)]
        frame = pd.DataFrame(
            {
                "learner": learner,
                "activity_id": list(given),
                "answer": list(given.values()),
                "key": rows["lead"].astype(str).to_numpy(),
                "round": 1,
            }
        )
        frame["outcome"] = [otpt.grade(a, k) for a, k in zip(frame["answer"], frame["key"])]
        frame["correct"] = frame["outcome"] != "not usually"
        return frame

    before = answers("Sam", {"c1": "PT", "c2": "PT", "s1": "OT", "s2": "PT"})
    before.loc[1, ["outcome", "correct"]] = ["defensible", True]  # as if c2 also accepted PT
    after = answers("sam", {"c1": "OT", "c2": "OT", "s1": "OT", "s2": "OT"})
    table = otpt.pre_post(before, after, bank)
    row = table.loc["Sam"]
    assert (row["before"], row["before_accepted"], row["after"], row["after_accepted"]) == (
        0.5,
        0.75,
        0.75,
        0.75,
    )
    assert row["change"] == 0.25  # the usual lead: a defensible answer is not counted
    assert (row["shortcut_before"], row["shortcut_after"]) == (1.0, 0.0)
    assert "shortcut_before" not in otpt.pre_post(before, after)


def test_shortcut_share_counts_only_cards_a_shortcut_misses():
    bank = _bank(SMALL)
    answers = pd.DataFrame(
        {
            "learner": ["A", "A", "A", "B"],
            "activity_id": ["c3", "s1", "s2", "s1"],
            "answer": ["OT", "OT", "PT", "OT"],
        }
    )
    table = shortcut_share(answers, bank)
    assert table.loc["A"].tolist() == [1, 1, 1.0]
    assert table.loc["B", "cards"] == 0 and pd.isna(table.loc["B", "share"])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_simulated_class_looks_like_a_class(tmp_path, seed):
    """Review 24 (S11): the demo class said Both on 17 of 20 activities."""
    bank = otpt.load_activities()
    otpt.simulate_class(tmp_path, bank, learners=30, seed=seed)
    answers = otpt.load_class(tmp_path)
    majority = class_majority(answers, bank)
    keys = bank.set_index("id").loc[majority["id"], "lead"].astype(str)
    both_keys, both_majority = int((keys == "Both").sum()), int((majority["lead"] == "Both").sum())
    assert both_majority <= both_keys + 2  # Both is the class's answer about as often as it is the key
    # a class before the lecture: its majority names the usual lead on 11 to 18 of the 20 (seeds 0-5)
    assert (majority["lead"].astype(str).to_numpy() == keys.to_numpy()).mean() >= 0.55
    wrong = answers[answers["outcome"] == "not usually"]
    by_rule = shortcut_share(answers, bank)
    assert len(wrong) > 0 and by_rule["share"].mean() > 0.3  # wrong answers follow the rules of thumb
