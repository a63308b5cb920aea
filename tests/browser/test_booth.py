"""The outreach booth in Chromium, served as `make present` serves it (Voila, code hidden,
kernels preheated): a visitor by touch on a tablet and by keyboard alone, the idle timeout,
two tabs as two visitors, the tally after a server restart, axe on every screen and the
big-screen style's contrast (issue 17). Screenshots of each screen at 1280x800."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.server

TABLET = {"viewport": {"width": 1280, "height": 800}, "has_touch": True, "is_mobile": False}


def open_booth(browser, server, query="", **context):
    ctx = browser.new_context(**(context or TABLET))
    page = ctx.new_page()
    page.set_default_timeout(90_000)
    page.goto(f"{server.url}/{query}")
    page.get_by_role("button", name="Start").wait_for()
    return ctx, page


def fits(page) -> bool:
    """Nothing to scroll at this viewport."""
    width, height = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
    )
    size = page.viewport_size
    return width <= size["width"] and height <= size["height"]


def serious(page) -> list:
    from axe_playwright_python.sync_playwright import Axe

    return [
        (v["id"], v["nodes"][0]["target"])
        for v in Axe().run(page).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_a_visitor_plays_a_round_by_touch_on_a_tablet(browser, booth_server, artifacts):
    ctx, page = open_booth(browser, booth_server)
    try:
        assert fits(page) and serious(page) == []
        page.screenshot(path=artifacts / "booth_attract.png")
        page.get_by_role("button", name="Start").tap()
        for card in range(1, 6):
            page.get_by_text(f"Card {card} of 5").wait_for()
            assert fits(page), f"card {card} scrolls at 1280x800"
            if card == 1:
                assert serious(page) == []
                page.screenshot(path=artifacts / "booth_card.png")
            page.get_by_role("button", name="Both", exact=True).tap()
            verdict = page.locator("[role=status]").filter(
                has_text=re.compile("Yes!|That works too|Not quite")
            )
            verdict.wait_for()
            assert fits(page)
            if card == 1:
                assert serious(page) == []
                page.screenshot(path=artifacts / "booth_feedback.png")
            page.get_by_role("button", name="See my score" if card == 5 else "Next").tap()
        page.get_by_role("heading", name=re.compile(r"You got \d of 5")).wait_for()
        assert fits(page) and serious(page) == []
        page.screenshot(path=artifacts / "booth_end.png")
    finally:
        ctx.close()


#: Whether the page shows an enabled button called ``name`` (its text, as Tab finds it).
ENABLED_BUTTON = """name => [...document.querySelectorAll("button")].some(
    b => b.textContent.trim() === name && !b.disabled && b.getClientRects().length > 0)"""
#: Whether the button called ``name`` has the focus.
FOCUSED_BUTTON = """name => document.activeElement?.tagName === "BUTTON"
    && document.activeElement.textContent.trim() === name"""


def tab_to_button(page, name: str, limit: int = 40) -> None:
    """Press Tab until the button called ``name`` has the focus. Once the button is drawn
    and enabled: a card's text can be on the page before its buttons are, and a Tab
    pressed before them never reaches them."""
    page.wait_for_function(ENABLED_BUTTON, arg=name)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_BUTTON, name):
            return
    raise AssertionError(f"Tab never reached the {name} button")


def test_a_visitor_plays_a_round_by_keyboard_alone(browser, booth_server):
    ctx, page = open_booth(browser, booth_server, viewport={"width": 1280, "height": 800})
    try:
        tab_to_button(page, "Start")
        page.keyboard.press("Enter")
        for card in range(1, 6):
            page.get_by_text(f"Card {card} of 5").wait_for()
            tab_to_button(page, "OT")
            page.keyboard.press("Space")
            page.locator("[role=status]").filter(
                has_text=re.compile("Yes!|That works too|Not quite")
            ).wait_for()
            tab_to_button(page, "See my score" if card == 5 else "Next")
            page.keyboard.press("Enter")
        page.get_by_role("heading", name=re.compile(r"You got \d of 5")).wait_for()
    finally:
        ctx.close()


def test_an_idle_booth_returns_to_its_start_screen(browser, booth_server):
    ctx, page = open_booth(browser, booth_server, "?idle=5")
    try:
        page.get_by_role("button", name="Start").tap()
        page.get_by_text("Card 1 of 5").wait_for()
        page.get_by_text("OT or PT: who helps with what?").wait_for(timeout=20_000)  # after 5 s untouched
        assert page.get_by_role("button", name="Start").is_visible()
    finally:
        ctx.close()


def test_two_tabs_are_two_visitors(browser, booth_server):
    ctx = browser.new_context(**TABLET)
    try:
        first, second = ctx.new_page(), ctx.new_page()
        for page in (first, second):
            page.set_default_timeout(90_000)
            page.goto(booth_server.url)
            page.get_by_role("button", name="Start").tap()
            page.get_by_text("Card 1 of 5").wait_for()
        first.get_by_role("button", name="PT", exact=True).tap()
        first.get_by_role("button", name="Next").tap()
        first.get_by_text("Card 2 of 5").wait_for()
        assert second.get_by_text("Card 1 of 5").is_visible()  # the other visitor did not move
        assert second.get_by_role("button", name="OT", exact=True).is_visible()
    finally:
        ctx.close()


def test_the_big_screen_style_keeps_its_contrast(browser, booth_server, artifacts):
    from axe_playwright_python.sync_playwright import Axe

    ctx, page = open_booth(browser, booth_server, "?big=1")
    try:
        page.get_by_role("button", name="Start").tap()
        page.get_by_text("Card 1 of 5").wait_for()
        assert fits(page)
        page.screenshot(path=artifacts / "booth_big_card.png")
        page.get_by_role("button", name="Both", exact=True).tap()
        page.get_by_role("button", name="Next").wait_for()
        assert fits(page), "the big-screen feedback scrolls at 1280x800"
        page.screenshot(path=artifacts / "booth_big_feedback.png")
        contrast = Axe().run(page, options={"runOnly": ["color-contrast"]}).response["violations"]
        assert contrast == []
        size = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.otpt-booth h2')).fontSize)"
        )
        assert size >= 36  # readable from a few metres
    finally:
        ctx.close()


def test_the_tally_survives_a_server_restart(browser, booth_server):
    ctx, page = open_booth(browser, booth_server)
    try:
        page.get_by_role("button", name="Start").tap()
        for card in range(1, 6):
            page.get_by_text(f"Card {card} of 5").wait_for()
            page.get_by_role("button", name="OT", exact=True).tap()
            page.get_by_role("button", name="See my score" if card == 5 else "Next").tap()
        page.get_by_role("heading", name=re.compile("You got")).wait_for()
    finally:
        ctx.close()
    before = booth_server.tally.read_text().count("\n")
    booth_server.stop()
    booth_server.start()  # the laptop was restarted
    ctx, page = open_booth(browser, booth_server)
    try:
        page.get_by_text(re.compile(r"Today: \d+ visitors?, \d+ rounds?")).wait_for()
        rounds = int(re.search(r"(\d+) rounds?", page.inner_text("body")).group(1))
        assert rounds >= before >= 1
    finally:
        ctx.close()


def test_the_booth_asks_nothing_outside_127_0_0_1(booth_server, local_only):
    # Voila's page linked Font Awesome on a CDN, and Notebook 7's extension failed to load in it
    page, outside, errors = local_only
    page.goto(booth_server.url)
    page.get_by_role("button", name="Start").click()
    page.get_by_text("Card 1 of 5").wait_for()
    page.get_by_role("button", name="OT", exact=True).click()
    page.locator("[role=status]").filter(has_text=re.compile("Yes!|That works too|Not quite")).wait_for()
    page.wait_for_load_state("networkidle")
    # a button's icon still draws: Font Awesome comes with Voila's own widget bundle
    icon = page.locator(".otpt-booth button i.fa").first
    family = icon.evaluate("i => getComputedStyle(i, '::before').fontFamily").strip('"')
    loaded = (
        f"[...document.fonts].some(f => f.family.replace(/\"/g, '') === {family!r} && f.status === 'loaded')"
    )
    assert family.startswith("Font Awesome") and page.evaluate(loaded), family
    assert outside == [] and errors == []
