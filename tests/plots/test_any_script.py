"""Chart text in any script (issue 34): names drawn with an installed font that has their
letters; where none has them, "?" and one note on the chart - never boxes and a warning
per letter."""

import warnings

import matplotlib as mpl
import matplotlib.figure
import pandas as pd
import pytest
from matplotlib import font_manager

import otpt
from otpt.plots import fonts
from otpt.plots.fonts import FONT_NOTE_GID, font_chain

NAMES = {
    "Greek": "Ντύσιμο μετά από εγκεφαλικό",
    "Cyrillic": "Одевание после инсульта",
    "Chinese": "中風後單手穿襯衫",
    "Thai": "การแต่งตัวหลังโรคหลอดเลือดสมอง",
    "Arabic": "ارتداء الملابس بعد السكتة",
    "Devanagari": "स्ट्रोक के बाद कपड़े पहनना",
}


def bank(*names):
    return otpt.coerce_activities(
        pd.DataFrame({"activity": list(names), "lead": ["OT", "PT", "Both"][: len(names)]})
    )


def covered(text, families) -> bool:
    """Whether the fonts ``families`` name, together, have every letter of ``text``."""
    maps = [fonts._charmap(font_manager.findfont(font_manager.FontProperties(family=[f]))) for f in families]
    return all(c.isspace() or any(ord(c) in m for m in maps) for c in text)


def class_answers(name):
    return pd.DataFrame(
        {
            "learner": ["a", "b"],
            "activity_id": ["C1", "C1"],
            "activity": [name, name],
            "answer": ["OT", "PT"],
            "key": ["OT", "OT"],
            "correct": [True, False],
            "round": [1, 1],
        }
    )


def drawn_texts(ax):
    return [t for t in ax.figure.findobj(mpl.text.Text) if t.get_text()]


@pytest.mark.parametrize("script", NAMES)
def test_a_name_is_drawn_with_a_font_that_has_its_letters_when_one_is_installed(script):
    name = NAMES[script]
    chain, missing = font_chain([name])
    if missing:
        pytest.skip(f"no installed font has every {script} letter (install fonts-noto-core fonts-noto-cjk)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Glyph ... missing" warning, not even when the figure is drawn
        ax = otpt.plot_overlap(bank(name, "Walking"))
        ax.figure.canvas.draw()
    label = next(t for t in drawn_texts(ax) if name in t.get_text().replace("\n", " "))
    families = label.get_fontproperties().get_family()
    assert covered(name, families)
    assert not [t for t in drawn_texts(ax) if t.get_gid() == FONT_NOTE_GID]


def test_the_styles_own_font_comes_first_and_a_fallback_follows():
    """A style font without Greek ("cmss10", shipped with matplotlib) gets one that has it."""
    with mpl.rc_context({"font.family": "cmss10"}):
        chain, missing = font_chain(["Ντύσιμο"])
        assert chain[0] == "cmss10" and len(chain) >= 2 and not missing
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            ax = otpt.plot_overlap(bank("Ντύσιμο", "Walking"))
            ax.figure.canvas.draw()
    labels = [t for t in ax.get_yticklabels() + drawn_texts(ax) if "Ντύσιμο" in t.get_text()]
    assert labels and all(covered("Ντύσιμο", t.get_fontproperties().get_family()) for t in labels)


def test_ascii_text_changes_nothing():
    assert font_chain(["Tying shoelaces", "Walking 50 m"]) == ([], set())
    ax = otpt.plot_lead_counts(bank("Tying shoelaces", "Walking"))
    assert all(t.get_fontproperties().get_family() == mpl.rcParams["font.family"] for t in drawn_texts(ax))


def test_letters_no_font_has_are_said_once_not_drawn_as_boxes(monkeypatch):
    monkeypatch.setattr(fonts, "_candidates", lambda: [])  # a machine with only the style's font
    monkeypatch.setattr(fonts, "_add_system_fonts", lambda: False)
    name = NAMES["Chinese"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax = otpt.plot_class_accuracy(class_answers(name))
        ax.figure.canvas.draw()
    texts = drawn_texts(ax)
    assert not any(c in t.get_text() for t in texts for c in name)  # no box is drawn
    assert any("?" * 3 in t.get_text() for t in texts)
    notes = [t for t in texts if t.get_gid() == FONT_NOTE_GID]
    assert len(notes) == 1 and "fonts-noto-cjk" in notes[0].get_text()
    assert "have no font on this computer" in notes[0].get_text().replace("\n", " ")


def test_a_figure_without_a_layout_makes_room_for_the_note(monkeypatch):
    monkeypatch.setattr(fonts, "_candidates", lambda: [])
    monkeypatch.setattr(fonts, "_add_system_fonts", lambda: False)
    fig = matplotlib.figure.Figure(figsize=(6, 4))
    ax = fig.add_axes([0.3, 0.1, 0.6, 0.8])
    otpt.plot_class_accuracy(class_answers(NAMES["Chinese"]), ax=ax)
    assert fig.get_size_inches()[1] > 4  # a strip was added below
    note = next(t for t in fig.texts if t.get_gid() == FONT_NOTE_GID)
    renderer = fig.canvas.get_renderer()
    assert note.get_window_extent(renderer).y1 < ax.get_window_extent(renderer).y0


def test_a_chart_drawn_without_axes_gets_its_fonts_without_making_ticks(monkeypatch):
    monkeypatch.setattr(fonts, "_candidates", lambda: [])  # no font has the name's letters
    monkeypatch.setattr(fonts, "_add_system_fonts", lambda: False)
    name = NAMES["Chinese"]
    import matplotlib.pyplot as plt

    fresh = plt.subplots()[1]  # how many ticks an Axes starts with (1 or 2, by matplotlib version)
    start = (len(fresh.xaxis.majorTicks), len(fresh.yaxis.majorTicks))
    plt.close(fresh.figure)
    ax = otpt.plot_plan(otpt.load_cases()["hip"], plan={}, plan_name=name)
    texts = [t.get_text() for t in ax.texts]
    assert name not in texts and "?" * len(name) in texts  # the plan's name was found and fitted
    # its axes are not drawn (axis("off")): looking for texts made none of their ticks (asked
    # for its children, an axis makes as many as its locator has)
    assert (len(ax.xaxis.majorTicks), len(ax.yaxis.majorTicks)) == start
