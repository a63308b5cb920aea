"""The booth app as a visitor meets it: Voila, keyboard only, accessibility, and a
hostile activity bank."""

import json

import nbformat
import pytest

import otpt
from otpt.render.words import QUIZ_ANSWERS

from .lab import LESSONS, NOTEBOOKS, full_page, program_output

pytestmark = pytest.mark.server


def open_in_voila(page, server, notebook, query=""):
    """Open a notebook in Voila (with ``query``, "style=projector" say) and wait until every
    cell has run and every widget is drawn."""
    page.goto(f"{server.url}/voila/render/{notebook}" + (f"?{query}" if query else ""))
    page.locator(".jp-OutputArea-output:visible").first.wait_for(timeout=120_000)
    path = server.workdir / "notebooks" / notebook
    cells = nbformat.read(path, as_version=4).cells
    if cells[-1].cell_type == "markdown":  # Voila shows cells in order: the last one means done
        heading = cells[-1].source.splitlines()[0].lstrip("# ").strip()
        page.get_by_role("heading", name=heading).last.wait_for(timeout=120_000)
    widgets = sum(
        "application/vnd.jupyter.widget-view+json" in o.get("data", {})
        for c in cells
        for o in c.get("outputs", [])
    )
    if widgets:
        page.wait_for_function(
            "n => document.querySelectorAll('.jp-OutputArea-output > .jupyter-widgets, "
            ".jp-OutputArea-output .lm-Widget.jupyter-widgets').length >= n",
            arg=widgets,
            timeout=120_000,
        )


def one_cell_notebook(path, source: str) -> None:
    """Write a notebook of one code cell, for the Python 3 kernel."""
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source)],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    nbformat.write(nb, path)


FIRST_QUIZ = (
    "[...document.querySelectorAll('.jp-OutputArea-output')].find(o => o.querySelector('.widget-radio'))"
)


def decoded(locator) -> None:
    """Wait until every image inside has been decoded, so a screenshot shows it whole."""
    locator.locator("img").evaluate_all("imgs => Promise.all(imgs.map(img => img.decode()))")


def tab_to(page, predicate_js: str, *, backwards: bool = False, limit: int = 200) -> None:
    """Press Tab (or Shift+Tab) until the focused element in the first quiz matches, as a
    keyboard user would."""
    check = f"() => {{ const el = document.activeElement; return !!el && {FIRST_QUIZ}.contains(el) && ({predicate_js}); }}"
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if page.evaluate(check):
            return
    raise AssertionError(f"Tab never reached an element matching {predicate_js}")


RADIO = "el.type === 'radio' && decodeURIComponent(el.dataset.value) === '{}'"  # its label
BUTTON = "el.tagName === 'BUTTON' && el.textContent.trim() === '{}' && !el.disabled"


def test_quiz_with_the_keyboard_alone(page, voila_server, artifacts):
    open_in_voila(page, voila_server, "02_classify_activities.ipynb")
    quiz = page.locator(".jp-OutputArea-output:has(.widget-radio)").first  # the warm-up quiz
    quiz.get_by_text("Question 1 of 3").wait_for(timeout=120_000)
    for number, (lead, sure) in enumerate((("OT", "sure"), ("PT", "unsure"), ("Both", "sure")), start=1):
        quiz.get_by_text(f"Question {number} of 3").wait_for()
        # Tab (backwards from "Next" after the first card) to the wanted choice, Space to pick it.
        tab_to(page, RADIO.format(QUIZ_ANSWERS[lead]), backwards=number > 1)
        page.keyboard.press("Space")
        tab_to(page, RADIO.format("sure"))
        if sure == "unsure":
            page.keyboard.press("ArrowDown")  # an arrow moves to, and picks, the next option
        page.keyboard.press("Space")
        tab_to(page, BUTTON.format("Check"))
        page.keyboard.press("Enter")
        feedback = quiz.locator("[role=status]").filter(has_text="Why:")
        feedback.wait_for()
        text = feedback.inner_text()
        assert any(
            verdict in text
            for verdict in (
                "\u2713 Right",
                "\u2248 Also right (practice varies) - usually",
                "\u2248 Also right - one specialist",
                f"\u2717 Not usually - you said {lead}",
            )
        )
        if number == 1:
            page.screenshot(path=artifacts / "voila_quiz_keyboard.png")
            quiz.screenshot(path=artifacts / "quiz_feedback.png")
        tab_to(page, BUTTON.format("See results" if number == 3 else "Next"))
        page.keyboard.press("Space")
    quiz.get_by_role("heading", name="You named the usual lead").wait_for()


