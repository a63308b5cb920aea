"""PlaceActivity's words: the suggestion, why, what would tip it, and similar activities."""

from __future__ import annotations

from html import escape

import pandas as pd

from ..analysis.lead_rule import Suggestion
from ..language import get_language
from ..language import gettext as _
from ..plots.place_activity import DECIDED_BY
from ..vocab import LEAD_NAMES

__all__ = ["heading_html", "placement_html"]


def placement_html(suggestion: Suggestion, similar: pd.DataFrame, figure: str) -> str:
    """The result: heading, what decided it and the scores, the tip, the figure's HTML
    (already built), the reasons, and the most similar bank activities (escaped)."""
    reasons = "".join(f"<li>{escape(r)}</li>" for r in suggestion.reasons)
    alike = "".join(
        f"<li><b>{escape(str(r.activity))}</b> - {escape(LEAD_NAMES.get(str(r.lead), str(r.lead)))}: {escape(str(r.rationale))}</li>"
        for r in similar.itertuples()
    )
    tip_label, why, similar_heading = (
        _("What would tip it:"),
        _("Why:"),
        _("Most similar activities in the bank:"),
    )
    tip = f"<p><b>{escape(tip_label)}</b> {escape(suggestion.tip)}.</p>" if suggestion.tip else ""
    heading = (
        _("Suggested lead: {lead}").format(lead=suggestion.label) if suggestion.sure else suggestion.label
    )
    decided = _("Decided by {decided_by} (OT score {ot}, PT score {pt}, out of 3).").format(
        decided_by=DECIDED_BY[suggestion.decided_by],
        ot=f"{suggestion.ot_score:g}",
        pt=f"{suggestion.pt_score:g}",
    )
    return (
        f"<div lang='{get_language()}'><h4 style='margin:0.4em 0'>{escape(heading)}</h4>"
        f"<p style='margin:0.2em 0'>{escape(decided)}</p>{tip}{figure}"
        f"<p><b>{escape(why)}</b></p><ul style='line-height:1.4'>{reasons}</ul>"
        f"<p><b>{escape(similar_heading)}</b></p><ul style='line-height:1.4'>{alike}</ul></div>"
    )


def heading_html(text: str) -> str:
    """A bold label over a group of PlaceActivity's inputs."""
    return f"<b>{escape(text)}</b>"
