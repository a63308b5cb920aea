"""Every figure, each ``plot_x`` beside its ``describe_x`` sentence: the bank (bank), the
overlap diagram (overlap), skills and the spectrum (emphasis), class results, the poll,
the plan picture (plan) and your activity on the OT-PT line (lead_rule). Shared helpers:
_common (empty note, text as written), chart_text (labels that fit), titles, style.

One contract for every Axes-level plot: ``plot_x(data, *, ..., title=None, ax=None,
**kwargs) -> Axes`` (tests/plots/test_contract.py). ``plot_overlaps`` is figure-level: it
lays out several panels and returns the Figure.
"""
