"""Grading: right, defensible or not usually, with the bank's explanation; summaries."""

import pandas as pd
import pytest

import otpt
from otpt.render import html as render
from otpt.render import words


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


def test_wrong_answer_shows_the_misconception(tiny_bank):
    fb = otpt.check_answer(tiny_bank, "T1", "Both")  # PT, OT defensible
    assert not fb.correct and fb.key == "PT" and fb.answer == "Both"
    assert fb.outcome == "not usually"
    assert words.verdict(fb) == "\u2717 Not usually - you said Both; usually PT"
    assert fb.misconception == "It is not Both: the upper body is not OT's by rule."
    assert fb.pt_focus == "Shoulder range of motion."
    assert fb.ot_focus.startswith("Sometimes an upper-limb OT")  # the other profession's part
    assert words.team_note(fb) == ""


def test_a_focus_of_dash_means_no_part(tiny_bank):
    assert otpt.check_answer(tiny_bank, "T5", "OT").pt_focus == ""


def test_right_answer_keeps_the_explanation_but_not_the_misconception(tiny_bank):
    fb = otpt.check_answer(tiny_bank, "T1", "pt")
    assert fb.correct and fb.outcome == "right" and words.verdict(fb) == "\u2713 Right - usually PT"
    assert fb.rationale and fb.misconception == ""


def test_defensible_answer_counts_and_says_when_it_holds(tiny_bank):
    fb = otpt.check_answer(tiny_bank, "T2", "OT")  # Both, OT accepted
    assert fb.key == "Both" and fb.outcome == "defensible" and fb.correct
    assert (
        words.verdict(fb)
        == "\u2248 Also right (practice varies) - Both, for this patient's reason; OT is right in some places too (see when below)"
    )
    assert fb.practice_varies == "OT alone where the OT sees the patient alone."
    assert fb.misconception == ""  # a defensible answer is not a misconception
    html = render.feedback_html(fb)
    assert "\u2248 Also right (practice varies)" in html and "<b>Practice varies:</b>" in html
    wrong = otpt.check_answer(tiny_bank, "T2", "PT")
    assert wrong.outcome == "not usually" and wrong.misconception
    right = otpt.check_answer(tiny_bank, "T2", "Both")
    assert (
        right.outcome == "right" and right.practice_varies == fb.practice_varies
    )  # the learner always sees why


@pytest.mark.parametrize(
    ("answer", "key", "also", "outcome"),
    [
        ("OT", "OT", None, "right"),
        ("OT", "Both", "OT", "defensible"),
        ("PT", "Both", "OT", "not usually"),
        ("Both", "OT", None, "not usually"),
    ],
)
def test_grade(answer, key, also, outcome):
    assert otpt.grade(answer, key, also) == outcome


def test_summary_counts_defensible_answers_as_correct():
    answers = answers_of([("OT", "OT"), ("OT", "Both"), ("PT", "Both")])
    answers["outcome"] = ["right", "defensible", "not usually"]
    s = otpt.summarize(answers)
    assert (s.n_correct, s.n_defensible, s.n_answered) == (2, 1, 3)
    assert s.missed == ["X2"]
    assert s.per_lead.loc["Both", "correct"] == 1


def test_unknown_activity(tiny_bank):
    with pytest.raises(KeyError, match="no activity with id 'Z999'"):
        otpt.check_answer(tiny_bank, "Z999", "OT")


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


def test_two_defensible_answers(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "id,activity,lead,also_accepted,practice_varies\nB1,Bed mobility,Both,pt; OT,Either may do it alone.\n",
        encoding="utf-8",
    )
    bank = otpt.load_activities(path)
    assert bank.loc[0, "also_accepted"] == "OT;PT"  # canonical order, any capitalisation and spacing
    assert [otpt.check_answer(bank, "B1", a).outcome for a in ("OT", "Both", "PT")] == [
        "defensible",
        "right",
        "defensible",
    ]
    assert words.defensible_phrase("OT;PT") == "OT and PT are defensible too"
