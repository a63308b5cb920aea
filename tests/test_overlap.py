"""Overlap numbers and pictures: normal, empty and lopsided banks."""

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.colors import to_hex
from matplotlib.patches import Circle, Polygon

import otpt


def bank_of(rows):
    frame = pd.DataFrame(rows, columns=["activity", "lead", "setting", "skills", "ot_focus", "pt_focus"])
    return otpt.coerce_activities(frame)


MIXED = bank_of(
    [
        ("Dressing", "OT", "school", "fine_motor;cognitive", "Dressing.", "-"),
        ("Cooking", "OT", "home health", "cognitive", "Meal prep.", "-"),
        ("Walking", "PT", "school", "gait;balance", "-", "Gait."),
        ("Bed to chair", "Both", "acute hospital", "strength;balance", "Routine.", "Transfer."),
    ]
)
LOPSIDED = MIXED[MIXED["lead"] == "OT"].reset_index(drop=True)
EMPTY = MIXED.iloc[:0]


def texts(ax):
    return [t.get_text() for t in ax.texts]


def test_filter_bank():
    assert list(otpt.filter_bank(MIXED, setting="school")["activity"]) == ["Dressing", "Walking"]
    assert list(otpt.filter_bank(MIXED, skill="balance")["activity"]) == ["Walking", "Bed to chair"]
    assert list(otpt.filter_bank(MIXED, setting="school", skill="balance")["activity"]) == ["Walking"]


def test_skill_emphasis_percentages_and_order():
    table = otpt.skill_emphasis(MIXED)
    assert list(table.columns) == ["OT", "Both", "PT"]
    assert table.loc["cognitive", "OT"] == 100 and table.loc["fine_motor", "OT"] == 50
    assert table.loc["balance", "PT"] == 100 and table.loc["balance", "Both"] == 100
    assert list(table.index[:2]) == ["cognitive", "fine_motor"]  # most OT-leaning first
    assert table.index[-1] in ("gait", "balance")
    assert (otpt.skill_emphasis(EMPTY).to_numpy() == 0).all()


def test_spectrum_positions_follow_the_lead():
    pos = otpt.spectrum_position(MIXED)
    assert pos[0] < 0 and pos[1] < 0 and pos[2] > 0 and abs(pos[3]) < 0.4
    assert pos.between(-1, 1).all()
    assert pos[1] == -1.0  # OT-led, no PT part, only OT-leaning skills: the far OT end


def test_body_part_rule_on_hand_and_walking_activities():
    judged = otpt.body_part_rule(MIXED)
    assert list(judged["activity"]) == ["Dressing", "Walking", "Bed to chair"]  # Cooking: neither
    assert list(judged["rule_says"]) == ["OT", "PT", "PT"]
    assert list(judged["correct"]) == [True, True, False]  # the rule never says Both


def test_overlap_diagram_draws_two_circles_a_lens_and_the_counts():
    fig, ax = plt.subplots()
    assert otpt.plot_overlap(MIXED, ax=ax, examples=1) is ax
    circles = [p for p in ax.patches if isinstance(p, Circle)]
    lens = [p for p in ax.patches if isinstance(p, Polygon)]
    assert len(circles) == 2 and len(lens) == 1
    assert {to_hex(c.get_edgecolor()) for c in circles} == {
        otpt.PALETTE["OT"].lower(),
        otpt.PALETTE["PT"].lower(),
    }
    assert to_hex(lens[0].get_facecolor()) == otpt.PALETTE["Both"].lower()
    shown = texts(ax)
    for label in ("OT leads", "Both", "PT leads", "2", "1", "Dressing", "Walking", "Bed to chair"):
        assert label in shown
    assert "Cooking" not in shown  # examples=1


def contrast_on_white(colour):
    def linear(c):
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in mpl.colors.to_rgb(colour))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_overlap_diagram_text_is_readable_on_white():
    ax = otpt.plot_overlap(MIXED, title="Who leads?")
    colours = {t.get_text(): t.get_color() for t in ax.texts}
    assert colours["OT"] != "black" and colours["PT"] != "black"  # coloured like their circles
    for text in [*ax.texts, ax.title]:
        assert contrast_on_white(text.get_color()) >= 4.5, (text.get_text(), text.get_color())


def test_overlap_diagram_lopsided_and_empty():
    shown = texts(otpt.plot_overlap(LOPSIDED))
    assert shown.count("0") == 2 and shown.count("(none)") == 2 and "2" in shown
    empty = texts(otpt.plot_overlap(EMPTY))
    assert empty.count("0") == 3 and empty.count("(none)") == 3
    assert otpt.describe_overlap(EMPTY) == "Overlap diagram of OT and PT: no activities to show."


def test_overlap_names_are_wrapped_to_fit():
    long = bank_of(
        [("A very long activity name that would spill out of its circle", "OT", "school", "", "x", "-")]
    )
    name = next(t for t in texts(otpt.plot_overlap(long, wrap=17)) if t.startswith("A very"))
    assert max(len(line) for line in name.splitlines()) <= 17


def test_overlaps_side_by_side_one_panel_per_group_in_order():
    groups = {"School": MIXED[MIXED["setting"] == "school"], "Nowhere": EMPTY}
    fig = otpt.plot_overlaps(groups, examples=1)
    assert [ax.get_title() for ax in fig.axes] == ["School", "Nowhere"]
    school, nowhere = (texts(ax) for ax in fig.axes)
    assert "Dressing" in school and "Walking" in school and "Bed to chair" not in school
    assert nowhere.count("(none)") == 3
    left, right = (ax.get_position() for ax in fig.axes)
    assert left.x1 <= right.x0  # side by side, not overlapping
    text = otpt.describe_overlaps(groups, examples=1)
    assert text.startswith("Side by side, left to right. School: Overlap diagram of 2 activities: OT leads 1")
    assert text.endswith("Nowhere: Overlap diagram of OT and PT: no activities to show.")


def test_describe_overlap_states_counts_and_examples():
    text = otpt.describe_overlap(MIXED, examples=1)
    assert text.startswith("Overlap diagram of 4 activities: OT leads 2 (50%), e.g. Dressing.")
    assert "Both 1 (25%), e.g. Bed to chair" in text and "PT leads 1 (25%), e.g. Walking" in text


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


def test_plot_confusion_and_its_description():
    answers = pd.DataFrame({"key": ["OT", "OT", "PT", "Both"], "answer": ["OT", "PT", "PT", "OT"]})
    ax = otpt.plot_confusion(answers)
    shown = texts(ax)
    assert "1 \u2713" in shown and shown.count("0") == 4 and "0 \u2713" in shown
    assert otpt.describe_confusion(answers) == (
        "Grid of 4 answers against the key: 2 on the key. usually OT: answered OT 1, PT 1; "
        "usually Both: answered OT 1; usually PT: answered PT 1."
    )
    empty = answers.iloc[:0]
    assert "No answers yet" in texts(otpt.plot_confusion(empty))


def test_set_style_is_explicit_and_sizes_for_a_projector():
    before = mpl.rcParams["font.size"]
    with mpl.rc_context():
        applied = otpt.set_style("projector")
        assert mpl.rcParams["font.size"] == applied["font.size"] > otpt.style_params("notebook")["font.size"]
        assert mpl.rcParams["lines.linewidth"] == 3
    assert mpl.rcParams["font.size"] == before
    with pytest.raises(ValueError, match="context must be one of notebook, projector"):
        otpt.set_style("poster")
