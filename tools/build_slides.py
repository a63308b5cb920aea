"""Offline slides from the lessons: the live poll (lesson 7) and the cases (lesson 5) as
reveal.js decks that need no network - for a projector in a room without Wi-Fi.

Built with nbconvert's reveal.js exporter from the saved notebooks (no kernel): every
``#``/``##`` heading starts a slide and ``###`` a sub-slide; code is hidden; a widget's output
(which needs a kernel) is left out; a poll (``otpt.Poll([...])``) becomes one slide per
activity - the card, then the answer and why on the next slide (press the right arrow) - and
a care-team case (``otpt.CareTeamPlanner("hip")``) a slide of its tasks, then the
recommended plan with why and both goals.
reveal.js is vendored from npm (tools/slides/reveal.js, MIT: its LICENSE beside it) and
copied next to the decks. Run via `make slides` (or: python tools/build_slides.py OUT_DIR).
"""

from __future__ import annotations

import ast
import shutil
import sys
from html import escape
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent / "slides"
DECKS = ("05_working_together.ipynb", "07_live_poll.ipynb")
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


def poll_cells(ids: list[str], bank) -> list:
    """Per activity: a slide with the card, then a slide with the revealed answer - the poll
    widget's own HTML (`otpt.render.poll`) for the key's feedback."""
    from otpt.analysis.grading import check_answer
    from otpt.render.poll import poll_answer_html, poll_card_html

    rows = bank.set_index(bank["id"].astype(str), drop=False)
    cells = []
    for n, activity_id in enumerate(ids, 1):
        row = rows.loc[activity_id]
        heading = f"<p>Poll {n} of {len(ids)}: hands up for OT, PT or Both.</p>"
        cells.append(_html_cell(heading + poll_card_html(row), "slide"))
        answer = poll_answer_html(check_answer(bank, activity_id, str(row["lead"])))
        title = f"<p>Poll {n} of {len(ids)}, the answer: {escape(str(row['activity']))}</p>"
        cells.append(_html_cell(title + answer, "slide"))
    return cells


def case_cells(case_id: str, cases) -> list:
    """A slide with the case's tasks to plan, then a slide with the recommended plan - the
    planner's own words (`otpt.render.plan`)."""
    from otpt.render.plan import case_tasks_html, recommended_plan_html

    return [_html_cell(case_tasks_html(cases[case_id]), "slide"),
            _html_cell(recommended_plan_html(cases[case_id]), "slide")]  # fmt: skip


def slides_notebook(nb, bank, cases=None):
    """A copy of ``nb`` marked up for slides (see the module's docstring)."""
    from otpt.io.cases import load_cases

    cases = load_cases() if cases is None else cases
    nb = nbformat.from_dict(nb)
    cells, polled = [], set()
    for cell in nb.cells:
        cell.metadata["slideshow"] = {"slide_type": _slide_type(cell)}
        if cell.cell_type != "code":
            cells.append(cell)
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


def build_slides(out: Path, notebooks=DECKS) -> list[Path]:
    """Write ``NN_name.slides.html`` for each of ``notebooks`` and the vendored reveal.js
    into ``out``; the decks written."""
    from nbconvert import SlidesExporter

    from otpt.io.bank import load_activities

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(HERE / "reveal.js", out / "reveal.js", dirs_exist_ok=True)
    bank = load_activities()
    exporter = SlidesExporter(extra_template_basedirs=[str(HERE)], template_name="otpt_reveal", exclude_input=True,
                              exclude_input_prompt=True, exclude_output_prompt=True, reveal_url_prefix="reveal.js", reveal_theme="white")  # fmt: skip
    written = []
    for name in notebooks:
        nb = slides_notebook(nbformat.read(ROOT / "notebooks" / name, as_version=4), bank)
        html, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": Path(name).stem}})
        path = out / f"{Path(name).stem}.slides.html"
        path.write_text(html, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for deck in build_slides(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "slides"):
        print(f"Wrote {deck}")
