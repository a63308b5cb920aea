"""Writing an OT and a PT goal for a shared activity: worked goals, the self-check, the widget."""

import pytest

import otpt


@pytest.fixture(scope="module")
def bank():
    return otpt.load_activities()


def test_worked_goals_are_for_shared_activities_and_cite_known_sources(bank):
    goals = otpt.load_worked_goals()
    rows = bank.set_index("id")
    assert len(goals) >= 5
    for activity_id, g in goals.items():
        assert rows.loc[activity_id, "lead"] == "Both", activity_id
        # every worked goal passes its own self-check: the examples model what is asked
        task = f"{rows.loc[activity_id, 'activity']}; {rows.loc[activity_id, 'occupation']}"
        assert all(ok for ok, _ in otpt.goal_checklist(g.ot_goal, "OT", task)), (activity_id, g.ot_goal)
        assert all(ok for ok, _ in otpt.goal_checklist(g.pt_goal, "PT", task)), (activity_id, g.pt_goal)
        kind = rows.loc[activity_id, "shared_as"]
        assert kind.split()[0].lower() in g.note.lower(), (activity_id, kind, g.note)


def test_checklist_prompts_what_is_missing():
    checks = dict((text, ok) for ok, text in otpt.goal_checklist("Improve balance", "PT"))
    assert [ok for ok in checks.values()] == [False, False, False, True]
    assert otpt.goal_checklist("  ", "OT") == [(False, "Write the OT goal first.")]
    ot = otpt.goal_checklist("She will stand for 5 minutes within a week.", "OT", "Grooming at the sink")
    assert ot[-1][0] is False and "grooming at the sink" in ot[-1][1]
    with pytest.raises(ValueError, match="must be 'OT' or 'PT'"):
        otpt.goal_checklist("x", "SLP")


def test_goal_writer_compares_typed_goals_with_the_worked_ones():
    writer = otpt.GoalWriter("A012")
    assert "Washing and grooming while standing at the sink" in writer.card.value
    writer.ot_box.value = "Within one week she will brush her teeth at the sink with set-up only."
    writer.pt_box.value = "<script>alert('x')</script>"
    writer.compare_button.click()
    html = writer.result.value
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert html.count("\u2713") == 4 and "? Names the movement PT works on" in html
    assert otpt.load_worked_goals()["A012"].pt_goal in html
    assert "Co-treatment" in html
    writer.activity.value = "A056"  # a new activity clears the comparison
    assert writer.result.value == "" and "lunch tray" in writer.card.value


def test_goal_writer_rejects_an_activity_without_worked_goals():
    with pytest.raises(KeyError, match="no worked goals for activity 'A001'"):
        otpt.GoalWriter("A001")


def test_a_goals_file_with_a_missing_column_is_refused(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("id,ot_goal\nA012,x\n", encoding="utf-8")
    with pytest.raises(otpt.GoalsFileError, match="no 'pt_goal' column"):
        otpt.load_worked_goals(path)


def test_an_empty_goal_is_named_by_line_and_column(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text("id,ot_goal,pt_goal\nA012,x,\n", encoding="utf-8")
    with pytest.raises(otpt.GoalsFileError, match=r"line 2, column C \(pt_goal\): found an empty cell"):
        otpt.load_worked_goals(path)
