"""Where an activity of your own lands on the OT-PT line, among the bank's activities."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ..analysis.lead_rule import DEFAULT_MARGIN, Suggestion
from ..analysis.lead_rule_bank import predicted_position
from ..language import N_, Messages
from ..language import gettext as _
from ..vocab import LEAD_NAMES, LEADS, PALETTE
from ._common import literal_text
from .chart_text import wrap_label
from .titles import place_title

__all__ = ["DECIDED_BY", "describe_placement", "plot_placement"]

#: What decided a suggestion, in words (`Suggestion.decided_by` -> a phrase).
DECIDED_BY = Messages(
    {
        "specialty": N_("the specialist credential"),
        "intervention": N_("the intervention"),
        "target": N_("the target"),
        "target and intervention": N_("the target and the intervention"),
        "all inputs": N_("everything you entered"),
        "skills and occupation area": N_("the skills and occupation area alone"),
        "nothing": N_("nothing yet"),
    }
)


@literal_text
def plot_placement(
    data: pd.DataFrame,
    *,
    suggestion: Suggestion,
    name: str,
    margin: float = DEFAULT_MARGIN,
    title: str | None = None,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """The bank's activities as dots on the OT-PT line (placed by the same model, from
    their targets, interventions, skills and occupation areas), the middle band where
    neither side leads by ``margin`` shaded, and your activity as a star.

    Args:
        data: the bank whose activities are drawn as dots.
        suggestion: your activity's `Suggestion` (`suggest_lead`); its position places the star.
        name: your activity's name, written over the star.
        margin: the lead rule's margin; the band where neither side leads is ±margin/3.
        title: drawn above the Axes.
        ax: Axes to draw on; default a new 9 x 3.2 inch figure.
        **kwargs: passed to the bank's dots (`Axes.scatter`), e.g. ``s=`` or ``alpha=``.

    Returns:
        The Axes drawn on.
    """
    bank = data
    if ax is None:
        _fig, ax = plt.subplots(figsize=(9, 3.2), layout="constrained")
    band = margin / 3
    ax.axvspan(-band, band, color=PALETTE["Both"], alpha=0.12, lw=0)
    if len(bank):
        pos = predicted_position(bank)
        rng = np.random.default_rng(0)  # fixed jitter: the same picture every time
        for lead in LEADS:
            mask = (bank["lead"] == lead).to_numpy()
            dots = {"s": 28, "alpha": 0.7, "edgecolor": "white", "lw": 0.5} | kwargs
            ax.scatter(
                pos[mask],
                rng.uniform(-0.35, 0.35, mask.sum()),
                color=PALETTE[lead],
                label=_("bank: {lead}").format(lead=LEAD_NAMES[lead]),
                **dots,
            )
    ax.scatter(
        [suggestion.position], [0.62], marker="*", s=420, color="black", zorder=5, label=_("your activity")
    )
    # the name over the star, kept inside the line's ends whatever its length
    side = "left" if suggestion.position < -0.45 else "right" if suggestion.position > 0.45 else "center"
    ax.annotate(
        wrap_label(name, 40),
        (suggestion.position, 0.62),
        xytext=(0, 14),
        textcoords="offset points",
        ha=side,
        va="bottom",
        fontweight="bold",
    )
    ax.set_xlim(-1.1, 1.1)
    ax.set_ylim(-0.6, 1.15)
    ax.set_yticks([])
    ax.set_xticks([-1, -band, band, 1], [_("OT leads"), "", "", _("PT leads")])
    ax.text(0, -0.55, _("neither side leads"), ha="center", va="bottom", color="#00573f", fontweight="bold")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)
    if title:
        place_title(ax, title)
    return ax


def describe_placement(data: pd.DataFrame, *, suggestion: Suggestion, name: str) -> str:
    """The sentence `plot_placement` shows, for screen readers and captions: where the
    activity lands and why (``data``, the bank, is taken for the shared plot contract)."""
    verdict = (
        _("suggested lead {lead}").format(lead=suggestion.label)
        if suggestion.sure
        else _("unsure - practice varies, leaning {lead}").format(
            lead=LEAD_NAMES.get(suggestion.lead, suggestion.lead)
        )
    )
    return _(
        "'{name}' lands at {position} on the OT (-1) to PT (+1) line (OT score {ot}, PT score {pt} of 3, "
        "decided by {decided_by}): {verdict}."
    ).format(
        name=name,
        position=f"{suggestion.position:+.2f}",
        ot=f"{suggestion.ot_score:g}",
        pt=f"{suggestion.pt_score:g}",
        decided_by=DECIDED_BY[suggestion.decided_by],
        verdict=verdict,
    )
