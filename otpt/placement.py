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

import csv
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path

import numpy as np
import pandas as pd

from .grading import confusion_table
from .loader import bundled_path, read_interventions
from .vocab import INTERVENTIONS, LEADS, OCCUPATION_AREAS, SKILLS, SPECIALTIES, TARGETS

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
KINDS = {"target": TARGETS, "intervention": INTERVENTIONS, "specialty": SPECIALTIES, "skill": SKILLS,
         "occupation_area": [a for a in OCCUPATION_AREAS if a != "none"]}  # fmt: skip
#: Answers that mean "not answered" (they add nothing to either side).
UNANSWERED = {None, "", "none", "not sure"}


@dataclass(frozen=True)
class Weight:
    """One row of the weights table: how strongly an input points to OT and to PT (0-3)."""

    feature: str
    kind: str  # "target", "intervention", "specialty", "skill" or "occupation_area"
    ot: float
    pt: float
    reason: str
    sources: tuple[str, ...] = ()  # keys into data/sources.csv

    @property
    def side(self) -> str:
        return "OT" if self.ot > self.pt else "PT" if self.pt > self.ot else "OT and PT"


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


def load_weights(path: str | Path | None = None) -> dict[str, Weight]:
    """The weights table (feature -> Weight). Default: data/lead_weights.csv.

    Raises ValueError naming the line for an unknown kind or feature, a weight outside
    0-3, or a row without a source.
    """
    path = bundled_path("lead_weights.csv") if path is None else Path(path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    weights = {}
    for line, row in enumerate(rows, start=2):
        key, kind = row["feature"].strip(), row["kind"].strip()
        if kind not in KINDS or key not in KINDS[kind]:
            raise ValueError(f"{path}, line {line}: unknown feature {key!r} of kind {kind!r}")
        ot, pt = float(row["ot"]), float(row["pt"])
        sources = tuple(s for s in row.get("source", "").split(";") if s)
        if not (0 <= ot <= 3 and 0 <= pt <= 3) or not sources:
            raise ValueError(f"{path}, line {line}: weights must be 0-3 and every row needs a source")
        weights[key] = Weight(key, kind, ot, pt, row["reason"].strip(), sources)
    return weights


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
    either_specialist: bool
    missing: tuple[str, ...]


def _evidence(
    skills, occupation_area, target, interventions, specialty, weights
) -> tuple[_Evidence, list[str]]:
    chosen = {
        "target": _as_list(target)[:1],
        "intervention": list(
            dict.fromkeys(n for i in _as_list(interventions) for n in read_interventions(i) or [i])
        ),
        "specialty": _as_list(specialty)[:1],
        "skill": _as_list(skills),
        "occupation_area": _as_list(occupation_area)[:1],
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
    reasons = [
        f"{name} -> {weights[name].side}: {weights[name].reason}"
        for names in chosen.values()
        for name in names
    ]
    missing = tuple(kind for kind in ("target", "intervention") if not chosen[kind])
    evidence = _Evidence(
        pair(chosen["intervention"]), decisive, combined, chosen["specialty"] == ["open to both"], missing
    )
    return evidence, reasons


_TIPS = {
    "target": "the target - is the goal the task itself, a movement or body function, or both?",
    "intervention": "the intervention - exercise, ADL training, adaptive equipment, a splint ...?",
}


def _suggest(evidence: _Evidence, margin: float, level: float) -> dict:
    """The suggestion's fields from an activity's evidence (shared by one activity and a bank)."""
    if evidence.either_specialist:
        return dict(
            lead="Both", sure=True, scores=(2.5, 2.5), decided_by="specialty", shared_as="either specialist"
        )
    # a specialised intervention speaks first (a splint is OT's whatever body part it is for);
    # then the target and the interventions together
    for scores, by in (
        (evidence.intervention, "intervention"),
        (evidence.decisive, "target and intervention"),
    ):
        lead = _decide(*scores, margin, level) if scores else None
        if lead:
            return dict(lead=lead, sure=True, scores=scores, decided_by=by)
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
    def score(pair):
        margin, level = pair
        agreement = (_predict(evidence, margin, level) == key).mean()
        return agreement, -abs(margin - DEFAULT_MARGIN) - abs(level - DEFAULT_LEVEL)

    return max(product(MARGINS, LEVELS), key=score)


def evaluate_suggestions(bank: pd.DataFrame, *, inputs=INPUTS, folds: int = 5, seed: int = 0) -> dict:
    """How often `suggest_lead` agrees with the bank's leads, by cross-validation.

    The weights are not fitted (they come from the frameworks). The two fitted numbers
    (margin, level) are chosen on the training folds only, and each activity is judged
    with numbers chosen without it; an unsure suggestion counts with its leaning.
    ``inputs`` limits what the model sees (e.g. ``("skills", "occupation_area")``).

    Returns a dict: ``agreement`` (0-1), ``recall`` (per lead, 0-1), ``both_precision``
    (of the activities called Both, the share the bank leads as Both; NaN if none),
    ``unsure`` (share of unsure suggestions), ``agreement_when_sure``, ``parameters``
    (margin, level per fold), ``confusion`` (rows: the bank's lead, columns: the
    suggestion), ``predicted`` and ``sure`` (Series on the bank's index).
    """
    weights = load_weights()
    evidence = _evidence_table(bank, inputs, weights)
    key = bank["lead"].astype(str).to_numpy()
    sure = np.array([_suggest(e, DEFAULT_MARGIN, DEFAULT_LEVEL)["sure"] for e in evidence], dtype=bool)
    order = np.random.default_rng(seed).permutation(len(bank))
    predicted = np.empty(len(bank), dtype=object)
    parameters = []
    for fold in range(folds):
        test = order[fold::folds]
        train = np.setdiff1d(order, test)
        margin, level = _fit([evidence[i] for i in train], key[train])
        parameters.append((float(margin), float(level)))
        predicted[test] = _predict([evidence[i] for i in test], margin, level)
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


def similar_activities(bank: pd.DataFrame, skills, occupation_area: str | None = None, *, top: int = 3,
                       target: str | None = None, interventions=()):  # fmt: skip
    """The ``top`` bank activities most like this one: shared interventions (Jaccard, full
    weight), shared skills (Jaccard, half weight), and a quarter each for the same target
    and the same occupation area. Only activities that share an intervention or a skill
    count as alike (when any is given)."""
    wanted_skills = set(_as_list(skills))
    wanted = set(n for i in _as_list(interventions) for n in read_interventions(i) or [i])

    def jaccard(a, b):
        return len(a & b) / len(a | b) if a | b else 0.0

    def score(row):
        same_area = occupation_area not in UNANSWERED and row["occupation_area"] == occupation_area
        same_target = target not in UNANSWERED and row.get("target") == target
        return (jaccard(wanted, set(row.get("intervention") or [])) + 0.5 * jaccard(wanted_skills, set(row["skills"]))
                + 0.25 * same_area + 0.25 * same_target)  # fmt: skip

    scores = bank.apply(score, axis=1) if len(bank) else pd.Series(dtype=float)
    if wanted or wanted_skills:  # an activity alike only in target or area is not alike
        shares = bank.apply(
            lambda row: bool(
                wanted & set(row.get("intervention") or []) or wanted_skills & set(row["skills"])
            ),
            axis=1,
        )
        scores = scores[shares] if len(bank) else scores
    best = scores.sort_values(ascending=False, kind="stable").head(top).index
    return bank.loc[best, ["id", "activity", "lead", "rationale"]]
