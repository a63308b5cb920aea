"""Printable handouts for a room with no computers: the students' parts of the paired activities
(docs/PAIRED_ACTIVITIES.md) and the goal-writing rubric, as PDFs an instructor can copy.

- ``paired-activities-PAPER.pdf`` (portrait): activity 1's "Should we co-treat today?" cards and
  its hand-in sheet; activity 2's goal sheet with the hip and school cases; activity 3's stroke
  case with its team-plan sheet; activity 4's falls case. No answers.
- ``goal-rubric-PAPER.pdf`` (landscape): the rubric's criteria and levels with a score column,
  for scoring one goal sheet per copy.
- ``worked-examples-PAPER.pdf`` (landscape, to print or project): E4 and E2 side by side on page
  1 (what plans B and C put on screen before students write), then every worked example with its
  scores and why.
- ``facilitator-key-PAPER.pdf`` (landscape, for the facilitator only): the co-treatment answers
  (card by card, with what nursing, SLP and pharmacy do) and the stroke and falls cases'
  recommended plans.

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
COTREAT_CARDS = ("A006", "stroke-5", "A109", "A011", "A121")
#: The third professions, each with its own objective box on the goal sheet: rubric R6 scores
#: each and reports the mean (kit review 5, S8).
THIRD = ("SLP", "Nursing", "Pharmacy", "PA")


def _guide():
    """tools/facilitator_guide.py, the owner of the cards' and cases' wording."""
    spec = importlib.util.spec_from_file_location("facilitator_guide", HERE / "facilitator_guide.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    from otpt.export.pdf_layout import BOLD, FONT, register_fonts

    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14.5, spaceAfter=5)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22, spaceAfter=8),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=13.5, leading=17, spaceBefore=6, spaceAfter=6
        ),
        "body": body,
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
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
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1, "#222222"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([box])


def _case_card(case, styles, width: float):
    parts = [_p(f"{case.title} ({case.setting})", styles["heading"]), _p(case.summary, styles["body"])]
    parts += [_p(f"{n}. {task.task}", styles["body"]) for n, task in enumerate(case.tasks, 1)]
    return _card(parts, styles, width)


def paired_activities_story(width: float, styles) -> list:
    """The students' handout, as reportlab flowables (no answers)."""
    from reportlab.platypus import KeepTogether, PageBreak, Spacer

    import otpt

    guide = _guide()
    bank = guide._bank()
    tasks = guide._tasks()
    decisions = guide.cotreat_decisions()
    cases = otpt.load_cases()
    s = styles
    story = [
        _p("Activity 1: Should we co-treat today? Argue yes, then no", s["title"]),
        _p(
            "Co-treatment means an OT and a PT in one session with one patient, each working on their own goals. "
            "The AOTA, APTA and ASHA joint guidelines call it appropriate \u201cwhen coordination between the two "
            "disciplines will benefit the patient, not simply for scheduling convenience\u201d (AOTA, APTA and ASHA, "
            "2012, Joint Guidelines for Therapy Co-treatment Under Medicare). Reasons that do not count on their own: extra hands a nurse "
            "or an aide could give; the timetable; minutes or billing; routine.",
            s["body"],
        ),
        _p(
            "Per card: the OT student argues yes for 2 minutes, the PT student no for 2 minutes (swap on the next "
            "card), each using a fact from Today. Then decide together, and write one reason that belongs to this "
            "patient. A nursing, SLP, pharmacy or PA student speaks for their own profession, then takes part in the "
            "decision.",
            s["body"],
        ),
        Spacer(1, 4),
    ]
    for n, ref in enumerate(COTREAT_CARDS, 1):
        title, text, _ = guide._card(ref, bank, tasks)
        today = guide._decision(ref, decisions)["today"]
        story += [
            _card(
                [
                    _p(f"Card {n} ({ref}): {title}", s["heading"]),
                    _p(text, s["body"]),
                    _p(today, s["body"], "<b>Today:</b> "),
                ],
                s,
                width,
            ),
            Spacer(1, 8),
        ]
    story += [
        PageBreak(),
        _p("The co-treatment sheet (hand in one per pair)", s["title"]),
        _p(
            "Cards 1 and 2 for every pair; cards 3 to 5 (next pages) for a longer session or a fast table. "
            "In class: the yes, no and decision boxes. The goal and 'tomorrow' boxes may be finished after "
            "class.",
            s["small"],
        ),
    ]
    for n, ref in enumerate(COTREAT_CARDS, 1):
        title = guide._card(ref, bank, tasks)[0]
        story += [
            KeepTogether(
                [
                    _p(f"Card {n} ({ref}): {title}", s["heading"]),
                    _boxes(
                        [
                            "Yes, because (about the patient)",
                            "No, because (about the patient)",
                            "Co-treat today? yes / no - and the reason we would document",
                            "OT's goal today",
                            "PT's goal today",
                            "Nursing, SLP, pharmacy or PA: their part, and what changes for them",
                            "Tomorrow the answer changes if",
                        ],
                        s,
                        width,
                        38,
                    ),
                ]
            ),
            Spacer(1, 10),
        ]
    story += [
        PageBreak(),
        _p("Activity 2: One shared goal, then each discipline's objective", s["title"]),
        _p(
            "1. Choose one task and read its case: washing and brushing her teeth at the sink (hip-5, hip case "
            "below), cooking a simple meal (stroke-3, activity 3), joining the game at recess (school-4, school case "
            "below) or getting up from the floor (falls-5, activity 4). What does the person (or family) say matters? "
            "2. Together, write one shared goal - the person's, in their terms: who will do what, how well, by when "
            "(8 minutes). 3. Each alone, write your own profession's objective toward it: OT through the occupation, "
            "PT through movement and mobility, an SLP, nursing, pharmacy or PA student through their own lens (7 minutes). "
            "4. Read all aloud; fix gaps and overlaps; decide who takes a part you both touch (5 minutes).",
            s["body"],
        ),
        _p("The goal sheet (hand in one per pair)", s["heading"]),
        _boxes(
            [
                "Task, and what the person says matters",
                "Shared goal (the person's, in their terms)",
                "OT objective",
                "PT objective",
                *(f"{who} objective (if one is at the table)" for who in THIRD),
                "A part we both touch, and who takes it",
            ],
            s,
            width,
            52,
        ),
        PageBreak(),
        _p("Activity 2: the cases to choose a task from", s["title"]),
        _case_card(cases["hip"], s, width),
        Spacer(1, 10),
        _case_card(cases["school"], s, width),
        PageBreak(),
        _p("Activity 3: The whole team - OT, PT, SLP and nursing", s["title"]),
        _p(
            "For each task, decide who leads of OT and PT (or Both), and what the speech-language pathologist and "
            "the nurses do in it (and a pharmacist, with a pharmacy student at the table: in task 5, medicines that "
            "make her drowsy or need the toilet at night; in task 6, if you reach it, her medicines for going home; "
            "and a PA, with a PA student at the table: in task 5, whether an infection or a medicine explains the "
            "night-time urgency; in task 6, the discharge orders and the referral for home health). "
            "Where nobody of a profession is at the "
            "table, write the question you would ask them.",
            s["body"],
        ),
        _case_card(cases["stroke"], s, width),
        _p("The team plan (hand in one per table)", s["heading"]),
        _boxes(
            [
                f"{n}. {task.task} - OT, PT or Both? The SLP's part; the nurses' part; the pharmacist's part; the PA's part"
                for n, task in enumerate(cases["stroke"].tasks, 1)
            ],
            s,
            width,
            46,
        ),
        PageBreak(),
        _p("Activity 4: The patient's priorities", s["title"]),
        _p(
            "Before reading, each of you writes two questions you would ask Mr. Okafor to learn what matters to "
            "him. Then read the case. Where does what Mr. Okafor wants differ from the team's first safety instinct? "
            "One of "
            "you argues the safety instinct, the other his choice, 2 minutes each; then write the plan that respects "
            "his choice and makes it safer. Later the facilitator adds a fact from the home visit: same again. "
            "Which profession's part changed because of what he said? Last: he has stopped his balance exercises "
            "and a teammate calls him \u201cnoncompliant\u201d - what would you ask him instead?",
            s["body"],
        ),
        _p(
            "A pharmacy student at the table: the STEADI medication review - which of his medicines could get him "
            "up at night, or make him dizzy or drowsy when he stands? A PA student: the primary-care clinician's "
            "part - his STEADI screen, the medicine changes (with the pharmacist) and the referrals to PT and OT. "
            "An SLP student: how he would call for help after a fall, and whether he can say back the plan.",
            s["body"],
        ),
        _p("The case is on the next page: write your two questions before you turn over.", s["heading"]),
        _boxes(["My first question for Mr. Okafor", "My second question"], s, width, 60),
        PageBreak(),
        _case_card(cases["falls"], s, width),
    ]
    return story


