"""Where a visitor goes next: the career pages and the program's open house, set in the
event settings (the config file only: a visitor can edit the page address), escaped on the
booth's end screen."""

from __future__ import annotations

import json
import pathlib
import tempfile

import pytest

from otpt.io.booth_settings import BoothSettings, booth_settings
from otpt.render.booth import CAREER_PAGES, end_html, pointers_html
from otpt.widgets.booth import Booth


def test_open_house_from_the_config_file_only(tmp_path):
    config = tmp_path / "event.json"
    config.write_text(json.dumps({"open_house": "  Open house:\nSat 13 March 2027  "}))
    assert booth_settings(None, config).open_house == "Open house: Sat 13 March 2027"
    with pytest.raises(ValueError, match="unknown name 'open_house'"):
        booth_settings("open_house=Free+pizza", config)


def test_pointers_are_escaped_links_and_text():
    html = pointers_html('<script>alert(1)</script> & "tours"')
    for label, address in CAREER_PAGES:
        assert f"<li>{label}: {address}</li>" in html  # text, not a link that leaves the kiosk
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;tours&quot;" in html and "<script>" not in html
    assert "open house" not in pointers_html("").lower()


def test_the_booths_end_screen_points_onward():
    settings = BoothSettings(
        tally=pathlib.Path(tempfile.mkdtemp()) / "t.jsonl", open_house="Open house Sat <10-2>"
    )
    booth = Booth(settings, seed=1)
    booth.start_button.click()
    for _ in range(settings.cards):
        booth.answer_buttons["OT"].click()
        booth.next_button.click()
    assert booth.screen == "end"
    assert (
        "Want to know more?" in booth.feedback.value and "Open house Sat &lt;10-2&gt;" in booth.feedback.value
    )
    assert all(address in booth.feedback.value for _, address in CAREER_PAGES)
    assert end_html(3, 5, None).count("https://") == len(CAREER_PAGES) and "<a " not in end_html(3, 5, None)


def test_the_programs_name_and_page_from_the_config_file_only(tmp_path):
    """Kit review 6, S7: an optional program name and web address in the booth config."""
    config = tmp_path / "event.json"
    config.write_text(
        json.dumps({"program": " Riverside\nCollege  OT and PT ", "program_url": "https://example.edu/rehab"})
    )
    settings = booth_settings(None, config)
    assert (settings.program, settings.program_url) == (
        "Riverside College OT and PT",
        "https://example.edu/rehab",
    )
    for query in ("program=Free+pizza", "program_url=https://evil.example"):
        with pytest.raises(ValueError, match="unknown name 'program"):
            booth_settings(query, config)
    for bad in (
        "example.edu/rehab",
        "https://example.edu/a b",
        "javascript:alert(1)",
        "https://" + "x" * 200,
    ):
        config.write_text(json.dumps({"program_url": bad}))
        with pytest.raises(ValueError, match=r"event\.json'?: program_url is .*allowed: a web address"):
            booth_settings(None, config)
    config.write_text(json.dumps({"program": "x" * 101}))
    with pytest.raises(ValueError, match="program is 101 characters; allowed: at most 100"):
        booth_settings(None, config)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_every_qr_code_on_the_poster_scans_to_its_address(tmp_path, paper):
    """Kit review 6, S7: the QR codes were never scanned. Each is decoded from the printed page
    (rendered by PDFium, read by zxing-cpp) and must be the address printed beside it; the
    program's own page joins the career pages, and nothing runs off the page."""
    pypdfium2 = pytest.importorskip("pypdfium2")  # test tools, not in the minimum-versions run
    zxingcpp = pytest.importorskip("zxingcpp")
    from pypdf import PdfReader

    from otpt.export.booth_cards import write_booth_poster

    url = "https://example.edu/rehab?from=booth"
    path = write_booth_poster(
        tmp_path / "poster.pdf",
        paper=paper,
        open_house="Open house: Sat 13 March 2027",
        program="Riverside College OT and PT programs",
        program_url=url,
    )
    image = pypdfium2.PdfDocument(str(path))[0].render(scale=2).to_pil()
    scanned = sorted(
        code.text for code in zxingcpp.read_barcodes(image) if code.format == zxingcpp.BarcodeFormat.QRCode
    )
    assert scanned == sorted([address for _label, address in CAREER_PAGES] + [url])
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert (
        "Riverside College OT and PT programs" in text
        and url in text
        and "Open house: Sat 13 March 2027" in text
    )
    # top to bottom, each clear of the next: the open house, the one-line rule, the credit
    lines = []
    PdfReader(path).pages[0].extract_text(
        visitor_text=lambda t, cm, tm, font, size: (
            lines.append((tm[5] * cm[3] + cm[5], t)) if t.strip() else None
        )
    )
    y = {
        key: max(at for at, t in lines if t.startswith(key))
        for key in ("Open house: Sat", "OT: the everyday", "Inspired by")
    }
    assert (
        y["Open house: Sat"] - y["OT: the everyday"] > 20 and y["OT: the everyday"] - y["Inspired by"] > 20
    ), y
