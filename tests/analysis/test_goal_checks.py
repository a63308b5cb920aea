"""The self-check of a written goal prompts what is missing."""

import pytest

import otpt


def test_checklist_prompts_what_is_missing():
    checks = dict((text, ok) for ok, text in otpt.goal_checklist("Improve balance", "PT"))
    assert [ok for ok in checks.values()] == [False, False, False, True]
    assert otpt.goal_checklist("  ", "OT") == [(False, "Write the OT goal first.")]
    ot = otpt.goal_checklist("She will stand for 5 minutes within a week.", "OT", "Grooming at the sink")
    assert ot[-1][0] is False and "grooming at the sink" in ot[-1][1]
    with pytest.raises(ValueError, match="must be 'OT' or 'PT'"):
        otpt.goal_checklist("x", "SLP")
