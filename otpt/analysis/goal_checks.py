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

A short-term goal may target a body function OT or PT treats - a wound, edema, range of
motion, strength, pain - "if it says which function it serves" (lesson 5). Wound specialists
write "Wound area will decrease by 50% within 4 weeks", hand therapists "Active wrist
extension will increase to 45 degrees in 3 weeks" (review 34 S5). Such a goal may have the
function as its subject, and where it names no activity it gets a softer prompt (met is
None, shown ≈) instead of a miss: which function does it serve? An exercise stays a miss.

A goal is read in the language otpt is set to (`otpt.language`): English goals with the
word tables of goal_words, Spanish ones ("Ana se vestirá ... en 3 semanas", "va a caminar",
"podrá") with those of goal_words_es; the checks are the same.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType

from ..language import N_, get_language, normalize
from ..language import gettext as _

__all__ = ["goal_checklist"]

#: The modules of word tables each language's goals are read with (the same names in each):
#: the goal words, and the words of a short-term body-function goal.
WORD_TABLES: dict[str, tuple[str, str]] = {
    "en": ("goal_words", "body_function_words"),
    "es": ("goal_words_es", "body_function_words_es"),
}


def word_tables(lang: str) -> tuple[ModuleType, ModuleType]:
    """The goal words and the body-function words for goals written in ``lang`` (a key of
    `WORD_TABLES`), imported when first asked for: an English lesson never compiles the
    Spanish tables' patterns."""
    words, body = WORD_TABLES[lang]
    return importlib.import_module(f"{__package__}.{words}"), importlib.import_module(f"{__package__}.{body}")


def goal_checklist(
    goal: str, profession: str, task: str = "", *, lang: str | None = None
) -> list[tuple[bool | None, str]]:
    """Prompts for one written goal: ``(met, text)`` pairs, in the order a teacher asks.

    ``profession`` is ``"OT"`` or ``"PT"``; ``task`` names the activity and its occupation
    (e.g. "Washing and grooming at the sink; personal hygiene and grooming"). The checks
    are deliberately simple - who will do what (a person is the subject of "will", not
    "pain" or "her knee"), a time frame, a measure, and the target: for OT the activity
    itself (a word of an occupation or of ``task``, never a body part, a diagnosis or an
    exercise; in a strength, motion or pain goal an object alone - "grip strength to hold a
    cup" - names no activity, a verb must: "to drink"; the goal is then read as a short-term
    body-function goal, below), for PT movement and mobility, and
    whether the PT goal is functional (an activity or place it serves) - and they prompt,
    never grade the clinical content. A short-term body-function goal (``body_function_words``:
    a wound, edema, motion, strength, pain ..., not an exercise) may have the function as its
    subject ("Wound area will decrease ..."), and its last check asks which function it
    serves: met when it says ("... so she can don her compression glove", "... to hold a
    cup"), else ``None``, a softer prompt than a miss. Word tables: ``goal_words`` (English),
    ``goal_words_es`` (Spanish); ``lang`` ("en", "es"; default the language in force,
    `otpt.language.get_language`) says which the goal is written in. The task's activity
    may be in either language; its occupation (after ";") is the bank's English code.

    Returns:
        (met, prompt) pairs; a single prompt when nothing was written yet. ``met`` is True
        (met, ✓), False (missing, ✗) or None (a softer prompt, ≈: only a short-term
        body-function goal that does not say which function it serves).

    Raises:
        ValueError: for a profession other than OT or PT.

    Example:
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks she will walk to the bathroom with stand-by help.", "PT")]
        [True, True, True, True, True]
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks the patient will do heel slides.", "PT")][-1]
        False
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks her knee will bend to 110 degrees.", "PT")]
        [True, True, True, True, None]
        >>> [ok for ok, _ in goal_checklist("En 2 semanas, Ana va a caminar al baño con supervisión.", "PT", lang="es")]
        [True, True, True, True, True]
    """
    if profession not in ("OT", "PT"):
        raise ValueError(_("profession must be 'OT' or 'PT', not {value}").format(value=repr(profession)))
    lang = normalize(lang) if lang else get_language()
    words, body = word_tables(lang)
    text = words.fold(goal.strip())
    if not text:
        return [(False, _("Write the {profession} goal first.").format(profession=profession))]
    shown_task, task = task, words.fold(task)
    body_goal = _is_body_function_goal(text, body)
    if body_goal and _body_function_is_subject(text, words, body):
        who = (True, _(BODY_FUNCTION_SUBJECT))  # "Wound area will decrease ...": fine in a short-term goal
    else:
        who = (
            _says_who_will(text, words) and not _only_unobservable(text, words),
            _(
                'Says who will do what: a person ("the patient will ..."), not "pain will ..." or "her knee will ...", '
                'doing something you can see ("will dress", not "will feel" or "will understand").'
            ),
        )
    measured = bool(
        words.MEASURE.search(words.PLACE_NUMBER.sub(" ", words.TIME_SPAN.sub(" ", text)))
        or (body_goal and body.CRITERION.search(text))  # "composite fist", "wound closure"
    )
    checks = [
        who,
        (bool(words.TIME.search(text)), _("Has a time frame (within a week, by discharge ...).")),
        (measured, _("Has a measure: how much, how often, or how much help.")),
    ]
    names_task = _names_the_task(text, task, words)
    if profession == "PT":
        checks.append(
            (
                bool(words.MOVEMENT.search(text) or words.PT_TARGET_EXTRA.search(text) or body_goal),
                _(
                    "Names what PT works on: movement and mobility (walk, stand, climb, balance, transfer ...), "
                    "or a body function PT treats, such as breathing, skin, continence or pain."
                ),
            )
        )
        at_a_place = bool(words.POSITION.search(text) and words.TASK_PLACE.search(text))
        functional = names_task or bool(words.FUNCTION.search(text)) or at_a_place
        target = _(
            "Is functional: says what the person will be able to do with it (walk to the bathroom, climb "
            "the school stairs, get into the car) - not only a body part or a number."
        )
        walked_to = words.WALK_PLACE.search(text) or words.FUNCTION.search(words.WALK.sub(" ", text))
        if functional and not (names_task or at_a_place or walked_to):
            functional, target = None, _(WALK_WHERE)  # a distance walked, to no place and for no purpose
    else:
        functional = names_task
        target = _(
            "Names the everyday activity itself as the target (here: {task}, or another occupation it serves) - "
            "not only an exercise, a strength or a body part."
        ).format(task=shown_task.split(";")[0].strip().lower() or _("the task"))
    if functional or not body_goal:
        checks.append((functional, target))
    else:  # a short-term body-function goal: met when it says which function it serves, else a softer prompt
        checks.append((_serves_a_function(text, words, body), _(BODY_FUNCTION_SERVES)))
    return checks


