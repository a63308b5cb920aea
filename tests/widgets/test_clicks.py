"""One action per click (issue 19, case 16): every button of every widget, clicked with its
handler called twice for one click, leaves the screen a single click leaves.

Each widget is built twice, alike; a script of steps runs on both - on the first each click
is one call, on the second each click reaches the handler twice, with no time between
(the doubled delivery of some front ends, or a double click). After every step the two
screens must be the same.
"""

from __future__ import annotations

import re

import ipywidgets as widgets
import pytest

import otpt
from otpt.widgets import clicks

SMALL = otpt.load_activities().head(4)


def screen(widget, base=None) -> list:
    """What a learner sees of ``widget``: every descendant's value, description, disabled
    state and display, in order (file paths written as <folder>, the random session id as
    <session>, the download link without its data)."""
    seen = []
    session = getattr(widget, "session", None)

    def plain(text: str) -> str:
        text = text.replace(str(base), "<folder>") if base else text
        text = text.replace(session, "<session>") if session else text
        return re.sub(r"base64,[^\"]*", "base64,<data>", text)

    def walk(w):
        for name in ("value", "description", "disabled"):
            if name in w.keys:
                value = getattr(w, name)
                seen.append(plain(value) if isinstance(value, str) else value)
        seen.append(w.layout.display)
        for child in getattr(w, "children", ()):
            walk(child)

    walk(widget)
    return seen


def run(make, steps, monkeypatch, tmp_path):
    single, doubled = make(tmp_path / "one"), make(tmp_path / "two")
    now = [0.0]
    monkeypatch.setattr(clicks, "clock", lambda: now[0])
    for step in steps:
        now[0] += 10  # steps are seconds apart; the doubled call comes at once
        if isinstance(step, str):  # a button's attribute name: click it
            getattr(single, step).click()
            getattr(doubled, step).click()
            getattr(doubled, step).click()
        else:
            step(single)
            step(doubled)
        assert screen(single, tmp_path / "one") == screen(doubled, tmp_path / "two"), step


def choose(lead):
    def step(quiz):
        quiz.choice.value = lead
        quiz.confidence.value = "sure"

    return step


def quiz(folder):
    folder.mkdir()
    return otpt.ClassifyQuiz(SMALL, seed=1, name="Ada", save_dir=folder)


QUIZ_ROUND = [
    choose("OT"),
    "check_button",
    "next_button",
    choose("PT"),
    "check_button",
    "next_button",
    choose("Both"),
    "check_button",
    "next_button",
    choose("OT"),
    "check_button",
    "next_button",
    "review_button",
    choose("PT"),
    "check_button",
    "next_button",
    "restart_button",
    "save_button",
    "next_button",
    "check_button",
]


def test_quiz_every_button_acts_once(monkeypatch, tmp_path):
    run(quiz, QUIZ_ROUND, monkeypatch, tmp_path)


def test_a_doubled_next_in_the_quiz_shows_no_press_check_first(monkeypatch, tmp_path):
    q = quiz(tmp_path / "q")
    monkeypatch.setattr(clicks, "clock", lambda: 5.0)
    choose("OT")(q)
    q.check_button.click()
    q.next_button.click()
    q.next_button.click()
    assert "Press Check first" not in q.feedback.value
    assert q.progress.value.startswith("Question 2 of 4")


def test_poll_every_button_acts_once(monkeypatch, tmp_path):
    def make(folder):
        folder.mkdir()
        return otpt.Poll(["A011", "A036", "A001", "A002"], folder=folder)

    def tally(poll):
        poll.counts["OT"].value = 3

    steps = [
        "next_button",
        "next_button",
        "prev_button",
        tally,
        "show_button",
        "reveal_button",
        "load_button",
        "next_button",
        "next_button",
        "prev_button",
        "prev_button",
    ]
    run(make, steps, monkeypatch, tmp_path)


def test_a_doubled_next_in_the_poll_moves_one_activity(monkeypatch):
    poll = otpt.Poll(["A011", "A036", "A001"])
    monkeypatch.setattr(clicks, "clock", lambda: 5.0)
    poll.next_button.click()
    poll.next_button.click()
    assert poll.progress.value == "Activity 2 of 3"


def test_two_real_clicks_half_a_second_apart_both_act(monkeypatch):
    poll = otpt.Poll(["A011", "A036", "A001"])
    now = [0.0]
    monkeypatch.setattr(clicks, "clock", lambda: now[0])
    poll.next_button.click()
    now[0] += clicks.DOUBLE_CLICK_SECONDS
    poll.next_button.click()
    assert poll.progress.value == "Activity 3 of 3"


def test_another_action_in_between_makes_the_next_click_new(monkeypatch):
    poll = otpt.Poll(["A011", "A036", "A001"])
    monkeypatch.setattr(clicks, "clock", lambda: 5.0)
    poll.next_button.click()
    poll.counts["PT"].value = 4  # the presenter typed a count
    poll.next_button.click()
    assert poll.progress.value == "Activity 3 of 3"


@pytest.mark.parametrize(
    "make, steps",
    [
        (lambda _: otpt.CareTeamPlanner("hip"), ["check_button", "reset_button", "check_button"]),
        (lambda _: otpt.PlaceActivity(), ["place_button"]),
        (lambda _: otpt.GoalWriter("A011"), ["compare_button"]),
    ],
    ids=["planner", "place", "goal writer"],
)
def test_the_other_widgets_act_once(make, steps, monkeypatch, tmp_path):
    def fill(widget):
        if isinstance(widget, otpt.CareTeamPlanner):
            next(iter(widget.choices.values())).value = "OT"
        elif isinstance(widget, otpt.PlaceActivity):
            widget.name.value = "Making tea"
            widget.target.value = "occupation"
        else:
            widget.ot_box.value = "Within 2 weeks the person will make tea with set-up only."

    run(make, [fill, *steps], monkeypatch, tmp_path)


def test_every_button_of_every_widget_is_connected_once():
    """No widget connects a Button straight to its handler (which a doubled click would run
    twice): each one goes through OneActionPerClick."""
    made = [
        otpt.ClassifyQuiz(SMALL),
        otpt.Poll(["A011"]),
        otpt.CareTeamPlanner("hip"),
        otpt.PlaceActivity(),
        otpt.GoalWriter("A011"),
    ]
    for widget in made:
        buttons = [w for w in _descendants(widget) if isinstance(w, widgets.Button)]
        assert buttons
        for button in buttons:
            handlers = button._click_handlers.callbacks
            assert len(handlers) == 1 and handlers[0].__qualname__.endswith("on_click.<locals>.once"), button


def _descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _descendants(child)
