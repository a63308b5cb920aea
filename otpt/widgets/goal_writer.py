"""GoalWriter: write an OT goal and a PT goal for one shared activity, then compare them
with the worked goals - the central interprofessional exercise (lesson 5).

Thin glue over io/goals.py (worked goals), analysis/goal_checks.py (the self-check) and
render/goals.py, which HTML-escapes every text a learner types or a file holds.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..analysis.goal_checks import goal_checklist
from ..io.bank import coerce_activities, find_ids
from ..io.goals import load_worked_goals
from ..language import gettext as _
from ..render import goals as render_goals
from ..render import html as render
from ..render.words import PROMPTS
from .clicks import OneActionPerClick
from .live import LiveRegion
from .placeholder import Placeholder

__all__ = ["GoalWriter"]


class GoalWriter(Placeholder, widgets.VBox):
    """Write an OT goal and a PT goal for a shared activity, then compare.

    Args:
        activity_id: the activity to start on (default: the first with worked goals).
        activities: None for the bundled bank, a CSV path, or a DataFrame.
        goals: None for the bundled worked goals, or a path to a file with the same columns.
        typed_name: how the comparison heads the goals typed in the boxes ("Yours"; for a
            worked example typed by code, e.g. "The draft").

    Raises:
        KeyError: when ``activity_id`` has no worked goals.

    Example:
        >>> writer = GoalWriter()
        >>> writer.ot_box.value = "Within a week she will dress herself with no help."
        >>> writer.compare_button.click()
        >>> "Worked goal:" in writer.result.value
        True
    """

    def __init__(
        self, activity_id: str | None = None, activities=None, *, goals=None, typed_name: str | None = None
    ):
        # how the result names the goals typed: a worked example's are not "Yours"
        self.typed_name = _("Yours") if typed_name is None else typed_name
        self.bank = coerce_activities(activities)
        self.worked = {k: v for k, v in load_worked_goals(goals).items() if k in set(self.bank["id"])}
        if activity_id is not None:
            found, unknown = find_ids(self.bank, [activity_id])
            activity_id = (found or unknown)[0]
        if activity_id is not None and activity_id not in self.worked:
            raise KeyError(
                _("no worked goals for activity {activity}; choose from {ids}").format(
                    activity=repr(activity_id), ids=", ".join(self.worked)
                )
            )
        names = self.bank.set_index("id")["activity"]
        self.activity = widgets.Dropdown(
            options=[(str(names[k]), k) for k in self.worked],
            value=activity_id or next(iter(self.worked), None),
            description=_("Shared activity:"),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="100%"),
        )
        self.card = widgets.HTML()
        box = {
            "layout": widgets.Layout(width="100%", height="5.5em"),
            "style": {"description_width": "initial"},
        }
        self.ot_box = widgets.Textarea(
            description=_("Your OT goal:"), placeholder=_("Within ... the person will ..."), **box
        )
        self.pt_box = widgets.Textarea(
            description=_("Your PT goal:"), placeholder=_("Within ... the person will ..."), **box
        )
        self.compare_button = widgets.Button(
            description=_("Compare with worked goals"),
            button_style="primary",
            icon="balance-scale",
            tooltip=_("Check your goals and show the worked ones"),
            layout=widgets.Layout(width="auto"),
        )
        self.result = LiveRegion()  # the comparison is said, not only shown
        self.clicks = OneActionPerClick()
        self.clicks.on_click(self.compare_button, self._on_compare)
        for control in (self.activity, self.ot_box, self.pt_box):
            control.observe(self.clicks.interaction, names="value")
        self.activity.observe(self._on_activity, names="value")
        super().__init__(
            [self.activity, self.card, self.ot_box, self.pt_box, self.compare_button, self.result],
            layout=widgets.Layout(max_width="780px"),
        )
        self._on_activity()

    @property
    def row(self):
        """The bank row of the chosen activity."""
        return self.bank.loc[self.bank["id"] == self.activity.value].iloc[0]

    def _on_activity(self, _button=None) -> None:
        self.result.value = ""
        self.card.value = (
            render.card_html(self.row)
            if self.activity.value
            else render.message_html(PROMPTS["no_worked_goals"])
        )

    def _on_compare(self, _button=None) -> None:
        if not self.activity.value:
            return
        row, worked = self.row, self.worked[self.activity.value]
        task = f"{row['activity']}; {row.get('occupation') or ''}"
        checks = {
            who: goal_checklist(typed, who, task)
            for who, typed in (("OT", self.ot_box.value), ("PT", self.pt_box.value))
        }
        self.result.value = render_goals.goals_compared_html(
            {"OT": self.ot_box.value, "PT": self.pt_box.value}, checks, worked, typed_name=self.typed_name
        )
