"""suggest_lead on hand-made cases, its weights table, its evaluation, and PlaceActivity."""

import re

import pytest

import otpt

WEIGHTS = otpt.load_weights()


def test_weights_cover_every_skill_and_area_with_a_reason():
    assert set(WEIGHTS) == set(otpt.SKILLS) | set(otpt.OCCUPATION_AREAS)
    assert all(w.reason for w in WEIGHTS.values())


@pytest.mark.parametrize("feature", sorted(set(otpt.SKILLS) | set(otpt.OCCUPATION_AREAS)))
def test_every_feature_gives_its_reason(feature):
    is_area = feature in otpt.OCCUPATION_AREAS
    suggestion = otpt.suggest_lead([] if is_area else [feature], feature if is_area else None)
    w = WEIGHTS[feature]
    side = "OT" if w.ot > w.pt else "PT" if w.pt > w.ot else "OT and PT"
    assert suggestion.reasons == [f"{feature} -> {side}: {w.reason}"]
    assert (suggestion.ot_score, suggestion.pt_score) == (w.ot, w.pt)


@pytest.mark.parametrize(
    ("skills", "area", "lead"),
    [
        (["fine_motor", "cognitive"], "ADL", "OT"),  # dressing-like
        (["gait", "balance"], "none", "PT"),  # gait training
        (["strength", "balance"], "ADL", "Both"),  # a transfer
        (["psychosocial", "social"], "social participation", "OT"),
        (["pain", "range_of_motion"], "none", "PT"),  # frozen-shoulder-like
        ([], "leisure", "OT"),
    ],
)
def test_hand_made_cases(skills, area, lead):
    assert otpt.suggest_lead(skills, area).lead == lead


def test_scores_position_and_threshold():
    s = otpt.suggest_lead(["strength", "balance"], "ADL")
    assert (s.ot_score, s.pt_score) == (4.0, 5.0) and s.position == pytest.approx(1 / 9, abs=1e-3)
    assert otpt.suggest_lead(["strength", "balance"], "ADL", threshold=0.05).lead == "PT"
    assert otpt.suggest_lead([], None).position == 0.0


def test_unknown_features_are_explained():
    with pytest.raises(ValueError, match="unknown skill or occupation area: 'walking'. Allowed: fine_motor"):
        otpt.suggest_lead(["walking"])


def test_cross_validated_evaluation_is_consistent():
    bank = otpt.load_activities()
    result = otpt.evaluate_suggestions(bank, folds=5, seed=0)
    confusion = result["confusion"]
    assert confusion.to_numpy().sum() == len(bank)
    assert result["agreement"] == pytest.approx(sum(confusion.loc[k, k] for k in otpt.LEADS) / len(bank))
    assert len(result["thresholds"]) == 5
    assert set(result["predicted"]) <= set(otpt.LEADS)
    assert result["agreement"] > 1 / 3  # better than guessing one of three


def test_similar_activities_share_skills_and_purpose():
    bank = otpt.load_activities()
    similar = otpt.similar_activities(bank, ["gait", "balance", "strength"], "none", top=3)
    assert len(similar) == 3
    for skills in bank.set_index("id").loc[similar["id"], "skills"]:
        assert {"gait", "balance", "strength"} & set(skills)


def test_place_activity_widget():
    widget = otpt.PlaceActivity()
    widget.place_button.click()
    assert "Tick at least one skill or choose a purpose" in widget.result.value
    widget.name.value = "<b>Wheelchair</b> basketball"
    widget.area.value = "leisure"
    for skill in ("strength", "social", "endurance"):
        widget.skills[skill].value = True
    widget.place_button.click()
    expected = otpt.suggest_lead(["social", "strength", "endurance"], "leisure")
    assert f"Suggested lead: {expected.lead}" in widget.result.value
    assert "leisure -&gt; OT: hobbies are the leisure occupation" in widget.result.value
    assert "Most similar activities in the bank" in widget.result.value
    alt = re.search(r'alt="([^"]*)"', widget.result.value).group(1)
    assert alt.startswith("&#x27;&lt;b&gt;Wheelchair&lt;/b&gt; basketball&#x27; lands at")
    assert "<b>Wheelchair</b>" not in widget.result.value


def test_placement_plot_marks_your_activity():
    bank = otpt.load_activities()
    s = otpt.suggest_lead(["gait"], "none")
    ax = otpt.plot_placement(bank, s, "Jogging")
    star = ax.collections[-1]
    assert tuple(star.get_offsets()[0]) == (pytest.approx(s.position), pytest.approx(0.62))
    assert "Jogging" in [t.get_text() for t in ax.texts]
    assert sum(len(c.get_offsets()) for c in ax.collections[:-1]) == len(bank)
