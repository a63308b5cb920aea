"""The controls of a ClassifyQuiz card: what the learner answers and the buttons they press.

Made here, wired in quiz.py: the answer (OT, PT, Both) and how sure the learner is, as
radio buttons; Check, Next, Review mistakes and Start again, each with its icon and
tooltip, never narrower than its label.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..language import gettext as _
from ..language import pgettext
from ..render.words import QUIZ_ANSWERS
from ..vocab import QUESTION

__all__ = ["answer_choices", "quiz_buttons"]


def answer_choices() -> tuple[widgets.RadioButtons, widgets.RadioButtons]:
    """The answer (values: the keys of `QUIZ_ANSWERS`) and how sure the learner is
    (values ``"sure"``, ``"unsure"``), both unset.

    >>> choice, confidence = answer_choices()
    >>> [value for _label, value in confidence.options], choice.value
    (['sure', 'unsure'], None)
    """
    choice, confidence = (
        widgets.RadioButtons(
            options=options, value=None, description=asked, style={"description_width": "initial"}
        )
        for options, asked in (
            ([(QUIZ_ANSWERS[value], value) for value in QUIZ_ANSWERS], _(QUESTION)),
            (
                (
                    (pgettext("quiz button", "sure"), "sure"),
                    (pgettext("quiz button", "unsure"), "unsure"),
                ),
                _("How sure are you?"),
            ),
        )
    )
    choice.layout.margin = "0 3em 0.5em 0"
    return choice, confidence


def quiz_buttons() -> tuple[widgets.Button, widgets.Button, widgets.Button, widgets.Button]:
    """The quiz's Check, Next, Review mistakes and Start again buttons, in that order.

    >>> [button.description for button in quiz_buttons()]
    ['Check', 'Next', 'Review mistakes', 'Start again']
    """
    buttons = (
        widgets.Button(description=_("Check"), icon="check", tooltip=_("Check your answer, see why")),
        widgets.Button(description=_("Next"), icon="arrow-right", tooltip=_("The next activity")),
        widgets.Button(
            description=_("Review mistakes"), icon="undo", tooltip=_("Replay only the activities you missed")
        ),
        widgets.Button(description=_("Start again"), icon="refresh", tooltip=_("A new round in a new order")),
    )
    for button in buttons:
        button.layout.width, button.layout.min_width = "auto", "8em"  # never cut a label short
    return buttons
