"""GIFT, Moodle's plain-text question format (Question bank > Import > GIFT): the key and
every answer's feedback, the general feedback, an id and a title per question.

Every character GIFT reads as markup (``~ = # { } :`` and the backslash) is escaped with a
backslash; line breaks become spaces, since a blank line ends a question."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from ..io.files import write_atomic
from .items import Item

__all__ = ["gift_escape", "gift_text", "write_gift"]

_SPECIAL = re.compile(r"([\\~=#{}:])")


def gift_escape(text: str) -> str:
    """Text as GIFT shows it literally.

    >>> gift_escape("2 = 1 + 1: {yes}")
    '2 \\\\= 1 + 1\\\\: \\\\{yes\\\\}'
    """
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _html(text: str) -> str:
    """Text for a [html] question: HTML-escaped, then GIFT-escaped."""
    return gift_escape(escape(str(text), quote=False))


def gift_text(items: list[Item], category: str = "otpt") -> str:
    """The items as GIFT text (question and answer text as HTML, escaped). Single-best items list every option with ``=`` (the key) or
    ``~`` and its ``#`` feedback; short-answer items are essays (``{}``) with the model answer
    and rationale as general feedback (``####``)."""
    blocks = [f"$CATEGORY: $course$/{gift_escape(category)}"]
    for item in items:
        lines = [f"// {item.item_id}" + (f" IPEC {', '.join(item.ipec)}" if item.ipec else "")]
        head = f"::{gift_escape(item.title)}::[html]{_html(item.stem)} {{"
        general = (
            item.rationale if item.kind == "single_best" else f"Model answer: {item.key} {item.rationale}"
        )
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
