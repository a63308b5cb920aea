"""The bundled bank holds to its data dictionary and covers what the lessons promise."""

import csv
import json
import re

import pytest

import otpt
from otpt.loader import COLUMNS, bundled_path

SCHEMA = json.loads(bundled_path("activities.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def raw_rows():
    with bundled_path().open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def bank():
    return otpt.load_activities()


def test_schema_describes_exactly_the_csv_columns(raw_rows):
    assert [f["name"] for f in SCHEMA["fields"]] == list(raw_rows[0].keys()) == list(COLUMNS)


def test_every_cell_holds_to_the_schema(raw_rows):
    problems = []
    for line, row in enumerate(raw_rows, start=2):
        for field in SCHEMA["fields"]:
            value, rules = row[field["name"]], field.get("constraints", {})
            if not value:
                if rules.get("required"):
                    problems.append((line, field["name"], "empty"))
                continue
            if value != value.strip():
                problems.append((line, field["name"], "stray spaces"))
            if "enum" in rules and value not in rules["enum"]:
                problems.append((line, field["name"], value))
            if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
                problems.append((line, field["name"], value))
            if "maxLength" in rules and len(value) > rules["maxLength"]:
                problems.append((line, field["name"], f"{len(value)} characters"))
    ids = [row["id"] for row in raw_rows]
    assert len(ids) == len(set(ids))
    assert problems == []


def test_schema_vocabularies_match_the_package():
    enums = {f["name"]: f["constraints"].get("enum") for f in SCHEMA["fields"]}
    assert enums["lead"] == list(otpt.LEADS)
    assert enums["setting"] == list(otpt.SETTINGS)
    assert enums["population"] == list(otpt.POPULATIONS)
    assert enums["occupation_area"] == list(otpt.OCCUPATION_AREAS)
    assert enums["icf_chapter"] == list(otpt.ICF_CHAPTERS)


def test_sources_are_all_listed(bank):
    with bundled_path("sources.csv").open(encoding="utf-8", newline="") as f:
        known = {row["key"] for row in csv.DictReader(f)}
    used = {key for keys in bank["sources"] for key in keys.split(";")}
    assert used <= known, used - known
    assert known <= used, f"sources never cited: {known - used}"


def test_size_balance_and_coverage(bank):
    assert len(bank) >= 80
    counts = bank["lead"].value_counts()
    assert counts["Both"] >= len(bank) / 4
    assert counts.max() <= 1.5 * counts.min(), counts.to_dict()  # roughly balanced
    assert set(bank["setting"]) == set(otpt.SETTINGS)
    assert set(bank["population"]) == set(otpt.POPULATIONS)
    assert {s for skills in bank["skills"] for s in skills} == set(otpt.SKILLS)


def test_focus_columns_agree_with_the_lead(bank):
    # A lead's own profession always has a focus; "Both" means both have one.
    for _, row in bank.iterrows():
        if row["lead"] in ("OT", "Both"):
            assert row["ot_focus"] != "-", row["id"]
        if row["lead"] in ("PT", "Both"):
            assert row["pt_focus"] != "-", row["id"]
        if row["lead"] == "PT":
            assert row["ot_focus"] == "-", row["id"]


# Every situation in the source story, found by words in the activity or description.
STORY = {
    "OT": ["dress", "cook", "friends", "hobby|knitting|garden", "work", "grooming|brushing teeth|toileting"],
    "PT": ["walk", "lift", "balance", "pain", "injur"],
    "Both": ["arm motion and strength", "getting out of bed", "grooming|washing", "walking to the bathroom"],
}


@pytest.mark.parametrize(("lead", "pattern"), [(lead, p) for lead, ps in STORY.items() for p in ps])
def test_source_story_situations_are_present(bank, lead, pattern):
    text = (bank["activity"] + " " + bank["description"]).str.lower()
    hits = bank[text.str.contains(pattern) & (bank["lead"] == lead)]
    assert len(hits), f"no {lead}-led activity matching {pattern!r}"


def test_hospital_co_treatment_and_school_sensory_rows(bank):
    hospital = bank[bank["setting"] == "acute hospital"]
    assert hospital["activity"].str.contains("Stretching the lower body").any()
    assert hospital["activity"].str.contains("Standing and walking").any()
    school = bank[(bank["setting"] == "school") & bank["activity"].str.contains("sensory-seeking")]
    assert list(school["lead"]) == ["OT"]