#: The prompt of a walking goal with a distance but no place or purpose (review 36 S8).
WALK_WHERE = N_(
    'Says where or what for: a distance walked ("150 feet") is a measure; a functional goal says where the walk '
    "goes or what it is for (walk to the bathroom, to the bus stop, so she can shop)."
)
#: The prompt of a short-term body-function goal that names no activity (review 34 S5):
#: lesson 5's own rule and example.
BODY_FUNCTION_SERVES = N_(
    "Says which function it serves: a short-term body-function goal (a wound, edema, range of motion, strength, "
    'pain ...) is fine if it does, as in lesson 5\'s "knee bend to 110 degrees, so she can climb the stairs".'
)
#: Who will do what, in a short-term body-function goal whose subject is the body function.
BODY_FUNCTION_SUBJECT = N_(
    'Says what will change: a short-term goal may have a body function as its subject ("wound area will ...", '
    '"edema will ..."); the functional goal it serves says who will do what.'
)


def _is_body_function_goal(text: str, body: ModuleType) -> bool:
    """Whether the goal's target is a body function OT or PT treats (a wound, edema, motion,
    strength, pain ...): not an exercise ("3 sets of 10 shoulder flexion reps"), and not an
    activity with a body function as its condition ("sit for 20 minutes with pain below 3/10")."""
    return bool(body.BODY_FUNCTION.search(body.CONDITION.sub(" ", text))) and not body.EXERCISE.search(text)


def _body_function_is_subject(text: str, w: ModuleType, body: ModuleType) -> bool:
    """Whether a body-function goal has no person as its subject but the function itself:
    "Wound area will decrease ...", "Her knee will bend ...", or no verb at all ("Composite
    fist within 4 weeks", "Right wrist extension to 45 degrees ..."). Not "Improve edema":
    that is what the therapist will do, not what will change. "The patient will ..." is a person."""
    subject = w.SUBJECT_WILL.search(text)
    if subject and body.BODY_FUNCTION.fullmatch(subject.group(1)):  # "Drainage will", "Scar will": no name
        return True
    if _says_who_will(text, w):
        return False
    if subject:
        return True
    opening = w.WORD.findall(_without_time_frame(text, w).lower())
    for i, word in enumerate(opening[:5]):
        if body.BODY_FUNCTION.match(" ".join(opening[i:])):
            return True
        if word not in body.OPENER and word not in w.NOT_ACTIVITY:
            return False
    return False


