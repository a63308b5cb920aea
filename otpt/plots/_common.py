"""What every plot shares: text drawn as written, and one note for empty data."""

from __future__ import annotations

import functools
import textwrap
import warnings

import matplotlib as mpl
from matplotlib.axes import Axes

from ..language import gettext as _
from .chart_text import first_that_fits
from .fonts import fit_fonts, font_chain, texts_in

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
        chain, _missing = font_chain(texts_in([args, kwargs]))
        params = {"text.parse_math": False} | ({"font.family": chain} if chain else {})
        with mpl.rc_context(params), warnings.catch_warnings():
            # letters no font has: measuring them warns once per letter; fit_fonts says it once
            warnings.filterwarnings("ignore", "Glyph .* missing from (current )?font", UserWarning)
            result = plot(*args, **kwargs)
            fit_fonts(result)
        return result

    return drawn


def note_empty(ax: Axes, text: str | None = None) -> Axes:
    """Write ``text`` in the middle of an Axes that has no data to show, so an empty chart
    says why it is empty instead of looking broken. Returns the Axes.

    >>> import matplotlib.figure
    >>> ax = note_empty(matplotlib.figure.Figure().subplots(), "No activities to show")
    >>> [t.get_text().replace("\\n", " ") for t in ax.texts if t.get_gid() == EMPTY_GID]
    ['No activities to show']
    """
    text = _("No answers yet") if text is None else text
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
    """WCAG 2.1's relative luminance of a matplotlib color: 0 black .. 1 white.

    >>> relative_luminance("white"), relative_luminance("black")
    (1.0, 0.0)
    """

    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in mpl.colors.to_rgb(colour))
    return round(0.2126 * r + 0.7152 * g + 0.0722 * b, 6)
