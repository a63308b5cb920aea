"""The numbers an instructor reads from a class: first answers, accuracy, debate, before/after, the demo class."""

import json

import pandas as pd

import otpt
from otpt.io import files

from .._banks import answer, save_answers_file


def test_first_answers_drop_review_rounds(saved_class):
    save_answers_file(
        saved_class, "cy.json", "cy", [answer("A1", "PT", "OT"), answer("A1", "OT", "OT", round_=2)]
    )
    merged = otpt.first_answers(otpt.load_class(saved_class))
    cy = merged[merged["learner"] == "cy"]
    assert list(cy["answer"]) == ["PT"]


def test_first_answers_are_the_first_of_the_lowest_round_in_the_rows_order():
    rows = [
        ("ada", "A1", 2, "PT"),
        ("ada", "A1", 1, "OT"),
        ("bo", "A1", 1, "Both"),
        ("ada", "A1", 1, "PT"),
        ("ada", "A2", 3, "OT"),
        ("bo", "A1", 2, "OT"),
        ("ada", "A2", 2, "Both"),
    ]
    answers = pd.DataFrame(rows, columns=["learner", "activity_id", "round", "answer"], index=list("abcdefg"))
    first = otpt.first_answers(answers)
    assert list(first.index) == ["b", "c", "g"]  # ada's A2 has no round 1: its round 2 is her first
    assert first["answer"].tolist() == ["OT", "Both", "Both"]


def test_class_views(saved_class):
    merged = otpt.load_class(saved_class)
    acc = otpt.activity_accuracy(merged)
    assert acc.loc["A1", "answered"] == 2 and acc.loc["A1", "right"] == 2 and acc.loc["A2", "accuracy"] == 0.5
    assert list(acc.index) == ["A2", "A1"]  # hardest first
    split = otpt.answer_split(merged)
    assert split.loc["A2", ["OT", "Both", "PT"]].tolist() == [0, 1, 1]
    assert split.loc["A1", "split"] == 0.0 and split.loc["A2", "split"] > 0.5
    assert list(otpt.most_debated(merged, top=1).index) == ["A2"]
    conf = otpt.confidence_table(merged)
    assert conf.loc["sure", "right"] == 3 and conf.loc["unsure", "wrong"] == 1


def test_class_majority_and_pre_post(saved_class):
    merged = otpt.load_class(saved_class)
    bank = otpt.coerce_activities(
        pd.DataFrame({"id": ["A1", "A2", "A3"], "activity": ["x", "y", "z"], "lead": ["OT", "Both", "PT"]})
    )
    majority = otpt.class_majority(merged, bank)
    assert list(majority["id"]) == ["A1", "A2"]
    assert list(majority["lead"]) == ["OT", "Both"]  # A2: a 1-1 tie between PT and Both goes to Both
    after = merged.assign(answer=merged["key"], outcome="right", correct=True)
    table = otpt.pre_post(merged, after)
    assert (
        table.loc["ada", "before"] == 0.5
        and table.loc["ada", "after"] == 1.0
        and table.loc["ada", "change"] == 0.5
    )


def test_simulated_demo_class_is_reproducible(tmp_path):
    bank = otpt.load_activities()
    first = otpt.simulate_class(tmp_path / "a", bank, learners=5, items=6, seed=3)
    second = otpt.simulate_class(tmp_path / "b", bank, learners=5, items=6, seed=3)
    assert [p.name for p in first] == [p.name for p in second]
    assert [json.loads(p.read_text()) for p in first] == [json.loads(p.read_text()) for p in second]
    merged = otpt.load_class(tmp_path / "a")
    assert merged["learner"].nunique() == 5 and len(merged) == 30
    assert set(merged["activity_id"]) <= set(bank["id"])


def test_a_demo_class_is_not_flushed_to_the_disk_but_a_learners_answers_are(tmp_path, monkeypatch):
    flushed = []
    monkeypatch.setattr(files.os, "fsync", flushed.append)
    otpt.simulate_class(tmp_path / "demo", otpt.load_activities(), learners=4, items=3, seed=1)
    assert flushed == [] and len(otpt.load_class(tmp_path / "demo")) == 12  # made again whenever needed
    otpt.save_answers([answer("A1", "OT", "OT")], tmp_path / "mine.json", learner="ada")
    assert len(flushed) == 1
