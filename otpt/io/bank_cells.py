"""Cell by cell: each bank column's text -> the value otpt uses, or a `Problem`.

One converter per column, looked up by the column's name (`check_column`); names in a list
cell (skills, interventions). The checks that need two columns of a row are
`otpt.io.bank_rows.check_across` (importable from here too).
"""

from __future__ import annotations

import re

from ..errors import Problem
from ..language import N_
from ..language import gettext as _
from ..vocab import (
    BODY_REGIONS,
    ICF_CHAPTERS,
    INTERVENTIONS,
    LEADS,
    OCCUPATION_AREAS,
    OCCUPATIONS,
    POPULATIONS,
    SETTINGS,
    SHARED_AS,
    SKILLS,
    SPECIALTIES,
    TARGETS,
)
from .aliases import (
    INTERVENTION_ALIASES,
    INTERVENTION_WORDS,
    SKILL_ALIASES,
    SPECIALTY_ALIASES,
    TARGET_ALIASES,
)
from .bank_rows import check_across

__all__ = ["check_across", "check_column", "read_interventions"]


def _label(value: str) -> str:
    return _SPACES_OR_UNDERSCORES.sub(" ", value.lower()).strip()


_LEAD_LOOKUP = {lead.lower(): lead for lead in LEADS}
_SETTING_LOOKUP = {s: s for s in SETTINGS}
_POPULATION_LOOKUP = {p: p for p in POPULATIONS}
_AREA_LOOKUP = {a.lower(): a for a in OCCUPATION_AREAS}
_SHARED_LOOKUP = {k: k for k in SHARED_AS} | {"cotreatment": "co-treatment", "co treatment": "co-treatment"}
_TARGET_LOOKUP = {t: t for t in TARGETS} | TARGET_ALIASES
_REGION_LOOKUP = {r: r for r in BODY_REGIONS}
#: ``quiz``: "no" keeps a row out of quiz, poll and booth draws (it stays in the bank)
_QUIZ_LOOKUP = {
    "yes": True,
    "y": True,
    "true": True,
    "1": True,
    "no": False,
    "n": False,
    "false": False,
    "0": False,
}
_OCCUPATION_LOOKUP = {occupation: occupation for names in OCCUPATIONS.values() for occupation in names}
_ICF = re.compile(r"^([bsde][1-9])\d*$")
_SEPARATORS = re.compile(r"[;,|]")
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")
_SPACES_OR_UNDERSCORES = re.compile(r"[\s_]+")


def _name_key(value: str) -> str:
    """An intervention or specialty as typed -> its lookup key: 'Pelvic-floor_Training' ->
    'pelvic floor training'."""
    return re.sub(r"[\s_\-]+", " ", value.lower()).strip()


_INTERVENTION_LOOKUP = {
    _name_key(k): v for k, v in {**{k: k for k in INTERVENTIONS}, **INTERVENTION_ALIASES}.items()
}
_INTERVENTION_WORDS = [
    (name, re.compile(r"\b(?:" + "|".join(words) + ")", re.I)) for name, words in INTERVENTION_WORDS.items()
]


def read_interventions(text: str) -> list[str]:
    """The interventions one cell names: its name or alias ('Splinting' -> ['orthosis
    fabrication']), else every intervention whose words it uses ('ADL retraining with
    adaptive equipment' -> ['ADL training', 'adaptive equipment']); [] when none."""
    name = _INTERVENTION_LOOKUP.get(_name_key(text))
    if name:
        return [name]
    found = {name for name, pattern in _INTERVENTION_WORDS if pattern.search(text)}
    return [name for name in INTERVENTIONS if name in found]


_SPECIALTY_LOOKUP = {_name_key(k): v for k, v in {**{k: k for k in SPECIALTIES}, **SPECIALTY_ALIASES}.items()}


def _or_empty(names) -> str:
    return _("{names} (or leave it empty)").format(names=", ".join(names))


