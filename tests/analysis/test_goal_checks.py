"""The self-check of a written goal prompts what is missing."""

import pytest

import otpt


def test_checklist_prompts_what_is_missing():
    checks = dict((text, ok) for ok, text in otpt.goal_checklist("Improve balance", "PT"))
    # balance is a body function: its last check is the softer prompt (review 34 S5), the rest are missing
    assert [ok for ok in checks.values()] == [False, False, False, True, None]
    assert otpt.goal_checklist("  ", "OT") == [(False, "Write the OT goal first.")]
    ot = otpt.goal_checklist("She will stand for 5 minutes within a week.", "OT", "Grooming at the sink")
    assert ot[-1][0] is False and "grooming at the sink" in ot[-1][1]
    with pytest.raises(ValueError, match="must be 'OT' or 'PT'"):
        otpt.goal_checklist("x", "SLP")


@pytest.mark.parametrize(
    ("goal", "functional"),
    [
        # a body function and a number only: a short-term goal, asked which function it serves (review 34 S5)
        ("Within 3 weeks her left knee will bend to 110 degrees.", None),
        ("Within 3 weeks she will have 4/5 hip strength.", None),
        ("Within 3 weeks she will do 3 sets of 10 heel slides.", False),  # an exercise: missing
        ("Within 3 weeks she will climb the 12 school stairs with one rail and no help.", True),
        ("By discharge he will get into the car with stand-by help.", True),
        ("In 2 weeks her knee will bend to 110 degrees so she can ride her bike.", True),
    ],
)
def test_a_pt_goal_is_asked_whether_it_is_functional(goal, functional):
    # Medicare Benefit Policy Manual ch. 15, 220.1.2: functional, measurable goals - a PT
    # goal that names only a body part or a number is prompted to say what it is for.
    last_ok, last_prompt = otpt.goal_checklist(goal, "PT", "Riding a bike; leisure participation")[-1]
    assert last_ok is functional
    assert last_prompt.startswith("Says which function it serves" if functional is None else "Is functional")


@pytest.mark.parametrize(
    ("goal", "profession", "task", "expected"),
    [
        # review 14: a bare "by" is no time frame; "patient" names no activity
        (
            "The patient will dress by herself.",
            "OT",
            "Dressing after a stroke; dressing",
            [True, False, False, True],
        ),
        (
            "Within 5 days the patient will increase shoulder flexion to 90 degrees.",
            "OT",
            "Moving a patient from bed to chair in intensive care; functional mobility",
            [True, True, True, None],
        ),
        # the activity named in other words than the task's title: its OTPF-4 occupation's
        (
            "Within 2 days the patient will brush her teeth with supervision.",
            "OT",
            "Washing and grooming while standing at the sink; personal hygiene and grooming",
            [True, True, True, True],
        ),
        (
            "Within 2 weeks, the student will open his milk carton on 4 of 5 days.",
            "OT",
            "Carrying a lunch tray in the school cafeteria; feeding",
            [True, True, True, True],
        ),
        # how PT students write goals: shorthand is read
        (
            "Pt to ambulate 150 ft with RW and CGA x 2 weeks to the bathroom.",
            "PT",
            "Walking to the bathroom; functional mobility",
            [True, True, True, True, True],
        ),
        (
            "By the IEP review he will climb the 12 school stairs with one rail.",
            "PT",
            "Stairs; formal educational participation",
            [True, True, True, True, True],
        ),
    ],
)
def test_the_self_check_reads_goals_as_clinicians_write_them(goal, profession, task, expected):
    assert [ok for ok, _ in otpt.goal_checklist(goal, profession, task)] == expected


