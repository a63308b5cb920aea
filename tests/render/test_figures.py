"""figure_html: the same picture as matplotlib's own SVG, with escaped alt text."""

import functools
import io

import matplotlib as mpl
import matplotlib.pyplot as plt

import otpt
from otpt.render import figures

from .. import _banks as banks

bank_of = functools.partial(banks.bank_of, columns=["activity", "lead", "setting", "population"])


LOPSIDED = bank_of(
    [("a", "OT", "school", "children"), ("b", "OT", "school", "children"), ("c", "PT", "community", "adults")]
)


def test_figure_html_draws_the_same_picture_as_matplotlibs_own_svg():
    # figure_html lays a constrained figure out once and draws it once; the picture must be
    # exactly what savefig gives with the layout engine left on (which draws it twice).
    def saved(ax):
        buffer = io.BytesIO()
        with mpl.rc_context(figures._SVG_SETTINGS):
            ax.figure.savefig(
                buffer, format="svg", facecolor="white", metadata={"Date": None, "Creator": None}
            )
        plt.close(ax.figure)
        return buffer.getvalue()

    expected = saved(otpt.plot_lead_counts(LOPSIDED, by="setting"))
    shown = otpt.figure_html(otpt.plot_lead_counts(LOPSIDED, by="setting"), "x")
    assert shown.svg == expected


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
