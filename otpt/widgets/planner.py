"""CareTeamPlanner: assign each task of a case to OT, PT or Together, then compare the
plan with the recommended one - per task, and as a picture of both plans side by side."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

import ipywidgets as widgets
import matplotlib.pyplot as plt
from matplotlib.font_manager import FontProperties

from ..analysis.grading import SYMBOLS, grade
from ..io.cases import PLAN_LEADS, Case, load_cases
from ..render import html as render
from ..render.figures import figure_html, literal_text
from ..vocab import PALETTE
from .clicks import OneActionPerClick

_COLOURS = {"OT": PALETTE["OT"], "Together": PALETTE["Both"], "PT": PALETTE["PT"]}


@dataclass(frozen=True)
class TaskCheck:
    task: str
    chosen: str | None
    lead: str
    outcome: str  # right, defensible or not usually (as the quiz grades); "not assigned" when chosen is None
    ot_goal: str
    pt_goal: str
    why: str

    @property
    def correct(self) -> bool:
        """True for the recommended plan or a defensible one."""
        return self.outcome in ("right", "defensible")


def check_plan(case: Case, plan: dict[str, str | None]) -> list[TaskCheck]:
    """Compare a plan (task id -> OT, PT or Together; None if unassigned) with the case's;
    a task's ``also_accepted`` plans are graded defensible, as in the quiz."""
    checks = []
    for t in case.tasks:
        chosen = plan.get(t.task_id)
        outcome = "not assigned" if chosen is None else grade(chosen, t.lead, ";".join(t.also_accepted))
        checks.append(TaskCheck(t.task, chosen, t.lead, outcome, t.ot_goal, t.pt_goal, t.why))
    return checks


def plan_score(checks: list[TaskCheck]) -> str:
    """ "4 of 7 tasks as recommended, 2 more defensible" (defensible part only when there are some)."""
    right = sum(c.outcome == "right" for c in checks)
    defensible = sum(c.outcome == "defensible" for c in checks)
    return f"{right} of {len(checks)} tasks as recommended" + (
        f", {defensible} more defensible" if defensible else ""
    )


def describe_plan(case: Case, plan: dict[str, str | None]) -> str:
    checks = check_plan(case, plan)
    parts = [
        f"{c.task}: {c.chosen or 'not assigned'}"
        + {"right": "", "defensible": f" (defensible; recommended {c.lead})"}.get(
            c.outcome, f" (recommended {c.lead})"
        )
        for c in checks
    ]
    return f"Plan for '{case.title}': {plan_score(checks)}. " + "; ".join(parts) + "."


def _lines(text: str) -> int:
    return text.count("\n") + 1


