"""Lessons sized for their audience (issue 32, item 7): each learner lesson holds at most
about 2,500 words of prose at a Flesch-Kincaid grade of 11 or less, and
docs/LESSON_SIZES.md reports today's figures."""

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("textstat")
ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("lesson_sizes", ROOT / "tools" / "lesson_sizes.py")
sizes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sizes)


@pytest.fixture(scope="module")
def rows():
    return sizes.measure(sizes.lessons())


def test_prose_counts_markdown_and_the_lessons_own_sentences(tmp_path):
    import json

    nb = {
        "cells": [
            {"cell_type": "markdown", "source": ["# Title\n", "Two words `code here` [link](http://x.org)."]},
            {
                "cell_type": "code",
                "source": ["otpt.prose('x')"],
                "outputs": [
                    {
                        "output_type": "execute_result",
                        "data": {
                            "text/html": "<div><p style='margin:0.4em 0'>Three more words.</p></div>",
                            "text/plain": "Three more words.",
                        },
                    }
                ],
            },
            {
                "cell_type": "code",
                "source": ["table"],
                "outputs": [
                    {
                        "output_type": "execute_result",
                        "data": {
                            "text/html": "<style>td {}</style><table><tr><td>not prose</td></tr></table>",
                            "text/plain": "not prose",
                        },
                    }
                ],
            },
        ]
    }
    path = tmp_path / "01_x.ipynb"
    path.write_text(json.dumps(nb))
    text = sizes.lesson_prose(path)
    assert "Two words" in text and "link" in text and "Three more words." in text
    assert "code here" not in text and "http" not in text and "not prose" not in text


def test_learner_lessons_are_within_their_limits(rows):
    learner = [r for r in rows if r["learner"]]
    assert len(learner) == len(sizes.LEARNER_LESSONS)
    over = [r for r in learner if r["words"] > sizes.MAX_WORDS or r["grade"] > sizes.MAX_GRADE]
    assert not over, f"over {sizes.MAX_WORDS} words or grade {sizes.MAX_GRADE}: {over}"


def test_the_page_reports_todays_figures(rows):
    assert sizes.PAGE.read_text(encoding="utf-8") == sizes.page(rows), "run: python tools/lesson_sizes.py"
