"""What every plot shares: text drawn as written, and one note for empty data."""

from __future__ import annotations

import functools
import textwrap
import warnings

import matplotlib as mpl
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import Formatter

from .chart_text import first_that_fits
from .fonts import font_chain, missing_letters, note_missing_letters

__all__ = ["EMPTY_GID", "literal_text", "note_empty", "relative_luminance"]

#: The gid of the note `note_empty` draws, so a test (or a reader of the SVG) can find it.
EMPTY_GID = "otpt-empty-note"


def literal_text(plot):
    """Draw every text of ``plot`` as written, in any script. For every plot function that
    draws text from a CSV or a learner.

    An activity called "$5 bus fare" shows its dollar signs instead of being read as
    matplotlib mathtext (which fails or mangles it); names in a script the style's font
    lacks (Chinese, Thai, Arabic...) are drawn with an installed font that has them
    (`otpt.plots.fonts`), chosen before drawing so every size is measured in it; letters
    no installed font has are drawn as "?" with one note on the chart, not as boxes with
    a warning per letter.
    """

    @functools.wraps(plot)
    def drawn(*args, **kwargs):
        chain, _ = font_chain(_strings([args, kwargs]))
        params = {"text.parse_math": False} | ({"font.family": chain} if chain else {})
        with mpl.rc_context(params), warnings.catch_warnings():
            # letters no font has: measuring them warns once per letter; _fit_fonts says it once
            warnings.filterwarnings("ignore", "Glyph .* missing from font", UserWarning)
            result = plot(*args, **kwargs)
            _fit_fonts(result)
        return result

    return drawn


def _strings(value, depth: int = 0) -> list[str]:
    """Every text in what a plot was given: DataFrames' and Series' cells, index and
    column names, dicts, lists and plain strings (numbers and other objects left out)."""
    if isinstance(value, str):
        return [value]
    if depth > 4:
        return []
    if isinstance(value, pd.DataFrame):
        found = [str(c) for c in value.columns]
        for column in value.columns:
            found += _series_text(value[column])
        return found + _series_text(value.index.to_series())
    if isinstance(value, pd.Series):
        return _series_text(value) + _series_text(value.index.to_series())
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k, depth + 1), *_strings(v, depth + 1))]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _strings(v, depth + 1)]
    return []


def _series_text(values: pd.Series) -> list[str]:
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return []
    if isinstance(values.dtype, pd.CategoricalDtype):
        return [str(c) for c in values.cat.categories]
    return [s for v in values.to_numpy() for s in _strings(v, 4)]


class _WithoutMissing(Formatter):
    """A tick formatter's labels with the letters no font has as "?"."""

    def __init__(self, formatter: Formatter, missing: set[str]):
        self.formatter, self.missing = formatter, missing

    def __call__(self, x, pos=None):
        return missing_letters(self.formatter(x, pos), self.missing)

    def format_ticks(self, values):
        return [missing_letters(s, self.missing) for s in self.formatter.format_ticks(values)]

    def set_axis(self, axis):
        super().set_axis(axis)
        self.formatter.set_axis(axis)


def _fit_fonts(result) -> None:
    """Give every text already drawn the fonts its letters need (the names a plot made
    itself, symbols), and say once what no installed font has."""
    fig = getattr(result, "figure", result)
    if not isinstance(fig, Figure):
        fig = getattr(result, "get_figure", lambda: None)()
        if not isinstance(fig, Figure):
            return
    texts = [t for t in fig.findobj(Text) if t.get_text() and not t.get_text().isascii()]
    if not texts:
        return
    chain, missing = font_chain([t.get_text() for t in texts])
    for text in texts:
        if chain:
            text.set_fontfamily(chain)
        if missing and any(c in missing for c in text.get_text()):
            text.set_text(missing_letters(text.get_text(), missing))
    if chain:
        for ax in fig.axes:
            ax.tick_params(labelfontfamily=chain)  # ticks made later, when the figure is drawn
    if missing:
        for ax in fig.axes:  # tick labels are made again from their formatter when drawn
            for axis in (ax.xaxis, ax.yaxis):
                if any(c in missing for t in axis.get_ticklabels() for c in t.get_text()):
                    axis.set_major_formatter(_WithoutMissing(axis.get_major_formatter(), missing))
        note_missing_letters(fig, missing)


def note_empty(ax: Axes, text: str = "No answers yet") -> Axes:
    """Write ``text`` in the middle of an Axes that has no data to show, so an empty chart
    says why it is empty instead of looking broken. Returns the Axes.

    >>> import matplotlib.figure
    >>> ax = note_empty(matplotlib.figure.Figure().subplots(), "No activities to show")
    >>> [t.get_text().replace("\\n", " ") for t in ax.texts if t.get_gid() == EMPTY_GID]
    ['No activities to show']
    """
    note = ax.text(
        0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize="large", gid=EMPTY_GID
    )
    # the whole sentence on one line if the Axes is wide enough, else on two or three
    variants = [text, *(textwrap.fill(text, len(text) // n + 4) for n in (2, 3)), "\n".join(text.split())]
    first_that_fits(ax, note, list(dict.fromkeys(variants)))
    if not note.get_text():  # nothing fits (a tiny Axes): one word per line
        note.set_text(variants[-1])
    return ax


def relative_luminance(colour) -> float:
    """WCAG 2.1's relative luminance of a matplotlib colour: 0 black .. 1 white.

    >>> relative_luminance("white"), relative_luminance("black")
    (1.0, 0.0)
    """

    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in mpl.colors.to_rgb(colour))
    return round(0.2126 * r + 0.7152 * g + 0.0722 * b, 6)
