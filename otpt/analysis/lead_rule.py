"""Who would lead an activity? A readable suggestion from what the therapy targets and does.

The weights are data (data/lead_weights.csv): for each input, how strongly the frameworks
give it to OT and to PT (0-3), the framework line behind it and the reason in plain words.
The inputs come in two layers:

- **what decides**: the target (the task or occupation, a movement or body function, or
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
from itertools import product

import numpy as np
import pandas as pd

from ..io.aliases import SKILL_ALIASES, SPECIALTY_ALIASES
from ..io.bank_cells import read_interventions
from ..io.weights import KINDS, Weight, load_weights
from ..vocab import (
    LEADS,
    SKILLS,
    SPECIALTIES,
    TARGETS,
)
from .grading import confusion_table

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
#: Answers that mean "not answered" (they add nothing to either side).
UNANSWERED = {None, "", "none", "not sure"}


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
    shared_as: str | None = None  # "either specialist" when a credential open to both decides

    @property
    def label(self) -> str:
        """ "OT", "Both (either specialist)" or "Unsure - practice varies (leaning PT)"."""
        if not self.sure:
            return f"Unsure - practice varies (leaning {self.lead})"
        return f"{self.lead} ({self.shared_as})" if self.shared_as else self.lead


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


def _as_list(value) -> list[str]:
    if value is None or (not isinstance(value, str) and not hasattr(value, "__iter__")):
        return []
    items = [value] if isinstance(value, str) else list(value)
    return [str(v) for v in items if v not in UNANSWERED and not (isinstance(v, float) and np.isnan(v))]


@dataclass(frozen=True)
class _Evidence:
    """The averaged (OT, PT) weights of each layer for one activity."""

    intervention: tuple[float, float] | None
    decisive: tuple[float, float] | None
    combined: tuple[float, float] | None
    specialty: str | None
    given: tuple[str, ...]  # the decisive inputs answered: "target", "intervention", "specialty"
    both_sides: bool  # the interventions include one that points to OT and one that points to PT

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(kind for kind in ("target", "intervention") if kind not in self.given)


def _key(name) -> str:
    """A name as typed -> its lookup key: 'Range-of_Motion ' -> 'range of motion'."""
    return " ".join(str(name).lower().replace("_", " ").replace("-", " ").split())


def _normalise(kind: str, name: str) -> str:
    """An input as a person may type it ('Occupation', 'ROM', 'CHT') -> otpt's name for it
    (unchanged when otpt has none, so the error can name it)."""
    return _LOOKUPS[kind].get(_key(name), name)


def _lookup(names, aliases=None) -> dict[str, str]:
    return {_key(alias): name for alias, name in (aliases or {}).items()} | {_key(n): n for n in names}


_LOOKUPS = {
    "target": _lookup(TARGETS),
    "specialty": _lookup(SPECIALTIES, SPECIALTY_ALIASES),
    "skill": _lookup(SKILLS, SKILL_ALIASES),
    "occupation_area": _lookup(KINDS["occupation_area"]),
}


def _evidence(
    skills, occupation_area, target, interventions, specialty, weights
) -> tuple[_Evidence, list[str]]:
    reasons = []
    read = []
    for text in _as_list(interventions):
        names = read_interventions(text) or [text]
        if [_key(n) for n in names] != [_key(text)]:
            reasons.append(f"'{text}' was read as: {', '.join(names)}")
        read.extend(names)
    chosen = {
        "target": [_normalise("target", t) for t in _as_list(target)[:1]],
        "intervention": list(dict.fromkeys(read)),
        "specialty": [_normalise("specialty", t) for t in _as_list(specialty)[:1]],
        "skill": list(dict.fromkeys(_normalise("skill", t) for t in _as_list(skills))),
        "occupation_area": [_normalise("occupation_area", t) for t in _as_list(occupation_area)[:1]],
    }
    unknown = [f"{kind} {name!r}" for kind, names in chosen.items() for name in names if name not in weights]
    if unknown:
        allowed = "; ".join(f"{kind}: {', '.join(names)}" for kind, names in KINDS.items())
        raise ValueError(f"unknown {', '.join(unknown)}. Allowed - {allowed}")

    def pair(names):
        return _mean([(weights[n].ot, weights[n].pt) for n in names])

    # each layer's inputs count once: the target, the interventions together, the specialty
    decisive = _mean([pair(chosen["target"]), pair(chosen["intervention"]), pair(chosen["specialty"])])
    context = [pair(chosen["skill"]), pair(chosen["occupation_area"])]
    combined = _mean([decisive, *context]) if decisive else _mean(context)
    reasons += [
        f"{name} -> {weights[name].side}: {weights[name].reason}"
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
    )
    return evidence, reasons


_TIPS = {
    "target": "the target - is the goal the task itself, a movement or body function, or both?",
    "intervention": "the intervention - exercise, ADL training, adaptive equipment, a splint ...?",
}
_SPECIALIST = {"open to both": "Both", "OT specialty": "OT", "PT specialty": "PT"}


def _suggest(evidence: _Evidence, margin: float, level: float) -> dict:
    """The suggestion's fields from an activity's evidence (shared by one activity and a bank).

    In order: a specialist credential decides (only that profession, or either); then a
    specialised intervention (a splint is OT's whatever body part it is for); then the
    target and the interventions together. Both is sure only with a structure behind it:
    a target that names both, or interventions from each side - one generic shared
    intervention (education, seating) alone leaves it unsure.
    """
    if evidence.specialty:
        lead = _SPECIALIST[evidence.specialty]
        scores = {"Both": (2.5, 2.5), "OT": (3.0, 0.0), "PT": (0.0, 3.0)}[lead]
        shared_as = "either specialist" if lead == "Both" else None
        return dict(lead=lead, sure=True, scores=scores, decided_by="specialty", shared_as=shared_as)
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
    skills=(), occupation_area: str | None = None, *, target: str | None = None, interventions=(),
    specialty: str | None = None, weights: dict[str, Weight] | None = None,
    margin: float = DEFAULT_MARGIN, level: float = DEFAULT_LEVEL,
) -> Suggestion:  # fmt: skip
    """Suggest who would lead an activity.

    Args:
        skills: skill names (`otpt.SKILLS`), context.
        occupation_area: an OTPF-4 occupation area, context ("none" or None: not answered).
        target: one of `otpt.TARGETS`, decisive.
        interventions: one or more of `otpt.INTERVENTIONS`, decisive.
        specialty: one of `otpt.SPECIALTIES` ("open to both" gives Both, either specialist).
        margin, level: the two fitted numbers (defaults fitted on the bundled bank).

    Raises ValueError naming any unknown input and listing what is allowed.

    Example:
        >>> s = suggest_lead(["fine_motor"], "ADL", target="occupation", interventions=["adaptive equipment"])
        >>> s.label, s.decided_by
        ('OT', 'target and intervention')
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
            "; ".join(missing) if missing else "the setting and the person's own goals - here practice varies"
        )
    return Suggestion(**fields, ot_score=round(ot, 2), pt_score=round(pt, 2),
                      position=round((pt - ot) / 3, 3), reasons=reasons, tip=tip)  # fmt: skip


