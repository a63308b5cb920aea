"""GIFT, Moodle's plain-text question format (Question bank > Import > GIFT): the key and
every answer's feedback, the general feedback, an id and a title per question.

GIFT has no syntax for a question's mark or for text only a grader sees (Moodle's GIFT
importer gives every question 1 point and essays an empty "information for graders"). So a
question worth more than 1 point says so in its name ("... (2 points)") and in a comment
line, and a short-answer item's model answer goes only into a ``//`` comment for whoever
reads the file - never into the general feedback, which students see on review. Moodle XML
carries both the mark and the model answer for the grader. For the same reason an item not
scored (0 points) becomes a description - GIFT's question with no answer block, which Moodle
shows and never scores - with its options listed; the key and each option's feedback go
into ``//`` comments for the facilitator.

Every character GIFT reads as markup (``~ = # { } :`` and the backslash) is escaped with a
backslash; line breaks become spaces, since a blank line ends a question."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from ..io.files import write_atomic
from ..language import gettext as _
from ..language import ngettext
from .items import Item

__all__ = ["gift_escape", "gift_text", "write_gift"]

_SPECIAL = re.compile(r"([\\~=#{}:])")


def gift_escape(text: str) -> str:
    """Text as GIFT shows it literally.

    >>> gift_escape("2 = 1 + 1: {yes}")
    '2 \\\\= 1 + 1\\\\: \\\\{yes\\\\}'
    """
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _comment(text: str) -> str:
    """Text for a ``//`` comment line: one line (a line break would end the comment)."""
    return " ".join(str(text).split())


def _html(text: str) -> str:
    """Text for a [html] question: HTML-escaped, then GIFT-escaped."""
    return gift_escape(escape(str(text), quote=False))


def gift_text(items: list[Item], category: str = "otpt") -> str:
    """The items as GIFT text (question and answer text as HTML, escaped). Single-best items
    list every option with ``=`` (the key) or ``~`` and its ``#`` feedback, the rationale as
    general feedback (``####``); short-answer items are essays (``{}``) with how points are
    given as general feedback and the model answer in a ``//`` comment only. An item worth
    other than 1 point has its points in its name and in a comment; an item of 0 points is a
    description (see the module's note)."""
    blocks = [f"$CATEGORY: $course$/{gift_escape(category)}"]
    for item in items:
        lines = [f"// {item.item_id}" + (f" IPEC {', '.join(item.ipec)}" if item.ipec else "")]
        title = item.title
        if item.points != 1 and item.scored:
            points = ngettext("{n} point", "{n} points", round(item.points)).format(n=f"{item.points:g}")
            title += f" ({points})"
            lines.append(
                "// "
                + _("{points}: Moodle imports every GIFT question at 1; set the mark in the quiz").format(
                    points=points
                )
            )
        if item.kind != "single_best":
            lines.append(
                "// " + _("For the grader only - Model answer: {answer}").format(answer=_comment(item.key))
            )
        if not item.scored:
            lines += [
                "// "
                + (
                    _("Not scored (a question to discuss); key {key}").format(key=item.key)
                    if item.key
                    else _("Not scored")
                )
            ]
            lines += [
                f"// {letter}) {_comment(item.feedback.get(letter, ''))}" for letter, _text in item.options
            ]
            options = "".join(f"<li>{escape(text, quote=False)}</li>" for _letter, text in item.options)
            body = f"<p>{escape(item.stem, quote=False)}</p>" + (
                f'<ol type="a">{options}</ol>' if options else ""
            )
            name = gift_escape(title)
            lines.append(f"::{name}::[html]{gift_escape(body)}")
            blocks.append("\n".join(lines))
            continue
        head = f"::{gift_escape(title)}::[html]{_html(item.stem)} {{"
        general = item.rationale
        if item.kind == "single_best":
            lines.append(head)
            for letter, text in item.options:
                mark = "=" if letter == item.key else "~"
                feedback = item.feedback.get(letter, "")
                lines.append(f"\t{mark}{_html(text)}" + (f" #{_html(feedback)}" if feedback else ""))
            lines.append(f"\t####{_html(general)}" if general.strip() else "")
            lines.append("}")
        else:
            lines.append(f"{head}\n\t####{_html(general)}\n}}")
        blocks.append("\n".join(line for line in lines if line))
    return "\n\n".join(blocks) + "\n"


def write_gift(items: list[Item], path: str | Path, *, category: str = "otpt") -> Path:
    """Write `gift_text` to ``path`` (UTF-8)."""
    return write_atomic(path, gift_text(items, category))