def _table(rows, widths, styles, header: bool = True):
    """A gridded table of text cells (every cell escaped), its first row shaded as a header."""
    from reportlab.platypus import Table, TableStyle

    cells = [
        [_p(str(c), styles["bold"] if header and i == 0 else styles["small"]) for c in row]
        for i, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.6, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            + ([("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8")] if header else [])
        )
    )
    return table


def _example(ex, rubric, tasks, styles, width: float, big: bool = False, why: bool = True) -> list:
    """One worked example: its texts and each criterion's score (and why, with ``why``)."""
    from otpt.io.rubric import LEVEL_NAMES

    s = styles
    case, task = tasks.get(ex.task_id, (None, None))
    total = sum(score for score, _ in ex.scores.values())
    text = s["body"] if big else s["small"]
    parts = [
        _p(
            f"{ex.example_id}: {LEVEL_NAMES[ex.level]} ({total} of {rubric.points(ex)})"
            + (f" - {task.task}" if task else ""),
            s["heading"],
        )
    ]
    parts += [
        _p(value, text, f"<b>{label}:</b> ")
        for label, value in (
            ("Shared goal", ex.shared_goal),
            ("OT objective", ex.ot_objective),
            ("PT objective", ex.pt_objective),
            ("Another profession's objective", ex.third_objective),
        )
        if value
    ]
    rows = [["criterion", "score", "why"][: 3 if why else 2]]
    rows += [
        [f"{cid}. {name}", str(ex.scores[cid][0]), ex.scores[cid][1]][: 3 if why else 2]
        for cid, name in rubric.criteria.items()
        if cid in ex.scores
    ]
    widths = [0.3 * width, 0.1 * width, 0.6 * width] if why else [0.8 * width, 0.2 * width]
    parts.append(_table(rows, widths, s))
    return parts


