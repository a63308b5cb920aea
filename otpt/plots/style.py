"""Explicit, opt-in plot styling for a laptop screen or a lecture-hall projector.

Nothing here runs at import: call `set_style` yourself (as seaborn's ``set_theme``).
"""

from __future__ import annotations

import matplotlib as mpl

__all__ = ["set_style", "style_params"]

_CONTEXTS = {
    "notebook": {"font.size": 11, "axes.titlesize": 13, "axes.labelsize": 11, "lines.linewidth": 1.5,
                 "xtick.labelsize": 10, "ytick.labelsize": 10, "legend.fontsize": 10, "figure.dpi": 100},
    "projector": {"font.size": 17, "axes.titlesize": 20, "axes.labelsize": 17, "lines.linewidth": 3,
                  "xtick.labelsize": 15, "ytick.labelsize": 15, "legend.fontsize": 15, "figure.dpi": 110},
}  # fmt: skip


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
