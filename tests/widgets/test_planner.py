"""CareTeamPlanner through its buttons."""

import re

import pytest

import otpt

CASES = otpt.load_cases()


def test_planner_widget_round_trip():
    planner = otpt.CareTeamPlanner("hip")
    planner.check_button.click()
    assert "Choose OT, PT or Both for at least one task first" in planner.feedback.value
    tasks = CASES["hip"].tasks
    for t in tasks:
        planner.choices[t.task_id].value = t.lead
    planner.choices["hip-7"].value = "PT"  # socks with a sock aid: OT's
    planner.check_button.click()
    assert f"{len(tasks) - 1} of {len(tasks)} tasks as recommended" in planner.feedback.value
    assert "\u2717 You chose PT; recommended: OT" in planner.feedback.value
    assert "<b>OT goal:</b> Lower-body dressing" in planner.feedback.value
    alt = re.search(r'alt="([^"]*)"', planner.picture.value).group(1)
    assert alt.startswith("Plan for &#x27;The day after hip surgery&#x27;: 6 of 7 tasks as recommended.")
    planner.reset_button.click()
    assert all(v is None for v in planner.plan.values()) and planner.picture.value == ""
    planner.choices[tasks[0].task_id].value = tasks[0].lead
    planner.check_button.click()  # the other tasks are said to be unassigned, in one plain phrase
    assert (
        f"<b>{tasks[1].task}</b> - not assigned; recommended: {tasks[1].lead}<br>" in planner.feedback.value
    )
    with pytest.raises(ValueError, match="no case called 'nope'; choose from: hip, school, falls"):
        otpt.CareTeamPlanner("nope")


def test_a_defensible_plan_is_marked_and_counted():
    case = CASES["falls"]
    plan = {t.task_id: t.lead for t in case.tasks}
    plan["falls-2"] = "PT"  # the home hazard check: OT, PT defensible where the PT does it
    checks = {c.task: c for c in otpt.check_plan(case, plan)}
    hazards = checks["Checking the home for hazards"]
    assert hazards.outcome == "defensible" and hazards.correct
    assert "Checking the home for hazards: PT (defensible; recommended OT)" in otpt.describe_plan(
        case, plan=plan
    )
    # review 37 M2 (reversing review 28 M2): the usual one-therapist answer to a co-treated task
    # is also right, as the bank's A012 says of grooming at the sink
    hip = CASES["hip"]
    plan_ot = {t.task_id: t.lead for t in hip.tasks} | {"hip-5": "OT"}
    sink = {c.task: c for c in otpt.check_plan(hip, plan_ot)}["Washing and brushing her teeth at the sink"]
    assert sink.outcome == "defensible" and sink.correct
    plan_pt = {t.task_id: t.lead for t in hip.tasks} | {"hip-5": "PT"}
    sink = {c.task: c for c in otpt.check_plan(hip, plan_pt)}["Washing and brushing her teeth at the sink"]
    assert sink.outcome == "not usually" and not sink.correct
    planner = otpt.CareTeamPlanner("falls")
    for task_id, lead in plan.items():
        planner.choices[task_id].value = lead
    planner.check_button.click()
    assert "\u2248 Also right (practice varies): you chose PT; recommended: OT" in planner.feedback.value
    assert f"{len(plan) - 1} of {len(plan)} tasks as recommended, 1 more also right" in planner.feedback.value


def test_a_worked_example_plan_is_not_called_the_learners(monkeypatch):
    # visual-review-2 new #2: the plan a lesson enters is not "Your plan"
    drawn = {}
    real = otpt.widgets.planner.plot_plan

    def spy(*args, **kwargs):
        drawn["ax"] = real(*args, **kwargs)
        return drawn["ax"]

    monkeypatch.setattr(otpt.widgets.planner, "plot_plan", spy)
    demo = otpt.CareTeamPlanner("hip", plan_name="The rule's plan")
    demo.choices["hip-1"].value = "PT"
    demo.check_button.click()
    shown = {t.get_text() for t in drawn["ax"].texts}
    assert "The rule's plan" in shown and "Your plan" not in shown and "Recommended" in shown
