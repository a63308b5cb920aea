"""A self-check of a goal a learner wrote: does it say who will do what, by when, how well,
and name the right kind of target?

A measurable goal names who will do what, how well and by when (AOTA's OTPF-4 and APTA's
Guide both ask for measurable, time-bound goals; Medicare asks that therapy goals be
functional and measurable - Medicare Benefit Policy Manual, ch. 15, 220.1.2). The
self-check only prompts: it looks for a person who will act, a time frame, a measure and
the right kind of target - the occupation for OT (not an exercise or a body part),
movement and mobility for PT - and, for PT, whether the goal says
what the person will be able to do (functional), not only a body part or a number. It
never grades the clinical content.
"""

from __future__ import annotations

import re

from ..language import gettext as _
from .goal_words import (
    ANY_OCCUPATION,
    IMPAIRMENT,
    NOT_A_NAME,
    NOT_ACTIVITY,
    OBJECTS,
    OCCUPATION_WORDS,
    PERSON,
    PLACES,
    STOPWORDS,
    SUBJECT_TO,
    SUBJECT_WILL,
)

__all__ = ["goal_checklist"]

_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
#: A time frame: "within 2 weeks", "in 3 days", "x 2 wks", "by discharge", "by March 1",
#: "by the IEP review" - never a bare "by" ("dress by herself" has no time frame).
_TIME = re.compile(
    r"\b(within|(in|over) (the next )?(\d|a|an|one|two|three|four|five|six)?\s*(days?|weeks?|months?)\b|x\s*\d+\s*(d|day|days|wk|wks|week|weeks|mo|month|months)\b|\d+\s*(day|days|wk|wks|week|weeks|"
    r"month|months)\b|this (term|semester|school year)|discharge|"
    r"by\s+(the\s+)?(end|start|next|discharge|ieps?\b|annual|review|\d|"
    + _MONTHS
    + r"|(mon|tues|wednes|thurs|fri)day|"
    r"(\w+\s+)?(review|visit|meeting|session|week|month|term|semester|year|conference|move|transfer)))",
    re.I,
)
#: The time frame as a span, taken out of the goal before a measure is looked for: the
#: "2" of "within 2 weeks" is not how much or how well.
_TIME_SPAN = re.compile(
    r"\b(within|in|by|over|after|x)\s*(the\s+next\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
    r"\s*-?\s*(school\s+)?(days?|wks?|weeks?|mos?|months?|sessions?|visits?)\b"
    r"|\bby\s+[^,.;]*?\b(discharge|review|meeting|visit|conference|term|semester|year)\b"
    r"|\bby\s+" + _MONTHS + r"\s+\d+",
    re.I,
)
#: A measure: a number, or how much help (not "without" or "only" alone: "without
#: difficulty" measures nothing; not a bare "with assistance" or "with cues": how much?).
_MEASURE = re.compile(
    r"\d|\b(fair|good|poor)[+-]|(?<!increased )(?<!improved )(?<!more )(?<!greater )\b(one|two|three|four|five|six|ten|independen\w*|no help|supervision|stand-by|set-?up|"
    r"(without|with no) (any )?(help|assist\w*|cues?|physical help|a rest|rests|stopping|loss of balance|a fall|falls)|"
    r"no (loss of balance|falls?|rests?|cues?|physical help)|"
    r"(min(imal)?|mod(erate)?|max(imal)?|contact[- ]guard|stand-?by|light|total) ((physical|verbal|visual|tactile) )?(assist\w*|help|cues?)|"
    r"cga|sba|(fair|good|poor) (static|dynamic) (sitting|standing) balance|min(imal)? ?a|mod(erate)? ?a|max(imal)? ?a|mod ?i)\b",
    re.I,
)
#: What PT works on: movement and mobility, or a body function PT treats (APTA Guide 4.0:
#: breathing, skin, continence, pain - lesson 1).
_PT_TARGET_EXTRA = re.compile(
    r"\b(continen\w*|incontinen\w*|leak\w*|urin\w*|wound\w*|skin|ulcer\w*|pressure injur\w*|breath\w*|"
    r"cough\w*|secretion\w*|sp ?o2|oxygen|saturation|dizz\w*|vertigo|pain)\b",
    re.I,
)
_MOVEMENT = re.compile(
    r"\b(balance|strength|stand\w*|walk\w*|ambulat\w*|gait|range|motion|bend\w*|kneel\w*|endurance|steps?|"
    r"met(?:er|re)s?|feet|ft|seconds?|leg|legs|knee|hip|trunk|roll\w*|turn\w*|carry\w*|climb\w*|stairs|"
    r"transfer\w*|sit\w*|rw|fww|walker|cane|crutch\w*)\b",
    re.I,
)
#: What makes a movement goal functional: an activity or a place the movement is for (ICF
#: activities and participation), or "so that she can ...".
_FUNCTION = re.compile(
    r"\b(walk\w*|ambulat\w*|amb|climb\w*|stairs|steps|transfer\w*|get(s|ting)? (in|out|up|on|off|into|to|down)|"
    r"reach\w*|carry\w*|lift\w*|play\w*|dress\w*|bath\w*|shower\w*|toilet\w*|cook\w*|shop\w*|garden\w*|"
    r"sport\w*|game|recess|job|(return|go|get|back) to (work|school|class)|at work|"
    r"so (that )?(he|she|they|the \w+) can|in order to)\b",
    re.I,
)
#: A position held at a place where a task is done ("stand at the sink", "sit at the table"):
#: functional as a pair; a bare place ("strength ... at home") is not.
_POSITION = re.compile(r"\b(stand\w*|sit\w*|kneel\w*)\b", re.I)
_TASK_PLACE = re.compile(
    r"\b(sink|counter|stove|table|desk|mirror|tub|toilet|bed|chair|car|bus|kitchen|bathroom|class\w*|school)\b",
    re.I,
)


