"""The lessons in Jupyter Notebook 7 (issue 18): every cell runs and every widget renders,
as in JupyterLab."""

import pytest

from .lab import ALL_RUN, LESSONS, cell_errors, run_all

pytestmark = pytest.mark.server


@pytest.mark.parametrize("notebook", LESSONS)
def test_lesson_runs_in_notebook_7(page, notebook_server, artifacts, notebook):
    page.goto(f"{notebook_server.url}/notebooks/{notebook}?token={notebook_server.token}")
    page.locator(".jp-Notebook-cell").first.wait_for()
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").first.wait_for(timeout=90_000)
    run_all(page, panel=ALL_RUN.replace(".jp-NotebookPanel:not(.lm-mod-hidden) ", ""))
    if notebook.startswith("02_"):  # the warm-up quiz is drawn by its kernel
        page.get_by_text("Question 1 of 3").first.wait_for()
    assert cell_errors(page) == []
    page.screenshot(path=artifacts / f"notebook7_{notebook.removesuffix('.ipynb')}.png")
