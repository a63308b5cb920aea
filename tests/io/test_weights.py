"""The lead-weights file is read like every other table, and its problems are named."""

import pytest

import otpt

HEADER = "feature,kind,ot,pt,source,reason\n"


def test_the_bundled_weights_are_read_once_and_handed_out_as_copies():
    first = otpt.load_weights()
    first.pop("gait")
    assert "gait" in otpt.load_weights()


def test_a_weights_file_saved_by_excel_on_windows_loads(write_csv):
    path = write_csv(HEADER + "gait,skill,0,3,APTA_GUIDE,walking \u2013 PT's core\n", encoding="cp1252")
    with pytest.warns(otpt.ActivityDataNote, match=r"Windows \(cp1252\)"):
        weights = otpt.load_weights(path)
    assert weights["gait"].reason == "walking \u2013 PT's core" and weights["gait"].pt == 3


def test_every_problem_in_a_weights_file_is_named_by_line_and_column(write_csv):
    path = write_csv(HEADER + "gait,colour,0,3,X,a\nbalance,skill,lots,3,X,b\nstrength,skill,0,4,,c\n")
    with pytest.raises(otpt.WeightsFileError) as info:
        otpt.load_weights(path)
    message = str(info.value)
    assert "line 2, column B (kind): found 'colour'. Allowed: target, intervention" in message
    assert "line 3, column C (ot): found 'lots'. A weight is a number from 0 to 3." in message
    assert (
        "line 4, column D (pt): found '4'" in message
        and "line 4, column E (source): found an empty cell" in message
    )
    assert isinstance(info.value, otpt.DataFileError) and len(info.value.problems) == 4


def test_a_weights_file_without_its_columns_is_refused(write_csv):
    with pytest.raises(otpt.WeightsFileError, match="no 'reason' column"):
        otpt.load_weights(write_csv("feature,kind,ot,pt,source\n"))
