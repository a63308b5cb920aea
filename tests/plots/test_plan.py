"""The plan picture: both plans in three columns."""

import otpt

CASES = otpt.load_cases()


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