def check_column(name, values, lines, label, problems, notes):
    """Normalize one column's cells, appending a Problem for each cell that cannot be used
    and a note for each cell read in a way the person may not expect."""

    def check_each(convert):
        out = []
        for value, line in zip(values, lines):
            try:
                out.append(convert(value))
            except ValueError as err:
                found, allowed = err.args
                problems.append(Problem(line, label, found, allowed))
                out.append(None)
        return out

    def from_lookup(lookup, allowed, normalise=_label, required=False, what=None):
        def convert(value):
            if not value:
                if required:
                    raise ValueError(
                        _("an empty cell"),
                        _("Every activity needs {what}. Allowed: {allowed}.").format(
                            what=_(what), allowed=allowed
                        ),
                    )
                return None
            key = normalise(value)
            if key not in lookup:
                raise ValueError(f"'{value}'", _("Allowed: {allowed}.").format(allowed=allowed))
            return lookup[key]

        return check_each(convert)

    if name == "activity":

        def convert(value):
            if not value:
                raise ValueError(_("an empty cell"), _("Every activity needs a short name."))
            return value

        return check_each(convert)
    if name == "lead":
        return from_lookup(
            _LEAD_LOOKUP, _("OT, PT or Both (any capitalization)"), str.lower, True, N_("a lead")
        )
    if name in ("setting", "population"):
        lookup, vocabulary = (
            (_SETTING_LOOKUP, SETTINGS) if name == "setting" else (_POPULATION_LOOKUP, POPULATIONS)
        )
        out, own = [], {}  # own names: key -> (the first spelling, its line)
        for value, line in zip(values, lines):
            key = _label(value) if value else None
            if key and key not in lookup:
                if key not in own:
                    own[key] = (value, line)
                    notes.append(
                        Problem(
                            line,
                            label,
                            f"'{value}'",
                            (
                                _("Kept as your own setting; otpt's own are: {names}.")
                                if name == "setting"
                                else _("Kept as your own population; otpt's own are: {names}.")
                            ).format(names=", ".join(vocabulary)),
                        )
                    )
                elif own[key][0] != value:
                    notes.append(
                        Problem(
                            line,
                            label,
                            f"'{value}'",
                            (
                                _("Read as your own setting '{first}', as line {line} spells it.")
                                if name == "setting"
                                else _("Read as your own population '{first}', as line {line} spells it.")
                            ).format(first=own[key][0], line=own[key][1]),
                        )
                    )
            out.append(lookup.get(key, own.get(key, (None,))[0]) if key else None)
        return out
    if name == "specialty":
        return from_lookup(_SPECIALTY_LOOKUP, _or_empty(SPECIALTIES), _name_key)
    if name == "occupation_area":
        return from_lookup(_AREA_LOOKUP, _or_empty(OCCUPATION_AREAS), str.lower)
    if name == "also_accepted":

        def convert(value):
            parts = [p.strip() for p in _SEPARATORS.split(value) if p.strip()]
            if any(p.lower() not in _LEAD_LOOKUP for p in parts):
                raise ValueError(
                    f"'{value}'",
                    _("Allowed: OT, PT or Both, or two of them separated by ';' (or leave it empty)."),
                )
            found = {_LEAD_LOOKUP[p.lower()] for p in parts}
            return ";".join(lead for lead in LEADS if lead in found) or None

        return check_each(convert)
    if name == "quiz":
        return from_lookup(_QUIZ_LOOKUP, _("yes or no (empty means yes)"))
    if name == "shared_as":
        return from_lookup(_SHARED_LOOKUP, _or_empty(SHARED_AS))
    if name == "target":
        return from_lookup(_TARGET_LOOKUP, _or_empty(TARGETS))
    if name == "body_region":
        return from_lookup(_REGION_LOOKUP, _or_empty(BODY_REGIONS))
    if name == "occupation":
        return from_lookup(
            _OCCUPATION_LOOKUP,
            _(
                "an occupation named in the OTPF-4, such as dressing or functional mobility (see data/README.md), or "
                "leave it empty"
            ),
        )
    if name == "icf_chapter":

        def convert(value):
            if not value:
                return None
            match = _ICF.match(value.lower().replace(" ", ""))
            if not match or match.group(1) not in ICF_CHAPTERS:
                raise ValueError(
                    f"'{value}'",
                    _(
                        "Allowed: an ICF chapter (b1-b8 body functions, s1-s8 body structures, d1-d9 activities and "
                        "participation, e1-e5 environmental factors) or a code inside one such as d450 (or leave it "
                        "empty)."
                    ),
                )
            return match.group(1)

        return check_each(convert)
    if name == "skills":
        lookup = {k: k for k in SKILLS} | SKILL_ALIASES

        def read_skill(part):
            skill = lookup.get(_SPACES_OR_HYPHENS.sub("_", part.lower()))
            return [skill] if skill else []

        return _name_lists(values, lines, label, notes, read_skill, N_("the skill '{name}'"), list(SKILLS))
    if name == "intervention":
        return _name_lists(
            values,
            lines,
            label,
            notes,
            read_interventions,
            N_("the intervention '{name}'"),
            list(INTERVENTIONS),
        )
    return list(values)


def _name_lists(values, lines, label, notes, read, what, allowed):
    """Cells holding names separated by ';' -> (names otpt knows, names it cannot use) per
    row. ``read(part)`` gives the known names a part stands for; a part read as another
    name and a part left out each get a note."""
    out = []
    for value, line in zip(values, lines):
        known, unused = [], []
        for part in (p.strip() for p in _SEPARATORS.split(value)):
            if not part:
                continue
            names = read(part)
            if not names:
                unused.append(part)
                notes.append(
                    Problem(
                        line,
                        label,
                        _(what).format(name=part),
                        _("otpt cannot use it and left it out. Known, separated by ';': {names}.").format(
                            names=", ".join(allowed)
                        ),
                    )
                )
                continue
            if [_name_key(part)] != [_name_key(n) for n in names]:
                shown = ", ".join(f"'{n}'" for n in names)
                notes.append(
                    Problem(line, label, _(what).format(name=part), _("Read as {names}.").format(names=shown))
                )
            known.extend(n for n in names if n not in known)
        out.append((known, ";".join(unused)))
    return out
