"""Lecture mode: the Poll driven through its controls."""

import re

import pandas as pd
import pytest

import otpt


def alt(html):
    return re.search(r'alt="([^"]*)"', html).group(1)


def test_typed_tallies_distribution_and_reveal(tiny_bank):
    poll = otpt.Poll(["T6", "T1"], tiny_bank)
    assert poll.progress.value == "Activity 1 of 2"
    assert "Getting up from bed" in poll.card.value
    assert poll.prev_button.disabled and not poll.next_button.disabled
    poll.counts["OT"].value = 12
    poll.counts["Both"].value = 7
    assert poll.tally == {"OT": 12, "Both": 7, "PT": 0}
    poll.show_button.click()
    assert alt(poll.chart.value) == poll.description == "Poll of 19 answers: OT 12, Both 7, PT 0."
    assert poll.answer.value == ""  # the key stays hidden until revealed
    poll.reveal_button.click()
    assert "Usually led by: Both" in poll.answer.value
    assert (
        "Common mix-up:" in poll.answer.value
        and "the PT for rolling, sitting up and standing" in poll.answer.value
    )
    assert "The key is Both; 7 of 19 (37%) chose it." in poll.description
    # PT is defensible for this activity: said in the heading, the chart and its description
    assert "Usually led by: Both (PT is defensible too)" in poll.answer.value
    assert "PT is defensible too (practice varies); 0 of 19 (0%) chose it." in poll.description
    assert "OT is defensible" not in poll.description and alt(poll.chart.value) == poll.description
    assert "<b>Practice varies:</b>" in poll.answer.value

    poll.next_button.click()
    assert poll.progress.value == "Activity 2 of 2" and "Freeing a stiff shoulder" in poll.card.value
    assert [box.value for box in poll.counts.values()] == [0, 0, 0] and poll.chart.value == ""
    assert poll.description == "" and poll.next_button.disabled
    poll.prev_button.click()
    assert poll.counts["OT"].value == 12  # tallies are kept per activity


def test_counts_saved_answers_from_a_class_folder(tmp_path):
    bank = otpt.load_activities()
    answers = pd.DataFrame(
        [
            {"activity_id": "A036", "activity": "x", "answer": a, "key": "PT", "round": 1}
            for a in ["PT", "PT", "OT"]
        ]
    )
    for i in range(len(answers)):
        otpt.save_answers(answers.iloc[[i]], tmp_path / f"l{i}.json", learner=f"l{i}")
    (tmp_path / "bad.json").write_text("{")
    poll = otpt.Poll(["A036"], bank, folder=tmp_path)
    poll.load_button.click()
    assert [poll.counts[k].value for k in ("OT", "Both", "PT")] == [1, 0, 2]
    assert "Counted 3 saved answers" in poll.chart.value
    assert "1 file could not be read, so its answers are not counted" in poll.chart.value
    assert "bad.json: found a file cut short" in poll.chart.value


def test_unknown_ids_and_nothing_to_poll():
    poll = otpt.Poll(["nope"])
    assert "There is no activity to poll. Unknown ids: nope." in poll.card.value
    poll.show_button.click()
    poll.reveal_button.click()
    poll.next_button.click()
    assert poll.chart.value == "" and poll.answer.value == ""


def test_ids_are_compared_as_text_whatever_their_type(tmp_path):
    path = tmp_path / "numbered.csv"
    path.write_text(
        "id,activity,lead\n1,Making tea,OT\n2,Climbing stairs,PT\n3,Bathing,Both\n007,Writing a list,OT\n"
    )
    for ids in ([1, 3], ["1", 3], [1.0, "3"]):
        poll = otpt.Poll(ids, path)
        assert (poll.activity_ids, poll.unknown) == (["1", "3"], []), ids
        poll.next_button.click()
        assert "Bathing" in poll.card.value
    assert otpt.Poll([7], path).activity_ids == ["007"] and otpt.Poll(["007"], path).activity_ids == ["007"]
    with pytest.warns(otpt.ActivityDataNote, match=r"no activity with the id\(s\) 99; they are left out"):
        mixed = otpt.Poll(["1", 99], path)
    assert mixed.activity_ids == ["1"] and "unknown ids, left out: 99" in mixed.progress.value


def test_a_goal_writer_finds_a_numeric_id(tmp_path):
    bank, goals = tmp_path / "bank.csv", tmp_path / "goals.csv"
    bank.write_text("id,activity,lead\n012,Getting dressed after a stroke,Both\n")
    goals.write_text(
        "id,ot_goal,pt_goal\n012,She will dress herself by Friday.,She will stand for 2 minutes by Friday.\n"
    )
    for typed in (12, "12", "012"):
        writer = otpt.GoalWriter(typed, bank, goals=goals)
        assert writer.activity.value == "012"
    with pytest.raises(KeyError, match="no worked goals for activity '13'"):
        otpt.GoalWriter(13, bank, goals=goals)


def test_the_tallies_are_the_only_state_and_one_typed_value_is_one_update(tiny_bank, monkeypatch):
    poll = otpt.Poll(["T6", "T1"], tiny_bank)
    updates = []
    real = poll._on_count
    monkeypatch.setattr(poll, "_on_count", lambda change: (updates.append(change["new"]), real(change)))
    for box in poll.counts.values():  # observe through the patched handler
        box.unobserve_all("value")
        box.observe(poll._on_count, names="value")
    poll.counts["PT"].value = 5
    poll.next_button.click()
    poll.prev_button.click()
    assert updates == [5, 0, 5]  # the typed value, then two redraws that write nothing back
    assert poll.tallies == {"T6": {"OT": 0, "Both": 0, "PT": 5}, "T1": {"OT": 0, "Both": 0, "PT": 0}}


def test_after_the_reveal_next_is_the_primary_button():
    poll = otpt.Poll(["A011", "A036"])
    assert (poll.reveal_button.button_style, poll.next_button.button_style) == ("primary", "")
    poll.reveal_button.click()
    assert (poll.reveal_button.button_style, poll.next_button.button_style) == ("", "primary")
    poll.next_button.click()
    assert (poll.reveal_button.button_style, poll.next_button.button_style) == ("primary", "")
    poll.reveal_button.click()  # the last activity: nothing comes next, nothing stands out
    assert (poll.reveal_button.button_style, poll.next_button.button_style) == ("", "")
