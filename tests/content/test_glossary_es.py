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


def test_no_spanish_text_uses_a_rejected_term():
    rejected = [(r["chosen"], term) for r in TERMS for term in r["rejected"].split(";") if term.strip()]
    found = [
        f"{where}: '{term.strip()}' (the glossary says '{chosen}')"
        for where, _, es in pairs()
        for chosen, term in rejected
        if term_pattern(term.strip(), plural=False).search(es)
    ]
    assert not found, "\n".join(found)


def test_terapia_fisica_appears_only_in_the_glossarys_one_phrase():
    phrase = "fisioterapia (en EE. UU. también se dice terapia física)"
    found = [where for where, _, es in pairs() if "terapia física" in es.replace(phrase, "").lower()]
    assert not found, "\n".join(found)
