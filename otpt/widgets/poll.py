"""Poll: lecture mode. One activity at a time on the projector, the room's answers (typed
tallies or learners' saved files), their distribution, then the key and why.

Thin glue over analysis/classroom.py (reading a class folder), plots/poll.py
and render/poll.py.
"""

from __future__ import annotations

import warnings
from dataclasses import replace

import ipywidgets as widgets

from ..analysis.classroom import first_answers, load_class
from ..analysis.grading import check_answer
from ..errors import ActivityDataNote, ClassFilesWarning, DataFileError
from ..io.bank import coerce_activities, find_ids
from ..language import gettext as _
from ..plots.poll import describe_poll, plot_poll
from ..render import poll as render_poll
from ..render.figures import figure_html
from ..vocab import LEAD_NAMES, LEADS
from .clicks import OneActionPerClick
from .live import LiveRegion
from .placeholder import Placeholder

__all__ = ["Poll"]


class Poll(Placeholder, widgets.VBox):
    """Show activities one at a time, collect the room's answers, then reveal the key.

    Args:
        activity_ids: the activities to poll, in order (ids from the bank).
        activities: None for the bundled bank, a CSV path, or a DataFrame.
        folder: a class folder of saved answer files; "Count saved answers" tallies it.

    Example:
        >>> poll = Poll(["A011", "A020", "A051"])
        >>> poll.counts["OT"].value = 12
        >>> poll.next_button.click()  # the boxes now show A020's counts
        >>> poll.tallies["A011"], poll.tally
        ({'OT': 12, 'Both': 0, 'PT': 0}, {'OT': 0, 'Both': 0, 'PT': 0})
    """

    def __init__(self, activity_ids, activities=None, *, folder=None):
        self.bank = coerce_activities(activities)
        self.activity_ids, self.unknown = find_ids(self.bank, activity_ids)
        if self.unknown and self.activity_ids:
            warnings.warn(
                _("Poll: the bank has no activity with the id(s) {ids}; they are left out.").format(
                    ids=", ".join(self.unknown)
                ),
                ActivityDataNote,
                stacklevel=2,
            )
        self.folder = folder
        #: The poll's state: activity id -> lead -> count. The count boxes are drawn from it.
        self.tallies = {a: dict.fromkeys(LEADS, 0) for a in self.activity_ids}
        #: The sentence describing the chart drawn last ("" before any), for lessons and tests.
        self.description = ""
        self._pos = 0
        self._drawing = False  # True while the boxes are being set from the tallies

        self.progress = widgets.HTML()
        self.card = widgets.HTML()
        self.counts = {
            lead: widgets.BoundedIntText(
                value=0, min=0, max=10_000, description=f"{LEAD_NAMES[lead]}:", layout={"width": "150px"}
            )
            for lead in LEADS
        }
        self.load_button = widgets.Button(
            description=_("Count saved answers"),
            icon="folder-open",
            tooltip=_("Tally the answers saved in the class folder"),
        )
        self.show_button = widgets.Button(
            description=_("Show the room's answers"),
            icon="bar-chart",
            tooltip=_("Draw how the room answered"),
        )
        self.reveal_button = widgets.Button(
            description=_("Reveal the answer"),
            icon="eye",
            button_style="primary",
            tooltip=_("Show who usually leads and why"),
        )
        self.prev_button = widgets.Button(
            description=_("Previous"), icon="arrow-left", tooltip=_("Previous activity")
        )
        self.next_button = widgets.Button(
            description=_("Next"), icon="arrow-right", tooltip=_("Next activity")
        )
        self.chart = widgets.HTML()
        self.answer = LiveRegion()  # the revealed answer is said, not only shown
        for button in (
            self.load_button,
            self.show_button,
            self.reveal_button,
            self.prev_button,
            self.next_button,
        ):
            button.layout.width = "auto"
        self.clicks = OneActionPerClick()
        for box in self.counts.values():
            box.observe(self._on_count, names="value")
        for button, handler in (
            (self.load_button, self._on_load),
            (self.show_button, self._on_show),
            (self.reveal_button, self._on_reveal),
            (self.prev_button, lambda _button: self._go(-1)),
            (self.next_button, lambda _button: self._go(+1)),
        ):
            self.clicks.on_click(button, handler)
        self.load_button.layout.display = None if folder else "none"

        tally = widgets.HBox(list(self.counts.values()), layout={"flex_flow": "row wrap"})
        actions = widgets.HBox(
            [self.load_button, self.show_button, self.reveal_button], layout={"flex_flow": "row wrap"}
        )
        self._controls = widgets.VBox([tally, actions, self.chart, self.answer])
        super().__init__(
            [self.progress, self.card, self._controls, widgets.HBox([self.prev_button, self.next_button])],
            layout={"max_width": "900px"},
        )
        self._show()

    @property
    def current(self) -> str | None:
        """The id of the activity on screen (None when there is nothing to poll)."""
        return self.activity_ids[self._pos] if self.activity_ids else None

    @property
    def tally(self) -> dict[str, int]:
        """The counts of the activity on screen, lead -> count (a copy)."""
        return dict(self.tallies[self.current]) if self.current is not None else dict.fromkeys(LEADS, 0)

    def _show(self) -> None:
        self.chart.value = self.answer.value = ""
        self.description = ""
        if not self.activity_ids:
            self.progress.value = ""
            self.card.value = render_poll.no_activity_html(self.unknown)
            self._controls.layout.display = "none"
            self.prev_button.disabled = self.next_button.disabled = True
            return
        row = self.bank.loc[self.bank["id"] == self.current].iloc[0]
        self.progress.value = render_poll.poll_progress_html(
            self._pos + 1, len(self.activity_ids), self.unknown
        )
        self.card.value = render_poll.poll_card_html(row)
        self._draw_counts()
        self.prev_button.disabled = self._pos == 0
        self.next_button.disabled = self._pos == len(self.activity_ids) - 1
        self._primary(self.reveal_button)

    def _draw_counts(self) -> None:
        """Set the boxes from the tallies without writing them back."""
        self._drawing = True
        try:
            for lead, box in self.counts.items():
                box.value = self.tallies[self.current][lead]
        finally:
            self._drawing = False

    def _go(self, step: int) -> None:
        if self.activity_ids and 0 <= self._pos + step < len(self.activity_ids):
            self._pos += step
            self._show()

    def _on_count(self, change) -> None:
        if self._drawing or self.current is None:
            return
        self.clicks.interaction()
        lead = next(lead for lead, box in self.counts.items() if box is change["owner"])
        self.tallies[self.current][lead] = int(change["new"])

    def _on_load(self, _button=None) -> None:
        if not self.folder or self.current is None:
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ClassFilesWarning)  # each skipped file is shown below
                answers = load_class(self.folder)
        except (OSError, DataFileError) as err:  # missing, not listable, a web address: said on screen
            self.chart.value = render_poll.folder_problem_html(err)
            return
        first = first_answers(answers)
        mine = first[first["activity_id"] == self.current]["answer"].value_counts()
        self.tallies[self.current] = {lead: int(mine.get(lead, 0)) for lead in LEADS}
        self._draw_counts()
        self.chart.value = render_poll.counted_html(
            int(mine.sum()), answers.attrs["skipped"], files=answers.attrs["files"]
        )

    def _on_show(self, _button=None, key: str | None = None, also_accepted: str | None = None) -> None:
        if self.current is None:
            return
        tally = self.tally
        ax = plot_poll(tally, key=key, also_accepted=also_accepted, title=_("How the room answered"))
        self.description = describe_poll(tally, key=key, also_accepted=also_accepted)
        self.chart.value = figure_html(ax, self.description)._repr_html_()

    def _on_reveal(self, _button=None) -> None:
        if self.current is None:
            return
        row = self.bank.loc[self.bank["id"] == self.current].iloc[0]
        key = str(row["lead"])
        # The key's own feedback, with the activity's common mix-up added for the room.
        fb = replace(check_answer(self.bank, self.current, key), misconception=str(row["misconception"]))
        self._on_show(key=key, also_accepted=fb.also_accepted or None)
        self.answer.value = render_poll.poll_answer_html(fb)
        self._primary(self.next_button if not self.next_button.disabled else None)

    def _primary(self, button) -> None:
        """Mark the next action: Reveal before the answer is shown, Next after it."""
        for b in (self.reveal_button, self.next_button):
            b.button_style = "primary" if b is button else ""