def serious_violations(page, artifacts, name: str) -> list[tuple]:
    """axe-core's serious and critical findings on the page (all of them saved as an artifact)."""
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    (artifacts / f"axe_{name}.json").write_text(json.dumps(violations, indent=1))
    return [
        (v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"])
        for v in violations
        if v["impact"] in ("serious", "critical")  # Voila adds no chrome of its own: every finding counts
    ]


def open_lesson(page, server, notebook, query=""):
    """`open_in_voila`, then wait until the lesson's figures have arrived and are decoded."""
    open_in_voila(page, server, notebook, query)
    if "<img" in (NOTEBOOKS / notebook).read_text(encoding="utf-8"):
        page.locator("img[alt]").first.wait_for(timeout=120_000)
    decoded(page.locator("body"))


@pytest.fixture(scope="module")
def lesson2_usual(browser, voila_server):
    """Lesson 2 in Voila's usual style, rendered once: its default-style accessibility check
    and the text sizes the projector style is measured against."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(60_000)
    open_lesson(page, voila_server, "02_classify_activities.ipynb")
    yield page
    context.close()


def test_lesson2_in_the_usual_style_has_no_serious_accessibility_violations(lesson2_usual, artifacts):
    assert program_output(lesson2_usual) == []
    full_page(lesson2_usual, artifacts / "voila_02_classify_activities.png")
    assert serious_violations(lesson2_usual, artifacts, "voila_02_classify_activities") == []


def test_hostile_bank_text_is_shown_literally_and_never_runs(page, voila_server):
    notebooks = voila_server.workdir / "notebooks"
    (notebooks / "evil.csv").write_text(
        "activity,lead,description,rationale\n"
        '"<img src=x onerror=""window.__pwned=1"">",OT,"<script>window.__pwned=2</script>",'
        '"<b onmouseover=window.__pwned=3>bold</b>"\n',
        encoding="utf-8",
    )
    one_cell_notebook(notebooks / "evil.ipynb", "import otpt\notpt.ClassifyQuiz('evil.csv')")
    open_in_voila(page, voila_server, "evil.ipynb")
    page.get_by_text("Question 1 of 1").wait_for(timeout=120_000)
    page.get_by_text('<img src=x onerror="window.__pwned=1">').wait_for()
    page.get_by_text("<script>window.__pwned=2</script>").wait_for()
    page.get_by_role("radio", name="PT").check()
    page.get_by_role("button", name="Check").click()
    page.get_by_text("<b onmouseover=window.__pwned=3>bold</b>").wait_for()
    assert page.locator("img[src=x]").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_overlap_pictures_in_voila(page, voila_server, artifacts):
    page.set_viewport_size({"width": 1280, "height": 1500})  # Voila scrolls an inner panel: fit it all
    open_in_voila(page, voila_server, "03_where_goals_overlap.ipynb")
    n = len(otpt.load_activities())
    diagram = (
        page.locator("figure")
        .filter(has=page.locator(f"img[alt^='Overlap diagram of {n} activities']"))
        .first
    )
    diagram.wait_for(timeout=120_000)
    decoded(diagram)
    diagram.screenshot(path=artifacts / "overlap_diagram.png")
    explorer = page.locator(".jp-OutputArea-output:has(.widget-dropdown)").first
    explorer.get_by_label("Setting:").select_option("school")
    school = otpt.load_activities().query("setting == 'school'")
    explorer.locator(f"img[alt^='Overlap diagram of {len(school)} activities']").wait_for()
    explorer.get_by_role("button", name="OT leads").click()
    explorer.get_by_text(f"OT leads: {int((school['lead'] == 'OT').sum())} activities").wait_for()
    decoded(explorer)
    explorer.screenshot(path=artifacts / "explorer.png")


def test_class_results_picture_in_voila(page, voila_server, artifacts):
    page.set_viewport_size({"width": 1280, "height": 1500})
    open_in_voila(page, voila_server, "06_class_results.ipynb")
    figure = page.locator("figure").filter(has=page.locator("img[alt^='The class split most on']")).first
    decoded(figure)
    figure.screenshot(path=artifacts / "class_results.png")


def test_place_your_own_activity_in_voila(page, voila_server, artifacts):
    from axe_playwright_python.sync_playwright import Axe

    page.set_viewport_size({"width": 1280, "height": 1500})
    open_in_voila(page, voila_server, "05_working_together.ipynb")
    place = page.locator(".jp-OutputArea-output:has(button:has-text('Place it'))").first
    place.get_by_label("Activity:").fill("Hand splint after a tendon repair")
    place.get_by_label("The therapy targets:").select_option(label="movement and mobility")
    place.get_by_label("Main intervention:").select_option(
        value=None, label=f"orthosis fabrication - {otpt.INTERVENTIONS['orthosis fabrication']}"
    )
    place.get_by_role("button", name="Place it").click()
    place.get_by_role("heading", name="Suggested lead: OT").wait_for(timeout=60_000)
    place.get_by_text("Decided by the intervention (").first.wait_for()
    place.locator("img[alt^='\\'Hand splint after a tendon repair\\' lands at']").wait_for()
    decoded(place)
    place.screenshot(path=artifacts / "place_activity.png")
    results = Axe().run(page)
    serious = [v["id"] for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_a_double_click_on_next_moves_one_activity(page, voila_server):
    """A presenter's double click reaches the kernel as two clicks: the poll moves once."""
    notebooks = voila_server.workdir / "notebooks"
    one_cell_notebook(notebooks / "poll.ipynb", "import otpt\notpt.Poll(['A011', 'A036', 'A001'])")
    open_in_voila(page, voila_server, "poll.ipynb")
    page.get_by_text("Activity 1 of 3").wait_for(timeout=120_000)
    page.get_by_role("button", name="Next").dblclick()
    page.get_by_text("Activity 2 of 3").wait_for()
    page.wait_for_timeout(1000)  # a second click, had it acted, would have shown by now
    assert page.get_by_text("Activity 3 of 3").count() == 0
    page.get_by_role("button", name="Next").click()
    page.get_by_text("Activity 3 of 3").wait_for()


# The font size of a lesson's paragraph, table cell and button (px), where the page has one.
TEXT_SIZES = """() => Object.fromEntries(Object.entries({
    paragraph: '.jp-RenderedMarkdown p', table: '.jp-RenderedHTMLCommon td', button: '.jupyter-button'})
  .map(([kind, selector]) => [kind, document.querySelector(selector)])
  .filter(([, element]) => element)
  .map(([kind, element]) => [kind, parseFloat(getComputedStyle(element).fontSize)]))"""


def saved_figure(notebook) -> str | None:
    """The first figure the committed lesson holds (drawn in the usual style), as its data: URL."""
    for cell in nbformat.read(NOTEBOOKS / notebook, as_version=4).cells:
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            if 'src="data:image/svg' in html:
                return html.split('src="', 1)[1].split('"', 1)[0]
    return None


@pytest.mark.parametrize("notebook", LESSONS)
def test_a_lesson_in_voila_in_projector_style(page, voila_server, lesson2_usual, artifacts, notebook):
    """Each lesson is rendered once in Voila, from the address an instructor uses in a lecture
    hall (?style=projector), and every check that reads the page runs on that one render:
    the figures are drawn again in the projector style, the page's own text and controls
    grow too, no program output shows, and axe-core finds nothing serious or critical."""
    open_lesson(page, voila_server, notebook, "style=projector")
    usual = saved_figure(notebook)
    if usual is not None:
        drawn = page.evaluate("() => document.querySelector('img[src^=\"data:image/svg\"]').src")
        assert drawn != usual  # drawn again, larger
    usual_sizes, sizes = lesson2_usual.evaluate(TEXT_SIZES), page.evaluate(TEXT_SIZES)
    for kind, size in sizes.items():  # the page's own text and controls grow too
        assert size >= 1.35 * usual_sizes[kind], (kind, usual_sizes[kind], size)
    assert program_output(page) == []
    stem = notebook.removesuffix(".ipynb")
    full_page(page, artifacts / f"voila_projector_{stem}.png")
    assert serious_violations(page, artifacts, f"voila_projector_{stem}") == []
