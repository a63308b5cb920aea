"""suggest_lead (placement v2): its weights table, what decides, Both by structure, the
unsure answer, its evaluation, and PlaceActivity driven through its controls."""

import csv
import re

import pytest

import otpt
from otpt.analysis import lead_rule as placement
from otpt.analysis import lead_rule_bank
from otpt.io.bank_cells import read_interventions
from otpt.io.resources import bundled_path

WEIGHTS = otpt.load_weights()
BANK = otpt.load_activities()


def test_every_input_has_a_weight_a_reason_and_a_listed_source():
    expected = (
        set(otpt.TARGETS)
        | set(otpt.INTERVENTIONS)
        | set(otpt.SPECIALTIES)
        | set(otpt.SKILLS)
        | {a for a in otpt.OCCUPATION_AREAS if a != "none"}
    )
    assert set(WEIGHTS) == expected
    with bundled_path("sources.csv").open(encoding="utf-8", newline="") as f:
        listed = {row["key"] for row in csv.DictReader(f)}
    for w in WEIGHTS.values():
        assert w.reason and w.sources and set(w.sources) <= listed, w.feature
        assert 0 <= w.ot <= 3 and 0 <= w.pt <= 3


def test_both_professions_get_weight_where_the_frameworks_give_it():
    # OT for functional mobility and motor skills in tasks; PT for cognition and affect
    for feature in (
        "balance",
        "gait",
        "strength",
        "range_of_motion",
        "gross_motor",
        "functional mobility training",
    ):
        assert WEIGHTS[feature].ot > 0, feature
    for feature in ("cognitive", "psychosocial", "sensory"):
        assert WEIGHTS[feature].pt > 0, feature
    assert "none" not in WEIGHTS  # "no occupation" is not a stand-in for PT any more


def test_a_weights_file_without_a_source_is_refused(tmp_path):
    path = tmp_path / "w.csv"
    path.write_text("feature,kind,ot,pt,source,reason\ngait,skill,0,3,,walking\n", encoding="utf-8")
    with pytest.raises(otpt.WeightsFileError, match=r"line 2, column E \(source\): found an empty cell"):
        otpt.load_weights(path)


# The kinds of activity the first model called Both where experts say OT or PT (issue 15),
# each described as an instructor would; the lead follows DOMAIN.md's table.
SPECIALISED = [
    (
        dict(
            skills=["fine_motor", "range_of_motion"],
            occupation_area="ADL",
            target="movement and mobility",
            interventions=["orthosis fabrication"],
        ),
        "OT",
    ),
    (
        dict(
            skills=["fine_motor", "strength", "balance"],
            occupation_area="ADL",
            target="occupation",
            interventions=["ADL retraining with adaptive equipment"],
        ),
        "OT",
    ),
    (
        dict(
            skills=["balance", "sensory"],
            occupation_area="ADL",
            target="movement and mobility",
            interventions=["Epley manoeuvre"],
        ),
        "PT",
    ),
    (
        dict(
            skills=["strength"],
            occupation_area="ADL",
            target="movement and mobility",
            interventions=["pelvic floor muscle training"],
        ),
        "PT",
    ),
    (
        dict(
            skills=["strength", "balance", "endurance"],
            occupation_area="leisure",
            target="movement and mobility",
            interventions=["return-to-sport testing"],
        ),
        "PT",
    ),
    (
        dict(
            skills=["endurance", "psychosocial"],
            occupation_area="health management",
            target="movement and mobility",
            interventions=["monitored exercise"],
        ),
        "PT",
    ),
]


@pytest.mark.parametrize(("inputs", "lead"), SPECIALISED)
def test_a_specialised_intervention_decides(inputs, lead):
    s = otpt.suggest_lead(**inputs)
    assert (s.lead, s.sure) == (lead, True) and s.decided_by == "intervention"


