"""Tables laid out the way spreadsheets save them (issue 34): Excel's "sep=" hint line, and
workbooks whose data is not on the first sheet - for the bank and every other table."""

import openpyxl
import pytest

import otpt


@pytest.mark.parametrize(
    "hint, sep", [("sep=;", ";"), ("sep=,", ","), ("sep=\t", "\t"), ('"sep=|"', "|"), ("SEP=;;;", ";")]
)
def test_the_separator_hint_is_used_and_skipped(tmp_path, hint, sep):
    rows = [
        ["id", "activity", "lead", "setting"],
        ["W1", "Weeding, kneeling", "OT", "community"],
        ["W2", "Stretching calves", "PT", "outpatient"],
    ]
    lines = [hint] + [sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows]
    path = tmp_path / "hinted.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    bank = otpt.load_activities(path)
    assert bank["activity"].tolist() == ["Weeding, kneeling", "Stretching calves"]
    assert bank.attrs["notes"] == []


def test_lines_keep_the_numbers_the_file_has_below_a_hint(tmp_path):
    path = tmp_path / "hinted.csv"
    path.write_text("sep=;\nactivity;lead\nWeeding;OT\n\nStretching;nurse\n")
    with pytest.raises(otpt.ActivityDataError, match="line 5, column B \\(lead\\): found 'nurse'"):
        otpt.load_activities(path)
    path.write_text("sep=;\nactivity;lead;\nWeeding;OT;x\n")
    with pytest.raises(
        otpt.ActivityDataError, match="line 2, column C \\(no name\\): found a column with data"
    ):
        otpt.load_activities(path)
    path.write_text("sep=;\ntask;who\n")
    with pytest.raises(otpt.ActivityDataError, match="line 2: found no 'activity' column"):
        otpt.load_activities(path)


def test_other_tables_read_the_hint_too(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("sep=;\ncase_id;task;lead\nfall;Getting up from the floor, safely;Both\n")
    assert otpt.load_cases(path)["fall"].tasks[0].task == "Getting up from the floor, safely"
    path.write_text("sep=;\ncase_id;task\n")
    with pytest.raises(otpt.CaseFileError, match="line 2: found no 'lead' column"):
        otpt.load_cases(path)


def write_book(path, sheets, hidden=()):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


README_SHEET = [["Department bank template"], [], ["1. Fill in the Bank tab"], ["2. Save and upload"]]


def test_the_sheet_with_the_columns_is_read_wherever_it_is(tmp_path):
    path = write_book(
        tmp_path / "template.xlsx",
        {
            "Read me": README_SHEET,
            "Lists": [["setting"], ["community"]],
            "Bank": [["activity", "Lead"], ["Repotting a plant", "OT"], ["Lunges", "PT"]],
        },
    )
    with pytest.warns(
        otpt.ActivityDataNote, match="Read 'Bank', the sheet whose first row names the columns"
    ):
        bank = otpt.load_activities(path)
    assert bank["activity"].tolist() == ["Repotting a plant", "Lunges"]


def test_no_sheet_with_the_columns_names_every_sheet_and_what_to_do(tmp_path):
    path = write_book(
        tmp_path / "template.xlsx",
        {
            "Read me": README_SHEET,
            "Bank": [["Activity name", "Who leads"], ["Repotting a plant", "OT"]],
            "Old": [["activity", "notes"]],
        },
        hidden={"Old"},
    )
    with pytest.raises(otpt.ActivityDataError) as info:
        otpt.load_activities(path)
    message = str(info.value)
    assert "no sheet with the columns activity, lead among the 3 sheets" in message
    assert "'Read me' starts with 'department_bank_template'" in message
    assert "'Bank' starts with 'activity_name', 'who_leads'" in message
    assert "'Old' (hidden) starts with 'activity', 'notes'" in message
    assert "save that sheet alone as 'CSV UTF-8'" in message
    with pytest.raises(otpt.ActivityDataError, match="'Read me'"):
        otpt.coerce_activities(str(path))


def test_other_tables_find_their_sheet_by_their_columns(tmp_path):
    path = write_book(
        tmp_path / "weights.xlsx",
        {"How to": README_SHEET, "Cases": [["case_id", "task", "lead"], ["fall", "Getting up", "Both"]]},
    )
    with pytest.warns(otpt.ActivityDataNote):
        assert list(otpt.load_cases(path)) == ["fall"]
    with pytest.raises(otpt.WeightsFileError, match="no sheet with the columns feature, kind"):
        otpt.load_weights(path)


def test_a_title_above_the_column_names_is_passed_over_and_said(tmp_path):
    path = write_book(
        tmp_path / "titled.xlsx",
        {
            "Read me": README_SHEET,
            "Bank": [
                ["Rehab department - activity bank"],
                ["Updated Sept 2026"],
                [],
                ["id", "activity", "lead"],
                ["R1", "Repotting a plant", "OT"],
                ["R2", "Lunges", "nurse"],
            ],
        },
    )
    with pytest.raises(otpt.ActivityDataError, match=r"line 6, column C \(lead\): found 'nurse'"):
        otpt.load_activities(path)  # the sheet's own line numbers
    write_book(
        path, {"Bank": [["Rehab department - activity bank"], [], ["activity", "lead"], ["Lunges", "PT"]]}
    )
    with pytest.warns(otpt.ActivityDataNote, match=r"Line 1 of 'Bank' \(above them\) was not read"):
        assert otpt.load_activities(path)["activity"].tolist() == ["Lunges"]


def test_a_csv_with_a_title_line_finds_its_column_names(tmp_path):
    path = tmp_path / "titled.csv"
    path.write_text(
        "Rehab activity bank,,\nkept by the OT office,,\nid,activity,lead\nR1,Repotting,OT\nR2,Lunges,PX\n"
    )
    with pytest.raises(otpt.ActivityDataError, match=r"line 5, column C \(lead\): found 'PX'"):
        otpt.load_activities(path)
    path.write_text("Rehab activity bank\nactivity,lead\nLunges,PT\n")
    with pytest.warns(otpt.ActivityDataNote, match=r"Line 1 \(above them\) was not read"):
        assert otpt.load_activities(path)["activity"].tolist() == ["Lunges"]
    path.write_text("Cases for week 3\ncase_id,task,lead\nfall,Getting up,Both\n")
    with pytest.warns(otpt.ActivityDataNote, match=r"Line 1 \(above them\) was not read"):
        assert list(otpt.load_cases(path)) == ["fall"]
