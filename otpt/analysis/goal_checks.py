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

A goal is read in the language otpt is set to (`otpt.language`): English goals with the
word tables of goal_words, Spanish ones ("Ana se vestirá ... en 3 semanas", "va a caminar",
"podrá") with those of goal_words_es; the checks are the same.
"""

from __future__ import annotations

import functools
import importlib
import re
from types import ModuleType

from ..language import get_language, normalize
from ..language import gettext as _

__all__ = ["goal_checklist"]

#: The module of word tables each language's goals are read with (the same names in each).
WORD_TABLES: dict[str, str] = {"en": "goal_words", "es": "goal_words_es"}


def word_tables(lang: str) -> ModuleType:
    """The word tables for goals written in ``lang`` (a key of `WORD_TABLES`), imported when
    first asked for: an English lesson never compiles the Spanish tables' patterns."""
    return importlib.import_module(f"{__package__}.{WORD_TABLES[lang]}")


def goal_checklist(
    goal: str, profession: str, task: str = "", *, lang: str | None = None
) -> list[tuple[bool, str]]:
    """Prompts for one written goal: ``(met, text)`` pairs, in the order a teacher asks.

    ``profession`` is ``"OT"`` or ``"PT"``; ``task`` names the activity and its occupation
    (e.g. "Washing and grooming at the sink; personal hygiene and grooming"). The checks
    are deliberately simple - who will do what (a person is the subject of "will", not
    "pain" or "her knee"), a time frame, a measure, and the target: for OT the activity
    itself (a word of an occupation or of ``task``, never a body part, a diagnosis or an
    exercise; in a strength, motion or pain goal an object alone - "grip strength to hold a
    cup" - names no activity, a verb must: "to drink"), for PT movement and mobility, and
    whether the PT goal is functional (an activity or place it serves) - and they prompt,
    never grade the clinical content. Word tables: ``goal_words`` (English),
    ``goal_words_es`` (Spanish); ``lang`` ("en", "es"; default the language in force,
    `otpt.language.get_language`) says which the goal is written in. The task's activity
    may be in either language; its occupation (after ";") is the bank's English code.

    Returns:
        (met, prompt) pairs; a single prompt when nothing was written yet.

    Raises:
        ValueError: for a profession other than OT or PT.

    Example:
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks she will walk to the bathroom with stand-by help.", "PT")]
        [True, True, True, True, True]
        >>> [ok for ok, _ in goal_checklist("Within 2 weeks her knee will bend to 110 degrees.", "PT")][-1]
        False
        >>> [ok for ok, _ in goal_checklist("En 2 semanas, Ana va a caminar al baño con supervisión.", "PT", lang="es")]
        [True, True, True, True, True]
    """
    if profession not in ("OT", "PT"):
        raise ValueError(_("profession must be 'OT' or 'PT', not {value}").format(value=repr(profession)))
    words = word_tables(normalize(lang) if lang else get_language())
    text = words.fold(goal.strip())
    if not text:
        return [(False, _("Write the {profession} goal first.").format(profession=profession))]
    shown_task, task = task, words.fold(task)
    checks = [
        (
            _says_who_will(text, words) and not _only_unobservable(text, words),
            _(
                'Says who will do what: a person ("the patient will ..."), not "pain will ..." or "her knee will ...", '
                'doing something you can see ("will dress", not "will feel" or "will understand").'
            ),
        ),
        (bool(words.TIME.search(text)), _("Has a time frame (within a week, by discharge ...).")),
        (
            bool(words.MEASURE.search(words.PLACE_NUMBER.sub(" ", words.TIME_SPAN.sub(" ", text)))),
            _("Has a measure: how much, how often, or how much help."),
        ),
    ]
    names_task = _names_the_task(text, task, words)
    if profession == "PT":
        checks += [
            (
                bool(words.MOVEMENT.search(text) or words.PT_TARGET_EXTRA.search(text)),
                _(
                    "Names what PT works on: movement and mobility (walk, stand, climb, balance, transfer ...), "
                    "or a body function PT treats, such as breathing, skin, continence or pain."
                ),
            ),
            (
                names_task
                or bool(words.FUNCTION.search(text))
                or bool(words.POSITION.search(text) and words.TASK_PLACE.search(text)),
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
                ).format(task=shown_task.split(";")[0].strip().lower() or _("the task")),
            )
        )
    return checks


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
    written = [word for word in _words(text, w) if len(word) >= 3 and not w.MOVEMENT.fullmatch(word)
               and word not in w.PLACES]  # fmt: skip
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
