"""What a visitor reads at the outreach booth: the one-line story, the card, plain-word
feedback, the end screen, and a short glossary - written for a high-school visitor, every
text escaped here. Colors come from the page's theme (`otpt.render.theme`)."""

from __future__ import annotations

from html import escape

from ..analysis.grading import Feedback
from ..language import N_, Messages, get_language
from ..language import gettext as _
from ..vocab import LEAD_NAMES
from .theme import BORDER, OUTCOME_COLOURS, SOFT, TEXT

__all__ = [
    "CAREER_PAGES",
    "CREDIT",
    "GLOSSARY",
    "QUOTE",
    "QUOTE_CREDIT",
    "QUOTE_TRANSLATION",
    "RULE",
    "STORY",
    "BOOTH_ANSWERS",
    "WHO",
    "WHO_TOGETHER",
    "WHO_OF_THE_TWO",
    "attract_html",
    "booth_card_html",
    "booth_feedback_html",
    "end_html",
    "glossary_html",
    "plain_verdict",
    "pointers",
    "pointers_html",
    "story",
    "who_helps",
    "progress_html",
]

#: The booth's one rule, lesson 1's: the bank's ``target`` (occupation -> OT, movement and mobility -> PT,
#: both -> Both); a test applies it to every card, and a card it does not fit says why (``exception``).
RULE = N_(
    "Ask what the therapy works on: the everyday task itself (OT), or how your body moves and "
    "gets around (PT). Often it is both."
)

#: The one-line story (then `RULE`, `story`); PT's list ends with sport: "PT is only for athletes" is a myth.
STORY = N_(
    "A physical therapist (PT) helps you move and get around: walking, balance, strength and less pain, "
    "at any age - and getting back to sport. An occupational therapist (OT) helps you do the everyday "
    "things that matter to you: getting dressed, cooking, school, work, seeing friends - also when stress, "
    "worry or low mood gets in the way. They often work on the same team."
)

#: Where the booth comes from, credited on the attract screen.
CREDIT = N_(
    'Inspired by "OT & PT: Same Team, No Games", a blog post by Cara, a student at USC Chan '
    "(USC Chan student blog, 25 June 2025)."
)

#: Her words on the end screen: a quotation, credited beside it, outside the package's
#: CC BY license (LICENSE-CONTENT). Always shown in her English; a translation of it is
#: shown beneath, said to be ours (docs/GLOSSARY_ES.md).
QUOTE = (
    "\u201cSo no, neither profession is \u2018better.\u2019 We\u2019re just different pieces of the same puzzle, "
    "and it\u2019s only through collaboration that the full picture is complete.\u201d"
)
#: The msgid under which a catalog gives its translation of `QUOTE`, shown beneath her
#: English and said to be ours; where the catalog has none (English) nothing is shown.
QUOTE_TRANSLATION = N_("[a translation of Cara's words on the end screen, said to be ours]")
QUOTE_CREDIT = '- Cara, "OT & PT: Same Team, No Games", USC Chan student blog (2025)'

#: The few words the booth keeps, explained.
GLOSSARY = Messages(
    {
        N_("Occupational therapist (OT)"): N_(
            "helps people do the everyday things that matter to them, at any age: "
            "after an illness or injury, with a disability, or to stay well. Think of getting dressed, cooking, school, "
            "work and hobbies."
        ),
        N_("Physical therapist (PT)"): N_(
            "helps people move, get around and have less pain, anywhere in the body. Think "
            "of walking and balance, but also shoulders, breathing and getting back to sport."
        ),
        N_("Both"): N_(
            "each works on this same activity, toward their own goal. Sometimes, when a person gains from "
            "both at the same moment, they work together in one visit (a co-treatment)."
        ),
        N_("Everyday activities"): N_(
            "OTs call them occupations. That means all the things you do in a day, not just jobs."
        ),
    }
)

#: Who usually helps, by the key, in plain words.
WHO = Messages(
    {
        "OT": N_("An occupational therapist (OT) usually helps with this."),
        "PT": N_("A physical therapist (PT) usually helps with this."),
        "Both": N_("Usually, OT and PT both have a part in this."),
    }
)
#: The booth's answer buttons, in their order on screen (the live booth and the static page).
BOOTH_ANSWERS = ("OT", "PT", "Both")
#: For a card where they work together in one visit: "usually" would say such visits are.
WHO_TOGETHER = N_("Here, OT and PT both have a part - together, in one visit, for a reason.")
#: Where another professional usually leads the activity as a whole: only "of OT and PT".
WHO_OF_THE_TWO = Messages(
    {
        "OT": N_("Of OT and PT, an occupational therapist (OT) is the one who usually helps."),
        "PT": N_("Of OT and PT, a physical therapist (PT) is the one who usually helps."),
        "Both": N_("Of OT and PT, both usually have a part in this."),
    }
)

