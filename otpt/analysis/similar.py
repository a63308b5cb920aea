"""Activities like this one: the bank rows that share its interventions, skills or
specialist credential (for a learner placing an activity of their own)."""

from __future__ import annotations

import pandas as pd

from ..io.bank_cells import read_interventions
from .lead_inputs import as_list, normalize

__all__ = ["similar_activities"]


def similar_activities(
    bank: pd.DataFrame,
    skills=(),
    occupation_area: str | None = None,
    *,
    top: int = 3,
    target: str | None = None,
    interventions=(),
    specialty: str | None = None,
):
    """The ``top`` bank activities most like this one, best first.

    Alike means sharing an intervention (Jaccard, full weight), skills (Jaccard, half
    weight) or the specialist credential (full weight); the same target and the same
    occupation area add a quarter each but never make an activity alike on their own.
    Inputs are read as `suggest_lead` reads them (aliases, any capitalization).

    Returns:
        The rows' ``id``, ``activity``, ``lead`` and ``rationale`` - no rows when nothing
        in the bank is alike (or nothing was given).
    """
    wanted_skills = {normalize("skill", n) for n in as_list(skills)}
    wanted = {n for i in as_list(interventions) for n in read_interventions(i) or [i]}
    wanted_specialty = {normalize("specialty", n) for n in as_list(specialty)[:1]}
    area = (as_list(occupation_area) or [None])[0]
    area = area and normalize("occupation_area", area)
    goal = (as_list(target) or [None])[0]
    goal = goal and normalize("target", goal)

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
