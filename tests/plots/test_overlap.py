"""The overlap diagram, one or several one above the other: circles, counts, names that fit, readable text."""

import functools

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex
from matplotlib.patches import Circle, Polygon

import otpt

from .. import _banks as banks

bank_of = functools.partial(
    banks.bank_of, columns=["activity", "lead", "setting", "skills", "ot_focus", "pt_focus"]
)


MIXED = banks.bank_of(banks.MIXED_ROWS, columns=banks.OVERLAP_COLUMNS)


LOPSIDED = MIXED[MIXED["lead"] == "OT"].reset_index(drop=True)


EMPTY = MIXED.iloc[:0]


def texts(ax):
    return [t.get_text() for t in ax.texts]


def contrast_on_white(colour):
    def linear(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in mpl.colors.to_rgb(colour))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_overlap_diagram_draws_two_circles_a_lens_and_the_counts():
    fig, ax = plt.subplots()
    assert otpt.plot_overlap(MIXED, ax=ax, examples=1) is ax
    circles = [p for p in ax.patches if isinstance(p, Circle)]
    lens = [p for p in ax.patches if isinstance(p, Polygon)]
    assert len(circles) == 2 and len(lens) == 1
    assert {to_hex(c.get_edgecolor()) for c in circles} == {
        otpt.PALETTE["OT"].lower(),
        otpt.PALETTE["PT"].lower(),
    }
    assert to_hex(lens[0].get_facecolor()) == otpt.PALETTE["Both"].lower()
    shown = texts(ax)
    for label in ("OT leads", "Both", "PT leads", "2", "1", "Dressing", "Walking", "Bed to chair"):
        assert label in shown
    assert "Cooking" not in shown  # examples=1


def test_overlap_diagram_text_is_readable_on_white():
    ax = otpt.plot_overlap(MIXED, title="Who leads?")
    colours = {t.get_text(): t.get_color() for t in ax.texts}
    assert colours["OT"] != "black" and colours["PT"] != "black"  # coloured like their circles
    for text in [*ax.texts, ax.title]:
        assert contrast_on_white(text.get_color()) >= 4.5, (text.get_text(), text.get_color())


def test_overlap_diagram_lopsided_and_empty():
    shown = texts(otpt.plot_overlap(LOPSIDED))
    assert shown.count("0") == 2 and shown.count("(none)") == 2 and "2" in shown
    empty = texts(otpt.plot_overlap(EMPTY))
    assert empty.count("0") == 3 and empty.count("(none)") == 3
    assert otpt.describe_overlap(EMPTY) == "Overlap diagram of OT and PT: no activities to show."


def test_overlap_names_are_wrapped_to_fit():
    long = bank_of(
        [("A very long activity name that would spill out of its circle", "OT", "school", "", "x", "-")]
    )
    name = next(t for t in texts(otpt.plot_overlap(long, wrap=17)) if t.startswith("A very"))
    assert max(len(line) for line in name.splitlines()) <= 17


def test_overlaps_one_above_the_other_one_panel_per_group_in_order():
    groups = {"School": MIXED[MIXED["setting"] == "school"], "Nowhere": EMPTY}
    fig = otpt.plot_overlaps(groups, examples=1)
    assert [ax.get_title() for ax in fig.axes] == ["School", "Nowhere"]
    school, nowhere = (texts(ax) for ax in fig.axes)
    assert "Dressing" in school and "Walking" in school and "Bed to chair" not in school
    assert nowhere.count("(none)") == 3
    upper, lower = (ax.get_position() for ax in fig.axes)
    assert upper.y0 >= lower.y1  # one above the other, not overlapping
    assert fig.get_figwidth() == 9  # each as wide as a lesson: its text is not shrunk to fit
    text = otpt.describe_overlaps(groups, examples=1)
    assert text.startswith(
        "One above the other, from the top. School: Overlap diagram of 2 activities: OT leads 1"
    )
    assert text.endswith("Nowhere: Overlap diagram of OT and PT: no activities to show.")


def test_describe_overlap_states_counts_and_examples():
    text = otpt.describe_overlap(MIXED, examples=1)
    assert text.startswith("Overlap diagram of 4 activities: OT leads 2 (50%), e.g. Dressing.")
    assert "Both 1 (25%), e.g. Bed to chair" in text and "PT leads 1 (25%), e.g. Walking" in text
