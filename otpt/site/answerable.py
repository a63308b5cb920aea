"""The booth and the quiz, answerable in a static page with no kernel.

Every card's verdict and feedback for every answer is computed here, in Python, with the
package's own grading (`otpt.analysis.grading.check_answer`) and HTML
(`otpt.render`) - the very functions the widgets call - and shipped with the page as JSON.
The page's script (static/otpt-answer.js) only shows what it is given and counts the
answers it was told are correct; it decides nothing.

The data (`booth_data`, `quiz_data`)::

    {"kind": "booth" | "quiz", "title": str, "question": str,
     "start": HTML or "" (the booth's start screen), "glossary": HTML or "",
     "rounds": [{"cards": [{"id": activity id, "card": HTML,
                            "progress": HTML (booth) or {"RIGHT/DEFENSIBLE": HTML},  # before checking,
                                        # by the score so far (quiz)
                            "progress_after": the same, after checking,
                            "answers": {"OT": {"feedback": HTML, "correct": bool, "defensible": bool},
                                        "PT": ..., "Both": ...}}, ...],
                 }, ...],
     "end": {"RIGHT/DEFENSIBLE": HTML},  # the end screen for each score (every round has one size)
     "labels": {"next": str, "last": str, "start": str, "again": str}}
"""

from __future__ import annotations

import ast
import json
import os
import random
from html import escape
from pathlib import Path

import pandas as pd

from ..analysis.booth import draw_booth_round
from ..analysis.grading import check_answer, summarize
from ..io.booth_settings import BoothSettings
from ..render import booth as booth_render
from ..render.html import card_html, feedback_html, heading_html, score_html
from ..render.words import PROMPTS, QUIZ_ANSWERS, progress_text
from ..vocab import LEAD_NAMES, LEADS, QUESTION

__all__ = ["answerable_html", "booth_data", "quiz_data", "quiz_in_cell"]

#: The booth's rounds on a static page: a Start (and each Start again) shows the next one.
BOOTH_ROUNDS = 12


def _answers(bank: pd.DataFrame, activity_id: str, feedback) -> dict:
    """Each answer's feedback (``feedback(Feedback) -> HTML``) and whether it counts."""
    graded = {lead: check_answer(bank, activity_id, lead) for lead in LEADS}
    return {
        lead: {"feedback": feedback(fb), "correct": fb.correct, "defensible": fb.outcome == "defensible"}
        for lead, fb in graded.items()
    }


def _end_table(total: int, end) -> dict[str, str]:
    """``end(right, defensible) -> HTML`` for every possible score of a round of ``total``."""
    return {
        f"{right}/{defensible}": end(right, defensible)
        for right in range(total + 1)
        for defensible in range(right + 1)
    }


def _progress_table(position: int, total: int, checked: int) -> dict[str, str]:
    """The quiz's progress line for every score after ``checked`` answers, keyed as
    `_end_table` ("right/defensible")."""
    return {
        f"{right}/{defensible}": progress_text(position, total, right, checked, n_defensible=defensible)
        for right in range(checked + 1)
        for defensible in range(right + 1)
    }


def booth_data(*, rounds: int = BOOTH_ROUNDS, seed: int = 0, settings: BoothSettings | None = None) -> dict:
    """The outreach booth for a static page: ``rounds`` rounds as `otpt.Booth` draws them
    (`draw_booth_round`), each card with the booth's plain feedback for OT, PT and Both.

    >>> data = booth_data(rounds=1)
    >>> card = data["rounds"][0]["cards"][0]
    >>> len(data["rounds"][0]["cards"]), sorted(card["answers"]), sum(a["correct"] for a in card["answers"].values()) >= 1
    (5, ['Both', 'OT', 'PT'], True)
    """
    from ..widgets.booth import Booth  # its bank and texts, chosen as the live booth chooses them

    settings = settings or BoothSettings(tally=Path(os.devnull))
    booth = Booth(settings)
    rows = booth.bank.set_index("id")
    big, total = settings.big, settings.cards

    def feedback(fb) -> str:  # the booth's plain why, or the bank's
        return booth_render.booth_feedback_html(fb, booth.texts.get(fb.activity_id, fb.rationale), big=big)

    def card(position: int, activity_id: str) -> dict:
        row = rows.loc[activity_id]
        plain = getattr(booth.texts.get(activity_id), "card", "") or str(row.get("description") or "")
        progress = booth_render.progress_html(position + 1, total, big=big)
        return {
            "id": activity_id,
            "card": booth_render.booth_card_html(str(row["activity"]), plain, big=big),
            "progress": progress,
            "progress_after": progress,
            "answers": _answers(booth.bank, activity_id, feedback),
        }

    rng = random.Random(seed)
    end = _end_table(total, lambda right, _: booth_render.end_html(right, total, None, big=big))
    drawn = [
        {"cards": [card(i, a) for i, a in enumerate(draw_booth_round(booth.bank, rng, total))]}
        for _ in range(rounds)
    ]
    return {
        "kind": "booth",
        "title": "Outreach booth: OT or PT?",
        "question": "Who usually helps with this?",
        "start": booth_render.attract_html("", cards=settings.cards, big=big),
        "glossary": booth_render.glossary_html(big=big),
        "rounds": drawn,
        "end": end,
        "labels": {"next": "Next", "last": "See my score", "start": "Start", "again": "Start again"},
    }


