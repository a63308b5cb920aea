"""Offline slides for a room without Wi-Fi: a class poll deck from a list of cards
(``poll.slides.html``), plan C's two care-team cases, stroke and falls (``cases.slides.html``,
built from data/cases.csv alone), and lesson 5 whole (``05_working_together.slides.html``),
reveal.js decks that need no network.

The poll deck is for the students in the room: a title slide saying how to vote, then per
card the card, and on the next slide the answer and why, with the contested-key note (what
to say when a student challenges it) as speaker notes (press S). Its cards are
``POLL_CARDS`` (the facilitator guide's pair for a class with no homework) or your own:
``python tools/build_slides.py OUT_DIR --poll A011,A008,A051`` (``make slides POLL=...``).

Built with nbconvert's reveal.js exporter from the saved notebooks (no kernel): every
``#``/``##`` heading starts a slide and ``###`` a sub-slide; code is hidden; a widget's output
(which needs a kernel) is left out; a poll (``otpt.Poll([...])``) becomes one slide per
activity - the card, then the answer and why on the next slide (press the right arrow) - and
a care-team case (``otpt.CareTeamPlanner("hip")``) a slide of its tasks, then one slide per
task with its recommended lead, why and both goals. A slide still taller than the screen is
split in the browser (``fitSlides`` in the template), so nothing is cut off. A link to
another lesson notebook becomes its text: the .ipynb is not beside the slides.
reveal.js is vendored from npm (tools/slides/reveal.js, MIT: its LICENSE beside it) and
copied next to the decks. Run via `make slides` (or: python tools/build_slides.py OUT_DIR).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import sys
from html import escape
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent / "slides"
DECKS = ("05_working_together.ipynb",)
#: The poll deck's cards when none are given: the guide's pair for a class with no homework.
POLL_CARDS = ("A011", "A008")
POLL_DECK = "poll.slides.html"
#: The cases deck's cases: those plan C of the facilitator guide uses (activities 3 and 4).
PLAN_C_CASES = ("stroke", "falls")
CASES_DECK = "cases.slides.html"
#: The other professions' parts in plan C's cases, on a slide of their own after the task list
#: (kit review 5, S2: the pharmacist; kit review 6, M2 and M5: the PA, and the SLP in the falls
#: case; S10: the task slide keeps only the tasks). The facilitator guide's wording (plan C,
#: minutes 13-53; PAIRED_ACTIVITIES.md activities 3 and 4).
OTHER_PARTS = {
    "stroke": {
        "The pharmacist": "in task 5, the medicines that make her drowsy or need the toilet at night, and how the "
        "night-time plan allows for them; in task 6, the medicines she and her husband need to understand before "
        "going home, taught by the pharmacist and the nurse.",
        "The PA": "in task 5, whether an infection or a medicine explains the night-time urgency, and the orders "
        "that follow, with the pharmacist; in task 6, the discharge orders and the referral for home health.",
    },
    "falls": {
        "The pharmacist": "the STEADI medication review - a water pill taken late in the day that gets him up at "
        "night, or a blood-pressure, sleep or pain medicine that makes him dizzy or drowsy when he stands - "
        "reviewed with his doctor, who decides any change.",
        "The PA": "the primary-care clinician's part (his doctor did his STEADI screen; in many practices a PA "
        "or a nurse practitioner does): what it found, which medicines change, with the pharmacist, and the referrals to PT and OT.",
        "The SLP": "how he would call for help after a fall - the phone or the alarm, with any speech or hearing "
        "limits - and whether he can recall and say back the plan.",
    },
}
#: A case whose plan slides would give away a fact the facilitator reveals later (kit review 5, S7):
#: a stop slide goes between its task list and its plans. Falls-2's plan names the rug, which
#: activity 4 reveals at its minute 8.
HOLD = {
    "falls": "Stop here for activity 4: argue his choice against the team's safety instinct. The facilitator adds a "
    "fact from the home visit at minute 8; the plan slides come after the \u201cnoncompliant\u201d question, at "
    "the end of the activity.",
}
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def _slide_type(cell) -> str:
    if cell.cell_type == "markdown":
        first = cell.source.lstrip().split("\n", 1)[0]
        if first.startswith(("# ", "## ")):
            return "slide"
        if first.startswith("### "):
            return "subslide"
    return "-"


def _calls(source: str, widget: str):
    """The first arguments of the ``widget(...)`` calls in a cell's code."""
    for node in ast.walk(ast.parse(source)):
        func = getattr(node, "func", None)
        name = getattr(func, "attr", None) or getattr(func, "id", None)
        if isinstance(node, ast.Call) and name == widget and node.args:
            yield node.args[0]


