"""Explicit, opt-in plot styling for a laptop screen or a lecture-hall projector.

In the notebook style the smallest text (ticks, legends: 11 pt, 14.7 px on the page) is at
least a lesson's body text (JupyterLab's 14 px) when a figure is shown at its own size; the
projector style is about 1.4 times that.

Nothing here runs at import: call `set_style` yourself (as seaborn's ``set_theme``).
"""

from __future__ import annotations

from urllib.parse import parse_qs

import matplotlib as mpl

from ..io.booth_settings import page_query

__all__ = ["page_style", "set_style", "style_params"]

_CONTEXTS = {
    "notebook": {
        "font.size": 12,
        "axes.titlesize": 14,
        "axes.labelsize": 12,
        "lines.linewidth": 1.5,
        "xtick.labelsize": 11,
        "ytick.labelsize": 11,
        "legend.fontsize": 11,
        "figure.dpi": 100,
    },
    "projector": {
        "font.size": 17,
        "axes.titlesize": 20,
        "axes.labelsize": 17,
        "lines.linewidth": 3,
        "xtick.labelsize": 15,
        "ytick.labelsize": 15,
        "legend.fontsize": 15,
        "figure.dpi": 110,
    },
}


def style_params(context: str = "notebook") -> dict:
    """The matplotlib settings `set_style` applies for ``context``."""
    if context not in _CONTEXTS:
        raise ValueError(f"context must be one of {', '.join(_CONTEXTS)}, not {context!r}")
    return {**_CONTEXTS[context], "axes.spines.top": False, "axes.spines.right": False}


def set_style(context: str = "notebook") -> dict:
    """Size fonts and lines for ``"notebook"`` (a laptop) or ``"projector"`` (a lecture hall).

    Changes matplotlib's rcParams for the rest of the session; returns what it set.

    Example:
        >>> with mpl.rc_context():  # the change lasts only inside this block
        ...     params = set_style("projector")
        ...     mpl.rcParams["font.size"] == params["font.size"]
        True
    """
    params = style_params(context)
    mpl.rcParams.update(params)
    return params


def page_style(query: str | None = None) -> str:
    """The style the page's address asks for: ``"projector"`` for ``?style=projector``
    (Voila passes the address on; `make present` and a hub's Voila link alike), else
    ``"notebook"`` - also for a value otpt does not know, so a typo never stops a lesson.

    Lessons start with ``otpt.set_style(otpt.page_style())``: an instructor switches a
    lesson to projector sizes from the address bar, with no code to edit.

    Example:
        >>> page_style("style=projector"), page_style(""), page_style("style=huge")
        ('projector', 'notebook', 'notebook')
    """
    wanted = parse_qs(page_query() if query is None else query).get("style", [""])[-1]
    return wanted if wanted in _CONTEXTS else "notebook"
