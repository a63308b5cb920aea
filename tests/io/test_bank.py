"""The loader accepts what spreadsheets save, and explains everything else."""

import os

import pandas as pd
import pytest

import otpt
from otpt.io import bank as bank_module
from otpt.io.bank import coerce_activities
from otpt.io.columns import COLUMNS

MINIMAL = "activity,lead\nDressing,OT\nWalking,PT\nBed to chair,Both\n"


def test_the_bundled_bank_is_read_once_and_each_caller_gets_a_copy_of_its_own(monkeypatch):
    """A lesson's quiz, explorer and planners each load the bundled bank in one kernel."""
    bank_module._bundled_bank.cache_clear()
    first, spanish = otpt.load_activities(), otpt.load_activities(lang="es")  # one entry each
    monkeypatch.setattr(bank_module, "read_table", lambda *a, **k: pytest.fail("the bank was read again"))
    first.loc[0, "activity"] = "changed by a learner"
    first.loc[0, "skills"].append("juggling")
    first.attrs["notes"].append("a note")
    second = otpt.load_activities()
    assert second.loc[0, "activity"] != "changed by a learner"
    assert "juggling" not in second.loc[0, "skills"] and second.attrs["notes"] == []
    assert second.drop(index=0).equals(first.drop(index=0))
    assert otpt.load_activities(lang="es").equals(spanish) and not spanish.equals(second)


def test_a_changed_bundled_bank_is_read_again(tmp_path, monkeypatch):
    copy = tmp_path / "activities.csv"
    copy.write_bytes(bank_module.bundled_path().read_bytes())
    monkeypatch.setattr(bank_module, "bundled_path", lambda: copy)
    before = otpt.load_activities()
    copy.write_text(
        copy.read_text(encoding="utf-8").replace(before.loc[0, "activity"], "Edited"), encoding="utf-8"
    )
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 10**9))
    assert otpt.load_activities().loc[0, "activity"] == "Edited"


def test_bundled_bank_is_typed():
    bank = otpt.load_activities()
    assert len(bank) >= 80
    assert bank["lead"].cat.ordered
    assert list(bank["lead"].cat.categories) == ["OT", "Both", "PT"]
    assert isinstance(bank.loc[0, "skills"], list)
    assert bank["id"].is_unique
    assert bank["setting"].notna().all() and bank["population"].notna().all()


def test_minimal_bank_gets_defaults(write_csv):
    bank = otpt.load_activities(write_csv(MINIMAL))
    assert list(bank["activity"]) == ["Dressing", "Walking", "Bed to chair"]
    assert list(bank["lead"]) == ["OT", "PT", "Both"]
    assert list(bank["id"]) == ["row-2", "row-3", "row-4"]  # from the spreadsheet line
    assert bank["skills"].tolist() == [[], [], []]
    assert (bank["rationale"] == "").all() and (bank["misconception"] == "").all()
    assert bank["setting"].isna().all()
    assert list(bank.columns) == list(COLUMNS)
    assert bank["also_accepted"].isna().all() and bank["shared_as"].isna().all()


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        ("\ufeffactivity,lead\r\nDressing,OT\r\n", "utf-8"),  # Excel "CSV UTF-8": BOM + CRLF
        ("activity,lead\nDressing,OT\n", "utf-8"),
        ("activity,lead\r\nDressing,OT\r\n", "cp1252"),  # Excel "CSV (Windows)"
        ("activity\tlead\r\nDressing\tOT\r\n", "utf-16"),  # Excel "Unicode text" (tabs)
    ],
)
def test_encodings_and_line_ends(write_csv, content, encoding):
    bank = otpt.load_activities(write_csv(content, encoding=encoding))
    assert list(bank["activity"]) == ["Dressing"]
    assert list(bank["lead"]) == ["OT"]


def test_cp1252_smart_quotes_are_decoded(write_csv):
    text = "activity,lead,rationale\n\u201cMorning\u201d routine,OT,It\u2019s an ADL \u2013 OT\n"
    with pytest.warns(otpt.ActivityDataNote, match=r"found Windows \(cp1252\) text, not UTF-8"):
        bank = otpt.load_activities(write_csv(text, encoding="cp1252"))
    assert bank.loc[0, "activity"] == "\u201cMorning\u201d routine"
    assert bank.loc[0, "rationale"] == "It\u2019s an ADL \u2013 OT"


