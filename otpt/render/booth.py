"""What a visitor reads at the outreach booth: the one-line story, the card, plain-word
feedback, the end screen, and a short glossary - written for a high-school visitor, every
text escaped here. Colors come from the page's theme (`otpt.render.theme`)."""

from __future__ import annotations

from html import escape

from ..analysis.grading import Feedback
from .theme import BORDER, OUTCOME_COLOURS, SOFT, TEXT

__all__ = [
    "CREDIT",
    "GLOSSARY",
    "QUOTE",
    "QUOTE_CREDIT",
    "RULE",
    "STORY",
    "WHO",
    "WHO_TOGETHER",
    "attract_html",
    "booth_card_html",
    "booth_feedback_html",
    "end_html",
    "glossary_html",
    "plain_verdict",
    "progress_html",
]

#: The booth's one rule, the same as lesson 1's: what the therapy works on (the bank's
#: ``target``: the occupation -> OT, movement and mobility -> PT, both -> Both). A test
#: applies it to every booth card; a card it does not fit says why (booth.csv ``exception``).
RULE = (
    "Ask what the therapy works on: the everyday task itself (OT), or how your body moves and "
    "gets around (PT). Often it is both."
)

#: The one-line story, as the attract screen tells it.
STORY = (
    "A physical therapist (PT) helps you move and get around: walking, balance, strength, getting back "
    "to sport. An occupational therapist (OT) helps you do the everyday things that matter to you: "
    "getting dressed, cooking, school, work, seeing friends. They often work on the same team. " + RULE
)

#: Where the booth comes from, credited on the attract screen.
CREDIT = (
    'Inspired by "OT & PT: Same Team, No Games", a blog post by Cara, a student at USC Chan '
    "(USC Chan student blog, 25 June 2025)."
)

#: Her words on the end screen: a quotation, credited beside it, outside the package's
#: CC BY license (LICENSE-CONTENT).
QUOTE = (
    "\u201cSo no, neither profession is \u2018better.\u2019 We\u2019re just different pieces of the same puzzle, "
    "and it\u2019s only through collaboration that the full picture is complete.\u201d"
)
QUOTE_CREDIT = '- Cara, "OT & PT: Same Team, No Games", USC Chan student blog (2025)'

#: The few words the booth keeps, explained.
GLOSSARY = {
    "Occupational therapist (OT)": "helps with the everyday things in a person's day when an illness, injury "
    "or disability gets in the way. Think of getting dressed, cooking, school, work and hobbies.",
    "Physical therapist (PT)": "helps people move, get around and have less pain, anywhere in the body. Think "
    "of walking and balance, but also shoulders, breathing and getting back to sport.",
    "Both": "each works on this same activity, toward their own goal. Sometimes, when a person gains from "
    "both at the same moment, they work together in one visit (a co-treatment).",
    "Everyday activities": "OTs call them occupations. That means all the things you do in a day, not just jobs.",
}

#: Who usually helps, by the key, in plain words.
WHO = {
    "OT": "An occupational therapist (OT) usually helps with this.",
    "PT": "A physical therapist (PT) usually helps with this.",
    "Both": "Usually, OT and PT both have a part in this.",
}
#: For a card where they work together in one visit: "usually" would say such visits are.
WHO_TOGETHER = "Here, OT and PT both have a part - together, in one visit, for a reason."
_TEXT = f"color:{TEXT}"
_SOFT = f"color:{SOFT}"
_OUTCOME = {  # symbol and words with the color: never color alone
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
        f'<p style="margin:0.4em 0;{_SOFT};font-size:{_size(big, 1)}">{escape(tally_line)}</p>'
        f'<p style="margin:0.4em 0;{_SOFT};font-size:{_size(big, 0.9)}">{escape(CREDIT)}</p></div>'
    )


def progress_html(position: int, total: int, *, big: bool = False) -> str:
    """Where the visitor is in the round: "Card 2 of 5" (``position`` counts from 1)."""
    return f'<p style="margin:0.2em 0;font-size:{"1.6em" if big else "1.1em"}">Card {position} of {total}</p>'


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
    who = WHO_TOGETHER if fb.key == "Both" and fb.shared_as == "co-treatment" else WHO[fb.key]
    return f"{symbol} {words}{said} {who}"


def booth_feedback_html(fb: Feedback, why: str, *, big: bool = False) -> str:
    """The verdict and the plain why (with the card's ``exception`` to the rule, when
    ``why`` is a `otpt.io.booth_texts.BoothText` that has one)."""
    colour = OUTCOME_COLOURS[fb.outcome]
    exception = getattr(why, "exception", "")
    more = (
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(exception)}</p>' if exception else ""
    )
    return (
        f'<div style="{_TEXT};line-height:1.4">'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.35)};color:{colour}"><b>{escape(plain_verdict(fb))}</b></p>'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(why)}</p>{more}</div>'
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
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.25)}">'
        f"Next time, {escape(RULE[0].lower() + RULE[1:])}</p>"
        f'<blockquote style="margin:0.6em 0 0.2em 1em;font-size:{_size(big, 1.1)}">{escape(QUOTE)}'
        f'<br><span style="{_SOFT};font-size:0.85em">{escape(QUOTE_CREDIT)}</span></blockquote>'
    )
    return f'<div style="{_TEXT};line-height:1.4">' + "".join(parts) + "</div>"


def glossary_html(*, big: bool = False) -> str:
    """The booth's few terms, explained."""
    items = "".join(f"<li><b>{escape(term)}</b>: {escape(text)}</li>" for term, text in GLOSSARY.items())
    return (f'<div style="{_SOFT};font-size:{_size(big, 0.95)};line-height:1.4"><b>Words we use</b>'
            f'<ul style="margin:0.2em 0">{items}</ul></div>')  # fmt: skip
