"""With the language set to Spanish, the booth and the quiz show the Spanish rows (issue 37,
item 2): clicked through as a visitor and a learner would, the card, the plain why and the
explanation read back in Spanish, and the answer key stays the English file's."""

from __future__ import annotations

import html
import re

import pytest

import otpt
from otpt.io.booth_settings import BoothSettings
from otpt.language import set_language


def words(widget) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", widget.value)).split())


@pytest.fixture(autouse=True)
def spanish(monkeypatch):
    monkeypatch.delenv("OTPT_LANG", raising=False)
    set_language("es")
    yield
    set_language(None)


def test_the_booth_shows_the_spanish_card_and_why(tmp_path):
    booth = otpt.Booth(
        BoothSettings(tally=tmp_path / "tally.jsonl"), seed=3, schedule=lambda s, c: lambda: None
    )
    booth.start_button.click()
    row = booth.round.activity()
    spanish = otpt.load_booth_texts(lang="es")[row["id"]]
    english = otpt.load_booth_texts(lang="en")[row["id"]]
    card = spanish.card or otpt.load_activities(lang="es").set_index("id").loc[row["id"], "description"]
    assert card in words(booth.main)
    lead = str(otpt.load_activities(lang="en").set_index("id").loc[row["id"], "lead"])
    assert str(row["lead"]) == lead  # the key is the English file's
    booth.answer_buttons[lead].click()
    said = words(booth.feedback)
    assert str(spanish) in said and str(english) not in said


def test_the_quiz_card_and_its_explanation_are_the_spanish_rows():
    quiz = otpt.ClassifyQuiz(n=3, seed=1, autosave=False)
    row = quiz.current_activity
    english = otpt.load_activities(lang="en").set_index("id").loc[row["id"]]
    assert row["activity"] != english["activity"] and row["activity"] in words(quiz.card)
    quiz.choice.value = str(english["lead"])
    quiz.confidence.value = "sure"
    quiz.check_button.click()
    said = words(quiz.feedback)
    assert row["rationale"] in said and english["rationale"] not in said
