"""Blind-label forms: written without keys, read back with every problem named, and the
agreement among raters and with the key (issue 32, item 8)."""

import pandas as pd
import pytest

import otpt
from otpt.cli import main


@pytest.fixture
def bank():
    return otpt.coerce_activities(
        pd.DataFrame(
            {
                "id": ["A1", "A2", "A3", "A4"],
                "activity": [
                    "Dressing after a stroke",
                    "Stairs with crutches",
                    "Getting out of bed in intensive care",
                    "Hand therapy after a tendon repair",
                ],
                "description": [
                    "Buttons and socks with one hand.",
                    "Up and down the stairs at home.",
                    "With lines and a drain, the first time out of bed.",
                    "A splint and tendon glides.",
                ],
                "setting": ["inpatient rehab", "acute hospital", "acute hospital", "outpatient"],
                "population": ["adults"] * 4,
                "lead": ["OT", "PT", "Both", "OT"],
                "also_accepted": ["", "", "PT", "PT"],
                "rationale": [
                    "SECRET-RATIONALE-1",
                    "SECRET-RATIONALE-2",
                    "SECRET-RATIONALE-3",
                    "SECRET-RATIONALE-4",
                ],
            }
        )
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_form_shows_the_activity_and_never_the_key(tmp_path, bank, suffix):
    path = otpt.write_label_form(tmp_path / f"form{suffix}", bank, seed=3)
    form = (
        pd.read_csv(path, keep_default_na=False)
        if suffix == ".csv"
        else pd.read_excel(path, keep_default_na=False, engine="openpyxl")
    )
    assert list(form.columns) == ["id", "activity", "description", "setting", "population", "label", "note"]
    assert sorted(form["id"]) == ["A1", "A2", "A3", "A4"] and (form["label"] == "").all()
    text = form.to_string()
    assert "SECRET-RATIONALE" not in text and "lead" not in form.columns
    assert form.set_index("id").loc["A2", "activity"] == "Stairs with crutches"
    if suffix == ".xlsx":  # the question on a sheet of its own
        sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
        assert list(sheets) == ["Labels", "How to fill it in"]
        assert "Of OT and PT, who usually leads this?" in sheets["How to fill it in"].iloc[0, 0]


def fill(path, labels, out):
    form = pd.read_csv(path, keep_default_na=False)
    form["label"] = form["id"].map(labels).fillna("")
    form.to_csv(out, index=False)
    return out


def test_agreement_is_read_back_and_computed(tmp_path, bank):
    form = otpt.write_label_form(tmp_path / "form.csv", bank)
    # By hand (Fleiss 1971): counts OT/Both/PT per activity (3,0,0) (0,0,3) (1,0,2) (1,2,0);
    # P-bar = (1 + 1 + 1/3 + 1/3) / 4 = 2/3; p = 5/12, 2/12, 5/12, P_e = 54/144;
    # kappa = (2/3 - 0.375) / 0.625 = 7/15.
    raters = {
        "ana": {"A1": "OT", "A2": "PT", "A3": "OT", "A4": "both"},
        "ben": {"A1": "ot", "A2": "PT", "A3": "PT", "A4": "Both"},
        "cy": {"A1": "OT", "A2": "pt", "A3": "PT", "A4": "OT"},
    }
    files = [fill(form, labels, tmp_path / f"{name}.csv") for name, labels in raters.items()]
    labels = otpt.read_label_forms(files)
    assert set(labels["rater"]) == {"ana", "ben", "cy"} and set(labels["label"]) == {"OT", "Both", "PT"}
    result = otpt.label_agreement(labels, bank)
    assert result.fleiss_kappa == pytest.approx(7 / 15) and result.pair_agreement == pytest.approx(2 / 3)
    rows = result.per_activity
    assert rows.loc["A3", "majority"] == "PT" and not rows.loc["A3", "disputed"]  # PT is accepted on A3
    assert rows.loc["A4", "majority"] == "Both" and rows.loc["A4", "disputed"]  # one specialist: not Both
    assert rows.loc["A1", ["OT", "Both", "PT"]].tolist() == [3, 0, 0]
    assert result.per_rater.loc["cy", "key_share"] == pytest.approx(0.75)  # A3 PT is not the lead
    assert result.per_rater.loc["cy", "accepted_share"] == pytest.approx(1.0)
    assert "3 raters labeled 4 activities" in result.summary()


def test_a_form_with_a_label_it_cannot_use_names_file_line_and_column(tmp_path, bank):
    form = otpt.write_label_form(tmp_path / "form.csv", bank, seed=None)
    bad = fill(form, {"A1": "OT", "A2": "physio", "A3": "Both"}, tmp_path / "dee.csv")
    with pytest.raises(otpt.LabelFormError) as err:
        otpt.read_label_forms(bad)
    message = str(err.value)
    assert "dee.csv" in message and "line 3, column F (label): found 'physio'" in message
    assert "Allowed: OT, PT or Both" in message


def test_the_command_writes_a_form_and_reports_agreement(tmp_path, capsys):
    assert main(["labels", "form", str(tmp_path / "form.csv")]) == 0
    form = tmp_path / "form.csv"
    bundled = otpt.load_activities().set_index("id")
    keys = {i: str(bundled.loc[i, "lead"]) for i in pd.read_csv(form)["id"]}
    files = [fill(form, keys, tmp_path / f"rater{n}.csv") for n in (1, 2)]
    assert main(["labels", "agreement", *map(str, files), "--out", str(tmp_path / "rows.csv")]) == 0
    said = capsys.readouterr().out
    assert "2 raters labeled" in said and "Fleiss' kappa 1.00" in said and "100% of labels" in said
    assert len(pd.read_csv(tmp_path / "rows.csv")) == len(bundled)
    assert main(["labels", "agreement", str(tmp_path / "missing.csv")]) == 1


def test_forms_take_paths_as_typed_and_refuse_a_web_address(tmp_path, monkeypatch, bank):
    monkeypatch.setenv("HOME", str(tmp_path))
    written = otpt.write_label_form("~/form.csv", bank)
    assert written == tmp_path / "form.csv" and written.exists()
    with pytest.raises(otpt.LabelFormError, match="docs.google.com"):
        otpt.read_label_forms("https://docs.google.com/spreadsheets/d/abc123/edit")
