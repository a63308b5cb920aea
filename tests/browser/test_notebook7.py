"""The lessons in Jupyter Notebook 7 (issue 18): every cell runs and every widget renders,
as in JupyterLab.

Notebook 7 is built from JupyterLab's notebook components, and every lesson runs in
JupyterLab (test_lab.py): here the two lessons with the most widgets - the quiz (2) and
the planner, goal writer and placement (5) - show that Notebook 7 draws and runs them."""

import pytest

from .lab import ALL_RUN, LESSONS, cell_errors, run_all

pytestmark = pytest.mark.server


NOTEBOOK7_LESSONS = [n for n in LESSONS if n.startswith(("02_", "05_"))]


@pytest.mark.parametrize("notebook", NOTEBOOK7_LESSONS)
def test_lesson_runs_in_notebook_7(page, notebook_server, artifacts, notebook):
    page.goto(f"{notebook_server.url}/notebooks/{notebook}?token={notebook_server.token}")
    page.locator(".jp-Notebook-cell").first.wait_for()
    page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").first.wait_for(timeout=90_000)
    run_all(page, panel=ALL_RUN.replace(".jp-NotebookPanel:not(.lm-mod-hidden) ", ""))
    if notebook.startswith("02_"):  # the warm-up quiz is drawn by its kernel
        page.get_by_text("Question 1 of 3").first.wait_for()
    assert cell_errors(page) == []
    page.screenshot(path=artifacts / f"notebook7_{notebook.removesuffix('.ipynb')}.png")
