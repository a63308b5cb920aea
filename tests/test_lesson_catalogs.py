"""tools/lesson_catalogs.py: the translated lessons come from the English ones and a
catalog per lesson keyed by cell id; an edited English cell marks its translation fuzzy;
the generated lessons are current with their catalogs (issue 37, item 3)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

# A tool for whoever edits the lessons: not installed with the package's minimum versions.
nbformat = pytest.importorskip("nbformat")
pytest.importorskip("polib")

ROOT = Path(__file__).resolve().parents[1]
_SPEC = importlib.util.spec_from_file_location("lesson_catalogs", ROOT / "tools" / "lesson_catalogs.py")
lesson_catalogs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(lesson_catalogs)
LESSON = "01_what_are_ot_and_pt.ipynb"


@pytest.mark.parametrize("lesson", lesson_catalogs.LESSONS)
def test_every_translated_lesson_is_current_with_its_catalog_and_its_english(lesson):
    found = lesson_catalogs.problems(lesson, "es")
    assert not found, "\n".join(found) + "\nRun: python tools/lesson_catalogs.py check"


@pytest.mark.parametrize("lesson", lesson_catalogs.LESSONS)
def test_a_translated_lesson_keeps_the_cells_and_sets_the_language_once(lesson):
    english = nbformat.read(ROOT / "notebooks" / lesson, as_version=4)
    spanish = nbformat.read(ROOT / "notebooks" / "es" / lesson, as_version=4)
    assert [(c.id, c.cell_type) for c in spanish.cells] == [(c.id, c.cell_type) for c in english.cells]
    code = "\n".join(c.source for c in spanish.cells if c.cell_type == "code")
    assert code.count('otpt.set_language("es")') == 1
    prose = [c for c in spanish.cells if c.cell_type == "markdown"]
    assert all(
        c.source != e.source for c, e in zip(prose, (e for e in english.cells if e.cell_type == "markdown"))
    )


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """A copy of one English lesson and its Spanish catalog, for the tool to change."""
    (tmp_path / "notebooks" / "es" / "catalogs").mkdir(parents=True)
    shutil.copy(ROOT / "notebooks" / LESSON, tmp_path / "notebooks" / LESSON)
    catalog = lesson_catalogs.catalog_path(LESSON, "es")
    shutil.copy(catalog, tmp_path / "notebooks" / "es" / "catalogs" / catalog.name)
    monkeypatch.setattr(lesson_catalogs, "ROOT", tmp_path)
    monkeypatch.setattr(lesson_catalogs, "NOTEBOOKS", tmp_path / "notebooks")
    return tmp_path / "notebooks"


def _edit_english(notebooks: Path, cell_id: str, text: str) -> None:
    nb = nbformat.read(notebooks / LESSON, as_version=4)
    cell = next(c for c in nb.cells if c.id == cell_id)
    cell.source = cell.source.replace("two rehabilitation professions", text)
    nbformat.write(nb, notebooks / LESSON)


def test_an_edited_english_cell_marks_its_translation_fuzzy_and_build_keeps_the_english(sandbox):
    before = lesson_catalogs.by_cell(lesson_catalogs.read_catalog(LESSON, "es"))["de44faf4"]
    _edit_english(sandbox, "de44faf4", "two health professions")
    assert "de44faf4 changed in English" in " ".join(lesson_catalogs.problems(LESSON, "es"))

    lesson_catalogs.update(LESSON, "es")
    after = lesson_catalogs.by_cell(lesson_catalogs.read_catalog(LESSON, "es"))["de44faf4"]
    assert "fuzzy" in after.flags and after.msgstr == before.msgstr  # kept for the translator to review
    assert "two rehabilitation professions" in after.previous_msgid
    assert "de44faf4 needs review" in " ".join(lesson_catalogs.problems(LESSON, "es"))
    # until reviewed, the generated lesson shows the current English, never a stale translation
    built = next(c for c in lesson_catalogs.build(LESSON, "es").cells if c.id == "de44faf4")
    assert "two health professions" in built.source
    # the other cells are untouched
    others = [e for e in lesson_catalogs.read_catalog(LESSON, "es") if e.msgctxt != "de44faf4"]
    assert others and not any("fuzzy" in e.flags for e in others)


def test_a_new_english_cell_arrives_untranslated_and_a_removed_one_leaves(sandbox):
    nb = nbformat.read(sandbox / LESSON, as_version=4)
    removed = nb.cells.pop(-1).id
    nb.cells.append(nbformat.v4.new_markdown_cell("## A new section", id="new-section"))
    nbformat.write(nb, sandbox / LESSON)
    messages = lesson_catalogs.by_cell(lesson_catalogs.update(LESSON, "es"))
    assert messages["new-section"].msgstr == "" and removed not in messages
    assert "cell new-section has no translation" in " ".join(lesson_catalogs.problems(LESSON, "es"))


def test_update_of_a_current_catalog_changes_nothing(sandbox):
    path = sandbox / "es" / "catalogs" / f"{Path(LESSON).stem}.po"
    before = path.read_bytes()
    lesson_catalogs.update(LESSON, "es")
    assert path.read_bytes() == before


def test_the_setup_cell_chooses_the_language_right_after_import_otpt(sandbox):
    setup = next(c for c in lesson_catalogs.build(LESSON, "es").cells if "import otpt" in c.source)
    lines = setup.source.splitlines()
    assert lines[lines.index("import otpt") + 2] == 'otpt.set_language("es")'
