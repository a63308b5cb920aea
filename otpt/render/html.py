"""HTML for the quiz: activity cards, feedback, progress and the end-of-round summary.

Every piece of text that comes from a bank is HTML-escaped here, before it reaches a
widget, so a bank cannot inject markup or scripts. Color is never the only signal:
verdicts carry a word and a symbol.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from ..analysis.grading import Feedback, Summary
from ..language import get_language, ngettext
from ..language import gettext as _
from ..vocab import LEAD_NAMES, LEADS, term
from .theme import BORDER, LEAD_COLOURS, OUTCOME_COLOURS, SOFT
from .words import target_note, team_note, verdict

__all__ = ["card_html", "feedback_html", "heading_html", "message_html", "score_html", "summary_html"]

_BOX = f"padding:0.6em 0.9em;border-radius:6px;border:1px solid {BORDER};line-height:1.45"


def card_html(row: pd.Series) -> str:
    """The activity card: name, description, and where and for whom."""
    where = " \u00b7 ".join(
        escape(term(str(v))) for v in (row.get("setting"), row.get("population")) if pd.notna(v)
    )
    parts = [f'<h3 style="margin:0.2em 0">{escape(str(row["activity"]))}</h3>']
    if row.get("description"):
        parts.append(f'<p style="margin:0.3em 0">{escape(str(row["description"]))}</p>')
    if where:
        label = _label(_("Setting:"))
        parts.append(f'<p style="margin:0.3em 0;color:{SOFT}">{label} {where}</p>')
    return f'<div lang="{get_language()}" style="{_BOX}">' + "".join(parts) + "</div>"


def _label(text: str) -> str:
    return f"<b>{escape(text)}</b>"


def _field(label: str, text: str) -> str:
    """A bold label and its text, both escaped: "<b>Why:</b> ..."."""
    return f"{_label(label)} {escape(text)}"


def message_html(text: str) -> str:
    """A friendly notice (nothing to show, choose an answer first...)."""
    return f'<p lang="{get_language()}" style="margin:0.3em 0"><b>\u2139 {escape(text)}</b></p>'


def heading_html(text: str) -> str:
    """A card's heading (the end of a round): words, no notice symbol."""
    return f'<h3 lang="{get_language()}" style="margin:0.3em 0">{escape(text)}</h3>'


def feedback_html(fb: Feedback, *, heading: str | None = None) -> str:
    """The verdict (or ``heading`` instead), why, what each profession works on, and any
    misconception or team note."""
    colour = OUTCOME_COLOURS[fb.outcome]
    title = verdict(fb) if heading is None else heading
    parts = [f'<p style="margin:0.2em 0;font-size:1.15em;color:{colour}"><b>{escape(title)}</b></p>']
    if fb.rationale:
        parts.append("<p style='margin:0.3em 0'>" + _field(_("Why:"), fb.rationale) + "</p>")
    focus = []
    if fb.ot_focus:
        focus.append("<li>" + _field(_("OT works on:"), fb.ot_focus) + "</li>")
    if fb.pt_focus:
        focus.append("<li>" + _field(_("PT works on:"), fb.pt_focus) + "</li>")
    if focus:
        parts.append("<ul style='margin:0.3em 0'>" + "".join(focus) + "</ul>")
    if fb.practice_varies:
        parts.append(
            "<p style='margin:0.3em 0'>" + _field(_("Practice varies:"), fb.practice_varies) + "</p>"
        )
    if fb.misconception:
        parts.append("<p style='margin:0.3em 0'>" + _field(_("Common mix-up:"), fb.misconception) + "</p>")
    target = target_note(fb)
    if target:
        parts.append(f"<p style='margin:0.3em 0'>{escape(target)}</p>")
    note = team_note(fb)
    if note:
        parts.append(f"<p style='margin:0.3em 0'>{escape(note)}</p>")
    return (
        f'<div lang="{get_language()}" style="{_BOX};border-left:6px solid {colour}">'
        + "".join(parts)
        + "</div>"
    )


# Room between the columns of the per-lead table, whatever the page's own table style.
_CELL = "style='padding:0.15em 2em 0.15em 0;text-align:left'"


