"""Assessment items and the kit's tables: every problem in a file is named with its line,
column, what was found and what is allowed - as the bank's are - and nothing is loaded."""

import csv

import pytest

import otpt
from otpt.io import kit_checks
from otpt.io.resources import bundled_path


def rows_of(name):
    with bundled_path(f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path, rows, columns=None):
    columns = columns or list(rows[0])
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def items():
    rows = rows_of("assessment_items")
    single = next(r for r in rows if r["type"] == "single_best")
    short = next(r for r in rows if r["type"] == "short_answer")
    return [dict(single), dict(short)]


def problems(err):
    return [str(p) for p in err.value.problems]


def test_a_file_of_our_own_loads_like_the_bundled_one(tmp_path, items):
    table = otpt.load_items(write(tmp_path / "mine.csv", items))
    assert list(table.index) == [items[0]["item_id"], items[1]["item_id"]]
    assert table.iloc[0]["ipec"] == items[0]["ipec"].split(";")
    assert table["points"].tolist() == [int(items[0]["points"]), int(items[1]["points"])]


def test_a_missing_column_is_named(tmp_path, items):
    columns = [c for c in items[0] if c != "objective"]
    with pytest.raises(otpt.ItemsFileError, match="no 'objective' column") as err:
        otpt.load_items(write(tmp_path / "i.csv", items, columns))
    assert "Could not load the assessment items file" in str(err.value)


def test_each_bad_cell_is_named_by_line_and_column_all_at_once(tmp_path, items):
    items[0].update(type="multiple", points="two")
    items[1].update(item_id="Q7", stem="")
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(write(tmp_path / "i.csv", items))
    found = problems(err)
    assert "line 2, column B (type): found 'multiple'. Allowed: single_best, short_answer." in found
    assert any(p.startswith("line 2, column R (points): found 'two'. Allowed: a whole number") for p in found)
    assert any(p.startswith("line 3, column A (item_id): found 'Q7'. Allowed: Unique id") for p in found)
    assert "line 3, column C (stem): found an empty cell. Every item needs a stem." in found


def test_an_item_needing_an_unknown_case_or_lesson_is_refused(tmp_path, items):
    items[0]["needs"] = "garden;lesson 3"
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(write(tmp_path / "i.csv", items))
    assert problems(err) == [
        "line 2, column Q (needs): found 'garden'. Allowed: a case id of cases.csv or 'lesson N'."
    ]


def test_a_single_best_key_must_be_one_of_its_letters(tmp_path, items):
    items[0]["key"] = "e"
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(write(tmp_path / "i.csv", items))
    assert problems(err) == [
        "line 2, column H (key): found 'e'. Allowed for a single_best item: the letter of its one best option, a, b, c or d."
    ]


def test_a_single_best_item_needs_all_four_options_and_their_feedback(tmp_path, items):
    items[0].update(option_d="", feedback_b="")
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(write(tmp_path / "i.csv", items))
    assert [p.split(":")[0] for p in problems(err)] == [
        "line 2, column G (option_d)",
        "line 2, column J (feedback_b)",
    ]


def test_two_identical_options_are_refused(tmp_path, items):
    items[0]["option_c"] = items[0]["option_a"].upper()
    with pytest.raises(otpt.ItemsFileError, match="two options with the same text"):
        otpt.load_items(write(tmp_path / "i.csv", items))


def test_a_short_answer_item_has_no_options(tmp_path, items):
    items[1]["option_b"] = "Yes"
    with pytest.raises(
        otpt.ItemsFileError, match=r"line 3, column E \(option_b\): found 'Yes'. A short_answer item"
    ):
        otpt.load_items(write(tmp_path / "i.csv", items))


def test_ipec_codes_objectives_and_sources_must_exist(tmp_path, items):
    items[0].update(ipec="RR4;RR9", objective="O99", source="OTPF4;NOPE")
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(write(tmp_path / "i.csv", items))
    assert problems(err) == [
        "line 2, column N (source): found 'NOPE'. Allowed: a key in sources.csv.",
        "line 2, column O (ipec): found 'RR9'. Allowed: an IPEC 2023 code in ipec_2023.csv.",
        "line 2, column P (objective): found 'O99'. Allowed: an objective id in objectives.csv.",
    ]


