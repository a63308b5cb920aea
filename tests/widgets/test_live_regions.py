"""Issue 18: every widget that reports a result says it through one persistent live region
(`otpt.widgets.live.LiveRegion`), and no colour in any widget's HTML is a literal without
the page's theme variable in front of it.

Each widget is driven through every kind of result it reports (right, defensible and wrong
answers, the end of a round, a checked plan, a placement, a revealed poll answer, a saved
file and a save that failed); every HTML text in its widget tree is then read.
"""

from __future__ import annotations

import re

import ipywidgets as widgets
import pandas as pd
import pytest
from matplotlib.colors import CSS4_COLORS

import otpt
from otpt.io.booth_settings import BoothSettings
from otpt.widgets.live import LiveRegion

BANK = otpt.load_activities()


def descendants(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from descendants(child)


def html_texts(widget) -> list[str]:
    return [w.value for w in descendants(widget) if isinstance(w, (widgets.HTML, LiveRegion)) and w.value]


def regions(widget) -> list[LiveRegion]:
    return [w for w in descendants(widget) if isinstance(w, LiveRegion)]


def play_quiz(tmp_path):
    """A round with a right, a defensible and a wrong answer, then the summary."""
    plain = BANK[BANK["also_accepted"].isna()]
    bank = pd.concat([BANK[BANK["also_accepted"].notna()].head(1), plain.head(2)])
    quiz = otpt.ClassifyQuiz(bank, save_dir=tmp_path, seed=0)
    seen, wrong_yet = [], False
    for _ in range(len(bank)):
        row = quiz.current_activity
        if pd.notna(row["also_accepted"]):
            quiz.choice.value = str(row["also_accepted"]).split(";")[0]  # defensible
        elif not wrong_yet:
            quiz.choice.value, wrong_yet = next(x for x in ("OT", "PT", "Both") if x != row["lead"]), True
        else:
            quiz.choice.value = str(row["lead"])
        quiz.check_button.click()
        seen.append(quiz.feedback.value)
        quiz.next_button.click()
    return quiz, seen


def test_the_quiz_says_each_verdict_and_the_score_in_one_region(tmp_path):
    quiz, seen = play_quiz(tmp_path)
    assert any("\u2713 Right" in s for s in seen) and any("\u2248 Also right" in s for s in seen)
    assert any("\u2717 Not usually" in s for s in seen)
    assert re.search(
        r"You named the usual lead on \d of 3", quiz.feedback.value
    )  # the score is said; the details below are not
    assert "You named" not in quiz.summary.value and "To look at again (1)" in quiz.summary.value
    # One region for results, one for the save status - made once, never replaced.
    assert regions(quiz) == [quiz.feedback, quiz.save_status]


@pytest.mark.parametrize(
    "make, act, region",
    [
        (lambda: otpt.CareTeamPlanner("hip"), lambda w: w.check_button.click(), "feedback"),
        (lambda: otpt.PlaceActivity(), lambda w: w.place_button.click(), "result"),
        (lambda: otpt.GoalWriter("A011"), lambda w: w.compare_button.click(), "result"),
        (lambda: otpt.Poll(["A011", "A036"]), lambda w: w.reveal_button.click(), "answer"),
        (lambda: otpt.OverlapExplorer(), lambda w: setattr(w.region, "value", "OT"), "listing"),
    ],
    ids=["planner", "placement", "goal writer", "poll", "explorer"],
)
def test_each_widget_reports_its_result_in_its_one_live_region(make, act, region):
    widget = make()
    before = getattr(widget, region).value
    act(widget)
    live = regions(widget)
    assert live == [getattr(widget, region)] and live[0].value and live[0].value != before


def test_the_booth_says_each_verdict_and_the_end_screen(tmp_path):
    booth = otpt.Booth(
        BoothSettings(tally=tmp_path / "tally.jsonl"), seed=1, schedule=lambda s, f: lambda: None
    )
    booth.start_button.click()
    booth.answer_buttons[str(booth.round.activity()["lead"])].click()
    assert "Yes!" in booth.feedback.value
    while booth.screen != "end":
        booth.next_button.click()
        if booth.screen == "card":
            booth.answer_buttons["Both"].click()
    assert "You got" in booth.feedback.value and booth.main.value == ""
    assert regions(booth) == [booth.feedback]


def every_widgets_html(tmp_path) -> dict[str, list[str]]:
    quiz, seen = play_quiz(tmp_path / "quiz")
    failing = otpt.ClassifyQuiz(BANK.head(2), save_dir=tmp_path / "quiz" / "answers.json" / "x")
    (tmp_path / "quiz" / "answers.json").write_text("a file where the folder should be")
    failing.choice.value = "OT"
    failing.check_button.click()  # the save fails and says so
    assert "\u26a0" in failing.save_status.value
    made = {
        "quiz": quiz,
        "failed save": failing,
        "planner": otpt.CareTeamPlanner("hip"),
        "placement": otpt.PlaceActivity(),
        "goal writer": otpt.GoalWriter("A011"),
        "poll": otpt.Poll(["A011", "A036"]),
        "explorer": otpt.OverlapExplorer(),
    }
    made["planner"].check_button.click()
    made["placement"].place_button.click()
    made["goal writer"].compare_button.click()
    made["poll"].reveal_button.click()
    made["explorer"].region.value = "PT"
    texts = {name: seen + html_texts(w) for name, w in made.items()}
    booth = otpt.Booth(
        BoothSettings(tally=tmp_path / "tally.jsonl"), seed=1, schedule=lambda s, f: lambda: None
    )
    texts["booth"] = html_texts(booth)
    booth.start_button.click()
    while booth.screen != "end":
        texts["booth"] += html_texts(booth)
        if booth.screen == "card":
            booth.answer_buttons["Both"].click()
        else:
            booth.next_button.click()
    texts["booth"] += html_texts(booth)
    return texts


_VAR = re.compile(r"var\(--[\w-]+,\s*[^()]*\)")
_LITERAL = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(|\b(?:" + "|".join(CSS4_COLORS) + r")\b"
)
_COLOUR_PROPERTIES = re.compile(
    r"^(?:color|background(?:-color)?|border(?:-[a-z]+)*|outline(?:-color)?|fill|stroke)$"
)


def unthemed_colours(html: str) -> list[str]:
    """Colour declarations in the style attributes of ``html`` that hold a colour literal
    outside a ``var(--name, fallback)``."""
    found = []
    for style in re.findall(r"""style=(?:"([^"]*)"|'([^']*)')""", html):
        for declaration in filter(None, (d.strip() for d in "".join(style).split(";"))):
            prop, _, value = declaration.partition(":")
            if not _COLOUR_PROPERTIES.match(prop.strip().lower()):
                continue
            stripped = value
            while _VAR.search(stripped):
                stripped = _VAR.sub("THEMED", stripped)
            if _LITERAL.search(stripped):
                found.append(declaration)
    return found


def test_unthemed_colours_are_found():
    assert unthemed_colours("<p style='color:#444'>a</p><b style=\"border:1px solid black\">b</b>") == [
        "color:#444",
        "border:1px solid black",
    ]
    assert unthemed_colours("<p style='color:rgb(0,0,0);margin:0'>a</p>") == ["color:rgb(0,0,0)"]
    themed = "<p style='color:color-mix(in srgb, var(--jp-error-color0, #b42318) 70%, var(--a, #000))'>"
    assert unthemed_colours(themed) == []


def test_no_colour_in_any_widgets_html_is_a_literal_without_a_theme_variable(tmp_path):
    texts = every_widgets_html(tmp_path)
    assert all(texts.values())
    found = {name: sorted({d for t in ts for d in unthemed_colours(t)}) for name, ts in texts.items()}
    assert {name: d for name, d in found.items() if d} == {}
    coloured = sum("var(--" in t for ts in texts.values() for t in ts)
    assert coloured > 10  # the check read coloured HTML, not only plain text


def test_no_live_region_inside_any_widgets_html(tmp_path):
    """The LiveRegion is the one live region: HTML written into it (or anywhere) carries none
    of its own, which ipywidgets would create afresh on every update."""
    for name, ts in every_widgets_html(tmp_path).items():
        assert not [t for t in ts if re.search(r"\brole=|aria-live", t)], name
