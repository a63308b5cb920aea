"""The bundled cases tell the source story."""

import otpt

CASES = otpt.load_cases()


def test_bundled_cases_cover_the_source_story():
    assert {"hip", "school", "falls"} <= set(CASES)
    hip = [t.task.lower() for t in CASES["hip"].tasks]
    for words in (
        "exercising the legs",
        "morning routine",
        "getting out of bed",
        "brushing her teeth",
        "standing",
        "walking",
    ):
        assert any(words in t for t in hip), words
    school = " ".join(t.task.lower() for t in CASES["school"].tasks)
    for words in ("sensory", "handwriting", "playground", "one plan"):
        assert words in school
    for case in CASES.values():
        assert case.summary and case.setting
        assert {t.lead for t in case.tasks} == {"OT", "Both", "PT"}
        for t in case.tasks:
            assert t.why
            # the lead's profession always has a goal, Both means both do; the other
            # profession's part is filled wherever it has one (a PT note on an OT task)
            assert bool(t.ot_goal) or t.lead == "PT", t.task_id
            assert bool(t.pt_goal) or t.lead == "OT", t.task_id
