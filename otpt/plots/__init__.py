"""Every figure, each ``plot_x`` beside its ``describe_x`` sentence, one module per chart
family: lead_counts, confusion (answers against the key), overlap, skills (the heat map),
spectrum, class_results, pre_post (before and after), poll, plan (a care-team plan) and place_activity (your activity
on the OT-PT line). Shared helpers:
_common (empty note, text as written), chart_text (labels that fit), titles, style.

One contract for every Axes-level plot: ``plot_x(data, *, ..., title=None, ax=None,
**kwargs) -> Axes`` (tests/plots/test_contract.py). ``plot_overlaps`` is figure-level: it
lays out several panels and returns the Figure.
"""
