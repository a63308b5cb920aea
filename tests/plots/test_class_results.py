"""The class plots draw the numbers of the class views."""

import otpt


def test_class_plots_draw_the_numbers(saved_class):
    merged = otpt.load_class(saved_class)
    ax = otpt.plot_class_accuracy(merged)
    assert [round(p.get_width()) for p in ax.patches] == [50, 100]
    assert "1 of 2" in [t.get_text() for t in ax.texts]
    ax = otpt.plot_most_debated(merged, top=1)
    assert "50% \u2713" in [t.get_text() for t in ax.texts]
    ax = otpt.plot_confidence(merged)
    assert {"3", "misconception", "guess"} <= {t.get_text() for t in ax.texts}
    ax = otpt.plot_pre_post(merged, after=merged.assign(correct=True))
    assert len(ax.lines) == 3  # two learners + the class mean
    assert otpt.describe_pre_post(merged, after=merged.assign(correct=True)).startswith(
        "Scores of 2 learners who answered before and after: mean 75% before, 100% after; 1 improved"
    )
    empty = merged.iloc[:0]
    for plot in (otpt.plot_class_accuracy, otpt.plot_most_debated, otpt.plot_confidence):
        assert any("No answers yet" in t.get_text() for t in plot(empty).texts)
    assert otpt.describe_class_accuracy(merged).startswith(
        "Class accuracy per activity, 2 activities, 75% right"
    )
    assert "Activity A2 (OT 0, Both 1, PT 1; key Both)" in otpt.describe_most_debated(merged)
    assert "sure and wrong 0 (likely misconceptions), unsure and right 0 (guesses), unsure and wrong 1" in (
        otpt.describe_confidence(merged)
    )
