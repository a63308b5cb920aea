"""The self-check of a written goal prompts what is missing."""

import pytest

import otpt


def test_checklist_prompts_what_is_missing():
    checks = dict((text, ok) for ok, text in otpt.goal_checklist("Improve balance", "PT"))
    assert [ok for ok in checks.values()] == [False, False, False, True, False]
    assert otpt.goal_checklist("  ", "OT") == [(False, "Write the OT goal first.")]
    ot = otpt.goal_checklist("She will stand for 5 minutes within a week.", "OT", "Grooming at the sink")
    assert ot[-1][0] is False and "grooming at the sink" in ot[-1][1]
    with pytest.raises(ValueError, match="must be 'OT' or 'PT'"):
        otpt.goal_checklist("x", "SLP")


@pytest.mark.parametrize(
    ("goal", "functional"),
    [
        ("Within 3 weeks her left knee will bend to 110 degrees.", False),  # a body part and a number only
        ("Within 3 weeks she will have 4/5 hip strength.", False),
        ("Within 3 weeks she will climb the 12 school stairs with one rail and no help.", True),
        ("By discharge he will get into the car with stand-by help.", True),
        ("In 2 weeks her knee will bend to 110 degrees so she can ride her bike.", True),
    ],
)
def test_a_pt_goal_is_asked_whether_it_is_functional(goal, functional):
    # Medicare Benefit Policy Manual ch. 15, 220.1.2: functional, measurable goals - a PT
    # goal that names only a body part or a number is prompted to say what it is for.
    last_ok, last_prompt = otpt.goal_checklist(goal, "PT", "Riding a bike; leisure participation")[-1]
    assert last_prompt.startswith("Is functional") and last_ok is functional


@pytest.mark.parametrize(
    ("goal", "profession", "task", "expected"),
    [
        # review 14: a bare "by" is no time frame; "patient" names no activity
        ("The patient will dress by herself.", "OT", "Dressing after a stroke; dressing", [True, False, False, True]),
        ("Within 5 days the patient will increase shoulder flexion to 90 degrees.", "OT",
         "Moving a patient from bed to chair in intensive care; functional mobility", [True, True, True, False]),
        # the activity named in other words than the task's title: its OTPF-4 occupation's
        ("Within 2 days the patient will brush her teeth with supervision.", "OT",
         "Washing and grooming while standing at the sink; personal hygiene and grooming", [True, True, True, True]),
        ("Within 2 weeks, the student will open his milk carton on 4 of 5 days.", "OT",
         "Carrying a lunch tray in the school cafeteria; feeding", [True, True, True, True]),
        # how PT students write goals: shorthand is read
        ("Pt to ambulate 150 ft with RW and CGA x 2 weeks to the bathroom.", "PT",
         "Walking to the bathroom; functional mobility", [True, True, True, True, True]),
        ("By the IEP review he will climb the 12 school stairs with one rail.", "PT",
         "Stairs; formal educational participation", [True, True, True, True, True]),
    ],
)  # fmt: skip
def test_the_self_check_reads_goals_as_clinicians_write_them(goal, profession, task, expected):
    assert [ok for ok, _ in otpt.goal_checklist(goal, profession, task)] == expected
