"""Issue 18, in Chromium: results a screen reader announces, contrast in light and dark
themes, and reflow at 200% zoom and on a 360 px wide screen.

- Live regions: a MutationObserver watches each widget's one region (`otpt.widgets.live`)
  while a learner acts; the region must be the same node afterwards, its text changed, and
  Playwright's accessibility snapshot must show the text as a status.
- Themes: axe-core's colour-contrast rule on the quiz - a wrong, a defensible and a right
  verdict, then the end of the round - in JupyterLab Light, JupyterLab Dark, Voila and
  ``voila --theme=dark``, with a screenshot of each.
- Reflow (WCAG 1.4.10): a 1280 px window at 200% zoom lays pages out 640 CSS px wide (as a
  640 px viewport at device scale 2), a phone 360 px: no part of the quiz may stick out of
  the page, and nothing may scroll sideways.
"""

from __future__ import annotations

import json
import re

import pytest

import otpt
from otpt.render.words import QUIZ_ANSWERS

from .lab import open_and_run_all
from .test_voila import open_in_voila

pytestmark = pytest.mark.server

BANK = otpt.load_activities()

WATCH = """region => {
  window.__live = {region, changes: 0, before: region.textContent};
  new MutationObserver(records => { window.__live.changes += records.length; })
    .observe(region, {childList: true, subtree: true, characterData: true});
}"""
AFTER = """() => ({
  connected: window.__live.region.isConnected,
  same: [...document.querySelectorAll('.otpt-live')].includes(window.__live.region),
  changes: window.__live.changes, before: window.__live.before,
  text: window.__live.region.textContent})"""


def _quiz(out):
    out.get_by_text("Question 1 of 3").wait_for(timeout=120_000)
    out.get_by_role("radio", name="Both").check()
    out.get_by_role("button", name="Check").click()
    return "Why:"


def _planner(out):
    from playwright.sync_api import expect

    choice = out.get_by_role("button", name="OT", exact=True).first
    choice.click()
    # as a person does: the choice shows as made before the plan is checked
    expect(choice).to_have_class(re.compile(r"\bmod-active\b"))
    out.get_by_role("button", name="Check my plan").click()
    return "recommended"


def _placement(out):
    out.get_by_label("Activity:").fill("Hand splint after a tendon repair")
    out.get_by_label("The therapy targets:").select_option(label="movement and mobility")
    out.get_by_role("button", name="Place it").click()
    return "Suggested lead"


def _poll(out):
    out.get_by_role("button", name="Reveal the answer").click()
    return "Usually led by|for this patient"  # a co-treated card (A006) says whose reason


def _booth(out):
    out.get_by_role("button", name="Start").click()
    out.get_by_text(re.compile("Card 1 of")).wait_for()
    out.get_by_role("button", name="Both", exact=True).click()
    return "You said Both|Yes!"


WIDGETS = {
    "quiz": ("02_classify_activities.ipynb", ".jp-OutputArea-output:has(.widget-radio)", _quiz),
    "planner": (
        "05_working_together.ipynb",
        ".jp-OutputArea-output:has(button:has-text('Check my plan'))",
        _planner,
    ),
    "placement": (
        "05_working_together.ipynb",
        ".jp-OutputArea-output:has(button:has-text('Place it'))",
        _placement,
    ),
    "poll": ("07_live_poll.ipynb", ".jp-OutputArea-output:has(button:has-text('Reveal the answer'))", _poll),
    "booth": ("booth/booth.ipynb", ".jp-OutputArea-output:has(.otpt-booth)", _booth),
}


@pytest.mark.parametrize("name", WIDGETS)
def test_each_widgets_result_is_announced_by_one_lasting_live_region(page, voila_server, name):
    notebook, selector, act = WIDGETS[name]
    open_in_voila(page, voila_server, notebook)
    out = page.locator(selector).first
    region = out.locator(".otpt-live").first
    region.wait_for(state="attached", timeout=120_000)
    assert region.get_attribute("role") == "status" and region.get_attribute("aria-live") == "polite"
    region.evaluate(WATCH)
    expected = act(out)
    page.wait_for_function(f"() => /{expected}/.test(window.__live.region.textContent)", timeout=60_000)
    after = page.evaluate(AFTER)
    assert after["connected"] and after["same"], "the live region was replaced, not changed"
    assert after["changes"] > 0 and after["text"] != after["before"]
    snapshot = region.aria_snapshot()
    assert snapshot.startswith("- status") and re.search(expected, snapshot), snapshot


