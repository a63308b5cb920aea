"""The grid of answers against the key, and its sentence."""

import pandas as pd

import otpt
from otpt.plots._common import relative_luminance


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


def contrast(a, b):
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_counts_are_grey_and_every_number_reads_on_its_cell():
    # issue 20, one colour meaning: blue is PT's colour, so a count is never drawn in blue
    answers = pd.DataFrame(
        {"key": ["OT"] * 9 + ["PT"] * 3 + ["Both"], "answer": ["OT"] * 8 + ["PT"] * 4 + ["OT"]}
    )
    ax = otpt.plot_confusion(answers)
    image = ax.get_images()[0]
    values = image.get_array()
    for t in ax.texts:
        if t.get_text() and t.get_text()[0].isdigit():
            x, y = (round(v) for v in t.get_position())
            cell = image.cmap(image.norm(values[y, x]))
            assert cell[0] == cell[1] == cell[2], "a count's cell is a shade of grey"
            assert contrast(t.get_color(), cell) >= 4.5, t.get_text()
