"""The lead placement's inputs as a person types them: "not answered" values left out, and
names normalized to otpt's vocabulary ('Occupation', 'ROM', 'CHT' -> otpt's names), for
`otpt.suggest_lead` and `otpt.similar_activities`."""

from __future__ import annotations

import numpy as np

from ..io.aliases import SKILL_ALIASES, SPECIALTY_ALIASES, TARGET_ALIASES
from ..io.weights import KINDS
from ..vocab import SKILLS, SPECIALTIES, TARGETS

__all__ = ["UNANSWERED", "as_list", "lookup_key", "normalize"]

#: Answers that mean "not answered" (they add nothing to either side).
UNANSWERED = {None, "", "none", "not sure"}


def as_list(value) -> list[str]:
    """One answer or several (a string, a list, None, NaN) -> the answered ones, as text."""
    if value is None or (not isinstance(value, str) and not hasattr(value, "__iter__")):
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [str(v) for v in items if v not in UNANSWERED and not (isinstance(v, float) and np.isnan(v))]


def normalize(kind: str, name: str) -> str:
    """An input as a person may type it ('Occupation', 'ROM', 'CHT') -> otpt's name for it
    (unchanged when otpt has none, so the error can name it). ``kind`` is "target",
    "specialty", "skill" or "occupation_area"."""
    return _LOOKUPS[kind].get(lookup_key(name), name)


def lookup_key(name) -> str:
    """A name as typed -> its lookup key: 'Range-of_Motion ' -> 'range of motion'."""
    return " ".join(str(name).lower().replace("_", " ").replace("-", " ").split())


def _lookup(names, aliases=None) -> dict[str, str]:
    return {lookup_key(alias): name for alias, name in (aliases or {}).items()} | {
        lookup_key(n): n for n in names
    }


_LOOKUPS = {
    "target": _lookup(TARGETS, TARGET_ALIASES),
    "specialty": _lookup(SPECIALTIES, SPECIALTY_ALIASES),
    "skill": _lookup(SKILLS, SKILL_ALIASES),
    "occupation_area": _lookup(KINDS["occupation_area"]),
}
