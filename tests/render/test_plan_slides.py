"""A case for a projector: its tasks to plan, then the recommended plan (the slides' cases)."""

from __future__ import annotations

from otpt.io.cases import Case, Task, load_cases
from otpt.render.plan import case_tasks_html, recommended_task_html


def test_every_task_then_who_leads_it_and_why():
    case = load_cases()["hip"]
    tasks = case_tasks_html(case)
    plan = "".join(recommended_task_html(case, n) for n in range(1, len(case.tasks) + 1))
    assert tasks.count("<li>") == len(case.tasks) and "recommended" not in tasks
    for task in case.tasks:
        assert f"recommended: {task.lead}" in plan
    assert plan.count("<b>OT goal:</b>") == sum(bool(t.ot_goal) for t in case.tasks)


def test_escaped_and_defensible_named():
    case = Case(
        "x",
        "Tom & <Jerry>",
        "home health",
        "",
        (Task("x-1", "<script>", "OT", "", "", "why <b>", also_accepted=("Both",)),),
    )
    assert "<script>" not in case_tasks_html(case) and "Tom &amp; &lt;Jerry&gt;" in case_tasks_html(case)
    plan = recommended_task_html(case, 1)
    assert "recommended: OT (Both is defensible too)" in plan and "why &lt;b&gt;" in plan
