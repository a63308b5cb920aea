"""Issue 20: a lesson's saved page holds what a learner reads - text, tables, figures and
widgets - never program output: no printed (monospace) text, no bare Python value shown as
its repr, no traceback; and its tables are read by people: headings in words, no internal
ids, no True/False, nothing cut short with "...". (tests/browser checks the rendered pages.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# Reads the saved lessons: nbformat comes with the test tools, not the package's minimums.
nbformat = pytest.importorskip("nbformat")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
LESSONS = sorted(
    p
    for folder in (NOTEBOOKS, *(NOTEBOOKS / lang for lang in ("es",)))  # and the translated lessons
    for p in [*folder.glob("[0-9][0-9]_*.ipynb"), folder / "booth" / "booth.ipynb"]
    if p.is_file()
)
SHOWN = (
    "text/html",
    "text/markdown",
    "image/png",
    "image/svg+xml",
    "application/vnd.jupyter.widget-view+json",
)


def program_output(path: Path) -> list[str]:
    """(cell number: what) for every output a learner would read as program output."""
    found = []
    for number, cell in enumerate(nbformat.read(path, as_version=4).cells):
        for output in cell.get("outputs", []):
            if output.output_type == "stream":
                found.append(f"cell {number}: printed {output.text[:60]!r}")
            elif output.output_type == "error":
                found.append(f"cell {number}: error {output.ename}")
            elif not any(kind in output.get("data", {}) for kind in SHOWN):
                found.append(f"cell {number}: a bare value {output['data'].get('text/plain', '')[:60]!r}")
    return found


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lesson_shows_no_program_output(path):
    assert program_output(path) == []


def test_printed_text_is_found(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('x')")])
    nb.cells[0].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="x\n"),
        nbformat.v4.new_output("execute_result", data={"text/plain": "['a.json']"}),
    ]
    nbformat.write(nb, tmp_path / "l.ipynb")
    assert program_output(tmp_path / "l.ipynb") == [
        "cell 0: printed 'x\\n'",
        "cell 0: a bare value \"['a.json']\"",
    ]


def table_faults(path: Path) -> list[str]:
    """(cell number: what) for each heading or cell of a table a learner should not meet."""
    found = []
    for number, cell in enumerate(nbformat.read(path, as_version=4).cells):
        for output in cell.get("outputs", []):
            html = output.get("data", {}).get("text/html", "")
            for tag, text in re.findall(r"<(t[dh])\b[^>]*>([^<]*)</t[dh]>", html):
                text = text.strip()
                if tag == "th" and "_" in text:
                    found.append(f"cell {number}: the field name {text!r} as a heading")
                if text in ("True", "False") or re.fullmatch(r"A\d{3}", text) or text.endswith("..."):
                    found.append(f"cell {number}: {text!r}")
    return found


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_lessons_tables_read_as_words(path):
    assert table_faults(path) == []


def test_table_faults_are_found(tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"shared_as": ["x" * 80], "ok": [True]}, index=pd.Index(["A011"], name="id"))
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("frame")])
    nb.cells[0].outputs = [nbformat.v4.new_output("execute_result", data={"text/html": frame.to_html()})]
    nbformat.write(nb, tmp_path / "l.ipynb")
    assert table_faults(tmp_path / "l.ipynb") == [
        "cell 0: the field name 'shared_as' as a heading",
        "cell 0: 'A011'",
        "cell 0: 'True'",
    ]
