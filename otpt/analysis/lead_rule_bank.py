"""The lead rule over a whole bank: a suggestion per activity, the fitted numbers, and how
often the rule agrees with the bank's leads (cross-validated)."""

from __future__ import annotations

from itertools import product

import numpy as np
import pandas as pd

from ..io.weights import Weight, load_weights
from ..vocab import LEADS
from .grading import confusion_table
from .lead_rule import (
    DEFAULT_LEVEL,
    DEFAULT_MARGIN,
    INPUTS,
    LEVELS,
    MARGINS,
    _Evidence,
    _evidence,
    _suggest,
    suggest_lead,
)

__all__ = ["evaluate_suggestions", "fit_parameters", "predicted_position", "suggest_leads"]


def _row_inputs(bank: pd.DataFrame, inputs) -> list[dict]:
    """Each bank row's inputs as keyword arguments of `suggest_lead`, limited to ``inputs``."""
    inputs = (inputs,) if isinstance(inputs, str) else tuple(inputs)
    unknown = set(inputs) - set(INPUTS)
    if unknown:
        raise ValueError(f"unknown inputs {sorted(unknown)}; allowed: {', '.join(INPUTS)}")
    columns = {
        "skills": "skills",
        "occupation_area": "occupation_area",
        "target": "target",
        "intervention": "interventions",
        "specialty": "specialty",
    }
    rows = []
    for record in bank.to_dict("records"):
        rows.append({columns[name]: record.get(name) for name in inputs if name in bank})
    return rows


def suggest_leads(
    bank: pd.DataFrame,
    *,
    inputs=INPUTS,
    margin: float = DEFAULT_MARGIN,
    level: float = DEFAULT_LEVEL,
    weights: dict[str, Weight] | None = None,
) -> pd.DataFrame:
    """A suggestion for every activity of a bank, from the bank columns named in ``inputs``.

    Returns:
        A DataFrame (one row per activity, the bank's index) with ``id``, ``activity``,
        ``key`` (the bank's lead), ``suggested``, ``sure``, ``position`` (-1..1) and
        ``decided_by``.

    Raises:
        ValueError: for an input name that is not one of `INPUTS`.
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


def predicted_position(bank: pd.DataFrame, **options) -> pd.Series:
    """Every activity's place on the OT (-1) <-> PT (+1) line as the lead rule predicts it
    from what the therapy targets and does (the weights), whatever the bank's lead says.

    Not to be confused with `otpt.spectrum_position`, which starts from the bank's lead
    (its key) and moves it by the skills; the two agree closely but not on every activity.

    Args:
        bank: a checked bank (`load_activities`).
        **options: passed to `suggest_leads` (``inputs``, ``margin``, ``level``).

    Returns:
        A float Series from -1 to 1 on the bank's index, named ``predicted_position``.
    """
    return suggest_leads(bank, **options)["position"].rename("predicted_position")


def _evidence_table(bank: pd.DataFrame, inputs, weights) -> list[_Evidence]:
    return [
        _evidence(
            kw.get("skills"),
            kw.get("occupation_area"),
            kw.get("target"),
            kw.get("interventions"),
            kw.get("specialty"),
            weights,
        )[0]
        for kw in _row_inputs(bank, inputs)
    ]


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

    Returns:
        A dict: ``agreement`` (0-1), ``recall`` (per lead, 0-1), ``both_precision`` (of
        the activities called Both, the share the bank leads as Both; NaN if none),
        ``unsure`` (share of unsure suggestions), ``agreement_when_sure``, ``parameters``
        (margin, level per fold), ``confusion`` (rows: the bank's lead, columns: the
        suggestion), ``predicted`` and ``sure`` (Series on the bank's index).

    Raises:
        ValueError: for fewer than 2 folds or an empty bank.
    """
    if not isinstance(folds, int) or folds < 2:
        raise ValueError(
            f"folds must be a whole number of at least 2 (each activity is judged "
            f"by numbers fitted on the others), not {folds!r}"
        )
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
