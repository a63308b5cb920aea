"""Case studies (validated like the bank) and the CareTeamPlanner driven through its controls."""

import re

import pytest

import otpt

CASES = otpt.load_cases()


def test_bundled_cases_cover_the_source_story():
    assert set(CASES) == {"hip", "school", "falls"}
    hip = [t.task.lower() for t in CASES["hip"].tasks]
    for words in (
        "exercising the legs",
        "morning routine",
        "getting out of bed",
        "brushing her teeth",
        "standing",
        "walking",
    ):
        assert any(words in t for t in hip), words
    school = " ".join(t.task.lower() for t in CASES["school"].tasks)
    for words in ("sensory", "handwriting", "playground", "one plan"):
        assert words in school
    for case in CASES.values():
        assert case.summary and case.setting
        assert {t.lead for t in case.tasks} == {"OT", "Both", "PT"}
        for t in case.tasks:
            assert t.why
            # the lead's profession always has a goal, Both means both do; the other
            # profession's part is filled wherever it has one (a PT note on an OT task)
            assert bool(t.ot_goal) or t.lead == "PT", t.task_id
            assert bool(t.pt_goal) or t.lead == "OT", t.task_id


def test_case_file_errors_name_line_column_and_value(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text(
        "case_id,task_id,task,lead\nc1,t1,Walk,PT\nc1,t1,Dress,nurse\n,t3,,OT\n", encoding="utf-8"
    )
    with pytest.raises(otpt.CaseFileError) as info:
        otpt.load_cases(path)
    message = str(info.value)
    assert message.startswith(f"Could not load the case file '{path}': 4 problems.")
    assert "line 3, column D (lead): found 'nurse'. Allowed: OT, PT or Both" in message
    assert "line 3, column B (task_id): found the task id 't1' again" in message
    assert "line 4, column A (case_id): found an empty cell" in message
    assert "line 4, column C (task): found an empty cell" in message
    path.write_text("case,task\n", encoding="utf-8")
    with pytest.raises(otpt.CaseFileError, match="no 'case_id' column"):
        otpt.load_cases(path)


def test_own_case_file_with_both_and_defaults(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("case_id,task,lead\nmine,Cooking,OT\nmine,Walking to the shop,both\n", encoding="utf-8")
    case = otpt.load_cases(path)["mine"]
    assert case.title == "mine" and [t.lead for t in case.tasks] == ["OT", "Both"]
    assert [t.task_id for t in case.tasks] == ["row-2", "row-3"]


def test_check_plan_and_its_description():
    case = CASES["school"]
    plan = {t.task_id: t.lead for t in case.tasks}
    plan["school-1"] = "PT"
    plan["school-6"] = None
    checks = otpt.check_plan(case, plan)
    assert [c.correct for c in checks] == [False, True, True, True, True, False]
    text = otpt.describe_plan(case, plan=plan)
    assert "4 of 6 tasks as recommended" in text
    assert "Sensory strategies for the classroom: PT (recommended OT)" in text
    assert "One plan with the teacher and family: not assigned (recommended Both)" in text


def test_plan_picture_shows_both_plans_in_three_columns():
    case = CASES["falls"]
    plan = {t.task_id: "OT" for t in case.tasks}
    ax = otpt.plot_plan(case, plan=plan)
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("OT") == 2 and texts.count("Both") == 2 and texts.count("PT") == 2
    assert {"Your plan", "Recommended"} <= set(texts)
    marked = [t for t in texts if t.startswith(("\u2713", "\u2717"))]
    assert len(marked) == len(case.tasks)
    assert sum(t.startswith("\u2713") for t in marked) == sum(t.lead == "OT" for t in case.tasks)


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
    with pytest.raises(ValueError, match="no case called 'nope'; choose from: hip, school, falls"):
        otpt.CareTeamPlanner("nope")


def test_a_defensible_plan_is_marked_and_counted():
    case = CASES["hip"]
    plan = {t.task_id: t.lead for t in case.tasks}
    plan["hip-5"] = "OT"  # washing at the sink: Both, OT defensible where the OT works alone
    checks = {c.task: c for c in otpt.check_plan(case, plan)}
    sink = checks["Washing and brushing her teeth at the sink"]
    assert sink.outcome == "defensible" and sink.correct
    assert (
        "Washing and brushing her teeth at the sink: OT (defensible; recommended Both)"
        in otpt.describe_plan(case, plan=plan)
    )
    planner = otpt.CareTeamPlanner("hip")
    for task_id, lead in plan.items():
        planner.choices[task_id].value = lead
    planner.check_button.click()
    assert "\u2248 Defensible: you chose OT; recommended: Both" in planner.feedback.value
    assert f"{len(plan) - 1} of {len(plan)} tasks as recommended, 1 more defensible" in planner.feedback.value
