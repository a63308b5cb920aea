"""The overlap explorer's words: the list of activities in one region."""

from __future__ import annotations

from html import escape

import pandas as pd

from ..language import get_language, ngettext
from ..language import gettext as _
from ..vocab import term
from .html import message_html

__all__ = ["region_listing_html"]


def region_listing_html(region: str, members: pd.DataFrame) -> str:
    """The activities of one region with their setting and rationale (escaped), or a notice
    when the region is empty."""
    if len(members) == 0:
        return message_html(_("No activities in {region} for these filters.").format(region=region))
    items = "".join(
        f"<li><b>{escape(str(r.activity))}</b> <i>({escape(term(str(r.setting)))})</i><br>{escape(str(r.rationale))}</li>"
        for r in members.itertuples()
    )
    heading = ngettext("{region}: {n} activity", "{region}: {n} activities", len(members)).format(
        region=region, n=len(members)
    )
    return f"<div lang=\"{get_language()}\"><h4>{escape(heading)}</h4><ul style='line-height:1.4'>{items}</ul></div>"
