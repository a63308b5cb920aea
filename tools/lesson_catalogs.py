"""The lessons in other languages: a gettext catalog per lesson, keyed by cell id, and the
translated notebooks generated from the English ones.

    python tools/lesson_catalogs.py update [--lang es]   English cells -> catalogs
    python tools/lesson_catalogs.py build [--lang es]    catalogs -> notebooks/es/*.ipynb
    python tools/lesson_catalogs.py check [--lang es]    what is not current; exit 1 if any
    make notebooks                                       build, then execute every lesson

Each catalog (notebooks/<lang>/catalogs/<lesson>.po, read and written with polib) holds one
message per cell of the English lesson: ``msgctxt`` is the cell id, ``msgid`` the English
cell, ``msgstr`` its translation. A code cell is translated whole (its comments and the
words it shows; the code itself unchanged); a code cell with nothing to translate is
translated as itself. When an English cell changes, ``update`` keeps the old translation,
marks it fuzzy and records the English it translated (``#| msgid``, polib's
``previous_msgid``), so a translator sees
what changed; ``build`` uses the English cell until the translation is reviewed (the
fuzzy flag removed). The generated lesson keeps every cell id, type and code cell of the
English, and its setup cell chooses the language (``otpt.set_language("es")``) right after
``import otpt``.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import nbformat
import polib

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
#: The lessons translated so far, in the order they were (and should be) taken on.
LESSONS = (
    "booth/booth.ipynb",
    "01_what_are_ot_and_pt.ipynb",
    "02_classify_activities.ipynb",
    "03_where_goals_overlap.ipynb",
    "04_who_leads_where.ipynb",
    "09_what_learners_ask_next.ipynb",
    "07_live_poll.ipynb",
    "06_class_results.ipynb",
    "08_after_the_lecture.ipynb",
    "05_working_together.ipynb",
    "10_instructor_appendix_suggestions.ipynb",
)
LANGUAGES = ("es",)
SETUP_IMPORT = "import otpt"
_HEADER = """\
The otpt lessons in {lang}: one message per cell of the English lesson (msgctxt: the
cell id). Written by tools/lesson_catalogs.py update; translations follow
docs/GLOSSARY_ES.md. Lesson text CC BY 4.0 (LICENSE-CONTENT); quotations stay their
authors'."""


def catalog_path(lesson: str, lang: str) -> Path:
    return NOTEBOOKS / lang / "catalogs" / f"{Path(lesson).stem}.po"


def output_path(lesson: str, lang: str) -> Path:
    return NOTEBOOKS / lang / lesson


def english(lesson: str):
    return nbformat.read(NOTEBOOKS / lesson, as_version=4)


