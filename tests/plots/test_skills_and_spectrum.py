"""The skill heat map and the spectrum draw every number and every activity."""

import functools

import matplotlib as mpl
import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex

import otpt

from .. import _banks as banks

bank_of = functools.partial(
    banks.bank_of, columns=["activity", "lead", "setting", "skills", "ot_focus", "pt_focus"]
)


MIXED = banks.bank_of(banks.MIXED_ROWS, columns=banks.OVERLAP_COLUMNS)


EMPTY = MIXED.iloc[:0]


def texts(ax):
    return [t.get_text() for t in ax.texts]


def test_skill_emphasis_heat_map_shows_every_percentage():
    ax = otpt.plot_skill_emphasis(MIXED)
    assert len(ax.get_yticklabels()) == len(otpt.SKILLS)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["OT-led", "Both", "PT-led"]
    assert len([t for t in texts(ax) if t.endswith("%")]) == 3 * len(otpt.SKILLS)
    assert ax.get_yticklabels()[0].get_text() == otpt.SKILLS["cognitive"]
    assert "No activities to show" in texts(otpt.plot_skill_emphasis(EMPTY))


def test_skill_emphasis_lead_labels_on_top_are_bold():
    ax = otpt.plot_skill_emphasis(MIXED)
    shown = [t.label2 for t in ax.xaxis.get_major_ticks()]  # the labels drawn along the top
    assert [label.get_text() for label in shown] == ["OT-led", "Both", "PT-led"]
    assert all(label.get_visible() for label in shown)
    assert {label.get_fontweight() for label in shown} == {"bold"}


def test_describe_skill_emphasis():
    text = otpt.describe_skill_emphasis(MIXED)
    assert "Most OT-leaning: thinking and planning (OT 100%, Both 0%, PT 0%)" in text
    assert "Most PT-leaning:" in text and "balance (OT 0%, Both 100%, PT 100%)" in text


def test_spectrum_places_one_dot_per_activity_in_its_row():
    ax = otpt.plot_spectrum(MIXED)
    dots = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert [len(d.get_offsets()) for d in dots] == [2, 1, 1]  # OT, Both, PT
    assert [to_hex(d.get_facecolor()[0]) for d in dots] == [otpt.PALETTE[k].lower() for k in otpt.LEADS]
    rows = {t.get_text(): t.get_position()[1] for t in ax.get_yticklabels()}
    walking_y = dots[2].get_offsets()[0][1]
    assert abs(walking_y - rows["school"]) < 0.5
    assert "No activities to show" in texts(otpt.plot_spectrum(EMPTY))


def test_describe_spectrum_orders_settings():
    text = otpt.describe_spectrum(MIXED)
    assert text.startswith("OT-PT spectrum of 4 activities")
    assert text.index("home health") < text.index("acute hospital")


def test_the_spectrum_names_what_it_can_group_by():
    with pytest.raises(ValueError, match="by must be one of setting, population, not 'colour'"):
        otpt.plot_spectrum(MIXED, by="colour")


@pytest.mark.parametrize("style", ["notebook", "projector"])
def test_no_dot_on_the_spectrum_hides_another(style):
    # visual-review-1 #14: stacks of 5-8 dots at one place hid each other
    bank = otpt.load_activities()
    with mpl.rc_context(otpt.style_params(style)):
        ax = otpt.plot_spectrum(bank)
        ax.figure.canvas.draw()
        centres = np.vstack(
            [ax.transData.transform(d.get_offsets()) for d in ax.collections if len(d.get_offsets())]
        )
        diameter = np.sqrt(60) / 72 * ax.figure.dpi  # s=60 points squared
    assert len(centres) == len(bank)
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=-1) + np.eye(len(centres)) * 1e9
    assert gaps.min() >= diameter
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels == [
        "\u22121\nOT leads",
        "\u22120.5",
        "0\nshared",
        "+0.5",
        "+1\nPT leads",
    ]  # a numbered scale
