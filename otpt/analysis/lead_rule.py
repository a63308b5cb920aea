"""Who would lead an activity? A readable suggestion from what the therapy targets and does.

The weights are data (data/lead_weights.csv): for each input, how strongly the frameworks
give it to OT and to PT (0-3), the framework line behind it and the reason in plain words.
The inputs come in two layers:

- **what decides**: the target (the task or occupation itself, movement and mobility, or
  both), the intervention(s) and any specialist credential;
- **context**: the skills the activity calls on and the OTPF-4 occupation area it serves.

Each side's score is an average (never a sum), so ticking more boxes does not pull an
activity to the middle. The suggestion is OT or PT when one side leads by at least
``margin``; Both when neither does and both sides reach ``level`` (a distinct OT target
and a distinct PT target); Both as "either specialist" when a credential open to both
professions is named; and otherwise *unsure - practice varies*, with its leaning and what
would tip it. The decisive inputs speak first: when they settle it, skills and occupation
area cannot move it. Context alone never makes a suggestion sure.

``margin`` and ``level`` are the only fitted numbers; `evaluate_suggestions` fits them
inside each cross-validation fold, so each activity is judged by numbers chosen without it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..io.bank_cells import read_interventions
from ..io.weights import KINDS, Weight, load_weights
from ..language import N_, Messages
from ..language import gettext as _
from ..vocab import LEAD_NAMES, term
from .lead_inputs import UNANSWERED, as_list, lookup_key, normalize

__all__ = [
    "CONTEXT",
    "DECISIVE",
    "DEFAULT_LEVEL",
    "DEFAULT_MARGIN",
    "INPUTS",
    "LEVELS",
    "MARGINS",
    "Suggestion",
    "UNANSWERED",
    "suggest_lead",
]

#: The fitted numbers (`fit_parameters` on the bundled bank with every input; a test
#: keeps them in step): how far one side must lead, and how strong both sides must be
#: for Both, on the 0-3 weight scale.
DEFAULT_MARGIN = 0.75
DEFAULT_LEVEL = 1.5
MARGINS = tuple(np.round(np.arange(0.25, 2.01, 0.25), 2))
LEVELS = tuple(np.round(np.arange(1.0, 2.51, 0.25), 2))

#: The inputs a suggestion can use, by layer, with the bank column each is read from.
DECISIVE = ("target", "intervention", "specialty")
CONTEXT = ("skills", "occupation_area")
INPUTS = DECISIVE + CONTEXT


@dataclass(frozen=True)
class Suggestion:
    """A suggested lead with its evidence.

    ``lead`` is OT, Both or PT - the leaning when ``sure`` is False. ``ot_score`` and
    ``pt_score`` are the averaged weights (0-3) of the layer that decided; ``position``
    is (PT - OT) / 3, from -1 (all OT) to +1 (all PT). ``decided_by`` names that layer;
    ``tip`` says what would tip an unsure suggestion.
    """

    lead: str
    sure: bool
    ot_score: float
    pt_score: float
    position: float
    decided_by: str
    reasons: list[str] = field(default_factory=list)
    tip: str = ""
    shared_as: str | None = None  # "either specialist" when a credential open to both is named

    @property
    def label(self) -> str:
        """ "OT", "Both (either specialist)" or "Unsure - practice varies (leaning PT)"."""
        lead = LEAD_NAMES.get(self.lead, self.lead)
        if not self.sure:
            return _("Unsure - practice varies (leaning {lead})").format(lead=lead)
        return f"{lead} ({_SHARED.get(self.shared_as, self.shared_as)})" if self.shared_as else lead


def _decide(ot: float, pt: float, margin: float, level: float) -> str | None:
    lean = pt - ot
    if lean >= margin:
        return "PT"
    if lean <= -margin:
        return "OT"
    return "Both" if min(ot, pt) >= level else None


def _mean(pairs) -> tuple[float, float] | None:
    pairs = [p for p in pairs if p is not None]
    if not pairs:
        return None
    return float(np.mean([p[0] for p in pairs])), float(np.mean([p[1] for p in pairs]))


@dataclass(frozen=True)
class _Evidence:
    """The averaged (OT, PT) weights of each layer for one activity."""

    intervention: tuple[float, float] | None
    decisive: tuple[float, float] | None
    combined: tuple[float, float] | None
    specialty: str | None
    given: tuple[str, ...]  # the decisive inputs answered: "target", "intervention", "specialty"
    both_sides: bool  # the interventions include one that points to OT and one that points to PT
    target_names_both: bool = False  # the target is "occupation and movement"

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(kind for kind in ("target", "intervention") if kind not in self.given)


def _evidence(
    skills, occupation_area, target, interventions, specialty, weights
) -> tuple[_Evidence, list[str]]:
    reasons = []
    read = []
    for text in as_list(interventions):
        names = read_interventions(text) or [text]
        if [lookup_key(n) for n in names] != [lookup_key(text)]:
            reasons.append(
                _("'{text}' was read as: {names}").format(text=text, names=", ".join(map(term, names)))
            )
        read.extend(names)
    chosen = {
        "target": [normalize("target", t) for t in as_list(target)[:1]],
        "intervention": list(dict.fromkeys(read)),
        "specialty": [normalize("specialty", t) for t in as_list(specialty)[:1]],
        "skill": list(dict.fromkeys(normalize("skill", t) for t in as_list(skills))),
        "occupation_area": [normalize("occupation_area", t) for t in as_list(occupation_area)[:1]],
    }
    unknown = [f"{kind} {name!r}" for kind, names in chosen.items() for name in names if name not in weights]
    if unknown:
        allowed = "; ".join(f"{kind}: {', '.join(names)}" for kind, names in KINDS.items())
        raise ValueError(
            _("unknown {names}. Allowed - {allowed}").format(names=", ".join(unknown), allowed=allowed)
        )

    def pair(names):
        return _mean([(weights[n].ot, weights[n].pt) for n in names])

    # each layer's inputs count once: the target, the interventions together, the specialty -
    # except a credential open to both, which says how the work is shared, not who leads it
    own_specialty = [s for s in chosen["specialty"] if _SPECIALIST.get(s) != "either"]
    decisive = _mean([pair(chosen["target"]), pair(chosen["intervention"]), pair(own_specialty)])
    context = [pair(chosen["skill"]), pair(chosen["occupation_area"])]
    combined = _mean([decisive, *context]) if decisive else _mean(context)
    reasons += [
        f"{term(name)} -> {LEAD_NAMES.get(weights[name].side, weights[name].side)}: {weights[name].reason}"
        for names in chosen.values()
        for name in names
    ]
    sides = {weights[n].side for n in chosen["intervention"]}
    evidence = _Evidence(
        intervention=pair(chosen["intervention"]),
        decisive=decisive,
        combined=combined,
        specialty=(chosen["specialty"] or [None])[0],
        given=tuple(kind for kind in DECISIVE if chosen[kind]),
        both_sides={"OT", "PT"} <= sides,
        target_names_both=chosen["target"] == ["occupation and movement"],
    )
    return evidence, reasons


_TIPS = Messages(
    {
        "target": N_(
            "the target - does the therapy work on the everyday task itself, on movement and mobility, or both?"
        ),
        "intervention": N_("the intervention - exercise, ADL training, adaptive equipment, a splint ...?"),
    }
)
_SHARED = Messages({"either specialist": N_("either specialist")})
_SPECIALIST = {"open to both": "either", "OT specialty": "OT", "PT specialty": "PT"}


def _suggest(evidence: _Evidence, margin: float, level: float) -> dict:
    """The suggestion's fields from an activity's evidence (shared by one activity and a bank).

    In order: a credential only one profession holds decides; then, where the target names
    both the occupation and the movement, the target and the interventions together; then a
    specialized intervention (a splint is OT's whatever body part it is for); then the target
    and the interventions together. Both is sure only with a structure behind it: a target that
    names both, or interventions from each side - one generic shared intervention
    (education, seating) alone leaves it unsure. A credential open to both professions
    (hand therapy, lymphedema, seating) never makes the answer Both - one specialist does
    the whole job: the suggestion is the profession the other inputs point to, marked
    "either specialist" (content v3: Both is never the key for one person's work).
    """
    result = _suggest_lead(evidence, margin, level)
    if evidence.specialty == "open to both":
        result["shared_as"] = "either specialist"
        if result["lead"] == "Both":  # no profession usually does it: practice varies
            result["sure"] = False
    return result


def _suggest_lead(evidence: _Evidence, margin: float, level: float) -> dict:
    if evidence.specialty in ("OT specialty", "PT specialty"):
        lead = _SPECIALIST[evidence.specialty]
        return dict(
            lead=lead, sure=True, scores={"OT": (3.0, 0.0), "PT": (0.0, 3.0)}[lead], decided_by="specialty"
        )
    lead = (
        _decide(*evidence.decisive, margin, level)
        if evidence.target_names_both and evidence.decisive
        else None
    )
    if lead is not None:  # the target names both: an ADL-training list alone does not make it OT's
        return dict(lead=lead, sure=True, scores=evidence.decisive, decided_by=" and ".join(evidence.given))
    lead = _decide(*evidence.intervention, margin, level) if evidence.intervention else None
    if lead in ("OT", "PT"):
        return dict(lead=lead, sure=True, scores=evidence.intervention, decided_by="intervention")
    lead = _decide(*evidence.decisive, margin, level) if evidence.decisive else None
    structured = "target" in evidence.given or evidence.both_sides
    if lead in ("OT", "PT") or (lead == "Both" and structured):
        return dict(lead=lead, sure=True, scores=evidence.decisive, decided_by=" and ".join(evidence.given))
    if evidence.combined is None:
        return dict(lead="Both", sure=False, scores=(0.0, 0.0), decided_by="nothing")
    lead = _decide(*evidence.combined, margin, level)
    if lead is None:
        lean = evidence.combined[1] - evidence.combined[0]
        lead = "PT" if lean >= margin / 2 else "OT" if lean <= -margin / 2 else "Both"
    by = "all inputs" if evidence.decisive else "skills and occupation area"
    return dict(lead=lead, sure=False, scores=evidence.combined, decided_by=by)


def suggest_lead(
    skills=(),
    occupation_area: str | None = None,
    *,
    target: str | None = None,
    interventions=(),
    specialty: str | None = None,
    weights: dict[str, Weight] | None = None,
    margin: float = DEFAULT_MARGIN,
    level: float = DEFAULT_LEVEL,
) -> Suggestion:
    """Suggest who would lead an activity.

    Args:
        skills: skill names (`otpt.SKILLS`), context.
        occupation_area: an OTPF-4 occupation area, context ("none" or None: not answered).
        target: one of `otpt.TARGETS`, decisive.
        interventions: one or more of `otpt.INTERVENTIONS`, decisive.
        specialty: one of `otpt.SPECIALTIES` ("open to both" gives Both, either specialist).
        margin, level: the two fitted numbers (defaults fitted on the bundled bank).

    Returns:
        A `Suggestion`: the lead (or leaning), whether it is sure, the scores, the place on
        the OT-PT line, what decided it, the reasons and what would tip it.

    Raises:
        ValueError: naming any unknown input and listing what is allowed.

    Example:
        >>> s = suggest_lead(["fine_motor"], "ADL", target="occupation", interventions=["adaptive equipment"])
        >>> s.label, s.decided_by
        ('OT', 'intervention')
        >>> suggest_lead(["gait", "balance"]).label
        'Unsure - practice varies (leaning PT)'
    """
    weights = weights or load_weights()
    evidence, reasons = _evidence(skills, occupation_area, target, interventions, specialty, weights)
    fields = _suggest(evidence, margin, level)
    ot, pt = fields.pop("scores")
    tip = ""
    if not fields["sure"]:
        missing = [_TIPS[k] for k in evidence.missing]
        tip = (
            "; ".join(missing)
            if missing
            else _("the setting and the person's own goals - here practice varies")
        )
    return Suggestion(
        **fields,
        ot_score=round(ot, 2),
        pt_score=round(pt, 2),
        position=round((pt - ot) / 3, 3),
        reasons=reasons,
        tip=tip,
    )