def _text(node) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def poll_ids(source: str) -> list[str]:
    """The activity ids of the ``Poll([...])`` calls in a cell's code."""
    return [
        e.value for arg in _calls(source, "Poll") if isinstance(arg, ast.List) for e in arg.elts if _text(e)
    ]


def case_ids(source: str) -> list[str]:
    """The case ids of the ``CareTeamPlanner("hip")`` calls in a cell's code."""
    return [arg.value for arg in _calls(source, "CareTeamPlanner") if _text(arg)]


def _html_cell(html: str, slide_type: str):
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": html, "text/plain": ""})]
    cell.metadata["slideshow"] = {"slide_type": slide_type}
    return cell


def _notes_cell(text: str):
    cell = nbformat.v4.new_markdown_cell(text)
    cell.metadata["slideshow"] = {"slide_type": "notes"}
    return cell


def poll_cells(ids: list[str], bank, notes: bool = False) -> list:
    """Per activity: a slide with the card, then a slide with the revealed answer - the poll
    widget's own HTML (`otpt.render.poll`) for the key's feedback - and, with ``notes``, the
    bank's "practice varies" note as the answer slide's speaker notes.

    Raises:
        KeyError: naming an id that is not in the bank.
    """
    from otpt.analysis.grading import check_answer
    from otpt.render.poll import poll_answer_html, poll_card_html

    rows = bank.set_index(bank["id"].astype(str), drop=False)
    unknown = [i for i in ids if i not in rows.index]
    if unknown:
        raise KeyError(f"not in the bank: {', '.join(unknown)}")
    cells = []
    for n, activity_id in enumerate(ids, 1):
        row = rows.loc[activity_id]
        heading = f"<p>Poll {n} of {len(ids)}: hands up for OT, PT or Both.</p>"
        cells.append(_html_cell(heading + poll_card_html(row), "slide"))
        answer = poll_answer_html(check_answer(bank, activity_id, str(row["lead"])))
        title = f"<p>Poll {n} of {len(ids)}, the answer: {escape(str(row['activity']))}</p>"
        cells.append(_html_cell(title + answer, "slide"))
        if notes:
            varies = str(row.get("practice_varies") or "").strip()
            cells.append(
                _notes_cell(
                    "If a student challenges the key: " + escape(varies)
                    if varies
                    else "A control card: one profession's key, no second answer and no 'practice "
                    "varies' note - the room should converge. Ask what in the card decided it."
                )
            )
    return cells


def _lead_slide(heading: str, level: int, text: str):
    """A title or closing slide: a heading and one paragraph in large print (``otpt-lead``)."""
    return _html_cell(
        f'<h{level}>{escape(heading)}</h{level}><p class="otpt-lead">{escape(text)}</p>', "slide"
    )


def poll_notebook(ids, bank):
    """The class poll deck as a notebook: how to vote, each card then its answer, and a
    closing question."""
    title = _lead_slide(
        "OT, PT or Both?",
        1,
        "For each card: who usually leads it, of occupational therapy (OT) "
        "and physical therapy (PT)? Hands up for OT, PT or Both - or hold up your card. Tell your "
        "neighbor why first. The answer and why come on the next slide.",
    )
    close = _lead_slide(
        "What decided it?",
        2,
        "Not the body part. Ask what the therapy works on: the everyday "
        "task itself, in the person's routine and place (OT), or movement and getting around - "
        "walking, stairs, transfers, getting back to sport (PT). Both work on what people do; "
        "both have a part when there is one of each.",
    )
    nb = nbformat.v4.new_notebook()
    nb.cells = [title, *poll_cells(list(ids), bank, notes=True), close]
    return nb


