"""How the goal self-check compares the words of a goal written in Spanish: folded (without
accents, ñ kept, so "caminara en 5 dias" reads as "caminará en 5 días"), and by Snowball
stem, an unaccented future read as the future ("vestira" -> "vest", as "vestirá" and
"vestirse"). Many US heritage speakers type Spanish without accents (Spanish review 4).
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "stem"]


@functools.cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("spanish")


def stem(word: str) -> str:
    """A Spanish word's Snowball stem ("vestirá", "vestira", "vestirse", "vestido" -> "vest"),
    so the forms a learner writes match the tables' words, with or without accents: the word
    is folded (`fold`) and an unaccented future ending is read as the future ("caminara")."""
    word = fold(word.lower())
    future = _UNACCENTED_FUTURE.fullmatch(word)
    if future:
        word = future.group(1) + _ACCENTED[future.group(2)]
    return _stemmer().stemWord(word)


_UNACCENTED_FUTURE = re.compile(r"(.+(?:ar|er|ir))(a|an|as|e|eis)")
_ACCENTED = {"a": "á", "an": "án", "as": "ás", "e": "é", "eis": "éis"}


def fold(text: str) -> str:
    """``text`` without accents, ñ kept ("caminará en 5 días" -> "caminara en 5 dias"), and
    "ir al baño" read as toileting ("ir al sanitario"): many US heritage speakers type Spanish
    without accents (review es-4), so the goal and every table are compared folded."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(
        ch
        for i, ch in enumerate(decomposed)
        if not unicodedata.combining(ch) or (ch == "\u0303" and i and decomposed[i - 1] in "nN")
    )
    return _PHRASES.sub(lambda m: _PHRASE_WORDS[m.group(0).lower()], unicodedata.normalize("NFC", kept))


_PHRASE_WORDS = {"ir al baño": "ir al sanitario", "inodoro portatil": "inodoro"}
_PHRASES = re.compile("|".join(map(re.escape, _PHRASE_WORDS)), re.I)
