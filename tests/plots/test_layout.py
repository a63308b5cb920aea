"""Every chart, drawn as a learner or a lecture hall sees it: no text over text or over a
legend, no legend over the data, nothing cut at the figure's edge, and no two ticks on one
axis with the same label - for every plot function, in the notebook and the projector
style, for 1 to 500 learners and activity names up to 120 characters (issue 19, case 13).

The texts' bounding boxes are the ones matplotlib drew: `Text.draw` is wrapped while the
figure is drawn, so a text that was hidden or empty is not measured.
"""

from __future__ import annotations

import warnings
from contextlib import contextmanager

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.legend import Legend
from matplotlib.text import Text

import otpt
from otpt.analysis.grading import grade
from otpt.io import bank as bank_module
from otpt.io.exchange.format import AnswerRecord

STYLES = ("notebook", "projector")
LONG = (
    "Putting on a shirt after a stroke, weaker left side, sitting on the edge of the bed, the shirt "
    "laid out on the left knee"
)
assert len(LONG) <= 120


@contextmanager
def drawn_texts(fig):
    """Draw ``fig`` (layout engine included) and yield [(Text, Bbox)] of what was drawn."""
    drawn = []
    original = Text.draw

    def draw(self, renderer):
        original(self, renderer)
        if self.get_visible() and self.get_text().strip():
            box = self.get_window_extent(renderer)
            patch = self.get_bbox_patch()
            if patch is not None:
                box = mpl.transforms.Bbox.union([box, patch.get_window_extent(renderer)])
            drawn.append((self, box))

    Text.draw = draw
    try:
        fig.canvas.draw()
    finally:
        Text.draw = original
    yield drawn


def _overlap(a, b, tol=1.0) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > tol and min(a.y1, b.y1) - max(a.y0, b.y0) > tol


def _overlapping_pairs(boxes) -> list[tuple[int, int]]:
    """(i, j), i < j, for every two ``boxes`` that overlap, in the order of
    `itertools.combinations`: a sweep from left to right compares a box only with those
    that start before it ends (all pairs of a whole bank's texts took seconds)."""
    order = sorted(range(len(boxes)), key=lambda k: boxes[k].x0)
    pairs = []
    for n, i in enumerate(order):
        for j in order[n + 1 :]:
            if boxes[j].x0 - boxes[i].x1 >= -1.0:  # this one and all after start past i's end
                break
            if _overlap(boxes[i], boxes[j]):
                pairs.append((min(i, j), max(i, j)))
    return sorted(pairs)


def layout_problems(fig) -> list[str]:
    """Every collision, cut text, legend over data and repeated tick label in ``fig``."""
    problems = []
    with drawn_texts(fig) as texts:
        renderer = fig.canvas.get_renderer()
        legends = [lg for lg in fig.findobj(Legend) if lg.get_visible()]
        owner = {}
        for lg in legends:
            for t in [*lg.get_texts(), lg.get_title()]:
                owner[id(t)] = lg
        edge = fig.bbox
        for t, box in texts:
            if box.x0 < edge.x0 - 1 or box.y0 < edge.y0 - 1 or box.x1 > edge.x1 + 1 or box.y1 > edge.y1 + 1:
                problems.append(f"cut at the figure's edge: {t.get_text()!r}")
        for i, j in _overlapping_pairs([box for _, box in texts]):
            (a, _), (b, _) = texts[i], texts[j]
            same_legend = id(a) in owner and owner.get(id(a)) is owner.get(id(b))
            if not same_legend:
                problems.append(f"text over text: {a.get_text()!r} and {b.get_text()!r}")
        for lg in legends:
            lbox = lg.get_window_extent(renderer)
            for t, box in texts:
                if owner.get(id(t)) is not lg and _overlap(lbox, box):
                    problems.append(f"text over the legend: {t.get_text()!r}")
            for ax in fig.axes:
                if ax.axison and _overlap(lbox, ax.get_window_extent(renderer), tol=2):
                    problems.append("legend over the data")
        for ax in fig.axes:
            if not ax.axison:
                continue
            for axis in (ax.xaxis, ax.yaxis):
                labels = [t.get_text() for t in axis.get_ticklabels() if t.get_visible() and t.get_text()]
                repeated = {text for text in labels if labels.count(text) > 1}
                if repeated:
                    problems.append(f"two ticks share a label: {sorted(repeated)}")
    return problems


# ---------------------------------------------------------------- data of every size


BANK = otpt.load_activities()


