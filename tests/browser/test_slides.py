"""The offline slides (tools/build_slides.py) in Chromium with every outside request
blocked: each deck draws, steps through to its end with no console error and asks for
nothing beyond its own folder; no slide's content is cut off on a 1280x720 projector; the
poll's answer waits for the next slide, with the contested-key note as speaker notes."""

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
    page.wait_for_function("() => window.Reveal && Reveal.isReady() && window.otptSlidesFitted === true")
    return outside, errors


#: Each deck's file, how its first slide's title begins and its last slide's text begins.
DECKS = {
    "poll": ("poll.slides.html", "OT, PT or Both?", "What decided it?"),
    "cases": ("cases.slides.html", "The care-team cases", "What did the team need?"),
    "05_working_together": ("05_working_together.slides.html", "Lesson", "Key points"),
}


def test_the_decks_built_are_the_ones_tested(deck_server):
    _, decks = deck_server
    assert sorted(d.name for d in decks) == sorted(file for file, _, _ in DECKS.values())


@pytest.mark.parametrize("stem", DECKS)
def test_deck_draws_offline_and_steps_to_the_end(page, deck_server, artifacts, stem):
    base, _ = deck_server
    file, first, last = DECKS[stem]
    outside, errors = _open_offline(page, f"{base}/{file}", base)
    total = page.evaluate("() => Reveal.getTotalSlides()")
    assert total >= 5
    title = page.locator(".reveal .slides section.present h1").first
    assert title.is_visible() and title.text_content().startswith(first)
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
    # the last slide, or the slide it continues (a long last slide is split at this height)
    shown = page.evaluate("""() => { let s = Reveal.getCurrentSlide();
        while (s.classList.contains('otpt-continued')) s = s.previousElementSibling;
        return s.textContent.trim(); }""")
    assert shown.startswith(last)
    assert outside == [] and errors == []


@pytest.mark.parametrize("stem", DECKS)
def test_no_slide_is_cut_off_on_a_1280x720_projector(page, deck_server, artifacts, stem):
    base, _ = deck_server
    page.set_viewport_size({"width": 1280, "height": 720})
    outside, errors = _open_offline(page, f"{base}/{DECKS[stem][0]}", base)
    # every slide in turn, as a clicker shows it: its content's height against the slide's
    heights = page.evaluate("""() => Reveal.getSlides().map((s) => {
        Reveal.slide(...Object.values(Reveal.getIndices(s)).filter((i) => i !== undefined));
        return [Reveal.getSlidePastCount() + 1, s.scrollHeight, s.clientHeight, s.innerText.trim().slice(0, 60)];
    })""")
    assert len(heights) >= 7
    assert all(client >= 700 for _, _, client, _ in heights)  # laid out at the deck's 720 px height
    cut = [
        (n, text, round(content / client, 2)) for n, content, client, text in heights if content > client + 2
    ]
    assert cut == [], cut
    page.keyboard.press("Home")
    for n in range(min(len(heights), 12)):  # what the room sees, for a person to look at
        page.screenshot(path=str(artifacts / f"slides_{stem}_720p_{n:02d}.png"))
        page.keyboard.press("ArrowRight")
    assert outside == [] and errors == []


def test_poll_slides_show_the_card_then_the_answer(page, deck_server, artifacts):
    from otpt.io.bank import load_activities

    base, _ = deck_server
    outside, errors = _open_offline(page, f"{base}/{build_slides.POLL_DECK}", base)
    bank = load_activities().set_index("id")
    first, count = build_slides.POLL_CARDS[0], len(build_slides.POLL_CARDS)
    for _ in range(40):
        if page.locator(".reveal .slides section.present", has_text="Poll 1 of").count():
            break
        page.keyboard.press("ArrowRight")
    slide = page.locator(".reveal .slides section.present").last
    assert bank.loc[first, "activity"] in slide.text_content()
    assert "Usually led by" not in slide.text_content()  # the room answers first
    page.keyboard.press("ArrowRight")
    answer = page.locator(".reveal .slides section.present").last
    assert f"Poll 1 of {count}, the answer" in answer.text_content()
    assert f"Usually led by: {bank.loc[first, 'lead']}" in answer.text_content()
    assert bank.loc[first, "rationale"][:60] in answer.text_content()
    # the speaker notes (S) hold what to say when a student challenges the key
    notes = page.evaluate("() => Reveal.getSlideNotes()")
    assert notes and bank.loc[first, "practice_varies"][:60] in " ".join(notes.split())
    page.screenshot(path=str(artifacts / "slides_poll_answer.png"))
    assert outside == [] and errors == []


