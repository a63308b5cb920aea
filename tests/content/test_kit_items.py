"""The instructor's kit's data (issue 33, items 2 and 4): the assessment items, the IPEC 2023
list, the objectives and the accreditation standards hold to their schemas and to each
other, and the pages written from them are current."""

import csv
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import otpt
from otpt.io.resources import bundled_path
from tests._schema import schema_problems

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("kit_pages", ROOT / "tools" / "kit_pages.py")
kit_pages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(kit_pages)
TABLES = ("assessment_items", "ipec_2023", "objectives", "accreditation", "session_plans")


def raw(name):
    with bundled_path(f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def schema(name):
    return json.loads(bundled_path(f"{name}.schema.json").read_text(encoding="utf-8"))["fields"]


@pytest.fixture(scope="module")
def items():
    return otpt.load_items()


#: How a key's feedback starts, by language (the quiz's verdict: docs/GLOSSARY_ES.md).
RIGHT = {"en": "Right", "es": "Correcto"}


@pytest.fixture(scope="module", params=list(RIGHT))
def items_in(request):
    """The items in each language they ship in: what a test-wise learner could exploit in the
    English could creep into a translation (a longer key, a quoted key), so both are held to it."""
    return request.param, otpt.load_items(lang=request.param)


@pytest.mark.parametrize("name", TABLES)
def test_each_schema_describes_exactly_its_csv_and_holds_every_cell(name):
    rows, fields = raw(name), schema(name)
    assert [f["name"] for f in fields] == list(rows[0])
    problems = schema_problems(rows, fields)
    assert problems == []
    for field in fields:
        if field["constraints"].get("unique"):
            values = [row[field["name"]] for row in rows]
            assert len(values) == len(set(values)), field["name"]


def test_at_least_24_items_of_both_kinds_covering_every_objective(items):
    assert len(items) >= 24
    kinds = items["type"].value_counts()
    assert kinds["single_best"] >= 12 and kinds["short_answer"] >= 5
    assert set(items["objective"]) == set(otpt.load_objectives().index)
    # every IPEC competency is assessed somewhere
    ipec = otpt.load_ipec()
    assessed = {ipec.loc[code, "competency"] for codes in items["ipec"] for code in codes}
    assert assessed == set(ipec["competency"])


def test_every_single_best_item_has_one_key_among_four_options_and_feedback_on_each(items_in):
    lang, items = items_in
    single = items[items["type"] == "single_best"]
    for iid, row in single.iterrows():
        options = [row[f"option_{x}"] for x in "abcd"]
        assert all(options) and len(set(options)) == 4, iid
        assert row["key"] in "abcd" and len(row["key"]) == 1, iid
        feedback = {x: row[f"feedback_{x}"] for x in "abcd"}
        assert all(feedback.values()), iid
        # the key's feedback says it is right; every other option's says it is not
        assert feedback[row["key"]].startswith(RIGHT[lang]), iid
        assert not any(text.startswith(RIGHT[lang]) for x, text in feedback.items() if x != row["key"]), iid


def test_keys_are_spread_over_the_four_positions(items):
    """A learner who always picks one letter should not gain: no letter is the key of more
    than a third of the single-best items."""
    keys = Counter(items.loc[items["type"] == "single_best", "key"])
    assert set(keys) == set("abcd")
    assert max(keys.values()) <= sum(keys.values()) / 3


def test_the_keys_make_no_pattern_a_test_wise_learner_could_follow(items):
    """The first draft keyed A, B, C, D in turn: whoever spots it scores without reading. No
    more than a third of consecutive keys may step to the next letter (or repeat)."""
    keys = list(items.loc[items["type"] == "single_best", "key"])
    steps = [(ord(b) - ord(a)) % 4 for a, b in zip(keys, keys[1:])]
    assert steps.count(1) <= len(steps) / 3 and steps.count(0) <= len(steps) / 3, "".join(keys)


def test_the_key_is_not_given_away_by_its_length(items_in):
    """The first draft's key was the longest option in 18 of 19 single-best items, up to 4.9
    times the longest distractor: a test-wise learner scored by picking the longest. Now the
    key is the longest option (or the shortest) in at most a third of the items, and never
    more than 1.3 times as long as the longest distractor."""
    _lang, items = items_in
    single = items[items["type"] == "single_best"]
    longest, shortest, ratios = [], [], {}
    for iid, row in single.iterrows():
        length = {x: len(row[f"option_{x}"]) for x in "abcd"}
        key = length.pop(row["key"])
        longest += [iid] if key >= max(length.values()) else []
        shortest += [iid] if key <= min(length.values()) else []
        ratios[iid] = key / max(length.values())
    assert len(longest) <= len(single) / 3, longest
    assert len(shortest) <= len(single) / 3, shortest
    assert {iid: round(r, 2) for iid, r in ratios.items() if r > 1.3} == {}


def test_short_answer_items_have_a_model_answer_and_no_options(items):
    short = items[items["type"] == "short_answer"]
    for iid, row in short.iterrows():
        assert len(row["key"].split()) >= 15, iid
        assert not any(row[f"option_{x}"] or row[f"feedback_{x}"] for x in "abcd"), iid
        assert row["points"] >= 2 and "point" in row["rationale"], iid


def test_every_ipec_code_objective_and_source_exists(items):
    ipec, objectives = otpt.load_ipec(), otpt.load_objectives()
    with bundled_path("sources.csv").open(encoding="utf-8", newline="") as f:
        sources = {row["key"] for row in csv.DictReader(f)}
    assert {c for codes in items["ipec"] for c in codes} <= set(ipec.index)
    assert {c for codes in objectives["ipec"] for c in codes} <= set(ipec.index)
    assert set(items["objective"]) <= set(objectives.index)
    assert {s for keys in items["source"] for s in keys} <= sources
    assert set(ipec["source"]) <= sources


def test_items_are_not_the_banks_quiz_rows_again(items):
    """Independent of the bank: no stem or option names a bank activity word for word."""
    activities = [a.lower() for a in otpt.load_activities()["activity"]]
    text = " ".join(
        items[["stem", "option_a", "option_b", "option_c", "option_d"]].fillna("").agg(" ".join, axis=1)
    ).lower()
    assert [a for a in activities if a in text] == []


def test_ipec_list_has_33_in_ipecs_shape_and_says_what_was_checked():
    ipec = otpt.load_ipec()
    assert len(ipec) == 33
    counts = ipec["competency"].value_counts()
    assert counts["Values and Ethics"] == 10 and counts["Roles and Responsibilities"] == 5
    assert counts["Communication"] + counts["Teams and Teamwork"] == 18
    for code, row in ipec.iterrows():
        if row["verified"]:
            assert row["statement_kind"] == "quote" and row["checked_against"].startswith("https://"), code
        else:  # never a quotation, and the row says why it is unchecked
            assert row["statement"].startswith("Paraphrase:") and row["note"], code


def test_objectives_cite_only_verified_accreditation_numbers():
    accreditation = otpt.load_accreditation()
    verified = set(accreditation.loc[accreditation["verified"], "code"])
    objectives = otpt.load_objectives()
    cited = {c for column in ("acote", "capte") for codes in objectives[column] for c in codes}
    assert cited <= verified
    # every standard is paraphrased, never quoted, and names the objectives it would serve
    assert accreditation["statement"].str.startswith("Paraphrase: ").all()
    assert {o for ids in accreditation["objectives"] for o in ids} <= set(objectives.index)


def test_the_objectives_page_and_the_blind_form_are_current():
    assert kit_pages.PAGE.read_text(encoding="utf-8") == kit_pages.objectives_page(), (
        "run: python tools/kit_pages.py"
    )
    assert kit_pages.FORM.read_text(encoding="utf-8") == kit_pages.blind_form(), (
        "run: python tools/kit_pages.py"
    )


def test_the_blind_form_shows_every_question_and_gives_away_no_key(items):
    form = kit_pages.blind_form()
    for iid, row in items.iterrows():
        assert f"## {iid}" in form
        assert " ".join(row["stem"].split()) in form
    for column in ("rationale", "feedback_a", "feedback_b", "feedback_c", "feedback_d"):
        for text in items[column]:
            assert not text or text not in form, text
    for model in items.loc[items["type"] == "short_answer", "key"]:
        assert model not in form
    assert not re.search(r"\b(key|correct answer|IPEC|RR\d|VE\d)\b", form)


def test_each_plan_may_test_only_the_items_whose_objective_and_case_it_teaches(items):
    """The item-by-session table (the guide's and OBJECTIVES.md's) comes from the items'
    objectives and needs and each plan's rows: change a plan and its post-test changes."""
    plans = otpt.load_session_plans()
    table = otpt.items_by_plan(items, plans)
    assert list(table.columns) == ["A", "B", "C"] and list(table.index) == list(items.index)
    for plan in table.columns:
        teaches = set(plans.loc[plans["plan"] == plan, "teaches"])
        for iid, row in items.iterrows():
            taught = row["objective"] in teaches and set(row["needs"]) <= teaches
            assert table.loc[iid, plan] == ("" if not taught else "test" if row["points"] else "discuss"), (
                iid,
                plan,
            )
    # no plan teaches handoffs (O4), and I011 is never scored
    assert set(table.loc[items.index[items["objective"] == "O4"]].stack()) == {""}
    assert "test" not in set(table.loc["I011"])
    without_falls = otpt.items_by_plan(items, plans[plans["teaches"] != "falls"])
    lost = set(table.index[table["C"] == "test"]) - set(without_falls.index[without_falls["C"] == "test"])
    assert lost == set(items.index[items["needs"].map(lambda n: "falls" in n)]) and lost


def test_each_item_is_tagged_to_the_objective_it_tests(items):
    """An item's first IPEC code names what it tests, and that competency is one its objective
    serves - so a plan that teaches the objective teaches what the item tests. I026 (a team's
    debrief, TT6) was tagged O2 (the co-treatment decision) and so admitted to plan A, which
    teaches no team reflection (kit review 3, S3); it is O8's now."""
    objectives = otpt.load_objectives()
    mistagged = {
        iid: (row["ipec"][0], row["objective"])
        for iid, row in items.iterrows()
        if row["ipec"][0] not in objectives.loc[row["objective"], "ipec"]
    }
    assert mistagged == {}
    table = otpt.items_by_plan(items, otpt.load_session_plans())
    assert items.loc["I026", "objective"] == "O8" and table.loc["I026", "A"] == ""
    assert table.loc["I026", "B"] == table.loc["I026", "C"] == "test"


def test_a_session_plan_naming_an_unknown_objective_or_case_is_refused(tmp_path):
    path = tmp_path / "plans.csv"
    path.write_text(
        "plan,minutes,teaches,where\nB,60,O1,poll\nB,60,O9,nowhere\nB,45,garden,a case\n", encoding="utf-8"
    )
    with pytest.raises(otpt.KitFileError) as caught:
        otpt.load_session_plans(path)
    message = str(caught.value)
    assert "line 3" in message and "'O9'" in message and "'garden'" in message
    assert "Plan B is 60 minutes" in message


def test_the_guide_and_lesson_8_agree_with_the_item_by_session_table():
    """The guide's hand-written text and lesson 8 name no plan's items or objectives against
    the table: O4 is taught in no plan and O6 only in plan C."""
    guide = (ROOT / "docs" / "FACILITATOR_GUIDE.md").read_text(encoding="utf-8")
    assert "leaves\nout O4 and O6's items" not in guide and "I007, I018 and I023 check" not in guide
    lesson = json.loads((ROOT / "notebooks" / "08_after_the_lecture.ipynb").read_text(encoding="utf-8"))
    text = " ".join("".join(c["source"]) for c in lesson["cells"] if c["cell_type"] == "markdown")
    plans = otpt.load_session_plans()
    assert "O4" not in set(plans["teaches"]) and set(plans.loc[plans["teaches"] == "O6", "plan"]) == {"C"}
    assert "O4) is taught in none of the kit's plans" in text and "O6) only in the 90-minute plan" in text


def test_kit_pages_writes_only_what_changed(tmp_path, monkeypatch, capsys):
    """`python tools/kit_pages.py` says "wrote" only for a page it changed, "is current" otherwise."""
    page, form = tmp_path / "OBJECTIVES.md", tmp_path / "items" / "form.md"
    monkeypatch.setattr(kit_pages, "PAGE", page)
    monkeypatch.setattr(kit_pages, "FORM", form)
    kit_pages.main()
    assert capsys.readouterr().out.splitlines() == [f"wrote {page}", f"wrote {form}"]
    form.write_text("edited by hand", encoding="utf-8")
    kit_pages.main()
    assert capsys.readouterr().out.splitlines() == [f"{page} is current", f"wrote {form}"]
    assert form.read_text(encoding="utf-8") == kit_pages.blind_form()


def test_the_key_is_never_the_one_option_written_in_another_form(items_in):
    """Kit review 5, I007: options a-c were quoted speech and the key, d, was not - a cue.
    An option may differ in form (I018's "say nothing" is an action), but not the key alone."""
    _lang, items = items_in
    cued = []
    for item in items[items["type"] == "single_best"].itertuples():
        options = {letter: str(getattr(item, f"option_{letter}")) for letter in "abcd"}
        quoted = {letter: text.startswith('"') and text.endswith('"') for letter, text in options.items()}
        odd = [letter for letter in "abcd" if list(quoted.values()).count(quoted[letter]) == 1]
        if odd == [item.key]:
            cued.append(item.item_id)
    assert cued == []


def test_the_spanish_items_pass_every_check_the_english_do(tmp_path):
    """The Spanish texts read as an item file of one's own: the schema's limits (a translation
    runs longer), four different options, feedback on each - every rule of `otpt.load_items`."""
    english, spanish = raw("assessment_items"), otpt.load_items(lang="es")
    for row in english:
        for column in (
            "stem",
            *(f"{p}_{x}" for p in ("option", "feedback") for x in "abcd"),
            "key",
            "rationale",
        ):
            row[column] = spanish.loc[row["item_id"], column]
    path = tmp_path / "items_es.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(english[0]))
        writer.writeheader()
        writer.writerows(english)
    mine = otpt.load_items(path)
    assert mine["stem"].tolist() == spanish["stem"].tolist()


def test_the_session_objectives_are_the_ones_a_plan_teaches():
    """Kit review 6, S13: O4 (the handoff) was published as a session objective, taught by no plan."""
    page = kit_pages.objectives_page()
    first = page[page.index("By the end of the session") : page.index("Taught by no session plan")]
    listed = set(re.findall(r"^\| (O\d+) \|", first, re.M))
    assert listed == set(otpt.load_objectives().index) - {"O4"}
    assert "| O4 |" in page[page.index("Taught by no session plan") :]