def test_both_needs_a_distinct_ot_target_and_a_distinct_pt_target():
    shared = otpt.suggest_lead(
        target="occupation and movement", interventions=["ADL training", "motor function training"]
    )
    assert (shared.label, shared.decided_by) == ("Both", "target and intervention")
    # interventions from each side make a Both with a structure, even without a target
    two_sided = otpt.suggest_lead(interventions=["ADL training", "motor function training"])
    assert (two_sided.label, two_sided.decided_by) == ("Both", "intervention")
    one_sided = otpt.suggest_lead(target="occupation and movement", interventions=["ADL training"])
    assert one_sided.lead == "OT"  # the task training is OT's even in a shared activity
    specialist = otpt.suggest_lead(
        ["fine_motor"], "work", interventions=["orthosis fabrication"], specialty="open to both"
    )
    # a credential open to both says one specialist does the job, not that both do: the splint
    # decides which profession usually does it (content v3: Both is never one person's work)
    assert specialist.label == "OT (either specialist)" and specialist.decided_by == "intervention"
    unsure = otpt.suggest_lead(target="occupation and movement", specialty="open to both")
    assert (unsure.lead, unsure.sure, unsure.shared_as) == ("Both", False, "either specialist")


def test_thin_evidence_is_unsure_and_says_what_would_tip_it():
    s = otpt.suggest_lead(["gait", "balance"])
    assert not s.sure and s.label == "Unsure - practice varies (leaning PT)"
    assert s.decided_by == "skills and occupation area"
    assert "the target" in s.tip and "the intervention" in s.tip
    nothing = otpt.suggest_lead()
    assert (nothing.sure, nothing.decided_by, nothing.ot_score, nothing.pt_score) == (False, "nothing", 0, 0)
    # everything given and still balanced: practice varies
    balanced = otpt.suggest_lead(
        target="occupation and movement", interventions=["education and training"], margin=0.75, level=2.5
    )
    assert not balanced.sure and "practice varies" in balanced.tip


def test_unanswered_inputs_add_nothing():
    base = otpt.suggest_lead(["strength"], target="movement and mobility")
    for unanswered in (None, "", "none", "not sure"):
        same = otpt.suggest_lead(
            ["strength"],
            unanswered,
            target="movement and mobility",
            interventions=[unanswered],
            specialty=unanswered,
        )
        assert (same.lead, same.ot_score, same.pt_score, same.reasons) == (
            base.lead,
            base.ot_score,
            base.pt_score,
            base.reasons,
        )


def test_scores_are_averages_that_do_not_grow_with_more_boxes():
    one = otpt.suggest_lead(
        ["gait"], target="movement and mobility", interventions=["motor function training"]
    )
    many = otpt.suggest_lead(
        ["gait", "balance", "strength", "endurance", "range_of_motion"],
        target="movement and mobility",
        interventions=["motor function training"],
    )
    assert many.lead == one.lead == "PT"
    for s in (one, many):
        assert 0 <= s.ot_score <= 3 and 0 <= s.pt_score <= 3
    ticked = otpt.suggest_lead(list(otpt.SKILLS), "ADL")
    assert 0 <= ticked.ot_score <= 3 and 0 <= ticked.pt_score <= 3


@pytest.mark.parametrize("skill", list(otpt.SKILLS))
def test_once_what_decides_has_decided_no_skill_or_area_moves_it(skill):
    suggested = otpt.suggest_leads(BANK)
    settled = BANK[(suggested["sure"]).to_numpy()]
    assert len(settled) > 0.9 * len(BANK)
    for row in settled.itertuples():
        before = suggested.loc[row.Index, "suggested"]
        for area in ("ADL", "leisure"):
            after = otpt.suggest_lead(
                [*row.skills, skill],
                area,
                target=row.target,
                interventions=row.intervention,
                specialty=row.specialty if isinstance(row.specialty, str) else None,
            )
            assert after.lead == before, (row.id, skill, area)


