"""The open house's weekday against its date (otpt.io.open_house): the booth keeper is
warned when "Sat 14 March 2027" falls on a Sunday, in English or Spanish, and nothing is
said when the text gives no year."""

from __future__ import annotations

import datetime as dt

import pytest

from otpt.io.open_house import weekday_mismatch


@pytest.mark.parametrize(
    "text",
    [
        "Open house: Sat 13 March 2027, 10-2, Health Sciences 120",
        "Open house: Saturday, March 13th, 2027, 10-2",
        "Jornada de puertas abiertas: sábado 13 de marzo de 2027, 10-2",
        "Jornada: SABADO 13 DE MARZO DE 2027",
        "Info session Tue. 2 Nov. 2027",
        "sesión informativa: miércoles 3 de noviembre de 2027",
    ],
)
def test_a_weekday_that_agrees_with_its_date_is_not_flagged(text):
    assert weekday_mismatch(text) is None


@pytest.mark.parametrize(
    ("text", "said", "truth"),
    [
        ("Open house: Sat 14 March 2027, 10-2", "Sat 14 March 2027", "14 March 2027 is a Sunday"),
        ("Open house: Friday, March 13th, 2027", "Friday, March 13th, 2027", "13 March 2027 is a Saturday"),
        (
            "Puertas abiertas: sábado 14 de marzo de 2027",
            "sábado 14 de marzo de 2027",
            "14 March 2027 is a Sunday",
        ),
        ("Charla: dom. 13 mar. 2027", "dom. 13 mar. 2027", "13 March 2027 is a Saturday"),
        (
            "Charla: lunes 2 de noviembre de 2027",
            "lunes 2 de noviembre de 2027",
            "2 November 2027 is a Tuesday",
        ),
    ],
)
def test_a_weekday_the_date_does_not_fall_on_is_named_with_the_right_one(text, said, truth):
    warning = weekday_mismatch(text)
    assert warning == f"open_house says '{said}', but {truth}."


def test_the_right_weekday_comes_from_the_calendar():
    # every day of 2027, written the way the README's example is, in both languages
    english = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    spanish = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
    months = (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    )
    day = dt.date(2027, 1, 1)
    while day.year == 2027:
        right, wrong = day.weekday(), (day.weekday() + 1) % 7
        assert weekday_mismatch(f"{english[right]} {day.day} {day:%B} 2027") is None
        assert weekday_mismatch(f"{english[wrong]} {day.day} {day:%B} 2027") is not None
        assert weekday_mismatch(f"{spanish[right]} {day.day} de {months[day.month - 1]} de 2027") is None
        assert weekday_mismatch(f"{spanish[wrong]} {day.day} de {months[day.month - 1]} de 2027") is not None
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    [
        "Open house: Sat 14 March, 10-2",  # no year: never guessed
        "sábado 14 de marzo",
        "Open house: 14 March 2027, 10-2",  # no weekday
        "Open house on Saturdays, Health Sciences 120",  # no date
        "Sat 2027",
        "",
    ],
)
def test_nothing_to_check_says_nothing(text):
    assert weekday_mismatch(text) is None


def test_a_date_that_does_not_exist_is_named():
    assert weekday_mismatch("Mon 30 Feb 2027") == "open_house says 'Mon 30 Feb 2027', which is not a date."
