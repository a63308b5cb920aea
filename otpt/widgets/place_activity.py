"""PlaceActivity: describe an activity - what the therapy targets and does, the skills it
needs, the occupation it serves - and see who would usually lead it, where it lands on the
OT-PT line, why, and the most similar activities in the bank.

Thin glue over placement.py (the readable weights) and the plot below. An input left at
"not sure" adds nothing to either side.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..analysis.lead_rule import DEFAULT_MARGIN, Suggestion, suggest_lead
from ..analysis.lead_rule_bank import predicted_position
from ..analysis.similar import similar_activities
from ..io.bank import coerce_activities
from ..plots.chart_text import wrap_label
from ..render import html as render
from ..render.figures import figure_html, literal_text
from ..vocab import INTERVENTIONS, LEADS, OCCUPATION_AREAS, PALETTE, SKILLS, SPECIALTIES
from .clicks import OneActionPerClick

NOT_SURE = ("not sure", "not sure")  # a value of its own: a Dropdown shows None as blank
TARGET_OPTIONS = [NOT_SURE, ("the task or occupation itself", "occupation"),
                  ("a movement or body function", "movement or body function"),
                  ("both: the task and a movement", "occupation and movement")]  # fmt: skip
DECIDED_BY = {
    "specialty": "the specialist credential",
    "intervention": "the intervention",
    "target": "the target",
    "target and intervention": "the target and the intervention",
    "all inputs": "everything you entered",
    "skills and occupation area": "the skills and occupation area alone",
    "nothing": "nothing yet",
}


@literal_text
def plot_placement(bank: pd.DataFrame, suggestion: Suggestion, name: str, *, ax=None,
                   margin: float = DEFAULT_MARGIN):  # fmt: skip
    """The bank's activities as dots on the OT-PT line (placed by the same model, from
    their targets, interventions, skills and occupation areas), the middle band where
    neither side leads by ``margin`` shaded, and your activity as a star. Returns the Axes."""
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 3.2), layout="constrained")
    band = margin / 3
    ax.axvspan(-band, band, color=PALETTE["Both"], alpha=0.12, lw=0)
    if len(bank):
        pos = predicted_position(bank)
        rng = np.random.default_rng(0)  # fixed jitter: the same picture every time
        for lead in LEADS:
            mask = (bank["lead"] == lead).to_numpy()
            ax.scatter(pos[mask], rng.uniform(-0.35, 0.35, mask.sum()), s=28, color=PALETTE[lead], alpha=0.7,
                       label=f"bank: {lead}", edgecolor="white", lw=0.5)  # fmt: skip
    ax.scatter(
        [suggestion.position], [0.62], marker="*", s=420, color="black", zorder=5, label="your activity"
    )
    # the name over the star, kept inside the line's ends whatever its length
    side = "left" if suggestion.position < -0.45 else "right" if suggestion.position > 0.45 else "center"
    ax.annotate(wrap_label(name, 40), (suggestion.position, 0.62), xytext=(0, 14), textcoords="offset points",
                ha=side, va="bottom", fontweight="bold")  # fmt: skip
    ax.set_xlim(-1.1, 1.1)
    ax.set_ylim(-0.6, 1.15)
    ax.set_yticks([])
    ax.set_xticks([-1, -band, band, 1], ["OT leads", "", "", "PT leads"])
    ax.text(0, -0.55, "neither side leads", ha="center", va="bottom", color="#00573f", fontweight="bold")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    return ax


def describe_placement(suggestion: Suggestion, name: str) -> str:
    """One sentence for screen readers and captions: where the activity lands and why."""
    verdict = (
        f"suggested lead {suggestion.label}"
        if suggestion.sure
        else f"unsure - practice varies, leaning {suggestion.lead}"
    )
    return (
        f"'{name}' lands at {suggestion.position:+.2f} on the OT (-1) to PT (+1) line "
        f"(OT score {suggestion.ot_score:g}, PT score {suggestion.pt_score:g} of 3, decided by "
        f"{DECIDED_BY[suggestion.decided_by]}): {verdict}."
    )


class PlaceActivity(widgets.VBox):
    """Place your own activity: who would usually lead it, and why.

    Example:
        >>> PlaceActivity()  # doctest: +SKIP
    """

    def __init__(self, activities=None):
        self.bank = coerce_activities(activities)
        self.name = widgets.Text(value="", placeholder="e.g. Playing in a wheelchair basketball team",
                                 description="Activity:", layout={"width": "520px"})  # fmt: skip
        self.target = widgets.Dropdown(options=TARGET_OPTIONS, value="not sure", description="The therapy targets:",
                                     layout={"width": "520px"})  # fmt: skip
        interventions = [NOT_SURE, *((f"{k} - {v}", k) for k, v in INTERVENTIONS.items())]
        self.interventions = [
            widgets.Dropdown(
                options=interventions, value="not sure", description=label, layout={"width": "720px"}
            )
            for label in ("Main intervention:", "Second intervention:")
        ]
        self.specialty = widgets.Dropdown(
            options=[("none or not sure", "not sure"), *((v, k) for k, v in SPECIALTIES.items())],
            value="not sure",
            description="Specialist credential:",
            layout={"width": "720px"},
        )
        self.area = widgets.Dropdown(
            options=[NOT_SURE, *((a, a) for a in OCCUPATION_AREAS if a != "none")],
            value="not sure",
            layout={"width": "520px"},
            description="Occupation it serves (OTPF-4):",
        )
        self.skills = {
            key: widgets.Checkbox(value=False, description=label, indent=False, layout={"width": "300px"})
            for key, label in SKILLS.items()
        }
        self.place_button = widgets.Button(description="Place it", icon="map-marker", button_style="primary",
                                           tooltip="Suggest who would lead it")  # fmt: skip
        self.place_button.layout.width = "auto"
        for control in (self.name, self.target, *self.interventions, self.specialty, self.area):
            control.style.description_width = "initial"
        self.result = widgets.HTML()
        self.clicks = OneActionPerClick()
        self.clicks.on_click(self.place_button, self._on_place)
        for control in (self.name, self.target, *self.interventions, self.specialty, self.area,
                        *self.skills.values()):  # fmt: skip
            control.observe(self.clicks.interaction, names="value")
        grid = widgets.GridBox(list(self.skills.values()),
                               layout={"grid_template_columns": "repeat(3, 300px)"})  # fmt: skip
        super().__init__(
            [self.name, widgets.HTML("<b>What decides:</b>"), self.target, *self.interventions, self.specialty,
             widgets.HTML("<b>Context - it involves:</b>"), grid, self.area, self.place_button, self.result],
            layout={"max_width": "900px"},
        )  # fmt: skip

    @property
    def chosen_skills(self) -> list[str]:
        return [key for key, box in self.skills.items() if box.value]

    @property
    def chosen_interventions(self) -> list[str]:
        return list(dict.fromkeys(box.value for box in self.interventions if box.value != "not sure"))

    def suggestion(self) -> Suggestion:
        """The suggestion for what is entered now (unanswered inputs add nothing)."""
        return suggest_lead(self.chosen_skills, self.area.value, target=self.target.value,
                            interventions=self.chosen_interventions, specialty=self.specialty.value)  # fmt: skip

    def _on_place(self, _=None) -> None:
        answered = [v for v in (self.area.value, self.target.value, self.specialty.value) if v != "not sure"]
        if not (self.chosen_skills or self.chosen_interventions or answered):
            self.result.value = render.message_html(
                "Choose what the therapy targets or an intervention (or tick a skill), then press Place it."
            )
            return
        name = self.name.value.strip() or "Your activity"
        suggestion = self.suggestion()
        ax = plot_placement(self.bank, suggestion, name)
        figure = figure_html(ax, describe_placement(suggestion, name))._repr_html_()
        reasons = "".join(f"<li>{escape(r)}</li>" for r in suggestion.reasons)
        similar = similar_activities(self.bank, self.chosen_skills, self.area.value, target=self.target.value,
                                     interventions=self.chosen_interventions, specialty=self.specialty.value)  # fmt: skip
        alike = "".join(
            f"<li><b>{escape(str(r.activity))}</b> - {escape(str(r.lead))}: {escape(str(r.rationale))}</li>"
            for r in similar.itertuples()
        )
        tip = f"<p><b>What would tip it:</b> {escape(suggestion.tip)}.</p>" if suggestion.tip else ""
        heading = f"Suggested lead: {suggestion.label}" if suggestion.sure else suggestion.label
        self.result.value = (
            f"<h4 style='margin:0.4em 0'>{escape(heading)}</h4>"
            f"<p style='margin:0.2em 0'>Decided by {escape(DECIDED_BY[suggestion.decided_by])} "
            f"(OT score {suggestion.ot_score:g}, PT score {suggestion.pt_score:g}, out of 3).</p>{tip}{figure}"
            f"<p><b>Why:</b></p><ul style='line-height:1.4'>{reasons}</ul>"
            f"<p><b>Most similar activities in the bank:</b></p><ul style='line-height:1.4'>{alike}</ul>"
        )
