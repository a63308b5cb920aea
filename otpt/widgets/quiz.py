"""ClassifyQuiz: sort activities into OT, PT or Both, one card at a time.

Thin glue over analysis/rounds.py (the round: order, position, answers) and render/
(escaped HTML): the widget draws the round and writes every result into HTML widgets,
so it behaves the same in JupyterLab, Voila, nbval and plain pytest.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from ..analysis.rounds import Round, continue_rounds, draw_activities
from ..io.bank import coerce_activities
from ..io.exchange.format import answers_frame
from ..io.sessions import class_folder
from ..language import gettext as _
from ..plots.confusion import describe_confusion, plot_confusion
from ..render import html as render
from ..render.figures import figure_html
from ..render.words import PROMPTS, progress_text
from .clicks import OneActionPerClick
from .filters import keep_matching
from .live import LiveRegion
from .placeholder import Placeholder
from .quiz_controls import answer_choices, quiz_buttons
from .saving import SaveBar

__all__ = ["ClassifyQuiz"]


class ClassifyQuiz(Placeholder, widgets.VBox):
    """Classify activities as OT, PT or Both, with an explanation after every answer.

    Args:
        activities: None for the bundled bank, a CSV path, or a DataFrame.
        n: how many activities in a round (default: all that match the filters).
        seed: shuffling seed; the same seed gives the whole class the same order.
        settings, populations: keep only activities from these (a name or a list).
        name: the learner's name for saved answers; default a random nickname.
        save_dir: the folder answers are saved in (default: ``$OTPT_CLASS_FOLDER`` when
            a hub sets it, else ``answers`` next to the notebook).
        autosave: save after every Check (default), and after a kernel restart pick up
            the session this quiz saved last, so nothing is lost. False keeps answers
            in the kernel only, with no name box, save button or download link shown
            (a demonstration, a warm-up).
        kiosk: one screen, many people (a booth, a lab computer): never pick up an
            earlier session, and "Start again" begins a new anonymous learner session.
            Default: True when the environment variable ``OTPT_KIOSK`` is ``1``.

    Example:
        >>> quiz = ClassifyQuiz(n=3, seed=1, settings="school")  # shows itself in a notebook
        >>> quiz.choice.value = str(quiz.current_activity["lead"])
        >>> quiz.check_button.click()
        >>> quiz.progress.value
        'Question 1 of 3 \u00b7 The usual lead: 1 of 1'
    """

    def __init__(
        self,
        activities=None,
        *,
        n: int | None = None,
        seed: int = 0,
        settings=None,
        populations=None,
        name: str | None = None,
        save_dir: str | Path | None = None,
        autosave: bool = True,
        kiosk: bool | None = None,
    ):
        bank = coerce_activities(activities)
        self.bank, self.notice = keep_matching(bank, settings, populations)
        self.n = n
        self.save_dir = class_folder(save_dir)
        self.autosave = autosave
        self.kiosk = os.environ.get("OTPT_KIOSK") == "1" if kiosk is None else kiosk
        self._rng = random.Random(seed)
        self._earlier: list[dict] = []  # answers of the rounds before this one
        self._rounds: list[dict] = []  # every round's number, order and kind (saved, to continue)
        self.round = Round(self.bank, [], number=0)
        key = "|".join(
            map(
                str,
                (
                    self.save_dir.absolute(),
                    self.bank.attrs.get("source", ""),
                    seed,
                    n,
                    settings,
                    populations,
                    name,
                    os.environ.get("JPY_SESSION_NAME", ""),
                ),
            )
        )
        self.saving = SaveBar(self.save_dir, key, name=name, bank=self.bank.attrs.get("source", ""))

        self.progress = widgets.HTML()
        self.card = widgets.HTML()
        self.choice, self.confidence = answer_choices()
        self.check_button, self.next_button, self.review_button, self.restart_button = quiz_buttons()
        self.feedback = LiveRegion()  # every verdict and the score are said, not only shown
        self.summary = widgets.HTML()
        self.name_box, self.save_button = self.saving.name_box, self.saving.save_button
        self.save_status = self.saving.status

        self.clicks = OneActionPerClick()
        for button, handler in (
            (self.check_button, self._on_check),
            (self.next_button, self._on_next),
            (self.review_button, self._on_review),
            (self.restart_button, self._on_restart),
            (self.save_button, self._on_save),
            (self.saving.someone_else_button, self._on_someone_else),
        ):
            self.clicks.on_click(button, handler)
        for control in (self.choice, self.confidence, self.name_box):
            control.observe(self.clicks.interaction, names="value")
        self.name_box.observe(self._on_name, names="value")

        self._question = widgets.VBox(
            [
                widgets.HBox([self.choice, self.confidence], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HBox([self.check_button, self.next_button]),
            ]
        )
        self._end = widgets.HBox([self.review_button, self.restart_button])
        super().__init__(
            [self.progress, self.card, self._question, self.feedback, self.summary, self._end, self.saving],
            layout=widgets.Layout(max_width="780px"),
        )
        if not autosave:  # kept in the kernel only: no name box or save button to suggest otherwise
            self.saving.layout.display = "none"
        if not (self.autosave and not self.kiosk and self._resume()):
            self._start(self.round.next_round(draw_activities(self.bank, self._rng, self.n)))

    @property
    def learner(self) -> str:
        """The name answers are saved under: what the name box holds, else a random nickname."""
        return self.saving.learner

    @property
    def session(self) -> str:
        """This learner session's id (in the answers file and its name)."""
        return self.saving.session

    @property
    def answers(self) -> pd.DataFrame:
        """Every answer checked so far (all rounds), one row each (`ANSWER_COLUMNS`)."""
        return answers_frame(self._records())

    @property
    def current_activity(self) -> pd.Series | None:
        """The activity on the card now, as a bank row (None after a round or when empty)."""
        return self.round.activity()

    def save(self, path: str | Path | None = None) -> Path:
        """Save the answers as JSON, atomically (default: ``<save_dir>/<learner>-<session>.json``).

        Raises:
            OSError: when the file cannot be written (the answers stay in the kernel);
                `FileExistsError` when ``path`` holds another session's answers;
                `WebAddressError` when ``path`` is a web address (``~`` and Path are fine).
        """
        return self.saving.save(self._records(), self._rounds, path)

    def _records(self) -> list[dict]:
        return self._earlier + self.round.records

    def _resume(self) -> bool:
        """Continue the session this quiz saved last (after a kernel restart); False when
        there is none to continue."""
        found = self.saving.resume()
        if found is None:
            return False
        self._earlier, self._rounds, current, drawn = continue_rounds(self.bank, *found)
        for _round in range(drawn):
            draw_activities(self.bank, self._rng, self.n)  # the seeded order moves on as before
        if not current.order:  # the bank changed: a new round after the saved ones
            self.round, current = current, current.next_round(draw_activities(self.bank, self._rng, self.n))
        self._start(current)
        if self.round.finished:
            self._finish()
        return True

    # ------------------------------------------------------------------ drawing the round

    def _start(self, round_: Round) -> None:
        self._earlier += self.round.records
        self.round = round_
        self._rounds.append({"number": round_.number, "order": list(round_.order), "review": round_.review})
        self.summary.value = ""
        self._end.layout.display = "none"
        self._show()

    def _show(self) -> None:
        self.feedback.value = ""
        if not self.round.order:
            self.progress.value = ""
            self.card.value = render.message_html(self.notice or PROMPTS["empty_bank"])
            self._question.layout.display = "none"
            return
        if self.round.finished:  # a round continued after a restart, already answered: _finish draws it
            return
        self._question.layout.display = None
        self.card.value = render.card_html(self.round.activity())
        self.choice.value = None
        self.confidence.value = None
        self._show_buttons()
        self.next_button.description = _("See results") if self.round.is_last else _("Next")
        self._update_progress()

    def _show_buttons(self) -> None:
        """Check is live until the card is answered, then Next (both drawn from the round);
        the live one is the primary button, so the next action is the one that stands out."""
        for button, live in (
            (self.check_button, not self.round.checked),
            (self.next_button, self.round.checked),
        ):
            button.disabled, button.button_style = not live, "primary" if live else ""

    def _update_progress(self) -> None:
        r = self.round
        at = (min(r.position + 1, r.total), r.total, r.n_correct, len(r.records))
        self.progress.value = progress_text(*at, review=r.review, n_defensible=r.n_defensible)

    def _on_check(self, _button=None) -> None:
        if self.round.current is None or self.round.checked:  # over, or a double click
            return
        if self.choice.value is None:
            self.feedback.value = render.message_html(PROMPTS["choose_first"])
            return
        fb = self.round.check(self.choice.value, self.confidence.value)
        self.feedback.value = render.feedback_html(fb)
        self._show_buttons()
        self._update_progress()
        if self.autosave:
            self.saving.save_and_report(self._records(), self._rounds)

    def _on_next(self, _button=None) -> None:
        if self.round.current is None:
            return
        if not self.round.advance():
            self.feedback.value = render.message_html(PROMPTS["check_first"])
            return
        if self.round.finished:
            self._finish()
        else:
            self._show()

    def _finish(self) -> None:
        answers = self.round.answers()
        summary = self.round.summary()
        ax = plot_confusion(answers, title=_("Your answers against the key"))
        figure = figure_html(ax, describe_confusion(answers))._repr_html_()
        graded = self.round.feedback()
        missed = [fb for fb in graded if not fb.correct]
        defensible = [fb for fb in graded if fb.outcome == "defensible"]
        self._question.layout.display = "none"
        self.card.value = render.heading_html(PROMPTS["round_done"])
        self.feedback.value = render.score_html(summary, sum(fb.every_answer_holds for fb in graded))
        self.summary.value = render.summary_html(summary, missed, figure, defensible)
        self.review_button.disabled = not missed
        self._end.layout.display = None
        self._update_progress()

    def _on_review(self, _button=None) -> None:
        if not self.round.finished or not self.round.missed():
            return
        self._start(self.round.review_round())

    def _on_restart(self, _button=None) -> None:
        if self.kiosk:
            self._on_someone_else()
        else:
            self._start(self.round.next_round(draw_activities(self.bank, self._rng, self.n)))

    def _on_someone_else(self, _button=None) -> None:
        """A full reset for the next person: a new anonymous session and a new round 1."""
        self._earlier, self._rounds = [], []  # first: the cleared name box must not save them anew
        self.round = Round(self.bank, [], number=0)
        self.saving.reset()
        self._start(self.round.next_round(draw_activities(self.bank, self._rng, self.n)))

    def _on_name(self, _button=None) -> None:
        if self.autosave and self._records():  # the file takes the new name at once
            self.saving.save_and_report(self._records(), self._rounds)

    def _on_save(self, _button=None) -> None:
        self.saving.save_and_report(self._records(), self._rounds, asked=True)
