"""Printable handouts for a room with no computers: the students' parts of the paired activities
(docs/PAIRED_ACTIVITIES.md) and the goal-writing rubric, as PDFs an instructor can copy.

- ``paired-activities-PAPER.pdf`` (portrait): activity 1's "Should we co-treat today?" cards and
  its hand-in sheet; activity 2's goal sheet with the hip and school cases; activity 3's stroke
  case with its team-plan sheet; activity 4's falls case. No answers: the facilitator's keys
  stay in PAIRED_ACTIVITIES.md.
- ``goal-rubric-PAPER.pdf`` (landscape): the rubric's criteria and levels with a score column,
  for scoring one goal sheet per copy.

The cards and cases come from the same data and the same functions as the guide's generated
blocks (tools/facilitator_guide.py: the bank, data/cotreat_cards.csv, data/cases.csv,
data/goal_rubric.csv); every data value is escaped for reportlab's paragraph markup. Letter and
A4 (``--paper``, default both). Run ``make handouts`` or
``python tools/handouts.py OUT_DIR``; tests/test_handouts.py reads the PDFs back.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The co-treatment cards, in the order of PAIRED_ACTIVITIES.md's activity 1.
COTREAT_CARDS = ("A006", "stroke-5", "A109", "A011")


def _guide():
    """tools/facilitator_guide.py, the owner of the cards' and cases' wording."""
    spec = importlib.util.spec_from_file_location("facilitator_guide", HERE / "facilitator_guide.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    from otpt.export.booth_cards import _BOLD, _FONT, _fonts

    _fonts()
    body = ParagraphStyle("body", fontName=_FONT, fontSize=11, leading=14.5, spaceAfter=5)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=_BOLD, fontSize=18, leading=22, spaceAfter=8),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=_BOLD, fontSize=13.5, leading=17, spaceBefore=6, spaceAfter=6
        ),  # fmt: skip
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=_BOLD),
        "small": ParagraphStyle("small", parent=body, fontSize=10, leading=12.5),
    }


def _p(text: str, style, markup: str = ""):
    """A paragraph of data text, escaped; ``markup`` (our own, trusted) goes before it."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup + escape(text), style)


def _boxes(rows: list[str], styles, width: float, height: float = 58):
    """A sheet to write on: one labeled box per row."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[_p(label, styles["bold"])] for label in rows], colWidths=[width], rowHeights=height)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.7, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def _card(story_parts, styles, width: float):
    """Flowables in a framed box that stays on one page."""
    from reportlab.platypus import KeepTogether, Table, TableStyle

    box = Table([[story_parts]], colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, "#222222"), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))  # fmt: skip
    return KeepTogether([box])


def _case_card(case, styles, width: float):
    parts = [_p(f"{case.title} ({case.setting})", styles["heading"]), _p(case.summary, styles["body"])]
    parts += [_p(f"{n}. {task.task}", styles["body"]) for n, task in enumerate(case.tasks, 1)]
    return _card(parts, styles, width)


def paired_activities_story(width: float, styles) -> list:
    """The students' handout, as reportlab flowables (no answers)."""
    from reportlab.platypus import PageBreak, Spacer

    import otpt

    guide = _guide()
    bank = guide._bank()
    tasks = guide._tasks()
    decisions = guide.cotreat_decisions()
    cases = otpt.load_cases()
    s = styles
    story = [
        _p("Activity 1: Should we co-treat today? Argue yes, then no", s["title"]),
        _p("Co-treatment means an OT and a PT in one session with one patient, each working on their own goals. "
           "The AOTA, APTA and ASHA joint guidelines call it appropriate \u201cwhen coordination between the two "
           "disciplines will benefit the patient, not simply for scheduling convenience\u201d (Joint Guidelines for "
           "Therapy Co-treatment Under Medicare, 2012). Reasons that do not count on their own: extra hands a nurse "
           "or an aide could give; the timetable; minutes or billing; routine.", s["body"]),
        _p("Per card: the OT student argues yes for 2 minutes, the PT student no for 2 minutes (swap on the next "
           "card), each using a fact from Today. Then decide together, and write one reason that belongs to this "
           "patient. A nursing or SLP student speaks for their own profession, then takes part in the decision.",
           s["body"]),
        Spacer(1, 4),
    ]  # fmt: skip
    for n, ref in enumerate(COTREAT_CARDS, 1):
        title, text, _ = guide._card(ref, bank, tasks)
        today = guide._decision(ref, decisions)["today"]
        story += [_card([_p(f"Card {n} ({ref}): {title}", s["heading"]), _p(text, s["body"]),
                         _p(today, s["body"], "<b>Today:</b> ")], s, width), Spacer(1, 8)]  # fmt: skip
    story += [PageBreak(), _p("The co-treatment sheet (hand in one per pair)", s["title"])]
    for n, ref in enumerate(COTREAT_CARDS[:2], 1):
        title = guide._card(ref, bank, tasks)[0]
        story += [_p(f"Card {n} ({ref}): {title}", s["heading"]),
                  _boxes(["Co-treat today? yes / no - and the reason we would document (about the patient)",
                          "OT's goal today", "PT's goal today",
                          "Nursing or SLP: their part, and what changes for them",
                          "Tomorrow the answer changes if"], s, width, 50), Spacer(1, 10)]  # fmt: skip
    story += [
        PageBreak(),
        _p("Activity 2: One shared goal, then each discipline's objective", s["title"]),
        _p("1. Choose one task and read its case: what does the person (or family) say matters? "
           "2. Together, write one shared goal - the person's, in their terms: who will do what, how well, by when "
           "(8 minutes). 3. Each alone, write your own profession's objective toward it: OT through the occupation, "
           "PT through movement and mobility, an SLP or nursing student through their own lens (7 minutes). "
           "4. Read all aloud; fix gaps and overlaps; decide who takes a part you both touch (5 minutes).",
           s["body"]),
        _p("The goal sheet (hand in one per pair)", s["heading"]),
        _boxes(["Task, and what the person says matters", "Shared goal (the person's, in their terms)",
                "OT objective", "PT objective", "SLP or nursing objective (if any)",
                "A part we both touch, and who takes it"], s, width, 74),
        PageBreak(),
        _p("Activity 2: the cases to choose a task from", s["title"]),
        _case_card(cases["hip"], s, width), Spacer(1, 10), _case_card(cases["school"], s, width),
        PageBreak(),
        _p("Activity 3: The whole team - OT, PT, SLP and nursing", s["title"]),
        _p("For each task, decide who leads of OT and PT (or Both), and what the speech-language pathologist and "
           "the nurses do in it. Where nobody of a profession is at the table, write the question you would ask "
           "them.", s["body"]),
        _case_card(cases["stroke"], s, width),
        _p("The team plan (hand in one per table)", s["heading"]),
        _boxes([f"{n}. {task.task} - OT, PT or Both? The SLP's part; the nurses' part"
                for n, task in enumerate(cases["stroke"].tasks, 1)], s, width, 46),
        PageBreak(),
        _p("Activity 4: The patient's priorities", s["title"]),
        _p("Read the case. Where does what Mr. Okafor wants differ from the team's first safety instinct? One of "
           "you argues the safety instinct, the other his choice, 2 minutes each; then write the plan that respects "
           "his choice and makes it safer. Later the facilitator adds a fact from the home visit: same again. "
           "Which profession's part changed because of what he said?", s["body"]),
        _case_card(cases["falls"], s, width),
    ]  # fmt: skip
    return story


