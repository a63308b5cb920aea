"""The booth on paper: a printable deck of the booth's cards (front: the activity; back: who
usually helps and why), a poster with the booth's rule, its credit and where to find out
more, and a 30-second script for student volunteers - PDFs for Letter or A4 paper.

The cards are the booth app's own (data/booth.csv over the bank, and the event settings'
``setting`` and ``population``); the words are `otpt.render.booth`'s and the script's
`otpt.render.volunteer`'s, in the language in force (`otpt.language`): with Spanish the
cards, the poster and the script are all in Spanish. Each sheet of cards
is followed by its backs, mirrored left to right, so a printer's double-sided mode that
flips on the long edge lands each back behind its front; cut marks sit in the margins.
Every text is escaped for reportlab's paragraph markup."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pandas as pd

from ..io.bank import coerce_activities, find_categories
from ..io.booth_settings import BoothSettings
from ..io.booth_texts import load_booth_texts
from ..language import N_
from ..language import gettext as _
from ..render import booth as words
from ..render import volunteer

__all__ = [
    "PAPERS",
    "SHORT_RULE",
    "BoothCard",
    "booth_cards",
    "write_booth_deck",
    "write_booth_poster",
    "write_volunteer_script",
]

#: Paper name -> (width, height) in points (1/72 inch).
PAPERS = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}
COLUMNS, ROWS, MARGIN = 2, 3, 36.0
#: The poster's rule in one line, for the back of the room.
SHORT_RULE = N_("OT: the everyday task itself. PT: movement and getting around. Often both.")
_FONT, _BOLD = "DejaVuSans", "DejaVuSans-Bold"


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


def _fonts() -> None:
    """DejaVu Sans (matplotlib ships it): every Latin, Greek and Cyrillic letter, embedded."""
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in (_FONT, _BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))


def _canvas(path: Path, paper: str, title: str):
    from reportlab.pdfgen.canvas import Canvas

    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    _fonts()
    pdf = Canvas(str(path), pagesize=PAPERS[paper], invariant=1)
    pdf.setTitle(title)
    pdf.setAuthor("otpt")
    return pdf


def _fit(
    pdf,
    parts: list[tuple[str, str, float]],
    x: float,
    top: float,
    width: float,
    height: float,
    *,
    smallest: float = 0.5,
) -> float:
    """Draw paragraphs (text, font, size) from ``top`` down, shrinking them together until
    they fit ``height`` (never below ``smallest`` times their size); the y where they end."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    for scale in [s for s in (1.0, 0.9, 0.8, 0.7, 0.6, 0.5) if s >= smallest] or [smallest]:
        paragraphs = [
            Paragraph(
                escape(text),
                ParagraphStyle(
                    "p", fontName=font, fontSize=size * scale, leading=size * scale * 1.25, spaceAfter=0
                ),
            )
            for text, font, size in parts
            if text
        ]
        sizes = [p.wrap(width, height) for p in paragraphs]
        gap = 6 * scale
        if sum(h for _w, h in sizes) + gap * (len(sizes) - 1) <= height:
            break
    y = top
    for paragraph, (_w, h) in zip(paragraphs, sizes):
        y -= h
        paragraph.drawOn(pdf, x, y)
        y -= gap
    return y + gap


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
    pdf = _canvas(path, paper, _("OT or PT? Booth cards"))
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
                        (_("OT, PT or Both?"), _FONT, 11),
                        (card.activity, _BOLD, 20),
                        (card.description, _FONT, 13),
                    ]
                else:
                    parts = [(card.who, _BOLD, 14), (card.why, _FONT, 12.5), (card.exception, _FONT, 11.5)]
                _fit(pdf, parts, x, top, card_width - 2 * pad, card_height - 2 * pad - 14)
                pdf.setFont(_FONT, 7.5)
                pdf.drawString(x, page_height - MARGIN - (row + 1) * card_height + pad - 4, number)
            pdf.showPage()
    pdf.save()
    return path


def _qr(pdf, address: str, x: float, y: float, size: float) -> None:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    code = QrCodeWidget(address)
    left, bottom, right, top = code.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(code)
    renderPDF.draw(drawing, pdf, x, y)


