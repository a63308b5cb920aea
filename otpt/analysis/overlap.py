"""Where OT and PT goals overlap: the numbers behind the overlap pictures.

Pure functions on a bank: which region each activity falls in, how often each skill
appears under each lead, where each activity sits on an OT <-> PT spectrum, and each
activity's body region (the "upper body = OT, lower body = PT" rule of thumb itself is
tested in `otpt.analysis.shortcuts`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..io.bank import find_categories
from ..io.weights import load_weights
from ..language import N_, Messages
from ..vocab import LEADS, SHARED_AS, SKILLS
from .grading import count_table

__all__ = [
    "LOWER_BODY",
    "REGIONS",
    "UPPER_BODY",
    "body_region",
    "filter_bank",
    "region_members",
    "shared_as_counts",
    "skill_emphasis",
    "spectrum_position",
]

#: The three regions of the overlap diagram, keyed by lead. "OT leads", not "OT only":
#: the other profession often has a part in an activity one profession leads.
REGIONS = Messages({"OT": N_("OT leads"), "Both": N_("Both"), "PT": N_("PT leads")})

#: For a bank without a ``body_region`` column: the skills read as "upper body" and
#: "lower body" instead.
UPPER_BODY = ("fine_motor",)
LOWER_BODY = ("gait", "balance")


def filter_bank(data: pd.DataFrame, *, setting=None, population=None, skill=None) -> pd.DataFrame:
    """Activities matching every filter given (None means any). Setting and population
    names match in any capitalization; a name the bank does not have matches nothing."""
    keep = pd.Series(True, index=data.index)
    for column, wanted in (("setting", setting), ("population", population)):
        if wanted is not None:
            keep &= data[column].isin(find_categories(data, column, [wanted])[0])
    if skill is not None:
        keep &= data["skills"].map(lambda skills: skill in skills)
    return data[keep]


def region_members(data: pd.DataFrame, lead: str) -> pd.DataFrame:
    """The activities of one region (lead OT, Both or PT)."""
    return data[data["lead"] == lead]


def shared_as_counts(data: pd.DataFrame) -> dict[str, int]:
    """How many of the Both activities are shared in each way (`otpt.vocab.SHARED_AS`);
    kinds with no activity, and Both rows that do not say, are left out.

    Example:
        >>> from otpt import coerce_activities
        >>> bank = coerce_activities(pd.DataFrame({"activity": ["Wheelchair seating", "Falls plan", "Walking"],
        ...                                        "lead": ["Both", "Both", "PT"],
        ...                                        "shared_as": ["either specialist", "separate services", ""]}))
        >>> shared_as_counts(bank)
        {'either specialist': 1, 'separate services': 1}
    """
    both = data.loc[data["lead"] == "Both"]
    both = both["shared_as"] if "shared_as" in both else pd.Series(None, index=both.index, dtype=object)
    counts = {kind: int((both == kind).sum()) for kind in SHARED_AS}
    return {kind: n for kind, n in counts.items() if n}


def skill_emphasis(data: pd.DataFrame) -> pd.DataFrame:
    """Percent of each lead's activities that call on each skill.

    Rows: skills, ordered from most OT-leaning (OT% - PT% largest) to most PT-leaning.
    Columns: OT, Both, PT (percent, 0-100); a lead with no activities gives 0.
    """
    pairs = data[["skills", "lead"]].explode("skills")
    counts = count_table(pairs["skills"], pairs["lead"], list(SKILLS), LEADS, names=("skill", "lead"))
    totals = count_table(data["lead"], data["lead"], LEADS, LEADS).to_numpy().diagonal()
    percent = counts.div(np.where(totals > 0, totals, 1)).mul(100).round(0).astype(int)
    order = (percent["OT"] - percent["PT"]).sort_values(ascending=False, kind="stable").index
    return percent.loc[order]


def spectrum_position(data: pd.DataFrame) -> pd.Series:
    """Each activity's place on an OT (-1) <-> PT (+1) axis.

    The lead sets the band (OT -0.55, Both 0, PT +0.55); a profession with no part in the
    activity ("-" in its focus column) pushes it 0.15 further out; and the balance of its
    OT-leaning against PT-leaning skills moves it up to 0.3 within the band. Which way a
    skill leans comes from the weights table (data/lead_weights.csv), as for `suggest_lead`.
    """
    skills = [w for w in load_weights().values() if w.kind == "skill"]
    ot_leaning = {w.feature for w in skills if w.ot > w.pt}
    pt_leaning = {w.feature for w in skills if w.pt > w.ot}
    base = data["lead"].map({"OT": -0.55, "Both": 0.0, "PT": 0.55}).astype(float)
    no_pt = data["pt_focus"].isin(["-", ""]) & (data["lead"] == "OT")
    no_ot = data["ot_focus"].isin(["-", ""]) & (data["lead"] == "PT")
    ot = data["skills"].map(lambda s: sum(k in ot_leaning for k in s))
    pt = data["skills"].map(lambda s: sum(k in pt_leaning for k in s))
    lean = ((pt - ot) / (pt + ot).where(pt + ot > 0, 1)).astype(float) * 0.3
    position = base - 0.15 * no_pt.astype(float) + 0.15 * no_ot.astype(float) + lean
    return position.clip(-1, 1).rename("position")


def body_region(data: pd.DataFrame) -> pd.Series:
    """Each activity's body region: the bank's ``body_region`` where it gives one, otherwise
    read from the skills ("upper body": hand skills and no walking or balance; "lower body":
    walking or balance and no hand skills; else None)."""

    def from_skills(skills):
        upper = any(k in UPPER_BODY for k in skills)
        lower = any(k in LOWER_BODY for k in skills)
        return "upper body" if upper and not lower else "lower body" if lower and not upper else None

    guessed = data["skills"].map(from_skills)
    if "body_region" not in data:
        return guessed.rename("body_region")
    return (
        data["body_region"].astype(object).where(data["body_region"].notna(), guessed).rename("body_region")
    )
