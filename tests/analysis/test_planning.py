"""A plan checked against a case, and its sentence."""

import otpt

CASES = otpt.load_cases()


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
