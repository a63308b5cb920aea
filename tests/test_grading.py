"""Grading, feedback and summaries: pure functions, no widgets."""

import pandas as pd
import pytest

import otpt
from otpt.render import html as render
from otpt.render import words


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
    fb = otpt.check_answer(bank, "A036", "Both")  # frozen shoulder: PT (OT defensible: a hand therapist)
    assert not fb.correct and fb.key == "PT" and fb.answer == "Both"
    assert fb.outcome == "not usually"
    assert words.verdict(fb) == "\u2717 Not usually - you said Both; usually PT"
    assert fb.misconception.startswith("It is not Both") and "upper body" in fb.misconception
    assert fb.pt_focus.startswith("Shoulder range of motion")
    assert fb.ot_focus.startswith(
        "Sometimes an upper-limb OT"
    )  # the other profession's part, where it has one
    assert words.team_note(fb) == ""


def test_right_answer_keeps_the_explanation_but_not_the_misconception(bank):
    fb = otpt.check_answer(bank, "A036", "pt")
    assert fb.correct and fb.outcome == "right" and words.verdict(fb) == "\u2713 Right - usually PT"
    assert fb.rationale and fb.misconception == ""


def test_both_gets_a_same_team_note_and_both_goals(bank):
    fb = otpt.check_answer(bank, "A012", "PT")  # grooming standing at the sink: co-treated
    assert fb.key == "Both" and not fb.correct and fb.outcome == "not usually"
    assert words.team_note(fb).startswith("Same team, same session") and "(co-treatment)" in words.team_note(
        fb
    )
    assert fb.ot_focus.startswith("Independence in grooming")
    assert fb.pt_focus.startswith("Standing balance")
    assert words.team_note(otpt.check_answer(bank, "A012", "Both")) == words.team_note(fb)


@pytest.mark.parametrize(
    ("activity_id", "kind", "starts"),
    [
        ("A042", "either specialist", "Same team, one person"),  # lymphedema
        ("A056", "separate services", "Same team, one plan"),  # school lunch tray, IEP
        ("A006", "co-treatment", "Same team, same session"),  # bed to chair in intensive care
    ],
)
def test_the_team_note_follows_how_the_work_is_shared(bank, activity_id, kind, starts):
    row = bank.set_index("id").loc[activity_id]
    assert row["shared_as"] == kind
    fb = otpt.check_answer(bank, activity_id, "Both")
    assert words.team_note(fb).startswith(starts)
    assert ("co-treatment" in words.team_note(fb)) == (kind == "co-treatment")


def test_a_bank_that_does_not_say_how_gets_a_neutral_note(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("activity,lead\nTransfers,Both\n", encoding="utf-8")
    fb = otpt.check_answer(otpt.load_activities(path), "row-2", "Both")
    assert words.team_note(fb).startswith(
        "Same team: one activity, two sets of goals"
    ) and "co-treat" not in words.team_note(fb)


def test_defensible_answer_counts_and_says_when_it_holds(bank):
    fb = otpt.check_answer(bank, "A012", "OT")  # grooming standing at the sink: Both, OT accepted
    assert fb.key == "Both" and fb.outcome == "defensible" and fb.correct
    assert (
        words.verdict(fb)
        == "\u2248 Defensible - usually Both; OT is also right in some places (see when below)"
    )
    assert "sees the patient alone" in fb.practice_varies
    assert fb.misconception == ""  # a defensible answer is not a misconception
    html = render.feedback_html(fb)
    assert "\u2248 Defensible" in html and "<b>Practice varies:</b>" in html
    wrong = otpt.check_answer(bank, "A012", "PT")
    assert wrong.outcome == "not usually" and wrong.misconception
    right = otpt.check_answer(bank, "A012", "Both")
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
    assert "\u2717 Not usually" in html  # a word and a symbol, not only a colour
    card = render.card_html(bank.iloc[0])
    assert "<img" not in card and "&lt;img src=x onerror=alert(1)&gt;" in card


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


def test_either_specialist_rows_accept_either_profession_with_their_own_verdict(bank):
    specialist = bank[bank["shared_as"] == "either specialist"]
    assert len(specialist) >= 3
    for activity_id in specialist["id"]:
        both = otpt.check_answer(bank, activity_id, "Both")
        assert words.verdict(both).startswith(
            "\u2713 Right - either profession: one specialist, an OT or a PT"
        )
        for profession in ("OT", "PT"):
            fb = otpt.check_answer(bank, activity_id, profession)
            assert fb.correct and words.verdict(fb).startswith("\u2248 Also right - one specialist")
            assert "usually Both" not in words.verdict(fb)  # never "two professionals usually share it"


def test_a_row_that_accepts_every_answer_has_no_mix_up_nobody_would_see(bank):
    """A mix-up is shown only after a 'not usually' answer; where every answer is right or
    defensible (A022, the either-specialist rows) its point belongs in the rationale."""
    for row in bank.itertuples():
        wrong = [a for a in otpt.LEADS if otpt.grade(a, str(row.lead), row.also_accepted) == "not usually"]
        if not wrong:
            assert not row.misconception, f"{row.id}: a mix-up no learner can see belongs in the rationale"
