"""PlaceActivity: name an activity, tick what it involves, and see where it lands on the
OT-PT spectrum - with the reasons and the most similar activities from the bank.

Thin glue over placement.py (the transparent weights) and the plot below.
"""

from __future__ import annotations

from html import escape

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import render
from .figures import figure_html
from .loader import coerce_activities
from .placement import DEFAULT_THRESHOLD, Suggestion, positions, similar_activities, suggest_lead
from .vocab import LEADS, OCCUPATION_AREAS, PALETTE, SKILLS


def plot_placement(bank: pd.DataFrame, suggestion: Suggestion, name: str, *, ax=None,
                   threshold: float = DEFAULT_THRESHOLD):  # fmt: skip
    """The bank's activities as dots on the OT-PT spectrum (by their skills and occupation
    area), the "Both" band shaded, and your activity as a star. Returns the Axes."""
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 3.2), layout="constrained")
    ax.axvspan(-threshold, threshold, color=PALETTE["Both"], alpha=0.12, lw=0)
    if len(bank):
        pos = positions(bank)
        rng = np.random.default_rng(0)  # fixed jitter: the same picture every time
        for lead in LEADS:
            mask = (bank["lead"] == lead).to_numpy()
            ax.scatter(pos[mask], rng.uniform(-0.35, 0.35, mask.sum()), s=28, color=PALETTE[lead], alpha=0.7,
                       label=f"bank: {lead}", edgecolor="white", lw=0.5)  # fmt: skip
    ax.scatter(
        [suggestion.position], [0.62], marker="*", s=420, color="black", zorder=5, label="your activity"
    )
    ax.annotate(name, (suggestion.position, 0.62), xytext=(0, 14), textcoords="offset points", ha="center",
                fontweight="bold")  # fmt: skip
    ax.set_xlim(-1.1, 1.1)
    ax.set_ylim(-0.6, 1.15)
    ax.set_yticks([])
    ax.set_xticks([-1, -threshold, threshold, 1], ["OT leads", "", "", "PT leads"])
    ax.text(0, -0.55, "Both", ha="center", va="bottom", color="#00573f", fontweight="bold")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    return ax


def describe_placement(suggestion: Suggestion, name: str) -> str:
    return (
        f"'{name}' lands at {suggestion.position:+.2f} on the OT (-1) to PT (+1) spectrum "
        f"(OT score {suggestion.ot_score:g}, PT score {suggestion.pt_score:g}): suggested lead {suggestion.lead}."
    )


class PlaceActivity(widgets.VBox):
    """Place your own activity on the OT-PT spectrum.

    Example:
        >>> PlaceActivity()  # doctest: +SKIP
    """

    def __init__(self, activities=None):
        self.bank = coerce_activities(activities)
        self.name = widgets.Text(value="", placeholder="e.g. Playing in a wheelchair basketball team",
                                 description="Activity:", layout={"width": "520px"})  # fmt: skip
        self.area = widgets.Dropdown(
            options=list(OCCUPATION_AREAS), value="none", description="Purpose (OTPF-4):"
        )
        self.skills = {
            key: widgets.Checkbox(value=False, description=label, indent=False, layout={"width": "260px"})
            for key, label in SKILLS.items()
        }
        self.place_button = widgets.Button(description="Place it", icon="map-marker", button_style="primary",
                                           tooltip="Place the activity on the spectrum")  # fmt: skip
        self.place_button.layout.width = "auto"
        for control in (self.name, self.area):
            control.style.description_width = "initial"
        self.result = widgets.HTML()
        self.place_button.on_click(self._on_place)
        grid = widgets.GridBox(list(self.skills.values()),
                               layout={"grid_template_columns": "repeat(3, 260px)"})  # fmt: skip
        super().__init__(
            [self.name, self.area, widgets.HTML("<b>It involves:</b>"), grid, self.place_button, self.result],
            layout={"max_width": "900px"},
        )

    @property
    def chosen_skills(self) -> list[str]:
        return [key for key, box in self.skills.items() if box.value]

    def _on_place(self, _=None) -> None:
        skills = self.chosen_skills
        if not skills and self.area.value == "none":
            self.result.value = render.message_html(
                "Tick at least one skill or choose a purpose, then press Place it."
            )
            return
        name = self.name.value.strip() or "Your activity"
        suggestion = suggest_lead(skills, self.area.value)
        ax = plot_placement(self.bank, suggestion, name)
        figure = figure_html(ax, describe_placement(suggestion, name))._repr_html_()
        reasons = "".join(f"<li>{escape(r)}</li>" for r in suggestion.reasons)
        similar = similar_activities(self.bank, skills, self.area.value)
        alike = "".join(
            f"<li><b>{escape(str(r.activity))}</b> - {escape(str(r.lead))}: {escape(str(r.rationale))}</li>"
            for r in similar.itertuples()
        )
        self.result.value = (
            f"<h4 style='margin:0.4em 0'>Suggested lead: {suggestion.lead} "
            f"(OT score {suggestion.ot_score:g}, PT score {suggestion.pt_score:g})</h4>{figure}"
            f"<p><b>Why:</b></p><ul style='line-height:1.4'>{reasons}</ul>"
            f"<p><b>Most similar activities in the bank:</b></p><ul style='line-height:1.4'>{alike}</ul>"
        )
