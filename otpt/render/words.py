"""The sentences the widgets compose around the bank's own text: verdicts, team notes,
prompts and notices (a figure's sentence is its ``describe_x``, beside the plot) - whole sentences with named parts, kept in one
place so they stay consistent (and can go to a translation catalog later).

These are plain text; `otpt.render.html` escapes them once, on the way into HTML.
"""

from __future__ import annotations

from ..analysis.grading import Feedback, accepted_answers
from ..vocab import SYMBOLS

__all__ = [
    "BODY_SYSTEMS",
    "PROMPTS",
    "TARGET_WORDS",
    "TEAM_NOTES",
    "defensible_phrase",
    "progress_text",
    "target_note",
    "team_note",
    "verdict",
]

#: Body functions other than movement that PT works on (ICF chapters), said as they are
#: where a row's target is movement and mobility: the rule of thumb does not reach them.
BODY_SYSTEMS = {
    "b4": "the heart, lungs and breathing",
    "b6": "bladder, bowel and pelvic-floor function",
    "b8": "the skin and wound healing",
}

#: The bank's targets (`otpt.vocab.TARGETS`) as the rule of thumb says them.
TARGET_WORDS = {
    "occupation": "the everyday task itself (the occupation)",
    "movement and mobility": "movement and mobility",
    "occupation and movement": "both the everyday task and movement and mobility",
}

#: What a learner is told about how the work of a Both activity is shared, by the bank's
#: ``shared_as`` (see `otpt.vocab.SHARED_AS`); ``None`` for a bank that does not say.
TEAM_NOTES = {
    "co-treatment": (
        "Same team, same session: the OT and the PT treat together (co-treatment), each working on "
        "their own goal above. The AOTA/APTA/ASHA joint guidelines call it appropriate when coordination "
        "between the two disciplines will benefit the patient, not for scheduling; the lessons' stricter "
        "test is whether this person benefits from both therapists at the same moment."
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
    """The verdict on one answer, word and symbol (never color alone): "✓ Right - usually PT",
    "≈ Defensible - ...", "✗ Not usually - ...". Where one specialist of either profession
    does the whole job (``shared_as`` "either specialist"), the verdict says so: Both is
    never the answer for one person's work.

    >>> from otpt.analysis.grading import Feedback
    >>> verdict(Feedback("A1", "Walking", "Both", "PT", "not usually", "", "", ""))
    '✗ Not usually - you said Both; usually PT'
    >>> verdict(Feedback("A75", "Coffee with friends", "PT", "OT", "not usually", "", "Social skills", "-"))
    '✗ Not this one - you said PT; OT leads, and PT usually has no part in this activity'
    >>> verdict(Feedback("A6", "First transfer", "Both", "Both", "right", "", "", "", shared_as="co-treatment"))
    "✓ Right - Both, for this patient's reason"
    >>> verdict(Feedback("A2", "Hand therapy", "PT", "OT", "defensible", "", "", "", also_accepted="PT",
    ...                  shared_as="either specialist"))
    '≈ Also right - one specialist does the whole job: here usually an OT, and a PT with the same training does it too'
    """
    symbol = SYMBOLS[fb.outcome]
    specialist = fb.shared_as == "either specialist"
    if specialist and fb.key == "Both":  # a bank's row kept out of the bundled quiz: any one profession
        if fb.outcome == "right":
            return f"{symbol} Right - either profession: one specialist, an OT or a PT, does the whole job (they do not split it)"
        if fb.outcome == "defensible":
            return f"{symbol} Also right - one specialist, an OT or a PT, does the whole job"
    elif specialist:
        usually = f"here usually {_ARTICLE[fb.key]}, and {_ARTICLE[_OTHER[fb.key]]} with the same training does it too"
        if fb.outcome == "right":
            return f"{symbol} Right - one specialist does the whole job: {usually}"
        if fb.outcome == "defensible":
            return f"{symbol} Also right - one specialist does the whole job: {usually}"
        if fb.answer == "Both":
            return f"{symbol} Not usually - you said Both, but one specialist does the whole job: {usually}"
    # co-treatment is chosen for one patient's reason, never usual care: "Both, for this patient"
    key = (
        "Both, for this patient's reason"
        if fb.key == "Both" and fb.shared_as == "co-treatment"
        else f"usually {fb.key}"
    )
    if fb.outcome == "right":
        return f"{symbol} Right - {key}"
    if fb.outcome == "defensible":
        return f"{symbol} Defensible - {key}; {fb.answer} is also right in some places (see when below)"
    # "-" in the answer's focus column: that profession has no part here, not "not usually"
    if {"OT": fb.ot_focus, "PT": fb.pt_focus}.get(fb.answer, "").strip() == "-":
        leads = f"of OT and PT, {fb.key} leads" if fb.other_lead else f"{fb.key} leads"
        return f"{symbol} Not this one - you said {fb.answer}; {leads}, and {fb.answer} usually has no part in this activity"
    return f"{symbol} Not usually - you said {fb.answer}; {key}"


_ARTICLE = {"OT": "an OT", "PT": "a PT"}
_OTHER = {"OT": "PT", "PT": "OT"}


def target_note(fb: Feedback) -> str:
    """What the therapy works on here (the bank's ``target``), in the words of the rule of
    thumb, and who else usually leads the activity as a whole ("" where the bank says neither).

    >>> from otpt.analysis.grading import Feedback
    >>> target_note(Feedback("A1", "Walking", "PT", "PT", "right", "", "", "", target="movement and mobility",
    ...                      other_lead="nurses"))
    'The therapy works on movement and mobility. Of OT and PT, PT usually leads; nurses usually lead the activity as a whole.'
    """
    parts = []
    system = BODY_SYSTEMS.get(fb.icf_chapter)
    if fb.target == "movement and mobility" and system:  # wound care, pelvic floor, breathing
        parts.append(f"The therapy works on a body function: {system}.")
    elif fb.target:
        parts.append(f"The therapy works on {TARGET_WORDS.get(fb.target, fb.target)}.")
    if fb.other_lead:
        of_the_two = "both usually have a part" if fb.key == "Both" else f"{fb.key} usually leads"
        parts.append(f"Of OT and PT, {of_the_two}; {fb.other_lead} usually lead the activity as a whole.")
    return " ".join(parts)


def team_note(fb: Feedback) -> str:
    """How the work of a Both activity is shared, in words ("" unless the key is Both, or
    one specialist of either profession does it)."""
    if fb.key != "Both" and fb.shared_as != "either specialist":
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
