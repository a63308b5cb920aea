"""tools/execute_notebooks.py: re-running a lesson saves the same widget ids."""

import importlib.util
import uuid
from pathlib import Path

import pytest

# A tool for whoever edits the lessons: not installed with the package's minimum versions.
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")

_SPEC = importlib.util.spec_from_file_location(
    "execute_notebooks", Path(__file__).resolve().parents[1] / "tools" / "execute_notebooks.py"
)
execute_notebooks = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(execute_notebooks)


def _executed(button: str, style: str):
    """A notebook as the kernel saves it: a button whose state refers to its style model,
    and an output that shows the button."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("button", id="show-button")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data", data={"application/vnd.jupyter.widget-view+json": {"model_id": button}}
        )
    ]
    nb.cells = [cell]
    nb.metadata["widgets"] = {
        execute_notebooks.WIDGET_STATE: {
            "state": {
                button: {"model_name": "ButtonModel", "state": {"style": f"IPY_MODEL_{style}"}},
                style: {"model_name": "ButtonStyleModel", "state": {}},
            }
        }
    }
    return nb


def test_two_runs_with_different_kernel_ids_save_the_same_notebook():
    first = _executed(uuid.uuid4().hex, uuid.uuid4().hex)
    second = _executed(uuid.uuid4().hex, uuid.uuid4().hex)
    a = execute_notebooks.stable_widget_ids(first, "02_lesson.ipynb")
    b = execute_notebooks.stable_widget_ids(second, "02_lesson.ipynb")
    assert nbformat.writes(a) == nbformat.writes(b)
    assert nbformat.writes(a) != nbformat.writes(first)


def test_references_follow_the_renamed_ids():
    nb = execute_notebooks.stable_widget_ids(_executed(uuid.uuid4().hex, uuid.uuid4().hex), "x.ipynb")
    state = nb.metadata.widgets[execute_notebooks.WIDGET_STATE]["state"]
    button, style = state
    assert state[button]["state"]["style"] == f"IPY_MODEL_{style}"
    shown = nb.cells[0].outputs[0].data["application/vnd.jupyter.widget-view+json"]["model_id"]
    assert shown == button
    assert len(button) == 32 and int(button, 16) >= 0  # the kernel's format: 32 hex digits


def test_each_notebook_gets_its_own_ids():
    ids = {
        name: set(
            execute_notebooks.stable_widget_ids(_executed("a" * 32, "b" * 32), name).metadata.widgets[
                execute_notebooks.WIDGET_STATE
            ]["state"]
        )
        for name in ("02_one.ipynb", "03_two.ipynb")
    }
    assert ids["02_one.ipynb"].isdisjoint(ids["03_two.ipynb"])


def test_a_notebook_without_widgets_is_unchanged():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    assert nbformat.writes(execute_notebooks.stable_widget_ids(nb, "01.ipynb")) == nbformat.writes(nb)


def test_printed_text_split_into_messages_is_saved_as_one_output():
    cell = nbformat.v4.new_code_cell("print(summary); show(widget); print('done')")
    cell.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="Sam, 7, is always on the move."),
        nbformat.v4.new_output("stream", name="stdout", text="\n"),
        nbformat.v4.new_output("stream", name="stderr", text="a warning\n"),
        nbformat.v4.new_output("display_data", data={"text/plain": "widget"}),
        nbformat.v4.new_output("stream", name="stdout", text="done\n"),
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Lesson"), cell])
    outputs = execute_notebooks.coalesce_streams(nb).cells[1].outputs
    assert [(o.output_type, o.get("name"), o.get("text")) for o in outputs] == [
        ("stream", "stdout", "Sam, 7, is always on the move.\n"),
        ("stream", "stderr", "a warning\n"),
        ("display_data", None, None),
        ("stream", "stdout", "done\n"),
    ]
