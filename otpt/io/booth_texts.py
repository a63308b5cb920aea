"""The booth's plain words (data/booth.csv): for each activity a visitor may see, why the
lead is who it is (``why``), in one to four short sentences for a high-school visitor (US
grade 8 or below; `benchmarks/booth_reading.py` measures it), and where the bank's
description is harder than that, a plainer one for the card (``card``, optional), and
where the card's lead is not what the booth's rule gives (`otpt.render.booth.RULE`, read
through the bank's ``target``), one sentence on why this card is the exception
(``exception``, shown with the why). Only these activities are shown at a booth: the
bank's own rationales use the professions' terms."""

from __future__ import annotations

import functools
from pathlib import Path

from ..errors import BoothTextsError, Problem
from ..language import get_language, normalize
from ..language import gettext as _
from .resources import bundled_path
from .table import column_letter, read_named_table
from .text import clean_cell
from .translations import localize

__all__ = ["BOOTH_COLUMNS", "BoothText", "load_booth_texts"]

BOOTH_COLUMNS = ("id", "why", "card", "exception")


class BoothText(str):
    """A booth's plain why (a `str`), with ``.card``: the card's plain description ("" to
    use the bank's), and ``.exception``: why the booth's rule does not hold for this card
    ("" when it holds)."""

    card: str = ""
    exception: str = ""


def load_booth_texts(path: str | Path | None = None, *, lang: str | None = None) -> dict[str, BoothText]:
    """Activity id -> the booth's plain "why" (a `BoothText`, whose ``.card`` is the plain
    card description, if any), in file order.

    Args:
        path: a CSV or workbook with the columns ``id`` and ``why`` (and optionally
            ``card`` and ``exception``); None reads the bundled data/booth.csv (read once and kept).
        lang: the language of the bundled texts ("en", "es"); None for
            `otpt.language.get_language()`. A file of your own is read as it is.

    Raises:
        BoothTextsError: naming each line with an empty id or why, or an id given twice.
    """
    return dict(_bundled(normalize(lang) if lang else get_language())) if path is None else _read(path)


@functools.cache
def _bundled(lang: str) -> dict[str, BoothText]:
    texts = _read(bundled_path("booth.csv"))
    words = localize("booth.csv", lang)
    return {
        key: _text(
            words(key, "why", text), words(key, "card", text.card), words(key, "exception", text.exception)
        )
        for key, text in texts.items()
    }


def _text(why: str, card: str, exception: str) -> BoothText:
    text = BoothText(why)
    text.card, text.exception = card, exception
    return text


def _read(path: Path) -> dict[str, str]:
    source, names, rows, problems = read_named_table(path, BoothTextsError, BOOTH_COLUMNS[:2], BOOTH_COLUMNS)
    if problems:
        raise BoothTextsError(source, problems)
    where = {name: names.index(name) for name in BOOTH_COLUMNS if name in names}
    texts: dict[str, BoothText] = {}
    for line, cells in rows:
        cell = {name: clean_cell(cells[i]) if i < len(cells) else "" for name, i in where.items()}
        for name in BOOTH_COLUMNS[:2]:
            if not cell[name]:
                problems.append(
                    Problem(
                        line,
                        f"{column_letter(where[name])} ({name})",
                        _("an empty cell"),
                        _("Every row needs an activity id and its plain why."),
                    )
                )
        if cell["id"] in texts:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(where['id'])} (id)",
                    _("'{id}' again").format(id=cell["id"]),
                    _("Give each activity one row."),
                )
            )
        texts[cell["id"]] = _text(cell["why"], cell.get("card", ""), cell.get("exception", ""))
    if problems:
        raise BoothTextsError(source, problems)
    return texts
