"""Tables for a lesson's page: the words a learner reads, not a DataFrame's internals.

`lesson_table` takes any DataFrame a lesson shows and returns a pandas ``Styler``: bank
field names become headings in words, a row number or an internal id index is hidden,
True/False read "yes"/"no", fractions read as percentages, text is left-aligned (numbers
stay right-aligned) and never cut short with "...". The same table gives the same HTML,
so saved lessons do not churn.
"""

from __future__ import annotations

import hashlib
import html

import pandas as pd
from pandas.io.formats.style import Styler

from ..language import N_, Messages
from ..language import gettext as _
from ..vocab import term

__all__ = ["HEADINGS", "lesson_table"]

#: Bank fields (data/README.md) and answer columns, as a table's headings say them.
HEADINGS = Messages(
    {
        "activity": N_("activity"),
        "lead": N_("usually led by"),
        "key": N_("usually led by"),
        "also_accepted": N_("also right"),
        "shared_as": N_("how it is shared"),
        "ot_focus": N_("OT works on"),
        "pt_focus": N_("PT works on"),
        "body_region": N_("where the difficulty is"),
        "rule_says": N_("the rule says"),
        "misconception": N_("common mix-up"),
        "outcome": N_("verdict"),
        "practice_varies": N_("where practice varies"),
        "icf_chapter": N_("ICF chapter"),
        "occupation_area": N_("occupation area"),
        "answer": N_("answer"),
        "confidence": N_("confidence"),
        "target": N_("target"),
        "setting": N_("setting"),
        # the class's tables (lessons 6 and 8): who answered, and before and after a lecture
        "learner": N_("learner"),
        "objective": N_("objective"),
        "items": N_("items"),
        "before": N_("before"),
        "after": N_("after"),
        "change": N_("change"),
    }
)


def _heading(name) -> str:
    """A column's or index's name as a heading: a field's (`HEADINGS`), or a code's (a
    cross-table's columns are codes, such as the leads), or the name itself."""
    if not isinstance(name, str):
        return str(name)
    return HEADINGS.get(name) if name in HEADINGS else term(name).replace("_", " ")


def _in_words(index: pd.Index) -> pd.Index:
    """An index whose labels are the bank's codes, each level of a grouped one too, as
    `term` shows them; any other index as it is."""
    word = lambda v: term(v) if isinstance(v, str) else v  # noqa: E731
    if isinstance(index, pd.MultiIndex):
        return pd.MultiIndex.from_tuples([tuple(map(word, labels)) for labels in index], names=index.names)
    if pd.api.types.is_string_dtype(index.dtype) or isinstance(index.dtype, pd.CategoricalDtype):
        return index.map(word)
    return index


class FoldedTable:
    """A lesson table folded under a summary line (HTML ``<details>``) until opened."""

    def __init__(self, summary: str, styler: Styler):
        self.summary, self.styler = summary, styler

    def _repr_html_(self) -> str:
        return f"<details><summary>{html.escape(self.summary)}</summary>{self.styler.to_html()}</details>"

    def __repr__(self) -> str:
        return f"{self.summary} (folded)\n{self.styler.data.to_string()}"


def lesson_table(
    frame: pd.DataFrame, *, percent=(), caption: str | None = None, folded: str | None = None
) -> Styler | FoldedTable:
    """``frame`` as a lesson shows it (a pandas Styler; displays as HTML).

    Args:
        frame: any DataFrame. A plain row-number index, or one named ``id``, is hidden;
            any other index is shown, with its name as a heading. A cross-table (an index
            and columns both named, as ``pd.crosstab`` makes) gets one header row, and a
            caption that names the rows and the columns.
        percent: columns holding fractions (0.42) to show as percentages ("42%").
        caption: an optional caption over the table (given, it replaces a cross-table's).
        folded: a summary line to fold the table under until the learner opens it - for a
            worked answer, so it is not read before the learner has tried; then a
            `FoldedTable` is returned instead of the Styler.

    A cell, heading or index label that is one of the bank's codes (a lead, target,
    outcome, confidence, setting ...: `otpt.vocab.term`) is shown in the language in force
    ("Both" is "Ambas" in Spanish); the frame itself is not changed.

    Text from the frame (cells, headings, the index) is HTML-escaped.

    Example:
        >>> table = pd.DataFrame({"activity": ["Tying shoes"], "lead": ["OT"], "correct": [True],
        ...                       "share": [0.425]})
        >>> html = lesson_table(table, percent=["share"]).to_html()
        >>> "usually led by" in html and ">yes<" in html and ">42%<" in html and "correct" in html
        True
    """
    hide_index = isinstance(frame.index, pd.RangeIndex) or frame.index.name == "id"
    words = [c for c in frame.columns if c not in percent and not pd.api.types.is_numeric_dtype(frame[c])]
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_bool_dtype(frame[column]):
            frame[column] = frame[column].map({True: _("yes"), False: _("no")})
        elif column in words:
            frame[column] = frame[column].map(lambda v: term(v) if isinstance(v, str) else v)
    frame.index = _in_words(frame.index)
    headings = {c: _heading(c) for c in frame.columns}
    frame = frame.rename(columns=headings)
    frame.index = frame.index.set_names([None if n is None else _heading(n) for n in frame.index.names])
    if frame.columns.name is not None and frame.index.name is not None and caption is None:
        # A cross-table: one header row, the rows' name in its corner, the columns' in the caption.
        caption = _("Rows: {rows}. Columns: {columns}.").format(
            rows=frame.index.name, columns=_heading(frame.columns.name)
        )
        frame = frame.rename_axis(index=None, columns=frame.index.name)
    elif not hide_index and frame.index.nlevels == frame.columns.nlevels == 1 and frame.index.name:
        # a named index: its name in the header row's corner, not on a header row of its own
        frame = frame.rename_axis(index=None, columns=frame.index.name)
    digest = hashlib.sha1(pd.util.hash_pandas_object(frame.astype(str), index=True).values.tobytes())
    styler = frame.style.set_uuid(f"otpt{digest.hexdigest()[:10]}")
    styler = styler.format(escape="html", na_rep="", precision=2)  # a bank's text as written, never run
    styler = styler.format_index(escape="html", axis=0).format_index(escape="html", axis=1)
    if percent:
        styler = styler.format({headings[c]: "{:.0%}".format for c in percent}, na_rep="")
    if words:
        styler = styler.set_properties(
            subset=[headings[c] for c in words], **{"text-align": "left", "white-space": "normal"}
        )
    styler = styler.set_table_styles(
        [
            {
                "selector": "thead th",
                "props": "text-align: left; vertical-align: bottom; padding: 0.25em 0.8em 0.25em 0",
            },
            {
                "selector": "tbody th",
                "props": "text-align: left; vertical-align: top; padding: 0.25em 0.8em 0.25em 0",
            },
            {"selector": "td", "props": "vertical-align: top; padding: 0.25em 0.8em 0.25em 0"},
        ]
    )
    if hide_index:
        styler = styler.hide(axis="index")
    if caption:
        styler = styler.set_caption(caption)
    return FoldedTable(folded, styler) if folded else styler
