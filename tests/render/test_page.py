"""The projector style sheet: the page's text and controls at projector size, nothing otherwise."""

import pytest

import otpt
from otpt.render.page import PROJECTOR_SIZES


def test_projector_style_grows_the_pages_text_and_controls():
    sheet = otpt.page_css("projector")
    html = sheet._repr_html_()
    assert html.startswith("<style>body {") and html.endswith("}</style>")
    for name, value in PROJECTOR_SIZES.items():
        assert f"{name}: {value}" in html
    size = lambda name: int(PROJECTOR_SIZES[name].removesuffix("px"))  # noqa: E731
    assert size("--jp-content-font-size1") / 14 >= 1.4 and size("--jp-widgets-font-size") / 13 >= 1.38


def test_the_notebook_style_adds_nothing_to_the_page():
    assert otpt.page_css("notebook") is None
    assert otpt.page_css(otpt.page_style("")) is None
    with pytest.raises(ValueError, match="context must be one of notebook, projector, not 'huge'"):
        otpt.page_css("huge")
