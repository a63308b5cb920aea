"""Case files: every problem named by line and column; Both (and the older Together) read."""

import pytest

import otpt


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
