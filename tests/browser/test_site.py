"""`otpt site` in Chromium with every request outside the site blocked, opened from disk as
a learner opens it: each page draws (every saved widget from its saved state), logs no
error and has no serious or critical axe finding; the booth's five cards and a lesson 2
quiz round are answered, each with the feedback otpt's own grading gives."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest

from otpt.analysis.grading import check_answer
from otpt.io.booth_texts import load_booth_texts
from otpt.io.lessons import lesson_files
from otpt.render.booth import booth_feedback_html
from otpt.render.html import feedback_html
from otpt.render.words import QUIZ_ANSWERS
from otpt.site.answerable import booth_data
from otpt.widgets.quiz import ClassifyQuiz


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site this checkout builds, or the one OTPT_SITE names (.ci/run's wheel stage: the
    site `otpt site` wrote from the installed wheel)."""
    from otpt.site import build_site

    if os.environ.get("OTPT_SITE"):
        return Path(os.environ["OTPT_SITE"])
    folder = tmp_path_factory.mktemp("site") / "Sitio sin conexión"
    build_site(folder)
    return folder


@pytest.fixture
def offline(offline_page):
    """A page whose requests reach only files on disk (`offline_page`), as a learner opens
    the site; (page, outside requests, errors)."""
    return offline_page("file:", viewport={"width": 1280, "height": 900}, timeout=30_000)


def _serious(page) -> list:
    from axe_playwright_python.sync_playwright import Axe

    return [
        (v["id"], v["nodes"][0]["target"])
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _text(page, html: str) -> str:
    """What a reader sees of ``html``, as the page reads it."""
    return page.evaluate(
        "h => { const d = document.createElement('div'); d.innerHTML = h;"
        " return d.textContent.replace(/\\s+/g, ' ').trim(); }",
        html,
    )


def _shown(locator) -> str:
    return re.sub(r"\s+", " ", locator.text_content()).strip()


PAGES = ["index.html", *(name.removesuffix(".ipynb") + ".html" for name in lesson_files())]


@pytest.mark.parametrize("name", PAGES)
def test_each_page_draws_offline_with_no_errors_and_no_serious_axe_finding(name, site, offline, artifacts):
    page, outside, errors = offline
    page.goto((site / name).as_uri())
    page.wait_for_load_state("load")
    views = page.locator("script[type='application/vnd.jupyter.widget-view+json']").count()
    if views:  # every saved widget drawn from its saved state
        page.wait_for_function(f"document.querySelectorAll('.widget-subarea').length >= {views}")
        page.wait_for_load_state("networkidle")
    assert page.get_by_text("Click to show javascript error").count() == 0
    # each answerable booth or quiz shows its first screen (its start screen or first card)
    page.wait_for_function(
        "[...document.querySelectorAll('.otpt-answerable .otpt-main')]"
        ".every(main => main.children.length > 0)"
    )
    assert outside == [] and errors == []
    assert _serious(page) == []
    page.screenshot(path=artifacts / f"site_{name.replace('/', '_').removesuffix('.html')}.png")


def test_five_booth_cards_answered_with_the_grading_feedback(site, offline, artifacts):
    page, outside, errors = offline
    page.goto((site / "booth" / "booth.html").as_uri())
    booth = page.locator(".otpt-answerable-booth")
    booth.get_by_role("button", name="Start").click()
    data = booth_data(rounds=1)  # the round a first Start shows, as otpt draws it
    bank, texts = __import__("otpt").load_activities(), load_booth_texts()
    right = 0
    for position, (card, lead) in enumerate(
        zip(data["rounds"][0]["cards"], ["OT", "PT", "Both", "PT", "OT"])
    ):
        activity = bank.set_index("id").loc[card["id"], "activity"]
        assert _shown(booth.locator(".otpt-progress")) == f"Card {position + 1} of 5"
        assert booth.get_by_role("heading", name=activity).count() == 1
        booth.get_by_role("button", name=lead, exact=True).click()
        fb = check_answer(bank, card["id"], lead)
        expected = booth_feedback_html(fb, texts.get(card["id"], fb.rationale))
        assert _shown(booth.get_by_role("status")) == _text(page, expected)
        if position == 0:
            assert _serious(page) == []
            page.screenshot(path=artifacts / "site_booth_feedback.png")
        right += fb.correct
        booth.get_by_role("button", name="See my score" if position == 4 else "Next").click()
    page.get_by_role("heading", name=f"You got {right} of 5.", exact=False).wait_for()
    assert booth.get_by_role("button", name="Start again").is_visible()
    assert _serious(page) == [] and outside == [] and errors == []


def test_a_lesson_2_round_answered_with_the_grading_feedback(site, offline, artifacts):
    page, outside, errors = offline
    page.goto((site / "02_classify_activities.html").as_uri())
    quiz = page.locator(".otpt-answerable-quiz").nth(1)  # the lesson's quiz: otpt.ClassifyQuiz(n=20, seed=0)
    quiz.scroll_into_view_if_needed()
    live = ClassifyQuiz(n=20, seed=0, autosave=False)
    bank = live.bank
    right = defensible = 0
    for i, (activity_id, lead) in enumerate(zip(live.round.order, itertools.cycle(["PT", "OT", "Both"]))):
        assert _shown(quiz.locator(".otpt-main h3")) == str(bank.set_index("id").loc[activity_id, "activity"])
        quiz.get_by_role("button", name=QUIZ_ANSWERS[lead], exact=True).click()
        fb = check_answer(bank, activity_id, lead)
        assert _shown(quiz.get_by_role("status")) == _text(page, feedback_html(fb))
        right += fb.correct
        defensible += fb.outcome == "defensible"
        also = f" · Also right: {defensible}" if defensible else ""
        assert (
            _shown(quiz.locator(".otpt-progress"))
            == f"Question {i + 1} of 20 · The usual lead: {right - defensible} of {i + 1}{also}"
        )
        if i == 0:
            quiz.screenshot(path=artifacts / "site_quiz_feedback.png")
        quiz.get_by_role("button", name="See results" if i == 19 else "Next").click()
    score = _shown(quiz.get_by_role("status"))
    usual = right - defensible
    assert f"You named the usual lead on {usual} of 20 ({round(100 * usual / 20)}%)" in score
    assert (f"{right} of 20 ({round(100 * right / 20)}%) right or also right" in score) == bool(defensible)
    assert _serious(page) == [] and outside == [] and errors == []


def test_the_static_booth_works_with_the_keyboard_alone(site, offline):
    page, outside, errors = offline
    page.goto((site / "booth" / "booth.html").as_uri())
    for _ in range(10):  # Tab from the top of the page to Start
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Start":
            break
    page.keyboard.press("Enter")
    for card in range(1, 6):
        assert page.evaluate("document.activeElement.textContent") == "OT"  # focus waits on the answers
        page.keyboard.press("Tab")  # to Both
        page.keyboard.press("Enter")
        verdict = _shown(page.get_by_role("status"))
        assert re.match(r"^(✓ Yes!|≈ That works too|✗ Not quite)", verdict), verdict
        assert page.evaluate("document.activeElement.textContent") == (
            "See my score" if card == 5 else "Next"
        )
        page.keyboard.press("Enter")
    page.get_by_role("heading", name=re.compile(r"You got \d of 5")).wait_for()
    assert page.evaluate("document.activeElement.textContent") == "Start again"
    assert outside == [] and errors == []
