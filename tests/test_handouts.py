"""tools/handouts.py: the paired activities and the goal rubric as PDFs for a room with no
computers, read back with pypdf - every card, case task and rubric level on the page, and no
facilitator's answer on the students' handout."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

import otpt
from otpt.export.booth_cards import PAPERS

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("handouts", ROOT / "tools" / "handouts.py")
handouts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(handouts)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("- ", "-").strip()


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    return handouts.write_handouts(tmp_path_factory.mktemp("handouts"))


def _text(path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def test_both_papers_both_handouts(written):
    assert sorted(p.name for p in written) == sorted(
        f"{name}-{paper}.pdf"
        for name in ("paired-activities", "goal-rubric", "worked-examples", "facilitator-key")
        for paper in PAPERS
    )
    for path in written:
        paper = path.stem.rsplit("-", 1)[1]
        width, height = (float(v) for v in PdfReader(path).pages[0].mediabox[2:])
        expected = (
            PAPERS[paper] if path.name.startswith("paired") else PAPERS[paper][::-1]
        )  # the rubric, the examples and the key: landscape
        assert (round(width), round(height)) == tuple(round(v) for v in expected), path.name


def test_the_students_handout_has_every_card_and_case_and_no_answers(written):
    text = _text(next(p for p in written if p.name == "paired-activities-letter.pdf"))

    cards = pd.read_csv(ROOT / "data" / "cotreat_cards.csv", dtype=str).set_index("card")
    for n, ref in enumerate(handouts.COTREAT_CARDS, 1):
        assert f"Card {n} ({ref})" in text
        assert _flat(cards.loc[ref, "today"]) in text
        assert (
            _flat(cards.loc[ref, "because"])[:60] not in text
        )  # the facilitator's answer stays in the guide
    cases = otpt.load_cases()
    for case_id in ("hip", "school", "stroke", "falls"):
        assert _flat(cases[case_id].summary)[:80] in text
        for task in cases[case_id].tasks:
            assert _flat(task.task) in text
            assert _flat(task.why)[:60] not in text
    for sheet in ("The co-treatment sheet", "The goal sheet", "The team plan", "Shared goal (the person's"):
        assert sheet in text


def test_the_goal_sheet_has_a_box_per_third_profession_and_the_team_plan_a_pharmacy_line(written):
    """Kit review 5, S8 and S2: a table may hold several third professions (R6: score each, report
    the mean), and the team-plan sheet asked only for the SLP's and the nurses' part."""
    text = _text(next(p for p in written if p.name == "paired-activities-letter.pdf"))
    sheet = text[text.index("The goal sheet (hand in") : text.index("Activity 2: the cases")]
    for who in ("SLP", "Nursing", "Pharmacy", "PA"):  # kit review 6, M2: PA students too
        assert sheet.count(f"{who} objective (if one is at the table)") == 1
    assert "SLP, nursing or pharmacy objective" not in sheet
    plan = text[text.index("The team plan (hand in") : text.index("Activity 4: The patient")]
    tasks = otpt.load_cases()["stroke"].tasks
    assert plan.count("the nurses' part; the pharmacist's part") == len(tasks)


def test_the_rubric_handout_has_every_criterion_and_level(written):
    from otpt.io.rubric import LEVEL_NAMES

    text = _text(next(p for p in written if p.name == "goal-rubric-a4.pdf"))
    rubric = otpt.load_goal_rubric()
    for cid, name in rubric.criteria.items():
        assert _flat(f"{cid}. {name}") in text
        for level in LEVEL_NAMES:
            assert _flat(rubric.descriptor(cid, level)) in text
    assert "Total: ____ of 20 (24 with an SLP, nursing, pharmacy or PA objective)" in text


def test_the_co_treatment_sheet_has_yes_and_no_columns_for_every_card(written):
    """Kit review 4, S6: the sheet dropped the guide's "yes, because / no, because" and cards 3-4."""
    text = _text(next(p for p in written if p.name == "paired-activities-a4.pdf"))
    sheet = text[text.index("The co-treatment sheet") : text.index("Activity 2: One shared goal")]
    assert sheet.count("Yes, because (about the patient)") == len(handouts.COTREAT_CARDS)
    assert sheet.count("No, because (about the patient)") == len(handouts.COTREAT_CARDS)
    for task in ("(hip-5", "(stroke-3", "(school-4", "(falls-5"):  # S10: activity 2's four tasks, named
        assert task in text


