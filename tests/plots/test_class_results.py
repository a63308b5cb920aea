"""The class plots draw the numbers of the class views."""

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.colors import to_hex

import otpt


def test_class_plots_draw_the_numbers(saved_class):
    merged = otpt.load_class(saved_class)
    ax = otpt.plot_class_accuracy(merged)
    assert [round(p.get_width()) for p in ax.patches] == [50, 100]
    assert "1 of 2" in [t.get_text() for t in ax.texts]
    ax = otpt.plot_most_debated(merged, top=1)
    assert "50% \u2713" in [t.get_text() for t in ax.texts]
    ax = otpt.plot_confidence(merged)
    assert {"3", "likely\nmisconception", "guess"} <= {t.get_text() for t in ax.texts}
    after = merged.assign(answer=merged["key"], outcome="right", correct=True)
    ax = otpt.plot_pre_post(merged, after=after)
    drawn = [line for line in ax.lines if len(line.get_xdata())]
    assert len(drawn) == 3  # two learners + the class mean
    learners = [to_hex(line.get_color()) for line in drawn[:2]]
    assert not set(learners) & {c.lower() for c in otpt.PALETTE.values()}  # lead colours mean leads only
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:2] == ["improved: 1", "unchanged: 1"] and legend[2].startswith("class mean")
    assert otpt.describe_pre_post(merged, after=after).startswith(
        "Usual-lead scores of 2 learners who answered before and after: mean 75% before, 100% after; 1 improved"
    )
    empty = merged.iloc[:0]
    for plot in (otpt.plot_class_accuracy, otpt.plot_most_debated, otpt.plot_confidence):
        assert any("No answers yet" in t.get_text() for t in plot(empty).texts)
    assert otpt.describe_class_accuracy(merged).startswith(
        "Class accuracy per activity, 2 activities: 75% named the usual lead overall (75% right or also right)"
    )
    assert "Activity A2 (OT 0, Both 1, PT 1; key Both)" in otpt.describe_most_debated(merged)
    assert "sure and wrong 0 (likely misconceptions), unsure and right 0 (guesses), unsure and wrong 1" in (
        otpt.describe_confidence(merged)
    )


def test_the_poll_counts_people_in_whole_numbers_in_every_style():
    """Projector style once drew 2.5, 7.5 ... answers on the y axis (visual review 2)."""
    for style in ("notebook", "projector"):
        with mpl.rc_context(otpt.style_params(style)):
            ax = otpt.plot_poll({"OT": 14, "Both": 9, "PT": 4}, key="Both")
            ax.figure.canvas.draw()
            ticks = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
            plt.close(ax.figure)
        assert ticks and all(t.replace("\u2212", "").isdigit() for t in ticks), (style, ticks)


def test_class_accuracy_heads_with_the_usual_lead_and_counts_also_right_beside_it(saved_class):
    # review 27 S2: a defensible answer counts as right, but the bar is the usual-lead share
    merged = otpt.load_class(saved_class)
    wrong = merged.index[~merged["correct"]][0]
    merged.loc[wrong, ["outcome", "correct"]] = ["defensible", True]
    table = otpt.activity_accuracy(merged)
    activity = merged.loc[wrong, "activity_id"]
    assert table.loc[activity, "usual"] + 1 == table.loc[activity, "right"]
    ax = otpt.plot_class_accuracy(merged)
    widths = sorted(round(p.get_width()) for p in ax.patches)
    assert widths == sorted(round(100 * s) for s in table["usual_share"]) and 50 in widths
    assert any(t.get_text().endswith("(+1 also right)") for t in ax.texts)
    assert "naming the usual lead" in ax.get_xlabel()
    said = otpt.describe_class_accuracy(merged)
    assert "75% named the usual lead overall (100% right or also right)" in said
