"""The page's own text and controls at projector size: a style sheet for ``?style=projector``.

`otpt.set_style` sizes the figures; the lesson's text, tables, buttons and drop-downs are
the page's. In projector style `page_css` gives a ``<style>`` that raises JupyterLab's
size variables (the ones Voila and Notebook 7 use too) by about 1.4 times, so nothing on
the slide is left at laptop size. In the notebook style it gives nothing, so a saved
lesson holds no extra output.
"""

from __future__ import annotations

__all__ = ["PROJECTOR_SIZES", "PageCSS", "page_css"]

#: JupyterLab's size variables in projector style (their defaults: 14, 13, 13, 13 px,
#: 28 px and 80 px).
PROJECTOR_SIZES = {
    "--jp-content-font-size1": "20px",
    "--jp-ui-font-size1": "18px",
    "--jp-widgets-font-size": "18px",
    "--jp-code-font-size": "18px",
    "--jp-widgets-inline-height": "40px",
    "--jp-widgets-inline-label-width": "120px",
}


class PageCSS:
    """A style sheet that displays as itself in a notebook or Voila page."""

    def __init__(self, variables: dict[str, str]):
        self.variables = dict(variables)

    def _repr_html_(self) -> str:
        rules = "; ".join(f"{name}: {value}" for name, value in self.variables.items())
        # on body, so these win over the theme's own values on :root, for every cell below
        return f"<style>body {{ {rules} }}</style>"

    def __repr__(self) -> str:
        return "Projector sizes for this page: " + ", ".join(f"{k} {v}" for k, v in self.variables.items())


def page_css(context: str = "notebook") -> PageCSS | None:
    """The page's style for ``context`` (`otpt.page_style`): a `PageCSS` for
    ``"projector"``, None (nothing shown) for ``"notebook"``.

    Lessons end their first cell with ``otpt.page_css(otpt.page_style())``.

    Raises:
        ValueError: for a context other than "notebook" or "projector".

    Example:
        >>> page_css("notebook") is None
        True
        >>> "--jp-content-font-size1: 20px" in page_css("projector")._repr_html_()
        True
    """
    if context not in ("notebook", "projector"):
        raise ValueError(f"context must be one of notebook, projector, not {context!r}")
    return PageCSS(PROJECTOR_SIZES) if context == "projector" else None