def test_unknown_inputs_are_named_with_what_is_allowed():
    with pytest.raises(ValueError, match=r"unknown skill 'walkin'\. Allowed - target: occupation"):
        otpt.suggest_lead(["walkin"])
    with pytest.raises(ValueError, match=r"unknown intervention 'moonwalk'"):
        otpt.suggest_lead(interventions=["moonwalk"])
    splint = otpt.suggest_lead(interventions=["Splinting"])
    assert splint.reasons[:2] == ["'Splinting' was read as: orthosis fabrication", splint.reasons[1]]
    assert splint.reasons[1].startswith("orthosis fabrication -> OT")


def test_inputs_are_read_as_the_loader_reads_them():
    typed = otpt.suggest_lead(["ROM", "Gait"], "adl", target="Movement or Body Function", specialty="CHT")
    exact = otpt.suggest_lead(
        ["range_of_motion", "gait"], "ADL", target="movement and mobility", specialty="open to both"
    )
    assert typed == exact and typed.label == "PT (either specialist)"


def test_one_generic_shared_intervention_does_not_settle_both():
    # education is done by both professions: it says nothing about who leads
    alone = otpt.suggest_lead(interventions=["education and training"])
    assert not alone.sure and "the target" in alone.tip
    for shared in ("education and training", "wheeled mobility and seating", "functional mobility training"):
        with_target = otpt.suggest_lead(target="movement and mobility", interventions=[shared])
        assert (with_target.label, with_target.decided_by) == ("PT", "target and intervention"), shared
    assert otpt.suggest_lead(target="occupation", interventions=["education and training"]).label == "OT"


def test_decided_by_names_only_what_was_given():
    assert otpt.suggest_lead(target="occupation").decided_by == "target"
    assert otpt.suggest_lead(interventions=["ADL training"]).decided_by == "intervention"


@pytest.mark.parametrize(("specialty", "lead"), [("OT specialty", "OT"), ("PT specialty", "PT")])
def test_a_one_profession_credential_decides_over_the_interventions(specialty, lead):
    other = "therapeutic exercise" if lead == "OT" else "ADL training"
    s = otpt.suggest_lead(target="occupation and movement", interventions=[other], specialty=specialty)
    assert (s.label, s.decided_by) == (lead, "specialty")


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("Manual wheelchair skills training", ["wheeled mobility and seating"]),
        ("Dressing a wound", ["integumentary repair"]),
        ("Upper body dressing practice", ["ADL training"]),
        ("Heat-moldable splint", ["orthosis fabrication"]),
        ("Ice skating", []),
        ("Balancing a chequebook", []),
        ("Work on balance", []),
        ("Hot pack before stretching", ["therapeutic exercise", "biophysical agents"]),
        ("Gait training with a rollator", ["motor function training", "mobility aids"]),
    ],
)
def test_words_in_a_description_are_read_narrowly(text, read_as):
    assert read_interventions(text) == read_as


def test_every_bank_row_has_interventions_from_the_list():
    for row in BANK.itertuples():
        assert 1 <= len(row.intervention) <= 3, row.id
        assert set(row.intervention) <= set(otpt.INTERVENTIONS), row.id
    assert set(BANK.loc[BANK["specialty"] == "open to both", "shared_as"]) == {"either specialist"}


def test_the_defaults_are_what_the_bundled_bank_fits():
    assert otpt.fit_parameters(BANK) == (placement.DEFAULT_MARGIN, placement.DEFAULT_LEVEL)
    assert placement.DEFAULT_MARGIN in placement.MARGINS and placement.DEFAULT_LEVEL in placement.LEVELS


