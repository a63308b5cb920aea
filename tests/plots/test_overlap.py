"""The overlap diagram, one or several one above the other: circles, counts, names that fit, readable text."""

import functools
import math

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Circle, PathPatch

import otpt

from .. import _banks as banks

bank_of = functools.partial(
    banks.bank_of, columns=["activity", "lead", "setting", "skills", "ot_focus", "pt_focus"]
)


MIXED = banks.bank_of(banks.MIXED_ROWS, columns=banks.OVERLAP_COLUMNS)


LOPSIDED = MIXED[MIXED["lead"] == "OT"].reset_index(drop=True)


EMPTY = MIXED.iloc[:0]


def texts(ax):
    return [t.get_text() for t in ax.texts]


def contrast_on_white(colour):
    def linear(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in mpl.colors.to_rgb(colour))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def outlines(ax):
    """The OT and the PT circle's outlines (the regions' fills are other patches)."""
    return [next(p for p in ax.patches if p.get_gid() == f"otpt-{lead}-circle") for lead in ("OT", "PT")]


def region_area(counts):
    """The circles' radii and the distance between their centres, for region counts."""
    ax = otpt.plot_overlap(banks.bank_of(counts, columns=banks.OVERLAP_COLUMNS))
    ot, pt = outlines(ax)
    return ot.get_radius(), pt.get_radius(), abs(pt.center[0] - ot.center[0])


def lens_area(r1, r2, d):
    """Area of the intersection of two circles (radii r1, r2, centres d apart)."""
    a = r1**2 * math.acos((d**2 + r1**2 - r2**2) / (2 * d * r1))
    b = r2**2 * math.acos((d**2 + r2**2 - r1**2) / (2 * d * r2))
    return a + b - 0.5 * math.sqrt((-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2))


def rows(ot, both, pt):
    return [
        (f"{lead} activity {i}", lead, "school", "", "x", "y")
        for lead, n in (("OT", ot), ("Both", both), ("PT", pt))
        for i in range(n)
    ]


def test_overlap_diagram_draws_two_circles_a_lens_and_the_counts():
    fig, ax = plt.subplots()
    assert otpt.plot_overlap(MIXED, ax=ax, examples=1) is ax
    circles = outlines(ax)
    assert all(isinstance(c, Circle) for c in circles)
    assert {to_hex(c.get_edgecolor()) for c in circles} == {
        otpt.PALETTE["OT"].lower(),
        otpt.PALETTE["PT"].lower(),
    }
    fills = {to_hex(p.get_facecolor()) for p in ax.patches if isinstance(p, PathPatch)}
    assert {otpt.PALETTE[lead].lower() for lead in ("OT", "Both", "PT")} <= fills
    shown = texts(ax)
    for label in ("OT leads: 2", "Both: 1", "PT leads: 1", "2", "1", "Dressing", "Walking", "Bed to chair"):
        assert label in shown
    assert "Cooking" not in shown  # examples=1


def test_overlap_regions_are_as_large_as_their_numbers():
    # issue 20: two settings' diagrams differ in shape where their numbers differ
    for ot, both, pt in ((6, 3, 2), (3, 3, 7), (1, 8, 1)):
        r_ot, r_pt, d = region_area(rows(ot, both, pt))
        assert math.isclose(r_ot**2 / r_pt**2, (ot + both) / (pt + both), rel_tol=1e-3)
        total = math.pi * (r_ot**2 + r_pt**2) - lens_area(r_ot, r_pt, d)
        assert math.isclose(lens_area(r_ot, r_pt, d) / total, both / (ot + both + pt), rel_tol=1e-3)
    r_ot, r_pt, d = region_area(rows(4, 0, 4))
    assert d > r_ot + r_pt  # nothing shared: the circles do not touch