def _serves_a_function(text: str, w: ModuleType, body: ModuleType) -> bool | None:
    """True when a body-function goal says which function it serves ("so she can don her
    compression garments", "to hold a cup", "to walk to the bus"); None - a softer prompt,
    not a miss - when it does not."""
    return True if body.FUNCTION_SERVED.search(text) or w.FUNCTION.search(text) else None


def _words(text: str, w: ModuleType) -> set[str]:
    """The words of ``text`` that could name an activity: no stopword, body part or diagnosis,
    and no person ("player" is not "play") unless cared for ("her baby")."""
    found = set(w.WORD.findall(text.lower())) - w.STOPWORDS - w.NOT_ACTIVITY
    return {word for word in found if word not in w.PERSON or word in w.OBJECTS}


def _names_the_task(goal: str, task: str, w: ModuleType) -> bool:
    """Whether ``goal`` names an everyday activity: functional mobility (a transfer, getting
    up, walking to a place - an ADL in OTPF-4), a word of the task's own OTPF-4
    occupation or of another occupation, or a word of the activity's name that is not a
    movement, a place, a body part, a diagnosis or an exercise (A031's "shoulder"). In a
    strength, motion or pain goal an object ("cup") does not count. The time frame is read
    first and left out:
    "by the move out of intensive care" names no activity, and "standing at the sink"
    names no grooming."""
    text = _without_time_frame(goal, w)
    if w.FUNCTIONAL_MOBILITY.search(text) and not w.EXERCISE_DOSE.search(
        text
    ):  # "3 sets of 10 sit to stands"
        return True
    activity, _semicolon, occupation = task.partition(";")
    wanted = set(_occupation_stems(w, occupation.strip().lower()))
    wanted |= {
        w.stem(word)
        for word in _words(activity, w)
        if len(word) >= 4 and not w.MOVEMENT.fullmatch(word) and word not in w.PLACES
    }
    written = [
        word
        for word in _words(text, w)
        if len(word) >= 3 and not w.MOVEMENT.fullmatch(word) and word not in w.PLACES
    ]
    if w.IMPAIRMENT.search(text):  # "grip strength to hold a cup": the cup is no activity, "to drink" is
        written = [
            word for word in written if word not in w.OBJECTS and word.removesuffix("s") not in w.OBJECTS
        ]
    return any(w.stem(word) in wanted for word in written)


@functools.cache
def _occupation_stems(w: ModuleType, occupation: str) -> frozenset[str]:
    """The stems of the words of ``occupation`` (an OTPF-4 code) and of any occupation, in
    the word tables ``w``: the same for every goal, so stemmed once per table and code."""
    own = w.OCCUPATION_WORDS.get(occupation, "").split()
    return frozenset(w.stem(word) for word in [*own, *w.ANY_OCCUPATION])


def _says_who_will(text: str, w: ModuleType) -> bool:
    """Whether a person is the subject of "will" ("the patient will", "Mr. Okafor will",
    "she also will") or of the shorthand "Pt to ambulate"; "pain will" and "her knee will"
    are not. In Spanish, of the future ("Ana se vestirá", "el paciente va a caminar",
    "podrá"), or the future opens the goal after its time frame, its subject in the verb
    ("En 2 semanas, caminará ..."); "el dolor bajará" is not."""
    if w.SUBJECT_TO is not None and w.SUBJECT_TO.search(text):
        return True
    if w.LEADING_VERB is not None and w.LEADING_VERB.match(w.TIME_SPAN.sub(" ", text, count=1).lstrip(" ,")):
        return True
    for match in w.SUBJECT_WILL.finditer(text):
        word = match.group(1)
        if word.lower() in w.PERSON or word.lower().endswith("-old"):  # "the 6-year-old will"
            return True
        named = word[0].isupper() and not w.NOT_A_NAME.search(word) and not w.MOVEMENT.fullmatch(word)
        if named and word.lower() not in w.NOT_ACTIVITY:  # "Mr. Okafor will", not "Pain will"
            return True
    return False


def _only_unobservable(text: str, w: ModuleType) -> bool:
    """Whether the goal's only action is one no one can see: "the patient will feel more
    confident", "will understand her precautions" - not "will understand and demonstrate
    them" (review 27 S6)."""
    return bool(w.UNOBSERVABLE.search(text)) and not w.SHOWS.search(text)


def _without_time_frame(goal: str, w: ModuleType) -> str:
    """The goal without its time frame: asides in brackets ("(expected in 2 days)"), a
    leading label ("Goal the OT supports:"), every time span, and a "by ..." clause up to
    the person who will act or the end of the clause."""
    text = re.sub(r"\([^)]*\)", " ", goal)
    text = re.sub(r"^[^:]{0,40}:", " ", text)
    text = w.TIME_SPAN.sub(" ", text)
    return w.BY_CLAUSE.sub(" ", text)
