"""The offline slides (tools/build_slides.py) in Chromium with every outside request
blocked: each deck draws, steps through to its end with no console error and asks for
nothing beyond its own folder; the poll's answer waits for the next slide."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import threading

import pytest

from .conftest import ROOT, free_port

_spec = importlib.util.spec_from_file_location("build_slides", ROOT / "tools" / "build_slides.py")
build_slides = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_slides)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # no line per request in the test output
        pass


@pytest.fixture(scope="module")
def deck_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("slides")
    decks = build_slides.build_slides(folder)
    port = free_port()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}", decks
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _open_offline(page, url: str, base: str):
    """Open ``url`` with every request outside ``base`` aborted; (outside requests, errors)."""
    outside, errors = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        if r.request.url.startswith(base + "/") or r.request.url.startswith("data:"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(url)
    page.wait_for_function("() => window.Reveal && Reveal.isReady()")
    return outside, errors


@pytest.mark.parametrize("name", build_slides.DECKS)
def test_deck_draws_offline_and_steps_to_the_end(page, deck_server, artifacts, name):
    base, _ = deck_server
    stem = name.removesuffix(".ipynb")
    outside, errors = _open_offline(page, f"{base}/{stem}.slides.html", base)
    total = page.evaluate("() => Reveal.getTotalSlides()")
    assert total >= 5
    title = page.locator(".reveal .slides section.present h1").first
    assert title.is_visible() and title.text_content().startswith("Lesson")
    # the theme's font came from the deck's own folder
    assert page.evaluate(
        "async () => { await document.fonts.ready; return document.fonts.check('42px \"Source Sans Pro\"'); }"
    )
    page.screenshot(path=str(artifacts / f"slides_{stem}.png"))
    for _ in range(400):  # every slide and fragment, to the end
        if page.evaluate("() => Reveal.isLastSlide() && !Reveal.availableFragments().next"):
            break
        page.keyboard.press("ArrowRight")
    assert page.evaluate("() => Reveal.isLastSlide()")
    assert (
        page.locator(".reveal .slides section.present").first.text_content().strip().startswith("Key points")
    )
    assert outside == [] and errors == []


def test_poll_slides_show_the_card_then_the_answer(page, deck_server, artifacts):
    from otpt.io.bank import load_activities

    base, _ = deck_server
    outside, errors = _open_offline(page, f"{base}/07_live_poll.slides.html", base)
    bank = load_activities().set_index("id")
    first = build_slides.poll_ids('otpt.Poll(["A006", "A036", "A051"], folder=demo / "before")')[0]
    for _ in range(40):
        if page.locator(".reveal .slides section.present", has_text="Poll 1 of").count():
            break
        page.keyboard.press("ArrowRight")
    slide = page.locator(".reveal .slides section.present").last
    assert bank.loc[first, "activity"] in slide.text_content()
    assert "Usually led by" not in slide.text_content()  # the room answers first
    page.keyboard.press("ArrowRight")
    answer = page.locator(".reveal .slides section.present").last
    assert "Poll 1 of 3, the answer" in answer.text_content()
    assert f"Usually led by: {bank.loc[first, 'lead']}" in answer.text_content()
    assert bank.loc[first, "rationale"][:60] in answer.text_content()
    page.screenshot(path=str(artifacts / "slides_poll_answer.png"))
    assert outside == [] and errors == []
