"""Show a matplotlib figure in a notebook together with its text alternative.

A figure shown the usual way is a PNG with no ``alt`` text, which screen readers skip.
`figure_html` renders the figure as an ``<img alt="...">`` with the description as its
alt text and as a visible caption, so every learner gets the same information.
"""

from __future__ import annotations

import base64
import html
import io

import matplotlib.pyplot as plt


class FigureHTML:
    """A rendered figure plus its description; displays itself as HTML in Jupyter."""

    def __init__(self, png: bytes, description: str):
        self.png = png
        self.description = description

    def _repr_html_(self) -> str:
        text = html.escape(self.description)
        data = base64.b64encode(self.png).decode("ascii")
        return (
            '<figure style="margin:0">'
            f'<img src="data:image/png;base64,{data}" alt="{text}" style="max-width:100%">'
            f'<figcaption style="font-size:0.95em;line-height:1.4">{text}</figcaption></figure>'
        )

    def __repr__(self) -> str:
        return f"<figure: {self.description}>"


def figure_html(ax_or_fig, description: str, *, dpi: int = 100) -> FigureHTML:
    """Render a figure (or the figure of an Axes) to PNG, close it, and pair it with text.

    Example:
        >>> ax = plot_lead_counts(bank)  # doctest: +SKIP
        >>> figure_html(ax, describe_lead_counts(bank))  # doctest: +SKIP
    """
    fig = getattr(ax_or_fig, "figure", ax_or_fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    return FigureHTML(buffer.getvalue(), description)
