"""ClassifyQuiz: sort activities into OT, PT or Both, one card at a time.

Thin glue over analysis/rounds.py (the round: order, position, answers) and render/
(escaped HTML): the widget draws the round and writes every result into HTML widgets,
so it behaves the same in JupyterLab, Voila, nbval and plain pytest.
"""

from __future__ import annotations

import random
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from ..analysis.rounds import Round, draw_activities
from ..io.answers import random_nickname, safe_filename, save_answers
from ..io.bank import bank_categories, coerce_activities, find_categories
from ..io.columns import ANSWER_COLUMNS
from ..plots.confusion import describe_confusion, plot_confusion
from ..render import html as render
from ..render.figures import figure_html
from ..render.words import PROMPTS, progress_text
from .clicks import OneActionPerClick

__all__ = ["CHOICES", "ClassifyQuiz"]

CHOICES = (("OT", "OT"), ("PT", "PT"), ("Both", "Both"))


def _as_list(value):
    return None if value is None else [value] if isinstance(value, str) else list(value)


class ClassifyQuiz(widgets.VBox):
    """Classify activities as OT, PT or Both, with an explanation after every answer.

    Args:
        activities: None for the bundled bank, a CSV path, or a DataFrame.
        n: how many activities in a round (default: all that match the filters).
        seed: shuffling seed; the same seed gives the whole class the same order.
        settings, populations: keep only activities from these (a name or a list).
        name: the learner's name for saved answers; default a random nickname.
        save_dir: folder where "Save my answers" writes (default ``answers``).

    Example:
        >>> quiz = ClassifyQuiz(n=3, seed=1, settings="school")  # shows itself in a notebook
        >>> quiz.choice.value = str(quiz.current_activity["lead"])
        >>> quiz.check_button.click()
        >>> quiz.progress.value
        'Question 1 of 3 \u00b7 Score 1 of 1'
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
        save_dir: str | Path = "answers",
    ):
        bank = coerce_activities(activities)
        self.bank, self.notice = _filter(bank, _as_list(settings), _as_list(populations))
        self.n = n
        self.save_dir = Path(save_dir)
        self._nickname = random_nickname()
        self._rng = random.Random(seed)
        self._earlier: list[dict] = []  # answers of the rounds before this one
        self.round = Round(self.bank, [], number=0)

        self.progress = widgets.HTML()
        self.card = widgets.HTML()
        self.choice = widgets.RadioButtons(
            options=CHOICES,
            value=None,
            description="Who usually leads?",
            style={"description_width": "initial"},
        )
        self.confidence = widgets.RadioButtons(
            options=(("sure", "sure"), ("unsure", "unsure")),
            value=None,
            description="How sure are you?",
            style={"description_width": "initial"},
        )
        self.check_button = widgets.Button(
            description="Check", button_style="primary", icon="check", tooltip="Check your answer and see why"
        )
        self.next_button = widgets.Button(
            description="Next", icon="arrow-right", tooltip="Go to the next activity"
        )
        self.feedback = widgets.HTML()
        self.summary = widgets.HTML()
        self.review_button = widgets.Button(
            description="Review mistakes", icon="undo", tooltip="Replay only the activities you missed"
        )
        self.restart_button = widgets.Button(
            description="Start again", icon="refresh", tooltip="A new round in a new order"
        )
        self.name_box = widgets.Text(
            value=name.strip() if name else "",
            placeholder="optional",
            description="Your name:",
            style={"description_width": "initial"},
            layout=widgets.Layout(width="260px"),
        )
        self.save_button = widgets.Button(
            description="Save my answers", icon="save", tooltip="Save to a file"
        )
        self.save_status = widgets.HTML()

        self.choice.layout.margin = "0 3em 0.5em 0"
        for button in (
            self.check_button,
            self.next_button,
            self.review_button,
            self.restart_button,
            self.save_button,
        ):
            button.layout.width = "auto"  # never cut a label short
            button.layout.min_width = "8em"
        self.clicks = OneActionPerClick()
        for button, handler in (
            (self.check_button, self._on_check),
            (self.next_button, self._on_next),
            (self.review_button, self._on_review),
            (self.restart_button, self._on_restart),
            (self.save_button, self._on_save),
        ):
            self.clicks.on_click(button, handler)
        for control in (self.choice, self.confidence, self.name_box):
            control.observe(self.clicks.interaction, names="value")

        self._question = widgets.VBox(
            [
                widgets.HBox([self.choice, self.confidence], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HBox([self.check_button, self.next_button]),
            ]
        )
        self._end = widgets.HBox([self.review_button, self.restart_button])
        save_bar = widgets.HBox(
            [self.name_box, self.save_button, self.save_status],
            layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
        )
        super().__init__(
            [self.progress, self.card, self._question, self.feedback, self.summary, self._end, save_bar],
            layout=widgets.Layout(max_width="780px"),
        )
        self._start(self.round.next_round(draw_activities(self.bank, self._rng, self.n)))

    # ------------------------------------------------------------------ public data

    @property
    def learner(self) -> str:
        """The name answers are saved under: what the name box holds, else a random nickname."""
        return self.name_box.value.strip() or self._nickname

    @property
    def answers(self) -> pd.DataFrame:
        """Every answer checked so far (all rounds), one row each (`ANSWER_COLUMNS`)."""
        return pd.DataFrame(self._earlier + self.round.records, columns=list(ANSWER_COLUMNS))

    @property
    def current_activity(self) -> pd.Series | None:
        """The activity on the card now, as a bank row (None after a round or when empty)."""
        return self.round.activity()

    def save(self, path: str | Path | None = None) -> Path:
        """Save the answers as JSON (atomically). Default: ``<save_dir>/<learner>.json``."""
        path = Path(path) if path is not None else self.save_dir / safe_filename(self.learner)
        return save_answers(self.answers, path, learner=self.learner, bank=self.bank.attrs.get("source", ""))

    # ------------------------------------------------------------------ drawing the round

    def _start(self, round_: Round) -> None:
        self._earlier += self.round.records
        self.round = round_
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
        self._question.layout.display = None
        self.card.value = render.card_html(self.round.activity())
        self.choice.value = None
        self.confidence.value = None
        self._show_buttons()
        self.next_button.description = "See results" if self.round.is_last else "Next"
        self._update_progress()

    def _show_buttons(self) -> None:
        """Check is live until the card is answered, then Next (both drawn from the round)."""
        self.check_button.disabled = self.round.checked
        self.next_button.disabled = not self.round.checked

    def _update_progress(self) -> None:
        r = self.round
        self.progress.value = progress_text(
            min(r.position + 1, r.total), r.total, r.n_correct, len(r.records), review=r.review
        )

    def _on_check(self, _=None) -> None:
        if self.round.current is None or self.round.checked:  # over, or a double click
            return
        if self.choice.value is None:
            self.feedback.value = render.message_html(PROMPTS["choose_first"])
            return
        fb = self.round.check(self.choice.value, self.confidence.value)
        self.feedback.value = render.feedback_html(fb)
        self._show_buttons()
        self._update_progress()

    def _on_next(self, _=None) -> None:
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
        ax = plot_confusion(answers, title="Your answers against the key")
        figure = figure_html(ax, describe_confusion(answers))._repr_html_()
        graded = self.round.feedback()
        missed = [fb for fb in graded if fb.outcome == "not usually"]
        defensible = [fb for fb in graded if fb.outcome == "defensible"]
        self._question.layout.display = "none"
        self.card.value = render.message_html(PROMPTS["round_done"])
        self.feedback.value = ""
        self.summary.value = render.summary_html(summary, missed, figure, defensible)
        self.review_button.disabled = not missed
        self._end.layout.display = None
        self._update_progress()

    def _on_review(self, _=None) -> None:
        if not self.round.finished or not self.round.missed():
            return
        self._start(self.round.review_round())

    def _on_restart(self, _=None) -> None:
        self._start(self.round.next_round(draw_activities(self.bank, self._rng, self.n)))

    def _on_save(self, _=None) -> None:
        try:
            path = self.save()
        except OSError as err:
            self.save_status.value = render.message_html(f"Could not save: {err.strerror or err}")
            return
        self.save_status.value = render.message_html(f"Saved {len(self.answers)} answers to {path}")


def _filter(bank: pd.DataFrame, settings, populations) -> tuple[pd.DataFrame, str]:
    """Keep the activities that match; explain in words when nothing does."""
    keep = pd.Series(True, index=bank.index)
    for column, wanted in (("setting", settings), ("population", populations)):
        if wanted is None:
            continue
        found, unknown = find_categories(bank, column, wanted)
        if unknown:
            return bank.iloc[:0], (
                f"There is no {column} called {', '.join(repr(u) for u in unknown)}. "
                f"Choose from: {', '.join(bank_categories(bank, column))}."
            )
        keep &= bank[column].isin(found)
    if len(bank) == 0:
        return bank, PROMPTS["empty_bank"]
    if not keep.any():
        return bank.iloc[:0], PROMPTS["no_match"]
    return bank[keep].reset_index(drop=True), ""
