"""Sentences for a lesson's page: what a code cell has to say, shown as the lesson's own
text (HTML paragraphs in the page's font), never as monospace program output.

A lesson ends a cell with ``otpt.prose(...)`` where it would have printed; the text is
escaped here, so a bank's activity names and notes are shown as written.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from ..language import get_language
from ..language import gettext as _

__all__ = ["Prose", "class_files_report", "prose"]


class Prose:
    """Paragraphs, and optionally a bulleted list, that display as HTML in Jupyter and as
    plain text elsewhere (``repr``), so saved lessons compare as text."""

    def __init__(self, paragraphs: list[str], items: list[str] = (), folded: str | None = None):
        self.paragraphs = [str(p) for p in paragraphs]
        self.items = [str(i) for i in items]
        self.folded = folded
        self.lang = get_language()  # the language the lesson wrote it in

    def _repr_html_(self) -> str:
        parts = [f"<p style='margin:0.4em 0;line-height:1.5'>{escape(p)}</p>" for p in self.paragraphs]
        if self.items:
            parts.append(
                "<ul style='margin:0.2em 0;line-height:1.5'>"
                + "".join(f"<li>{escape(i)}</li>" for i in self.items)
                + "</ul>"
            )
        if self.folded:  # a worked answer's figures wait until the learner opens them
            return (
                f'<details lang="{self.lang}"><summary>{escape(self.folded)}</summary>'
                + "".join(parts)
                + "</details>"
            )
        return f'<div lang="{self.lang}">' + "".join(parts) + "</div>"

    def __repr__(self) -> str:
        return "\n".join([*self.paragraphs, *(f"- {i}" for i in self.items)])


def prose(*paragraphs: str, items=(), folded: str | None = None) -> Prose:
    """What a cell says, as the lesson's text: each argument a paragraph, ``items`` a list;
    with ``folded`` (a summary line), all of it folded under that line until opened - for
    a worked answer, so it is not read before the learner has tried.

    Example:
        >>> prose("The rule got 6 of 10.", items=["Eating with a weak hand <OT>"])
        The rule got 6 of 10.
        - Eating with a weak hand <OT>
        >>> "&lt;OT&gt;" in prose("x", items=["<OT>"])._repr_html_()
        True
    """
    return Prose(list(paragraphs), list(items), folded)


def class_files_report(answers: pd.DataFrame) -> Prose:
    """What `otpt.load_class` found in a class folder, in plain words: how many learners and
    files, then each file it skipped and why, and each copy it merged (``answers.attrs``).

    Example:
        >>> frame = pd.DataFrame()
        >>> frame.attrs.update(summary="Found 1 learner in 2 answer files in c.", files=2,
        ...                    skipped=[("cut.json", "found a file cut short")], replaced=[])
        >>> class_files_report(frame)
        Found 1 learner in 2 answer files in c.
        - cut.json was not counted: found a file cut short
    """
    attrs = answers.attrs
    items = [
        _("{name} was not counted: {why}").format(name=name, why=why)
        for name, why in attrs.get("skipped", ())
    ]
    items += [
        _("{copy} is a copy of {kept}: its answers were merged, each counted once").format(
            copy=copy, kept=kept
        )
        for copy, kept in attrs.get("replaced", ())
    ]
    return Prose([attrs.get("summary", _("{n} answers.").format(n=len(answers)))], items)
