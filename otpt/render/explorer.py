"""The overlap explorer's words: the list of activities in one region."""

from __future__ import annotations

from html import escape

import pandas as pd

from .html import message_html

__all__ = ["region_listing_html"]


def region_listing_html(region: str, members: pd.DataFrame) -> str:
    """The activities of one region with their setting and rationale (escaped), or a notice
    when the region is empty."""
    if len(members) == 0:
        return message_html(f"No activities in {region} for these filters.")
    items = "".join(
        f"<li><b>{escape(str(r.activity))}</b> <i>({escape(str(r.setting))})</i><br>{escape(str(r.rationale))}</li>"
        for r in members.itertuples()
    )
    return f"<h4>{escape(region)}: {len(members)} activities</h4><ul style='line-height:1.4'>{items}</ul>"
