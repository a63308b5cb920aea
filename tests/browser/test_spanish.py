"""Spanish in Chromium (issue 37): the quiz of lesson 2 and the booth served by Voila with
``?lang=es`` - the interface in Spanish, the page's ``lang`` attribute set so screen
readers switch voice, axe-core with nothing serious or critical on each screen, and
screenshots for the README (make screenshots copies them to docs/images)."""

from __future__ import annotations

import re

import pytest

from .test_booth import TABLET, fits, serious
from .test_voila import decoded, open_in_voila

pytestmark = pytest.mark.server


def expect(locator):
    from playwright.sync_api import expect

    return expect(locator)


def html_lang(page) -> str:
    return page.evaluate("document.documentElement.lang")


def test_the_quiz_in_spanish(page, voila_server, artifacts):
    open_in_voila(page, voila_server, "02_classify_activities.ipynb", "lang=es")
    quiz = page.locator(".jp-OutputArea-output:has(.widget-radio)").first  # the warm-up quiz
    quiz.get_by_text("Pregunta 1 de 3").wait_for(timeout=120_000)
    expect(quiz).to_have_attribute("lang", "es", timeout=60_000)  # set when the widget's live region is drawn
    assert html_lang(page) == "es"  # the page asked for Spanish: a screen reader reads it so
    quiz.get_by_text("Entre OT y PT, ¿quién suele dirigir esto?").wait_for()
    # the question is read whole, never cut off by the radio group's width
    assert quiz.locator(".widget-radio .widget-label").first.evaluate("e => e.scrollWidth <= e.clientWidth")
    quiz.get_by_role("button", name="Comprobar").click()  # nothing chosen yet
    quiz.get_by_text("Primero elige OT, PT o Ambas, y luego presiona Comprobar.").wait_for()
    quiz.get_by_role("radio", name="Ambas").check()
    quiz.get_by_role("button", name="Comprobar").click()
    verdict = quiz.locator("[role=status]").filter(
        has_text=re.compile("Correcto|También correcto|Normalmente no|No en este caso")
    )
    verdict.wait_for()
    assert "Por qué:" in verdict.inner_text()
    assert serious(page) == []
    decoded(quiz)
    quiz.scroll_into_view_if_needed()
    quiz.screenshot(path=artifacts / "quiz_es_feedback.png")
    quiz.get_by_role("button", name="Siguiente").click()
    quiz.get_by_text("Pregunta 2 de 3").wait_for()


def test_an_english_page_stays_english(page, voila_server):
    """Without ?lang=es the same lesson is in English, page and widgets alike."""
    open_in_voila(page, voila_server, "02_classify_activities.ipynb")
    quiz = page.locator(".jp-OutputArea-output:has(.widget-radio)").first
    quiz.get_by_text("Question 1 of 3").wait_for(timeout=120_000)
    expect(quiz).to_have_attribute("lang", "en", timeout=60_000)
    assert html_lang(page) != "es"


def test_the_booth_in_spanish_by_touch(browser, booth_server, artifacts):
    ctx = browser.new_context(**TABLET)
    page = ctx.new_page()
    page.set_default_timeout(90_000)
    try:
        page.goto(f"{booth_server.url}/?lang=es")
        page.get_by_role("button", name="Empezar").wait_for()
        expect(page.locator("html")).to_have_attribute("lang", "es", timeout=60_000)
        page.get_by_role("heading", name="OT o PT: ¿quién ayuda con qué?").wait_for()
        assert fits(page) and serious(page) == []
        page.screenshot(path=artifacts / "booth_es_attract.png")
        page.get_by_role("button", name="Empezar").tap()
        for card in range(1, 6):
            page.get_by_text(f"Tarjeta {card} de 5").wait_for()
            assert fits(page), f"card {card} scrolls at 1280x800"
            page.get_by_role("button", name="Ambas", exact=True).tap()
            verdict = page.locator("[role=status]").filter(
                has_text=re.compile("¡Sí!|Eso también vale|No exactamente")
            )
            verdict.wait_for()
            assert fits(page)
            if card == 1:
                assert serious(page) == []
                page.screenshot(path=artifacts / "booth_es_feedback.png")
            page.get_by_role("button", name="Ver mi puntaje" if card == 5 else "Siguiente").tap()
        page.get_by_role("heading", name=re.compile(r"Acertó \d de 5")).wait_for()
        end = page.locator("[role=status]").inner_text()
        assert "Traducción nuestra" in end and "So no, neither profession" in end  # her words, and ours
        assert page.locator("blockquote span[lang=en]").count() == 2  # read in English's voice
        assert fits(page) and serious(page) == []
        page.screenshot(path=artifacts / "booth_es_end.png")
        page.get_by_role("button", name="Empezar de nuevo").wait_for()
    finally:
        ctx.close()
