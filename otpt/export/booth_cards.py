"""The booth on paper: a printable deck of the booth's cards (front: the activity; back: who
usually helps and why), a poster with the booth's rule, its credit and where to find out
more, and a 30-second script for student volunteers - PDFs for Letter or A4 paper.

The cards are the booth app's own (data/booth.csv over the bank, and the event settings'
``setting`` and ``population``); the words are `otpt.render.booth`'s and the script's
`otpt.render.volunteer`'s, in the language in force (`otpt.language`): with Spanish the
cards, the poster and the script are all in Spanish. Each sheet of cards
is followed by its backs, mirrored left to right, so a printer's double-sided mode that
flips on the long edge lands each back behind its front; cut marks sit in the margins.
Pages are laid out with `otpt.export.pdf_layout`, which escapes every text for reportlab's
paragraph markup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..io.bank import coerce_activities, find_categories
from ..io.booth_settings import BoothSettings
from ..io.booth_texts import load_booth_texts
from ..language import N_
from ..language import gettext as _
from ..render import booth as words
from ..render import volunteer
from .pdf_layout import BOLD, FONT, MARGIN, PAPERS, draw_qr_code, fit_paragraphs, new_canvas

__all__ = [
    "PAPERS",
    "SHORT_RULE",
    "BoothCard",
    "booth_cards",
    "write_booth_deck",
    "write_booth_poster",
    "write_volunteer_script",
]

COLUMNS, ROWS = 2, 3
#: The poster's rule in one line, for the back of the room.
SHORT_RULE = N_("OT: the everyday task itself. PT: movement and getting around. Often both.")


@dataclass(frozen=True)
class BoothCard:
    """One booth card: ``front`` (activity, description) and ``back`` (who helps, why, the
    exception to the rule, if any)."""

    activity_id: str
    activity: str
    description: str
    who: str
    why: str
    exception: str = ""


def booth_cards(settings: BoothSettings | None = None, *, activities=None, texts=None) -> list[BoothCard]:
    """The booth's cards in data/booth.csv's order, kept to the event's settings and
    populations, as the booth app keeps them.

    Raises:
        ValueError: naming a setting or population the bank does not have.
    """
    settings = settings or BoothSettings()
    texts = load_booth_texts() if texts is None else dict(texts)
    bank = coerce_activities(activities)
    bank = bank.set_index(bank["id"].astype(str), drop=False)
    keep = pd.Series(True, index=bank.index)
    for column, wanted in (("setting", settings.settings), ("population", settings.populations)):
        if wanted:
            found, unknown = find_categories(bank, column, list(wanted))
            if unknown:
                raise ValueError(f"the bank has no {column} {', '.join(map(repr, unknown))}")
            keep &= bank[column].isin(found)
    cards = []
    for activity_id, why in texts.items():
        if activity_id not in bank.index or not keep[activity_id]:
            continue
        row = bank.loc[activity_id]
        shared = str(row.get("shared_as") or "") if pd.notna(row.get("shared_as")) else ""
        description = getattr(why, "card", "") or (
            str(row["description"]) if pd.notna(row.get("description")) else ""
        )
        cards.append(
            BoothCard(
                activity_id,
                str(row["activity"]),
                description,
                words.who_helps(
                    str(row["lead"]),
                    shared,
                    str(row.get("other_lead") or "") if pd.notna(row.get("other_lead")) else "",
                ),
                str(why),
                getattr(why, "exception", ""),
            )
        )
    return cards


def _cut_marks(pdf, page_width: float, page_height: float, card_width: float, card_height: float) -> None:
    pdf.setLineWidth(0.5)
    for i in range(COLUMNS + 1):
        x = MARGIN + i * card_width
        pdf.line(x, 4, x, MARGIN - 6)
        pdf.line(x, page_height - MARGIN + 6, x, page_height - 4)
    for j in range(ROWS + 1):
        y = page_height - MARGIN - j * card_height
        pdf.line(4, y, MARGIN - 6, y)
        pdf.line(page_width - MARGIN + 6, y, page_width - 4, y)


def write_booth_deck(cards: list[BoothCard], path: str | Path, *, paper: str = "letter") -> Path:
    """Write the cards as a PDF: for each sheet of six, a page of fronts, then a page of
    backs mirrored left to right (print double-sided, flipping on the long edge)."""
    path = Path(path)
    pdf = new_canvas(path, paper, _("OT or PT? Booth cards"))
    page_width, page_height = PAPERS[paper]
    card_width = (page_width - 2 * MARGIN) / COLUMNS
    card_height = (page_height - 2 * MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    pad = 14
    for start in range(0, len(cards), per_page):
        sheet = cards[start : start + per_page]
        for side in ("front", "back"):
            _cut_marks(pdf, page_width, page_height, card_width, card_height)
            for k, card in enumerate(sheet):
                column, row = k % COLUMNS, k // COLUMNS
                if side == "back":
                    column = COLUMNS - 1 - column  # behind its front when the sheet turns over
                x = MARGIN + column * card_width + pad
                top = page_height - MARGIN - row * card_height - pad
                number = _("Card {n} \u00b7 {id}").format(n=start + k + 1, id=card.activity_id)
                if side == "front":
                    parts = [
                        (_("OT, PT or Both?"), FONT, 11),
                        (card.activity, BOLD, 20),
                        (card.description, FONT, 13),
                    ]
                else:
                    parts = [(card.who, BOLD, 14), (card.why, FONT, 12.5), (card.exception, FONT, 11.5)]
                fit_paragraphs(pdf, parts, x, top, card_width - 2 * pad, card_height - 2 * pad - 14)
                pdf.setFont(FONT, 7.5)
                pdf.drawString(x, page_height - MARGIN - (row + 1) * card_height + pad - 4, number)
            pdf.showPage()
    pdf.save()
    return path


def write_booth_poster(
    path: str | Path, *, paper: str = "letter", open_house: str = "", program: str = "", program_url: str = ""
) -> Path:
    """Write the booth's poster: the question, the rule, where to find out more (with a QR
    code for each web page: the career pages, then ``program_url`` under ``program``, the
    program's own name and page from the event settings, when given) and the credit."""
    path = Path(path)
    pdf = new_canvas(path, paper, _("OT or PT? Booth poster"))
    width, height = PAPERS[paper]
    inner, left = width - 2 * MARGIN - 24, MARGIN + 12
    ours = [(program or _("Our program"), program_url)] if program_url else [(program, "")] if program else []
    # the program's own line takes the room of smaller QR codes and gaps (kit review 6, S7)
    qr, gap = (52, 6) if ours else (66, 12)
    y = (
        fit_paragraphs(
            pdf, [(_("OT or PT: who helps with what?"), BOLD, 34)], left, height - MARGIN - 12, inner, 90
        )
        - 28
    )
    y = fit_paragraphs(pdf, [(_(words.RULE), BOLD, 26)], left, y, inner, 150) - 2 * gap
    y = fit_paragraphs(pdf, [(_(words.STORY), FONT, 15)], left, y, inner, 105) - (16 if ours else 30)
    y = fit_paragraphs(pdf, [(_("Want to know more?"), BOLD, 16)], left, y, inner, 30) - 10
    pages = words.pointers()  # the career pages; then the program's own page, then its open house
    for label, address in [*pages, *ours, *words.pointers(open_house)[len(pages) :]]:
        web = address.startswith(("https://", "http://"))
        shift = qr + 14 if web else 0
        lines = [(label, BOLD, 12)] + ([(address, FONT, 11)] if address else [])
        end = fit_paragraphs(pdf, lines, left + shift, y, inner - shift, 64)
        if web:
            draw_qr_code(pdf, address, left, y - qr, qr)
        y = min(end, y - qr if web else end) - gap
    if not open_house:  # no event config: a line to write the program's own open house on
        line = _("Our open house") + ": ______________________________________"
        y = fit_paragraphs(pdf, [(line, BOLD, 14)], left, y - 6, inner, 30) - 18
    top = min(y - 20, MARGIN + 130)  # the one-line rule above the credit, shrunk to the room left
    fit_paragraphs(pdf, [(_(SHORT_RULE), BOLD, 22)], left, top, inner, top - (MARGIN + 44))
    fit_paragraphs(pdf, [(_(words.CREDIT), FONT, 9)], MARGIN + 12, MARGIN + 30, inner, 30)
    pdf.showPage()
    pdf.save()
    return path