def _row_inputs(bank: pd.DataFrame, inputs) -> list[dict]:
    """Each bank row's inputs as keyword arguments of `suggest_lead`, limited to ``inputs``."""
    inputs = (inputs,) if isinstance(inputs, str) else tuple(inputs)
    unknown = set(inputs) - set(INPUTS)
    if unknown:
        raise ValueError(f"unknown inputs {sorted(unknown)}; allowed: {', '.join(INPUTS)}")
    columns = {"skills": "skills", "occupation_area": "occupation_area", "target": "target",
               "intervention": "interventions", "specialty": "specialty"}  # fmt: skip
    rows = []
    for record in bank.to_dict("records"):
        rows.append({columns[name]: record.get(name) for name in inputs if name in bank})
    return rows


def suggest_leads(bank: pd.DataFrame, *, inputs=INPUTS, margin: float = DEFAULT_MARGIN,
                  level: float = DEFAULT_LEVEL, weights: dict[str, Weight] | None = None) -> pd.DataFrame:  # fmt: skip
    """A suggestion for every activity of a bank, from the bank columns named in ``inputs``.

    Returns a DataFrame (one row per activity, the bank's index) with ``id``, ``activity``,
    ``key`` (the bank's lead), ``suggested``, ``sure``, ``position`` (-1..1) and
    ``decided_by``.
    """
    weights = weights or load_weights()
    found = [
        suggest_lead(**kw, weights=weights, margin=margin, level=level) for kw in _row_inputs(bank, inputs)
    ]
    return pd.DataFrame(
        {
            "id": bank["id"].to_numpy(),
            "activity": bank["activity"].to_numpy(),
            "key": bank["lead"].astype(str).to_numpy(),
            "suggested": [s.lead for s in found],
            "sure": [s.sure for s in found],
            "position": [s.position for s in found],
            "decided_by": [s.decided_by for s in found],
        },
        index=bank.index,
    )


