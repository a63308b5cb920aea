"""The columns of the tables otpt reads and writes: an activity bank (all of them in order,
the required ones, the free-text ones) and an answers table."""

__all__ = ["ANSWER_COLUMNS", "COLUMNS", "REQUIRED", "TEXT_COLUMNS"]

#: The columns of a full bank, in order. Only ``activity`` and ``lead`` are required.
COLUMNS = (
    "id",
    "activity",
    "description",
    "setting",
    "population",
    "lead",
    "also_accepted",
    "practice_varies",
    "shared_as",
    "target",
    "intervention",
    "specialty",
    "ot_focus",
    "pt_focus",
    "skills",
    "occupation_area",
    "occupation",
    "body_region",
    "icf_chapter",
    "rationale",
    "misconception",
    "sources",
    "other_lead",
    "quiz",
)
REQUIRED = ("activity", "lead")
TEXT_COLUMNS = (
    "description",
    "practice_varies",
    "ot_focus",
    "pt_focus",
    "rationale",
    "misconception",
    "sources",
    "other_lead",
)

#: The columns of an answers table (what `ClassifyQuiz.answers` and answer files hold).
#: ``outcome`` is one of `otpt.vocab.OUTCOMES`; ``correct`` is True for "right" and "defensible".
ANSWER_COLUMNS = (
    "activity_id",
    "activity",
    "answer",
    "key",
    "outcome",
    "correct",
    "confidence",
    "round",
    "timestamp",
)
