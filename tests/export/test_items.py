"""Items for the exporters: the item table read and checked, bank rows made into items with
the quiz's own feedback."""

from __future__ import annotations

from pathlib import Path

import pytest

import otpt
from otpt.analysis.grading import check_answer
from otpt.export.items import assessment_items, bank_items
from otpt.io.bank import load_activities
from otpt.render.words import verdict

FIXTURE = Path(__file__).parents[1] / "data" / "assessment_items.csv"


def test_item_table_reads_every_column():
    first, second, third = assessment_items(FIXTURE)
    assert (first.item_id, first.kind, first.key, first.points, first.ipec, first.objective) == (
        "I001",
        "single_best",
        "a",
        1.0,
        ("RR1", "TT3"),
        "O2",
    )
    assert first.options[3] == ("d", 'A "handoff" {shift change}')
    assert [x for x, _ in second.options] == ["a", "b", "c", "d"] and second.options[2] == ("c", "Gait speed")
    assert set(second.feedback) == {"a", "b", "c", "d"}
    assert third.kind == "short_answer" and third.key.startswith("The PT works on standing balance")
    assert third.options == () and third.points == 3.0


def test_the_kits_own_items_are_the_default():
    items = assessment_items()
    assert [i.item_id for i in items] == list(otpt.load_items().index)
    assert all(i.key in dict(i.options) for i in items if i.kind == "single_best")


def test_item_table_problems_are_the_loaders_with_line_and_column(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").splitlines()
    text[1] = text[1].replace("I001,single_best", "I001,multiple_choice")
    bad = tmp_path / "items.csv"
    bad.write_text("\n".join(text), encoding="utf-8")
    with pytest.raises(otpt.ItemsFileError) as caught:
        assessment_items(bad)
    message = str(caught.value)
    assert (
        f"{bad}" in message and "line 2" in message and "B (type)" in message and "multiple_choice" in message
    )


def test_bank_items_carry_the_quizs_own_feedback():
    bank = load_activities()
    (item,), left_out = bank_items(bank, ["A050"])
    assert left_out == []
    assert item.options == (("a", "OT"), ("b", "PT"), ("c", "Both")) and item.key == "a"
    for letter, answer in item.options:
        fb = check_answer(bank, "A050", answer)
        assert item.feedback[letter].startswith(verdict(fb) + ".")
        assert (
            (fb.misconception in item.feedback[letter])
            if fb.misconception
            else item.feedback[letter] == verdict(fb) + "."
        )
    assert item.rationale == bank.set_index("id").loc["A050", "rationale"]
    assert "Handwriting" in item.stem


def test_bank_items_leave_out_rows_with_a_second_accepted_answer():
    items, left_out = bank_items(None, ["A050", "A060", "A001"])
    assert [i.item_id for i in items] == ["A050", "A001"]  # the order asked
    assert len(left_out) == 1 and left_out[0].startswith("A060 (") and "Both is also accepted" in left_out[0]


def test_bank_items_name_unknown_ids():
    with pytest.raises(KeyError, match="'A999'"):
        bank_items(None, ["A050", "A999"])


def test_every_quiz_row_by_default():
    bank = load_activities()
    items, left_out = bank_items(bank)
    assert len(items) + len(left_out) == int(bank["quiz"].astype(bool).sum())


def test_a_bank_with_only_the_required_columns():
    import pandas as pd

    (item,), left_out = bank_items(pd.DataFrame({"activity": ["Walking after a fall"], "lead": ["PT"]}))
    assert left_out == [] and item.key == "b" and (item.source, item.rationale) == ("", "")
    assert item.feedback["b"] == "\u2713 Right - usually PT."