def positions(bank: pd.DataFrame, **options) -> pd.Series:
    """Every activity's place on the OT (-1) <-> PT (+1) line, as `suggest_leads` finds it."""
    return suggest_leads(bank, **options)["position"].rename("position")


def _evidence_table(bank: pd.DataFrame, inputs, weights) -> list[_Evidence]:
    return [_evidence(kw.get("skills"), kw.get("occupation_area"), kw.get("target"), kw.get("interventions"),
                      kw.get("specialty"), weights)[0] for kw in _row_inputs(bank, inputs)]  # fmt: skip


def _predict(evidence: list[_Evidence], margin: float, level: float) -> np.ndarray:
    return np.array([_suggest(e, margin, level)["lead"] for e in evidence])


def fit_parameters(bank: pd.DataFrame, *, inputs=INPUTS, weights=None) -> tuple[float, float]:
    """The (margin, level) from `MARGINS` x `LEVELS` that agree most with the bank's leads;
    ties go to the pair nearest the defaults."""
    weights = weights or load_weights()
    return _fit(_evidence_table(bank, inputs, weights), bank["lead"].astype(str).to_numpy())


def _fit(evidence: list[_Evidence], key: np.ndarray) -> tuple[float, float]:
    """The grid pair that agrees most with ``key``; the defaults when there is nothing to fit."""
    if not len(key):
        return DEFAULT_MARGIN, DEFAULT_LEVEL

    def score(pair):
        margin, level = pair
        agreement = (_predict(evidence, margin, level) == key).mean()
        return agreement, -abs(margin - DEFAULT_MARGIN) - abs(level - DEFAULT_LEVEL)

    return max(product(MARGINS, LEVELS), key=score)


