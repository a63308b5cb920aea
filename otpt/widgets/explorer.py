"""OverlapExplorer: filter the bank, watch the overlap diagram change, list a region.

Thin glue over analysis/overlap.py (filtering, regions), plots/overlap.py (the diagram)
and render/explorer.py (the region's list).
"""

from __future__ import annotations

import ipywidgets as widgets

from ..analysis.overlap import REGIONS, filter_bank, region_members
from ..io.bank import bank_categories, coerce_activities, find_categories
from ..language import gettext as _
from ..plots.overlap import describe_overlap, plot_overlap
from ..render.explorer import region_listing_html
from ..render.figures import figure_html
from ..render.html import message_html
from ..render.words import PROMPTS
from ..vocab import LEADS, SKILLS, term
from .live import LiveRegion
from .placeholder import Placeholder

__all__ = ["ANY", "OverlapExplorer"]

ANY = "any"


class OverlapExplorer(Placeholder, widgets.VBox):
    """Ask "what about schools? what about balance?" and see the overlap picture change.

    Args:
        activities: None for the bundled bank, a CSV path, or a DataFrame.
        setting, population, skill: the filters it opens on ("any" for none).
        region: "OT", "Both" or "PT" to open with that region's activities listed;
            None (default) lists nothing until the learner presses a region.

    Raises:
        ValueError: for a setting or population the bank does not have.

    Example:
        >>> explorer = OverlapExplorer()
        >>> explorer.setting.value = "school"
        >>> set(explorer.selection["setting"])
        {'school'}
    """

    def __init__(self, activities=None, *, setting=ANY, population=ANY, skill=ANY, region=None):
        self.bank = coerce_activities(activities)
        self.setting, self.population = (
            widgets.Dropdown(
                options=[(_("any"), ANY), *((term(c), c) for c in bank_categories(self.bank, column))],
                description=label,
                value=value if value == ANY else _one_category(self.bank, column, value),
            )
            for column, value, label in (
                ("setting", setting, _("Setting:")),
                ("population", population, _("Population:")),
            )
        )
        self.skill = widgets.Dropdown(
            options=[(_("any"), ANY)] + [(label, key) for key, label in SKILLS.items()],
            value=skill,
            description=_("Skill:"),
        )
        self.region = widgets.ToggleButtons(
            options=[(REGIONS[lead], lead) for lead in LEADS],
            value=region,
            description=_("List:"),
            tooltips=[_("List the activities in {region}").format(region=REGIONS[lead]) for lead in LEADS],
        )
        self.figure = widgets.HTML()
        self.listing = LiveRegion()  # the region's activities are said, not only shown
        for control in (self.setting, self.population, self.skill, self.region):
            control.style.description_width = "initial"
        for control in (self.setting, self.population, self.skill):
            control.observe(self._update, names="value")
        self.region.observe(self._update_listing, names="value")  # the figure does not depend on it
        filters = widgets.HBox([self.setting, self.population, self.skill], layout={"flex_flow": "row wrap"})
        super().__init__([filters, self.figure, self.region, self.listing], layout={"max_width": "900px"})
        self._update()

    @property
    def selection(self):
        """The activities that match the current filters."""
        value = lambda w: None if w.value == ANY else w.value  # noqa: E731
        return filter_bank(
            self.bank, setting=value(self.setting), population=value(self.population), skill=value(self.skill)
        )

    def _update(self, _change=None) -> None:
        chosen = self.selection
        if len(chosen) == 0:
            self.figure.value = message_html(PROMPTS["explorer_no_match"])
            self.listing.value = ""
            return
        ax = plot_overlap(chosen, title=self._title())
        self.figure.value = figure_html(ax, describe_overlap(chosen))._repr_html_()
        self._show_listing(chosen)

    def _update_listing(self, _change=None) -> None:
        chosen = self.selection
        if len(chosen):  # when nothing matches, _update has said so
            self._show_listing(chosen)

    def _show_listing(self, chosen) -> None:
        if self.region.value is None:  # nothing listed until the learner picks a region
            self.listing.value = message_html(PROMPTS["explorer_pick_region"])
            return
        self.listing.value = region_listing_html(
            REGIONS[self.region.value], region_members(chosen, self.region.value)
        )

    def _title(self) -> str:
        parts = [
            term(w.value) if w is not self.skill else SKILLS.get(w.value, w.value)
            for w in (self.setting, self.population, self.skill)
            if w.value != ANY
        ]
        return (
            _("All activities") if not parts else _("Activities: {filters}").format(filters=", ".join(parts))
        )


def _one_category(bank, column: str, value: str) -> str:
    """The bank's name for ``value`` (any capitalization); ValueError listing the names if none."""
    found, _unknown = find_categories(bank, column, [value])
    if not found:
        raise ValueError(
            _("There is no {column} called {value}. Choose from: {names}.").format(
                column=_(column), value=repr(value), names=", ".join(bank_categories(bank, column))
            )
        )
    return found[0]
