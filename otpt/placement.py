"""Place your own activity: a transparent suggestion of who would lead it.

The weights are data (data/lead_weights.csv): for each skill and each OTPF-4 occupation
area, how strongly it points to OT and to PT, with the reason in plain words. An
activity's OT score and PT score are the sums over what it involves; their balance
places it on the OT (-1) <-> PT (+1) spectrum, and a band around the middle is "Both".
The band's width is the one number fitted to the bank, and `evaluate_suggestions`
reports agreement by cross-validation, so it is judged on activities it did not see.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .grading import confusion_table
from .loader import bundled_path
from .vocab import OCCUPATION_AREAS, SKILLS

#: Half-width of the "Both" band on the spectrum; `fit_threshold` on the bundled bank.
DEFAULT_THRESHOLD = 0.35
THRESHOLDS = tuple(np.round(np.arange(0.05, 0.8, 0.05), 2))


@dataclass(frozen=True)
class Weight:
    feature: str
    kind: str  # "skill" or "occupation_area"
    ot: float
    pt: float
    reason: str


@dataclass(frozen=True)
class Suggestion:
    """The suggested lead, both scores, the place on the spectrum and the reasons."""

    lead: str
    ot_score: float
    pt_score: float
    position: float  # -1 = all OT, +1 = all PT
    reasons: list[str] = field(default_factory=list)


def load_weights(path: str | Path | None = None) -> dict[str, Weight]:
    """The weights table (feature -> Weight). Default: data/lead_weights.csv."""
    path = bundled_path("lead_weights.csv") if path is None else Path(path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    weights = {}
    for line, row in enumerate(rows, start=2):
        key = row["feature"].strip()
        if row["kind"] not in ("skill", "occupation_area") or (
            key not in SKILLS and key not in OCCUPATION_AREAS
        ):
            raise ValueError(f"{path}, line {line}: unknown feature {key!r} of kind {row['kind']!r}")
        weights[key] = Weight(key, row["kind"], float(row["ot"]), float(row["pt"]), row["reason"].strip())
    return weights


def _side(weight: Weight) -> str:
    if weight.ot > weight.pt:
        return "OT"
    if weight.pt > weight.ot:
        return "PT"
    return "OT and PT"


def suggest_lead(
    skills, occupation_area: str | None = None, *, weights: dict[str, Weight] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Suggestion:  # fmt: skip
    """Suggest who would lead an activity from the skills it needs and its occupation area.

    Example:
        >>> s = suggest_lead(["fine_motor", "cognitive"], "ADL")
        >>> s.lead, s.reasons[0]
        ('OT', 'ADL -> OT: self-care (dressing, bathing, eating, getting around) is an ADL occupation')
    """
    weights = weights or load_weights()
    features = ([occupation_area] if occupation_area else []) + [s for s in skills if s]
    unknown = [f for f in features if f not in weights]
    if unknown:
        allowed = ", ".join(list(SKILLS) + list(OCCUPATION_AREAS))
        raise ValueError(
            f"unknown skill or occupation area: {', '.join(map(repr, unknown))}. Allowed: {allowed}"
        )
    ot = sum(weights[f].ot for f in features)
    pt = sum(weights[f].pt for f in features)
    position = (pt - ot) / (pt + ot) if pt + ot else 0.0
    lead = "OT" if position < -threshold else "PT" if position > threshold else "Both"
    reasons = [f"{f} -> {_side(weights[f])}: {weights[f].reason}" for f in features]
    return Suggestion(lead, round(ot, 2), round(pt, 2), round(position, 3), reasons)


def positions(bank: pd.DataFrame, *, weights: dict[str, Weight] | None = None) -> pd.Series:
    """Every activity's place on the spectrum from its skills and occupation area."""
    weights = weights or load_weights()
    area = bank["occupation_area"].astype(object).where(bank["occupation_area"].notna(), None)
    return pd.Series(
        [suggest_lead(s, a, weights=weights).position for s, a in zip(bank["skills"], area)],
        index=bank.index,
        name="position",
    )


def _leads(position, threshold: float) -> np.ndarray:
    position = np.asarray(position, dtype=float)
    return np.where(position < -threshold, "OT", np.where(position > threshold, "PT", "Both"))


def fit_threshold(position: pd.Series, key: pd.Series) -> float:
    """The Both-band half-width (from `THRESHOLDS`) that agrees most with ``key``."""
    position, key = position.to_numpy(dtype=float), key.astype(str).to_numpy()
    scores = [((_leads(position, t) == key).mean(), -abs(t - DEFAULT_THRESHOLD), t) for t in THRESHOLDS]
    return max(scores)[2]


def evaluate_suggestions(bank: pd.DataFrame, *, folds: int = 5, seed: int = 0) -> dict:
    """Agreement of `suggest_lead` with the bank's own leads, by k-fold cross-validation.

    The weights are not fitted (they come from the frameworks); the threshold is fitted on
    the training folds only, and each activity is judged by the threshold chosen without
    it. Returns agreement, per-fold thresholds, the confusion table (rows: the bank's
    lead, columns: the suggestion) and the predictions.
    """
    position = positions(bank)
    key = bank["lead"].astype(str)
    order = np.random.default_rng(seed).permutation(len(bank))
    predicted = pd.Series("", index=bank.index)
    thresholds = []
    for fold in range(folds):
        test = bank.index[order[fold::folds]]
        train = bank.index.difference(test)
        t = fit_threshold(position[train], key[train])
        thresholds.append(t)
        predicted[test] = _leads(position[test], t)
    answers = pd.DataFrame({"key": key, "answer": predicted})
    return {
        "agreement": float((predicted == key).mean()),
        "thresholds": thresholds,
        "confusion": confusion_table(answers),
        "predicted": predicted,
        "position": position,
    }


def similar_activities(bank: pd.DataFrame, skills, occupation_area: str | None = None, *, top: int = 3):
    """The ``top`` bank activities most like this one: shared skills (Jaccard), plus a
    bonus for the same occupation area."""
    wanted = set(skills)

    def score(row):
        have = set(row["skills"])
        union = wanted | have
        overlap = len(wanted & have) / len(union) if union else 0.0
        return overlap + (0.5 if occupation_area and row["occupation_area"] == occupation_area else 0.0)

    scores = bank.apply(score, axis=1) if len(bank) else pd.Series(dtype=float)
    best = scores.sort_values(ascending=False, kind="stable").head(top).index
    return bank.loc[best, ["id", "activity", "lead", "rationale"]]
