"""The contract every Axes-level plot keeps, written once (as seaborn's shared Axes-level
tests): data first, ``title=``, ``ax=`` and ``**kwargs`` for the main artist, the Axes
returned, a note for empty data, and a ``describe_`` sentence for the same data."""

from __future__ import annotations

import matplotlib.figure
import matplotlib.pyplot as plt
import pandas as pd
import pytest

import otpt
from otpt.io.cases import Case, Task
from otpt.io.exchange.format import AnswerRecord
from otpt.plots._common import EMPTY_GID

from .._banks import TINY_ROWS, bank_of

BANK = bank_of(TINY_ROWS)
EMPTY = BANK.iloc[:0]


def _answers(rows):
    """A class's answers: (learner, activity id, answer, confidence), graded on BANK."""
    keys = BANK.set_index("id")
    records = []
    for learner, activity_id, answer, confidence in rows:
        key, also = str(keys.loc[activity_id, "lead"]), keys.loc[activity_id, "also_accepted"]
        outcome = otpt.grade(answer, key, also if isinstance(also, str) else None)
        record = AnswerRecord(
            activity_id,
            keys.loc[activity_id, "activity"],
            answer,
            key,
            outcome,
            confidence,
            1,
            "2026-09-01T10:00:00+00:00",
        )
        records.append({"learner": learner, "file": f"{learner}.json", **record.to_json()})
    return pd.DataFrame(records)


ANSWERS = _answers(
    [
        ("ada", "T1", "PT", "sure"),
        ("ada", "T2", "OT", "unsure"),
        ("bo", "T1", "Both", "sure"),
        ("bo", "T5", "OT", "sure"),
        ("cy", "T2", "PT", "unsure"),
    ]
)
AFTER = ANSWERS.assign(answer=ANSWERS["key"], outcome="right", correct=True)
NO_ANSWERS = ANSWERS.iloc[:0]
CASE = Case(
    "c1",
    "A test case",
    "school",
    "A child at school.",
    (
        Task("t1", "Carrying the tray", "Both", "Opening packets", "Walking with it", "Both have a goal"),
        Task("t2", "Handwriting", "OT", "Letter forming", "", "The task itself"),
    ),
)
NO_TASKS = Case("c0", "An empty case", "school", "Nothing yet.")
SUGGESTION = otpt.suggest_lead(target="occupation")

#: plot name -> (its data, the same kind of data with nothing in it, keywords both need).
PLOTS = {
    "lead_counts": (BANK, EMPTY, {}),
    "confusion": (ANSWERS, NO_ANSWERS, {}),
    "class_accuracy": (ANSWERS, NO_ANSWERS, {}),
    "most_debated": (ANSWERS, NO_ANSWERS, {}),
    "confidence": (ANSWERS, NO_ANSWERS, {}),
    "pre_post": (ANSWERS, NO_ANSWERS, {"after": AFTER}),
    "poll": ({"OT": 3, "Both": 5, "PT": 1}, {}, {"key": "Both"}),
    "overlap": (BANK, None, {}),  # empty, every region says 0 and "(none)": the picture is the note
    "skill_emphasis": (BANK, EMPTY, {}),
    "spectrum": (BANK, EMPTY, {}),
    "plan": (CASE, NO_TASKS, {"plan": {"t1": "Both", "t2": "PT"}}),
    "placement": (
        BANK,
        None,
        {"suggestion": SUGGESTION, "name": "Cooking a meal"},
    ),  # your star is always data
}


def _plot(name):
    return getattr(otpt, f"plot_{name}"), getattr(otpt, f"describe_{name}")


def test_every_axes_level_plot_is_listed_here():
    figure_level = {"plot_overlaps"}  # returns a Figure of several panels, takes no ax
    assert {n for n in otpt.__all__ if n.startswith("plot_")} - figure_level == {f"plot_{n}" for n in PLOTS}


@pytest.mark.parametrize("name", PLOTS)
def test_draws_on_the_axes_it_is_given_and_returns_it(name):
    plot, _ = _plot(name)
    data, _, keywords = PLOTS[name]
    ax = matplotlib.figure.Figure().subplots()  # never touches pyplot's list of figures
    before = plt.get_fignums()
    assert plot(data, ax=ax, **keywords) is ax
    assert plt.get_fignums() == before
    assert ax.get_children(), "nothing was drawn"


@pytest.mark.parametrize("name", PLOTS)
def test_without_an_axes_it_makes_its_own_figure(name):
    plot, _ = _plot(name)
    data, _, keywords = PLOTS[name]
    ax = plot(data, **keywords)
    assert ax.figure.number in plt.get_fignums()


@pytest.mark.parametrize("name", PLOTS)
def test_the_callers_keywords_reach_the_main_artist(name):
    plot, _ = _plot(name)
    data, _, keywords = PLOTS[name]
    ax = plot(data, gid="from-the-caller", **keywords)
    marked = [a for a in ax.findobj() if a.get_gid() == "from-the-caller"]
    assert marked, "the keywords did not reach any artist"


@pytest.mark.parametrize("name", PLOTS)
def test_a_title_is_drawn_above_the_axes(name):
    plot, _ = _plot(name)
    data, _, keywords = PLOTS[name]
    ax = plot(data, title="What this chart shows", **keywords)
    texts = [t.get_text().replace("\n", " ") for t in ax.figure.findobj(matplotlib.text.Text)]
    assert "What this chart shows" in texts


@pytest.mark.parametrize("name", [n for n, (_, empty, _) in PLOTS.items() if empty is not None])
def test_empty_data_draws_a_note_and_is_described(name):
    plot, describe = _plot(name)
    _, empty, keywords = PLOTS[name]
    ax = plot(empty, **keywords)
    notes = [t for t in ax.texts if t.get_gid() == EMPTY_GID]
    assert len(notes) == 1 and notes[0].get_text()
    assert describe(empty, **keywords).endswith(".")


@pytest.mark.parametrize("name", PLOTS)
def test_the_description_is_a_sentence_about_the_same_data(name):
    _, describe = _plot(name)
    data, _, keywords = PLOTS[name]
    text = describe(data, **keywords)
    assert isinstance(text, str) and (text[0].isupper() or text[0] == "'")
    assert text.endswith(".") and len(text) > 20
