"""Contested keys: which activities a student may fairly challenge, and why."""

import pandas as pd
import pytest

import otpt
from otpt.analysis.contested import CONTESTED_GROUPS

pytest.importorskip("statsmodels")


@pytest.fixture
def bank():
    return pd.DataFrame(
        {
            "id": ["A4", "A1", "A2", "A3", "A5"],
            "activity": ["Seating", "Dressing", "Stairs", "Hand therapy", "Shopping"],
            "setting": ["school", "outpatient", "outpatient", "outpatient", "community"],
            "lead": ["Both", "OT", "PT", "OT", "OT"],
            "also_accepted": ["OT;PT", "", "Both", "PT", ""],
            "practice_varies": ["Either alone where ...", "", "Both when ...", "PT where ...", ""],
            "quiz": [False, True, True, True, True],
        }
    )


def _labels(rows):
    return pd.DataFrame(rows, columns=["rater", "id", "label"])


def test_without_labels_the_practice_varies_rows_are_contested(bank):
    found = otpt.contested_keys(bank)
    assert list(found.index) == ["A2", "A3", "A4"]  # by id within a group
    assert set(found["group"]) == {"practice varies"}
    assert found.loc["A4", "also_accepted"] == "OT; PT" and not found.loc["A4", "quiz"]
    assert (found[["labels", "OT", "Both", "PT"]] == 0).all().all()


def test_blind_labels_add_rows_and_order_them_most_contested_first(bank):
    labels = _labels(
        [
            ("r1", "A1", "OT"),
            ("r2", "A1", "OT"),
            ("r3", "A1", "PT"),  # split, with no practice_varies
            ("r1", "A2", "PT"),
            ("r2", "A2", "PT"),
            ("r3", "A2", "PT"),  # all the key: practice varies only
            ("r1", "A3", "PT"),
            ("r2", "A3", "PT"),
            ("r3", "A3", "PT"),  # all another accepted answer
            ("r1", "A4", "OT"),
            ("r2", "A4", "PT"),
            ("r3", "A4", "Both"),  # split three ways
            ("r1", "A5", "OT"),
            ("r2", "A5", "OT"),
            ("r3", "A5", "OT"),  # not contested
        ]
    )
    found = otpt.contested_keys(bank, otpt.label_agreement(labels, bank))
    assert list(found.index) == ["A4", "A1", "A3", "A2"]
    assert list(found["group"]) == [
        CONTESTED_GROUPS[0],
        CONTESTED_GROUPS[0],
        CONTESTED_GROUPS[1],
        CONTESTED_GROUPS[2],
    ]
    assert found.loc["A1", ["OT", "Both", "PT", "labels"]].tolist() == [2, 0, 1, 3]
    assert found.loc["A1", "practice_varies"] == ""
    assert "A5" not in found.index
