"""Feedback HTML escapes bank text and never relies on colour."""

import pytest

import otpt
from otpt.render import html as render


@pytest.fixture(scope="module")
def bank():
    return otpt.load_activities()


def test_feedback_html_escapes_bank_text_and_never_relies_on_colour(tmp_path):
    evil = "<img src=x onerror=alert(1)>"
    path = tmp_path / "evil.csv"
    path.write_text(
        f'id,activity,lead,rationale,ot_focus,pt_focus,misconception\nE1,"{evil}",Both,"<script>x</script>",a & b,c,m\n',
        encoding="utf-8",
    )
    bank = otpt.load_activities(path)
    fb = otpt.check_answer(bank, "E1", "PT")
    html = render.feedback_html(fb)
    assert "<script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert "a &amp; b" in html
    assert "\u2717 Not usually" in html  # a word and a symbol, not only a colour
    card = render.card_html(bank.iloc[0])
    assert "<img" not in card and "&lt;img src=x onerror=alert(1)&gt;" in card
