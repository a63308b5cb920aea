"""The bank's lead counts: the table, the bars, the sentence, text drawn as written."""

import functools

import matplotlib as mpl
import matplotlib.pyplot as plt
import pytest
from matplotlib.colors import to_hex

import otpt
from otpt.render import figures

from .. import _banks as banks

bank_of = functools.partial(banks.bank_of, columns=["activity", "lead", "setting", "population"])


LOPSIDED = bank_of(
    [("a", "OT", "school", "children"), ("b", "OT", "school", "children"), ("c", "PT", "community", "adults")]
)


DOLLARS = "$5 bus fare and $2 coffee"


def test_lead_counts_table_has_every_category():
    table = otpt.lead_counts(LOPSIDED, by="setting")
    assert list(table.index) == list(otpt.SETTINGS)
    assert list(table.columns) == ["OT", "Both", "PT"]
    assert table.loc["school", "OT"] == 2 and table.loc["community", "PT"] == 1
    assert table.to_numpy().sum() == 3
    with pytest.raises(ValueError, match="by must be one of setting, population"):
        otpt.lead_counts(LOPSIDED, by="lead")


def test_plot_lead_counts_draws_one_segment_per_group_and_lead():
    fig, ax = plt.subplots()
    out = otpt.plot_lead_counts(LOPSIDED, by="population", ax=ax)
    assert out is ax
    assert len(ax.patches) == 3 * 3  # 3 populations x 3 leads
    widths = {}
    for container, lead in zip(ax.containers, otpt.LEADS):
        assert to_hex(container.patches[0].get_facecolor()) == otpt.PALETTE[lead].lower()
        widths[lead] = [p.get_width() for p in container.patches]
    # rows are drawn bottom-up: older adults, adults, children
    assert widths["OT"] == [0, 0, 2] and widths["PT"] == [0, 1, 0] and widths["Both"] == [0, 0, 0]
    labels = sorted(t.get_text() for t in ax.texts if t.get_text())
    assert labels == ["1", "2"]  # zero segments carry no label
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["OT", "Both", "PT"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["older adults", "adults", "children"]


def test_plot_lead_counts_empty_bank_says_so():
    ax = otpt.plot_lead_counts(LOPSIDED.iloc[:0])
    assert "No activities to show" in [t.get_text() for t in ax.texts]
    assert all(p.get_width() == 0 for p in ax.patches)


def test_caller_keywords_win_over_defaults():
    ax = otpt.plot_lead_counts(LOPSIDED, color="grey", height=0.3)
    assert {to_hex(p.get_facecolor()) for p in ax.patches} == {to_hex("grey")}
    assert ax.patches[0].get_height() == pytest.approx(0.3)


def test_describe_lead_counts_states_the_numbers():
    text = otpt.describe_lead_counts(LOPSIDED, by="setting")
    assert text.startswith("Bar chart of 3 activities by setting")
    assert "(OT 2, Both 0, PT 1)" in text
    assert "school 2/0/0" in text and "community 0/0/1" in text
    assert "acute hospital" not in text  # empty settings are not listed
    assert "no activities to show" in otpt.describe_lead_counts(LOPSIDED.iloc[:0])


def test_dollar_signs_in_a_bank_are_drawn_as_written():
    # matplotlib reads text between two $ as mathtext; a bank's own words must not be
    bank = otpt.coerce_activities(bank_of([(DOLLARS, "Both", "community", "adults")]))
    drawn = []
    for ax in (
        otpt.plot_overlap(bank, examples=1),
        otpt.plot_lead_counts(bank.assign(setting=[DOLLARS])),
        otpt.plot_placement(bank, suggestion=otpt.suggest_lead(target="occupation"), name=DOLLARS),
    ):
        texts = ax.texts + ax.get_yticklabels() + ax.get_xticklabels() + ax.figure.texts
        texts += [c for c in ax.get_children() if isinstance(c, mpl.text.Text)]
        assert any(DOLLARS in t.get_text().replace("\n", " ") for t in texts)
        assert not any(t._parse_math for t in texts if DOLLARS in t.get_text().replace("\n", " "))
        drawn.append(figures.figure_html(ax, "alt").svg)  # renders without a mathtext error
    assert all(svg.startswith(b"<?xml") for svg in drawn)


def test_every_plot_function_draws_literal_text():
    plots = [getattr(otpt, name) for name in otpt.__all__ if name.startswith("plot_")]
    assert len(plots) >= 12
    for plot in plots:
        assert getattr(plot, "__wrapped__", None) is not None, plot.__name__
