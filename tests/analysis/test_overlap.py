"""Overlap on a bank: filters, skill emphasis, the spectrum position and the body-part rule."""

import functools

import otpt

from .. import _banks as banks

bank_of = functools.partial(
    banks.bank_of, columns=["activity", "lead", "setting", "skills", "ot_focus", "pt_focus"]
)


MIXED = banks.bank_of(banks.MIXED_ROWS, columns=banks.OVERLAP_COLUMNS)


EMPTY = MIXED.iloc[:0]


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