def class_answers(learners: int, activities: list[tuple[str, str, str]], split=(0.2, 0.2, 0.6)):
    """A class of ``learners``, each answering every (id, name, key) activity; the answers
    follow ``split`` (shares of OT, Both, PT), spread over learners exactly."""
    rows = []
    for activity_id, name, key in activities:
        counts = [round(s * learners) for s in split]
        counts[-1] = learners - sum(counts[:-1])
        answers = [lead for lead, n in zip(otpt.LEADS, counts) for _ in range(n)]
        for n, answer in enumerate(answers):
            outcome = grade(answer, key, None)
            record = AnswerRecord(activity_id, name, answer, key, outcome, "sure" if n % 3 else "unsure")
            rows.append({"learner": f"learner {n}", "file": f"{n}.json", **record.to_json()})
    return pd.DataFrame(rows)


def bank_items(n=8):
    return [(str(r.id), r.activity, r.lead) for r in BANK.head(n).itertuples()]


LONG_ITEMS = [
    ("L1", LONG, "OT"),
    ("L2", LONG.replace("left", "right"), "OT"),
    ("L3", LONG[:-10] + " (again)", "PT"),
    ("L4", "Making tea", "OT"),
    ("L5", "Climbing stairs", "PT"),
    ("L6", "x" * 120, "Both"),
]


def long_bank():
    bank = BANK.head(12).copy()
    bank["activity"] = [f"{LONG[:100]} number {i}" for i in range(len(bank))]
    return bank


CLASSES = {
    "1 learner": class_answers(1, bank_items()),
    "30 learners": class_answers(30, bank_items()),
    "300 learners, 8/8/84": class_answers(
        300,
        [("A", "Transferring from bed to wheelchair", "PT"), ("B", "Making tea", "OT")],
        split=(0.08, 0.08, 0.84),
    ),
    "500 learners, 1/1/98": class_answers(500, bank_items(4), split=(0.01, 0.01, 0.98)),
    "500 learners, long names": class_answers(500, LONG_ITEMS, split=(0.3, 0.3, 0.4)),
    "300 learners, all right": class_answers(300, [("B", "Making tea", "OT")], split=(1, 0, 0)),
}


def _cases():
    yield "plot_lead_counts", "by setting", lambda: otpt.plot_lead_counts(BANK)
    yield "plot_lead_counts", "by population", lambda: otpt.plot_lead_counts(BANK, by="population")
    own = BANK.head(20).copy()
    own["setting"] = own["setting"].astype(str)
    own.loc[own.index[:5], "setting"] = "Regional paediatric outpatient clinic and community outreach service"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", otpt.ActivityDataNote)  # "kept as your own setting"
        own = bank_module.coerce_activities(own)
    yield "plot_lead_counts", "own long setting", lambda: otpt.plot_lead_counts(own)
    yield "plot_spectrum", "own long setting", lambda: otpt.plot_spectrum(own)
    yield "plot_spectrum", "by setting", lambda: otpt.plot_spectrum(BANK, title="Where each setting sits")
    yield "plot_spectrum", "by population", lambda: otpt.plot_spectrum(BANK, by="population")
    yield "plot_overlap", "bank", lambda: otpt.plot_overlap(BANK, title="The bank")
    yield "plot_overlap", "long names", lambda: otpt.plot_overlap(long_bank(), title="Long names")
    yield "plot_overlaps", "bank and long", lambda: otpt.plot_overlaps({"Key": BANK, "Long": long_bank()})
    three = {"Key": BANK, LONG: long_bank(), "School": BANK[BANK["setting"] == "school"]}
    yield "plot_overlaps", "three, one title 120 characters", lambda: otpt.plot_overlaps(three)
    yield "plot_skill_emphasis", "bank", lambda: otpt.plot_skill_emphasis(BANK, title="Skills")
    yield "plot_skill_emphasis", "empty", lambda: otpt.plot_skill_emphasis(BANK.iloc[:0])
    for name, answers in CLASSES.items():
        yield "plot_confusion", name, lambda a=answers: otpt.plot_confusion(a, title="Answers")
        yield "plot_class_accuracy", name, lambda a=answers: otpt.plot_class_accuracy(a, title="Accuracy")
        yield "plot_most_debated", name, lambda a=answers: otpt.plot_most_debated(a, title="Debated")
        yield "plot_confidence", name, lambda a=answers: otpt.plot_confidence(a, title="Confidence")
        flipped = answers.assign(correct=~answers["correct"])
        yield (
            "plot_pre_post",
            name,
            lambda a=answers, b=flipped: otpt.plot_pre_post(a, after=b, title="Before and after"),
        )
    every = [(str(r.id), r.activity, r.lead) for r in BANK.itertuples()]
    yield (
        "plot_class_accuracy",
        "whole bank",
        lambda: otpt.plot_class_accuracy(class_answers(30, every), top=None),
    )
    for counts in (
        {},
        {"OT": 1},
        {"OT": 500},
        {"OT": 8, "Both": 8, "PT": 84},
        {"OT": 167, "Both": 166, "PT": 167},
    ):
        yield (
            "plot_poll",
            str(counts),
            lambda c=counts: otpt.plot_poll(c, key="PT", also_accepted="Both", title="Poll"),
        )
    for lead in otpt.LEADS:
        row = BANK[BANK["lead"] == lead].iloc[0]
        suggestion = otpt.suggest_lead(
            row["skills"], row["occupation_area"], target=row["target"], interventions=row["intervention"]
        )
        yield (
            "plot_placement",
            f"long name, {lead}",
            lambda s=suggestion: otpt.plot_placement(BANK, suggestion=s, name=LONG),
        )
    for case in otpt.load_cases().values():
        tasks = [t.task_id for t in case.tasks]
        yield "plot_plan", f"{case.title}, nothing assigned", lambda c=case: otpt.plot_plan(c, plan={})
        yield (
            "plot_plan",
            f"{case.title}, all OT",
            lambda c=case, ts=tasks: otpt.plot_plan(c, plan=dict.fromkeys(ts, "OT")),
        )
        yield (
            "plot_plan",
            f"{case.title}, one left",
            lambda c=case, ts=tasks: otpt.plot_plan(c, plan=dict.fromkeys(ts[1:], "PT")),
        )


