"""Worked goals files: a missing column or an empty goal is named."""

import pytest

import otpt


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