def test_whitespace_case_and_header_spelling_are_normalised(write_csv):
    text = (
        " Activity , LEAD ,Setting,Population,Skills,Occupation Area,ICF chapter\n"
        "  Dressing\u00a0 , ot ,Home_Health, Older Adults ,Fine Motor; COGNITIVE ;,adl,d540\n"
        "Walking, Both ,acute hospital,adults,gait,,\n"
    )
    bank = otpt.load_activities(write_csv(text))
    assert list(bank["activity"]) == ["Dressing", "Walking"]
    assert list(bank["lead"]) == ["OT", "Both"]
    assert list(bank["setting"]) == ["home health", "acute hospital"]
    assert list(bank["population"]) == ["older adults", "adults"]
    assert bank.loc[0, "skills"] == ["fine_motor", "cognitive"]
    assert bank.loc[0, "occupation_area"] == "ADL"
    assert bank.loc[0, "icf_chapter"] == "d5"
    assert pd.isna(bank.loc[1, "occupation_area"])


def test_extra_columns_are_kept_and_blank_rows_skipped(write_csv):
    text = "activity,lead,Week,notes for TAs\nDressing,OT,3, ask about buttons \n,,,\nWalking,PT,4,\n"
    bank = otpt.load_activities(write_csv(text))
    assert list(bank["week"]) == ["3", "4"]
    assert list(bank["notes_for_tas"]) == ["ask about buttons", ""]
    assert list(bank["id"]) == ["row-2", "row-4"]


def test_semicolon_separated_excel_file(write_csv):
    bank = otpt.load_activities(write_csv("activity;lead;skills\nDressing;OT;fine_motor\n"))
    assert list(bank["lead"]) == ["OT"]
    assert bank.loc[0, "skills"] == ["fine_motor"]


def test_header_only_bank_is_empty_not_an_error(write_csv):
    bank = otpt.load_activities(write_csv("activity,lead\n"))
    assert len(bank) == 0
    assert list(bank["lead"].cat.categories) == ["OT", "Both", "PT"]


def _error(path):
    with pytest.raises(otpt.ActivityDataError) as info:
        otpt.load_activities(path)
    assert isinstance(info.value, ValueError)
    return info.value


def test_every_problem_is_reported_at_once_with_line_column_value(write_csv):
    text = (
        "id,activity,lead,setting,skills,icf_chapter\n"
        "a1,Dressing,OTT,school,fine_motor,d5\n"
        "a2,,PT,school,gait,d4\n"
        "a3,Walking,PT,hospital,walking,x9\n"
        "a1,Cooking,,school,,\n"
    )
    path = write_csv(text, name="my bank.csv")
    err = _error(path)
    message = str(err)
    assert "my bank.csv" in message
    assert "5 problems" in message  # an own setting and a skill alias are notes, not problems
    assert "line 2, column C (lead): found 'OTT'. Allowed: OT, PT or Both" in message
    assert "line 3, column B (activity): found an empty cell" in message
    assert "line 4, column F (icf_chapter): found 'x9'" in message
    assert "line 5, column C (lead): found an empty cell" in message
    assert "line 5, column A (id): found the id 'a1' again" in message and "line 2 has it already" in message
    assert [(p.line, p.column) for p in err.problems][:2] == [(2, "C (lead)"), (3, "B (activity)")]


def test_missing_required_columns_name_what_was_found(write_csv):
    err = _error(write_csv("name,who\nDressing,OT\n"))
    message = str(err)
    assert "no 'activity' column (the columns are 'name', 'who')" in message
    assert "no 'lead' column" in message
    assert "at least the columns 'activity' and 'lead'" in message


def test_too_many_cells_points_at_the_comma(write_csv):
    err = _error(write_csv("activity,lead\nDressing, buttons and zips,OT\nWalking,PT\n"))
    assert "line 2: found 3 cells where line 1 names 2 columns" in str(err)
    assert "double quotes" in str(err)
    assert len(err.problems) == 1


def test_quoted_commas_and_multiline_cells_are_fine(write_csv):
    text = 'activity,lead,rationale\n"Dressing, buttons and zips",OT,"line one\nline two"\nWalking,PT,\n'
    bank = otpt.load_activities(write_csv(text))
    assert bank.loc[0, "activity"] == "Dressing, buttons and zips"
    assert bank.loc[1, "id"] == "row-3"


def test_duplicate_and_unnamed_columns(write_csv):
    err = _error(write_csv("activity,lead,Lead,\nDressing,OT,PT,x\n"))
    message = str(err)
    assert "line 1, column C (lead): found the column name 'lead' a second time" in message
    assert "it is already column B (lead)" in message
    assert "line 1, column D (no name): found a column with data but no name" in message


