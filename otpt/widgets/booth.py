"""Booth: the outreach walk-up app - "what's the difference between OT and PT?" in two minutes.

An attract screen with the one-line story and Start; rounds of five cards with at least one
of each lead; three big buttons (tap = answer); plain-word feedback; an end screen with the
score, the activity most visitors missed today and the message; a short glossary.
No name field, no file paths. Idle for ``idle`` seconds, it returns to the attract screen
with a fresh anonymous visitor; "Start again" is a new visitor too. Every finished round is
added to today's tally (`otpt.io.tally`). The round itself is `otpt.analysis.rounds.Round`.
"""

from __future__ import annotations

import random
from datetime import datetime, timezone

import ipywidgets as widgets

from ..analysis.booth import draw_booth_round, summarize_tally
from ..analysis.rounds import Round
from ..io.bank import coerce_activities
from ..io.booth_settings import BoothSettings, booth_settings
from ..io.booth_texts import load_booth_texts
from ..io.sessions import new_session_id
from ..io.tally import append_round, read_tally
from ..language import gettext as _
from ..render import booth as render
from ..render.html import message_html
from ..render.words import PROMPTS
from ..vocab import LEAD_NAMES
from .clicks import OneActionPerClick
from .filters import keep_matching
from .live import LiveRegion
from .placeholder import Placeholder

__all__ = ["Booth"]