def test_a_repeated_item_id_names_the_first_line(tmp_path, items):
    items[1]["item_id"] = items[0]["item_id"]
    with pytest.raises(
        otpt.ItemsFileError, match=r"line 3, column A \(item_id\): found the item_id '.+' again. line 2"
    ):
        otpt.load_items(write(tmp_path / "i.csv", items))


def test_an_unchecked_ipec_statement_may_not_be_a_quotation(tmp_path):
    rows = rows_of("ipec_2023")
    rows[0]["verified"] = "no"
    rows[1]["statement"] = "Advocate for equity."  # a paraphrase that does not say so
    with pytest.raises(otpt.KitFileError) as err:
        otpt.load_ipec(write(tmp_path / "ipec.csv", rows))
    assert problems(err) == [
        "line 2, column D (statement): found a quotation not marked verified. Quote IPEC's words only when they "
        "were checked (verified yes); otherwise paraphrase.",
        "line 3, column D (statement): found 'Advocate for equity.'. A paraphrase starts with 'Paraphrase:' so no "
        "reader takes it for IPEC's words.",
    ]
    assert "Could not load the IPEC competency list" in str(err.value)


def test_objectives_refuse_unknown_ipec_codes_and_unverified_standards(tmp_path):
    rows = rows_of("objectives")
    rows[0].update(ipec="RR4;XX1", acote="B.3.22")
    with pytest.raises(otpt.KitFileError) as err:
        otpt.load_objectives(write(tmp_path / "o.csv", rows))
    assert problems(err) == [  # the cell that breaks the schema is named once, not again as unknown
        "line 2, column C (ipec): found 'RR4;XX1'. Allowed: ';'-separated IPEC 2023 codes, each in ipec_2023.csv.",
        "line 2, column E (acote): found 'B.3.22'. Allowed: a code of ACOTE's verified in accreditation.csv "
        "(none is yet).",
    ]


def test_item_answers_are_checked_against_the_items(tmp_path):
    items = otpt.load_items()
    single = items.index[items["type"] == "single_best"][0]
    short = items.index[items["type"] == "short_answer"][0]
    path = tmp_path / "answers.csv"
    path.write_text(
        "learner,item_id,answer,points_given\n"
        f"sam,{single},B,\n"
        f"sam,{short},my answer,1\n"
        f"ana,{single},e,\n"
        "ana,I999,a,\n"
        f"ana,{short},text,7\n",
        encoding="utf-8",
    )
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_item_answers(path)
    assert problems(err) == [
        "line 4, column C (answer): found 'e'. Allowed for a single_best item: a, b, c or d (empty if not answered).",
        "line 5, column B (item_id): found 'I999'. Allowed: an item_id of the items file (I001 ...).",
        f"line 6, column D (points_given): found '7'. Allowed: a number from 0 to {items.loc[short, 'points']}, "
        "the item's points.",
    ]
    path.write_text(f"learner,item_id,answer\nsam,{single},B\n", encoding="utf-8")
    answers = otpt.load_item_answers(path)
    assert answers.to_dict("records")[0] | {"points_given": None} == {
        "learner": "sam",
        "item_id": single,
        "answer": "b",
        "points_given": None,
    }


def test_a_bundled_kit_table_is_read_once_and_each_loader_gets_a_copy(monkeypatch):
    """Loading the items reads four kit tables; a lesson loads the items and then the
    objectives again."""
    kit_checks._bundled_table.cache_clear()
    first = otpt.load_objectives()
    records, *_ = kit_checks.checked_table("objectives", None, what="objectives", row="objective")
    monkeypatch.setattr(
        kit_checks, "read_named_table", lambda *a, **k: pytest.fail("a kit table was read again")
    )
    records[0]["text"] = "changed by a caller"
    again, *_ = kit_checks.checked_table("objectives", None, what="objectives", row="objective")
    assert again[0]["text"] != "changed by a caller"
    assert otpt.load_objectives().equals(first)