@pytest.mark.parametrize(
    ("goal", "profession", "task", "measure"),
    [
        # review 15 M3: the time frame's number is no measure; "without difficulty" measures nothing
        (
            "Within 2 weeks the patient will do her grooming at the sink.",
            "OT",
            "Grooming at the sink; personal hygiene and grooming",
            False,
        ),
        ("Pt to groom in 1 wk", "OT", "Grooming at the sink; personal hygiene and grooming", False),
        (
            "Within 3 weeks the patient will shave without difficulty.",
            "OT",
            "Grooming at the sink; personal hygiene and grooming",
            False,
        ),
        (
            "Within 3 weeks the patient will shave with set-up only.",
            "OT",
            "Grooming at the sink; personal hygiene and grooming",
            True,
        ),
        (
            "Within 2 weeks she will walk 150 feet without loss of balance.",
            "PT",
            "Walking; functional mobility",
            True,
        ),
    ],
)
def test_a_measure_is_not_the_time_frame(goal, profession, task, measure):
    checks = dict((text, ok) for ok, text in otpt.goal_checklist(goal, profession, task))
    assert checks["Has a measure: how much, how often, or how much help."] is measure


def test_a_pain_goal_names_what_pt_works_on_but_is_asked_what_it_is_for():
    # review 15 M3 and review 23 M1: pain is a body function PT treats (APTA Guide 4.0), so
    # the target check passes; "report pain of 3/10" alone is no function, so the next asks
    checks = otpt.goal_checklist(
        "Within 2 weeks the patient will report pain of 3/10 at home.",
        "PT",
        "Lifting at work; job performance and maintenance",
    )
    assert checks[3][0] is True and checks[3][1].startswith("Names what PT works on")
    # review 34 S5: a short-term body-function goal - the softer prompt, not a miss
    assert checks[4][0] is None and checks[4][1].startswith("Says which function it serves")


@pytest.mark.parametrize(
    ("goal", "met"),
    [
        # review 22 S1: PT works on body functions too (APTA Guide 4.0; lesson 1)
        (
            "Within 6 weeks, she will have no urine leakage when she coughs or lifts her baby, 7 of 7 days.",
            True,
        ),
        ("Within 4 weeks the wound on his heel will close, with the skin intact.", True),
        (
            "Within 3 days he will clear his secretions with a huff cough and keep his SpO2 at 92% or more.",
            True,
        ),
        ("Within 2 weeks the patient will report pain of 3/10.", True),
    ],
)
def test_a_pt_goal_may_name_a_body_function_pt_treats(goal, met):
    assert otpt.goal_checklist(goal, "PT", "Pelvic floor; health management")[3][0] is met


def test_a_count_of_trials_is_no_time_frame_and_shorthand_walking_is_functional():
    # review 22 S1: "in 3 of 4 trials" measures; it is no time frame
    trials = dict(
        (t, ok)
        for ok, t in otpt.goal_checklist(
            "The patient will put on her shirt with min assist in 3 of 4 trials.", "OT", "Dressing; dressing"
        )
    )
    assert trials["Has a time frame (within a week, by discharge ...)."] is False
    amb = otpt.goal_checklist("Pt to amb 150' w/ RW mod I x 2 wks", "PT", "Walking; functional mobility")
    # a distance walked is no fail (review 22 S1), but it is asked where or what for (review 36 S8)
    assert [ok for ok, _ in amb] == [True, True, True, True, None], amb
    assert amb[-1][1].startswith("Says where or what for")
    placed = otpt.goal_checklist("Pt to amb 150' w/ RW mod I to the dining room x 2 wks", "PT", "Walking")
    assert all(ok for ok, _ in placed), placed


def test_an_ot_goal_that_names_only_a_movement_or_a_place_is_prompted():
    # review 16 M4: "standing" and "sink" are in the activity's name but are not grooming
    task = "Washing and grooming while standing at the sink; personal hygiene and grooming"
    standing = otpt.goal_checklist(
        "The patient will tolerate 5 minutes of standing at the sink within a week.", "OT", task
    )
    assert standing[-1][0] is False and "Names the everyday activity itself" in standing[-1][1]
    washing = otpt.goal_checklist(
        "In one week the patient will wash her face at the sink with modified independence.", "OT", task
    )
    assert all(ok for ok, _ in washing)  # "in one week" is a time frame, "modified independence" a measure


