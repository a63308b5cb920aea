"""A self-check of a goal a learner wrote: does it say who will do what, by when, how well,
and name the right kind of target?

A measurable goal names who will do what, how well and by when (AOTA's OTPF-4 and APTA's
Guide both ask for measurable, time-bound goals; Medicare asks that therapy goals be
functional and measurable - Medicare Benefit Policy Manual, ch. 15, 220.1.2). The
self-check only prompts: it looks for a time frame, a measure and the right kind of target
- the occupation for OT, movement and mobility for PT - and, for PT, whether the goal says
what the person will be able to do (functional), not only a body part or a number. It
never grades the clinical content.
"""

from __future__ import annotations

import re

__all__ = ["goal_checklist"]

_TIME = re.compile(r"\b(within|by|in \d|day|days|week|weeks|month|months|term|discharge)\b", re.I)
_MEASURE = re.compile(
    r"\d|\b(one|two|three|four|five|six|ten|without|independent\w*|no help|only|supervision|stand-by|"
    r"assist\w*|help from)\b",
    re.I,
)
_MOVEMENT = re.compile(
    r"\b(balance|strength|stand\w*|walk\w*|gait|range|motion|bend\w*|kneel\w*|pain|endurance|steps?|met(?:er|re)s?|"
    r"feet|seconds?|leg|legs|knee|hip|trunk|roll\w*|turn\w*|carry\w*|climb\w*|stairs|transfer\w*|sit\w*)\b",
    re.I,
)
#: What makes a movement goal functional: an activity or a place the movement is for (ICF
#: activities and participation), or "so that she can ...".
_FUNCTION = re.compile(
    r"\b(walk\w*|climb\w*|stairs|steps|transfer\w*|get(s|ting)? (in|out|up|on|off|into|to|down)|reach\w*|"
    r"carry\w*|lift\w*|play\w*|dress\w*|bath\w*|shower\w*|toilet\w*|cook\w*|work|job|school|class\w*|"
    r"home|community|car|bus|bed|chair|bathroom|kitchen|store|shop\w*|sport\w*|game|recess|garden\w*|"
    r"so (that )?(he|she|they|the \w+) can)\b",
    re.I,
)


def goal_checklist(goal: str, profession: str, task: str = "") -> list[tuple[bool, str]]:
    """Prompts for one written goal: ``(met, text)`` pairs, in the order a teacher asks.

    ``profession`` is ``"OT"`` or ``"PT"``; ``task`` names the activity and its occupation
    (e.g. "Washing and grooming at the sink; personal hygiene and grooming"). The checks
    are deliberately simple - who will do what, a time frame, a measure, and the target:
    for OT the activity itself (a word of ``task``), for PT movement and mobility, and
    whether the PT goal is functional (an activity or place it serves) - and they prompt,
    never grade the clinical content.

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
        raise ValueError(f"profession must be 'OT' or 'PT', not {profession!r}")
    text = goal.strip()
    if not text:
        return [(False, f"Write the {profession} goal first.")]
    checks = [
        (" will " in f" {text.lower()} ", 'Says who will do what ("the patient will ...").'),
        (bool(_TIME.search(text)), "Has a time frame (within a week, by discharge ...)."),
        (bool(_MEASURE.search(text)), "Has a measure: how much, how often, or how much help."),
    ]
    stems = {w[:4] for w in re.findall(r"[a-z]{4,}", task.lower())}
    names_task = any(w[:4] in stems for w in re.findall(r"[a-z]{4,}", text.lower()))
    if profession == "PT":
        checks += [
            (
                bool(_MOVEMENT.search(text)),
                "Names the movement or mobility PT works on (walk, stand, climb, balance, transfer ...).",
            ),
            (
                names_task or bool(_FUNCTION.search(text)),
                "Is functional: says what the person will be able to do with it (walk to the bathroom, climb the "
                "school stairs, get into the car) - not only a body part or a number.",
            ),
        ]
    else:
        checks.append(
            (
                names_task,
                f"Names the everyday activity itself as the target ({task.split(';')[0].strip().lower() or 'the task'}).",
            )
        )
    return checks