def test_evaluation_reports_recall_both_precision_and_fits_inside_each_fold(monkeypatch):
    result = otpt.evaluate_suggestions(BANK, folds=5, seed=0)
    confusion = result["confusion"]
    assert confusion.to_numpy().sum() == len(BANK)
    assert result["agreement"] == pytest.approx(sum(confusion.loc[k, k] for k in otpt.LEADS) / len(BANK))
    for lead in otpt.LEADS:
        assert result["recall"][lead] == pytest.approx(confusion.loc[lead, lead] / confusion.loc[lead].sum())
    assert result["both_precision"] == pytest.approx(confusion.loc["Both", "Both"] / confusion["Both"].sum())
    assert len(result["parameters"]) == 5 and 0 <= result["unsure"] <= 1
    # each fold fits on its training rows only: record what each fit sees
    seen = []
    real_fit = lead_rule_bank._fit

    def spy(evidence, key):
        seen.append(len(key))
        return real_fit(evidence, key)

    monkeypatch.setattr(lead_rule_bank, "_fit", spy)
    otpt.evaluate_suggestions(BANK, folds=5, seed=0)
    assert seen == [len(BANK) - len(range(fold, len(BANK), 5)) for fold in range(5)]


def test_skills_and_area_alone_are_unsure_and_weaker():
    context = otpt.evaluate_suggestions(BANK, inputs=("skills", "occupation_area"))
    full = otpt.evaluate_suggestions(BANK)
    assert context["unsure"] == 1.0  # context alone never makes a suggestion sure
    assert context["agreement"] < full["agreement"]
    with pytest.raises(ValueError, match="unknown inputs"):
        otpt.evaluate_suggestions(BANK, inputs=("colour",))
    # one input may be given as a plain string
    one = otpt.evaluate_suggestions(BANK, inputs="skills")
    assert one["unsure"] == 1.0 and one["confusion"].to_numpy().sum() == len(BANK)


@pytest.mark.parametrize("folds", [0, 1, 2.5])
def test_evaluation_needs_two_folds(folds):
    with pytest.raises(ValueError, match="folds must be a whole number of at least 2"):
        otpt.evaluate_suggestions(BANK, folds=folds)


def test_evaluation_of_a_tiny_bank_uses_every_activity_once():
    tiny = BANK.head(3)
    result = otpt.evaluate_suggestions(tiny, folds=10)
    assert len(result["parameters"]) == 3  # no empty folds
    assert result["confusion"].to_numpy().sum() == 3
    with pytest.raises(ValueError, match="no activities"):
        otpt.evaluate_suggestions(BANK.head(0))


def test_evaluation_judges_sure_with_the_folds_numbers(monkeypatch):
    # a fit that always picks a huge margin makes every single-lead call unsure
    monkeypatch.setattr(lead_rule_bank, "_fit", lambda evidence, key: (2.0, 2.5))
    result = otpt.evaluate_suggestions(BANK, folds=5)
    expected = [
        placement._suggest(e, 2.0, 2.5)["sure"]
        for e in lead_rule_bank._evidence_table(BANK, placement.INPUTS, otpt.load_weights())
    ]
    assert result["sure"].tolist() == expected
    assert not all(expected)  # the check above compares something


def test_similar_activities_share_interventions_and_skills():
    similar = otpt.similar_activities(
        BANK, ["gait", "balance"], None, interventions=["motor function training"], top=3
    )
    assert len(similar) == 3
    for interventions in BANK.set_index("id").loc[similar["id"], "intervention"]:
        assert "motor function training" in interventions
    # typed as the loader reads them, and a credential counts
    assert otpt.similar_activities(BANK, ["Gait", "BALANCE"], interventions=["gait training"], top=3).equals(
        otpt.similar_activities(BANK, ["gait", "balance"], interventions=["motor function training"], top=3)
    )
    cht = otpt.similar_activities(BANK, specialty="CHT", top=10)
    assert set(cht["id"]) == set(BANK.loc[BANK["specialty"] == "open to both", "id"])


def test_nothing_alike_gives_no_similar_activities():
    assert otpt.similar_activities(BANK, [], None).empty
    assert otpt.similar_activities(BANK, [], "ADL", target="occupation").empty  # area and target alone
    none_share = BANK[BANK["intervention"].map(lambda i: "airway clearance" not in i)]
    assert otpt.similar_activities(none_share, [], interventions=["airway clearance"]).empty


