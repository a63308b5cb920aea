"""Where OT and PT goals overlap: the numbers behind the overlap pictures.

Pure functions on a bank: which region each activity falls in, how often each skill
appears under each lead, where each activity sits on an OT <-> PT spectrum, and how well
the "upper body = OT, lower body = PT" rule of thumb does.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .grading import count_table
from .placement import load_weights
from .vocab import LEADS, SKILLS

#: The three regions of the overlap diagram, keyed by lead.
REGIONS = {"OT": "OT only", "Both": "Both", "PT": "PT only"}

#: The skills the body-part rule of thumb reads as "upper body" and "lower body".
UPPER_BODY = ("fine_motor",)
LOWER_BODY = ("gait", "balance")


def filter_bank(data: pd.DataFrame, *, setting=None, population=None, skill=None) -> pd.DataFrame:
    """Activities matching every filter given (None means any)."""
    keep = pd.Series(True, index=data.index)
    if setting is not None:
        keep &= data["setting"] == setting
    if population is not None:
        keep &= data["population"] == population
    if skill is not None:
        keep &= data["skills"].map(lambda skills: skill in skills)
    return data[keep]


def region_members(data: pd.DataFrame, lead: str) -> pd.DataFrame:
    """The activities of one region (lead OT, Both or PT)."""
    return data[data["lead"] == lead]


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


def body_part_rule(data: pd.DataFrame) -> pd.DataFrame:
    """Test "upper body = OT, lower body = PT" on the activities it can speak about.

    An activity is "upper body" when it calls on fine motor (hand) skills and no walking
    or balance, "lower body" when it calls on walking or balance and no fine motor.
    Returns those activities with the rule's guess and the key.
    """
    upper = data["skills"].map(
        lambda s: any(k in UPPER_BODY for k in s) and not any(k in LOWER_BODY for k in s)
    )
    lower = data["skills"].map(
        lambda s: any(k in LOWER_BODY for k in s) and not any(k in UPPER_BODY for k in s)
    )
    judged = data[upper | lower].copy()
    judged["rule_says"] = np.where(upper[upper | lower], "OT", "PT")
    judged["correct"] = judged["rule_says"] == judged["lead"].astype(str)
    return judged[["id", "activity", "lead", "rule_says", "correct"]]
