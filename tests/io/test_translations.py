"""The content in Spanish (data/es/): the same rows and keys as the English, every row a
current translation, codes never translated, and `lang=` on the loaders picks the words
(issue 37, item 2)."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

import otpt
from otpt.io.translations import SOURCE_COLUMN, TRANSLATED, review, source_hash, translated_rows
from otpt.language import set_language

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
FILES = sorted(TRANSLATED)


@pytest.fixture(autouse=True)
def _english_after(monkeypatch):
    monkeypatch.delenv("OTPT_LANG", raising=False)
    yield
    set_language(None)


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


def _keys(path: Path, key: str) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row[key] for row in csv.DictReader(f)]


@pytest.mark.parametrize("name", FILES)
def test_every_english_row_has_a_current_spanish_translation(name):
    found = review(name, "es")
    assert not found, "\n".join(map(str, found)) + "\nRun: python tools/translate_content.py status"


@pytest.mark.parametrize("name", FILES)
def test_the_spanish_file_has_the_same_keys_in_the_same_order_and_no_code_columns(name):
    key, columns = TRANSLATED[name]
    spanish = DATA / "es" / name
    assert _keys(spanish, key) == _keys(DATA / name, key)
    # only the key, words and the record of the English: codes cannot drift from English
    assert _header(spanish) == [key, *columns, SOURCE_COLUMN]


def test_an_edited_english_row_shows_its_translation_as_stale(tmp_path):
    english, spanish = tmp_path / "worked_goals.csv", tmp_path / "es.csv"
    shutil.copy(DATA / "worked_goals.csv", english)
    shutil.copy(DATA / "es" / "worked_goals.csv", spanish)
    assert review("worked_goals.csv", "es", english=english, translation=spanish) == []
    text = english.read_text(encoding="utf-8").replace("in under 10 minutes", "in under 12 minutes")
    english.write_text(text, encoding="utf-8")
    found = review("worked_goals.csv", "es", english=english, translation=spanish)
    assert [(r.key, r.reason) for r in found] == [("A012", "stale")]


def test_a_new_english_row_is_missing_and_a_dropped_dash_is_named(tmp_path):
    english, spanish = tmp_path / "booth.csv", tmp_path / "es.csv"
    english.write_text("id,why,card\nA050,Plain why.,-\nA999,A new card.,\n", encoding="utf-8")
    row = {"id": "A050", "why": "Por qué.", "card": "Tarjeta.", "exception": ""}
    row[SOURCE_COLUMN] = source_hash(["Plain why.", "-", ""])
    with spanish.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, list(row))
        writer.writeheader()
        writer.writerow(row)
    found = {(r.key, r.reason) for r in review("booth.csv", "es", english=english, translation=spanish)}
    assert found == {("A999", "missing"), ("A050", "dash")}


def test_a_translation_file_with_a_repeated_key_is_refused_with_its_line(tmp_path):
    path = tmp_path / "es.csv"
    path.write_text("id,ot_goal,pt_goal,note,source_sha\nA012,a,b,c,x\nA012,a,b,c,x\n", encoding="utf-8")
    with pytest.raises(otpt.io.translations.TranslationFileError, match=r"line 3, column A \(id\)"):
        review("worked_goals.csv", "es", english=DATA / "worked_goals.csv", translation=path)


def test_the_spanish_bank_keeps_every_code_of_the_english_and_changes_the_words():
    english, spanish = otpt.load_activities(lang="en"), otpt.load_activities(lang="es")
    words = set(TRANSLATED["activities.csv"][1])
    assert list(spanish.columns) == list(english.columns)
    for column in english.columns:
        if column in words:
            continue
        assert spanish[column].astype(str).tolist() == english[column].astype(str).tolist(), column
        assert spanish[column].dtype == english[column].dtype, column
    a001 = spanish.set_index("id").loc["A001"]
    assert a001["activity"] == translated_rows("activities.csv", "es")["A001"]["activity"]
    assert a001["activity"] != english.set_index("id").loc["A001", "activity"]
    assert a001["other_lead"] == "enfermeras y terapeutas respiratorios"
    # where OT has no part, the Spanish says so the same way
    assert (spanish["ot_focus"] == "-").tolist() == (english["ot_focus"] == "-").tolist()


def test_the_loaders_follow_the_one_language_setting(monkeypatch):
    assert otpt.load_activities()["activity"].iloc[0].startswith("Getting up")
    set_language("es")
    assert otpt.load_activities()["activity"].iloc[0].startswith("Levantarse")
    assert otpt.load_booth_texts()["A050"].startswith("Escribir")
    assert otpt.load_worked_goals()["A012"].ot_goal.startswith("Para el alta")
    assert otpt.load_cases()["hip"].title == "El día después de una operación de cadera"
    set_language(None)
    monkeypatch.setenv("OTPT_LANG", "es-US")
    assert otpt.load_booth_texts()["A050"].card.startswith("Un niño de primer grado")
    assert otpt.load_booth_texts(lang="en")["A050"].startswith("Writing")


def test_spanish_cases_keep_ids_leads_and_sources():
    english, spanish = otpt.load_cases(lang="en"), otpt.load_cases(lang="es")
    assert list(spanish) == list(english)
    for case_id, case in english.items():
        ours = spanish[case_id]
        assert ours.setting == case.setting
        assert [(t.task_id, t.lead, t.also_accepted, t.sources) for t in ours.tasks] == [
            (t.task_id, t.lead, t.also_accepted, t.sources) for t in case.tasks
        ]
        assert [bool(t.ot_goal) for t in ours.tasks] == [bool(t.ot_goal) for t in case.tasks]
        assert ours.summary != case.summary


def test_spanish_goals_keep_ids_and_sources():
    english, spanish = otpt.load_worked_goals(lang="en"), otpt.load_worked_goals(lang="es")
    assert [(g.activity_id, g.sources) for g in spanish.values()] == [
        (g.activity_id, g.sources) for g in english.values()
    ]
    assert all(spanish[k].note != english[k].note for k in english)


def test_a_file_of_your_own_is_read_as_it_is_in_any_language(tmp_path):
    path = tmp_path / "goals.csv"
    path.write_text("id,ot_goal,pt_goal\nA012,my OT goal,my PT goal\n", encoding="utf-8")
    assert otpt.load_worked_goals(path, lang="es")["A012"].ot_goal == "my OT goal"
    bank = tmp_path / "bank.csv"
    bank.write_text("id,activity,lead\nA001,My own words,PT\n", encoding="utf-8")
    assert otpt.load_activities(bank, lang="es")["activity"].tolist() == ["My own words"]


def test_a_language_otpt_does_not_have_is_refused_by_name():
    with pytest.raises(ValueError, match="no 'fr' language"):
        otpt.load_booth_texts(lang="fr")


def test_an_edited_english_item_marks_its_spanish_for_review_with_the_file_and_id(tmp_path):
    """The kit's items are edited in English (I005, I012, I015 on another branch): each edited
    item shows as stale, named, until a translator checks it and stamps it."""
    english, spanish = tmp_path / "assessment_items.csv", tmp_path / "es.csv"
    shutil.copy(DATA / "assessment_items.csv", english)
    shutil.copy(DATA / "es" / "assessment_items.csv", spanish)
    assert review("assessment_items.csv", "es", english=english, translation=spanish) == []
    text = english.read_text(encoding="utf-8")
    text = text.replace(
        "the joint guidelines say co-treatment is chosen", "the joint guidelines state co-treatment is chosen"
    )
    text = text.replace(
        "Which statement about OT and PT specialties is true?", "Which statement about specialties is true?"
    )
    english.write_text(text, encoding="utf-8")
    found = review("assessment_items.csv", "es", english=english, translation=spanish)
    assert [(r.key, r.reason) for r in found] == [("I004", "stale"), ("I012", "stale")]
    assert str(found[1]).startswith("es/assessment_items.csv I012: stale (the English changed since")


def test_a_single_best_items_key_letter_is_the_english_one():
    english = otpt.load_items(lang="en")
    rows = translated_rows("assessment_items.csv", "es")
    single = english.index[english["type"] == "single_best"]
    # the translation file repeats each letter; the loader takes it from the English all the same
    assert {i: rows[i]["key"] for i in single} == english.loc[single, "key"].to_dict()


def test_the_spanish_items_keep_every_code_and_change_the_words():
    english, spanish = otpt.load_items(lang="en"), otpt.load_items(lang="es")
    words = set(TRANSLATED["assessment_items.csv"][1])
    assert list(spanish.index) == list(english.index) and list(spanish.columns) == list(english.columns)
    for column in english.columns:
        if column not in words:
            assert spanish[column].tolist() == english[column].tolist(), column
    single = english["type"] == "single_best"
    assert spanish.loc[single, "key"].tolist() == english.loc[single, "key"].tolist()
    assert (spanish.loc[~single, "key"] != english.loc[~single, "key"]).all()  # model answers in Spanish
    assert spanish.loc["I003", "option_c"] == "Un patólogo del habla y el lenguaje"
    assert (spanish["stem"] != english["stem"]).all()
    set_language("es")
    assert otpt.load_items().loc["I001", "stem"] == spanish.loc["I001", "stem"]
    set_language(None)
    assert otpt.load_items().loc["I001", "stem"] == english.loc["I001", "stem"]


def test_an_item_file_of_your_own_is_read_as_it_is_in_spanish():
    own = Path(__file__).parents[1] / "data" / "assessment_items.csv"
    assert otpt.load_items(own, lang="es").loc["I001", "stem"] == otpt.load_items(own).loc["I001", "stem"]


def test_the_spanish_objectives_keep_ids_and_codes_and_follow_the_language():
    """Lesson 8's objectives table read the English objectives in the Spanish lesson (issue 37)."""
    english, spanish = otpt.load_objectives(lang="en"), otpt.load_objectives(lang="es")
    assert list(spanish.index) == list(english.index) and list(spanish.columns) == list(english.columns)
    for column in ("ipec", "lessons", "acote", "capte"):
        assert spanish[column].tolist() == english[column].tolist(), column
    assert (spanish["text"] != english["text"]).all()
    assert spanish.loc["O2", "text"].startswith("Decidir si un tratamiento conjunto")
    set_language("es")
    assert otpt.load_objectives().loc["O2", "text"] == spanish.loc["O2", "text"]
    set_language(None)
    assert otpt.load_objectives().loc["O2", "text"] == english.loc["O2", "text"]


def test_an_objectives_file_of_your_own_is_read_as_it_is_in_spanish(tmp_path):
    own = tmp_path / "objectives.csv"
    own.write_text("id,text,ipec\nO1,My own objective.,RR4\n", encoding="utf-8")
    assert otpt.load_objectives(own, lang="es").loc["O1", "text"] == "My own objective."