def cases_notebook(case_ids=PLAN_C_CASES, cases=None):
    """Plan C's cases as a deck: how to work them, then per case its story, its tasks and one
    slide per task's recommended plan (`case_cells`), and a closing question.

    Raises:
        KeyError: naming a case id data/cases.csv does not have.
    """
    from otpt.io.cases import load_cases

    cases = load_cases() if cases is None else cases
    unknown = [c for c in case_ids if c not in cases]
    if unknown:
        raise KeyError(f"not a case of data/cases.csv: {', '.join(unknown)}")
    title = _lead_slide(
        "The care-team cases",
        1,
        "For each task: who leads, of OT and PT, or Both - and what do "
        "the speech-language pathologist, the nurses and the pharmacist do in it? Decide at your "
        "table first; the recommended plan follows, one task a slide.",
    )
    close = _lead_slide(
        "What did the team need?",
        2,
        "Which task did you give to no one at first? Where did "
        "another profession's work change what OT or PT did? Which decision turned on what the "
        "person wants?",
    )
    nb = nbformat.v4.new_notebook()
    cells = [title]
    for case_id in case_ids:
        case = cases[case_id]
        cells += [
            _html_cell(f"<h2>{escape(case.title)}</h2><p>{escape(case.summary)}</p>", "slide"),
            *case_cells(case_id, cases, plan_c=True),
        ]
    nb.cells = [*cells, close]
    return nb


def task_notes(task) -> str:
    """The speaker notes of a task's answer slide: what to ask the room, from the case's data."""
    parts = [
        "Ask first: what does the therapy work on in this task - the everyday task itself, or movement "
        "and mobility?"
    ]
    if task.lead == "Both":
        parts.append(
            "Both means each profession has its own goal in this task, not that they treat together: "
            "ask how they share it (one session for this patient's reason, or separate sessions toward "
            "one plan)."
        )
    else:
        other = "PT" if task.lead == "OT" else "OT"
        parts.append(f"Ask what the {other} would check or add, even where {task.lead} leads.")
    if task.also_accepted:
        parts.append(
            f"A student who says {' or '.join(task.also_accepted)} is right too when the condition on "
            "the slide holds: ask whether their picture meets it."
        )
    return " ".join(parts)


def case_cells(case_id: str, cases, plan_c: bool = False) -> list:
    """A slide with the case's tasks to plan (with ``plan_c``, the cases deck: then a slide of the
    other professions' parts, `OTHER_PARTS`, and a stop slide for a case in `HOLD`), then a slide per task with its
    recommended lead, why and both goals - the planner's own words (`otpt.render.plan`) - each
    with speaker notes for the facilitator (press S)."""
    from otpt.render.plan import case_tasks_html, recommended_task_html

    case = cases[case_id]
    cells = [
        _html_cell(case_tasks_html(case), "slide"),
        _notes_cell(
            "Let the room say OT, PT or Both for each task before you move on (hands up, or pairs "
            "agree first); the next slides give the recommended plan, one task a slide."
        ),
    ]
    if plan_c and case_id in OTHER_PARTS:
        parts = "".join(
            f"<li><b>{escape(who)}:</b> {escape(what)}</li>" for who, what in OTHER_PARTS[case_id].items()
        )
        cells += [
            _html_cell(
                f"<h3>{escape(case.title)}: the other professions' parts</h3><ul>{parts}</ul>", "slide"
            ),
            _notes_cell(
                "With a student of the profession at the table, they speak for it; with none, the "
                "table writes the question it would ask them."
            ),
        ]
    if plan_c and case_id in HOLD:
        cells += [
            _lead_slide("Stop here", 2, HOLD[case_id]),
            _notes_cell(
                "Do not go on before the activity ends: the next slides give its answers, "
                "including the home-visit fact you add at minute 8."
            ),
        ]
    for n, task in enumerate(case.tasks, 1):
        cells += [_html_cell(recommended_task_html(case, n), "slide"), _notes_cell(task_notes(task))]
    return cells


