"""The booth on paper read back with pypdf: every card's front and back text on the right
pages, each back behind its front when printed double-sided (long-edge flip), Letter and
A4; the poster's rule, credit and pointers; the volunteer script."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from otpt.export.booth_cards import (
    PAPERS,
    SHORT_RULE,
    BoothCard,
    booth_cards,
    write_booth_deck,
    write_booth_poster,
    write_volunteer_script,
)
from otpt.io.bank import load_activities
from otpt.io.booth_settings import BoothSettings
from otpt.io.booth_texts import load_booth_texts
from otpt.language import gettext as _
from otpt.language import in_language
from otpt.render import booth as words
from otpt.render import volunteer


def _flat(text: str) -> str:
    return " ".join(text.split())


def _placed(page) -> list[tuple[float, float, str]]:
    """(x, y, text) of each piece of text drawn on the page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((cm[4] + tm[4], cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def test_cards_are_the_booths_own():
    texts, bank = load_booth_texts(), load_activities().set_index("id")
    cards = booth_cards()
    assert [c.activity_id for c in cards] == [i for i in texts if i in bank.index]
    card = next(c for c in cards if c.activity_id == "A050")
    assert card.why == texts["A050"] and card.description == texts["A050"].card
    assert card.who == words.who_helps(bank.loc["A050", "lead"])
    children = booth_cards(BoothSettings(populations=("children",)))
    assert 0 < len(children) < len(cards)
    assert set(bank.loc[[c.activity_id for c in children], "population"]) == {"children"}
    with pytest.raises(ValueError, match="no setting 'the moon'"):
        booth_cards(BoothSettings(settings=("the moon",)))


@pytest.mark.parametrize("paper", list(PAPERS))
def test_deck_fronts_and_backs_on_the_right_pages_aligned_for_duplex(tmp_path, paper):
    cards = booth_cards()
    reader = PdfReader(write_booth_deck(cards, tmp_path / "deck.pdf", paper=paper))
    width, height = PAPERS[paper]
    sheets = -(-len(cards) // 6)
    assert len(reader.pages) == 2 * sheets
    sums = set()
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            (width, height), abs=0.01
        )
    for n, card in enumerate(cards):
        front, back = reader.pages[2 * (n // 6)], reader.pages[2 * (n // 6) + 1]
        front_text, back_text = _flat(front.extract_text()), _flat(back.extract_text())
        assert _flat(card.activity) in front_text and _flat(card.description) in front_text
        assert _flat(card.why) in back_text and _flat(card.who) in back_text
        assert _flat(card.why) not in front_text and _flat(card.activity) not in back_text
        if card.exception:
            assert _flat(card.exception) in back_text
        label = f"Card {n + 1} \u00b7 {card.activity_id}"
        ((xf, yf),) = [(x, y) for x, y, t in _placed(front) if t == label]
        ((xb, yb),) = [(x, y) for x, y, t in _placed(back) if t == label]
        assert yf == pytest.approx(yb)  # same row
        assert (xf < width / 2) != (xb < width / 2)  # the other column: the sheet turns over left to right
        sums.add(round(xf + xb, 2))
    assert len(sums) == 1  # every back is its front mirrored about the page's middle


def test_card_text_is_escaped_for_the_pdf(tmp_path):
    card = BoothCard(
        "X1", "Cooking <b>& baking</b>", "Front & <i>back</i>", "An OT usually helps.", "Why: 1 < 2 & 3 > 2"
    )
    reader = PdfReader(write_booth_deck([card], tmp_path / "deck.pdf"))
    assert "Cooking <b>& baking</b>" in _flat(reader.pages[0].extract_text())
    assert "Why: 1 < 2 & 3 > 2" in _flat(reader.pages[1].extract_text())


def test_poster_has_the_rule_credit_and_pointers(tmp_path):
    open_house = "Open house <Sat 13 March 2027> & tours, example.edu/open"
    reader = PdfReader(write_booth_poster(tmp_path / "poster.pdf", paper="a4", open_house=open_house))
    (page,) = reader.pages
    text = _flat(page.extract_text())
    assert _flat(words.RULE) in text and _flat(words.CREDIT) in text
    for label, address in words.CAREER_PAGES:
        assert label in text and address in text
    assert open_house in text
    # without an open house in the event's config, a line to write it in by hand
    bare = _flat(PdfReader(write_booth_poster(tmp_path / "p2.pdf")).pages[0].extract_text())
    assert "Our open house: ____" in bare and open_house not in bare
    assert "Our open house: ____" not in text
    # the one-line rule, "often both" included, on the poster's bottom third (kit review 3, S5)
    assert _flat(SHORT_RULE) in text and _flat(SHORT_RULE) in bare and "Often both" in SHORT_RULE


def _smallest_font(page) -> float:
    """The smallest font size (points) of any text drawn on a PDF page."""
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]))

    page.extract_text(visitor_text=visit)
    return min(sizes)


def test_volunteer_script(tmp_path):
    page, second = PdfReader(write_volunteer_script(tmp_path / "script.pdf")).pages
    text = _flat(page.extract_text())
    for n, line in enumerate(volunteer.script_lines(), 1):
        assert f"{n}. {_flat(line)}" in text
    assert volunteer.script_lines()[3] == "Here's the trick. " + words.RULE
    assert (
        "If they say" in text
    )  # "Both", "my aunt's OT", "how do I become one", health and referral questions
    for said, answer in volunteer.VOLUNTEER_ANSWERS:
        assert _flat(f"{said} {answer}") in text
    assert len(volunteer.VOLUNTEER_ANSWERS) == 6 and words.CREDIT[:40] in text
    # kit review 4 (section 5, S7): "PT is the body" is answered, and assistants have an exam
    assert _flat("PT is movement and getting around") in text and "COTA exam" in text
    # volunteers give no health advice, and the card backs do say "Not quite": no "no wrong guesses"
    assert (
        _flat("We're student volunteers, so we can't give health advice. Ask your doctor, or call a clinic.")
        in text
    )
    assert _flat("Every state lets you see a PT without a referral in some cases") in text
    assert "no wrong" not in text.lower()
    # kit review 3 (S4): nothing below 10 points; what pre-health students ask; "ask at the advising table"
    assert min(_smallest_font(page), _smallest_font(second)) >= 10
    more = _flat(second.extract_text())
    for question, answer in volunteer.PREHEALTH_ANSWERS:
        assert _flat(f"{question} {answer}") in more
    assert all(term in more for term in ("PTCAS", "OTCAS", "observation hours", "Any major", "OTA or a PTA"))
    assert "advising table" not in more  # a table many booths do not have
    assert _flat(volunteer.NOT_SURE) in more


def test_unknown_paper(tmp_path):
    with pytest.raises(ValueError, match="paper must be one of letter, a4"):
        write_volunteer_script(tmp_path / "s.pdf", paper="legal")


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_if_they_say_answers_are_11_points_and_clear_of_the_credit(tmp_path, paper, lang):
    """Kit review 5, S13: the answers are read standing at a table; they were 10 points. The
    Spanish, longer, fits the same page (its first draft ran into the credit)."""
    with in_language(lang):
        page = PdfReader(write_volunteer_script(tmp_path / "script.pdf", paper=paper)).pages[0]
        heading, credit_start = _("If they say ..."), _(words.CREDIT)[:11]
    drawn = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            drawn.append((size * abs(tm[3]) * abs(cm[3]), cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    start = next(i for i, (_, _, text) in enumerate(drawn) if text.startswith(heading[:10]))
    credit = next(i for i, (_, _, text) in enumerate(drawn) if text.startswith(credit_start))
    answers = drawn[start + 1 : credit]
    assert len(answers) >= len(volunteer.VOLUNTEER_ANSWERS)
    assert min(size for size, _, _ in answers) >= 11
    lowest, credit_top = min(y for _, y, _ in answers), drawn[credit][1] + drawn[credit][0]
    assert lowest - 0.25 * answers[-1][0] > credit_top  # the last answer's descenders clear the credit


def test_the_script_says_when_the_posters_open_house_is_blank(tmp_path):
    """Kit review 5, S13: step 5 and the closing line point to the poster's open house, which is a
    blank line unless the event settings name one."""
    assert "poster" in volunteer.VOLUNTEER_SCRIPT[4] and "open house on the poster" in volunteer.NOT_SURE
    blank = _flat(PdfReader(write_volunteer_script(tmp_path / "blank.pdf")).pages[1].extract_text())
    assert _flat(_(volunteer.OPEN_HOUSE_BLANK)) in blank and "blank" in blank
    named = "Open house: Sat 13 March 2027, 10-2, Health Sciences 120"
    second = PdfReader(write_volunteer_script(tmp_path / "set.pdf", paper="a4", open_house=named)).pages[1]
    text = _flat(second.extract_text())
    assert _flat(_(volunteer.OPEN_HOUSE_SET).format(open_house=named)) in text
    assert _flat(_(volunteer.OPEN_HOUSE_BLANK)) not in text and _smallest_font(second) >= 10


def test_the_volunteer_script_in_spanish_read_back_from_the_pdf(tmp_path):
    """The paper booth in Spanish (issue 37): what a volunteer says to a visitor says *usted*, as
    the booth does; what the sheet tells the volunteer is in the infinitive; the booth's rule
    and plain words, not the bank's terms; the same sizes as the English."""
    with in_language("es"):
        page, second = PdfReader(write_volunteer_script(tmp_path / "guion.pdf", paper="letter")).pages
        lines, rule = volunteer.script_lines(), _("Ask what the therapy works on")
    text, more = _flat(page.extract_text()), _flat(second.extract_text())
    assert lines[0].startswith("¡Hola! ¿Sabe la diferencia entre OT y PT?")
    for n, line in enumerate(lines, 1):
        assert f"{n}. {_flat(line)}" in text
    assert "Pregúntese en qué trabaja la terapia" in lines[3] and rule
    assert "El stand en 30 segundos: un guion para voluntarios" in text
    assert "Usar palabras propias. Dejar que el visitante adivine primero" in text
    assert "Si el visitante dice" in text and "«¡Las dos profesiones!»" in text
    assert _flat("Somos estudiantes voluntarios, así que no podemos dar consejos de salud.") in text
    assert "Pregúntele a su médico" in text and "sin referido" in text
    assert "Inspirado en" in text  # the credit, in Spanish, her post's title in English
    assert "PTCAS" in more and "horas de observación" in more
    assert _flat("Ante la duda, decir: «No estoy seguro/a;") in more and "Nunca adivinar." in more
    english = ("If they say", "Here's", "Thanks for playing", "Never guess", "Use your own words")
    assert not [word for word in english if word in text + more]
    assert min(_smallest_font(page), _smallest_font(second)) >= 10


def test_the_deck_and_the_poster_in_spanish(tmp_path):
    with in_language("es"):
        cards = booth_cards()
        reader = PdfReader(write_booth_deck(cards[:6], tmp_path / "mazo.pdf"))
        poster = _flat(PdfReader(write_booth_poster(tmp_path / "poster.pdf")).pages[0].extract_text())
        rule, short = _(words.RULE), _(SHORT_RULE)
    front, back = _flat(reader.pages[0].extract_text()), _flat(reader.pages[1].extract_text())
    assert front.count("¿OT, PT o Ambas?") == 6 and "Tarjeta 1 · " in front
    assert cards[0].activity in front and cards[0].why[:40] in back
    assert (
        _flat(rule) in poster and _flat(short) in poster and "Nuestro día de puertas abiertas: ____" in poster
    )
    assert short.startswith("OT: la tarea de todos los días") and "¿Quiere saber más?" in poster


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_posters_one_line_rule_clears_the_credit(tmp_path, paper, lang):
    """The Spanish rule and story run longer: the first Spanish poster set the one-line rule
    over the credit. Every paragraph still ends above the next."""
    with in_language(lang):
        page = PdfReader(write_booth_poster(tmp_path / "poster.pdf", paper=paper)).pages[0]
        short, credit_start = _(SHORT_RULE), _(words.CREDIT)[:11]
    drawn = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            drawn.append((size * abs(tm[3]) * abs(cm[3]), cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    credit = next(i for i, (_s, _y, text) in enumerate(drawn) if text.startswith(credit_start))
    rule = next(i for i, (_s, _y, text) in enumerate(drawn) if text.startswith(short[:12]))
    lowest = min(y for _s, y, _t in drawn[rule:credit])
    assert lowest - 0.25 * drawn[rule][0] > drawn[credit][1] + drawn[credit][0]
    assert drawn[rule][0] >= 11  # the back of the room reads it