def worked_examples_story(width: float, styles) -> list:
    """E4 and E2 side by side (page 1, to put on screen), then every worked example."""
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

    import otpt

    rubric = otpt.load_goal_rubric()
    tasks = _guide()._tasks()
    by_id = {ex.example_id: ex for ex in rubric.examples}
    s = styles
    half = (width - 16) / 2
    pair = Table(
        [[_example(by_id[e], rubric, tasks, s, half - 8, big=True, why=False) for e in ("E4", "E2")]],
        colWidths=[half + 8, half + 8],
    )
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        _p("Worked examples: E4 (Exemplary) and E2 (Developing), side by side", s["title"]),
        _p(
            "One task of the falls case: Mr. Okafor's night-time trip to the toilet. You will write for a "
            "different task: look for whose words the shared goal is in, and what each objective says the "
            "person will do. Why each score: the pages that follow.",
            s["body"],
        ),
        pair,
    ]
    for ex in sorted(rubric.examples, key=lambda e: -e.level):
        story += [PageBreak(), *_example(ex, rubric, tasks, s, width, big=True), Spacer(1, 6)]
    return story


#: The facilitator key's column widths, as fractions of the page's width: wide enough on Letter
#: (the narrower landscape page) that no word in a column breaks across lines (kit review 5, S15).
KEY_WIDTHS = (0.1, 0.1, 0.18, 0.13, 0.14, 0.15, 0.2)
CASE_WIDTHS = (0.14, 0.08, 0.11, 0.19, 0.19, 0.29)
KEY_TITLE = "Facilitator's key - not for students"


