"""No English in what a reader sees of a Spanish lesson (issue 37): every saved output of
notebooks/es/ - tables, prose, figure descriptions, the text drawn in SVG figures, saved
widgets - is read by tools/english_in_outputs.py, and English found there fails naming the
notebook and the cell. Lesson 8 showed its objectives table with English headings and
objectives; lesson 10 its interventions; lesson 3 the body regions; lesson 6 a legend's
"Both"."""

from __future__ import annotations

import base64
import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytest.importorskip("polib", reason="the catalogs are read with polib (pip install -e '.[dev]')")

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("english_in_outputs", ROOT / "tools" / "english_in_outputs.py")
tool = sys.modules[SPEC.name] = importlib.util.module_from_spec(SPEC)  # its dataclass needs it there
SPEC.loader.exec_module(tool)

CATALOG = tool.catalog_english("es")


@pytest.mark.parametrize("path", tool.spanish_lessons("es"), ids=lambda p: p.stem)
def test_a_spanish_lesson_shows_no_english(path):
    found = tool.findings(path, catalog=CATALOG)
    assert not found, (
        "English in a Spanish lesson's outputs (fix it at its owner: the interface catalog, "
        "data/es, the lesson's catalog; then make notebooks):\n" + "\n".join(map(str, found))
    )


def _svg(*texts: str) -> str:
    """A figure as matplotlib embeds it: each text in a comment beside its glyphs."""
    body = "".join(f'<g id="text_{n}"><!-- {t} --><use xlink:href="#g"/></g>' for n, t in enumerate(texts))
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">{body}</svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _notebook(tmp_path: Path, html: str, plain: str = "", widgets=None) -> Path:
    output = {"output_type": "display_data", "metadata": {}, "data": {"text/html": html}}
    if plain:
        output["data"]["text/plain"] = plain
    notebook = {
        "cells": [
            {
                "cell_type": "code",
                "id": "c0ffee01",
                "metadata": {},
                "source": "",
                "outputs": [output],
                "execution_count": 1,
            }
        ],
        "metadata": {"widgets": {"application/vnd.jupyter.widget-state+json": {"state": widgets or {}}}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = tmp_path / "lesson.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return path


def test_english_is_found_in_headings_text_figures_and_widgets(tmp_path):
    html = (
        "<table><tr><th>objective</th><th>antes</th></tr>"
        "<tr><td>O5: Put the person's own priorities at the center.</td><td>ADL training; manual therapy</td>"
        "<td>upper body</td><td>Ambas %</td><td>Both %</td></tr></table>"
        f'<figure><img alt="Puntajes de 30 estudiantes" src="{_svg("OT", "Both", "parte de la clase")}"></figure>'
    )
    widgets = {
        "m1": {"model_name": "ButtonModel", "state": {"description": "Check", "tooltip": "Usually led by OT"}}
    }
    found = tool.findings(_notebook(tmp_path, html, widgets=widgets), catalog=CATALOG)
    by_text = {(f.cell, f.english) for f in found}
    assert {("c0ffee01", "objective"), ("c0ffee01", "the"), ("c0ffee01", "person's")} <= by_text
    assert {("c0ffee01", "ADL training; manual therapy"), ("c0ffee01", "upper body")} <= by_text
    assert ("c0ffee01", "Both %") in by_text and ("c0ffee01", "Ambas %") not in by_text
    assert ("figure", "Both") in {(f.where, f.english) for f in found}  # drawn in the SVG
    assert {("widgets", "Check"), ("widgets", "Usually")} <= by_text
    assert not any("Puntajes" in f.text or f.english == "OT" for f in found)
    heading = next(f for f in found if f.english == "objective")
    assert str(heading) == "lesson.ipynb cell c0ffee01 (html text): 'objective' in 'objective'"


def test_what_a_spanish_page_keeps_in_english_is_not_a_finding(tmp_path):
    html = (
        '<p>Cara lo dijo así: <q lang="en">OT &amp; PT: Same Team, No Games</q> (traducción nuestra: '
        "«OT y PT: el mismo equipo, sin juegos»).</p>"
        "<p>Guarda <code>answers_of_the_class.csv</code> en demo_class/before; o elige Run &gt; Run All Cells "
        "y presiona Shift+Enter.</p><p>No es así: a la parte del cuerpo no le toca decidir. OT, PT o Ambas.</p>"
        "<table><tr><td>gentle-pelican-691</td><td>42%</td></tr></table>"
    )
    plain = "<pandas.io.formats.style.Styler at 0x7f4d806f32d0>"
    assert tool.findings(_notebook(tmp_path, html, plain), catalog=CATALOG) == []


def test_the_interface_catalog_gives_the_english_to_look_for():
    words, phrases = CATALOG
    assert {"objective", "learner", "before"} <= words  # a table's headings, found as whole cells
    assert "usually led by" in phrases and "Of OT and PT, who usually leads this" in phrases
    assert "OT" not in words and "PT" not in words  # the same in Spanish: never English
