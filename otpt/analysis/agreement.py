"""How far independent raters agree on who leads each activity, and with the bank's key.

The raters labeled the bank blind (`otpt.write_label_form`: the activity, never the key).
Agreement among them is Fleiss' kappa (Fleiss 1971; statsmodels' implementation) over the
activities every rater labeled, with the plain share of agreeing pairs beside it; each
rater against the key is the share of their labels the key accepts (the lead, or an
answer the bank's ``also_accepted`` allows) and Cohen's kappa against the lead alone.
Kappa reads as usual: below 0.4 poor to fair, 0.4-0.6 moderate, 0.6-0.8 substantial,
above 0.8 almost perfect (Landis and Koch 1977) - a rough guide, not a verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..vocab import LEADS
from .grading import accepted_answers, count_table

__all__ = ["LabelAgreement", "label_agreement"]


@dataclass(frozen=True)
class LabelAgreement:
    """Agreement of blind labels, per activity, per rater and overall.

    Attributes:
        per_activity: one row per activity labeled (index ``id``): ``activity``, ``key``,
            ``n`` (labels given), the counts ``OT``, ``Both``, ``PT``, ``majority`` (the
            most given label, "" on a tie), ``agreement`` (share of labels that are the
            majority, 0-1), ``key_share`` (share that are the key) and ``accepted_share``
            (share the key accepts), ``disputed`` (True when the majority is not an
            answer the key accepts, or no label has a majority).
        per_rater: one row per rater (index ``rater``): ``n``, ``key_share``,
            ``accepted_share`` and ``cohen_kappa`` (against the lead; NaN when it cannot
            be computed).
        fleiss_kappa: Fleiss' kappa over the activities every rater labeled (NaN when
            fewer than two raters or no such activity).
        pair_agreement: the share of agreeing rater pairs over the same activities (0-1).
        n_complete: how many activities every rater labeled (what both figures use).
        raters: the raters' names.
    """

    per_activity: pd.DataFrame
    per_rater: pd.DataFrame
    fleiss_kappa: float
    pair_agreement: float
    n_complete: int
    raters: tuple[str, ...]

    def summary(self) -> str:
        """The figures in one paragraph, for a report or a terminal."""
        disputed = int(self.per_activity["disputed"].sum())
        rows = len(self.per_activity)
        key = self.per_activity["accepted_share"].mean() if rows else float("nan")
        return (
            f"{len(self.raters)} raters labeled {rows} activities; {self.n_complete} were labeled by every rater. "
            f"Among the raters: Fleiss' kappa {self.fleiss_kappa:.2f}, {self.pair_agreement:.0%} of rater pairs agree. "
            f"Against the key: {key:.0%} of labels are answers the key accepts. "
            f"{disputed} activit{'y is' if disputed == 1 else 'ies are'} disputed (the raters' majority is not an "
            "answer the key accepts, or there is no majority)."
        )


def label_agreement(labels: pd.DataFrame, bank: pd.DataFrame) -> LabelAgreement:
    """Agreement of blind labels among raters and with the bank's key.

    Args:
        labels: as `otpt.read_label_forms` returns: columns ``rater``, ``id``, ``label``
            (OT, Both or PT). Ids the bank does not have are left out.
        bank: the activity bank the labels are of (its ``lead`` and ``also_accepted``).

    Returns:
        A `LabelAgreement`.

    Example:
        >>> bank = pd.DataFrame({"id": ["A1", "A2"], "activity": ["Dressing", "Stairs"], "lead": ["OT", "PT"],
        ...                      "also_accepted": ["", "Both"]})
        >>> labels = pd.DataFrame({"rater": ["r1", "r2", "r1", "r2"], "id": ["A1", "A1", "A2", "A2"],
        ...                        "label": ["OT", "OT", "PT", "Both"]})
        >>> result = label_agreement(labels, bank)
        >>> row = result.per_activity.loc["A2"]
        >>> row["majority"], float(row["accepted_share"]), bool(row["disputed"])
        ('', 1.0, True)
        >>> round(result.pair_agreement, 2)
        0.5
    """
    from statsmodels.stats.inter_rater import aggregate_raters, cohens_kappa, fleiss_kappa

    keyed = bank.assign(id=bank["id"].astype(str)).set_index("id")
    labels = labels[labels["id"].astype(str).isin(keyed.index)].assign(id=lambda f: f["id"].astype(str))
    raters = tuple(dict.fromkeys(labels["rater"]))
    wide = labels.pivot_table(index="id", columns="rater", values="label", aggfunc="first")
    counts = pd.DataFrame({lead: (wide == lead).sum(axis=1) for lead in LEADS}).astype(int)
    n = counts.sum(axis=1)
    top = counts.max(axis=1)
    single_top = counts.eq(top, axis=0).sum(axis=1) == 1
    majority = counts.idxmax(axis=1).where(single_top & (top > n / 2), "")
    key = keyed.loc[wide.index, "lead"].astype(str)
    also = keyed["also_accepted"] if "also_accepted" in keyed else pd.Series("", index=keyed.index)
    accepted = {
        i: {key[i], *accepted_answers(also.get(i) if pd.notna(also.get(i)) else "")} & set(LEADS)
        for i in wide.index
    }
    key_share = pd.Series({i: counts.at[i, key[i]] / n[i] for i in wide.index}, dtype=float)
    accepted_share = pd.Series(
        {i: sum(counts.at[i, a] for a in accepted[i]) / n[i] for i in wide.index}, dtype=float
    )
    per_activity = pd.DataFrame(
        {
            "activity": keyed.loc[wide.index, "activity"].astype(str) if "activity" in keyed else "",
            "key": key,
            "n": n,
            **{lead: counts[lead] for lead in LEADS},
            "majority": majority,
            "agreement": (top / n).round(2),
            "key_share": key_share.round(2),
            "accepted_share": accepted_share.round(2),
            "disputed": [m == "" or m not in accepted[i] for i, m in majority.items()],
        },
        index=pd.Index(wide.index, name="id"),
    )
    rows = []
    for rater in raters:
        given = wide[rater].dropna()
        keys = key[given.index]
        ok = [label in accepted[i] for i, label in given.items()]
        table = count_table(keys, given, LEADS, LEADS).to_numpy()
        try:
            kappa = float(cohens_kappa(table).kappa) if len(given) else float("nan")
        except (ValueError, ZeroDivisionError, FloatingPointError):
            kappa = float("nan")
        rows.append(
            (
                rater,
                len(given),
                float((given == keys).mean()) if len(given) else float("nan"),
                float(np.mean(ok)) if ok else float("nan"),
                kappa,
            )
        )
    per_rater = pd.DataFrame(rows, columns=["rater", "n", "key_share", "accepted_share", "cohen_kappa"])
    per_rater = per_rater.set_index("rater").round(2).astype({"n": int})
    complete = wide.dropna()
    if len(raters) >= 2 and len(complete):
        codes = complete.apply(lambda column: column.map(LEADS.index)).to_numpy()
        table, _ = aggregate_raters(codes, n_cat=len(LEADS))
        with np.errstate(divide="ignore", invalid="ignore"):
            kappa_all = float(fleiss_kappa(table, method="fleiss"))
        r = len(raters)
        pairs = float(((table * (table - 1)).sum(axis=1) / (r * (r - 1))).mean())
    else:
        kappa_all, pairs = float("nan"), float("nan")
    return LabelAgreement(per_activity, per_rater, kappa_all, pairs, len(complete), raters)