def write_volunteer_script(path: str | Path, *, paper: str = "letter", open_house: str = "") -> Path:
    """Write the 30-second script for student volunteers: page 1, the script and what to say
    when visitors answer back; page 2, the questions pre-health students ask, and what to say
    to anything else, then the open house the script points to (``open_house``, as on the
    poster) or, with none, that the poster's line is blank and must be written in. No text is
    set below 10 points, the "If they say" answers not below 11.
    In the language in force; in Spanish the volunteer's lines to a visitor say *usted* and
    the instructions to the volunteer are in the infinitive (docs/GLOSSARY_ES.md)."""
    path = Path(path)
    pdf = new_canvas(path, paper, _("OT or PT? A 30-second script for volunteers"))
    width, height = PAPERS[paper]
    left, inner = MARGIN + 12, width - 2 * MARGIN - 24
    title = _("The booth in 30 seconds: a script for volunteers")
    y = fit_paragraphs(pdf, [(title, BOLD, 20)], left, height - MARGIN - 12, inner, 80) - 20
    # the five steps as one block, shrinking together (not below 12 points) when a language or
    # the open-house step needs the room, so the answers below keep theirs (kit review 6, S8)
    steps = [(f"{n}. {line}", FONT, 15) for n, line in enumerate(volunteer.script_lines(open_house), 1)]
    y = fit_paragraphs(pdf, steps, left, y, inner, 0.35 * height, smallest=0.8) - 8
    hint = _("Use your own words. Let the visitor guess first; read the back of the card together.")
    y = fit_paragraphs(pdf, [(hint, FONT, 13)], left, y - 6, inner, 50, smallest=0.8)
    answers = [(_("If they say ..."), BOLD, 14)] + [
        (_(said) + " " + _(answer), FONT, 12.5) for said, answer in volunteer.VOLUNTEER_ANSWERS
    ]
    # read standing at a table: never below 11 points (kit review 5, S13)
    fit_paragraphs(pdf, answers, left, y - 14, inner, y - 14 - (MARGIN + 48), smallest=0.9)
    fit_paragraphs(pdf, [(_(words.CREDIT), FONT, 10)], left, MARGIN + 30, inner, 30)
    pdf.showPage()
    heading = _("Questions pre-health students ask")
    y = fit_paragraphs(pdf, [(heading, BOLD, 22)], left, height - MARGIN - 12, inner, 60) - 16
    parts = [(_(question) + " " + _(answer), FONT, 14) for question, answer in volunteer.PREHEALTH_ANSWERS]
    y = fit_paragraphs(pdf, parts, left, y, inner, y - (MARGIN + 160), smallest=0.8) - 20
    y = fit_paragraphs(pdf, [(_(volunteer.NOT_SURE), BOLD, 16)], left, y, inner, 80, smallest=0.8) - 16
    where = (
        _(volunteer.OPEN_HOUSE_SET).format(open_house=open_house)
        if open_house
        else _(volunteer.OPEN_HOUSE_BLANK)
    )
    fit_paragraphs(pdf, [(where, BOLD, 14)], left, y, inner, 90, smallest=0.8)
    pdf.showPage()
    pdf.save()
    return path
