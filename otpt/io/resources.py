"""Where the files shipped with otpt live: the bundled activity bank, cases, weights, and
the lessons with the booth notebook."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["bundled_path", "lessons_path"]


def bundled_path(name: str = "activities.csv") -> Path:
    """Path of a data file shipped with otpt (``activities.csv``, ``sources.csv``).

    Installed packages carry the files inside ``otpt/data``; a source checkout keeps them
    in the repository's ``data/`` folder.
    """
    packaged = resources.files("otpt").joinpath("data", name)
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / name


def lessons_path() -> Path:
    """The folder of the lessons (``01_what_are_ot_and_pt.ipynb`` ...) and ``booth/booth.ipynb``.

    Installed packages carry them in ``otpt/lessons``; a source checkout (an editable install)
    keeps them in the repository's ``notebooks/`` folder.

    >>> sorted(p.name for p in lessons_path().glob("0[12]_*.ipynb"))
    ['01_what_are_ot_and_pt.ipynb', '02_classify_activities.ipynb']
    """
    packaged = resources.files("otpt").joinpath("lessons")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "notebooks"