#: Where a visitor who wants more goes: the professions' own career pages.
CAREER_PAGES = (
    (N_("Becoming an occupational therapist (AOTA)"), "https://www.aota.org/career/become-an-ot-ota"),
    (
        N_("Careers in physical therapy (APTA)"),
        "https://www.apta.org/your-career/careers-in-physical-therapy",
    ),
)

_TEXT = f"color:{TEXT}"
_SOFT = f"color:{SOFT}"
_OUTCOME = {  # symbol and words with the color: never color alone
    "right": ("\u2713", N_("Yes!")),
    "defensible": ("\u2248", N_("That works too.")),
    "not usually": ("\u2717", N_("Not quite.")),
}


def _size(big: bool, normal: float) -> str:
    return f"{normal * (1.9 if big else 1.2):.2f}em"


_NUMBERS = Messages(
    {
        3: N_("three"),
        4: N_("four"),
        5: N_("five"),
        6: N_("six"),
        7: N_("seven"),
        8: N_("eight"),
        9: N_("nine"),
        10: N_("ten"),
    }
)


def story() -> str:
    """The one-line story with the rule, in the language in force."""
    return _(STORY) + " " + _(RULE)


def attract_html(tally_line: str, *, cards: int = 5, big: bool = False) -> str:
    """The attract screen: the question, the story, what a round is, today's tally."""
    guess = _("Guess who usually helps with {number} everyday activities. It takes two minutes.").format(
        number=_NUMBERS.get(cards, cards)
    )
    question, credit = _("OT or PT: who helps with what?"), _(CREDIT)
    return (
        f'<div lang="{get_language()}" style="{_TEXT};line-height:1.4">'
        f'<h2 style="margin:0.2em 0;font-size:{_size(big, 1.9)}">{escape(question)}</h2>'
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.25)}">{escape(story())}</p>'
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.1)}">{escape(guess)}</p>'
        f'<p style="margin:0.4em 0;{_SOFT};font-size:{_size(big, 1)}">{escape(tally_line)}</p>'
        f'<p style="margin:0.4em 0;{_SOFT};font-size:{_size(big, 0.9)}">{escape(credit)}</p></div>'
    )


def progress_html(position: int, total: int, *, big: bool = False) -> str:
    """Where the visitor is in the round: "Card 2 of 5" (``position`` counts from 1)."""
    card = _("Card {position} of {total}").format(position=position, total=total)
    return f'<p lang="{get_language()}" style="margin:0.2em 0;font-size:{"1.6em" if big else "1.1em"}">{card}</p>'


def booth_card_html(activity: str, description: str, *, big: bool = False) -> str:
    """One activity, large."""
    return (
        f'<div lang="{get_language()}" style="{_TEXT};padding:0.6em 0.9em;border:2px solid {BORDER};'
        f'border-radius:8px;line-height:1.4">'
        f'<h2 style="margin:0.1em 0;font-size:{_size(big, 1.6)}">{escape(activity)}</h2>'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(description)}</p></div>'
    )


def who_helps(key: str, shared_as: str = "", other_lead: str = "") -> str:
    """Who usually helps, in plain words: `WHO`; `WHO_TOGETHER` for a co-treated Both card;
    `WHO_OF_THE_TWO` where another professional leads the whole activity (``other_lead``).

    >>> who_helps("Both", "co-treatment") == WHO_TOGETHER  # in English
    True
    >>> who_helps("OT", other_lead="counselors")
    'Of OT and PT, an occupational therapist (OT) is the one who usually helps.'
    """
    if key == "Both" and shared_as == "co-treatment":
        return _(WHO_TOGETHER)
    return WHO_OF_THE_TWO[key] if other_lead else WHO[key]


def pointers(open_house: str = "") -> list[tuple[str, str]]:
    """(label, address) of where to find out more: the career pages, then the program's own
    open house (the booth settings' ``open_house``; its text is the label, no address)."""
    pages = [(_(label), address) for label, address in CAREER_PAGES]
    return [*pages, *(((_("Our open house"), open_house),) if open_house else ())]