def test_place_activity_widget_reads_its_controls():
    widget = otpt.PlaceActivity()
    widget.place_button.click()
    assert "Choose what the therapy targets or an intervention" in widget.result.value
    # nothing is pre-chosen, and what is left at "not sure" adds nothing
    assert {widget.area.value, widget.target.value, widget.specialty.value} == {"not sure"}
    assert [box.value for box in widget.interventions] == ["not sure", "not sure"]
    widget.skills["gait"].value = True
    assert widget.suggestion() == otpt.suggest_lead(["gait"])
    widget.skills["gait"].value = False
    widget.name.value = "<b>Wheelchair</b> basketball"
    widget.area.value = "leisure"
    for skill in ("strength", "social", "endurance"):
        widget.skills[skill].value = True
    widget.place_button.click()
    assert "Unsure - practice varies (leaning" in widget.result.value
    assert "What would tip it:</b> the target" in widget.result.value
    widget.target.value = "occupation"
    widget.interventions[0].value = "occupations and activities"
    widget.place_button.click()
    expected = otpt.suggest_lead(
        ["strength", "social", "endurance"],
        "leisure",
        target="occupation",
        interventions=["occupations and activities"],
    )
    assert expected.sure and f"Suggested lead: {expected.label}" in widget.result.value
    assert "Decided by the intervention" in widget.result.value
    assert "leisure -&gt; OT: hobbies are the leisure occupation" in widget.result.value
    alt = re.search(r'alt="([^"]*)"', widget.result.value).group(1)
    assert alt.startswith("&#x27;&lt;b&gt;Wheelchair&lt;/b&gt; basketball&#x27; lands at")
    assert "<b>Wheelchair</b>" not in widget.result.value


def test_placement_plot_marks_your_activity_and_the_band():
    s = otpt.suggest_lead(["gait"], target="movement and mobility", interventions=["motor function training"])
    ax = otpt.plot_placement(BANK, suggestion=s, name="Jogging")
    star = ax.collections[-1]
    assert tuple(star.get_offsets()[0]) == (pytest.approx(s.position), pytest.approx(0.62))
    assert "Jogging" in [t.get_text() for t in ax.texts]
    assert sum(len(c.get_offsets()) for c in ax.collections[:-1]) == len(BANK)
    box = ax.patches[0].get_window_extent()  # the shaded band, in data units below
    (x0, _), (x1, _) = ax.transData.inverted().transform([[box.x0, box.y0], [box.x1, box.y1]])
    assert x0 == pytest.approx(-placement.DEFAULT_MARGIN / 3, abs=1e-3)
    assert x1 == pytest.approx(placement.DEFAULT_MARGIN / 3, abs=1e-3)


def test_the_old_name_of_the_movement_target_is_still_read():
    # Banks written before content v3 said "movement or body function" (issue 32).
    old = otpt.suggest_lead(target="movement or body function", interventions=["motor function training"])
    new = otpt.suggest_lead(target="movement and mobility", interventions=["motor function training"])
    assert old == new and new.lead == "PT"


def test_a_target_that_names_both_is_not_overruled_by_the_interventions_alone():
    # held-out set 2: "wheelchair-to-toilet transfers after spinal cord injury" (raters: Both)
    # was OT because ADL training and adaptive equipment outnumber the transfer training; where
    # the description says the therapy works on the task and the movement, the target and the
    # interventions decide together
    inputs = dict(
        interventions=["functional mobility training", "ADL training"],
        skills=["balance", "strength"],
        occupation_area="ADL",
    )
    both = otpt.suggest_lead(target="occupation and movement", **inputs)
    assert (both.lead, both.sure, both.decided_by) == ("Both", True, "target and intervention")
    # the same interventions with the task alone as the target: OT, as before
    assert otpt.suggest_lead(target="occupation", **inputs).lead == "OT"
    # a credential one profession holds still decides first
    assert (
        otpt.suggest_lead(target="occupation and movement", specialty="PT specialty", **inputs).lead == "PT"
    )
