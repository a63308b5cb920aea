"""PlaceActivity: describe an activity - what the therapy targets and does, the skills it
needs, the occupation it serves - and see who would usually lead it, where it lands on the
OT-PT line, why, and the most similar activities in the bank.

Thin glue over analysis/lead_rule.py (the readable weights), plots/place_activity.py and
render/place.py. An input left at
"not sure" adds nothing to either side.
"""

from __future__ import annotations

import ipywidgets as widgets

from ..analysis.lead_rule import Suggestion, suggest_lead
from ..analysis.similar import similar_activities
from ..io.bank import coerce_activities
from ..language import N_
from ..language import gettext as _
from ..plots.place_activity import describe_placement, plot_placement
from ..render import html as render
from ..render import place as render_place
from ..render.figures import figure_html
from ..render.words import PROMPTS
from ..vocab import INTERVENTIONS, OCCUPATION_AREAS, SKILLS, SPECIALTIES, term
from .clicks import OneActionPerClick
from .live import LiveRegion
from .placeholder import Placeholder
from .shared import shared_style

NOT_SURE = (N_("not sure"), "not sure")  # a value of its own: a Dropdown shows None as blank
TARGET_OPTIONS = [
    NOT_SURE,
    (N_("the everyday task itself (the occupation)"), "occupation"),
    (N_("movement and mobility"), "movement and mobility"),
    (N_("both: the task and movement"), "occupation and movement"),
]


def _options(pairs):
    """(English label, value) pairs with each label in the language in force."""
    return [(_(label), value) for label, value in pairs]


__all__ = ["PlaceActivity"]


class PlaceActivity(Placeholder, widgets.VBox):
    """Place your own activity: who would usually lead it, and why.

    Example:
        >>> place = PlaceActivity()
        >>> place.target.value = "movement and mobility"
        >>> place.place_button.click()
        >>> place.suggestion().lead
        'PT'
    """

    def __init__(self, activities=None):
        self.bank = coerce_activities(activities)
        # Styles are made as they will stay (a style changed after its widget is made is one
        # more message to the page), and controls alike share one (otpt.widgets.shared).
        labelled = shared_style(widgets.Dropdown, description_width="initial")
        self.name = widgets.Text(
            value="",
            placeholder=_("e.g. Playing in a wheelchair basketball team"),
            description=_("Activity:"),
            layout={"width": "520px"},
            style={"description_width": "initial"},
        )
        self.target = widgets.Dropdown(
            options=_options(TARGET_OPTIONS),
            value="not sure",
            description=_("The therapy targets:"),
            layout={"width": "520px"},
            style=labelled,
        )
        interventions = _options([NOT_SURE]) + [(f"{term(k)} - {v}", k) for k, v in INTERVENTIONS.items()]
        self.interventions = [
            widgets.Dropdown(
                options=interventions,
                value="not sure",
                description=label,
                layout={"width": "720px"},
                style=labelled,
            )
            for label in (_("Main intervention:"), _("Second intervention:"))
        ]
        self.specialty = widgets.Dropdown(
            options=[(_("none or not sure"), "not sure"), *((v, k) for k, v in SPECIALTIES.items())],
            value="not sure",
            description=_("Specialist credential:"),
            layout={"width": "720px"},
            style=labelled,
        )
        self.area = widgets.Dropdown(
            options=_options([NOT_SURE]) + [(term(a), a) for a in OCCUPATION_AREAS if a != "none"],
            value="not sure",
            layout={"width": "520px"},
            description=_("Occupation it serves (OTPF-4):"),
            style=labelled,
        )
        skill_layout, skill_style = widgets.Layout(width="300px"), shared_style(widgets.Checkbox)
        self.skills = {
            key: widgets.Checkbox(
                value=False, description=label, indent=False, layout=skill_layout, style=skill_style
            )
            for key, label in SKILLS.items()
        }
        self.place_button = widgets.Button(
            description=_("Place it"),
            icon="map-marker",
            button_style="primary",
            tooltip=_("Suggest who would lead it"),
            layout={"width": "auto"},
        )
        self.result = LiveRegion()  # the suggestion is said, not only shown
        self.clicks = OneActionPerClick()
        self.clicks.on_click(self.place_button, self._on_place)
        for control in (
            self.name,
            self.target,
            *self.interventions,
            self.specialty,
            self.area,
            *self.skills.values(),
        ):
            control.observe(self.clicks.interaction, names="value")
        grid = widgets.GridBox(
            list(self.skills.values()), layout={"grid_template_columns": "repeat(3, 300px)"}
        )
        super().__init__(
            [
                self.name,
                widgets.HTML(render_place.heading_html(_("What decides:"))),
                self.target,
                *self.interventions,
                self.specialty,
                widgets.HTML(render_place.heading_html(_("Context - it involves:"))),
                grid,
                self.area,
                self.place_button,
                self.result,
            ],
            layout={"max_width": "900px"},
        )

    @property
    def chosen_skills(self) -> list[str]:
        """The skills ticked, as `otpt.SKILLS` keys."""
        return [key for key, box in self.skills.items() if box.value]

    @property
    def chosen_interventions(self) -> list[str]:
        """The interventions chosen (none for "not sure"), without repeats."""
        return list(dict.fromkeys(box.value for box in self.interventions if box.value != "not sure"))

    def suggestion(self) -> Suggestion:
        """The suggestion for what is entered now (unanswered inputs add nothing)."""
        return suggest_lead(
            self.chosen_skills,
            self.area.value,
            target=self.target.value,
            interventions=self.chosen_interventions,
            specialty=self.specialty.value,
        )

    def _on_place(self, _button=None) -> None:
        answered = [v for v in (self.area.value, self.target.value, self.specialty.value) if v != "not sure"]
        if not (self.chosen_skills or self.chosen_interventions or answered):
            self.result.value = render.message_html(PROMPTS["place_nothing_entered"])
            return
        name = self.name.value.strip() or _("Your activity")
        suggestion = self.suggestion()
        ax = plot_placement(self.bank, suggestion=suggestion, name=name)
        figure = figure_html(
            ax, describe_placement(self.bank, suggestion=suggestion, name=name)
        )._repr_html_()
        similar = similar_activities(
            self.bank,
            self.chosen_skills,
            self.area.value,
            target=self.target.value,
            interventions=self.chosen_interventions,
            specialty=self.specialty.value,
        )
        self.result.value = render_place.placement_html(suggestion, similar, figure)
