"""What a saved lesson shows in place of a widget before its cell runs.

A lesson is saved executed, and a widget's output keeps, beside the widget's view, a
text form that JupyterLab, Notebook 7 and static renderers (GitHub, nbviewer) show when
they cannot draw the widget: an untrusted notebook opened from a hub link, a kernel not
started yet. ipywidgets makes that text ``ClassifyQuiz(children=(HTML(value=...``; otpt's
widgets give these words instead: what the widget is, and how to start it.
"""

from __future__ import annotations

from html import escape

from ..language import get_language
from ..language import gettext as _

__all__ = ["placeholder_html", "placeholder_text"]


def placeholder_text(what: str) -> str:
    """The plain-text placeholder.

    >>> placeholder_text("The classification quiz")
    '[The classification quiz appears here when this cell runs: click in the cell and press Shift+Enter, or choose Run > Run All Cells.]'
    """
    return _(
        "[{what} appears here when this cell runs: click in the cell and press Shift+Enter, or choose Run > Run All Cells.]"
    ).format(what=what)


def placeholder_html(what: str) -> str:
    """The placeholder as a boxed note (HTML renderers show it even in an untrusted notebook)."""
    note = _(
        "<b>{what}</b> appears here when this cell runs: click in the cell and press "
        "<kbd>Shift</kbd>+<kbd>Enter</kbd>, or choose <b>Run &gt; Run All Cells</b>."
    ).format(what=escape(what))
    return (
        f'<div class="otpt-placeholder" role="note" lang="{get_language()}" style="border:1px dashed #767676;'
        f'border-radius:4px;padding:0.5em 0.8em;margin:0.3em 0">{note}</div>'
    )
