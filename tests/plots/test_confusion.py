"""The grid of answers against the key, and its sentence."""

import pandas as pd

import otpt


def texts(ax):
    return [t.get_text() for t in ax.texts]


def test_plot_confusion_and_its_description():
    answers = pd.DataFrame({"key": ["OT", "OT", "PT", "Both"], "answer": ["OT", "PT", "PT", "OT"]})
    ax = otpt.plot_confusion(answers)
    shown = texts(ax)
    assert "1 \u2713" in shown and shown.count("0") == 4 and "0 \u2713" in shown
    assert otpt.describe_confusion(answers) == (
        "Grid of 4 answers against the key: 2 on the key. usually OT: answered OT 1, PT 1; "
        "usually Both: answered OT 1; usually PT: answered PT 1."
    )
    empty = answers.iloc[:0]
    assert "No answers yet" in texts(otpt.plot_confusion(empty))
