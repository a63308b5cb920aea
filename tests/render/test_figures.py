"""figure_html: the same picture as matplotlib's own SVG, with escaped alt text."""

import functools
import io
import re

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.backends.backend_svg import RendererSVG

import otpt
from otpt.plots import chart_text
from otpt.render import figures

from .. import _banks as banks

bank_of = functools.partial(banks.bank_of, columns=["activity", "lead", "setting", "population"])


LOPSIDED = bank_of(
    [("a", "OT", "school", "children"), ("b", "OT", "school", "children"), ("c", "PT", "community", "adults")]
)


def _saved(ax) -> bytes:
    """What matplotlib's own savefig gives, with the layout engine left on (it lays the
    figure out and draws it twice)."""
    buffer = io.BytesIO()
    with mpl.rc_context(figures._SVG_SETTINGS):
        ax.figure.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None, "Creator": None})
    plt.close(ax.figure)
    return buffer.getvalue()


NUMBER = r"-?\d+(?:\.\d+)?"


def _shape_and_numbers(svg: bytes) -> tuple[str, list[float]]:
    """An SVG's elements with every number taken out (clip paths' ids are made from their
    coordinates), and the numbers in order."""
    text = re.sub(r'(url\(#|id=")p[0-9a-f]+', r"\1clip", svg.decode())
    return re.sub(NUMBER, "#", text), [float(n) for n in re.findall(NUMBER, text)]


def test_figure_html_draws_the_same_picture_as_matplotlibs_own_svg():
    # figure_html lays a constrained figure out once and draws it once; the picture must be
    # exactly what savefig gives with the layout engine left on (which draws it twice).
    expected = _saved(otpt.plot_spectrum(LOPSIDED))
    ax = otpt.plot_spectrum(LOPSIDED)
    assert ax.figure not in chart_text.MEASURED  # laid out with the SVG renderer that draws it
    assert otpt.figure_html(ax, "x").svg == expected


def test_a_chart_that_fitted_its_labels_is_laid_out_with_their_measured_sizes(monkeypatch):
    # lead_counts measured its labels (to keep them inside their bars) with the figure's own
    # canvas: figure_html lays it out with those sizes instead of measuring every text again
    # for SVG. Letters hinted to the pixels of the figure's dpi are a little wider, so the
    # Axes can move by a point or two: the same elements, in the same order, every
    # coordinate within 3 pt (4 pixels at 100 dpi) of savefig's.
    expected, expected_numbers = _shape_and_numbers(_saved(otpt.plot_lead_counts(LOPSIDED, by="setting")))
    ax = otpt.plot_lead_counts(LOPSIDED, by="setting")
    assert ax.figure in chart_text.MEASURED
    shown, numbers = _shape_and_numbers(otpt.figure_html(ax, "x").svg)
    assert shown == expected and len(numbers) == len(expected_numbers)
    assert max(abs(a - b) for a, b in zip(numbers, expected_numbers)) < 3
    # and its texts are measured for SVG only to be drawn, not to lay the figure out again
    measured = []
    real = RendererSVG.get_text_width_height_descent
    monkeypatch.setattr(
        RendererSVG, "get_text_width_height_descent", lambda *a, **k: measured.append(a) or real(*a, **k)
    )
    otpt.figure_html(otpt.plot_lead_counts(LOPSIDED, by="setting"), "x")
    once = len(measured)
    ax = otpt.plot_lead_counts(LOPSIDED, by="setting")
    chart_text.MEASURED.discard(ax.figure)  # as if its plot had measured nothing
    otpt.figure_html(ax, "x")
    assert 0 < once < len(measured) - once


def test_figure_html_carries_escaped_alt_text_and_closes_the_figure():
    ax = otpt.plot_lead_counts(LOPSIDED)
    shown = otpt.figure_html(ax, 'Counts <b>"quoted"</b>')
    html = shown._repr_html_()
    assert 'alt="Counts &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;"' in html
    assert "<figcaption" in html and "<b>" not in html
    # The words stay in the page for everyone, folded away: not a caption of numbers under every chart.
    assert (
        "<details><summary>Describe this figure</summary>Counts &lt;b&gt;" in html
        and "<details open" not in html
    )
    assert shown.svg.startswith(b"<?xml") and b"<svg" in shown.svg
    assert "data:image/svg+xml;base64," in html
    assert b"<script" not in shown.svg
    assert not plt.get_fignums()


def test_a_figure_has_an_opaque_white_ground_whatever_the_settings():
    """Black text on a transparent SVG vanishes on a dark theme's page (issue 18)."""
    with mpl.rc_context(
        {"savefig.transparent": True, "figure.facecolor": "none", "savefig.facecolor": "none"}
    ):
        svg = otpt.figure_html(otpt.plot_lead_counts(LOPSIDED), "x").svg.decode()
    ground = svg[svg.index('<g id="patch_1">') :].split("/>", 1)[0]
    assert "fill: #ffffff" in ground and "opacity" not in ground