def test_the_quiz_region_lasts_through_a_whole_round(page, voila_server):
    open_in_voila(page, voila_server, "02_classify_activities.ipynb")
    out = page.locator(WIDGETS["quiz"][1]).first
    region = out.locator(".otpt-live").first
    region.wait_for(state="attached", timeout=120_000)
    region.evaluate(WATCH)
    said = []
    for number in (1, 2, 3):
        out.get_by_text(f"Question {number} of 3").wait_for()
        out.get_by_role("radio", name="OT", exact=True).check()
        out.get_by_role("button", name="Check").click()
        page.wait_for_function("() => /Why:/.test(window.__live.region.textContent)")
        said.append(page.evaluate(AFTER)["text"])
        out.get_by_role("button", name="See results" if number == 3 else "Next").click()
        if number < 3:
            page.wait_for_function("() => window.__live.region.textContent === ''")  # a fresh card: quiet
    page.wait_for_function(
        "() => /You named the usual lead on \\d of 3/.test(window.__live.region.textContent)"
    )
    after = page.evaluate(AFTER)
    assert after["connected"] and after["same"] and len(set(said)) == 3
    assert re.search(r"You named the usual lead on \d of 3", region.aria_snapshot())


# ---------------------------------------------------------------------------- themes


def _answer_for(activity: str, given: set[str]) -> tuple[str, str]:
    """The outcome to show next for an activity of the bank, and the answer that gives it:
    a defensible answer where the activity has one, then a wrong one, then right ones."""
    row = BANK.set_index("activity").loc[activity]
    accepted = str(row["also_accepted"]).split(";") if isinstance(row["also_accepted"], str) else []
    if accepted and "defensible" not in given:
        return "defensible", accepted[0]
    if "not usually" not in given:
        return "not usually", next(x for x in ("OT", "PT", "Both") if x != row["lead"] and x not in accepted)
    return "right", str(row["lead"])


CONTRAST_QUIZ = """import otpt
bank = otpt.load_activities()
quiz = otpt.ClassifyQuiz(bank[bank["id"].isin(["A013", "A011", "A001"])], seed=0, autosave=False)
quiz"""


def _contrast(page, out) -> tuple[list, list]:
    from axe_playwright_python.sync_playwright import Axe

    response = Axe().run(page, context=".otpt-contrast", options={"runOnly": ["color-contrast"]}).response
    return response["violations"], response["incomplete"]


def _answer_and_check_contrast(page, out, artifacts, label):
    """Give a defensible, a wrong and a right answer; run axe's contrast rule on each verdict
    and on the end of the round."""
    found, unsure = [], []
    out.evaluate("el => el.classList.add('otpt-contrast')")
    given = set()
    for number in (1, 2, 3):
        out.get_by_text(f"Question {number} of 3").wait_for(timeout=120_000)
        outcome, answer = _answer_for(out.locator("h3").first.inner_text(), given)
        given.add(outcome)
        out.get_by_role("radio", name=QUIZ_ANSWERS[answer], exact=True).check()
        out.get_by_role("button", name="Check").click()
        out.get_by_text("Why:").wait_for()
        bad, incomplete = _contrast(page, out)
        found += bad
        unsure += incomplete
        if number == 1:
            out.scroll_into_view_if_needed()
            out.screenshot(path=artifacts / f"quiz_{label}.png")
        out.get_by_role("button", name="See results" if number == 3 else "Next").click()
    assert given == {"not usually", "defensible", "right"}
    out.get_by_role("heading", name=re.compile("You named the usual lead")).wait_for()
    out.locator("img").first.evaluate("img => img.decode()")
    bad, incomplete = _contrast(page, out)
    out.screenshot(path=artifacts / f"quiz_{label}_summary.png")
    (artifacts / f"axe_contrast_{label}.json").write_text(
        json.dumps({"violations": found + bad, "incomplete": unsure + incomplete}, indent=1)
    )
    return found + bad, unsure + incomplete