def facilitator_key_tables() -> list[tuple[str, list[list[str]], tuple[float, ...]]]:
    """The facilitator key's tables: (heading, rows with the header first, column widths)."""
    guide = _guide()
    bank, tasks, decisions = guide._bank(), guide._tasks(), guide.cotreat_decisions()
    rows = [
        [
            "card",
            "co-treat?",
            "because (about the patient)",
            "nursing",
            "SLP",
            "pharmacy",
            "who usually leads (the bank's key)",
        ]
    ]
    for n, ref in enumerate(COTREAT_CARDS, 1):
        row = guide._decision(ref, decisions)
        rows.append(
            [
                f"{n} ({ref})",
                row["cotreat"],
                row["because"],
                row["nursing"],
                row["slp"],
                row["pharmacy"],
                guide._card(ref, bank, tasks)[2],
            ]
        )
    tables = [("Activity 1: Should we co-treat today?", rows, KEY_WIDTHS)]
    for case_id, activity in (("stroke", "Activity 3"), ("falls", "Activity 4")):
        case = guide._case(case_id)
        rows = [["task", "who leads", "also defensible", "OT's part", "PT's part", "why"]]
        rows += [
            [
                f"{t.task_id}: {t.task}",
                t.lead,
                " or ".join(t.also_accepted) or "-",
                t.ot_goal if t.ot_goal.strip(" -") else "(no part)",
                t.pt_goal if t.pt_goal.strip(" -") else "(no part)",
                t.why,
            ]
            for t in case.tasks
        ]
        tables.append((f"{activity}: {case.title} - the recommended plan", rows, CASE_WIDTHS))
    return tables


def facilitator_key_story(width: float, styles) -> list:
    """The facilitator's answers: the co-treatment cards and the stroke and falls cases' plans."""
    from reportlab.platypus import PageBreak

    s = styles
    story = [_p(KEY_TITLE, s["title"])]
    for n, (heading, rows, widths) in enumerate(facilitator_key_tables()):
        story += [
            *([PageBreak()] if n else []),
            _p(heading, s["heading"]),
            _table(rows, [w * width for w in widths], s),
        ]
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
            " (only when a student of another profession wrote an objective)"
            if cid in rubric.third_profession
            else ""
        )
        rows.append(
            [_p(f"{cid}. {name}{when}", s["small"])]
            + [_p(rubric.descriptor(cid, level), s["small"]) for level in LEVEL_NAMES]
            + [""]
        )
    # the Exemplary column, the longest descriptors (R6 names each profession's lens), a little wider
    score, first, best = 0.07 * width, 0.15 * width, 0.24 * width
    table = Table(
        rows, colWidths=[first, best] + [(width - first - best - score) / 3] * 3 + [score], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, "#444444"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
            ]
        )
    )
    return [
        _p("The goal-writing rubric (activity 2)", s["title"]),
        _p(
            "Pair: ______________________   Task: ______________________   Scored by: ______________",
            s["body"],
        ),
        table,
        _p(
            f"Total: ____ of {4 * (len(rubric.criteria) - len(rubric.third_profession))} "
            f"({4 * len(rubric.criteria)} with an SLP, nursing, pharmacy or PA objective). The worked examples at each "
            "level: worked-examples PDF (make handouts) and PAIRED_ACTIVITIES.md.",
            s["body"],
        ),
    ]


def write_handouts(out: Path, papers=("letter", "a4")) -> list[Path]:
    """Write ``paired-activities-PAPER.pdf``, ``goal-rubric-PAPER.pdf``,
    ``worked-examples-PAPER.pdf`` and ``facilitator-key-PAPER.pdf`` for each paper into ``out``;
    the files written."""
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
        for name, size, story in (
            ("paired-activities", PAPERS[paper], paired_activities_story),
            ("goal-rubric", landscape(PAPERS[paper]), rubric_story),
            ("worked-examples", landscape(PAPERS[paper]), worked_examples_story),
            ("facilitator-key", landscape(PAPERS[paper]), facilitator_key_story),
        ):
            path = out / f"{name}-{paper}.pdf"
            doc = SimpleDocTemplate(
                str(path),
                pagesize=size,
                leftMargin=40,
                rightMargin=40,
                topMargin=40,
                bottomMargin=40,
                title=f"otpt: {name.replace('-', ' ')}",
                author="otpt",
                invariant=1,
            )
            doc.build(story(doc.width, styles))
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Printable handouts: the paired activities, the goal rubric, the worked examples and the "
        "facilitator's key."
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
