"""The booth speaks to a visitor as *usted* (docs/GLOSSARY_ES.md, Interface, "The
register"): no string the booth shows a visitor addresses them as *tú*."""

import re
from pathlib import Path

import pytest

import otpt
from otpt import language

read_po = pytest.importorskip("babel.messages.pofile").read_po  # Babel: the translators' tools

PO = Path(otpt.__file__).parent / "locale" / "es" / "LC_MESSAGES" / "otpt.po"
#: The modules whose strings a booth visitor reads or hears (the operator's settings errors are
#: the instructor's, in tú like every instructor text: otpt/io/booth_settings.py; the paper
#: booth's instructions to its volunteers, otpt/export/booth_cards.py, are in the infinitive).
VISITOR = (
    "otpt/render/booth.py",
    "otpt/analysis/booth.py",
    "otpt/widgets/booth.py",
    "otpt/render/volunteer.py",
)
#: tú as a visitor would read it: its pronouns and the verb forms these strings could use.
TU = re.compile(
    r"(?<!\w)(tú|te|ti|tu|tus|contigo|eres|tienes|puedes|quieres|sabes|haces|elegiste|acertaste|"
    r"adivina|piensa|empieza|pregúntate|mira|toca|elige|presiona|moverte|vestirte)(?!\w)",
    re.I,
)


def test_the_booth_says_usted_to_a_visitor():
    with open(PO, "rb") as f:
        catalog = read_po(f, locale="es")
    shown = [
        text
        for message in catalog
        if message.id and any(path in VISITOR for path, _line in message.locations)
        for text in (message.string if isinstance(message.string, tuple) else (message.string,))
    ]
    assert len(shown) > 30  # the booth's strings are found
    assert [t for t in shown if TU.search(t)] == []
    assert any("Adivine" in t for t in shown) and any("Acertó" in t for t in shown)
    # the volunteer script's lines too: "¿Quiere probar un juego rápido?", "¡adivine sin miedo!"
    assert any("Quiere probar" in t for t in shown) and any("adivine sin miedo" in t for t in shown)


def test_a_visitors_round_ends_in_usted(tmp_path):
    language.set_language("es")
    try:
        booth = otpt.Booth(
            otpt.BoothSettings(tally=tmp_path / "t.jsonl"), seed=1, schedule=lambda s, c: lambda: None
        )
        assert "Adivine quién suele ayudar" in booth.main.value
        booth.start_button.click()
        booth.answer_buttons["OT"].click()
        assert "Usted eligió OT." in booth.feedback.value
    finally:
        language.set_language(None)