@pytest.mark.parametrize(
    ("activity_id", "goal"),
    [
        # review 17: good OT goals written other ways than the worked ones still name the activity
        (
            "A071",
            "Within 4 weeks he will complete his night-time toileting routine with set-up only on 3 of 3 nights.",
        ),
        (
            "A006",
            "By the move out of intensive care he will wash his face and hands in the chair with set-up only.",
        ),
        ("A012", "Within 2 days she will brush her teeth standing at the sink with stand-by supervision."),
        ("A084", "Within six weeks she will garden for 30 minutes twice a week with rest breaks she plans."),
        ("A056", "Within 9 weeks he will open his milk carton and yogurt cup on 4 of 5 school days."),
    ],
)
def test_good_ot_goals_for_each_goal_writing_activity_pass(activity_id, goal):
    bank = otpt.load_activities().set_index("id")
    task = f"{bank.loc[activity_id, 'activity']}; {bank.loc[activity_id, 'occupation']}"
    assert all(ok for ok, _ in otpt.goal_checklist(goal, "OT", task)), otpt.goal_checklist(goal, "OT", task)


def test_sitting_in_the_chair_is_not_the_activity_an_ot_goal_names():
    # review 17: "sit in the chair" is a movement and a place, not the self-care the OT targets
    task = "Moving a patient from bed to chair in intensive care; functional mobility"
    ok, prompt = otpt.goal_checklist(
        "Within 5 days the patient will sit in the chair for 20 minutes.", "OT", task
    )[-1]
    assert ok is False and prompt.startswith("Names the everyday activity itself")


@pytest.mark.parametrize(
    ("goal", "measure"),
    [
        # review 20: a direction of change is no measure; a balance grade is one when it is graded
        ("Pt will ambulate with increased independence within 2 weeks to the bathroom.", False),
        ("Within 2 weeks she will stand with good balance to brush her teeth.", False),
        ("Within 2 weeks she will stand with fair+ balance to brush her teeth.", True),
        ("Within 2 weeks she will stand with good dynamic standing balance to brush her teeth.", True),
        ("Within 2 weeks she will walk to the bathroom with modified independence.", True),
    ],
)
def test_increased_independence_is_not_a_measure(goal, measure):
    checks = dict((text, ok) for ok, text in otpt.goal_checklist(goal, "PT", "Walking; functional mobility"))
    assert checks["Has a measure: how much, how often, or how much help."] is measure


@pytest.mark.parametrize(
    ("activity_id", "profession", "goal", "all_met"),
    [
        # review 21 M2: functional mobility is an ADL (OTPF-4): an OT transfer goal names it
        (
            "A011",
            "OT",
            "By discharge, the patient will transfer from bed to chair with minimal assistance.",
            True,
        ),
        (
            "A006",
            "OT",
            "Within 5 days, the patient will get out of bed to the chair with the help of one person.",
            True,
        ),
        # any occupation the goal names, not only the task's own: washing in the chair in the ICU
        (
            "A006",
            "OT",
            "Within 5 days, the patient will wash face and hands in the chair with set-up only.",
            True,
        ),
        # the time frame names no activity: "intensive care" is no "care of others"
        (
            "A006",
            "OT",
            "By the move out of intensive care, the patient will sit in a chair for 20 minutes.",
            False,
        ),
        ("A006", "OT", "By the move out of intensive care he will sit in the chair for 20 minutes.", False),
        # standing at the sink is functional for PT (lesson 5's own example)
        (
            "A012",
            "PT",
            "Within 2 days the patient will stand at the sink for 5 minutes with supervision.",
            True,
        ),
        # "no loss of balance" is a measure
        ("A071", "OT", "Within 4 weeks the patient will walk to the bathroom with no loss of balance.", True),
        ("A071", "PT", "Within 4 weeks he will walk 40 feet to the bathroom with no falls.", True),
    ],
)
def test_functional_mobility_and_the_time_frame_are_read_as_an_ot_reads_them(
    activity_id, profession, goal, all_met
):
    bank = otpt.load_activities().set_index("id")
    task = f"{bank.loc[activity_id, 'activity']}; {bank.loc[activity_id, 'occupation']}"
    checks = otpt.goal_checklist(goal, profession, task)
    assert all(ok for ok, _ in checks) is all_met, checks