def test_trailing_unnamed_empty_columns_are_ignored(write_csv):
    bank = otpt.load_activities(write_csv("activity,lead,,\nDressing,OT,,\n"))
    assert list(bank["activity"]) == ["Dressing"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "line 1: found an empty file"),
        (b"PK\x03\x04rest-of-a-zip", "found a file that is not a readable workbook"),
        (b"activity,lead\nDressing,OT\nWalk\x81ing,PT\n", "line 3: found the byte 0x81, which is not UTF-8"),
    ],
)
def test_unreadable_files(write_csv, content, expected):
    assert expected in str(_error(write_csv(content)))


def test_missing_file_and_folder(tmp_path):
    assert "found no file at this path" in str(_error(tmp_path / "nope.csv"))
    assert "found a folder" in str(_error(tmp_path))


def test_the_file_is_left_untouched(write_csv):
    content = b"activity,lead\nDressing,OTT\n"
    path = write_csv(content)
    _error(path)
    assert path.read_bytes() == content


def test_long_lists_are_cut_in_the_message_but_kept_whole(write_csv):
    text = "activity,lead\n" + "".join(f"Task {i},nobody\n" for i in range(60))
    err = _error(write_csv(text))
    assert len(err.problems) == 60
    assert "... and 20 more" in str(err)


def test_dataframes_go_through_the_same_checks():
    bank = otpt.load_activities()
    schools = bank[bank["setting"] == "school"]
    again = coerce_activities(schools)
    assert list(again["id"]) == list(schools["id"])
    assert again["skills"].tolist() == schools["skills"].tolist()
    bad = pd.DataFrame({"activity": ["Dressing"], "lead": ["nurse"]})
    with pytest.raises(otpt.ActivityDataError, match=r"line 2, column B \(lead\): found 'nurse'"):
        coerce_activities(bad)
    with pytest.raises(TypeError, match="activities must be None, a path"):
        coerce_activities(42)


def test_loading_restores_the_garbage_collector(write_csv):
    import gc

    assert gc.isenabled()
    otpt.load_activities(write_csv(MINIMAL))
    assert gc.isenabled()
    with pytest.raises(otpt.ActivityDataError):
        otpt.load_activities(write_csv("activity,lead\nx,nurse\n"))
    assert gc.isenabled()
    gc.disable()
    try:
        otpt.load_activities(write_csv(MINIMAL))
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()


def test_new_columns_are_checked_with_line_and_column(write_csv):
    bad = (
        "activity,lead,also_accepted,shared_as,target,occupation_area,occupation,body_region\n"
        "Dressing,OT,ot,,occupation,ADL,dressing,upper body\n"
        "Walking,PT,,co-treatment,movement,,functional mobility,legs\n"
        "Shopping,OT,,,,ADL,shopping,\n"
    )
    with pytest.raises(otpt.ActivityDataError) as info:
        otpt.load_activities(write_csv(bad))
    text = str(info.value)
    assert "line 2, column C (also_accepted): found 'OT', which includes the lead" in text
    assert "line 3, column D (shared_as): found 'co-treatment' on a row led by PT" in text
    assert "line 3, column E (target): found 'movement'. Allowed: occupation, movement and mobility" in text
    assert "line 3, column H (body_region): found 'legs'" in text
    assert (
        "line 4, column G (occupation): found 'shopping' with the occupation area 'ADL'. In the OTPF-4 'shopping' belongs to 'IADL'."
        in text
    )


def test_occupation_fills_an_empty_occupation_area(write_csv):
    bank = otpt.load_activities(
        write_csv("activity,lead,occupation,shared_as\nStairs,Both,Functional Mobility,cotreatment\n")
    )
    assert bank.loc[0, "occupation_area"] == "ADL" and bank.loc[0, "occupation"] == "functional mobility"
    assert bank.loc[0, "shared_as"] == "co-treatment"