def write_booth_poster(
    path: str | Path, *, paper: str = "letter", open_house: str = "", program: str = "", program_url: str = ""
) -> Path:
    """Write the booth's poster: the question, the rule, where to find out more (with a QR
    code for each web page: the career pages, then ``program_url`` under ``program``, the
    program's own name and page from the event settings, when given) and the credit."""
    path = Path(path)
    pdf = _canvas(path, paper, _("OT or PT? Booth poster"))
    width, height = PAPERS[paper]
    inner, left = width - 2 * MARGIN - 24, MARGIN + 12
    ours = [(program or _("Our program"), program_url)] if program_url else [(program, "")] if program else []
    # the program's own line takes the room of smaller QR codes and gaps (kit review 6, S7)
    qr, gap = (52, 6) if ours else (66, 12)
    y = (
        _fit(pdf, [(_("OT or PT: who helps with what?"), _BOLD, 34)], left, height - MARGIN - 12, inner, 90)
        - 28
    )
    y = _fit(pdf, [(_(words.RULE), _BOLD, 26)], left, y, inner, 150) - 2 * gap
    y = _fit(pdf, [(_(words.STORY), _FONT, 15)], left, y, inner, 105) - (16 if ours else 30)
    y = _fit(pdf, [(_("Want to know more?"), _BOLD, 16)], left, y, inner, 30) - 10
    pages = words.pointers()  # the career pages; then the program's own page, then its open house
    for label, address in [*pages, *ours, *words.pointers(open_house)[len(pages) :]]:
        web = address.startswith(("https://", "http://"))
        shift = qr + 14 if web else 0
        lines = [(label, _BOLD, 12)] + ([(address, _FONT, 11)] if address else [])
        end = _fit(pdf, lines, left + shift, y, inner - shift, 64)
        if web:
            _qr(pdf, address, left, y - qr, qr)
        y = min(end, y - qr if web else end) - gap
    if not open_house:  # no event config: a line to write the program's own open house on
        line = _("Our open house") + ": ______________________________________"
        y = _fit(pdf, [(line, _BOLD, 14)], left, y - 6, inner, 30) - 18
    top = min(y - 20, MARGIN + 130)  # the one-line rule above the credit, shrunk to the room left
    _fit(pdf, [(_(SHORT_RULE), _BOLD, 22)], left, top, inner, top - (MARGIN + 44))
    _fit(pdf, [(_(words.CREDIT), _FONT, 9)], MARGIN + 12, MARGIN + 30, inner, 30)
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
    pdf = _canvas(path, paper, _("OT or PT? A 30-second script for volunteers"))
    width, height = PAPERS[paper]
    left, inner = MARGIN + 12, width - 2 * MARGIN - 24
    title = _("The booth in 30 seconds: a script for volunteers")
    y = _fit(pdf, [(title, _BOLD, 20)], left, height - MARGIN - 12, inner, 80) - 20
    # the five steps as one block, shrinking together (not below 12 points) when a language or
    # the open-house step needs the room, so the answers below keep theirs (kit review 6, S8)
    steps = [(f"{n}. {line}", _FONT, 15) for n, line in enumerate(volunteer.script_lines(open_house), 1)]
    y = _fit(pdf, steps, left, y, inner, 0.35 * height, smallest=0.8) - 8
    hint = _("Use your own words. Let the visitor guess first; read the back of the card together.")
    y = _fit(pdf, [(hint, _FONT, 13)], left, y - 6, inner, 50, smallest=0.8)
    answers = [(_("If they say ..."), _BOLD, 14)] + [
        (_(said) + " " + _(answer), _FONT, 12.5) for said, answer in volunteer.VOLUNTEER_ANSWERS
    ]
    # read standing at a table: never below 11 points (kit review 5, S13)
    _fit(pdf, answers, left, y - 14, inner, y - 14 - (MARGIN + 48), smallest=0.9)
    _fit(pdf, [(_(words.CREDIT), _FONT, 10)], left, MARGIN + 30, inner, 30)
    pdf.showPage()
    heading = _("Questions pre-health students ask")
    y = _fit(pdf, [(heading, _BOLD, 22)], left, height - MARGIN - 12, inner, 60) - 16
    parts = [(_(question) + " " + _(answer), _FONT, 14) for question, answer in volunteer.PREHEALTH_ANSWERS]
    y = _fit(pdf, parts, left, y, inner, y - (MARGIN + 160), smallest=0.8) - 20
    y = _fit(pdf, [(_(volunteer.NOT_SURE), _BOLD, 16)], left, y, inner, 80, smallest=0.8) - 16
    where = (
        _(volunteer.OPEN_HOUSE_SET).format(open_house=open_house)
        if open_house
        else _(volunteer.OPEN_HOUSE_BLANK)
    )
    _fit(pdf, [(where, _BOLD, 14)], left, y, inner, 90, smallest=0.8)
    pdf.showPage()
    pdf.save()
    return path
