"""Letters no installed font has: drawn as "?", and said once, on the chart.

`fonts.fit_fonts` finds the letters no installed font has; this module shows them as "?"
(in texts and in tick labels made later, when the figure is drawn) and adds one note under
the chart naming the fonts to install (README: "Activity names in any script").
"""

from __future__ import annotations

import textwrap

from matplotlib.font_manager import FontProperties
from matplotlib.ticker import Formatter

from ..language import N_
from ..language import gettext as _

__all__ = ["FONT_NOTE_GID", "INSTALL_FONTS", "WithoutMissing", "missing_letters", "note_missing_letters"]

#: The gid of the note drawn when no installed font has some letters.
FONT_NOTE_GID = "otpt-font-note"
#: What to install, in the words of the note.
INSTALL_FONTS = N_(
    "install the Noto fonts (Debian: fonts-noto-core fonts-noto-cjk; conda: font-ttf-noto font-ttf-noto-cjk)"
)


def missing_letters(text: str, missing: set[str]) -> str:
    """``text`` with each letter of ``missing`` as "?".

    >>> missing_letters("Tea ☕ time", {"☕"})
    'Tea ? time'
    """
    return "".join("?" if c in missing else c for c in text)


def note_missing_letters(fig, missing: set[str]) -> None:
    """Say once, under the chart, that some letters have no font here (drawn as "?")."""
    if any(t.get_gid() == FONT_NOTE_GID for t in fig.texts):
        return  # said once
    note = _(
        "Some letters ({n}, such as {example}) have no font on this computer and are shown as ?; to draw "
        "them, {install}, then restart the kernel."
    ).format(n=len(missing), example=f"U+{ord(min(missing)):04X}", install=_(INSTALL_FONTS))
    note = textwrap.fill(note, 110)
    if getattr(fig, "_supxlabel", None) is None and fig.get_layout_engine() is not None:
        fig.supxlabel(note, fontsize="small", gid=FONT_NOTE_GID)  # the layout makes room for it
        return
    # No layout engine: the figure grows by a strip at the bottom, everything else keeps its place.
    width, height = fig.get_size_inches()
    lines = note.count("\n") + 1
    strip = (lines * 1.3 + 0.6) * FontProperties(size="small").get_size_in_points() / 72
    grown = height + strip
    for ax in fig.axes:
        x, y, w, h = ax.get_position().bounds
        ax.set_position([x, (y * height + strip) / grown, w, h * height / grown])
    for text in fig.texts:
        if text.get_transform() == fig.transFigure:
            x, y = text.get_position()
            text.set_position((x, (y * height + strip) / grown))
    fig.set_size_inches(width, grown)
    fig.text(0.01, 0.3 * strip / grown, note, fontsize="small", ha="left", va="bottom", gid=FONT_NOTE_GID)


class WithoutMissing(Formatter):
    """A tick formatter's labels with the letters no font has as "?"."""

    def __init__(self, formatter: Formatter, missing: set[str]):
        self.formatter, self.missing = formatter, missing

    def __call__(self, x, pos=None):
        """The wrapped formatter's label for ``x``, missing letters as "?"."""
        return missing_letters(self.formatter(x, pos), self.missing)

    def format_ticks(self, values):
        """The wrapped formatter's labels for ``values``, missing letters as "?"."""
        return [missing_letters(s, self.missing) for s in self.formatter.format_ticks(values)]

    def set_axis(self, axis):
        """Set the axis of this formatter and of the one it wraps."""
        super().set_axis(axis)
        self.formatter.set_axis(axis)