class Booth(Placeholder, widgets.VBox):
    """The booth app (serve booth.ipynb with Voila: ``make present``).

    Args:
        settings: a `BoothSettings` (default: `booth_settings()` - the config file named by
            ``OTPT_BOOTH_CONFIG``, if any).
        activities: None for the bundled bank; only activities with booth texts are shown.
        texts: activity id -> plain why (default: the bundled data/booth.csv).
        seed: shuffling seed (default: a new one each time).
        schedule: ``schedule(seconds, callback) -> cancel`` for the idle timer (default:
            the kernel's event loop; tests pass their own clock).

    Example:
        >>> import tempfile, pathlib
        >>> booth = Booth(BoothSettings(tally=pathlib.Path(tempfile.mkdtemp()) / "t.jsonl"), seed=1)
        >>> booth.start_button.click(); booth.screen
        'card'
        >>> for _ in range(5):
        ...     booth.answer_buttons["Both"].click(); booth.next_button.click()
        >>> booth.screen, booth.tally_summary().rounds
        ('end', 1)
    """

    def __init__(
        self, settings: BoothSettings | None = None, *, activities=None, texts=None, seed=None, schedule=None
    ):
        self.settings = settings or booth_settings()
        self.texts = load_booth_texts() if texts is None else dict(texts)
        bank = coerce_activities(activities)
        bank = bank[bank["id"].astype(str).isin(self.texts)].reset_index(drop=True)
        self.bank, self.notice = keep_matching(
            bank, list(self.settings.settings) or None, list(self.settings.populations) or None
        )
        self._rng = random.Random(seed)
        self._schedule = schedule or _event_loop_timer
        self._cancel_idle = None
        self.visitor = new_session_id()
        self.rounds_played = 0
        self.tally_problem = ""
        self.round = Round(self.bank, [], number=0)
        big = self.settings.big

        self.progress = widgets.HTML()
        self.main = widgets.HTML()
        self.feedback = LiveRegion()  # each verdict and the end screen are said, not only shown
        self.glossary = widgets.HTML(render.glossary_html(big=big))
        height, font = ("5.5em", "2.2em") if big else ("3.6em", "1.5em")
        self.answer_buttons = {
            lead: widgets.Button(
                description=LEAD_NAMES[lead],
                tooltip=_("{lead} usually helps with this").format(lead=LEAD_NAMES[lead]),
                layout=widgets.Layout(
                    width="auto", min_width="7em", height=height, flex="1 1 0", margin="0 0.5em 0.5em 0"
                ),
                style={"font_size": font, "font_weight": "bold"},
            )
            for lead in render.BOOTH_ANSWERS
        }
        self.start_button = _big_button(_("Start"), "play", height, font, primary=True)
        self.next_button = _big_button(_("Next"), "arrow-right", height, font, primary=True)
        self.clicks = OneActionPerClick()
        for lead, button in self.answer_buttons.items():
            self.clicks.on_click(button, lambda _button, lead=lead: self._on_answer(lead))
        self.clicks.on_click(self.start_button, self._on_start)
        self.clicks.on_click(self.next_button, self._on_next)
        self._answers = widgets.HBox(
            list(self.answer_buttons.values()), layout=widgets.Layout(flex_flow="row wrap", margin="0.6em 0")
        )
        super().__init__(
            [
                self.progress,
                self.main,
                self._answers,
                self.feedback,
                self.next_button,
                self.start_button,
                self.glossary,
            ],
            layout=widgets.Layout(max_width="1100px" if big else "860px", padding="0.5em", margin="0 auto"),
        )
        self.add_class("otpt-booth")
        self.attract()

    @classmethod
    def for_page(cls, query: str = "", config=None, **kwargs) -> Booth:
        """The booth for a page address (Voila's query string): its settings, or - when the
        address asks for something otpt cannot use - the usual settings and a line on the
        start screen saying what was wrong, so the booth keeps working."""
        try:
            return cls(booth_settings(query, config), **kwargs)
        except ValueError as err:
            booth = cls(booth_settings(None, config), **kwargs)
            booth.notice = _(
                "This booth's address has a setting otpt cannot use ({problem}); the usual settings are used."
            ).format(problem=err)
            booth.attract()
            return booth

    # ------------------------------------------------------------------ screens

    @property
    def screen(self) -> str:
        """Which screen shows: "attract", "card", "feedback" or "end"."""
        return self._screen

    def attract(self) -> None:
        """The attract screen, with a fresh anonymous visitor (also after the idle timeout)."""
        self._new_visitor()
        self._screen = "attract"
        self.progress.value = self.feedback.value = ""
        self.main.value = render.attract_html(
            self.tally_summary().sentence(), cards=self.settings.cards, big=self.settings.big
        )
        if self.notice or not len(self.bank) or self.tally_problem:
            self.main.value += message_html(self.notice or self.tally_problem or PROMPTS["empty_bank"])
        self._show(start=bool(len(self.bank)), glossary=True)
        self.start_button.description = _("Start")

    def tally_summary(self):
        """Today's tally (`otpt.analysis.booth.TallySummary`); empty when it cannot be read."""
        try:
            rounds = read_tally(self.settings.tally)[0]
        except OSError as err:
            self.tally_problem = _("Today's tally could not be read from {path} ({problem}).").format(
                path=self.settings.tally, problem=err.strerror or err
            )
            rounds = []
        return summarize_tally(rounds)

    def _new_visitor(self) -> None:
        self.visitor, self.rounds_played = new_session_id(), 0
        self.round = Round(self.bank, [], number=0)
        self._stop_idle()

    def _on_start(self, _button=None) -> None:
        if self._screen == "end":  # "Start again": the next visitor
            self._new_visitor()
        self.round = self.round.next_round(draw_booth_round(self.bank, self._rng, self.settings.cards))
        self._card()

    def _card(self) -> None:
        self._screen = "card"
        row = self.round.activity()
        self.progress.value = render.progress_html(
            self.round.position + 1, self.round.total, big=self.settings.big
        )
        plain = getattr(self.texts.get(str(row["id"])), "card", "")
        self.main.value = render.booth_card_html(
            str(row["activity"]), plain or str(row.get("description") or ""), big=self.settings.big
        )
        self.feedback.value = ""
        self._show(answers=True)
        self._touch()

    def _on_answer(self, lead: str) -> None:
        if self._screen != "card":
            return
        fb = self.round.check(lead)
        if fb is None:
            return
        self._screen = "feedback"
        self.feedback.value = render.booth_feedback_html(
            fb, self.texts.get(fb.activity_id, fb.rationale), big=self.settings.big
        )
        self.next_button.description = _("See my score") if self.round.is_last else _("Next")
        self._show(next_=True)
        self._touch()

    def _on_next(self, _button=None) -> None:
        if self._screen != "feedback" or not self.round.advance():
            return
        if self.round.finished:
            self._end()
        else:
            self._card()

    def _end(self) -> None:
        self._screen = "end"
        self.rounds_played += 1
        answers = [
            {k: r[k] for k in ("activity_id", "activity", "answer", "key", "outcome")}
            for r in self.round.records
        ]
        finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            append_round(
                self.settings.tally,
                {
                    "visitor": self.visitor,
                    "round": self.rounds_played,
                    "finished": finished,
                    "answers": answers,
                },
            )
            self.tally_problem = ""
        except OSError as err:  # the round still ends well; the attract screen tells the booth keeper
            self.tally_problem = _("Today's tally could not be saved to {path} ({problem}).").format(
                path=self.settings.tally, problem=err.strerror or err
            )
        summary = self.tally_summary()
        self.progress.value = ""
        self.main.value = ""
        self.feedback.value = render.end_html(
            self.round.n_correct,
            self.round.total,
            summary.most_missed,
            big=self.settings.big,
            open_house=self.settings.open_house,
        )
        self.start_button.description = _("Start again")
        self._show(start=True, glossary=True)
        self._touch()

    def _show(self, *, answers=False, next_=False, start=False, glossary=False) -> None:
        for box, on in (
            (self._answers, answers),
            (self.next_button, next_),
            (self.start_button, start),
            (self.glossary, glossary),
        ):
            box.layout.display = None if on else "none"

    # ------------------------------------------------------------------ the idle timer

    def _touch(self) -> None:
        """A visitor did something: the idle timer starts again."""
        self._stop_idle()
        self._cancel_idle = self._schedule(self.settings.idle, self.attract)

    def _stop_idle(self) -> None:
        if self._cancel_idle is not None:
            self._cancel_idle()
            self._cancel_idle = None


def _big_button(
    description: str, icon: str, height: str, font: str, *, primary: bool = False
) -> widgets.Button:
    return widgets.Button(
        description=description,
        icon=icon,
        button_style="primary" if primary else "",
        layout=widgets.Layout(width="auto", min_width="10em", height=height, margin="0.4em 0"),
        style={"font_size": font, "font_weight": "bold"},
    )


def _event_loop_timer(seconds: float, callback):
    """Run ``callback`` after ``seconds`` on the kernel's event loop; returns a cancel function."""
    from tornado.ioloop import IOLoop

    loop = IOLoop.current()
    handle = loop.call_later(seconds, callback)
    return lambda: loop.remove_timeout(handle)
