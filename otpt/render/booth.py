"""What a visitor reads at the outreach booth: the one-line story, the card, plain-word
feedback, the end screen, and a short glossary - written for a high-school visitor, every
text escaped here. Colours come from the page's theme (`otpt.render.theme`)."""

from __future__ import annotations

from html import escape

from ..analysis.grading import Feedback
from .theme import BORDER, OUTCOME_COLOURS, SOFT, TEXT

__all__ = [
    "GLOSSARY",
    "STORY",
    "WHO",
    "attract_html",
    "booth_card_html",
    "booth_feedback_html",
    "end_html",
    "glossary_html",
    "plain_verdict",
]

#: The one-line story, as the attract screen tells it.
STORY = (
    "Physical therapy (PT) helps your body move and work better. Occupational therapy (OT) helps you "
    "do the everyday things that matter to you. They often work on the same team. The trick: don't ask which body "
    "part - ask what the goal is."
)

#: The few words the booth keeps, explained.
GLOSSARY = {
    "Occupational therapist (OT)": "helps people do the everyday things they need and want to do. "
    "Think of getting dressed, cooking, school, work and hobbies.",
    "Physical therapist (PT)": "helps people move better and hurt less, anywhere in the body. Think of walking "
    "and balance, but also shoulders, breathing and getting back to sport.",
    "Both": "each has their own part. Sometimes they work together in one visit (a co-treatment).",
    "Everyday activities": "OTs call them occupations. That means all the things you do in a day, not just jobs.",
}

#: Who usually helps, by the key, in plain words.
WHO = {
    "OT": "An occupational therapist (OT) usually helps with this.",
    "PT": "A physical therapist (PT) usually helps with this.",
    "Both": "Usually, OT and PT both have a part in this.",
}
_TEXT = f"color:{TEXT}"
_SOFT = f"color:{SOFT}"
_OUTCOME = {  # symbol and words with the colour: never colour alone
    "right": ("\u2713", "Yes!"),
    "defensible": ("\u2248", "That works too."),
    "not usually": ("\u2717", "Not quite."),
}


def _size(big: bool, normal: float) -> str:
    return f"{normal * (1.9 if big else 1.2):.2f}em"


_NUMBERS = {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def attract_html(tally_line: str, *, cards: int = 5, big: bool = False) -> str:
    """The attract screen: the question, the story, what a round is, today's tally."""
    return (
        f'<div style="{_TEXT};line-height:1.4">'
        f'<h2 style="margin:0.2em 0;font-size:{_size(big, 1.9)}">OT or PT: who helps with what?</h2>'
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.25)}">{escape(STORY)}</p>'
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.1)}">Guess who usually helps with '
        f"{_NUMBERS.get(cards, cards)} everyday activities. It takes two minutes.</p>"
        f'<p style="margin:0.4em 0;{_SOFT};font-size:{_size(big, 1)}">{escape(tally_line)}</p></div>'
    )


def booth_card_html(activity: str, description: str, *, big: bool = False) -> str:
    """One activity, large."""
    return (
        f'<div style="{_TEXT};padding:0.6em 0.9em;border:2px solid {BORDER};'
        f'border-radius:8px;line-height:1.4">'
        f'<h2 style="margin:0.1em 0;font-size:{_size(big, 1.6)}">{escape(activity)}</h2>'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(description)}</p></div>'
    )


def plain_verdict(fb: Feedback) -> str:
    """The verdict in plain words, with its symbol and what the visitor said:
    "✗ Not quite - you said Both. A physical therapist (PT) usually helps with this."."""
    symbol, words = _OUTCOME[fb.outcome]
    said = "" if fb.outcome == "right" else f" You said {fb.answer}."
    return f"{symbol} {words}{said} {WHO[fb.key]}"


def booth_feedback_html(fb: Feedback, why: str, *, big: bool = False) -> str:
    """The verdict and the plain why."""
    colour = OUTCOME_COLOURS[fb.outcome]
    return (
        f'<div style="{_TEXT};line-height:1.4">'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.35)};color:{colour}"><b>{escape(plain_verdict(fb))}</b></p>'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(why)}</p></div>'
    )


def end_html(n_right: int, total: int, surprise: str | None, *, big: bool = False) -> str:
    """The end screen: the score, the activity most visitors missed today, the message."""
    cheer = " Great job!" if n_right >= total - 1 else " Nice!" if 2 * n_right > total else " Tricky, right?"
    parts = [
        f'<h2 style="margin:0.2em 0;font-size:{_size(big, 1.9)}">You got {n_right} of {total}.{cheer}</h2>'
    ]
    if surprise:
        parts.append(f'<p style="margin:0.4em 0;font-size:{_size(big, 1.2)}">The one most visitors missed '
                     f"today: <b>{escape(surprise)}</b>.</p>")  # fmt: skip
    parts.append(
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.25)}">OT and PT are different pieces of the same '
        "puzzle. Both help people do what matters to them. PT works on how the body moves and "
        "works. OT works on the everyday things themselves. Next time, ask what the goal is.</p>"
    )
    return f'<div style="{_TEXT};line-height:1.4">' + "".join(parts) + "</div>"


def glossary_html(*, big: bool = False) -> str:
    """The booth's few terms, explained."""
    items = "".join(f"<li><b>{escape(term)}</b>: {escape(text)}</li>" for term, text in GLOSSARY.items())
    return (f'<div style="{_SOFT};font-size:{_size(big, 0.95)};line-height:1.4"><b>Words we use</b>'
            f'<ul style="margin:0.2em 0">{items}</ul></div>')  # fmt: skip
