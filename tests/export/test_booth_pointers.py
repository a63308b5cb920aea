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
