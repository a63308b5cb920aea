"""Where the files shipped with otpt live: the bundled activity bank, cases, weights."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["bundled_path"]


def bundled_path(name: str = "activities.csv") -> Path:
    """Path of a data file shipped with otpt (``activities.csv``, ``sources.csv``).

    Installed packages carry the files inside ``otpt/data``; a source checkout keeps them
    in the repository's ``data/`` folder.
    """
    packaged = resources.files("otpt").joinpath("data", name)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / name
