"""Driving JupyterLab the way a student does: open a lesson, run every cell, read it."""

from __future__ import annotations

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
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").first.wait_for(timeout=90_000)
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