def test_an_instructors_own_names_load_with_notes_and_nothing_is_lost(write_csv):
    path = write_csv(
        "id,activity,lead,setting,population,skills,icf_chapter,intervention,specialty\n"
        "1,Splint after a tendon repair,OT,Hand clinic,adults,ROM;fine motor;juggling,e120,Splinting;moonwalk,CHT\n"
        "2,Getting back to football,PT,outpatient,teens,walking,s750,return-to-sport testing,\n"
        "3,Washing with a long sponge,OT,home health,older adults,,d510,ADL retraining with adaptive equipment,\n",
        name="own.csv",
    )
    with pytest.warns(otpt.ActivityDataNote) as caught:
        bank = otpt.load_activities(path)
    message = str(caught[0].message)
    assert "own.csv" in message and "9 notes" in message and "the file was not changed" in message
    assert "line 2, column D (setting): found 'Hand clinic'. Kept as your own setting" in message
    assert "line 2, column F (skills): found the skill 'ROM'. Read as 'range_of_motion'." in message
    assert (
        "line 2, column F (skills): found the skill 'juggling'. otpt cannot use it and left it out."
        in message
    )
    assert "line 2, column H (intervention): found the intervention 'moonwalk'. otpt cannot use it" in message
    assert (
        "found the intervention 'ADL retraining with adaptive equipment'. Read as 'ADL training', 'adaptive equipment'."
        in message
    )
    assert len(bank.attrs["notes"]) == 9
    assert list(bank["setting"].astype(str)[:2]) == ["Hand clinic", "outpatient"]
    assert "Hand clinic" in bank["setting"].cat.categories and bank.loc[1, "population"] == "teens"
    assert bank.loc[0, "skills"] == ["range_of_motion", "fine_motor"]
    assert list(bank["skills_not_used"]) == ["juggling", "", ""]
    assert (
        bank.loc[0, "intervention"] == ["orthosis fabrication"]
        and bank.loc[0, "intervention_not_used"] == "moonwalk"
    )
    assert bank.loc[1, "intervention"] == ["therapeutic exercise"]
    assert list(bank["icf_chapter"].astype(str)) == ["e1", "s7", "d5"]  # every ICF component
    assert bank.loc[0, "specialty"] == "open to both"


def test_the_bundled_bank_loads_without_a_note():
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        bank = otpt.load_activities()
    assert bank.attrs["notes"] == []


def test_own_names_with_empty_cells_and_other_capitals_are_one_category(write_csv):
    path = write_csv("activity,lead,setting\nA,OT,\nB,PT,Summer camp\nC,PT,summer  CAMP\nD,OT,School\n")
    with pytest.warns(otpt.ActivityDataNote) as caught:
        bank = otpt.load_activities(path)
    assert (
        "line 4, column C (setting): found 'summer  CAMP'. Read as your own setting 'Summer camp', as line 3"
        in str(caught[0].message)
    )
    assert list(bank["setting"].cat.categories[-1:]) == ["Summer camp"]  # one own name, first spelling
    assert bank["setting"].isna().tolist() == [True, False, False, False]
    assert list(bank["setting"].astype(str)[1:]) == ["Summer camp", "Summer camp", "school"]


@pytest.mark.parametrize(
    ("text", "line", "found"),
    [
        ('activity,lead\nDressing,OT\n"Walking' + "x" * 140_000 + ",PT\nStairs,PT\n", 3, "never closed"),
        ('activity,lead\nDressing,OT\nWalking,PT\n"Stairs,PT\n', 4, "never closed"),
        ('activity,lead\nDressing,OT\n"Walking" fast,PT\n', 3, "straight after a closing double quote"),
    ],
)
def test_a_broken_quote_names_its_line(write_csv, text, line, found):
    err = _error(write_csv(text))
    assert f"line {line}: found " in str(err) and found in str(err)
    assert 'two ("")' in str(err) and len(err.problems) == 1


def test_an_icf_code_outside_any_component_lists_all_four(write_csv):
    message = str(_error(write_csv("activity,lead,icf_chapter\nWalking,PT,x450\n")))
    assert "found 'x450'" in message
    for part in ("b1-b8 body functions", "s1-s8 body structures", "d1-d9 activities", "e1-e5 environmental"):
        assert part in message


def test_mac_roman_with_cr_line_ends_reads_right_with_a_note(write_csv):
    # Excel for Mac, 'CSV (Macintosh)': Mac Roman bytes, CR-only line ends
    text = "id,activity,lead,rationale\rK1,Baking a crème brûlée,OT,Sequencing – “safe” steps\rK2,Walking to the café,PT,\r"
    with pytest.warns(otpt.ActivityDataNote, match="found Mac Roman text"):
        bank = otpt.load_activities(write_csv(text.encode("mac_roman")))
    assert list(bank["activity"]) == ["Baking a crème brûlée", "Walking to the café"]
    assert bank.loc[0, "rationale"] == "Sequencing – “safe” steps"
    assert bank.attrs["notes"] == [
        "found Mac Roman text, not UTF-8. It was read as that; if a letter looks wrong, save the file as 'CSV UTF-8'."
    ]


