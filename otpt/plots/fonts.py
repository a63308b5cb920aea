"""Chart text in any script: a font that has the letters, or one plain note.

A bank's activity names may be Chinese, Greek, Thai, Arabic, Devanagari...; matplotlib
draws every letter its font lacks as a box, with a warning per letter. `font_chain` finds,
among the fonts installed, the ones that have the letters the chart will draw and puts
them after the style's own font (matplotlib falls back along the list, letter by letter).
Letters no installed font has are drawn as "?" and `note_missing_letters` says so once,
on the chart, naming the fonts to install (font_note.py; README: "Activity names in any
script").

Nothing here runs at import; the fonts are looked at only for text that is not ASCII.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os

import matplotlib as mpl
import pandas as pd
from matplotlib import font_manager
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text

from .font_note import FONT_NOTE_GID, INSTALL_FONTS, WithoutMissing, missing_letters, note_missing_letters

__all__ = [
    "FONT_NOTE_GID",
    "INSTALL_FONTS",
    "fit_fonts",
    "font_chain",
    "missing_letters",
    "note_missing_letters",
    "texts_in",
]

# Fonts known to cover a script well, tried first (any other installed font is tried after).
_PREFERRED = (
    "Noto Sans",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Sans CJK SC",
    "Noto Sans CJK KR",
    "Noto Sans Mono CJK JP",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Source Han Sans",
    "Droid Sans Fallback",
    "Noto Sans Thai",
    "Noto Sans Arabic",
    "Noto Naskh Arabic",
    "Noto Sans Devanagari",
    "Noto Sans Hebrew",
    "Noto Sans Bengali",
    "Noto Sans Tamil",
    "Noto Sans Armenian",
    "Noto Sans Georgian",
    "Noto Sans Ethiopic",
    "Noto Sans Sinhala",
    "Noto Sans Khmer",
    "Noto Sans Lao",
    "Noto Sans Myanmar",
    "Noto Sans Gujarati",
    "Noto Sans Gurmukhi",
    "Noto Sans Kannada",
    "Noto Sans Malayalam",
    "Noto Sans Telugu",
    "Noto Sans Symbols",
    "Noto Sans Symbols2",
    "Loma",
    "Garuda",
    "Lohit Devanagari",
    "FreeSans",
    "DejaVu Sans",
    "Liberation Sans",
    "Microsoft YaHei",
    "Microsoft JhengHei",
    "Yu Gothic",
    "Meiryo",
    "Malgun Gothic",
    "Leelawadee UI",
    "Nirmala UI",
    "Segoe UI",
    "Tahoma",
    "Arial Unicode MS",
    "PingFang TC",
    "Hiragino Sans",
    "Apple SD Gothic Neo",
    "Thonburi",
    "Kohinoor Devanagari",
    "Geeza Pro",
    "Arial",
)
# Fonts that draw a placeholder for every letter, or symbols only: never a fallback.
_NEVER = ("Last Resort", "STIX", "cm", "DejaVu Math")


def _letters(texts) -> set[str]:
    """The characters of ``texts`` a font must have (not ASCII, not spaces or controls)."""
    return {
        c
        for text in texts
        if not text.isascii()
        for c in text
        if not c.isascii() and c.isprintable() and not c.isspace()
    }


@functools.cache
def _charmap(path: str) -> frozenset[int]:
    try:
        return frozenset(font_manager.get_font(path).get_charmap())
    except (OSError, RuntimeError, ValueError):  # a font file FreeType cannot open
        return frozenset()


def _primary() -> tuple[str, str]:
    """The style's own font: (family name, file)."""
    path = font_manager.fontManager.findfont(FontProperties(family=mpl.rcParams["font.family"]))
    return font_manager.get_font(path).family_name, path


def _candidates() -> list[tuple[str, str]]:
    """(family name, file) of every installed font that may serve as a fallback: the
    preferred ones first, then the rest by name; one regular-weight file per family."""
    files: dict[str, str] = {}
    for entry in sorted(
        font_manager.fontManager.ttflist, key=lambda e: (e.weight != 400, e.style != "normal")
    ):
        if not entry.name.startswith(_NEVER):
            files.setdefault(entry.name, entry.fname)
    order = {name: i for i, name in enumerate(_PREFERRED)}
    return sorted(files.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))