def score_html(summary: Summary, every_answer: int = 0) -> str:
    """End of a round, what is announced: the usual-lead score as the headline (review 27 S2:
    a rule of thumb scores high on right-or-defensible), the right-or-defensible score beside
    it when some answers were defensible, and how many of the round's activities accept
    every answer (said apart)."""
    score = _("You named the usual lead on {usual} of {answered} ({percent}%)").format(
        usual=summary.n_usual, answered=summary.n_answered, percent=round(100 * summary.usual_score)
    )
    parts = [f"<h3 style='margin:0.2em 0'>{escape(score)}</h3>"]
    if summary.n_defensible:
        n = summary.n_defensible
        text = ngettext(
            "{n} more answer was also right where practice varies (see below): {right} of {answered} "
            "({percent}%) right or also right.",
            "{n} more answers were also right where practice varies (see below): {right} of {answered} "
            "({percent}%) right or also right.",
            n,
        ).format(
            n=n, right=summary.n_correct, answered=summary.n_answered, percent=round(100 * summary.score)
        )
        parts.append(f"<p style='margin:0.2em 0'>\u2248 {escape(text)}</p>")
    if every_answer:
        text = ngettext(
            "{n} of the activities accepts every answer (one specialist of either profession, or practice that "
            "varies widely): they count, but say little about who usually leads.",
            "{n} of the activities accept every answer (one specialist of either profession, or practice that "
            "varies widely): they count, but say little about who usually leads.",
            every_answer,
        ).format(n=every_answer)
        parts.append(f"<p style='margin:0.2em 0'>{escape(text)}</p>")
    return f'<div lang="{get_language()}">' + "".join(parts) + "</div>"


def summary_html(
    summary: Summary, missed: list[Feedback], figure_html: str = "", defensible: list[Feedback] = ()
) -> str:
    """End of a round, below the score: accuracy per lead, the confusion figure, each
    answer that was not usually right, each defensible one (counted as right, with when it
    holds), and a note that a score is not a grade until licensed clinicians check the key."""
    parts = []
    rows = []
    for lead in LEADS:
        r = summary.per_lead.loc[lead]
        if r["answered"]:
            counts = [
                _("{right} of {answered}").format(right=int(r[column]), answered=int(r["answered"]))
                for column in ("usual", "correct")
            ]
            rows.append(
                f"<tr><td {_CELL}><span aria-hidden='true' style='color:{LEAD_COLOURS[lead]}'>\u25a0</span> {LEAD_NAMES[lead]}</td>"
                + "".join(f"<td {_CELL}>{escape(count)}</td>" for count in counts)
                + "</tr>"
            )
    if rows:
        headings = (_("Usually led by"), _("The usual lead"), _("Right or also right"))
        parts.append(
            "<table><thead><tr>"
            + "".join(f"<th {_CELL}>{escape(h)}</th>" for h in headings)
            + "</tr></thead>"
            "<tbody>" + "".join(rows) + "</tbody></table>"
        )
    parts.append(figure_html)
    if missed:
        parts.append(_feedback_list(_("To look at again"), missed))
    else:
        parts.append("<p><b>\u2713 " + escape(_("No mistakes this round.")) + "</b></p>")
    if defensible:
        parts.append(_feedback_list(_("Also right where practice varies"), defensible))
    # review 27 M1: until licensed clinicians have checked a bank's keys, a score starts discussion
    note = _(
        "Your score shows how your answers match this bank's key. Before a score is used as a grade, licensed "
        "OTs and PTs should check the key blind (lesson 2)."
    )
    parts.append(f"<p style='margin:0.8em 0 0;font-size:0.9em'>{escape(note)}</p>")
    return f'<div lang="{get_language()}">' + "".join(parts) + "</div>"


def _feedback_list(title: str, items: list[Feedback]) -> str:
    """A heading with a count, then each activity's name and its feedback."""
    parts = [f"<h4 style='margin:0.6em 0 0.2em'>{escape(title)} ({len(items)})</h4>"]
    for fb in items:
        parts.append(f"<p style='margin:0.5em 0 0.1em'><b>{escape(fb.activity)}</b></p>{feedback_html(fb)}")
    return "".join(parts)
