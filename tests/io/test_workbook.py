"""Banks straight from Excel and LibreOffice (issue 19): .xlsx and .ods load like the CSV,
with the spreadsheet's row numbers in every message and the sheet named when there are
several."""

import datetime as dt
import subprocess
import sys
import zipfile

import openpyxl
import pandas as pd
import pytest

import otpt
from otpt.errors import ActivityDataError
from otpt.io.resources import bundled_path
from otpt.io.workbook import cell_text


def write_xlsx(path, sheets):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.fixture(scope="module")
def bundled_rows():
    return pd.read_csv(bundled_path(), dtype=str, keep_default_na=False)


@pytest.mark.parametrize("suffix, engine", [(".xlsx", "openpyxl"), (".ods", "odf")])
def test_the_bundled_bank_saved_as_a_workbook_loads_the_same(bundled_rows, tmp_path, suffix, engine):
    path = tmp_path / f"bank{suffix}"
    bundled_rows.to_excel(path, index=False, engine=engine)
    loaded = otpt.load_activities(path)
    pd.testing.assert_frame_equal(loaded, otpt.load_activities())
    assert loaded.attrs["notes"] == []


def test_numbers_in_a_sheet_are_text_as_the_sheet_shows_them(tmp_path):
    path = write_xlsx(
        tmp_path / "ids.xlsx",
        {
            "Bank": [
                ["id", "activity", "lead"],
                [1, "Making tea", "OT"],
                [2.0, "Climbing stairs", "PT"],
                [7, "Transfers", "Both"],
            ]
        },
    )
    bank = otpt.load_activities(path)
    assert list(bank["id"]) == ["1", "2", "7"]
    poll = otpt.Poll([7, 2], bank)
    assert poll.current == "7" and poll.progress.value == "Activity 1 of 2"


def test_problems_name_the_spreadsheet_row(tmp_path):
    rows = [
        ["activity", "lead", "skills"],
        ["Making tea", "OT", "fine_motor"],
        [None, None, None],
        ["Climbing stairs", "PX", "gait"],
    ]
    xlsx = write_xlsx(tmp_path / "bad.xlsx", {"Bank": rows})
    csv = tmp_path / "bad.csv"
    csv.write_text("activity,lead,skills\nMaking tea,OT,fine_motor\n,,\nClimbing stairs,PX,gait\n")
    with pytest.raises(ActivityDataError) as from_sheet:
        otpt.load_activities(xlsx)
    with pytest.raises(ActivityDataError) as from_csv:
        otpt.load_activities(csv)
    assert "line 4, column B (lead): found 'PX'" in str(from_sheet.value)
    assert [str(p) for p in from_sheet.value.problems] == [str(p) for p in from_csv.value.problems]


def test_a_workbook_with_several_sheets_says_which_it_read(tmp_path):
    path = write_xlsx(
        tmp_path / "two.xlsx",
        {
            "Spring": [["activity", "lead"], ["Making tea", "OT"]],
            "Old": [["activity", "lead"], ["Walking", "PT"]],
        },
    )
    with pytest.warns(
        otpt.ActivityDataNote,
        match="Read 'Spring', the sheet whose first row names the columns; not read: 'Old'",
    ):
        bank = otpt.load_activities(path)
    assert list(bank["activity"]) == ["Making tea"]


def test_an_empty_or_hidden_first_sheet_is_passed_over_and_said(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Empty"
    old = book.create_sheet("Old")
    old.append(["activity", "lead"])
    old.append(["Hidden tea", "OT"])
    old.sheet_state = "hidden"
    new = book.create_sheet("Spring")
    new.append(["activity", "lead"])
    new.append(["Making tea", "OT"])
    book.save(tmp_path / "three.xlsx")
    with pytest.warns(otpt.ActivityDataNote):
        bank = otpt.load_activities(tmp_path / "three.xlsx")
    assert list(bank["activity"]) == ["Making tea"]
    assert "Read 'Spring'" in str(bank.attrs["notes"][0]) and "'Old' (hidden)" in str(bank.attrs["notes"][0])


def test_a_header_below_blank_rows_is_found_and_rows_keep_their_numbers(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C3"], sheet["D3"] = "activity", "lead"
    sheet["C4"], sheet["D4"] = "Making tea", "OT"
    sheet["C5"], sheet["D5"] = "Climbing stairs", "PX"
    book.save(tmp_path / "low.xlsx")
    with pytest.raises(ActivityDataError, match="line 5, column D \\(lead\\): found 'PX'"):
        otpt.load_activities(tmp_path / "low.xlsx")
    sheet["D5"] = "PT"
    book.save(tmp_path / "low.xlsx")
    with pytest.warns(otpt.ActivityDataNote):
        bank = otpt.load_activities(tmp_path / "low.xlsx")
    assert list(bank["activity"]) == ["Making tea", "Climbing stairs"]
    assert "Lines 1-2 of 'Sheet' are blank" in str(bank.attrs["notes"][0])


def test_a_zip_that_is_no_workbook_is_refused_clearly(tmp_path):
    path = tmp_path / "bank.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("answers.csv", "activity,lead\nTea,OT\n")
    with pytest.raises(ActivityDataError, match="found a file that is not a readable workbook") as err:
        otpt.load_activities(path)
    assert str(path) in str(err.value) and "save it again as .xlsx, .ods or 'CSV UTF-8'" in str(err.value)


def test_a_csv_renamed_xlsx_is_read_as_the_csv_it_is(tmp_path):
    path = tmp_path / "bank.xlsx"
    path.write_text("activity,lead\nMaking tea,OT\n")
    assert list(otpt.load_activities(path)["activity"]) == ["Making tea"]


def test_the_checker_reads_a_workbook(tmp_path):
    path = write_xlsx(
        tmp_path / "mine.xlsx", {"Bank": [["activity", "lead", "setting"], ["Tea", "OT", "community"]]}
    )
    done = subprocess.run([sys.executable, "-m", "otpt", "check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{path}: 1 activity (OT 1, Both 0, PT 0); settings: community; 0 notes."


@pytest.mark.parametrize(
    "value, text",
    [
        (None, ""),
        (7.0, "7"),
        (2.5, "2.5"),
        (True, "TRUE"),
        (dt.datetime(2026, 9, 1), "2026-09-01"),
        (dt.datetime(2026, 9, 1, 10, 30), "2026-09-01 10:30"),
        (dt.timedelta(hours=30), "30:00:00"),
        ("OT ", "OT "),
    ],
)
def test_cells_read_as_the_sheet_shows_them(value, text):
    assert cell_text(value) == text