@literal_text
def plot_plan(case: Case, plan: dict[str, str | None], *, ax=None, wrap: int = 24):
    """Your plan (top) and the recommended plan (bottom), each as three columns: OT,
    Together, PT. Your tasks carry ✓ or ✗. Returns the Axes.

    Heights are counted in lines of the tasks' font, so the boxes never overlap in any
    style; the figure is as tall as its longest column needs.
    """
    checks = check_plan(case, plan)
    bands = (("Your plan", lambda c: c.chosen), ("Recommended", lambda c: c.lead))
    boxes = {c.task: textwrap.fill(c.task, wrap) for c in checks}
    gap, header = 1.3, 4.0  # lines between boxes; lines for a band's title and column names
    columns = [max([sum(_lines(boxes[c.task]) + gap for c in checks if pick(c) == lead) for lead in PLAN_LEADS]
                   + [2.3]) for _, pick in bands]  # fmt: skip
    missing = [c.task for c in checks if not c.chosen]
    note = textwrap.fill("Not assigned yet: " + "; ".join(missing), 3 * wrap + 12) if missing else ""
    below = _lines(note) + 1 if note else 0
    total = 2 * header + sum(columns) + below + 1
    if ax is None:
        line = FontProperties(size="small").get_size_in_points() * 1.3 / 72  # inches per line
        _, ax = plt.subplots(figsize=(10, total * line + 0.3), layout="constrained")
    top = 0.0
    for band, (title, pick) in enumerate(bands):
        ax.text(-0.55, top - 1.0, title, fontsize="large", fontweight="bold", va="center")
        for col, lead in enumerate(PLAN_LEADS):
            ax.text(col + 0.5, top - 2.6, lead, ha="center", va="center", fontweight="bold",
                    color="white" if lead == "PT" else "black",
                    bbox={"boxstyle": "round", "facecolor": _COLOURS[lead], "edgecolor": "none"})  # fmt: skip
            y = top - header
            for c in (c for c in checks if pick(c) == lead):
                mark = f"{SYMBOLS[c.outcome]} " if band == 0 and c.outcome in SYMBOLS else ""
                ax.text(col + 0.5, y - _lines(boxes[c.task]) / 2, mark + boxes[c.task], ha="center",
                        va="center", fontsize="small",
                        bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": _COLOURS[lead]})  # fmt: skip
                y -= _lines(boxes[c.task]) + gap
        top -= header + columns[band]
        if band == 0 and note:
            ax.text(1.5, top - 0.3, note, ha="center", va="top", fontsize="small")
            top -= below
    ax.set_xlim(-0.6, 3.1)
    ax.set_ylim(-total, 0)
    ax.axis("off")
    return ax


class CareTeamPlanner(widgets.VBox):
    """Plan a case: who leads each task - OT, PT, or Together (co-treatment)?

    Example:
        >>> CareTeamPlanner("hip")  # doctest: +SKIP
    """

    def __init__(self, case: str | Case = "hip", *, cases: dict[str, Case] | None = None):
        if isinstance(case, str):
            cases = cases or load_cases()
            if case not in cases:
                raise ValueError(f"no case called {case!r}; choose from: {', '.join(cases)}")
            case = cases[case]
        self.case = case
        header = widgets.HTML(
            f"<h3 style='margin:0.2em 0'>{escape(case.title)}</h3><p style='line-height:1.4'>{escape(case.summary)}</p>"
        )
        self.choices = {}
        rows = []
        for t in case.tasks:
            choice = widgets.ToggleButtons(options=list(PLAN_LEADS), value=None, description="",
                                           tooltips=[f"{t.task}: {lead}" for lead in PLAN_LEADS],
                                           style={"button_width": "90px"})  # fmt: skip
            self.choices[t.task_id] = choice
            label = widgets.HTML(f"<b>{escape(t.task)}</b>", layout={"width": "300px"})
            rows.append(widgets.HBox([label, choice], layout={"align_items": "center"}))
        self.check_button = widgets.Button(description="Check my plan", button_style="primary", icon="check",
                                           tooltip="Compare your plan with the recommended one")  # fmt: skip
        self.reset_button = widgets.Button(
            description="Start over", icon="refresh", tooltip="Clear every choice"
        )
        for button in (self.check_button, self.reset_button):
            button.layout.width = "auto"
        self.feedback = widgets.HTML()
        self.picture = widgets.HTML()
        self.clicks = OneActionPerClick()
        self.clicks.on_click(self.check_button, self._on_check)
        self.clicks.on_click(self.reset_button, self._on_reset)
        for choice in self.choices.values():
            choice.observe(self.clicks.interaction, names="value")
        super().__init__([header, *rows, widgets.HBox([self.check_button, self.reset_button]), self.feedback,
                          self.picture], layout={"max_width": "900px"})  # fmt: skip

    @property
    def plan(self) -> dict[str, str | None]:
        return {task_id: choice.value for task_id, choice in self.choices.items()}

    def _on_check(self, _=None) -> None:
        plan = self.plan
        if not any(plan.values()):
            self.feedback.value = render.message_html(
                "Choose OT, PT or Together for at least one task first."
            )
            self.picture.value = ""
            return
        checks = check_plan(self.case, plan)
        items = []
        for c in checks:
            if c.chosen is None:
                verdict = f"- Not assigned; recommended: {c.lead}"
            elif c.outcome == "right":
                verdict = f"\u2713 {c.lead}"
            elif c.outcome == "defensible":
                verdict = f"\u2248 Defensible: you chose {c.chosen}; recommended: {c.lead}"
            else:
                verdict = f"\u2717 You chose {c.chosen}; recommended: {c.lead}"
            goals = "".join(
                f"<li><b>{who} goal:</b> {escape(goal)}</li>"
                for who, goal in (("OT", c.ot_goal), ("PT", c.pt_goal))
                if goal
            )
            items.append(
                f"<li><b>{escape(c.task)}</b> - {escape(verdict)}<br>{escape(c.why)}<ul>{goals}</ul></li>"
            )
        self.feedback.value = (
            f"<h4 style='margin:0.4em 0'>{plan_score(checks)}</h4>"
            f"<ul style='line-height:1.4'>{''.join(items)}</ul>"
        )
        ax = plot_plan(self.case, plan)
        self.picture.value = figure_html(ax, describe_plan(self.case, plan))._repr_html_()

    def _on_reset(self, _=None) -> None:
        for choice in self.choices.values():
            choice.value = None
        self.feedback.value = self.picture.value = ""
