"""Grading, feedback and summaries: pure functions, no widgets."""

import pandas as pd
import pytest

import otpt
from otpt import render


@pytest.fixture(scope="module")
def bank():
    return otpt.load_activities()


def answers_of(pairs):
    return pd.DataFrame(
        [{"activity_id": f"X{i}", "answer": a, "key": k} for i, (a, k) in enumerate(pairs)],
        columns=["activity_id", "answer", "key"],
    )


@pytest.mark.parametrize(
    ("given", "expected"), [("OT", "OT"), (" ot ", "OT"), ("both", "Both"), ("PT", "PT")]
)
def test_normalize_answer(given, expected):
    assert otpt.normalize_answer(given) == expected


def test_normalize_answer_rejects_others():
    with pytest.raises(ValueError, match="must be OT, PT or Both, not 'nurse'"):
        otpt.normalize_answer("nurse")


def test_wrong_answer_shows_the_misconception(bank):
    fb = otpt.check_answer(bank, "A036", "OT")  # frozen shoulder: PT
    assert not fb.correct and fb.key == "PT" and fb.answer == "OT"
    assert fb.verdict == "\u2717 Not quite - you said OT; usually PT"
    assert "upper body" in fb.misconception
    assert fb.pt_focus.startswith("Shoulder range of motion")
    assert fb.ot_focus == ""  # "-" in the bank means no part
    assert fb.team_note == ""


def test_right_answer_keeps_the_explanation_but_not_the_misconception(bank):
    fb = otpt.check_answer(bank, "A036", "pt")
    assert fb.correct and fb.verdict == "\u2713 Correct - PT"
    assert fb.rationale and fb.misconception == ""


def test_both_gets_a_same_team_note_and_both_goals(bank):
    fb = otpt.check_answer(bank, "A012", "OT")  # grooming standing at the sink
    assert fb.key == "Both" and not fb.correct
    assert fb.team_note.startswith("Same team: one activity, two sets of goals.")
    assert fb.ot_focus.startswith("Independence in grooming")
    assert fb.pt_focus.startswith("Standing balance")
    assert fb.team_note.endswith("(co-treatment).")
    assert otpt.check_answer(bank, "A012", "Both").team_note == fb.team_note


def test_unknown_activity(bank):
    with pytest.raises(KeyError, match="no activity with id 'Z999'"):
        otpt.check_answer(bank, "Z999", "OT")


def test_summary_scores_per_lead_confusion_and_missed():
    answers = answers_of([("OT", "OT"), ("PT", "OT"), ("Both", "Both"), ("Both", "PT"), ("PT", "PT")])
    s = otpt.summarize(answers)
    assert (s.n_correct, s.n_answered) == (3, 5)
    assert s.score == pytest.approx(0.6)
    assert s.per_lead.loc["OT", "answered"] == 2 and s.per_lead.loc["OT", "correct"] == 1
    assert s.per_lead.loc["OT", "accuracy"] == 0.5 and s.per_lead.loc["PT", "accuracy"] == 0.5
    assert s.per_lead.loc["Both", "accuracy"] == 1.0
    assert s.confusion.loc["OT", "PT"] == 1 and s.confusion.loc["PT", "Both"] == 1
    assert s.confusion.to_numpy().sum() == 5
    assert s.missed == ["X1", "X3"]


def test_summary_of_nothing():
    s = otpt.summarize(answers_of([]))
    assert (s.n_correct, s.n_answered, s.score, s.missed) == (0, 0, 0.0, [])
    assert s.per_lead["accuracy"].isna().all()


def test_feedback_html_escapes_bank_text_and_never_relies_on_colour(tmp_path):
    evil = "<img src=x onerror=alert(1)>"
    path = tmp_path / "evil.csv"
    path.write_text(
        f'id,activity,lead,rationale,ot_focus,pt_focus,misconception\nE1,"{evil}",Both,"<script>x</script>",a & b,c,m\n',
        encoding="utf-8",
    )
    bank = otpt.load_activities(path)
    fb = otpt.check_answer(bank, "E1", "PT")
    html = render.feedback_html(fb)
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert "a &amp; b" in html
    assert "\u2717 Not quite" in html  # a word and a symbol, not only a colour
    card = render.card_html(bank.iloc[0])
    assert "<img" not in card and "&lt;img src=x onerror=alert(1)&gt;" in card
