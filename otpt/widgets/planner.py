"""CareTeamPlanner: assign each task of a case to OT, PT or Both, then compare the plan
with the recommended one - per task, and as a picture of both plans, one above the other."""

from __future__ import annotations

import ipywidgets as widgets

from ..analysis.planning import check_plan
from ..io.cases import Case, load_cases
from ..language import gettext as _
from ..plots.plan import describe_plan, plot_plan
from ..render import html as render
from ..render import plan as render_plan
from ..render.figures import figure_html
from ..render.words import PROMPTS
from ..vocab import LEAD_NAMES, LEADS
from .clicks import OneActionPerClick
from .live import LiveRegion
from .placeholder import Placeholder
from .shared import shared_style

__all__ = ["CareTeamPlanner"]


class CareTeamPlanner(Placeholder, widgets.VBox):
    """Plan a case: who leads each task - OT, PT, or Both (an OT goal and a PT goal)?

    Args:
        case: a case's name (`load_cases`) or a `Case`.
        cases: the cases to look the name up in (default: the bundled ones).
        plan_name: the checked plan's name in the picture ("Your plan"; for a worked
            example entered by code, e.g. "The rule's plan").

    Raises:
        ValueError: for a case name that is not among the cases.

    Example:
        >>> planner = CareTeamPlanner("hip")
        >>> planner.check_button.click()  # nothing chosen yet
        >>> "Choose OT, PT or Both" in planner.feedback.value
        True
    """

    def __init__(
        self, case: str | Case = "hip", *, cases: dict[str, Case] | None = None, plan_name: str | None = None
    ):
        # the picture's name for the plan checked: a worked example's is not "Your"
        self.plan_name = _("Your plan") if plan_name is None else plan_name

        if isinstance(case, str):
            cases = cases or load_cases()
            if case not in cases:
                raise ValueError(
                    _("no case called {case}; choose from: {names}").format(
                        case=repr(case), names=", ".join(cases)
                    )
                )
            case = cases[case]
        self.case = case
        # The rows look alike, and so do the texts and the buttons: each kind shares one layout
        # and one style (otpt.widgets.shared). A lesson shows five planners: the hip case's is
        # 37 models, not 50.
        plain, text_style = widgets.Layout(), shared_style(widgets.HTML)
        header = widgets.HTML(render_plan.case_header_html(case), layout=plain, style=text_style)
        self.choices = {}
        rows = []
        choice_style, choice_layout = widgets.ToggleButtonsStyle(button_width="90px"), widgets.Layout()
        label_layout = widgets.Layout(width="300px", max_width="100%")
        # on a narrow screen (a phone, 200% zoom) the choices go under the task, never off the page
        row_layout = widgets.Layout(align_items="center", flex_flow="row wrap")
        for t in case.tasks:
            choice = widgets.ToggleButtons(
                options=[(LEAD_NAMES[lead], lead) for lead in LEADS],
                value=None,
                description="",
                tooltips=[f"{t.task}: {LEAD_NAMES[lead]}" for lead in LEADS],
                style=choice_style,
                layout=choice_layout,
            )
            self.choices[t.task_id] = choice
            label = widgets.HTML(render_plan.task_label_html(t.task), layout=label_layout, style=text_style)
            rows.append(widgets.HBox([label, choice], layout=row_layout))
        button_style, button_layout = widgets.ButtonStyle(), widgets.Layout(width="auto")
        self.check_button = widgets.Button(
            description=_("Check my plan"),
            button_style="primary",
            icon="check",
            tooltip=_("Compare your plan with the recommended one"),
            style=button_style,
            layout=button_layout,
        )
        self.reset_button = widgets.Button(
            description=_("Start over"),
            icon="refresh",
            tooltip=_("Clear every choice"),
            style=button_style,
            layout=button_layout,
        )
        self.feedback = LiveRegion(layout=plain)  # the checked plan is said, not only shown
        self.picture = widgets.HTML(layout=plain, style=text_style)
        self.clicks = OneActionPerClick()
        self.clicks.on_click(self.check_button, self._on_check)
        self.clicks.on_click(self.reset_button, self._on_reset)
        for choice in self.choices.values():
            choice.observe(self.clicks.interaction, names="value")
        buttons = widgets.HBox([self.check_button, self.reset_button], layout=plain)
        super().__init__([header, *rows, buttons, self.feedback, self.picture], layout={"max_width": "900px"})

    @property
    def plan(self) -> dict[str, str | None]:
        """The plan as the buttons show it: task id -> OT, Both, PT, or None (not chosen)."""
        return {task_id: choice.value for task_id, choice in self.choices.items()}

    def _on_check(self, _button=None) -> None:
        plan = self.plan
        if not any(plan.values()):
            self.feedback.value = render.message_html(PROMPTS["plan_nothing_chosen"])
            self.picture.value = ""
            return
        self.feedback.value = render_plan.plan_feedback_html(check_plan(self.case, plan))
        ax = plot_plan(self.case, plan=plan, plan_name=self.plan_name)
        self.picture.value = figure_html(ax, describe_plan(self.case, plan=plan))._repr_html_()

    def _on_reset(self, _button=None) -> None:
        for choice in self.choices.values():
            choice.value = None
        self.feedback.value = self.picture.value = ""
