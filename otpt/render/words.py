"""The sentences the widgets compose around the bank's own text: verdicts, team notes,
prompts and notices (a figure's sentence is its ``describe_x``, beside the plot) - whole sentences with named parts, kept in one
place so they stay consistent (and can go to a translation catalogue later).

These are plain text; `otpt.render.html` escapes them once, on the way into HTML.
"""

from __future__ import annotations

from ..analysis.grading import Feedback, accepted_answers
from ..vocab import SYMBOLS

__all__ = ["PROMPTS", "TEAM_NOTES", "defensible_phrase", "progress_text", "team_note", "verdict"]

#: What a learner is told about how the work of a Both activity is shared, by the bank's
#: ``shared_as`` (see `otpt.vocab.SHARED_AS`); ``None`` for a bank that does not say.
TEAM_NOTES = {
    "co-treatment": (
        "Same team, same session: the OT and the PT treat together (co-treatment), each working on "
        "their own goal above. Teams co-treat when the person gains from both at once, not to save time."
    ),
    "either specialist": (
        "Same team, one person: a specialist does the whole job here, and the specialty is open to both "
        "professions, so you may meet an OT or a PT."
    ),
    "separate services": (
        "Same team, one plan: OT and PT each work on their own goal above, in their own sessions, "
        "toward one shared plan."
    ),
    None: "Same team: one activity, two sets of goals. OT and PT each work on their own goal in it (above).",
}

#: The prompts and notices the widgets show, by name.
PROMPTS = {
    "choose_first": "Choose OT, PT or Both first, then press Check.",
    "check_first": "Press Check first to see the explanation.",
    "empty_bank": "There are no activities in this bank yet.",
    "no_match": "No activities match these filters. Try another setting or population.",
    "explorer_pick_region": "Press OT leads, Both or PT leads to list that region's activities, each with why.",
    "explorer_no_match": "No activities match these filters. Try another setting, population or skill.",
    "round_done": "Round complete - here is how it went.",
    "plan_nothing_chosen": "Choose OT, PT or Both for at least one task first.",
    "no_worked_goals": "There are no worked goals for the activities in this bank.",
    "place_nothing_entered": "Choose what the therapy targets or an intervention (or tick a skill), then press Place it.",
}


def verdict(fb: Feedback) -> str:
    """The verdict on one answer, word and symbol (never colour alone): "✓ Right - usually PT",
    "≈ Defensible - ...", "✗ Not usually - ...".

    >>> from otpt.analysis.grading import Feedback
    >>> verdict(Feedback("A1", "Walking", "Both", "PT", "not usually", "", "", ""))
    '✗ Not usually - you said Both; usually PT'
    """
    symbol = SYMBOLS[fb.outcome]
    specialist = fb.key == "Both" and fb.shared_as == "either specialist"
    if fb.outcome == "right":
        if specialist:
            return f"{symbol} Right - either profession: one specialist, an OT or a PT, does the whole job (they do not split it)"
        return f"{symbol} Right - usually {fb.key}"
    if fb.outcome == "defensible":
        if specialist:
            return f"{symbol} Also right - one specialist, an OT or a PT, does the whole job"
        return f"{symbol} Defensible - usually {fb.key}; {fb.answer} is also right in some places (see when below)"
    return f"{symbol} Not usually - you said {fb.answer}; usually {fb.key}"


def team_note(fb: Feedback) -> str:
    """How the work of a Both activity is shared, in words ("" unless the key is Both)."""
    if fb.key != "Both":
        return ""
    return TEAM_NOTES.get(fb.shared_as or None, TEAM_NOTES[None])


def defensible_phrase(also_accepted: str | None) -> str:
    """ "OT is defensible too" / "OT and PT are defensible too" ("" when there is none)."""
    answers = accepted_answers(also_accepted)
    if not answers:
        return ""
    return f"{' and '.join(answers)} {'is' if len(answers) == 1 else 'are'} defensible too"


def progress_text(position: int, total: int, n_correct: int, n_checked: int, *, review: bool = False) -> str:
    """ "Question 7 of 20 · Score 5 of 6" (with "Review:" in front when replaying mistakes).

    >>> progress_text(7, 20, 5, 6)
    'Question 7 of 20 \u00b7 Score 5 of 6'
    """
    label = "Review: question" if review else "Question"
    return f"{label} {position} of {total} \u00b7 Score {n_correct} of {n_checked}"