def goal_checklist(goal: str, profession: str, task: str = "") -> list[tuple[bool, str]]:
    """Prompts for one written goal: ``(met, text)`` pairs, in the order a teacher asks.

    ``profession`` is ``"OT"`` or ``"PT"``; ``task`` names the activity and its occupation
    (e.g. "Washing and grooming at the sink; personal hygiene and grooming"). The checks
    are deliberately simple - who will do what (a person is the subject of "will", not
    "pain" or "her knee"), a time frame, a measure, and the target: for OT the activity
    itself (a word of an occupation or of ``task``, never a body part, a diagnosis or an
    exercise; in a strength, motion or pain goal an object alone - "grip strength to hold a
    cup" - names no activity, a verb must: "to drink"), for PT movement and mobility, and
    whether the PT goal is functional (an activity or place it serves) - and they prompt,
    never grade the clinical content. Word tables: ``goal_words``.

    Returns:
        (met, prompt) pairs; a single prompt when nothing was written yet.

    Raises:
        ValueError: for a profession other than OT or PT.

    Example:
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks she will walk to the bathroom with stand-by help.", "PT")]
        [True, True, True, True, True]
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks her knee will bend to 110 degrees.", "PT")][-1]
        False
    """
    if profession not in ("OT", "PT"):
        raise ValueError(_("profession must be 'OT' or 'PT', not {value}").format(value=repr(profession)))
    text = goal.strip()
    if not text:
        return [(False, _("Write the {profession} goal first.").format(profession=profession))]
    checks = [
        (
            _says_who_will(text),
            _(
                'Says who will do what: a person ("the patient will ..."), not "pain will ..." or "her knee will ...".'
            ),
        ),
        (bool(_TIME.search(text)), _("Has a time frame (within a week, by discharge ...).")),
        (
            bool(_MEASURE.search(_TIME_SPAN.sub(" ", text))),
            _("Has a measure: how much, how often, or how much help."),
        ),
    ]
    names_task = _names_the_task(text, task)
    if profession == "PT":
        checks += [
            (
                bool(_MOVEMENT.search(text) or _PT_TARGET_EXTRA.search(text)),
                _(
                    "Names what PT works on: movement and mobility (walk, stand, climb, balance, transfer ...), "
                    "or a body function PT treats, such as breathing, skin, continence or pain."
                ),
            ),
            (
                names_task
                or bool(_FUNCTION.search(text))
                or bool(_POSITION.search(text) and _TASK_PLACE.search(text)),
                _(
                    "Is functional: says what the person will be able to do with it (walk to the bathroom, climb "
                    "the school stairs, get into the car) - not only a body part or a number."
                ),
            ),
        ]
    else:
        checks.append(
            (
                names_task,
                _(
                    "Names the everyday activity itself as the target (here: {task}, or another occupation it serves) - "
                    "not only an exercise, a strength or a body part."
                ).format(task=task.split(";")[0].strip().lower() or _("the task")),
            )
        )
    return checks


