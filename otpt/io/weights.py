"""The lead-weights table (data/lead_weights.csv): for each input a suggestion can use, how
strongly the frameworks give it to OT and to PT (0-3), the reason and its sources."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from ..errors import Problem, WeightsFileError
from ..language import gettext as _
from ..vocab import INTERVENTIONS, OCCUPATION_AREAS, SKILLS, SPECIALTIES, TARGETS
from .resources import bundled_path
from .table import column_letter, read_named_table
from .text import clean_cell

__all__ = ["KINDS", "WEIGHT_COLUMNS", "Weight", "load_weights"]

WEIGHT_COLUMNS = ("feature", "kind", "ot", "pt", "source", "reason")
KINDS = {
    "target": TARGETS,
    "intervention": INTERVENTIONS,
    "specialty": SPECIALTIES,
    "skill": SKILLS,
    "occupation_area": [a for a in OCCUPATION_AREAS if a != "none"],
}


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
        """The profession the weight leans to: "OT", "PT", or "OT and PT" when equal."""
        return "OT" if self.ot > self.pt else "PT" if self.pt > self.ot else "OT and PT"


def load_weights(path: str | Path | None = None) -> dict[str, Weight]:
    """The weights table, feature -> `Weight`.

    Args:
        path: a weights CSV or workbook; None reads the bundled data/lead_weights.csv
            (read once and kept: the same table serves every suggestion).

    Returns:
        A dict keyed by feature name, in file order.

    Raises:
        WeightsFileError: listing every line with an unknown kind or feature, a weight
            that is not a number from 0 to 3, or no source (line and column named).
    """
    if path is None:
        return dict(_bundled_weights())
    return _read_weights(path)


@functools.cache
def _bundled_weights() -> dict[str, Weight]:
    return _read_weights(bundled_path("lead_weights.csv"))


def _read_weights(path: Path) -> dict[str, Weight]:
    source, names, rows, problems = read_named_table(path, WeightsFileError, WEIGHT_COLUMNS, WEIGHT_COLUMNS)
    if problems:
        raise WeightsFileError(source, problems)
    where = {name: i for i, name in enumerate(names)}

    def label(name):
        return f"{column_letter(where[name])} ({name})"

    weights = {}
    for line, cells in rows:
        cell = {name: clean_cell(cells[i]) if i < len(cells) else "" for name, i in where.items()}
        key, kind = cell["feature"], cell["kind"]
        if kind not in KINDS:
            problems.append(
                Problem(
                    line,
                    label("kind"),
                    f"'{kind}'",
                    _("Allowed: {allowed}.").format(allowed=", ".join(KINDS)),
                )
            )
            continue
        if key not in KINDS[kind]:
            problems.append(
                Problem(
                    line,
                    label("feature"),
                    f"'{key}'",
                    _("Allowed for the kind '{kind}': the names in otpt.vocab.").format(kind=kind),
                )
            )
            continue
        scores = []
        for side in ("ot", "pt"):
            try:
                value = float(cell[side])
            except ValueError:
                value = -1.0
            if not 0 <= value <= 3:
                problems.append(
                    Problem(line, label(side), f"'{cell[side]}'", _("A weight is a number from 0 to 3."))
                )
            scores.append(value)
        sources = tuple(s.strip() for s in cell["source"].split(";") if s.strip())
        if not sources:
            problems.append(
                Problem(
                    line,
                    label("source"),
                    _("an empty cell"),
                    _("Every weight needs a source (a key in sources.csv)."),
                )
            )
        weights[key] = Weight(key, kind, scores[0], scores[1], cell["reason"], sources)
    if problems:
        raise WeightsFileError(source, problems)
    return weights