@pytest.mark.parametrize(
    ("goal", "functional"),
    [
        # review 23 M1: a place word or a body part alone does not make a goal functional (a body
        # function alone gets the softer prompt of a short-term goal: review 34 S5)
        ("Within 2 weeks she will increase quadriceps strength to 4/5 at home.", None),
        ("Within 6 weeks she will hold a pelvic floor contraction for 10 seconds in the clinic.", None),
        ("Within 2 weeks she will do her quadriceps sets at home 3 times a day.", False),
        ("Within 2 days she will stand at the sink for 5 minutes with supervision.", True),
        ("Within 6 weeks she will have no urine leakage when she lifts her baby, 7 of 7 days.", True),
        (
            "Within 2 weeks her quadriceps strength will reach 4/5 so that she can climb her porch steps.",
            True,
        ),
    ],
)
def test_functional_means_an_activity_not_a_place(goal, functional):
    last = otpt.goal_checklist(goal, "PT", "Knee exercises; health management")[-1]
    assert last[0] is functional
    assert last[1].startswith("Is functional") is (functional is not None)


def _task(activity_id):
    bank = otpt.load_activities().set_index("id")
    return f"{bank.loc[activity_id, 'activity']}; {bank.loc[activity_id, 'occupation']}"


@pytest.mark.parametrize(
    ("activity_id", "goal"),
    [
        # review 25 (an OT hand therapist): an exercise is no activity, even when its body
        # part, diagnosis or surgery is in the activity's name
        ("A031", "Within 2 weeks the patient will complete 3 sets of 10 shoulder flexion reps"),
        ("A034", "Within 3 weeks the patient will do 3 sets of 15 knee extensions with a 2 lb weight."),
        ("A096", "Within 6 weeks the player will do his elbow exercises twice a day with no pain."),
        ("A035", "Within 4 weeks she will do 10 back exercises daily with pain below 3/10."),
        ("A056", "Within 2 weeks the student will squeeze therapy putty 20 times to hold a cup."),
    ],
)
def test_an_exercise_does_not_name_the_everyday_activity(activity_id, goal):
    ok, prompt = otpt.goal_checklist(goal, "OT", _task(activity_id))[-1]
    assert prompt.startswith("Names the everyday activity itself") and "not only an exercise" in prompt
    assert ok is False


@pytest.mark.parametrize(
    ("activity_id", "goal", "serves"),
    [
        # review 34 S5: a motion, grip or strength goal is a short-term body-function goal; it does
        # not name the everyday activity (review 25), and is asked which function it serves
        (
            "A031",
            "Within 4 weeks after surgery the patient will raise his arm to 150 degrees of shoulder flexion.",
            None,
        ),
        ("A044", "Within 4 weeks he will increase wrist extension to 60 degrees after the fracture.", None),
        (
            "A039",
            "Within 6 weeks the patient will make a full fist with the hand after the tendon repair.",
            None,
        ),
        ("A050", "Within 6 weeks the student will hold the pencil with a mature grasp for 5 minutes.", None),
        # ... and says it: the plain pass of that check (an object it serves is a function: hold a cup)
        ("A056", "Within 2 weeks the patient will increase grip strength to hold a cup.", True),
        ("A060", "Within 4 weeks he will increase grip strength to 20 lb to hold the spoon.", True),
        (
            "A013",
            "Within 3 weeks she will increase shoulder flexion to 120 degrees to reach her shirt.",
            True,
        ),
        ("A106", "Within 2 weeks the child will increase lip closure strength to hold an open cup.", True),
        ("A044", "Within 4 weeks he will increase wrist extension to 60 degrees to hold his guitar.", True),
    ],
)
def test_a_motion_or_strength_goal_is_asked_which_function_it_serves(activity_id, goal, serves):
    ok, prompt = otpt.goal_checklist(goal, "OT", _task(activity_id))[-1]
    assert prompt.startswith("Says which function it serves") and ok is serves


