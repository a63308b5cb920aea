"""Small banks of the tests' own (code tests never depend on the bundled bank's content)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import otpt
from otpt.io.exchange.format import AnswerRecord, outcome_of

#: A small bank of the test's own, one row per case the code must handle: a single lead
#: with a defensible second answer, each way a Both activity is shared, a Both row that
#: does not say how, and a plain single lead. Code tests use it so that an edit to the
#: bundled bank's content (tests/content) never breaks a test of the code.
TINY_ROWS = [
    {
        "id": "T1",
        "activity": "Freeing a stiff shoulder",
        "setting": "outpatient",
        "population": "adults",
        "lead": "PT",
        "also_accepted": "OT",
        "practice_varies": "Where an upper-limb therapist who is an OT treats it.",
        "ot_focus": "Sometimes an upper-limb OT: reaching in daily tasks.",
        "pt_focus": "Shoulder range of motion.",
        "rationale": "Joint mobility is a body function PT treats.",
        "misconception": "It is not Both: the upper body is not OT's by rule.",
        "skills": "range_of_motion",
    },
    {
        "id": "T2",
        "activity": "Washing at the sink, standing",
        "setting": "acute hospital",
        "population": "adults",
        "lead": "Both",
        "also_accepted": "OT",
        "shared_as": "co-treatment",
        "practice_varies": "OT alone where the OT sees the patient alone.",
        "ot_focus": "Independence in grooming.",
        "pt_focus": "Standing balance.",
        "rationale": "One activity, two goals.",
        "misconception": "Not only OT: standing is PT's goal.",
    },
    {
        "id": "T3",
        "activity": "Swelling care for an arm",
        "setting": "outpatient",
        "population": "adults",
        "lead": "Both",
        "also_accepted": "OT;PT",
        "shared_as": "either specialist",
        "specialty": "open to both",
        "ot_focus": "Sleeves and daily tasks.",
        "pt_focus": "Exercise and wraps.",
        "rationale": "A specialist of either.",
    },
    {
        "id": "T4",
        "activity": "Carrying a lunch tray at school",
        "setting": "school",
        "population": "children",
        "lead": "Both",
        "shared_as": "separate services",
        "ot_focus": "Opening the packets.",
        "pt_focus": "Walking with the tray.",
        "rationale": "Two services, one plan.",
    },
    {
        "id": "T5",
        "activity": "Handwriting in class",
        "setting": "school",
        "population": "children",
        "lead": "OT",
        "ot_focus": "Grasp and letter forming.",
        "pt_focus": "-",
        "rationale": "The task itself.",
        "skills": "fine_motor",
    },
    {
        "id": "T6",
        "activity": "Getting up from bed",
        "setting": "acute hospital",
        "population": "older adults",
        "lead": "Both",
        "also_accepted": "PT",
        "practice_varies": "PT alone on some wards.",
        "ot_focus": "The morning routine.",
        "pt_focus": "Rolling and sitting up.",
        "rationale": "Both have a goal.",
        "misconception": "Not only PT: the PT for rolling, sitting up and standing; the OT for the routine.",
    },
]


def bank_of(rows, columns=None) -> pd.DataFrame:
    """A checked bank (as `load_activities` returns) from row dicts, or from tuples in the
    order of ``columns``; missing cells are empty."""
    frame = pd.DataFrame(rows, columns=list(columns) if columns else None)
    return otpt.coerce_activities(frame.fillna(""))


#: The columns of the small banks the overlap, skills and spectrum tests draw.
OVERLAP_COLUMNS = ("activity", "lead", "setting", "skills", "ot_focus", "pt_focus")
#: Two OT rows, a PT row and a Both row, in three settings.
MIXED_ROWS = [
    ("Dressing", "OT", "school", "fine_motor;cognitive", "Dressing.", "-"),
    ("Cooking", "OT", "home health", "cognitive", "Meal prep.", "-"),
    ("Walking", "PT", "school", "gait;balance", "-", "Gait."),
    ("Bed to chair", "Both", "acute hospital", "strength;balance", "Routine.", "Transfer."),
]


def answer(activity_id, given, key, *, confidence="sure", round_=1, ts="2026-09-01T10:00:00+00:00") -> dict:
    """One answer record as a learner's quiz saves it (no second accepted answer: right
    where ``given`` is the key)."""
    outcome = outcome_of(given, key)
    return AnswerRecord(
        activity_id, f"Activity {activity_id}", given, key, outcome, confidence, round_, ts
    ).to_json()


def save_answers_file(folder: Path, name: str, learner: str, records: list[dict]) -> Path:
    """Write one learner's answers file into ``folder``."""
    return otpt.save_answers(pd.DataFrame(records), folder / name, learner=learner)


def write_class_folder(folder: Path) -> Path:
    """Two learners, ada and bo; bo saved twice (a drive's "(1)" copy): merged, the later answers win."""
    save_answers_file(
        folder, "ada.json", "ada", [answer("A1", "OT", "OT"), answer("A2", "PT", "Both", confidence="unsure")]
    )
    save_answers_file(folder, "bo.json", "bo", [answer("A1", "PT", "OT"), answer("A2", "Both", "Both")])
    later = "2026-09-01T11:00:00+00:00"
    save_answers_file(
        folder,
        "bo (1).json",
        "bo",
        [answer("A1", "OT", "OT", ts=later), answer("A2", "Both", "Both", ts=later)],
    )
    return folder
