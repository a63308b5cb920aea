"""tools/build_slides.py without a browser: the decks load nothing from outside their folder
(no script, style sheet, font or image from the network), ship reveal.js's license, and draw
the poll as slides in place of its widget (tests/browser/test_slides.py opens them)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from otpt.io.cases import load_cases

# the slides are built with nbconvert (the lab extra); the minimum-versions run has none of it
pytest.importorskip("nbconvert")

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_slides", ROOT / "tools" / "build_slides.py")
build_slides = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_slides)


def test_decks_load_nothing_from_outside(tmp_path):
    decks = build_slides.build_slides(tmp_path)
    assert [d.name for d in decks] == [
        "poll.slides.html",
        "cases.slides.html",
        "05_working_together.slides.html",
    ]
    assert (
        (tmp_path / "reveal.js" / "LICENSE").read_text().startswith("Copyright (C) 2011-2024 Hakim El Hattab")
    )
    for deck in decks:
        html = deck.read_text(encoding="utf-8")
        loaded = re.findall(r'<(?:script|img|link|iframe)[^>]*?(?:src|href)="([^"]+)"', html)
        assert loaded and all(not re.match(r"(https?:)?//", url) for url in loaded), loaded
        for url in loaded:
            assert url.startswith("data:") or (tmp_path / url).is_file(), url
        assert "import(" not in html and "@import url(http" not in html
        assert "application/vnd.jupyter.widget-view+json" not in html
    poll = decks[0].read_text(encoding="utf-8")
    assert poll.count("hands up for OT, PT or Both") == 2 and poll.count(", the answer: ") == 2
    assert "Lesson 7" not in poll and "demo" not in poll.lower()  # for the room, not the instructor lesson
    plan_c = decks[1].read_text(encoding="utf-8")  # kit review 4, S9: plan C's cases alone, from the data
    assert plan_c.count("who leads each task - OT, PT or Both?") == len(build_slides.PLAN_C_CASES) == 2
    for case_id in build_slides.PLAN_C_CASES:
        case = load_cases()[case_id]
        assert plan_c.count(f"{case.title}: the recommended plan, task ") == len(case.tasks)
    assert 'class="otpt-lead"' in plan_c and 'class="otpt-lead"' in decks[0].read_text(encoding="utf-8")
    cases = decks[2].read_text(encoding="utf-8")
    assert ".ipynb" not in cases  # kit review 4, S9: the notebooks are not beside the slides
    assert cases.count("who leads each task - OT, PT or Both?") == 4
    tasks = sum(
        len(case.tasks)
        for case in load_cases().values()
        if case.case_id in ("hip", "school", "falls", "stroke")
    )
    assert cases.count(": the recommended plan, task ") == tasks  # one slide per task's answer


def test_the_poll_deck_is_built_from_any_cards_and_names_an_unknown_one(tmp_path, capsys):
    (deck,) = build_slides.build_slides(tmp_path, notebooks=(), poll=["A051", "A006", "A086"], cases=())
    html = deck.read_text(encoding="utf-8")
    assert html.count("hands up for OT, PT or Both") == 3 and "Poll 3 of 3, the answer" in html
    assert build_slides.main([str(tmp_path), "--poll", "A006,A999"]) == 2
    assert "--poll: not in the bank: A999" in capsys.readouterr().err


def test_poll_ids_read_from_the_code():
    assert build_slides.poll_ids('poll = otpt.Poll(["A006", "A036"], folder=x)\npoll') == ["A006", "A036"]
    assert build_slides.poll_ids("otpt.Poll(ids)") == [] and build_slides.poll_ids("x = 1") == []
    assert build_slides.case_ids('display(x)\notpt.CareTeamPlanner("school")') == ["school"]


def test_the_cases_deck_names_the_pharmacist_and_stops_before_the_falls_plans():
    """Kit review 5, S2 and S7: the cases deck named the pharmacist on its title slide only, and its
    falls-2 slide showed the rug decision activity 4 reveals at minute 8."""

    def html(cells):
        return [
            c.outputs[0]["data"]["text/html"]
            for c in cells
            if c.metadata["slideshow"]["slide_type"] == "slide"
        ]

    slides = html(build_slides.cases_notebook().cells)
    for case_id in build_slides.PLAN_C_CASES:
        at = next(
            i
            for i, s in enumerate(slides)
            if load_cases()[case_id].tasks[0].task in s and "recommended" not in s
        )
        # kit review 6, M2, M5 and S10: the other professions on the next slide, the task list alone
        parts = slides[at + 1]
        assert "the other professions' parts" in parts and "pharmacist" not in slides[at].lower()
        assert "<b>The pharmacist:</b>" in parts and "<b>The PA:</b>" in parts
        assert ("<b>The SLP:</b>" in parts) == (case_id == "falls")
    stop = next(i for i, s in enumerate(slides) if "Stop here" in s)
    falls = load_cases()["falls"]
    rug = next(i for i, s in enumerate(slides) if "rug" in s)
    plans = [i for i, s in enumerate(slides) if f"{falls.title}: the recommended plan, task " in s]
    assert stop < min(plans) <= rug and "rug" not in " ".join(slides[:stop])
    # the lesson 5 deck keeps the planner's own slides: no stop slide there
    lesson = html(build_slides.case_cells("falls", load_cases()))
    assert not any("Stop here" in s or "pharmacist" in s for s in lesson)
