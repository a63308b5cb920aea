"""Every Spanish text keeps to docs/GLOSSARY_ES.md (issue 37, item 4): where the English
has a term the glossary fixes, the Spanish has the chosen term, and no Spanish text uses
a rejected one (exactly as the glossary writes it: it lists plurals where they matter).
The glossary's table is the test's data, so a new row there is checked
everywhere at once."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from otpt.io.translations import TRANSLATED, english_rows, translated_rows

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "GLOSSARY_ES.md"
PLURAL = r"(?:s|es)?"


def glossary() -> list[dict[str, str]]:
    """The rows of the terms table in the Content section."""
    text = GLOSSARY.read_text(encoding="utf-8")
    content = text.split("\n## Content", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in content.splitlines() if line.startswith("|")]
    names = [c.strip().lower() for c in rows[0].strip("|").split("|")]
    return [dict(zip(names, (c.strip() for c in row.strip("|").split("|")))) for row in rows[2:]]


def term_pattern(term: str, *, plural: bool = True) -> re.Pattern:
    """A term as a whole-word pattern; each word may be plural (``plural``). All-capital
    abbreviations match case-sensitively, words in any case."""
    words = r"\s+".join(re.escape(w) + (PLURAL if plural else "") for w in term.split())
    return re.compile(rf"(?<![\w-]){words}(?![\w-])", 0 if term.isupper() else re.IGNORECASE)


def pairs():
    """(where, English text, Spanish text) for every translated text otpt ships."""
    for name, (_key, columns) in TRANSLATED.items():
        english, spanish = english_rows(name), translated_rows(name, "es")
        for k, texts in english.items():
            for column in columns:
                yield f"data/es/{name} {k} {column}", texts[column], spanish.get(k, {}).get(column, "")
    yield from lesson_pairs()


def lesson_pairs():
    """(where, English cell, Spanish cell) from the lessons' catalogs (tools/lesson_catalogs.py)."""
    pytest.importorskip("polib")
    pytest.importorskip("nbformat")
    spec = importlib.util.spec_from_file_location("lesson_catalogs", ROOT / "tools" / "lesson_catalogs.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    yield from tool.catalog_pairs("es")


TERMS = glossary()


def test_the_glossary_table_is_read():
    chosen = {row["english"]: row["chosen"] for row in TERMS}
    assert chosen["physical therapist"] == "fisioterapeuta"
    assert chosen["occupational therapy"] == "terapia ocupacional"
    assert all(row["always"] in ("yes", "no") for row in TERMS)


def test_the_patterns_take_plurals_and_whole_words_only():
    assert term_pattern("terapeuta ocupacional").search("dos terapeutas ocupacionales")
    assert term_pattern("ADL").search("an ADL") and not term_pattern("ADL").search("an IADL")
    assert not term_pattern("usted", plural=False).search("ustedes")
    assert not term_pattern("co-treat").search("co-treatment")


@pytest.mark.parametrize("row", [r for r in TERMS if r["always"] == "yes"], ids=lambda r: r["english"])
def test_where_the_english_has_the_term_the_spanish_has_the_chosen_one(row):
    english, chosen = term_pattern(row["english"]), term_pattern(row["chosen"])
    # a name kept in English ("Academy of Neurologic Physical Therapy") keeps the term too
    found = [
        where
        for where, en, es in pairs()
        if english.search(en) and not (chosen.search(es) or english.search(es))
    ]
    assert not found, f"'{row['english']}' without '{row['chosen']}' in:\n" + "\n".join(found)


def rejected_terms(texts, *, allowed=lambda where, term: False) -> list[str]:
    """Where ``texts`` ((where, English, Spanish) triples) use a term the glossary rejects.
    A term one row rejects and another row chooses (*caminadora*: not a walker, but the
    treadmill) is allowed where the English has that other row's term."""
    rejected = [
        (r["chosen"], term.strip()) for r in TERMS for term in r["rejected"].split(";") if term.strip()
    ]
    chosen_for = {r["chosen"].lower(): term_pattern(r["english"]) for r in TERMS}
    return [
        f"{where}: '{term}' (the glossary says '{chosen}')"
        for where, en, es in texts
        for chosen, term in rejected
        if term_pattern(term, plural=False).search(es)
        and not (term.lower() in chosen_for and chosen_for[term.lower()].search(en))
        and not allowed(where, term)
    ]


def test_no_spanish_text_uses_a_rejected_term():
    found = rejected_terms(pairs())
    assert not found, "\n".join(found)


def catalog_pairs():
    """(where, English, Spanish) for every string of the interface catalog, otpt.po."""
    polib = pytest.importorskip("polib")
    catalog = polib.pofile(str(ROOT / "otpt" / "locale" / "es" / "LC_MESSAGES" / "otpt.po"))
    for entry in catalog:
        places = " ".join(sorted({path for path, _line in entry.occurrences}))
        english = " ".join(filter(None, (entry.msgid, entry.msgid_plural)))
        for spanish in [entry.msgstr, *entry.msgstr_plural.values()]:
            yield f"otpt.po {places} {entry.msgid[:60]!r}", english, spanish


def test_the_interface_catalog_uses_no_term_the_content_rejects():
    """The content's rejected terms hold in the widgets' strings too (the second bilingual
    review found *calzadores de medias* there). The exceptions are the Interface section's:
    the booth's strings, for families, may name the person *terapeuta físico*, and its
    visitor strings say *usted* (tests/test_booth_register_es.py holds them to it)."""
    visitor = (
        "otpt/render/booth.py",
        "otpt/analysis/booth.py",
        "otpt/widgets/booth.py",
        "otpt/render/volunteer.py",
    )

    def booth_name(where: str, term: str) -> bool:
        module = where.split(" ")[1:2]
        if term.lower() == "usted":
            return bool(module) and module[0] in visitor
        return term.lower().startswith("terapeuta") and module == ["otpt/render/booth.py"]

    found = rejected_terms(catalog_pairs(), allowed=booth_name)
    assert not found, "\n".join(found)


def test_the_check_finds_a_rejected_term_and_allows_another_rows_choice():
    texts = [
        ("po x", "sock aids", "calzadores de medias"),
        ("po y", "a treadmill", "una caminadora"),
        ("po z", "a walker", "una caminadora"),
    ]
    assert rejected_terms(texts) == [
        "po x: 'calzadores de medias' (the glossary says 'calzador de calcetines')",
        "po z: 'caminadora' (the glossary says 'andador')",
    ]


PT_GLOSS = "fisioterapia (en EE. UU. también se dice terapia física)"
# where a student first meets PT's name (lesson 1) and first answers with it (lesson 2)
PT_GLOSS_LESSONS = ("01_what_are_ot_and_pt", "02_classify_activities")


def terapia_fisica_outside_the_gloss(texts) -> list[str]:
    """Where ``texts`` ((where, English, Spanish) triples) say *terapia física* other than in
    the glossary's one phrase, or say that phrase outside lessons 1 and 2."""
    found = []
    for where, _en, es in texts:
        in_place = any(f"notebooks/es/catalogs/{lesson}.po " in where for lesson in PT_GLOSS_LESSONS)
        if es.count(PT_GLOSS) > (1 if in_place else 0):
            found.append(f"{where}: the phrase '{PT_GLOSS}'")
        if "terapia física" in es.replace(PT_GLOSS, "").lower():
            found.append(f"{where}: 'terapia física'")
    return found


def test_terapia_fisica_appears_only_in_the_glossarys_one_phrase_in_lessons_1_and_2():
    texts = list(pairs())
    assert not terapia_fisica_outside_the_gloss(texts), "\n".join(terapia_fisica_outside_the_gloss(texts))
    glossed = {where.split(" ")[0] for where, _en, es in texts if PT_GLOSS in es}
    assert glossed == {f"notebooks/es/catalogs/{lesson}.po" for lesson in PT_GLOSS_LESSONS}


def test_the_terapia_fisica_check_finds_the_phrase_out_of_place_and_the_bare_term():
    texts = [
        ("notebooks/es/catalogs/02_classify_activities.po c1", "", f"PT es la {PT_GLOSS}."),
        ("notebooks/es/catalogs/04_who_leads_where.po c2", "", f"PT es la {PT_GLOSS}."),
        ("data/es/activities.csv A001 rationale", "", "Va a terapia física."),
    ]
    assert terapia_fisica_outside_the_gloss(texts) == [
        f"notebooks/es/catalogs/04_who_leads_where.po c2: the phrase '{PT_GLOSS}'",
        "data/es/activities.csv A001 rationale: 'terapia física'",
    ]


SEATING_GLOSS = re.compile(
    r"sedestación(?: en silla de ruedas)? \(asiento y posicionamiento\)", re.IGNORECASE
)


def unglossed_sedestacion(texts) -> list[str]:
    """Where ``texts`` say *sedestación* without the glossary's gloss right after it."""
    return [
        where
        for where, _en, es in texts
        if re.search("sedestación", SEATING_GLOSS.sub("", es), re.IGNORECASE)
    ]


def test_sedestacion_always_comes_with_its_gloss():
    """The glossary's *wheelchair seating* row: US families and students know "asiento y
    posicionamiento", not the Latin American jargon alone (the fifth bilingual review)."""
    texts = [*pairs(), *catalog_pairs()]
    assert any(SEATING_GLOSS.search(es) for _where, _en, es in texts)  # it is used
    assert not unglossed_sedestacion(texts), "\n".join(unglossed_sedestacion(texts))
    assert unglossed_sedestacion(
        [
            ("x", "", "movilidad y sedestación"),
            ("y", "", "la sedestación en silla de ruedas (asiento y posicionamiento)"),
        ]
    ) == ["x"]
