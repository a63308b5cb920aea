"""The same learner typed twice: names compared as a person reads them.

Before and after a lecture a learner types their name again - on another device, in
another case, with a double space, an accent the phone left out. `name_key` reads a name
as a person does (Unicode NFKC, invisible characters dropped, case folded, spaces
collapsed); `match_learners` pairs two lists of names by it, then - only where that pairs
one name with exactly one other - also ignoring accents and punctuation, and returns
who could not be matched so the instructor can fix them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..io.text import visible

__all__ = ["Matched", "loose_key", "match_learners", "name_key"]


def name_key(name) -> str:
    """A name as a person reads it: NFKC (full-width letters, no-break spaces), no
    invisible characters, case folded, spaces trimmed and collapsed.

    >>> name_key("  SAM\\u00a0 Lee "), name_key("Jose\\u0301") == name_key("José")
    ('sam lee', True)
    """
    return " ".join(unicodedata.normalize("NFKC", visible(str(name))).casefold().split())


def loose_key(name) -> str:
    """`name_key` without accents, and with hyphens, dots, apostrophes and commas as spaces.

    >>> loose_key("Zoë O'Neil-Brown"), loose_key("zoe o neil brown")
    ('zoe o neil brown', 'zoe o neil brown')
    """
    letters = unicodedata.normalize("NFKD", name_key(name))
    letters = "".join(c for c in letters if not unicodedata.combining(c))
    for mark in "-\u2010\u2011\u2013._'\u2019,":
        letters = letters.replace(mark, " ")
    return " ".join(letters.split())


@dataclass
class Matched:
    """Names paired across two lists.

    Attributes:
        pairs: (first list's name, second list's name) for each learner in both.
        unmatched_first, unmatched_second: the names found in one list only, as typed.
    """

    pairs: list[tuple[str, str]] = field(default_factory=list)
    unmatched_first: list[str] = field(default_factory=list)
    unmatched_second: list[str] = field(default_factory=list)

    @property
    def respelled(self) -> list[tuple[str, str]]:
        """The pairs whose two names were typed differently."""
        return [(a, b) for a, b in self.pairs if a != b]


def match_learners(first, second) -> Matched:
    """Pair the names of ``first`` with those of ``second`` by `name_key`, then by
    `loose_key`; a key that two names on one side share is left unmatched rather than
    guessed.

    >>> m = match_learners(["Sam Lee", "Ana Diaz", "Priya"], ["sam lee", "Ana  Díaz", "Kim"])
    >>> m.pairs, m.unmatched_first, m.unmatched_second
    ([('Sam Lee', 'sam lee'), ('Ana Diaz', 'Ana  Díaz')], ['Priya'], ['Kim'])
    """
    first, second = [str(n) for n in first], [str(n) for n in second]
    paired: dict[str, str] = {}
    for key in (name_key, loose_key):
        left = _unique([n for n in first if n not in paired], key)
        taken = set(paired.values())
        right = _unique([n for n in second if n not in taken], key)
        for k, name in left.items():
            if k in right:
                paired[name] = right[k]
    matched = Matched([(n, paired[n]) for n in first if n in paired])
    taken = set(paired.values())
    matched.unmatched_first = [n for n in first if n not in paired]
    matched.unmatched_second = [n for n in second if n not in taken]
    return matched


def _unique(names: list[str], key) -> dict[str, str]:
    """key -> name, for the keys only one of ``names`` has."""
    seen: dict[str, list[str]] = {}
    for name in names:
        seen.setdefault(key(name), []).append(name)
    return {k: v[0] for k, v in seen.items() if len(v) == 1 and k}