def rubric_story(width: float, styles) -> list:
    """The goal-writing rubric as one table with a score column, and the total."""
    from reportlab.platypus import Table, TableStyle

    import otpt
    from otpt.io.rubric import LEVEL_NAMES

    rubric = otpt.load_goal_rubric()
    s = styles
    header = [_p("criterion", s["bold"])] + [
        _p(f"{level} {name}", s["bold"]) for level, name in LEVEL_NAMES.items()
    ]
    rows = [header + [_p("score", s["bold"])]]
    for cid, name in rubric.criteria.items():
        when = (
            " (only when an SLP or nursing student wrote an objective)"
            if cid in rubric.third_profession
            else ""
        )
        rows.append([_p(f"{cid}. {name}{when}", s["small"])]
                    + [_p(rubric.descriptor(cid, level), s["small"]) for level in LEVEL_NAMES] + [""])  # fmt: skip
    score = 0.07 * width
    table = Table(
        rows, colWidths=[0.15 * width] + [(width - 0.15 * width - score) / 4] * 4 + [score], repeatRows=1
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8")]))  # fmt: skip
    return [
        _p("The goal-writing rubric (activity 2)", s["title"]),
        _p("Pair: ______________________   Task: ______________________   Scored by: ______________", s["body"]),
        table,
        _p(f"Total: ____ of {4 * (len(rubric.criteria) - len(rubric.third_profession))} "
           f"({4 * len(rubric.criteria)} with an SLP or nursing objective). The worked examples at each level are "
           "in PAIRED_ACTIVITIES.md.", s["body"]),
    ]  # fmt: skip


def write_handouts(out: Path, papers=("letter", "a4")) -> list[Path]:
    """Write ``paired-activities-PAPER.pdf`` and ``goal-rubric-PAPER.pdf`` for each paper into
    ``out``; the files written."""
    from reportlab.lib.pagesizes import landscape
    from reportlab.platypus import SimpleDocTemplate

    from otpt.export.booth_cards import PAPERS

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    styles = _styles()
    written = []
    for paper in papers:
        if paper not in PAPERS:
            raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
        for name, size, story in (("paired-activities", PAPERS[paper], paired_activities_story),
                                  ("goal-rubric", landscape(PAPERS[paper]), rubric_story)):  # fmt: skip
            path = out / f"{name}-{paper}.pdf"
            doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=40, rightMargin=40, topMargin=40,
                                    bottomMargin=40, title=f"otpt: {name.replace('-', ' ')}", author="otpt",
                                    invariant=1)  # fmt: skip
            doc.build(story(doc.width, styles))
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Printable handouts: the paired activities and the goal rubric."
    )
    parser.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "build" / "handouts", help="folder to write"
    )
    parser.add_argument(
        "--paper", choices=("letter", "a4"), action="append", help="letter or a4 (default: both)"
    )
    args = parser.parse_args(argv)
    for path in write_handouts(args.out, tuple(args.paper or ("letter", "a4"))):
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
