"""The page tools the booth's PDFs share (`otpt.export.booth_cards`: the card deck, the poster,
the volunteer script; and tools/handouts.py): the paper sizes, DejaVu Sans embedded for any
Latin, Greek or Cyrillic text, a reproducible canvas, paragraphs that shrink together until
they fit their box (every text escaped for reportlab's paragraph markup), and QR codes.
reportlab is imported only when a page is drawn."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

__all__ = [
    "BOLD",
    "FONT",
    "MARGIN",
    "PAPERS",
    "draw_qr_code",
    "fit_paragraphs",
    "new_canvas",
    "register_fonts",
]

#: Paper name -> (width, height) in points (1/72 inch).
PAPERS = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}
#: The margin of every page, in points (the deck's cut marks sit in it).
MARGIN = 36.0
#: The registered names of the regular and bold fonts (`register_fonts`).
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def register_fonts() -> None:
    """DejaVu Sans (matplotlib ships it): every Latin, Greek and Cyrillic letter, embedded."""
    import matplotlib
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in (FONT, BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))


def new_canvas(path: Path, paper: str, title: str):
    """A reportlab canvas for ``path`` on ``paper`` (a key of `PAPERS`), titled ``title``,
    with the fonts registered; ``invariant``, so the same pages make the same bytes.

    Raises:
        ValueError: ``paper`` is not a key of `PAPERS`.
    """
    from reportlab.pdfgen.canvas import Canvas

    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    register_fonts()
    pdf = Canvas(str(path), pagesize=PAPERS[paper], invariant=1)
    pdf.setTitle(title)
    pdf.setAuthor("otpt")
    return pdf


def fit_paragraphs(
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


def draw_qr_code(pdf, address: str, x: float, y: float, size: float) -> None:
    """Draw a QR code of ``address`` on ``pdf``, ``size`` points square, its lower left
    corner at (``x``, ``y``) in points."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    code = QrCodeWidget(address)
    left, bottom, right, top = code.getBounds()
    drawing = Drawing(size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0])
    drawing.add(code)
    renderPDF.draw(drawing, pdf, x, y)
