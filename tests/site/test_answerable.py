"""The static booth and quiz show what the live widgets show: every card's feedback for
every answer, the progress line and the end screen are compared with the widget itself,
driven by clicks, for the same activities."""

from __future__ import annotations

import itertools
import json

from otpt.io.booth_settings import BoothSettings
from otpt.site.answerable import answerable_html, booth_data, quiz_data, quiz_in_cell
from otpt.widgets.booth import Booth
from otpt.widgets.quiz import ClassifyQuiz


def test_each_booth_card_gives_the_live_booths_feedback_for_every_answer(tmp_path):
    data = booth_data(rounds=10)  # enough rounds that most of the live round's cards are among them
    cards = {c["id"]: c for r in data["rounds"] for c in r["cards"]}
    assert all(len(r["cards"]) == 5 for r in data["rounds"])
    checked = 0
    for lead in ("OT", "PT", "Both"):
        live = Booth(
            BoothSettings(tally=tmp_path / "tally.jsonl"), seed=11, schedule=lambda s, c: lambda: None
        )
        live.start_button.click()
        for _ in range(live.round.total):
            activity_id = live.round.current
            assert data["rounds"][0]["cards"][live.round.position]["progress"] == live.progress.value
            live.answer_buttons[lead].click()
            if activity_id in cards:
                assert cards[activity_id]["answers"][lead]["feedback"] == live.feedback.value
                assert cards[activity_id]["answers"][lead]["correct"] == live.round.records[-1]["correct"]
                assert cards[activity_id]["card"] == live.main.value
                checked += 1
            live.next_button.click()
    assert checked >= 5


def test_the_booth_end_screen_is_the_live_booths_for_each_score(tmp_path):
    data = booth_data(rounds=1)
    live = Booth(
        BoothSettings(tally=tmp_path / "none" / "tally.jsonl"), seed=5, schedule=lambda s, c: lambda: None
    )
    live.start_button.click()
    for _ in range(live.round.total):
        live.answer_buttons[str(live.round.activity()["lead"])].click()  # all right: no "most missed" line
        live.next_button.click()
    assert data["end"]["5/0"] == live.feedback.value


def test_the_quiz_round_is_the_live_quizs_cards_feedback_progress_and_score():
    data = quiz_data(ClassifyQuiz(n=20, seed=0, autosave=False))
    live = ClassifyQuiz(n=20, seed=0, autosave=False)
    cards = data["rounds"][0]["cards"]
    assert [c["id"] for c in cards] == list(live.round.order)
    right = defensible = 0
    for card, lead in zip(cards, itertools.cycle(["OT", "PT", "Both", "Both", "PT"])):
        assert card["card"] == live.card.value
        assert card["progress"][f"{right}/{defensible}"] == live.progress.value
        live.choice.value = lead
        live.check_button.click()
        answer = card["answers"][lead]
        assert answer["feedback"] == live.feedback.value
        assert answer["correct"] == live.round.records[-1]["correct"]
        right += answer["correct"]
        defensible += answer["defensible"]
        assert card["progress_after"][f"{right}/{defensible}"] == live.progress.value
        live.next_button.click()
    assert 0 < right < 20 and defensible  # not all right nor all wrong, and a defensible one shown
    assert data["end"][f"{right}/{defensible}"] == live.card.value + live.feedback.value


def test_a_quiz_is_answerable_only_when_its_arguments_can_be_rebuilt():
    assert quiz_in_cell("warmup = otpt.ClassifyQuiz(n=3, seed=2026, autosave=False)\nwarmup").round.order == (
        ClassifyQuiz(n=3, seed=2026, autosave=False).round.order
    )
    assert quiz_in_cell('otpt.ClassifyQuiz("my_bank.csv", n=3)') is None
    assert quiz_in_cell("otpt.ClassifyQuiz(n=size)") is None
    assert quiz_in_cell("print('no quiz here')") is None


def test_the_page_data_cannot_close_its_script_element():
    data = booth_data(rounds=1)
    data["rounds"][0]["cards"][0]["card"] = "</script><script>alert(1)</script>"
    markup = answerable_html(data)
    start = markup.index('<script type="application/json"')
    body = markup[markup.index(">", start) + 1 : markup.rindex("</script>")]
    assert "</script" not in body
    assert json.loads(body)["rounds"][0]["cards"][0]["card"] == "</script><script>alert(1)</script>"