@pytest.mark.parametrize(
    ("activity_id", "goal"),
    [
        # the same activities, with a goal that says what the person will do: all checks pass
        (
            "A031",
            "Within 4 weeks the patient will feed and groom the family dog with no help on 7 of 7 days.",
        ),
        ("A056", "Within 2 weeks the student will hold a cup to drink his milk independently at lunch."),
        (
            "A056",
            "Within 3 weeks the patient will increase grip strength to 20 lb so that she can eat with a fork without help.",
        ),
        ("A060", "Within 4 weeks he will feed himself with the adapted spoon with set-up only."),
        ("A013", "Within 3 weeks she will put on her shirt one-handed with set-up only."),
        (
            "A050",
            "Within 6 weeks the student will write his name legibly with a mature pencil grasp on 4 of 5 days.",
        ),
        ("A044", "Within 6 weeks he will play guitar for 20 minutes with wrist pain of 2/10 or less."),
        (
            "A106",
            "Within 2 weeks the child will drink from an open cup at family meals with no spills on 4 of 5 days.",
        ),
        ("A029", "Within 3 weeks she will lift her baby from the crib with her wrist splint on and no help."),
        # a strength goal that names the activity it is for (goal_rubric_examples.csv, E2)
        (
            "A071",
            "Within 3 weeks, Mr. Okafor will improve his hand strength to 4/5 for toileting with no help.",
        ),
    ],
)
def test_an_ot_goal_that_says_what_the_person_will_do_passes(activity_id, goal):
    checks = otpt.goal_checklist(goal, "OT", _task(activity_id))
    assert all(ok for ok, _ in checks), checks


def test_a_body_part_in_the_activity_name_does_not_make_a_pt_goal_functional():
    # review 25: "shoulder" in "Caring for the family dog after shoulder surgery" is no function;
    # a shoulder motion goal is a short-term body-function goal (review 34 S5), an exercise a miss
    ok, prompt = otpt.goal_checklist(
        "Within 5 days the patient will increase shoulder flexion to 90 degrees.", "PT", _task("A031")
    )[-1]
    assert prompt.startswith("Says which function it serves") and ok is None
    ok, prompt = otpt.goal_checklist(
        "Within 5 days the patient will do shoulder pendulums twice a day.", "PT", _task("A031")
    )[-1]
    assert prompt.startswith("Is functional") and ok is False


@pytest.mark.parametrize(
    ("goal", "profession", "person"),
    [
        # review 25 (a PT acute-care specialist): the subject of "will" is a person - not an
        # activity or a skill (a body function may be: test_a_body_function_may_be_the_subject)
        ("Within 2 weeks ambulation will improve to 150 feet with a rolling walker.", "PT", False),
        ("Gait will be normal within 2 weeks.", "PT", False),
        ("Within 2 weeks dressing will be independent.", "OT", False),
        ("Within 2 weeks the patient will feel less pain.", "PT", False),  # a person, unseen
        ("Within 2 weeks it will be easier for her to stand up.", "PT", False),
        # the person, however it is written
        ("Within 4 weeks, Mr. Okafor will walk to his bathroom with his walker without help.", "PT", True),
        ("Within 3 weeks Maria will dress her upper body with set-up only.", "OT", True),
        ("By discharge Pt. will ambulate 150 ft with a rolling walker and CGA.", "PT", True),
        ("Within 2 weeks she also will walk 150 feet to the dining room with stand-by help.", "PT", True),
        ("Within 6 weeks the 6-year-old will climb the 12 school stairs with one rail.", "PT", True),
        ("Within 4 weeks I will walk my dog around the block without a rest.", "PT", True),
        ("Within 2 weeks her husband will help her into the car with stand-by help only.", "PT", True),
        ("Within 2 weeks they will get in and out of the tub with set-up only.", "OT", True),
        ("Pt to ambulate 150 ft with RW and CGA x 2 weeks to the bathroom.", "PT", True),
    ],
)
def test_who_will_do_what_is_a_person(goal, profession, person):
    ok, prompt = otpt.goal_checklist(goal, profession, "Walking; functional mobility")[0]
    assert prompt.startswith("Says who will do what: a person") and ok is person


