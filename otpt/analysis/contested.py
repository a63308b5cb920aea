"""Contested keys: the activities a student is most likely to challenge, and what the bank
and the blind raters say about each - the facilitator guide's notes (docs/FACILITATOR_GUIDE.md).

An activity is contested when the bank says practice varies (``practice_varies``: another
answer holds, and when), or when raters who labeled the bank blind did not all give the
key's lead (`otpt.label_agreement`). The notes are the bank's own words; nothing here
decides a key.
"""

from __future__ import annotations

import pandas as pd

from ..vocab import LEADS
from .agreement import LabelAgreement

__all__ = ["CONTESTED_GROUPS", "contested_keys"]

#: Why an activity is contested, most contested first.
CONTESTED_GROUPS = (
    "raters split",  # the blind raters did not all give one answer
    "raters chose another accepted answer",  # they agreed, on an answer the bank accepts besides its lead
    "practice varies",  # the raters agreed with the key; the bank still names when another answer holds
)


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def contested_keys(bank: pd.DataFrame, agreement: LabelAgreement | None = None) -> pd.DataFrame:
    """The bank's contested activities, one row each, most contested first.

    Args:
        bank: an activity bank as `otpt.load_activities` returns it (``id``, ``activity``,
            ``setting``, ``lead``; ``also_accepted``, ``practice_varies`` and ``quiz`` where
            it has them).
        agreement: blind labels of the same bank (`otpt.label_agreement`), or None.

    Returns:
        A DataFrame indexed by ``id`` with ``activity``, ``setting``, ``key`` (the lead),
        ``also_accepted`` (the other answers the bank accepts, "; "-joined, "" for none),
        ``practice_varies`` (when they hold), ``quiz`` (False for rows kept out of the quiz),
        ``labels`` (how many blind labels), ``OT``, ``Both``, ``PT`` (the raters' counts; 0
        without labels) and ``group`` (one of `CONTESTED_GROUPS`). Sorted by group, then by
        how far the raters split, then by id.

    Example:
        >>> bank = pd.DataFrame({"id": ["A1", "A2", "A3"], "activity": ["Dressing", "Stairs", "Seating"],
        ...     "setting": ["outpatient"] * 3, "lead": ["OT", "PT", "Both"],
        ...     "also_accepted": ["", "Both", ""], "practice_varies": ["", "Both when ...", ""]})
        >>> contested_keys(bank)[["key", "also_accepted", "group"]].to_dict("index")
        {'A2': {'key': 'PT', 'also_accepted': 'Both', 'group': 'practice varies'}}
    """
    frame = bank.assign(id=bank["id"].astype(str)).set_index("id").sort_index(kind="stable")
    varies = frame.get("practice_varies", pd.Series("", index=frame.index)).map(_text)
    also = frame.get("also_accepted", pd.Series("", index=frame.index)).map(
        lambda v: "; ".join(part.strip() for part in _text(v).split(";") if part.strip())
    )
    quiz = frame["quiz"].astype(bool) if "quiz" in frame else pd.Series(True, index=frame.index)
    counts = pd.DataFrame(0, index=frame.index, columns=list(LEADS))
    if agreement is not None:
        rated = agreement.per_activity.reindex(frame.index)
        counts = rated[list(LEADS)].fillna(0).astype(int)
    labels = counts.sum(axis=1)
    key = frame["lead"].astype(str)
    key_votes = pd.Series([counts.at[i, k] if k in counts else 0 for i, k in key.items()], index=frame.index)
    split = (labels > 0) & (counts.max(axis=1) < labels)
    other = (labels > 0) & ~split & (key_votes < labels)
    group = pd.Series("", index=frame.index)
    group[varies != ""] = CONTESTED_GROUPS[2]
    group[other] = CONTESTED_GROUPS[1]
    group[split] = CONTESTED_GROUPS[0]
    out = pd.DataFrame(
        {
            "activity": frame["activity"].astype(str),
            "setting": frame["setting"].astype(str) if "setting" in frame else "",
            "key": key,
            "also_accepted": also,
            "practice_varies": varies,
            "quiz": quiz,
            "labels": labels.astype(int),
            **{lead: counts[lead].astype(int) for lead in LEADS},
            "group": group,
        }
    )
    out = out[out["group"] != ""]
    order = out["group"].map(CONTESTED_GROUPS.index)
    spread = (out["labels"] - out[list(LEADS)].max(axis=1)) / out["labels"].where(out["labels"] > 0, 1)
    out = out.assign(_order=order, _spread=-spread).sort_values(["_order", "_spread"], kind="stable")
    return out.drop(columns=["_order", "_spread"]).rename_axis("id")