CASES = {f"{function}: {scenario}": draw for function, scenario, draw in _cases()}

#: One case per plot function runs in `make check` (and on the minimum versions): the one
#: with the most to collide - the longest names, the largest class, the most text. The
#: other sizes and splits draw through the same label and count paths; they run in
#: `make test` and CI (marked slow), on the current releases.
HARDEST = {
    "plot_lead_counts": "own long setting",
    "plot_spectrum": "own long setting",
    "plot_overlap": "long names",
    "plot_overlaps": "three, one title 120 characters",
    "plot_skill_emphasis": "bank",
    "plot_confusion": "500 learners, long names",
    "plot_class_accuracy": "500 learners, long names",
    "plot_most_debated": "500 learners, long names",
    "plot_confidence": "500 learners, long names",
    "plot_pre_post": "500 learners, long names",
    "plot_poll": "{'OT': 8, 'Both': 8, 'PT': 84}",
    "plot_placement": "long name, OT",
    "plot_plan": "one left",
}
FAST = {
    next(case for case in CASES if case.startswith(f"{function}: ") and case.endswith(scenario))
    for function, scenario in HARDEST.items()
}


#: A lesson's output is ~860 CSS px wide in JupyterLab at 1280 px with the file browser
#: open; its body text is 14 px (--jp-content-font-size1). A figure is shown at its own
#: size (an SVG: 96 px per inch), shrunk to the lesson's width when wider (issue 20).
LESSON_WIDTH, BODY_TEXT = 860, 14.0
SMALLEST = {"notebook": BODY_TEXT, "projector": 1.25 * BODY_TEXT}


def smallest_text(fig) -> tuple[float, str]:
    """(size in CSS px as the lesson shows it, text) of the smallest text drawn in ``fig``."""
    scale = min(1.0, LESSON_WIDTH / (fig.get_figwidth() * 96))
    with drawn_texts(fig) as texts:
        return min(((t.get_fontsize() * 96 / 72 * scale, t.get_text()) for t, _ in texts), default=(99.0, ""))


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=() if c in FAST else pytest.mark.slow) for c in CASES]
)
def test_no_text_collides_or_is_smaller_than_the_page(case, style):
    with mpl.rc_context(otpt.style_params(style)):
        drawn = CASES[case]()
        fig = getattr(drawn, "figure", drawn)
        problems = layout_problems(fig)
        size, text = smallest_text(fig)
    plt.close(fig)
    if size < SMALLEST[style] - 0.05:
        problems.append(f"text smaller than the page's ({size:.1f} px < {SMALLEST[style]:.1f} px): {text!r}")
    assert not problems, "\n".join(problems)


def test_every_plot_function_is_tried():
    functions = {n for n in otpt.__all__ if n.startswith("plot_")}
    assert {case.split(":")[0] for case in CASES} == functions
    assert {case.split(":")[0] for case in FAST} == functions == set(HARDEST)  # in make check too


def test_the_checker_sees_each_fault():
    """The checker itself: each kind of fault it exists for is reported."""
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.text(0.1, 0.5, "one text")
    ax.text(0.12, 0.5, "over another")
    ax.text(0.9, 0.1, "runs past the figure's edge")
    ax.set_yticks([0, 1], ["same", "same"])
    ax.plot([0, 1], [0, 1], label="a line")
    ax.legend(loc="center")
    problems = layout_problems(fig)
    assert smallest_text(fig)[0] == pytest.approx(10 * 96 / 72)  # matplotlib default 10 pt: below the page
    assert any(p.startswith("text over text: 'one text'") for p in problems)
    assert any("cut at the figure's edge: \"runs past" in p for p in problems)
    assert "two ticks share a label: ['same']" in problems
    assert "legend over the data" in problems
