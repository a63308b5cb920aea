"""GoalWriter through its controls."""

import pytest

import otpt


def test_goal_writer_compares_typed_goals_with_the_worked_ones():
    writer = otpt.GoalWriter("A012")
    assert "Washing and grooming while standing at the sink" in writer.card.value
    writer.ot_box.value = "Within one week she will brush her teeth at the sink with set-up only."
    writer.pt_box.value = "<script>alert('x')</script>"
    writer.compare_button.click()
    html = writer.result.value
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert (
        html.count("\u2713") == 4
        and "\u2717 Names what PT works on" in html
        and "\u2717 Is functional" in html
    )
    assert otpt.load_worked_goals()["A012"].pt_goal in html
    assert "Co-treatment" in html
    writer.activity.value = "A056"  # a new activity clears the comparison
    assert writer.result.value == "" and "lunch tray" in writer.card.value


def test_goal_writer_rejects_an_activity_without_worked_goals():
    with pytest.raises(KeyError, match="no worked goals for activity 'A001'"):
        otpt.GoalWriter("A001")


def test_a_worked_example_is_not_called_the_learners():
    # visual-review-2 new #2: a draft typed by the lesson is not "Yours"
    draft = otpt.GoalWriter("A012", typed_name="The draft")
    draft.pt_box.value = "The patient will feel more confident."
    draft.compare_button.click()
    assert "<b>The draft:</b> The patient will feel more confident." in draft.result.value
    assert "Yours" not in draft.result.value


def test_the_goal_writer_shows_the_softer_prompt_with_its_own_symbol():
    # review 34 S5: a short-term body-function goal gets ≈ and its prompt, never color alone
    writer = otpt.GoalWriter("A012")
    writer.ot_box.value = (
        "Edema in the right hand will decrease by 1 cm in figure-of-eight measure within 2 weeks."
    )
    writer.pt_box.value = "Within 2 weeks the patient will do heel slides 3 sets of 10."
    writer.compare_button.click()
    html = writer.result.value
    assert "\u2248 Says which function it serves" in html and "\u2713 Says what will change" in html
    assert "\u2717 Is functional" in html  # the exercise still misses
