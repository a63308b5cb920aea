"""Show a matplotlib figure in a notebook together with its text alternative.

A figure shown the usual way is a PNG with no ``alt`` text, which screen readers skip.
`figure_html` renders the figure as an ``<img alt="...">`` with the description as its
alt text, and under it a closed "Describe this figure" that opens to the same words - so
every learner can have them, and the page is not a paragraph of numbers under each chart.

Figures are rendered as SVG: sharp at any zoom and on a projector, smaller than a PNG
for these charts, and quicker to draw (no rasterizing). Letters are drawn as shapes, so
the picture looks the same whatever fonts the learner's computer has. An SVG inside an
``<img>`` cannot run scripts, whatever text the activity bank holds. The ground is always
opaque white, so the figure stays readable on a dark theme's page.
"""

from __future__ import annotations

import base64
import html
import io

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.backends.backend_svg import FigureCanvasSVG

from ..language import get_language
from ..language import gettext as _
from ..plots.chart_text import MEASURED

__all__ = ["FigureHTML", "figure_html"]

# Fixed ids and no date: the same figure gives the same bytes, so saved lessons do not churn.
# An opaque white ground: black text on a transparent SVG would vanish on a dark page.
_SVG_SETTINGS = {
    "svg.fonttype": "path",
    "svg.hashsalt": "otpt",
    "svg.image_inline": True,
    "text.parse_math": False,
    "savefig.transparent": False,
}


class FigureHTML:
    """A rendered figure (SVG bytes) plus its description; displays itself as HTML in Jupyter."""

    def __init__(self, svg: bytes, description: str):
        self.svg = svg
        self.description = description
        self.lang = get_language()  # the language the description was written in

    def _repr_html_(self) -> str:
        text = html.escape(self.description)
        data = base64.b64encode(self.svg).decode("ascii")
        summary = _("Describe this figure")
        return (
            f'<figure lang="{self.lang}" style="margin:0">'
            f'<img src="data:image/svg+xml;base64,{data}" alt="{text}" style="max-width:100%;height:auto">'
            '<figcaption style="font-size:0.95em;line-height:1.4"><details>'
            f"<summary>{html.escape(summary)}</summary>"
            f"{text}</details></figcaption></figure>"
        )

    def __repr__(self) -> str:
        return f"<figure: {self.description}>"


def figure_html(ax_or_fig, description: str) -> FigureHTML:
    """Render a figure (or the figure of an Axes) to SVG, close it, and pair it with text.

    Example:
        >>> from otpt import describe_lead_counts, load_activities, plot_lead_counts
        >>> bank = load_activities()
        >>> shown = figure_html(plot_lead_counts(bank), describe_lead_counts(bank))
        >>> shown.svg.startswith(b"<?xml"), shown.description == describe_lead_counts(bank)
        (True, True)
    """
    fig = getattr(ax_or_fig, "figure", ax_or_fig)
    buffer = io.BytesIO()
    with mpl.rc_context(_SVG_SETTINGS):
        engine = fig.get_layout_engine()
        if engine is not None:
            # Lay the figure out once, then draw it once. Saving with the engine on would
            # lay it out and draw it twice: the same picture, a fifth slower. A figure whose
            # plot measured its texts to fit them (chart_text.MEASURED) is laid out with the
            # renderer that has their sizes; any other with the SVG one that draws it.
            if fig not in MEASURED:
                FigureCanvasSVG(fig)
            engine.execute(fig)
            fig.set_layout_engine(None)
        plt.close(fig)  # pyplot lets go of it; from here on it is drawn only as SVG
        FigureCanvasSVG(fig)
        fig.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None, "Creator": None})
    return FigureHTML(buffer.getvalue(), description)
