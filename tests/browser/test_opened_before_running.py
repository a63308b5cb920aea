"""A lesson as a learner first opens it, before running anything (issue 34): saved
executed, opened from a link (so not trusted), in JupyterLab and Notebook 7. Each widget's
place says what it is and how to start it; no widget's Python text form is on the page."""

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.server

CELLS = [
    "import otpt",
    "otpt.ClassifyQuiz(n=2, autosave=False)",
    "otpt.OverlapExplorer()",
    "otpt.Poll(['A011'])",
]
NAMES = ("The classification quiz", "The overlap explorer", "The live poll")


def saved_lesson(folder, name="opened_before_running.ipynb") -> str:
    """A small lesson executed and saved as `make notebooks` saves the lessons."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(nb, timeout=120, kernel_name="python3").execute()
    nbformat.write(nb, folder / name)
    return name


def check_page(page, outputs):
    for name in NAMES:
        page.get_by_text(f"{name} appears here when this cell runs").first.wait_for()
    text = outputs.all_inner_texts()
    assert not any("children=(" in t for t in text), text
    assert sum("Shift+Enter" in t for t in text) == len(NAMES)


def test_jupyterlab_shows_placeholders_before_running(page, lab_server, artifacts):
    name = saved_lesson(lab_server.workdir / "notebooks")
    page.goto(f"{lab_server.url}/lab/tree/{name}?reset&token={lab_server.token}")
    page.locator(".jp-NotebookPanel .jp-Notebook-cell").first.wait_for()
    check_page(page, page.locator(".jp-OutputArea-output"))
    page.screenshot(path=artifacts / "lab_opened_before_running.png")


def test_notebook_7_shows_placeholders_before_running(page, notebook_server, artifacts):
    name = saved_lesson(notebook_server.workdir / "notebooks")
    page.goto(f"{notebook_server.url}/notebooks/{name}?token={notebook_server.token}")
    page.locator(".jp-Notebook-cell").first.wait_for()
    check_page(page, page.locator(".jp-OutputArea-output"))
    page.screenshot(path=artifacts / "notebook7_opened_before_running.png")
