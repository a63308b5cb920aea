"""Text in charts that never collides: short unique labels, counts kept inside their bars,
and room made in the Axes for labels drawn past the end of a bar.

An instructor's activity names can be 120 characters long and two of them can start the
same way; a projector style draws everything half as large again. The helpers here decide
from measured text sizes (after the figure's layout), not from character counts alone.
"""

from __future__ import annotations

import textwrap
import weakref
from collections import Counter

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.font_manager import FontProperties

__all__ = [
    "ELLIPSIS",
    "first_that_fits",
    "keep_inside_bars",
    "make_room_right",
    "row_height",
    "unique_labels",
    "wrap_label",
]

ELLIPSIS = "\u2026"


def wrap_label(text, width: int = 26, lines: int = 2) -> str:
    """``text`` wrapped at ``width`` characters on at most ``lines`` lines; the last line
    ends with "…" where the text was cut (a word longer than a line is split)."""
    wrapped = textwrap.wrap(str(text), width) or [str(text)]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        last = wrapped[-1]
        while len(last) + 2 > width and " " in last:
            last = last.rsplit(" ", 1)[0]  # cut at a word where there is one
        wrapped[-1] = last[: width - 2].rstrip(" ,;:") + " " + ELLIPSIS
    return "\n".join(wrapped)


def _head_and_tail(text: str, width: int, lines: int) -> str:
    """The start of ``text`` on ``lines - 1`` lines and its end on the last: the words that
    tell two long names apart are often the last ones."""
    text = " ".join(str(text).split())
    end = text[-(width - 2) :]
    if " " in end and len(end) < len(text):
        end = end.split(" ", 1)[1]  # start the end at a word
    head = wrap_label(text[: len(text) - len(end)], width, lines - 1) if lines > 1 else ""
    head = head.removesuffix(" " + ELLIPSIS)
    return f"{head}\n{ELLIPSIS} {end}" if head else f"{ELLIPSIS} {end}"


def unique_labels(names, width: int = 26, lines: int = 2) -> list[str]:
    """One label per name, wrapped and cut as `wrap_label` does, and never the same label for
    two different entries: where cutting makes two alike, their ends are shown instead, and
    where even that is alike, a number is added - "(2)", "(3)" - in the order given.

    Example:
        >>> unique_labels(["Putting on a shirt after a stroke, weaker left side",
        ...                "Putting on a shirt after a stroke, weaker right side"], width=20)
        ['Putting on a shirt\\n… weaker left side', 'Putting on a shirt\\n… weaker right side']
    """
    names = [str(n) for n in names]
    labels = [wrap_label(n, width, lines) for n in names]
    for label, n in Counter(labels).items():
        if n > 1 and label.endswith(ELLIPSIS):  # cut alike: show how each one ends
            for i in [i for i, other in enumerate(labels) if other == label]:
                labels[i] = _head_and_tail(names[i], width, lines)
    seen: Counter = Counter()
    total = Counter(labels)
    for i, label in enumerate(labels):
        if total[label] > 1:
            seen[label] += 1
            labels[i] = f"{label} ({seen[label]})"
    return labels


def row_height(lines: int = 2, *, gap: float = 0.14) -> float:
    """Inches a bar chart needs per row for tick labels of ``lines`` lines in the current
    style (the y tick font size, line spacing 1.25), plus ``gap`` inches between rows."""
    size = FontProperties(size=mpl.rcParams["ytick.labelsize"]).get_size_in_points()
    return lines * size * 1.25 / 72 + gap


#: The figures `_laid_out` measured texts in, with their own canvas's renderer. matplotlib keeps
#: the sizes it measured per renderer, so `otpt.render.figures` lays such a figure out again
#: with that renderer (a tenth of the time to draw a chart with many labels) before drawing it.
MEASURED: weakref.WeakSet = weakref.WeakSet()


def _laid_out(fig):
    """Run ``fig``'s layout engine once and return a renderer to measure texts with."""
    engine = fig.get_layout_engine()
    if engine is not None:
        engine.execute(fig)
    for ax in fig.axes:
        ax.apply_aspect()  # an equal-aspect Axes takes its final size only when drawn
    if not hasattr(fig.canvas, "get_renderer"):  # a bare Figure() has no drawing canvas yet
        FigureCanvasAgg(fig)
    MEASURED.add(fig)
    return fig.canvas.get_renderer()  # every Agg-based canvas: inline, ipympl, Agg, pyplot


def keep_inside_bars(ax, labels, *, renderer=None) -> None:
    """Hide each label that is wider than its bar segment.

    ``labels`` are (Text, x_start, x_end) in data coordinates, for horizontal bars of the
    given ``ax``. ``renderer``: one `make_room_right` returned, when the figure has just
    been laid out (else it is laid out here).
    """
    if not labels:
        return
    renderer = renderer or _laid_out(ax.figure)
    for text, start, end in labels:
        (x0, _), (x1, _) = ax.transData.transform([(start, 0), (end, 0)])
        box = text.get_window_extent(renderer)
        if box.width + 4 > abs(x1 - x0):
            text.set_visible(False)


def make_room_right(ax, texts, *, pad: float = 6.0):
    """Widen ``ax``'s x range so each text (drawn right of its data x) ends inside the Axes,
    ``pad`` pixels short of the edge. Returns the renderer it measured with (None when
    there was nothing to measure)."""
    if not texts:
        return None
    renderer = _laid_out(ax.figure)
    left, right = ax.get_xlim()
    width = ax.get_window_extent(renderer).width
    needed = right
    for text in texts:
        x, y = text.xy if hasattr(text, "xy") else text.get_position()
        beyond = text.get_window_extent(renderer).x1 - ax.transData.transform((x, y))[0] + pad
        needed = max(needed, left + (x - left) * width / max(width - beyond, 0.2 * width))
    ax.set_xlim(left, needed)
    return renderer


def first_that_fits(ax, text, variants, *, bottom=None, left=None, right=None) -> None:
    """Give ``text`` the first of ``variants`` (longest first) that stays inside ``ax``'s
    width - or between ``left`` and ``right`` - and above ``bottom`` (data coordinates,
    each optional); the text is emptied when none does."""
    renderer = _laid_out(ax.figure)
    edges = ax.get_window_extent(renderer)
    to_pixels = ax.transData.transform
    x0 = edges.x0 if left is None else to_pixels((left, 0))[0]
    x1 = edges.x1 if right is None else to_pixels((right, 0))[0]
    y0 = -float("inf") if bottom is None else to_pixels((0, bottom))[1]
    for variant in [*variants, ""]:
        text.set_text(variant)
        if not variant:
            return
        box = text.get_window_extent(renderer)
        if box.x0 >= x0 - 1 and box.x1 <= x1 + 1 and box.y0 >= y0:
            return