def _summary(results) -> list:
    """(rule, element, axe's message) of each finding; a lead's colour square beside its name
    (no text, hidden from screen readers) is no text to contrast."""
    found = [
        (r["id"], n["target"], n.get("any", [{}])[0].get("message", "")) for r in results for n in r["nodes"]
    ]
    return [f for f in found if "only non-text characters" not in f[2]]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_quiz_contrast_in_jupyterlab(page, lab_server, lab_dark_server, artifacts, theme):
    server = lab_server if theme == "light" else lab_dark_server
    from .test_voila import one_cell_notebook

    one_cell_notebook(server.workdir / "notebooks" / "contrast.ipynb", CONTRAST_QUIZ)
    open_and_run_all(page, server, "contrast.ipynb")
    light = page.evaluate("() => document.body.dataset.jpThemeLight")
    assert light == ("true" if theme == "light" else "false")  # the theme the learner chose is on
    out = page.locator(".jp-OutputArea-output:has(.widget-radio)").first
    violations, incomplete = _answer_and_check_contrast(page, out, artifacts, f"lab_{theme}")
    assert _summary(violations) == [] and _summary(incomplete) == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_quiz_contrast_in_voila(page, voila_server, voila_dark_server, artifacts, theme):
    server = voila_server if theme == "light" else voila_dark_server
    from .test_voila import one_cell_notebook

    one_cell_notebook(server.workdir / "notebooks" / "contrast.ipynb", CONTRAST_QUIZ)
    open_in_voila(page, server, "contrast.ipynb")
    out = page.locator(".jp-OutputArea-output:has(.widget-radio)").first
    violations, incomplete = _answer_and_check_contrast(page, out, artifacts, f"voila_{theme}")
    assert _summary(violations) == [] and _summary(incomplete) == []


# ---------------------------------------------------------------------------- reflow

OVERFLOW = """([out, inside]) => {
  const bound = inside ? out.getBoundingClientRect() : {left: 0, right: document.documentElement.clientWidth};
  const name = e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
  const sticking = [...out.querySelectorAll('*')].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && (box.right > bound.right + 1 || box.left < bound.left - 1);
  }).map(e => `${name(e)} ${e.textContent.trim().slice(0, 30)}`);
  const scrolling = [];
  for (let e = out; e; e = e.parentElement) {
    if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'hidden') {
      scrolling.push(`${name(e)}: ${e.scrollWidth} > ${e.clientWidth}`);
    }
  }
  return {sticking: sticking.slice(0, 10), scrolling};
}"""


@pytest.mark.parametrize("name", ["quiz", "planner", "booth"])
@pytest.mark.parametrize(
    "label, viewport, scale",
    [("200pc_zoom", {"width": 640, "height": 450}, 2), ("360px", {"width": 360, "height": 740}, 2)],
)
def test_widgets_reflow_in_voila(browser, voila_server, artifacts, name, label, viewport, scale):
    notebook, selector, act = WIDGETS[name]
    context = browser.new_context(viewport=viewport, device_scale_factor=scale)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        open_in_voila(page, voila_server, notebook)
        out = page.locator(selector).first
        expected = act(out)
        out.locator(".otpt-live").first.get_by_text(re.compile(expected)).first.wait_for()
        overflow = page.evaluate(OVERFLOW, [out.element_handle(), False])
        out.locator(".otpt-live").first.scroll_into_view_if_needed()
        page.screenshot(path=artifacts / f"{name}_voila_{label}.png")
        assert overflow == {"sticking": [], "scrolling": []}
    finally:
        context.close()


def test_the_quiz_reflows_in_jupyterlab_at_200_percent_zoom(browser, lab_server, artifacts):
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        open_and_run_all(page, lab_server, "02_classify_activities.ipynb")
        out = (
            page.locator(".jp-CodeCell")
            .filter(has_text="warmup = otpt.ClassifyQuiz")
            .locator(".jp-OutputArea-output")
        )
        _quiz(out)
        out.get_by_text("Why:").wait_for()
        out.scroll_into_view_if_needed()
        page.screenshot(path=artifacts / "quiz_lab_200pc_zoom.png")
        overflow = page.evaluate(OVERFLOW, [out.element_handle(), True])
        assert overflow == {"sticking": [], "scrolling": []}
    finally:
        context.close()