def _words(text: str) -> set[str]:
    """The words of ``text`` that could name an activity: no stopword, body part or diagnosis,
    and no person ("player" is not "play") unless cared for ("her baby")."""
    words = set(re.findall(r"[a-z]+", text.lower())) - STOPWORDS - NOT_ACTIVITY
    return {w for w in words if w not in PERSON or w in OBJECTS}


#: An exercise counted in sets or repetitions: a transfer practiced as reps is an exercise.
_EXERCISE_DOSE = re.compile(r"\b(sets?|reps?|repetitions?)\b", re.I)


def _names_the_task(goal: str, task: str) -> bool:
    """Whether ``goal`` names an everyday activity: functional mobility (a transfer, getting
    up, walking to a place - an ADL in OTPF-4), a word of the task's own OTPF-4
    occupation or of another occupation, or a word of the activity's name that is not a
    movement, a place, a body part, a diagnosis or an exercise (A031's "shoulder"). In a
    strength, motion or pain goal an object ("cup") does not count. The time frame is read
    first and left out:
    "by the move out of intensive care" names no activity, and "standing at the sink"
    names no grooming."""
    text = _without_time_frame(goal)
    if _FUNCTIONAL_MOBILITY.search(text) and not _EXERCISE_DOSE.search(text):  # "3 sets of 10 sit to stands"
        return True
    activity, _semicolon, occupation = task.partition(";")
    own = OCCUPATION_WORDS.get(occupation.strip().lower(), "").split()
    words = {_stem(w) for w in [*own, *ANY_OCCUPATION]}
    words |= {
        _stem(w) for w in _words(activity) if len(w) >= 4 and not _MOVEMENT.fullmatch(w) and w not in PLACES
    }
    goal_words = [w for w in _words(text) if len(w) >= 3 and not _MOVEMENT.fullmatch(w) and w not in PLACES]
    if IMPAIRMENT.search(text):  # "grip strength to hold a cup": the cup is no activity, "to drink" is
        goal_words = [w for w in goal_words if w not in OBJECTS and w.removesuffix("s") not in OBJECTS]
    return any(_stem(w) in words for w in goal_words)


def _stem(word: str) -> str:
    """A word without its ending ("dressing", "dresses" -> "dress"; "bathe", "bathing" ->
    "bath"), so whole words match and "less" is not "lesson" (review 25)."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


def _says_who_will(text: str) -> bool:
    """Whether a person is the subject of "will" ("the patient will", "Mr. Okafor will",
    "she also will") or of the shorthand "Pt to ambulate"; "pain will" and "her knee will"
    are not."""
    if SUBJECT_TO.search(text):
        return True
    for match in SUBJECT_WILL.finditer(text):
        word = match.group(1)
        if word.lower() in PERSON or word.lower().endswith("-old"):  # "the 6-year-old will"
            return True
        named = word[0].isupper() and not NOT_A_NAME.search(word) and not _MOVEMENT.fullmatch(word)
        if named and word.lower() not in NOT_ACTIVITY:  # "Mr. Okafor will", not "Pain will"
            return True
    return False


def _without_time_frame(goal: str) -> str:
    """The goal without its time frame: asides in brackets ("(expected in 2 days)"), a
    leading label ("Goal the OT supports:"), every time span, and a "by ..." clause up to
    the person who will act or the end of the clause."""
    text = re.sub(r"\([^)]*\)", " ", goal)
    text = re.sub(r"^[^:]{0,40}:", " ", text)
    text = _TIME_SPAN.sub(" ", text)
    return _BY_CLAUSE.sub(" ", text)


#: Functional mobility as phrases, since its words are movement words: "transfer from bed to
#: chair", "get out of bed", "walk to the sink" name it; "sit in the chair" does not.
_FUNCTIONAL_MOBILITY = re.compile(
    r"\b(transfer\w*|get(s|ting)? (in|out|up|into|onto|on|off)\b|mov(e|es|ing) from|bed mobility|"
    r"(lying|supine) to sit\w*|sit\w* to stand\w*|stand-pivot|"
    r"from (the |his |her |their )?(bed|chair|toilet|commode|wheelchair|floor|car|tub) to|"
    r"walk\w* (\d+ (feet|ft|meters|m) )?(to|from) (the |his |her |their )?\w+)",
    re.I,
)
#: A "by ..." clause: up to six words, ended by the person who will act, punctuation or the end.
_BY_CLAUSE = re.compile(
    r"\bby\s+(\S+\s+){0,6}?(?=((the\s+)?(patient|client|student|child|resident|pt)|he|she|they)\s+(will|to)\b|[,.;]|$)",
    re.I,
)
