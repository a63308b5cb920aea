"""Chart titles placed once, at a height worked out from what sits above the Axes.

Left to matplotlib, a title re-measures the Axes' tick labels on every layout pass and
every draw, to stay clear of anything along the top: a tenth to a third of the time it
takes to draw one of our charts. Each chart here knows what is above its Axes - nothing,
or a row of tick labels and perhaps an axis label - so the title's gap is computed from
their fonts instead (measured without a renderer). The picture is the same to a pixel or
two; tests check the title clears the labels with the usual gap, in both styles.
"""

from __future__ import annotations

import matplotlib as mpl
from matplotlib.textpath import text_to_path

__all__ = ["place_title"]


def _line_height(text) -> float:
    """Height in points of one line of ``text``, as matplotlib lays out a line ("lp")."""
    _, height, _ = text_to_path.get_text_width_height_descent("lp", text.get_fontproperties(), ismath=False)
    return height


def _descent(text) -> float:
    """How far in points ``text``'s letters reach below its baseline ("lp")."""
    _, _, descent = text_to_path.get_text_width_height_descent("lp", text.get_fontproperties(), ismath=False)
    return descent


def place_title(ax, title: str) -> None:
    """Set ``title`` on ``ax``, above any tick labels and axis label along its top.

    Call it last, once the ticks and labels are set.
    """
    pad = mpl.rcParams["axes.titlepad"]
    if ax.axison:
        ticks = ax.xaxis.get_major_ticks()
        if ticks and ticks[0].label2.get_visible() and ticks[0].label2.get_text():
            tick = ticks[0]
            # the title sits on its baseline: its descent is kept clear of the labels too (without
            # it, labels drawn with no tick marks came within a pixel or two of the title)
            pad += tick.get_tick_padding() + tick.get_pad() + _line_height(tick.label2) + _descent(ax.title)
        label = ax.xaxis.label
        if ax.xaxis.get_label_position() == "top" and label.get_visible() and label.get_text():
            pad += ax.xaxis.labelpad + _line_height(label)
    ax.set_title(title, y=1.0, pad=pad)