@pytest.mark.parametrize(
    ("goal", "profession"),
    [
        # review 34 S5: a short-term body-function goal may have the function as its subject
        # ("the wound will ..." is a goal); what it serves is asked by the last check
        ("Within 2 weeks pain will be 2/10", "PT"),
        ("Within 2 weeks pain will be 2/10", "OT"),
        ("Pain will be 2/10 or less within 2 weeks.", "PT"),
        ("Within 3 weeks shoulder strength will be 4/5.", "PT"),
        ("Within 4 weeks range of motion will reach 120 degrees of knee flexion.", "PT"),
        ("Within 4 weeks knee ROM will be 0 to 120 degrees.", "PT"),
        ("Within 4 weeks ROM will be 0 to 120 degrees.", "PT"),
        ("Within 3 weeks her grip strength will increase to 20 lb.", "OT"),
        ("Within 2 weeks the patient's pain will be 3/10 during transfers.", "PT"),
        ("Balance will improve to good within 2 weeks.", "PT"),
        ("Within 3 weeks her left knee will bend to 110 degrees.", "PT"),
    ],
)
def test_a_body_function_may_be_the_subject(goal, profession):
    ok, prompt = otpt.goal_checklist(goal, profession, "Walking; functional mobility")[0]
    assert (
        prompt.startswith("Says what will change: a short-term goal may have a body function") and ok is True
    )


@pytest.mark.parametrize(
    ("goal", "verdict"),
    [
        # a body function alone: the softer prompt of a short-term goal (review 34 S5)
        ("Within 2 weeks the patient will increase shoulder flexion to 120 degrees with less pain.", None),
        ("Within 2 weeks the patient will report pain 2/10 or less.", None),
        ("Within 2 weeks the patient will complete 3 sets of 10 sit to stands.", False),  # an exercise
    ],
)
def test_review_25_impairment_goals_name_no_activity(goal, verdict):
    """Review 25: four letters matched "less" to "lesson"; reps of a transfer are an exercise."""
    bank = otpt.load_activities().set_index("id")
    for activity_id in ("A031", "A017", "A036"):
        row = bank.loc[activity_id]
        checks = otpt.goal_checklist(goal, "OT", f"{row['activity']};{row['occupation']}")
        assert checks[-1][0] is verdict, (activity_id, goal)
    assert all(
        ok
        for ok, _text in otpt.goal_checklist(
            "Within 2 weeks the patient will dress her upper body independently, reaching overhead with less pain.",
            "OT",
            "Freeing a frozen shoulder;dressing",
        )
    )


@pytest.mark.parametrize(
    ("help_given", "measured"),
    [
        ("with assistance", False),
        ("with cues", False),
        ("with help from her husband", False),
        ("with moderate assistance", True),
        ("with contact guard assist", True),
        ("with minimal verbal cues", True),
        ("without cues", True),
    ],
)
def test_how_much_help_is_a_measure_and_bare_help_is_not(help_given, measured):
    """Review 26: a bare "with assistance" passed as a measure; a teacher would ask how much."""
    goal = f"Within 2 weeks the patient will put on her shirt {help_given}."
    checks = otpt.goal_checklist(goal, "OT", "Dressing after a stroke;dressing")
    assert next(ok for ok, text in checks if text.startswith("Has a measure")) is measured


@pytest.mark.parametrize(
    "goal, task",
    [
        (
            "By discharge pt will complete lower body dressing with a reacher and supervision.",
            "Dressing; dressing",
        ),
        ("By discharge the patient will get dressed with a reacher and set-up only.", "Dressing; dressing"),
        ("Within 4 weeks the client will go shopping for 5 items with a cart.", "Shopping; shopping"),
        ("Within 6 weeks she will return to knitting for 20 minutes.", "A hobby; leisure participation"),
        (
            "Within 4 weeks the client will increase grip strength to open jars.",
            "Cooking; meal preparation and cleanup",
        ),
        (
            "Within 4 weeks, client will use a weekly planner to complete 4 of 5 planned activities.",
            "A daily routine; social and emotional health promotion and maintenance",
        ),
    ],
)
def test_every_form_of_an_occupation_word_names_it(goal, task):
    # review 28 M1 ("dress" was cut to "dres", so "dressing" never matched) and S6 (no words
    # for psychosocial occupations); review 27 S6 (IADL objects such as jars)
    assert otpt.goal_checklist(goal, "OT", task)[-1][0], goal