def pointers_html(open_house: str = "", *, big: bool = False) -> str:
    """The pointers as text, escaped: addresses to note down or photograph, not links - a tap
    on a link at a kiosk would take the booth's screen away from the next visitor."""
    items = "".join(f"<li>{escape(label)}: {escape(address)}</li>" for label, address in pointers(open_house))
    more = _("Want to know more?")
    return (
        f'<div lang="{get_language()}" style="{_TEXT};font-size:{_size(big, 1)};line-height:1.4"><b>{escape(more)}</b>'
        f'<ul style="margin:0.2em 0">{items}</ul></div>'
    )


def plain_verdict(fb: Feedback) -> str:
    """The verdict in plain words, with its symbol and what the visitor said:
    "✗ Not quite - you said Both. A physical therapist (PT) usually helps with this."."""
    symbol, words = _OUTCOME[fb.outcome]
    said = (
        ""
        if fb.outcome == "right"
        else " " + _("You said {answer}.").format(answer=LEAD_NAMES.get(fb.answer, fb.answer))
    )
    return f"{symbol} " + _(words) + f"{said} {who_helps(fb.key, fb.shared_as, fb.other_lead)}"


def booth_feedback_html(fb: Feedback, why: str, *, big: bool = False) -> str:
    """The verdict and the plain why (with the card's ``exception`` to the rule, when
    ``why`` is a `otpt.io.booth_texts.BoothText` that has one)."""
    colour = OUTCOME_COLOURS[fb.outcome]
    exception = getattr(why, "exception", "")
    more = (
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(exception)}</p>' if exception else ""
    )
    return (
        f'<div lang="{get_language()}" style="{_TEXT};line-height:1.4">'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.35)};color:{colour}"><b>{escape(plain_verdict(fb))}</b></p>'
        f'<p style="margin:0.3em 0;font-size:{_size(big, 1.15)}">{escape(why)}</p>{more}</div>'
    )


def end_html(
    n_right: int, total: int, surprise: str | None, *, big: bool = False, open_house: str = ""
) -> str:
    """The end screen: the score, the activity most visitors missed today, the message,
    and where to find out more (`pointers_html`)."""
    cheer = (
        _("Great job!")
        if n_right >= total - 1
        else _("Nice!")
        if 2 * n_right > total
        else _("Tricky, right?")
    )
    score = _("You got {right} of {total}.").format(right=n_right, total=total)
    parts = [f'<h2 style="margin:0.2em 0;font-size:{_size(big, 1.9)}">{escape(score)} {escape(cheer)}</h2>']
    if surprise:
        missed = escape(_("The one most visitors missed today: {activity}.")).format(
            activity=f"<b>{escape(surprise)}</b>"
        )
        parts.append(f'<p style="margin:0.4em 0;font-size:{_size(big, 1.2)}">{missed}</p>')
    rule = _(RULE)
    next_time = _("Next time, {rule}").format(rule=rule[0].lower() + rule[1:])
    translation = _(QUOTE_TRANSLATION)  # her words stay hers, in English; a translation only beside them
    ours = (
        ""
        if translation == QUOTE_TRANSLATION
        else f'<br><span style="font-size:0.9em">{escape(translation)}</span>'
    )
    parts.append(
        f'<p style="margin:0.4em 0;font-size:{_size(big, 1.25)}">{escape(next_time)}</p>'
        f'<blockquote style="margin:0.6em 0 0.2em 1em;font-size:{_size(big, 1.1)}">'
        f'<span lang="en">{escape(QUOTE)}</span>{ours}'
        f'<br><span lang="en" style="{_SOFT};font-size:0.85em">{escape(QUOTE_CREDIT)}</span></blockquote>'
    )
    parts.append(pointers_html(open_house, big=big))
    return f'<div lang="{get_language()}" style="{_TEXT};line-height:1.4">' + "".join(parts) + "</div>"


def glossary_html(*, big: bool = False) -> str:
    """The booth's few terms, explained."""
    items = "".join(
        "<li><b>" + escape(_(term)) + f"</b>: {escape(text)}</li>" for term, text in GLOSSARY.items()
    )
    heading = _("Words we use")
    return (
        f'<div lang="{get_language()}" style="{_SOFT};font-size:{_size(big, 0.95)};line-height:1.4">'
        f"<b>{escape(heading)}</b>"
        f'<ul style="margin:0.2em 0">{items}</ul></div>'
    )
