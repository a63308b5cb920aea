"""Driving JupyterLab the way a student does: open a lesson, run every cell, read it."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

# Every lesson in notebooks/, in order: a new or renumbered lesson is opened without editing this list.
NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
LESSONS = sorted(p.name for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))

ALL_RUN = """() => {
  const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')];
  return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
}"""


def menu(page, top: str, item: str) -> None:
    page.get_by_role("menuitem", name=top, exact=True).click()
    page.get_by_role("menuitem", name=item, exact=True).click()


def open_and_run_all(page, server, notebook: str) -> None:
    """Open a lesson in a clean workspace, clear its saved outputs, run all cells, and wait
    until every code cell has a fresh execution count (a condition, not a sleep)."""
    page.goto(f"{server.url}/lab/tree/{notebook}?reset&token={server.token}")
    page.locator(".jp-NotebookPanel .jp-Notebook-cell").first.wait_for()
    # attached, not visible: on a narrow window (200% zoom) the toolbar folds the indicator away
    idle = page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").first
    idle.wait_for(state="attached", timeout=90_000)
    # and the kernel connected: a Run All given while it connects can be dropped (run_all)
    page.locator(".jp-StatusBar-Widget").get_by_text(re.compile(r"\| Idle$")).wait_for(
        state="attached", timeout=90_000
    )
    menu(page, "Edit", "Clear Outputs of All Cells")
    page.wait_for_function(
        "() => [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')]"
        ".every(p => !/\\\\d/.test(p.textContent))"
    )
    run_all(page)


def run_all(page, *, panel: str = ALL_RUN, attempts: int = 3) -> None:
    """Run > Run All Cells, and wait until every code cell has an execution count. A "Run All"
    given while the kernel is still connecting can be dropped by the front end (seen on a
    loaded machine, in JupyterLab and Notebook 7 alike): then it is given again, as a person
    would, up to ``attempts`` times, the last with three minutes to finish."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(attempts):
        menu(page, "Run", "Run All Cells")
        try:
            page.wait_for_function(panel, timeout=180_000 if attempt == attempts - 1 else 60_000)
            return
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise


def cell_errors(page) -> list[str]:
    """Error outputs (tracebacks) and widgets that failed to render."""
    errors = [
        t.inner_text()[:500] for t in page.locator(".jp-OutputArea-output[data-mime-type*='error']").all()
    ]
    errors += [
        t.inner_text()[:500] for t in page.locator(".jp-OutputArea-output[data-mime-type*='stderr']").all()
    ]
    for text in ("Error displaying widget", "Click to show javascript error", "Error rendering"):
        errors += [f"widget: {text}"] * page.get_by_text(text).count()
    return errors


PROGRAM_OUTPUT = """() => {
  const found = [];
  for (const o of document.querySelectorAll('.jp-OutputArea-output')) {
    const text = o.innerText || '';
    if (/stdout|stderr/.test(o.dataset.mimeType || '')) found.push('printed: ' + text.slice(0, 80));
    for (const bad of ["['", "{'", 'Traceback']) {
      const at = text.indexOf(bad);
      if (at >= 0) found.push(`${bad} in: ${text.slice(Math.max(0, at - 30), at + 50)}`);
    }
  }
  return found;
}"""


def program_output(page) -> list[str]:
    """Output a learner would read as a program's, not a lesson's (issue 20): printed
    (monospace) text, a Python repr ("['", "{'") or a traceback, in any cell output."""
    return page.evaluate(PROGRAM_OUTPUT)


SCROLLS = (
    "e => e.scrollHeight > e.clientHeight + 2 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowY)"
)


def full_page(page, path, *, limit: int = 16_000) -> None:
    """A picture of the whole lesson: Voila and JupyterLab scroll an inner panel, so the
    window is made taller by what that panel hides (and at least as tall as the tallest
    content) first."""
    height, hidden = page.evaluate(
        f"() => {{ const all = [...document.querySelectorAll('*')], scrolls = {SCROLLS};"
        " return [Math.max(...all.map(e => e.scrollHeight)),"
        " Math.max(0, ...all.filter(scrolls).map(e => e.scrollHeight - e.clientHeight))]; }"
    )
    size = page.viewport_size
    page.set_viewport_size(
        {"width": size["width"], "height": min(max(height + 40, size["height"] + hidden), limit)}
    )
    # JupyterLab lays its panels out again after the resize: wait until no panel scrolls
    # (a lesson taller than ``limit`` still scrolls: then the picture shows its top part).
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"() => ![...document.querySelectorAll('*')].some({SCROLLS})", timeout=15_000)
    page.screenshot(path=path, full_page=True)
    page.set_viewport_size(size)
