"""OverlapExplorer driven through its controls."""

import html
import re

import pytest

import otpt


def alt_text(explorer):
    return re.search(r'alt="([^"]*)"', explorer.figure.value).group(1)


def listed(explorer):
    return re.findall(r"<li><b>(.*?)</b>", explorer.listing.value)


def test_filters_redraw_the_figure_and_the_list():
    bank = otpt.load_activities()
    explorer = otpt.OverlapExplorer()
    assert alt_text(explorer).startswith(f"Overlap diagram of {len(bank)} activities")
    assert listed(explorer) == [] and "Press OT leads, Both or PT leads" in explorer.listing.value
    explorer.region.value = "Both"  # visual-review-1 #8: no 26-item list before the learner asks
    assert len(listed(explorer)) == (bank["lead"] == "Both").sum()

    explorer.setting.value = "school"
    school = bank[bank["setting"] == "school"]
    assert alt_text(explorer).startswith(f"Overlap diagram of {len(school)} activities")
    assert set(listed(explorer)) == set(school.loc[school["lead"] == "Both", "activity"])

    explorer.region.value = "OT"
    assert set(listed(explorer)) == set(school.loc[school["lead"] == "OT", "activity"])
    assert "Handwriting and pencil grasp in first grade" in listed(explorer)
    rationale = school.loc[
        school["activity"] == "Handwriting and pencil grasp in first grade", "rationale"
    ].iloc[0]
    assert rationale in explorer.listing.value  # each listed activity comes with its rationale

    explorer.setting.value = "any"
    explorer.skill.value = "gait"
    gait = bank[bank["skills"].map(lambda s: "gait" in s)]
    n_ot = int((gait["lead"] == "OT").sum())  # walker use in a task (laundry) is OT's
    assert alt_text(explorer).startswith(
        f"Overlap diagram of {len(gait)} activities: OT leads {n_ot} ({round(100 * n_ot / len(gait))}%)"
    )
    assert listed(explorer) == list(gait.loc[gait["lead"] == "OT", "activity"])


def test_a_filter_that_leaves_nothing_is_friendly():
    explorer = otpt.OverlapExplorer()
    explorer.setting.value = "school"
    explorer.population.value = "older adults"
    assert "No activities match these filters" in explorer.figure.value
    assert explorer.listing.value == ""
    explorer.population.value = "children"
    assert "<img" in explorer.figure.value


def test_rationales_are_escaped(tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text(
        'activity,lead,rationale\n"<b>x</b>",Both,"<script>alert(1)</script>"\n', encoding="utf-8"
    )
    explorer = otpt.OverlapExplorer(path, region="Both")
    assert "<script>" not in explorer.listing.value and "&lt;script&gt;" in explorer.listing.value
    assert "&lt;b&gt;x&lt;/b&gt;" in explorer.listing.value


def test_explorer_opens_on_chosen_filters_and_region_changes_keep_the_figure():
    explorer = otpt.OverlapExplorer(setting="school", skill="fine_motor", region="OT")
    assert alt_text(explorer).startswith("Overlap diagram of")
    figure = explorer.figure.value
    assert "Handwriting and pencil grasp in first grade" in listed(explorer)
    explorer.region.value = "PT"
    assert explorer.figure.value == figure  # listing changed, figure not redrawn
    assert "No activities in PT leads" in explorer.listing.value


def test_explorer_shows_what_the_overlap_functions_say():
    # Lesson 3 prints describe_overlap(filter_bank(...)) as "what the explorer shows".
    explorer = otpt.OverlapExplorer(skill="balance", region="Both")
    chosen = otpt.filter_bank(explorer.bank, skill="balance")
    assert alt_text(explorer) == html.escape(otpt.describe_overlap(chosen))
    shared = list(chosen.query("lead == 'Both'")["activity"])
    assert shared and all(html.escape(name) in explorer.listing.value for name in shared)


def test_the_setting_menu_offers_a_banks_own_settings(tmp_path):
    path = tmp_path / "camp.csv"
    path.write_text(
        "activity,lead,setting\nSwimming,PT,Summer camp\nCrafts,OT,summer camp\nTyping,OT,school\n"
    )
    with pytest.warns(otpt.ActivityDataNote):
        explorer = otpt.OverlapExplorer(path, setting="summer CAMP")
    assert (
        "Summer camp",
        "Summer camp",
    ) in explorer.setting.options and explorer.setting.value == "Summer camp"
    assert sorted(explorer.selection["activity"]) == ["Crafts", "Swimming"]
    explorer.setting.value = "school"
    assert list(explorer.selection["activity"]) == ["Typing"]
    with pytest.warns(otpt.ActivityDataNote), pytest.raises(ValueError, match="no setting called 'camp'"):
        otpt.OverlapExplorer(path, setting="camp")