@functools.lru_cache(maxsize=1)
def _add_system_fonts() -> bool:
    """Make matplotlib see fonts installed after its font cache was built (once a process;
    it only adds fonts). True when it found any."""
    known = {os.path.realpath(e.fname) for e in font_manager.fontManager.ttflist}
    added = False
    for path in font_manager.findSystemFonts():
        if os.path.realpath(path) not in known:
            try:
                font_manager.fontManager.addfont(path)
                added = True
            except (OSError, RuntimeError, ValueError):
                continue
    return added


def font_chain(texts) -> tuple[list[str], set[str]]:
    """The font families to draw ``texts`` with, and the letters no installed font has.

    Returns ``([], set())`` when the style's own font has every letter (all ASCII text,
    say) - then nothing needs changing. Otherwise the style's font first, then the fewest
    installed fonts (preferred ones first) that have the other letters.

    >>> font_chain(["Dressing after a stroke"])
    ([], set())
    """
    letters = _letters(texts)
    if not letters:
        return [], set()
    primary, path = _primary()
    need = {c for c in letters if ord(c) not in _charmap(path)}
    if not need:
        return [], set()
    chain = [primary]
    for attempt in range(2):
        for name, fname in _candidates():
            if need and name not in chain:
                found = {c for c in need if ord(c) in _charmap(fname)}
                if found:
                    chain.append(name)
                    need -= found
        if not need or (attempt == 0 and not _add_system_fonts()):
            break
    chain = chain if len(chain) > 1 else []
    if chain:
        _quiet_weight_fallback()
    return chain, need


class _WeightFallback(logging.Filter):
    """Drops matplotlib's "Failed to find font weight bold for <a fallback font>" lines:
    a script's font often has one weight, and a bold title in it is what was asked for."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("findfont: Failed to find font weight")


@functools.lru_cache(maxsize=1)
def _quiet_weight_fallback() -> None:
    """Add `_WeightFallback` to matplotlib's font logger, once, when a fallback font is
    first used (never at import)."""
    logging.getLogger("matplotlib.font_manager").addFilter(_WeightFallback())


def texts_in(value, depth: int = 0) -> list[str]:
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
        return [s for k, v in value.items() for s in (*texts_in(k, depth + 1), *texts_in(v, depth + 1))]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in texts_in(v, depth + 1)]
    return []


def _series_text(values: pd.Series) -> list[str]:
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return []
    if isinstance(values.dtype, pd.CategoricalDtype):
        return [str(c) for c in values.cat.categories]
    cells = values.to_numpy()
    with contextlib.suppress(TypeError):  # cells that cannot be compared (lists): every one
        cells = pd.unique(cells)  # each text once: a class's 600 answers repeat 20 activities' names
    return [s for v in cells for s in texts_in(v, 4)]


def _texts(artist) -> list[Text]:
    """Every text in ``artist``, as ``findobj(Text)`` finds them - but not in the axes of an
    Axes drawn without them (``axis("off")``): asking those for their children makes a
    dozen ticks that are never drawn (half the time it took to make a care-team plan's chart)."""
    found = [artist] if isinstance(artist, Text) else []
    for child in artist.get_children():
        if not (isinstance(child, Axis) and not child.axes.axison):
            found += _texts(child)
    return found


def fit_fonts(result) -> None:
    """Give every text already drawn the fonts its letters need (the names a plot made
    itself, symbols), and say once what no installed font has."""
    fig = getattr(result, "figure", result)
    if not isinstance(fig, Figure):
        fig = getattr(result, "get_figure", lambda: None)()
        if not isinstance(fig, Figure):
            return
    texts = [t for t in _texts(fig) if t.get_text() and not t.get_text().isascii()]
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
        for ax in fig.axes:  # tick labels are made again from their formatter when drawn (and
            for axis in (ax.xaxis, ax.yaxis):  # matplotlib < 3.9 has none to read before that)
                if not isinstance(axis.get_major_formatter(), WithoutMissing):
                    axis.set_major_formatter(WithoutMissing(axis.get_major_formatter(), missing))
        note_missing_letters(fig, missing)
