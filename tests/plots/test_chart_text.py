"""Chart labels: short enough for a projector, and never the same for two activities."""

import doctest

import matplotlib.pyplot as plt
from hypothesis import given, settings
from hypothesis import strategies as st

from otpt.plots import chart_text
from otpt.plots.chart_text import ELLIPSIS, keep_inside_bars, make_room_right, unique_labels, wrap_label

NAMES = st.lists(st.text(max_size=120), max_size=30)


def test_the_docstring_example_holds():
    assert doctest.testmod(chart_text).failed == 0


@settings(deadline=None)  # examples: the profile (tests/_lanes.py: dev 30, ci 300)
@given(NAMES, st.integers(8, 40), st.integers(1, 3))
def test_labels_are_unique_short_and_one_per_name(names, width, lines):
    labels = unique_labels(names, width=width, lines=lines)
    assert len(labels) == len(names)
    assert len(set(labels)) == len(labels)
    for label in labels:
        assert label.count("\n") < max(lines, 2)


def test_two_long_names_alike_at_the_start_show_their_ends():
    start = "Putting on a shirt after a stroke, sitting on the edge of the bed, weaker side on the "
    labels = unique_labels([start + "left", start + "right", "Making tea"])
    assert labels[2] == "Making tea"
    assert labels[0].endswith("side on the left") and labels[1].endswith("side on the right")
    assert labels[0].startswith("Putting on a shirt") and ELLIPSIS in labels[0]


def test_the_same_name_twice_is_numbered():
    assert unique_labels(["Making tea", "Making tea"]) == ["Making tea (1)", "Making tea (2)"]


def test_wrap_label_cuts_at_a_word_and_says_so():
    assert (
        wrap_label("Walking with a walker after knee replacement", 20)
        == "Walking with a\nwalker after knee " + ELLIPSIS
    )
    assert wrap_label("Making tea", 20) == "Making tea"


def test_a_label_wider_than_its_bar_is_hidden_and_one_that_fits_stays():
    fig, ax = plt.subplots(figsize=(4, 2), layout="constrained")
    ax.barh([0], [2], left=[0])
    ax.barh([0], [98], left=[2])
    narrow = ax.text(1, 0, "2% of them", ha="center")
    wide = ax.text(51, 0, "98%", ha="center")
    ax.set_xlim(0, 100)
    keep_inside_bars(ax, [(narrow, 0, 2), (wide, 2, 100)])
    assert not narrow.get_visible() and wide.get_visible()


def test_room_is_made_for_a_label_past_the_end_of_a_bar():
    fig, ax = plt.subplots(figsize=(4, 2), layout="constrained")
    ax.barh([0], [100])
    label = ax.annotate("500 of 500", (100, 0), xytext=(4, 0), textcoords="offset points")
    ax.set_xlim(0, 100)
    make_room_right(ax, [label])
    fig.canvas.draw()
    assert label.get_window_extent().x1 < ax.get_window_extent().x1
    assert ax.get_xlim()[1] > 100