@pytest.mark.parametrize("stem", DECKS)
def test_a_split_slide_opened_at_its_address_is_drawn_once(page, deck_server, artifacts, stem):
    """Reloading at, or bookmarking, a slide that fitSlides split showed the slide and its
    "(continued)" copy on top of each other (kit review 2): now only one slide is present."""
    base, _ = deck_server
    page.set_viewport_size({"width": 1280, "height": 720})
    file = DECKS[stem][0]
    _open_offline(page, f"{base}/{file}", base)
    split = page.evaluate("""() => Reveal.getSlides().map((s) => [Reveal.getIndices(s),
        s.nextElementSibling && s.nextElementSibling.classList.contains('otpt-continued')])
        .filter(([_, continued]) => continued).map(([i]) => i)""")
    if not split:
        pytest.skip(f"no slide of {file} is split at 1280x720")
    h, v = split[0]["h"], split[0]["v"]
    address = f"{base}/{file}#/{h}" + (f"/{v}" if v else "")
    outside, errors = _open_offline(page, address, base)
    page.reload()
    page.wait_for_function("() => window.Reveal && Reveal.isReady() && window.otptSlidesFitted === true")
    assert (
        page.evaluate("() => document.querySelectorAll('.reveal .slides section.present:not(.stack)').length")
        == 1
    )
    assert page.evaluate("() => [Reveal.getIndices().h, Reveal.getIndices().v || 0]") == [h, v or 0]
    page.screenshot(path=str(artifacts / f"slides_{stem}_reloaded_at_split.png"))
    assert outside == [] and errors == []


#: Each slide in turn as a clicker shows it: its number, the smallest font size of its text on
#: screen (CSS px times the deck's scale) with that text, and what it holds besides headings, a
#: one-line title and a figure's description (text, pictures, tables).
_SLIDE_CONTENT = """() => Reveal.getSlides().map((s) => {
    Reveal.slide(...Object.values(Reveal.getIndices(s)).filter((i) => i !== undefined));
    const scale = Reveal.getScale();
    const texts = Array.from(s.querySelectorAll("*")).filter((e) => !e.closest("aside.notes")
        && Array.from(e.childNodes).some((c) => c.nodeType === 3 && c.textContent.trim()));
    const sizes = texts.map((e) => [parseFloat(getComputedStyle(e).fontSize) * scale, e.textContent.trim().slice(0, 40)]);
    const smallest = sizes.reduce((a, b) => (b[0] < a[0] ? b : a), [999, ""]);
    const first = s.querySelector("p");
    const lineHeight = first ? parseFloat(getComputedStyle(first).lineHeight) || 40 : 0;
    const title = first && first.getBoundingClientRect().height <= 1.8 * lineHeight ? first : null;
    const copy = s.cloneNode(true);
    const titleCopy = title ? copy.querySelectorAll("p")[0] : null;
    copy.querySelectorAll("h1, h2, h3, h4, h5, h6, aside.notes, details").forEach((e) => e.remove());
    if (titleCopy) titleCopy.remove();
    const rest = copy.textContent.replace(/\\s+/g, " ").trim();
    const pictures = copy.querySelectorAll("img, svg, table").length;
    return [Reveal.getSlidePastCount() + 1, smallest, rest.length + pictures, s.innerText.trim().slice(0, 60)];
})"""


@pytest.mark.parametrize("stem", DECKS)
def test_every_slide_is_readable_and_more_than_a_title(page, deck_server, artifacts, stem):
    """Kit review 3 (S7): body text was ~13 px, lesson 5 had a slide with only its title and one with
    only "Describe this figure". Every slide's text is at least 24 px on a 1280x720 projector, and
    every slide holds something besides headings, a one-line title and a figure's description."""
    base, _ = deck_server
    page.set_viewport_size({"width": 1280, "height": 720})
    outside, errors = _open_offline(page, f"{base}/{DECKS[stem][0]}", base)
    slides = page.evaluate(_SLIDE_CONTENT)
    assert len(slides) >= 7
    small = [(n, round(size, 1), text) for n, (size, text), _, _ in slides if size < 24]
    assert small == [], small
    bare = [(n, text) for n, _, content, text in slides if content == 0]
    assert bare == [], bare
    assert outside == [] and errors == []


def test_case_slides_have_speaker_notes_and_no_widget_instructions(page, deck_server):
    """Every slide of a case's plan has speaker notes (press S), and the lesson's "press ..."
    lines, whose buttons the slides leave out, are in the notes instead of on the slides."""
    base, _ = deck_server
    page.set_viewport_size({"width": 1280, "height": 720})
    outside, errors = _open_offline(page, f"{base}/05_working_together.slides.html", base)
    slides = page.evaluate("""() => Reveal.getSlides().filter((s) => !s.classList.contains('otpt-continued'))
        .map((s) => { const copy = s.cloneNode(true); copy.querySelectorAll('aside.notes').forEach((n) => n.remove());
            return [copy.textContent, (s.querySelector('aside.notes') || {}).textContent || '']; })""")
    plans = [(text, notes) for text, notes in slides if "recommended plan, task" in text]
    assert len(plans) == 7 + 6 + 5 + 6  # the four cases' tasks
    assert all("what does the therapy work on" in notes for _, notes in plans)
    both = [notes for text, notes in plans if "recommended: Both" in text]
    assert both and all("not that they treat together" in notes for notes in both)
    shown = " ".join(text for text, _ in slides)
    assert "Compare with worked goals" not in shown and "Check my plan" not in shown
    assert any("Compare with worked goals" in notes for _, notes in slides)
    assert outside == [] and errors == []
