"""The date in a booth's ``open_house`` text, checked against its weekday.

A booth keeper writes the open house in their own words ("Open house: Sat 13 March 2027,
10-2"), and the booth and the paper poster show those words as they are. When the words
name a weekday and a full date (day, month and year) that disagree, visitors go on the
wrong day - so `weekday_mismatch` says so, for the booth keeper's terminal. Without a year
it says nothing: the year is never guessed. English and Spanish names, whole or short
("Sat", "sáb."), accents optional.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

__all__ = ["weekday_mismatch"]

# Monday first, as datetime.date.weekday() counts. Spanish "mar" (martes) is left out:
# it is also short for marzo (March).
_WEEKDAYS = (
    ("monday", "mon", "lunes", "lun"),
    ("tuesday", "tue", "tues", "martes"),
    ("wednesday", "wed", "miercoles", "mie"),
    ("thursday", "thu", "thur", "thurs", "jueves", "jue"),
    ("friday", "fri", "viernes", "vie"),
    ("saturday", "sat", "sabado", "sab"),
    ("sunday", "sun", "domingo", "dom"),
)
_MONTHS = (
    ("january", "jan", "enero", "ene"),
    ("february", "feb", "febrero"),
    ("march", "mar", "marzo"),
    ("april", "apr", "abril", "abr"),
    ("may", "mayo"),
    ("june", "jun", "junio"),
    ("july", "jul", "julio"),
    ("august", "aug", "agosto", "ago"),
    ("september", "sep", "sept", "septiembre", "setiembre", "set"),
    ("october", "oct", "octubre"),
    ("november", "nov", "noviembre"),
    ("december", "dec", "diciembre", "dic"),
)
_WEEKDAY = {name: number for number, names in enumerate(_WEEKDAYS) for name in names}
_MONTH = {name: number for number, names in enumerate(_MONTHS, start=1) for name in names}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _names(table: dict) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


_W = rf"(?P<weekday>\b(?:{_names(_WEEKDAY)})\b\.?)"
_D = r"(?P<day>\b(?:[1-9]|[12][0-9]|3[01]))(?:st|nd|rd|th|o)?\b"
_M = rf"(?P<month>\b(?:{_names(_MONTH)})\b\.?)"
_Y = r"(?P<year>\b(?:19|20)[0-9]{2})\b"
_SEP = r"[\s,]*(?:de\s+)?"
# "Sat 13 March 2027", "sábado 13 de marzo de 2027", "Saturday, March 13th, 2027"
_DATES = (
    re.compile(rf"{_W}{_SEP}{_D}{_SEP}{_M}{_SEP}{_Y}"),
    re.compile(rf"{_W}{_SEP}{_M}{_SEP}{_D}{_SEP}{_Y}"),
)


def _plain(text: str) -> tuple[str, list[int]]:
    """Lower case without accents ("Sábado" -> "sabado"), and for each of its characters
    the index of the character of ``text`` it came from."""
    plain, origin = [], []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char.lower()):
            if not unicodedata.combining(part):
                plain.append(part)
                origin.append(index)
    return "".join(plain), origin


def weekday_mismatch(text: str) -> str | None:
    """A warning when ``text`` names a weekday and a date (with its year) that disagree.

    Args:
        text: an ``open_house`` text in English or Spanish.

    Returns:
        None when the weekday and the date agree, or when the text has no weekday, no
        full date or no year (nothing to check); else one sentence naming both.

    >>> weekday_mismatch("Open house: Sat 13 March 2027, 10-2")
    >>> weekday_mismatch("Open house: Sat 14 March 2027, 10-2")
    "open_house says 'Sat 14 March 2027', but 14 March 2027 is a Sunday."
    >>> weekday_mismatch("Open house: Sat 14 March, 10-2")  # no year: not checked
    """
    plain, origin = _plain(text)
    for pattern in _DATES:
        for found in pattern.finditer(plain):
            said = text[origin[found.start()] : origin[found.end() - 1] + 1]
            weekday = _WEEKDAY[found["weekday"].rstrip(".")]
            month = _MONTH[found["month"].rstrip(".")]
            day, year = int(found["day"]), int(found["year"])
            try:
                date = dt.date(year, month, day)
            except ValueError:
                return f"open_house says '{said}', which is not a date."
            if date.weekday() != weekday:
                return (
                    f"open_house says '{said}', but "
                    f"{day} {_MONTHS[month - 1][0].title()} {year} is a {_DAY_NAMES[date.weekday()]}."
                )
    return None
