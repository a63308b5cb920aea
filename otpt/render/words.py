"""The sentences the widgets compose around the bank's own text: verdicts, team notes,
prompts and notices (a figure's sentence is its ``describe_x``, beside the plot) - whole sentences with named parts, kept in one
place so they stay consistent. Each goes through gettext (`otpt.language`) when it is made.

These are plain text; `otpt.render.html` escapes them once, on the way into HTML.
"""

from __future__ import annotations

from ..analysis.grading import Feedback, accepted_answers
from ..language import N_, Messages
from ..language import gettext as _
from ..vocab import LEAD_NAMES, SYMBOLS

__all__ = [
    "QUIZ_ANSWERS",
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
BODY_SYSTEMS = Messages(
    {
        "b4": N_("the heart, lungs and breathing"),
        "b6": N_("bladder, bowel and pelvic-floor function"),
        "b8": N_("the skin and wound healing"),
    }
)

#: The bank's targets (`otpt.vocab.TARGETS`) as the rule of thumb says them.
TARGET_WORDS = Messages(
    {
        "occupation": N_("the everyday task itself (the occupation)"),
        "movement and mobility": N_("movement and mobility"),
        "occupation and movement": N_("both the everyday task and movement and mobility"),
    }
)

#: What a learner is told about how the work of a Both activity is shared, by the bank's
#: ``shared_as`` (see `otpt.vocab.SHARED_AS`); ``None`` for a bank that does not say.
TEAM_NOTES = Messages(
    {
        "co-treatment": N_(
            "Same team, same session: the OT and the PT treat together (co-treatment), each working on "
            "their own goal above. The AOTA/APTA/ASHA joint guidelines call it appropriate when coordination "
            "between the two disciplines will benefit the patient, not for scheduling; the lessons' stricter "
            "test is whether this person benefits from both therapists at the same moment."
        ),
        "either specialist": N_(
            "Same team, one person: a specialist does the whole job here, and the specialty is open to both "
            "professions, so you may meet an OT or a PT."
        ),
        "separate services": N_(
            "Same team, one plan: OT and PT each work on their own goal above, in their own sessions, "
            "toward one shared plan."
        ),
        None: N_(
            "Same team: one activity, two sets of goals. OT and PT each work on their own goal in it (above)."
        ),
    }
)

#: The prompts and notices the widgets show, by name.
#: The quiz's answers, in their order on screen (the live quiz and the static page), with
#: their labels: "Both have a part", not "Both", since the question asks who usually leads
#: and Both means that each profession works on the activity toward its own goal.
QUIZ_ANSWERS = Messages({"OT": N_("OT"), "PT": N_("PT"), "Both": N_("Both have a part")})

PROMPTS = Messages(
    {
        "choose_first": N_("Choose OT, PT or Both first, then press Check."),
        "check_first": N_("Press Check first to see the explanation."),
        "empty_bank": N_("There are no activities in this bank yet."),
        "no_match": N_("No activities match these filters. Try another setting or population."),
        "explorer_pick_region": N_(
            "Press OT leads, Both or PT leads to list that region's activities, each with why."
        ),
        "explorer_no_match": N_(
            "No activities match these filters. Try another setting, population or skill."
        ),
        "round_done": N_("Round complete - here is how it went."),
        "plan_nothing_chosen": N_("Choose OT, PT or Both for at least one task first."),
        "no_worked_goals": N_("There are no worked goals for the activities in this bank."),
        "place_nothing_entered": N_(
            "Choose what the therapy targets or an intervention (or tick a skill), then press Place it."
        ),
    }
)


def verdict(fb: Feedback) -> str:
    """The verdict on one answer, word and symbol (never color alone): "✓ Right - usually PT",
    "≈ Also right (practice varies) - ...", "✗ Not usually - ...". Where one specialist of either profession
    does the whole job (``shared_as`` "either specialist"), the verdict says so: Both is
    never the answer for one person's work.

    >>> from otpt.analysis.grading import Feedback
    >>> verdict(Feedback("A1", "Walking", "Both", "PT", "not usually", "", "", ""))
    '✗ Not usually - you said Both; usually PT'
    >>> verdict(Feedback("A75", "Coffee with friends", "PT", "OT", "not usually", "", "Social skills", "-"))
    '✗ Not this one - you said PT; OT leads, and a PT is not usually involved in this task'
    >>> verdict(Feedback("A6", "First transfer", "Both", "Both", "right", "", "", "", shared_as="co-treatment"))
    "✓ Right - Both, for this patient's reason"
    >>> verdict(Feedback("A2", "Hand therapy", "PT", "OT", "defensible", "", "", "", also_accepted="PT",
    ...                  shared_as="either specialist"))
    '≈ Also right - one specialist does the whole job: here usually an OT, and a PT does it too'
    """
    symbol = SYMBOLS[fb.outcome]
    specialist = fb.shared_as == "either specialist"
    answer = LEAD_NAMES.get(fb.answer, fb.answer)
    if specialist and fb.key == "Both":  # a bank's row kept out of the bundled quiz: any one profession
        if fb.outcome == "right":
            return _(
                "{symbol} Right - either profession: one specialist, an OT or a PT, does the whole job "
                "(they do not split it)"
            ).format(symbol=symbol)
        if fb.outcome == "defensible":
            return _("{symbol} Also right - one specialist, an OT or a PT, does the whole job").format(
                symbol=symbol
            )
    elif specialist:
        usually = _("here usually {one}, and {other} does it too").format(
            one=_(_ARTICLE[fb.key]), other=_(_ARTICLE[_OTHER[fb.key]])
        )
        if fb.outcome == "right":
            return _("{symbol} Right - one specialist does the whole job: {usually}").format(
                symbol=symbol, usually=usually
            )
        if fb.outcome == "defensible":
            return _("{symbol} Also right - one specialist does the whole job: {usually}").format(
                symbol=symbol, usually=usually
            )
        if fb.answer == "Both":
            return _(
                "{symbol} Not usually - you said Both, but one specialist does the whole job: {usually}"
            ).format(symbol=symbol, usually=usually)
    # co-treatment is chosen for one patient's reason, never usual care: "Both, for this patient"
    key = (
        _("Both, for this patient's reason")
        if fb.key == "Both" and fb.shared_as == "co-treatment"
        else _("usually {lead}").format(lead=LEAD_NAMES.get(fb.key, fb.key))
    )
    if fb.outcome == "right":
        return _("{symbol} Right - {key}").format(symbol=symbol, key=key)
    if fb.outcome == "defensible":
        return _(
            "{symbol} Also right (practice varies) - {key}; {answer} is right in some places too (see when below)"
        ).format(symbol=symbol, key=key, answer=answer)
    # "-" in the answer's focus column: that profession is not usually involved in this task (the
    # card's scope; review 27 S4: "has no part" was too absolute where practice adds a part)
    if {"OT": fb.ot_focus, "PT": fb.pt_focus}.get(fb.answer, "").strip() == "-":
        lead = LEAD_NAMES.get(fb.key, fb.key)
        leads = (
            _("of OT and PT, {lead} leads").format(lead=lead)
            if fb.other_lead
            else _("{lead} leads").format(lead=lead)
        )
        return _(
            "{symbol} Not this one - you said {answer}; {leads}, and {one} is not usually involved in this task"
        ).format(symbol=symbol, answer=answer, leads=leads, one=_(_ARTICLE[fb.answer]))
    return _("{symbol} Not usually - you said {answer}; {key}").format(symbol=symbol, answer=answer, key=key)


_ARTICLE = {"OT": N_("an OT"), "PT": N_("a PT")}
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
        parts.append(_("The therapy works on a body function: {system}.").format(system=system))
    elif fb.target:
        parts.append(
            _("The therapy works on {target}.").format(target=TARGET_WORDS.get(fb.target, fb.target))
        )
    if fb.other_lead:
        of_the_two = (
            _("both usually have a part")
            if fb.key == "Both"
            else _("{lead} usually leads").format(lead=LEAD_NAMES.get(fb.key, fb.key))
        )
        parts.append(
            _("Of OT and PT, {of_the_two}; {other} usually lead the activity as a whole.").format(
                of_the_two=of_the_two, other=fb.other_lead
            )
        )
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
    if len(answers) == 1:
        return _("{answer} is defensible too").format(answer=LEAD_NAMES.get(answers[0], answers[0]))
    return _("{first} and {second} are defensible too").format(
        first=LEAD_NAMES.get(answers[0], answers[0]), second=LEAD_NAMES.get(answers[-1], answers[-1])
    )


def progress_text(
    position: int, total: int, n_correct: int, n_checked: int, *, review: bool = False, n_defensible: int = 0
) -> str:
    """ "Question 7 of 20 · The usual lead: 5 of 6" (with "Review:" in front when replaying
    mistakes), and "· Also right: 1" after it once an answer was defensible (``n_defensible``
    of the ``n_correct``): the usual lead is the headline score, as at the round's end
    (review 27 S2: a rule of thumb scores high on right-or-defensible).

    >>> progress_text(7, 20, 5, 6)
    'Question 7 of 20 \u00b7 The usual lead: 5 of 6'
    >>> progress_text(7, 20, 5, 6, n_defensible=1)
    'Question 7 of 20 \u00b7 The usual lead: 4 of 6 \u00b7 Also right: 1'
    """
    text = (
        _("Review: question {position} of {total} \u00b7 The usual lead: {usual} of {checked}")
        if review
        else _("Question {position} of {total} \u00b7 The usual lead: {usual} of {checked}")
    ).format(position=position, total=total, usual=n_correct - n_defensible, checked=n_checked)
    if n_defensible:
        text += " \u00b7 " + _("Also right: {n}").format(n=n_defensible)
    return text