def test_overlap_diagram_text_is_readable_on_white():
    ax = otpt.plot_overlap(MIXED, title="Who leads?")
    colours = {t.get_text(): t.get_color() for t in ax.texts}
    assert colours["OT"] != "black" and colours["PT"] != "black"  # coloured like their circles
    for text in [*ax.texts, ax.title]:
        if text.get_text():
            assert contrast_on_white(text.get_color()) >= 4.5, (text.get_text(), text.get_color())


def test_overlap_diagram_lopsided_and_empty():
    shown = texts(otpt.plot_overlap(LOPSIDED))
    assert "PT leads: 0" in shown and "Both: 0" in shown and shown.count("(none)") == 2 and "2" in shown
    ax = otpt.plot_overlap(EMPTY)
    empty = texts(ax)
    assert {"OT leads: 0", "Both: 0", "PT leads: 0"} <= set(empty) and empty.count("(none)") == 3
    ot, pt = outlines(ax)
    assert ot.get_radius() == pt.get_radius()  # nothing to show: two equal circles
    assert otpt.describe_overlap(EMPTY) == "Overlap diagram of OT and PT: no activities to show."


@pytest.mark.parametrize("style", ["notebook", "projector"])
def test_overlap_names_are_whole_and_fit_their_column(style):
    # visual-review-2 #9: no example cut with "..."; projector style keeps the examples (#6)
    long = "Putting on a shirt after a stroke, weaker left side, sitting on the edge of the bed, the shirt laid out"
    with mpl.rc_context(otpt.style_params(style)):
        ax = otpt.plot_overlap(
            banks.bank_of(
                [(long, "OT", "school", "", "x", "-"), *rows(0, 2, 2)], columns=banks.OVERLAP_COLUMNS
            )
        )
        ax.figure.canvas.draw()
        name = next(t for t in ax.texts if t.get_text().startswith("Putting"))
        assert " ".join(name.get_text().split()) == long and "\u2026" not in name.get_text()
        box = name.get_window_extent()
        both = next(t for t in ax.texts if t.get_text().startswith("Both activity"))
        assert box.x1 < both.get_window_extent().x0  # inside its column
        assert sum(t.get_text().startswith(("Both activity", "PT activity")) for t in ax.texts) == 2


def test_overlap_names_are_wrapped_as_asked():
    long = bank_of(
        [("A very long activity name that would spill out of its circle", "OT", "school", "", "x", "-")]
    )
    name = next(t for t in texts(otpt.plot_overlap(long, wrap=17)) if t.startswith("A very"))
    assert max(len(line) for line in name.splitlines()) <= 17


def test_overlaps_one_above_the_other_one_panel_per_group_in_order():
    groups = {"School": MIXED[MIXED["setting"] == "school"], "Nowhere": EMPTY}
    fig = otpt.plot_overlaps(groups, examples=1)
    assert [ax.get_title() for ax in fig.axes] == ["School", "Nowhere"]
    school, nowhere = (texts(ax) for ax in fig.axes)
    assert "Dressing" in school and "Walking" in school and "Bed to chair" not in school
    assert nowhere.count("(none)") == 3
    upper, lower = (ax.get_position() for ax in fig.axes)
    assert upper.y0 >= lower.y1  # one above the other, not overlapping
    assert fig.get_figwidth() == 9  # each as wide as a lesson: its text is not shrunk to fit
    text = otpt.describe_overlaps(groups, examples=1)
    assert text.startswith(
        "One above the other, from the top. School: Overlap diagram of 2 activities: OT leads 1"
    )
    assert text.endswith("Nowhere: Overlap diagram of OT and PT: no activities to show.")


def test_describe_overlap_states_counts_and_examples():
    text = otpt.describe_overlap(MIXED, examples=1)
    assert text.startswith("Overlap diagram of 4 activities: OT leads 2 (50%), e.g. Dressing.")
    assert "Both 1 (25%), e.g. Bed to chair" in text and "PT leads 1 (25%), e.g. Walking" in text