def _new_catalog(lang: str) -> polib.POFile:
    catalog = polib.POFile(wrapwidth=0)
    catalog.header = _HEADER.format(lang=lang)
    catalog.metadata = {
        "Project-Id-Version": "otpt lessons",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return catalog


def read_catalog(lesson: str, lang: str) -> polib.POFile:
    path = catalog_path(lesson, lang)
    return polib.pofile(str(path), wrapwidth=0) if path.is_file() else _new_catalog(lang)


def write_catalog(catalog: polib.POFile, lesson: str, lang: str) -> None:
    path = catalog_path(lesson, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.wrapwidth = 0
    catalog.save(str(path))


def is_fuzzy(entry: polib.POEntry) -> bool:
    return "fuzzy" in entry.flags


def by_cell(catalog: polib.POFile) -> dict[str, polib.POEntry]:
    """Cell id -> its entry (the id is the message context)."""
    return {e.msgctxt: e for e in catalog if e.msgctxt and not e.obsolete}


def update(lesson: str, lang: str) -> polib.POFile:
    """The lesson's catalog brought up to its English cells: new cells get an empty
    translation, changed cells keep theirs marked fuzzy with the English they translated
    (``previous_msgid``), cells no longer in the lesson are dropped. Written to
    `catalog_path`."""
    old = by_cell(read_catalog(lesson, lang))
    catalog = _new_catalog(lang)
    for cell in english(lesson).cells:
        was = old.get(cell.id)
        entry = polib.POEntry(msgctxt=cell.id, msgid=cell.source, msgstr="", comment=f"{cell.cell_type} cell")
        if was is not None:
            entry.msgstr, entry.flags = was.msgstr, list(was.flags)
            if was.msgid != cell.source:
                entry.flags = sorted({*entry.flags, "fuzzy"})
                entry.previous_msgid = was.previous_msgid or was.msgid
            elif is_fuzzy(was):
                entry.previous_msgid = was.previous_msgid
        catalog.append(entry)
    write_catalog(catalog, lesson, lang)
    return catalog


def build(lesson: str, lang: str):
    """The translated lesson: every reviewed translation in place of its English cell,
    outputs cleared (``make notebooks`` executes it), the language set in the setup cell."""
    nb = copy.deepcopy(english(lesson))
    messages = by_cell(read_catalog(lesson, lang))
    for cell in nb.cells:
        message = messages.get(cell.id)
        if message is not None and message.msgstr and message.msgid == cell.source and not is_fuzzy(message):
            cell.source = message.msgstr
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    setup = next(
        (c for c in nb.cells if c.cell_type == "code" and SETUP_IMPORT in c.source.splitlines()), None
    )
    if setup is None:
        raise ValueError(f"{lesson}: no setup cell with '{SETUP_IMPORT}' to set the language in")
    lines = setup.source.splitlines()
    at = lines.index(SETUP_IMPORT) + 1
    setup.source = "\n".join([*lines[:at], "", f'otpt.set_language("{lang}")', *lines[at:]])
    nb.metadata.pop("widgets", None)
    return nb


def problems(lesson: str, lang: str) -> list[str]:
    """Everything not current for one lesson: cells without a reviewed translation, a
    catalog behind its English lesson, a generated notebook behind its catalog."""
    where = f"{catalog_path(lesson, lang).relative_to(ROOT)}"
    messages = by_cell(read_catalog(lesson, lang))
    found = []
    for cell in english(lesson).cells:
        message = messages.get(cell.id)
        if message is None:
            found.append(f"{where}: cell {cell.id} is not in the catalog (run: update)")
        elif message.msgid != cell.source:
            found.append(f"{where}: cell {cell.id} changed in English since the catalog (run: update)")
        elif is_fuzzy(message):
            found.append(f"{where}: cell {cell.id} needs review (fuzzy: the English changed)")
        elif not message.msgstr:
            found.append(f"{where}: cell {cell.id} has no translation")
    path = output_path(lesson, lang)
    if not path.is_file():
        return [*found, f"{path.relative_to(ROOT)}: not generated (run: build, then make notebooks)"]
    if not same_cells(nbformat.read(path, as_version=4), build(lesson, lang)):
        found.append(f"{path.relative_to(ROOT)}: behind its catalog (run: build, then make notebooks)")
    return found


def same_cells(a, b) -> bool:
    """Whether two notebooks have the same cells (ids, types, sources), outputs aside."""
    return [(c.id, c.cell_type, c.source) for c in a.cells] == [
        (c.id, c.cell_type, c.source) for c in b.cells
    ]


def catalog_pairs(lang: str = "es"):
    """(where, English cell, translated cell) for every translated cell of every lesson."""
    for lesson in LESSONS:
        for cell_id, entry in by_cell(read_catalog(lesson, lang)).items():
            yield f"{catalog_path(lesson, lang).relative_to(ROOT)} {cell_id}", entry.msgid, entry.msgstr


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["update", "build", "check"])
    parser.add_argument("--lang", default="es", choices=LANGUAGES)
    parser.add_argument("lessons", nargs="*", help="lessons as in LESSONS (default: all of them)")
    args = parser.parse_args(argv)
    lessons = args.lessons or LESSONS
    if args.command == "check":
        found = [p for lesson in lessons for p in problems(lesson, args.lang)]
        print("\n".join(found) or f"Every lesson's {args.lang} translation is current.")
        return 1 if found else 0
    for lesson in lessons:
        if args.command == "update":
            catalog = update(lesson, args.lang)
            todo = sum(1 for e in catalog if is_fuzzy(e) or not e.msgstr)
            print(
                f"{catalog_path(lesson, args.lang).relative_to(ROOT)}: {todo} cell(s) to translate or review"
            )
        else:
            path, nb = output_path(lesson, args.lang), build(lesson, args.lang)
            if path.is_file() and same_cells(nbformat.read(path, as_version=4), nb):
                continue  # unchanged: keep its saved outputs
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, path)
            print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
