"""The outreach booth, driven through its buttons as a visitor would (issue 17): screens,
rounds with every lead, plain feedback, the idle timeout, a full reset for the next visitor
(case 14), and today's tally."""

from __future__ import annotations

import html
import re

import pytest

import otpt
from otpt.io.booth_settings import BoothSettings
from otpt.io.tally import read_tally


class Clock:
    """A stand-in for the kernel's event loop: timers fire when the test says so."""

    def __init__(self):
        self.timers = []

    def schedule(self, seconds, callback):
        timer = [seconds, callback, True]
        self.timers.append(timer)
        return lambda: timer.__setitem__(2, False)

    def fire(self):
        live = [t for t in self.timers if t[2]]
        self.timers = []
        for _, callback, _ in live:
            callback()


def text(widget) -> str:
    """The words a visitor reads, as one line."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", widget.value)).split())


@pytest.fixture
def tally(tmp_path):
    return tmp_path / "tally.jsonl"


def booth(tally, clock=None, **settings):
    return otpt.Booth(BoothSettings(tally=tally, **settings), seed=3, schedule=(clock or Clock()).schedule)


def play(b, leads=None):
    """One whole round; ``leads`` answers in order (default: always the key)."""
    b.start_button.click()
    for i in range(b.round.total):
        lead = leads[i] if leads else str(b.round.activity()["lead"])
        b.answer_buttons[lead].click()
        b.next_button.click()


def test_the_attract_screen_tells_the_story_and_shows_nothing_to_break(tally):
    b = booth(tally)
    assert b.screen == "attract" and "OT or PT: who helps with what?" in text(b.main)
    assert otpt.render.booth.RULE in text(b.main)
    assert "Cara" in text(b.main) and "Same Team, No Games" in text(b.main)  # the story's credit
    assert "No rounds yet today" in text(b.main)
    for w in b.children:  # no name box, no file path, nothing to type into
        assert not isinstance(w, otpt.widgets.booth.widgets.Text)
    assert str(tally) not in b.main.value and b.start_button.layout.display is None


def test_a_round_has_five_cards_with_every_lead(tally):
    b = booth(tally)
    for _ in range(20):
        b.start_button.click() if b.screen == "attract" else None
        leads = set(b.bank.set_index("id").loc[b.round.order, "lead"])
        assert b.round.total == 5 and leads == {"OT", "PT", "Both"}
        b.attract()


def test_feedback_is_in_plain_words(tally):
    b = booth(tally)
    b.start_button.click()
    row = b.round.activity()
    b.answer_buttons[str(row["lead"])].click()
    said = text(b.feedback).strip()
    assert said.startswith("\u2713 Yes!") and otpt.load_booth_texts()[row["id"]] in said
    for jargon in ("OTPF", "IADL", "process skills", "APTA", "ICF"):
        assert jargon not in said
    b.answer_buttons["OT"].click()  # a second tap on the same card changes nothing
    assert len(b.round.records) == 1
    b.next_button.click()
    wrong = "PT" if str(b.round.activity()["lead"]) != "PT" else "OT"
    b.answer_buttons[wrong].click()
    assert f"Not quite. You said {wrong}." in text(b.feedback)


def test_the_end_screen_and_the_tally(tally):
    b = booth(tally)
    play(b)
    assert b.screen == "end" and "You got 5 of 5. Great job!" in text(b.feedback) and b.main.value == ""
    said = text(b.feedback)
    assert "ask what the therapy works on" in said and "ask what the goal is" not in said
    assert "different pieces of the same puzzle" in said and "Cara" in said  # her words, credited
    rounds, bad = read_tally(tally)
    assert bad == 0 and len(rounds) == 1 and len(rounds[0]["answers"]) == 5
    assert rounds[0]["visitor"] == b.visitor and "learner" not in rounds[0]


def test_start_again_is_a_new_anonymous_visitor(tally):
    # case 14: nothing of visitor A reaches visitor B
    b = booth(tally)
    play(b)
    first = b.visitor
    b.start_button.click()  # "Start again"
    assert b.visitor != first and b.round.records == [] and b.screen == "card"
    play_rest = [str(b.round.activity(i)["lead"]) for i in b.round.order]
    for lead in play_rest:
        b.answer_buttons[lead].click()
        b.next_button.click()
    summary = b.tally_summary()
    assert summary.visitors == 2 and summary.rounds == 2


def test_an_idle_booth_returns_to_the_attract_screen_with_a_fresh_visitor(tally):
    clock = Clock()
    b = booth(tally, clock)
    b.start_button.click()
    b.answer_buttons["OT"].click()
    visitor = b.visitor
    assert clock.timers and clock.timers[-1][0] == 90
    clock.fire()
    assert b.screen == "attract" and b.visitor != visitor and b.round.records == []


def test_every_touch_restarts_the_idle_timer(tally):
    clock = Clock()
    b = booth(tally, clock, idle=30)
    b.start_button.click()
    first = clock.timers[-1]
    b.answer_buttons["PT"].click()
    assert first[2] is False and clock.timers[-1][2] and clock.timers[-1][0] == 30


def test_the_most_missed_activity_is_the_days_surprise(tally):
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    missed = {
        "activity_id": "A020",
        "activity": "Putting on socks with a sock aid after hip replacement",
        "answer": "PT",
        "key": "OT",
        "outcome": "not usually",
    }
    for visitor in "abc":  # three visitors earlier today, each tripped by the same card
        otpt.append_round(tally, {"visitor": visitor, "round": 1, "finished": now, "answers": [missed]})
    b = booth(tally)
    assert "Today: 3 visitors, 3 rounds." in text(b.main)
    play(b)
    assert "The one most visitors missed today: Putting on socks with a sock aid" in text(b.feedback)


def test_event_settings_choose_the_cards(tally):
    b = booth(tally, populations=("children",), cards=3)
    assert set(b.bank["population"]) == {"children"}
    b.start_button.click()
    assert b.round.total == 3


def test_a_tally_that_cannot_be_written_is_told_to_the_keeper_not_the_visitor(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    b = booth(blocker / "tally.jsonl")
    play(b)
    assert b.screen == "end" and "could not be saved" not in text(b.feedback)
    b.attract()
    assert "Today's tally could not be" in text(b.main) and str(blocker) in text(b.main)


def test_big_screen_style_is_bigger(tally):
    small, big = booth(tally), booth(tally, big=True)
    size = lambda b: float(re.search(r"font-size:([\d.]+)em", b.main.value).group(1))  # noqa: E731
    assert size(big) > size(small) and big.answer_buttons["OT"].style.font_size == "2.2em"


def test_the_start_screen_says_how_many_cards(tally):
    assert "Guess who usually helps with four everyday activities" in text(booth(tally, cards=4).main)


def test_an_address_otpt_cannot_use_is_said_on_screen_and_the_booth_still_works(tally, monkeypatch):
    monkeypatch.setenv("OTPT_BOOTH_TALLY", str(tally))
    b = otpt.Booth.for_page("cards=50", seed=1)
    assert "cards='50'; allowed: a number from 3 to 10" in text(b.main) and b.settings.cards == 5
    b.start_button.click()
    assert b.screen == "card"


def test_the_address_never_chooses_the_tally_file(tmp_path):
    with pytest.raises(ValueError, match="unknown name 'tally'"):
        otpt.booth_settings(f"tally={tmp_path / 'x.jsonl'}")