def quiz_data(quiz) -> dict:
    """A `otpt.ClassifyQuiz`'s first round for a static page: its cards in its order, each
    with the quiz's feedback for OT, PT and Both, the progress line and the end score.

    >>> from otpt.widgets.quiz import ClassifyQuiz
    >>> data = quiz_data(ClassifyQuiz(n=3, seed=1, autosave=False))
    >>> [len(r["cards"]) for r in data["rounds"]], data["rounds"][0]["cards"][2]["progress"]["2/1"]
    ([3], 'Question 3 of 3 · The usual lead: 1 of 2 · Also right: 1')
    """
    order, bank = list(quiz.round.order), quiz.bank
    total = len(order)
    cards = [
        {
            "id": activity_id,
            "card": card_html(quiz.round.activity(activity_id)),
            "progress": _progress_table(i + 1, total, i),
            "progress_after": _progress_table(i + 1, total, i + 1),
            "answers": _answers(bank, activity_id, feedback_html),
        }
        for i, activity_id in enumerate(order)
    ]
    every = sum(check_answer(bank, a, "OT").every_answer_holds for a in order)

    def end(right: int, defensible: int) -> str:
        outcomes = (
            ["defensible"] * defensible + ["right"] * (right - defensible) + ["not usually"] * (total - right)
        )
        answers = pd.DataFrame({"activity_id": order, "key": "OT", "outcome": outcomes})
        answers["answer"] = answers["outcome"].map(lambda outcome: "OT" if outcome == "right" else "PT")
        return heading_html(PROMPTS["round_done"]) + score_html(summarize(answers), every)

    return {
        "kind": "quiz",
        "title": "The classification quiz",
        "question": QUESTION,
        "start": "",
        "glossary": "",
        "rounds": [{"cards": cards}],
        "end": _end_table(total, end),
        "labels": {"next": "Next", "last": "See results", "start": "Start", "again": "Start again"},
    }


#: ClassifyQuiz's keyword arguments a static page can reproduce (literal values only).
_QUIZ_ARGS = {"n", "seed", "settings", "populations"}


def quiz_in_cell(source: str):
    """The `otpt.ClassifyQuiz` a code cell makes (``otpt.ClassifyQuiz(n=20, seed=0)``), rebuilt
    with autosave off, or None when the cell makes none or its arguments are not literals
    (your own bank, a variable) - that quiz is then not answerable on the static page.

    >>> quiz_in_cell("quiz = otpt.ClassifyQuiz(n=4, seed=3)\\nquiz").n
    4
    >>> quiz_in_cell("quiz = otpt.ClassifyQuiz(my_bank, n=4)") is None
    True
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "ClassifyQuiz"
        ):
            if node.args or any(k.arg not in _QUIZ_ARGS | {"autosave"} for k in node.keywords):
                return None
            try:
                kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg in _QUIZ_ARGS}
            except ValueError:
                return None
            from ..widgets.quiz import ClassifyQuiz

            return ClassifyQuiz(**kwargs, autosave=False)
    return None


def _json_for_script(data: dict) -> str:
    """JSON that cannot end its <script> element early."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")


def answerable_html(data: dict) -> str:
    """The static page's markup for `booth_data` or `quiz_data`: the screen's parts, the
    answer buttons, a live region for the feedback, and the data for the page's script.
    Without JavaScript it says so."""
    labels = (
        {lead: LEAD_NAMES[lead] for lead in booth_render.BOOTH_ANSWERS}
        if data["kind"] == "booth"
        else QUIZ_ANSWERS
    )
    buttons = "".join(  # in the order and with the words of each, live
        f'<button type="button" class="otpt-answer-button" data-answer="{lead}">{escape(label)}</button>'
        for lead, label in labels.items()
    )
    return (
        f'<section class="otpt-answerable otpt-answerable-{data["kind"]}" aria-label="{escape(data["title"])}">'
        '<div class="otpt-progress"></div><div class="otpt-main"></div>'
        f'<div class="otpt-answer-buttons" role="group" aria-label="{escape(data["question"])}" hidden>{buttons}</div>'
        '<div class="otpt-feedback" role="status" aria-live="polite" aria-atomic="true"></div>'
        '<div class="otpt-controls"><button type="button" class="otpt-next" hidden></button>'
        '<button type="button" class="otpt-start" hidden></button></div>'
        f'<div class="otpt-glossary">{data["glossary"]}</div>'
        "<noscript><p>Turn on JavaScript to answer here, or open the lesson live (otpt lab).</p></noscript>"
        f'<script type="application/json" class="otpt-answer-data">{_json_for_script(data)}</script></section>'
    )