def test_the_worked_examples_put_e4_and_e2_on_one_page_then_each_with_its_scores(written):
    """Kit review 4, S2: plans B and C show E4 and E2 on screen; they were only in the markdown."""
    reader = PdfReader(next(p for p in written if p.name == "worked-examples-letter.pdf"))
    rubric = otpt.load_goal_rubric()
    examples = {ex.example_id: ex for ex in rubric.examples}
    first = _flat(reader.pages[0].extract_text())
    for example_id in ("E4", "E2"):
        ex = examples[example_id]
        assert _flat(ex.shared_goal) in first and _flat(ex.pt_objective) in first
    assert len(reader.pages) == 1 + len(examples)
    for page, ex in zip(reader.pages[1:], sorted(rubric.examples, key=lambda e: -e.level)):
        text = _flat(page.extract_text())
        total = sum(score for score, _ in ex.scores.values())
        assert f"{ex.example_id}:" in text and f"({total} of {rubric.points(ex)})" in text
        for _, why in ex.scores.values():
            assert _flat(why)[:50] in text


def test_the_facilitator_key_has_every_answer_the_students_handout_leaves_out(written):
    text = _text(next(p for p in written if p.name == "facilitator-key-letter.pdf"))
    cards = pd.read_csv(ROOT / "data" / "cotreat_cards.csv", dtype=str).set_index("card")
    for ref in handouts.COTREAT_CARDS:
        for column in ("because", "nursing", "slp", "pharmacy"):
            assert _flat(cards.loc[ref, column])[:60] in text, (ref, column)
    for case_id in ("stroke", "falls"):
        for task in otpt.load_cases()[case_id].tasks:
            assert _flat(task.why)[:60] in text


def test_an_unknown_paper_is_refused(tmp_path):
    with pytest.raises(ValueError, match="letter, a4"):
        handouts.write_handouts(tmp_path, papers=("legal",))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_no_word_in_the_facilitator_key_breaks_across_lines(written, paper):
    """Kit review 5, S15: the narrow first columns wrapped mid-word ("co-trea t?", "2 (stro ke-5)").
    Every word drawn on the key's pages is a whole word of a cell the key was built from."""
    tables = handouts.facilitator_key_tables()
    words = {w for _, rows, _ in tables for row in rows for cell in row for w in str(cell).split()}
    words |= {w for heading in (handouts.KEY_TITLE, *(h for h, _, _ in tables)) for w in heading.split()}
    drawn = []

    def visit(text, cm, tm, font, size):
        drawn.extend(text.split())

    reader = PdfReader(next(p for p in written if p.name == f"facilitator-key-{paper}.pdf"))
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    broken = sorted({w for w in drawn if w not in words})
    assert not broken, broken
    assert len(drawn) > 1000 and sum(len(rows) for _, rows, _ in tables) > 10


def _pages(path) -> list[str]:
    return [_flat(page.extract_text()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_goal_sheet_fits_one_page_and_the_falls_case_is_over_the_page(written, paper):
    """Kit review 6: the PA box keeps the goal sheet on one page (M2), and activity 4's students
    write their questions before they can read the case (S5: it was printed just below)."""
    pages = _pages(next(p for p in written if p.name == f"paired-activities-{paper}.pdf"))
    (sheet,) = [page for page in pages if "The goal sheet (hand in" in page]
    assert "PA objective (if one is at the table)" in sheet and "A part we both touch" in sheet
    (questions,) = [n for n, page in enumerate(pages) if "Activity 4: The patient's priorities" in page]
    summary = _flat(otpt.load_cases()["falls"].summary)[:60]
    assert summary not in pages[questions] and "My second question" in pages[questions]
    assert summary in pages[questions + 1]


def test_the_guidelines_quotation_on_the_handout_names_its_authors_and_year(written):
    """Kit review 6, S2: "AOTA, APTA and ASHA, 2012" beside the quotation students read."""
    text = _text(next(p for p in written if p.name == "paired-activities-letter.pdf"))
    assert "scheduling convenience\u201d (AOTA, APTA and ASHA, 2012" in text


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_rubric_fits_two_pages_with_its_total_beside_r6(written, paper):
    """Kit review 6, M2: R6's descriptor names the PA's lens too; the Exemplary column is wider so
    the rubric still fits two pages (Letter had three before), its total under R6, not alone."""
    pages = _pages(next(p for p in written if p.name == f"goal-rubric-{paper}.pdf"))
    assert (
        len(pages) == 2
        and "R6. Another profession's objective" in pages[1]
        and "Total: ____ of 20" in pages[1]
    )