_NOTEBOOK_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]+\.ipynb(?:#[^)\s]*)?\)")


def without_notebook_links(source: str) -> str:
    """A markdown cell's text with each link to a notebook (``[lesson 6](06_x.ipynb)``) made its
    text: the slides travel without the notebooks, so the link would lead nowhere.

    >>> without_notebook_links("See [lesson 6](06_class_results.ipynb) and [the site](https://x.org).")
    'See lesson 6 and [the site](https://x.org).'
    """
    return _NOTEBOOK_LINK.sub(r"\1", source)


#: A sentence of a lesson that tells the learner to work a widget the slides leave out.
WIDGET_SENTENCE = re.compile(r"\b(?:press|click)\s+\*\*|\bIn the planner\b", re.IGNORECASE)


def without_widget_sentences(source: str) -> tuple[str, list[str]]:
    """A markdown cell's text without the sentences that tell the learner to press a widget's
    button (the slides leave the widgets out), and those sentences.

    >>> without_widget_sentences("Write both goals. Then press **Check**. Compare them.")
    ('Write both goals. Compare them.', ['Then press **Check**.'])
    """
    kept, dropped = [], []
    for line in source.split("\n"):
        sentences = re.split(r"(?<=[.!?])\s+", line)
        widget = [s for s in sentences if WIDGET_SENTENCE.search(s)]
        dropped += widget
        kept.append(" ".join(s for s in sentences if s not in widget) if widget else line)
    return "\n".join(kept), dropped


def slides_notebook(nb, bank, cases=None):
    """A copy of ``nb`` marked up for slides (see the module's docstring)."""
    from otpt.io.cases import load_cases

    cases = load_cases() if cases is None else cases
    nb = nbformat.from_dict(nb)
    cells, polled = [], set()
    for cell in nb.cells:
        cell.metadata["slideshow"] = {"slide_type": _slide_type(cell)}
        if cell.cell_type != "code":
            cell.source, dropped = without_widget_sentences(without_notebook_links(cell.source))
            cells.append(cell)
            if dropped:
                cells.append(
                    _notes_cell(
                        "In the lesson notebook (its buttons are not on these slides): " + " ".join(dropped)
                    )
                )
            continue
        had_widget = any(WIDGET_VIEW in o.get("data", {}) for o in cell.outputs)
        cell.outputs = [o for o in cell.outputs if WIDGET_VIEW not in o.get("data", {})]
        if cell.outputs:
            cells.append(cell)
        if had_widget:
            ids = [i for i in poll_ids(cell.source) if i not in polled]
            polled.update(ids)
            cells += poll_cells(ids, bank) if ids else []
            cells += [c for case_id in case_ids(cell.source) for c in case_cells(case_id, cases)]
    nb.cells = cells
    nb.metadata.pop("widgets", None)
    return nb


def build_slides(out: Path, notebooks=DECKS, poll=POLL_CARDS, cases=PLAN_C_CASES) -> list[Path]:
    """Write the poll deck (``poll.slides.html``, from the bank ids ``poll``; none if empty),
    the cases deck (``cases.slides.html``, from the case ids ``cases``; none if empty),
    ``NN_name.slides.html`` for each of ``notebooks`` and the vendored reveal.js into
    ``out``; the decks written, the poll deck first, then the cases deck."""
    from nbconvert import SlidesExporter

    from otpt.io.bank import load_activities

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(HERE / "reveal.js", out / "reveal.js", dirs_exist_ok=True)
    bank = load_activities()
    exporter = SlidesExporter(
        extra_template_basedirs=[str(HERE)],
        template_name="otpt_reveal",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        reveal_url_prefix="reveal.js",
        reveal_theme="white",
    )
    written = []
    if poll:
        html, _ = exporter.from_notebook_node(
            poll_notebook(poll, bank), resources={"metadata": {"name": "OT, PT or Both?"}}
        )
        written.append(out / POLL_DECK)
        written[-1].write_text(html, encoding="utf-8")
    if cases:
        html, _ = exporter.from_notebook_node(
            cases_notebook(cases), resources={"metadata": {"name": "The care-team cases"}}
        )
        written.append(out / CASES_DECK)
        written[-1].write_text(html, encoding="utf-8")
    for name in notebooks:
        nb = slides_notebook(nbformat.read(ROOT / "notebooks" / name, as_version=4), bank)
        html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": Path(name).stem}})
        path = out / f"{Path(name).stem}.slides.html"
        path.write_text(html, encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Offline reveal.js slides: a class poll, plan C's cases and lesson 5."
    )
    parser.add_argument(
        "out", nargs="?", type=Path, default=ROOT / "build" / "slides", help="folder to write"
    )
    parser.add_argument(
        "--poll",
        default=",".join(POLL_CARDS),
        help=f"the poll's cards, bank ids separated by commas (default: {','.join(POLL_CARDS)})",
    )
    args = parser.parse_args(argv)
    ids = [i.strip().upper() for i in args.poll.split(",") if i.strip()]
    try:
        decks = build_slides(args.out, poll=ids)
    except KeyError as err:
        print(f"--poll: {err.args[0]}", file=sys.stderr)
        return 2
    for deck in decks:
        print(f"Wrote {deck}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