@pytest.mark.parametrize(
    "goal, lang",
    [
        ("Within 2 weeks the patient will feel more confident about dressing.", "en"),
        ("By discharge she will understand her hip precautions.", "en"),
        ("En 2 semanas, la paciente se sentirá más segura al vestirse.", "es"),
    ],
)
def test_a_feeling_is_not_something_a_person_will_be_seen_to_do(goal, lang):
    # review 27 S6: "will feel more confident" passed "says who will do what"
    assert not otpt.goal_checklist(goal, "OT", "Dressing; dressing", lang=lang)[0][0]
    shown = goal.replace("understand", "understand and demonstrate")
    if shown != goal:
        assert otpt.goal_checklist(shown, "OT", "Dressing; dressing", lang=lang)[0][0]


@pytest.mark.parametrize(
    "goal, lang, measured",
    [
        ("Within 1 week she will walk to room 12.", "en", False),
        ("Within 1 week she will take bus 7 to the clinic.", "en", False),
        ("Within 1 week she will walk to room 12 with stand-by help.", "en", True),
        ("Within 1 week she will walk 150 feet to room 12.", "en", True),
        ("En 1 semana, caminará a la habitación 12.", "es", False),
        ("En 1 semana, caminará 50 metros hasta la habitación 12.", "es", True),
    ],
)
def test_a_room_or_bus_number_is_a_place_not_a_measure(goal, lang, measured):
    # review 27 S6: any digit passed "Has a measure"
    assert otpt.goal_checklist(goal, "PT", lang=lang)[2][0] is measured


def test_every_occupation_of_the_bank_has_words_in_both_languages():
    # review 28 S6: eight occupations had no words, so only the title could match
    from otpt.analysis.occupation_words import ENGLISH, SPANISH

    used = set(otpt.load_activities()["occupation"])
    assert used <= set(ENGLISH) and used <= set(SPANISH)
    assert set(ENGLISH) == set(SPANISH) and set(ENGLISH) <= {
        o for area in otpt.OCCUPATIONS.values() for o in area
    }


@pytest.mark.parametrize(
    "goal, lang",
    [
        # review 31 M2: independence and a count after "floor" are measures (a frequency word alone is not:
        # review 32 M2, "will walk daily")
        ("Within 2 weeks she will get up from the floor 3 times.", "en"),
        ("Within 2 weeks she will kneel on the floor 5 times.", "en"),
        ("Within 4 weeks she will do her home exercises twice a week on her own.", "en"),
        ("Within 3 weeks he will take his medicines daily without reminders.", "en"),
        ("En 2 semanas, se levantará del piso 3 veces.", "es"),
        ("En 3 semanas, tomará sus medicinas a diario sin recordatorios.", "es"),
    ],
)
def test_how_often_and_how_independently_are_measures(goal, lang):
    assert otpt.goal_checklist(goal, "PT", lang=lang)[2][0], goal


@pytest.mark.parametrize(
    "goal, lang",
    [
        ("In 4 visits she will walk 150 feet with a cane.", "en"),
        ("En 4 visitas, caminará 50 metros con bastón.", "es"),
    ],
)
def test_a_number_of_visits_is_a_time_frame(goal, lang):
    assert otpt.goal_checklist(goal, "PT", lang=lang)[1][0], goal


def test_getting_up_from_the_floor_and_lifting_are_movement():
    for goal in (
        "Within 2 weeks she will get up from the floor 3 times to play with her grandchild.",
        "Within 2 weeks she will lift her baby from the floor 10 times.",
    ):
        assert otpt.goal_checklist(goal, "PT")[3][0], goal


@pytest.mark.parametrize(
    "goal",
    [
        "Within 8 weeks the athlete will run 2 miles with pain of 2/10 or less.",
        "Within 10 weeks she will return to soccer, with a single-leg hop test at 90% of the other side.",
        "Within 6 weeks he will jog 20 minutes without pain so he can play basketball.",
    ],
)
def test_sports_goals_are_movement_and_functional(goal):
    # review 32 M2: run, jog, hop and "return to soccer" were not in the word lists
    assert all(ok for ok, _ in otpt.goal_checklist(goal, "PT")), goal


def test_a_frequency_alone_is_not_a_measure():
    # review 32 M2: "By discharge the patient will walk daily" passed every check
    assert not otpt.goal_checklist("By discharge the patient will walk daily.", "PT")[2][0]
    assert not otpt.goal_checklist("Para el alta, el paciente caminará a diario.", "PT", lang="es")[2][0]
