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
    menu(page, "Run", "Run All Cells")
    page.wait_for_function(ALL_RUN, timeout=180_000)


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
