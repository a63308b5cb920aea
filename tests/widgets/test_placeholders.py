"""A lesson opened before it runs (issue 34): where a front end cannot draw a widget -
an untrusted notebook, a kernel not started, GitHub - the saved output says what the
widget is and how to start it, never ``ClassifyQuiz(children=(...``."""

import pytest
from IPython.core.formatters import DisplayFormatter

import otpt

WIDGETS = {
    "The classification quiz": lambda: otpt.ClassifyQuiz(n=2, autosave=False),
    "The overlap explorer": lambda: otpt.OverlapExplorer(),
    "The care-team planner": lambda: otpt.CareTeamPlanner(),
    "The goal writer": lambda: otpt.GoalWriter(),
    "The place-an-activity exercise": lambda: otpt.PlaceActivity(),
    "The live poll": lambda: otpt.Poll(["A011"]),
}


@pytest.mark.parametrize("what", WIDGETS)
def test_the_saved_output_is_a_placeholder_beside_the_widget(what):
    widget = WIDGETS[what]()
    data, _ = DisplayFormatter().format(widget)  # what a kernel sends, and a notebook saves
    assert "application/vnd.jupyter.widget-view+json" in data  # a running lesson still draws the widget
    assert data["text/plain"].startswith(f"[{what} appears here when this cell runs")
    assert "Shift+Enter" in data["text/plain"] and "children=" not in data["text/plain"]
    assert f"<b>{what}</b> appears here when this cell runs" in data["text/html"]
    assert "<kbd>Shift</kbd>+<kbd>Enter</kbd>" in data["text/html"]
    assert repr(widget).startswith(type(widget).__name__ + "(")  # repr itself stays useful for debugging


def test_a_closed_widget_displays_nothing():
    quiz = otpt.ClassifyQuiz(n=1, autosave=False)
    quiz.close()
    data, _ = DisplayFormatter().format(quiz)
    assert "application/vnd.jupyter.widget-view+json" not in data