def evaluate_suggestions(bank: pd.DataFrame, *, inputs=INPUTS, folds: int = 5, seed: int = 0) -> dict:
    """How often `suggest_lead` agrees with the bank's leads, by cross-validation.

    The weights are not fitted (they come from the frameworks). The two fitted numbers
    (margin, level) are chosen on the training folds only, and each activity is judged
    - lead and sure alike - with numbers chosen without it; an unsure suggestion counts
    with its leaning. ``inputs`` limits what the model sees (e.g. ``("skills",
    "occupation_area")``). ``folds`` is 2 or more; with fewer activities than folds each
    activity is its own fold.

    Returns a dict: ``agreement`` (0-1), ``recall`` (per lead, 0-1), ``both_precision``
    (of the activities called Both, the share the bank leads as Both; NaN if none),
    ``unsure`` (share of unsure suggestions), ``agreement_when_sure``, ``parameters``
    (margin, level per fold), ``confusion`` (rows: the bank's lead, columns: the
    suggestion), ``predicted`` and ``sure`` (Series on the bank's index).

    Raises ValueError for fewer than 2 folds or an empty bank.
    """
    if not isinstance(folds, int) or folds < 2:
        raise ValueError(f"folds must be a whole number of at least 2 (each activity is judged "
                         f"by numbers fitted on the others), not {folds!r}")  # fmt: skip
    if not len(bank):
        raise ValueError("the bank has no activities to evaluate")
    weights = load_weights()
    evidence = _evidence_table(bank, inputs, weights)
    key = bank["lead"].astype(str).to_numpy()
    order = np.random.default_rng(seed).permutation(len(bank))
    predicted = np.empty(len(bank), dtype=object)
    sure = np.zeros(len(bank), dtype=bool)
    parameters = []
    for fold in range(min(folds, len(bank))):
        test = order[fold :: min(folds, len(bank))]
        train = np.setdiff1d(order, test)
        margin, level = _fit([evidence[i] for i in train], key[train])
        parameters.append((float(margin), float(level)))
        for i in test:
            found = _suggest(evidence[i], margin, level)
            predicted[i], sure[i] = found["lead"], found["sure"]
    right = predicted == key
    called_both = predicted == "Both"
    answers = pd.DataFrame({"key": key, "answer": predicted})
    return {
        "agreement": float(right.mean()),
        "recall": {
            lead: float(right[key == lead].mean()) if (key == lead).any() else float("nan") for lead in LEADS
        },
        "both_precision": float((key[called_both] == "Both").mean()) if called_both.any() else float("nan"),
        "unsure": float((~sure).mean()),
        "agreement_when_sure": float(right[sure].mean()) if sure.any() else float("nan"),
        "parameters": parameters,
        "confusion": confusion_table(answers),
        "predicted": pd.Series(predicted, index=bank.index, name="suggested"),
        "sure": pd.Series(sure, index=bank.index, name="sure"),
    }


def similar_activities(bank: pd.DataFrame, skills=(), occupation_area: str | None = None, *, top: int = 3,
                       target: str | None = None, interventions=(), specialty: str | None = None):  # fmt: skip
    """The ``top`` bank activities most like this one, best first.

    Alike means sharing an intervention (Jaccard, full weight), skills (Jaccard, half
    weight) or the specialist credential (full weight); the same target and the same
    occupation area add a quarter each but never make an activity alike on their own.
    Inputs are read as `suggest_lead` reads them (aliases, any capitalisation).

    Returns the rows' ``id``, ``activity``, ``lead`` and ``rationale`` - no rows when
    nothing in the bank is alike (or nothing was given).
    """
    wanted_skills = {_normalise("skill", n) for n in _as_list(skills)}
    wanted = {n for i in _as_list(interventions) for n in read_interventions(i) or [i]}
    wanted_specialty = {_normalise("specialty", n) for n in _as_list(specialty)[:1]}
    area = (_as_list(occupation_area) or [None])[0]
    area = area and _normalise("occupation_area", area)
    goal = (_as_list(target) or [None])[0]
    goal = goal and _normalise("target", goal)

    def jaccard(a, b):
        return len(a & b) / len(a | b) if a | b else 0.0

    def score(row) -> float:
        their = set(row.get("intervention") or []), set(row.get("skills") or [])
        specialty = {row.get("specialty")} - {None} if isinstance(row.get("specialty"), str) else set()
        alike = jaccard(wanted, their[0]) + 0.5 * jaccard(wanted_skills, their[1])
        alike += float(bool(wanted_specialty & specialty))
        if not alike:
            return 0.0
        return (
            alike
            + 0.25 * (area is not None and row.get("occupation_area") == area)
            + 0.25 * (goal is not None and row.get("target") == goal)
        )

    scores = pd.Series([score(row) for row in bank.to_dict("records")], index=bank.index, dtype=float)
    best = scores[scores > 0].sort_values(ascending=False, kind="stable").head(top).index
    return bank.loc[best, ["id", "activity", "lead", "rationale"]]