@pytest.mark.parametrize(
    ("encoding", "line_end"), [("mac_roman", "\n"), ("mac_roman", "\r"), ("cp1252", "\r\n"), ("cp1252", "\n")]
)
def test_eight_bit_text_is_never_loaded_mangled(write_csv, encoding, line_end):
    rows = ["activity,lead", "Café au lait,OT", "Walking to the crêperie,PT", "Going to the “market”,Both"]
    with pytest.warns(otpt.ActivityDataNote, match="not UTF-8"):
        bank = otpt.load_activities(write_csv(line_end.join(rows).encode(encoding)))
    assert list(bank["activity"]) == [r.split(",")[0] for r in rows[1:]]
    assert "not UTF-8" in bank.attrs["notes"][0]


@pytest.mark.parametrize("line_end", ["\r", "\n", "\r\n"])
def test_a_byte_that_is_no_letter_is_refused_on_its_line(write_csv, line_end):
    raw = line_end.join(["activity,lead", "Dressing,OT", "Stairs,PT", "Walk\x81ing,PT"]).encode("latin-1")
    assert "line 4: found the byte 0x81, which is not UTF-8" in str(_error(write_csv(raw)))


def test_invisible_format_characters_are_removed_everywhere(write_csv):
    zw, joiner, bom = "\u200b", "\u2060", "\ufeff"
    text = (
        f"id,{zw}activity,lead\n1,Making tea,OT{zw}\n2,Climbing{bom} stairs,{joiner}PT\n{bom}3,Bathing,Both\n"
    )
    bank = otpt.load_activities(write_csv(text))
    assert list(bank["activity"]) == ["Making tea", "Climbing stairs", "Bathing"]
    assert list(bank["lead"]) == ["OT", "PT", "Both"] and list(bank["id"]) == ["1", "2", "3"]
    frame = pd.DataFrame({"activity": [f"Tea{zw}"], "lead": [f"{joiner}OT"]})
    assert coerce_activities(frame).loc[0, "lead"] == "OT"


def test_a_character_that_cannot_be_removed_is_shown_in_the_message(write_csv):
    message = str(_error(write_csv("activity,lead\nMaking tea,OT\x07\n")))
    assert "found 'OT<U+0007>'. Allowed: OT, PT or Both" in message


@pytest.mark.parametrize(
    "text",
    [
        "id;activity;lead;notes, sources\n1;Making tea;OT;kitchen, safety\n2;Climbing stairs;PT;\n",
        'id;activity;lead\r1;"Making tea, then carrying it";OT\r2;Climbing stairs;PT\r',
        "id\tactivity\tlead\n1\tMaking tea, then carrying it\tOT\n2\tClimbing stairs\tPT\n",
        'id,activity,lead,skills\n1,Making tea,OT,"fine_motor;cognitive"\n2,Climbing stairs,PT,strength;balance\n',
    ],
)
def test_the_separator_comes_from_the_files_structure(write_csv, text):
    bank = otpt.load_activities(write_csv(text))
    assert len(bank) == 2 and list(bank["lead"]) == ["OT", "PT"]
    assert bank.loc[1, "activity"] == "Climbing stairs"


def test_a_missing_file_is_named_with_the_folder_looked_in(tmp_path):
    with pytest.raises(otpt.ActivityDataError, match="found no file at this path") as info:
        otpt.load_activities(tmp_path / "nope.csv")
    assert f"looked for {tmp_path / 'nope.csv'}" in str(info.value)


def test_a_bank_written_before_v3_keeps_its_movement_targets(tmp_path):
    # "movement or body function" (v1-v2) is read as "movement and mobility" (issue 32).
    path = tmp_path / "old.csv"
    path.write_text("activity,lead,target\nStairs at home,PT,movement or body function\n", encoding="utf-8")
    assert list(otpt.load_activities(path)["target"]) == ["movement and mobility"]


def test_quiz_column_keeps_rows_in_the_bank_and_out_of_the_draw(tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text("activity,lead,quiz\nA,OT,\nB,PT,no\nC,Both,Yes\n", encoding="utf-8")
    bank = otpt.load_activities(path)
    assert list(bank["quiz"]) == [True, False, True]
    (tmp_path / "bad.csv").write_text("activity,lead,quiz\nA,OT,maybe\n", encoding="utf-8")
    with pytest.raises(
        otpt.ActivityDataError, match=r"line 2, column C \(quiz\): found 'maybe'. Allowed: yes or no"
    ):
        otpt.load_activities(tmp_path / "bad.csv")
