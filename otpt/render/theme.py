"""Colors for otpt's HTML, taken from the page's theme.

Every color is a CSS variable of JupyterLab's theme (the same variables Notebook 7 and
``voila --theme=dark`` set) with a fallback for pages without them, so text keeps WCAG AA
contrast in Light and Dark alike. The right / defensible / wrong colors mix the theme's
own success, warning and error color with its text color: darker on a light page,
lighter on a dark one (JupyterLab's own error red alone is 3.8:1 on its dark background).
Color is never the only signal: every verdict also has a word and a symbol.

The lead colors (`otpt.vocab.PALETTE`, Okabe-Ito) only mark squares beside the lead's
name; a page may set ``--otpt-ot-color``, ``--otpt-pt-color`` and ``--otpt-both-color``.
"""

from __future__ import annotations

from ..vocab import LEADS, PALETTE

__all__ = ["BORDER", "LEAD_COLOURS", "OUTCOME_COLOURS", "SOFT", "TEXT", "themed"]


def themed(variable: str, fallback: str) -> str:
    """``var(--variable, fallback)``: the theme's color, or the fallback without a theme."""
    return f"var({variable}, {fallback})"


#: Body text, and text one step softer (87 % in JupyterLab Light, white in Dark).
TEXT = themed("--jp-content-font-color0", "#1a1a1a")
SOFT = themed("--jp-content-font-color1", "#3a3a3a")
#: Card borders (decoration: the card's text carries its meaning).
BORDER = themed("--jp-border-color1", "#888888")


def _towards_text(variable: str, fallback: str) -> str:
    return f"color-mix(in srgb, {themed(variable, fallback)} 70%, {TEXT})"


#: Text color of each outcome of `otpt.analysis.grading.Feedback`.
OUTCOME_COLOURS = {
    "right": _towards_text("--jp-success-color0", "#1a7f37"),
    "defensible": _towards_text("--jp-warn-color0", "#7a5a00"),
    "not usually": _towards_text("--jp-error-color0", "#b42318"),
}
#: Color of the square beside each lead's name.
LEAD_COLOURS = {lead: themed(f"--otpt-{lead.lower()}-color", PALETTE[lead]) for lead in LEADS}
