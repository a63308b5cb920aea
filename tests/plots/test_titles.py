"""Chart titles are placed once (otpt.plots.titles) and must still clear what sits above the Axes."""

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import pytest

import otpt
from otpt.plots.titles import place_title

BANK = otpt.load_activities()
ANSWERS = pd.DataFrame({"key": ["OT", "Both", "PT", "PT"], "answer": ["OT", "PT", "PT", "Both"]})


def _gap_above(ax) -> tuple[float, float]:
    """Pixels between the title's bottom and the top of everything else on the Axes' top side,
    and between the title's bottom and the Axes' top edge."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    title = ax.title.get_window_extent(renderer)
    frame = ax.get_window_extent(renderer)
    xaxis = ax.xaxis.get_tightbbox(renderer)
    top = max(frame.y1, xaxis.y1 if xaxis is not None else frame.y1)
    plt.close(fig)
    return title.y0 - top, title.y0 - frame.y1


@pytest.mark.parametrize("context", ["notebook", "projector"])
@pytest.mark.parametrize(
    ("draw", "labels_on_top"),
    [
        (lambda: otpt.plot_skill_emphasis(BANK, title="Skills"), True),  # lead labels, no tick marks
        (lambda: otpt.plot_confusion(ANSWERS, title="Answers"), True),  # labels and an axis label
        (lambda: otpt.plot_spectrum(BANK, title="Spectrum"), False),  # nothing on top
        (lambda: otpt.plot_overlap(BANK, title="Overlap"), False),  # hidden axes
    ],
)
def test_title_clears_the_top_labels_with_the_usual_gap(context, draw, labels_on_top):
    with mpl.rc_context(otpt.style_params(context)):
        clear, _ = _gap_above(draw())
        pad = mpl.rcParams["axes.titlepad"] * mpl.rcParams["figure.dpi"] / 72  # matplotlib's own gap, in px
    # Never floating away; above a row of labels, clear of them by most of matplotlib's own pad
    # (review 34 read a 1-3 px gap over the heat map's labels as a collision). Over a bare
    # frame, matplotlib's own placement: the pad less the title's descent.
    assert 0 < clear < 1.6 * pad  # 1.51 of the pad on matplotlib 3.8's projector style
    if labels_on_top:
        assert clear > 0.6 * pad


def test_place_title_matches_matplotlib_when_nothing_is_on_top():
    fig, ax = plt.subplots()
    ax.bar(["OT", "Both", "PT"], [3, 2, 1])
    ax.set_title("Auto")
    _, auto = _gap_above(ax)
    fig, ax = plt.subplots()
    ax.bar(["OT", "Both", "PT"], [3, 2, 1])
    place_title(ax, "Placed")
    _, placed = _gap_above(ax)
    assert placed == pytest.approx(auto, abs=0.5)
