"""Every LMS file of a set of items at once: `export_items` (what ``python -m otpt export
items`` runs)."""

from __future__ import annotations

from pathlib import Path

from ..language import in_language
from .canvas import write_canvas_qti
from .gift import write_gift
from .items import Item
from .moodle import write_moodle_xml
from .qti21 import write_qti21

__all__ = ["FORMATS", "export_items"]

#: Format -> (file name suffix, what it is for).
FORMATS = {
    "canvas": ("-canvas-qti12.zip", "Canvas: Settings > Import Course Content > QTI .zip file"),
    "blackboard": ("-qti21.zip", "Blackboard Learn (and other QTI 2.1 tools): import a QTI 2.1 package"),
    "moodle": ("-moodle.xml", "Moodle: Question bank > Import > Moodle XML format"),
    "gift": ("-gift.txt", "Moodle: Question bank > Import > GIFT format"),
}


def export_items(
    items: list[Item],
    folder: str | Path,
    *,
    formats=tuple(FORMATS),
    name: str = "otpt-items",
    title: str = "otpt items",
    lang: str | None = None,
) -> dict[str, Path]:
    """Write ``items`` in each of ``formats`` into ``folder`` (created if missing) as
    ``name`` plus the format's suffix (`FORMATS`). The words otpt adds around the items'
    own text (a title's plans, "not scored", "Model answer:") are in ``lang`` ("en", "es";
    None: the language in force): give the language the items were read in, e.g.
    ``export_items(assessment_items(lang="es"), "lms", lang="es")``.

    Returns:
        format -> the file written.

    Raises:
        ValueError: for an unknown format, or no items.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown format {', '.join(map(repr, unknown))}; allowed: {', '.join(FORMATS)}")
    if not items:
        raise ValueError("there are no items to export")
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    writers = {
        "canvas": lambda path: write_canvas_qti(items, path, title=title),
        "blackboard": lambda path: write_qti21(items, path),
        "moodle": lambda path: write_moodle_xml(items, path, category=title),
        "gift": lambda path: write_gift(items, path, category=title),
    }
    with in_language(lang):
        return {f: writers[f](folder / f"{name}{FORMATS[f][0]}") for f in formats}
