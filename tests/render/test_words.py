"""The words around a verdict: team notes by how the work is shared, specialist verdicts."""

import pytest

import otpt
from otpt.render import words


def test_both_gets_a_same_team_note_and_both_goals(tiny_bank):
    fb = otpt.check_answer(tiny_bank, "T2", "PT")  # co-treated
    assert fb.key == "Both" and not fb.correct and fb.outcome == "not usually"
    note = words.team_note(fb)
    assert note.startswith("Same team, same session") and "(co-treatment)" in note
    assert (fb.ot_focus, fb.pt_focus) == ("Independence in grooming.", "Standing balance.")
    assert words.team_note(otpt.check_answer(tiny_bank, "T2", "Both")) == note


@pytest.mark.parametrize(
    ("activity_id", "kind", "starts"),
    [
        ("T3", "either specialist", "Same team, one person"),
        ("T4", "separate services", "Same team, one plan"),
        ("T2", "co-treatment", "Same team, same session"),
    ],
)
def test_the_team_note_follows_how_the_work_is_shared(tiny_bank, activity_id, kind, starts):
    row = tiny_bank.set_index("id").loc[activity_id]
    assert row["shared_as"] == kind
    fb = otpt.check_answer(tiny_bank, activity_id, "Both")
    assert words.team_note(fb).startswith(starts)
    assert ("co-treatment" in words.team_note(fb)) == (kind == "co-treatment")


def test_a_bank_that_does_not_say_how_gets_a_neutral_note(tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("activity,lead\nTransfers,Both\n", encoding="utf-8")
    fb = otpt.check_answer(otpt.load_activities(path), "row-2", "Both")
    assert words.team_note(fb).startswith(
        "Same team: one activity, two sets of goals"
    ) and "co-treat" not in words.team_note(fb)


def test_either_specialist_rows_accept_either_profession_with_their_own_verdict(tiny_bank):
    specialist = tiny_bank[tiny_bank["shared_as"] == "either specialist"]
    assert len(specialist) == 1
    for activity_id in specialist["id"]:
        both = otpt.check_answer(tiny_bank, activity_id, "Both")
        assert words.verdict(both).startswith(
            "\u2713 Right - either profession: one specialist, an OT or a PT"
        )
        for profession in ("OT", "PT"):
            fb = otpt.check_answer(tiny_bank, activity_id, profession)
            assert fb.correct and words.verdict(fb).startswith("\u2248 Also right - one specialist")
            assert "usually Both" not in words.verdict(fb)  # never "two professionals usually share it"
