"""The paper booth's 30-second script for student volunteers, and what they say next
(`otpt.export.booth_cards.write_volunteer_script` prints it). Every line is an interface
string (`N_`), shown in the language in force: in Spanish, what a volunteer says to a
visitor says *usted*, as the booth does (docs/GLOSSARY_ES.md, Interface, "The register")."""

from __future__ import annotations

from ..language import N_
from ..language import gettext as _
from .booth import RULE

__all__ = [
    "LAST_STEP_OPEN_HOUSE",
    "NOT_SURE",
    "OPEN_HOUSE_BLANK",
    "OPEN_HOUSE_SET",
    "PREHEALTH_ANSWERS",
    "VOLUNTEER_ANSWERS",
    "VOLUNTEER_SCRIPT",
    "script_lines",
]

#: What a student volunteer says at the booth table, in about 30 seconds (the paper booth's
#: script, `otpt.export.booth_cards`); ``{rule}`` is the booth's rule (`script_lines`).
VOLUNTEER_SCRIPT = (
    N_(
        "Hi! Do you know the difference between OT and PT? Lots of people aren't sure - want to try a quick game?"
    ),
    N_(
        "Here's a card. Of an occupational therapist (OT) and a physical therapist (PT), who usually helps "
        "with this: OT, PT, or both? Lots of people mix them up, so just guess!"
    ),
    N_("Flip it over to check: the back says who usually helps, and why."),
    N_("Here's the trick. {rule}"),
    N_("Want to know more? The poster says where to look. Thanks for playing!"),
)


#: Step 5 when the event settings name the open house (kit review 6, S8): it names the open
#: house, as the "not sure?" line does; the poster and page 2 of the script give when and where.
LAST_STEP_OPEN_HOUSE = N_(
    "Want to know more? Come to our open house - the poster says when and where. Thanks for playing!"
)


def script_lines(open_house: str = "") -> list[str]:
    """`VOLUNTEER_SCRIPT` in the language in force, the booth's rule (`RULE`) in its place, and
    with an ``open_house`` in the booth settings a last step that names it.

    >>> script_lines()[3] == "Here's the trick. " + RULE
    True
    >>> script_lines("Sat 13 March 2027, 10-2")[-1]
    'Want to know more? Come to our open house - the poster says when and where. Thanks for playing!'
    """
    lines = [_(line).format(rule=_(RULE)) for line in VOLUNTEER_SCRIPT]
    if open_house:
        lines[-1] = _(LAST_STEP_OPEN_HOUSE)
    return lines


#: What a volunteer says to what visitors say next: (what they say, an answer).
#: What a volunteer says to what visitors say next: (what they say, an answer), each shown
#: with `gettext`.
VOLUNTEER_ANSWERS = (
    (
        N_('"Both!"'),
        N_(
            "Sometimes right: each has its own part, and the back of the card says which. Both does "
            "not mean they always work at the same time."
        ),
    ),
    (
        N_('"So PT is the body and OT is the rest?"'),
        N_(
            "Not quite: PT is movement and getting around - walking, "
            "stairs, getting back to sport - and OT is the everyday task itself. Both work on what people do."
        ),
    ),
    (
        N_('"But my aunt\'s OT did her shoulder."'),
        N_(
            "That happens. The card says who usually helps; in some "
            "clinics a hand therapist, often an OT, treats shoulders too. Where practice varies, the back says so."
        ),
    ),
    (
        N_('"How do I become one?"'),
        N_(
            "A PT studies for a Doctor of Physical Therapy (DPT); an OT for a master's "
            "or a doctorate. Both pass a national exam and get a state license. Assistants (OTA, PTA) study for an "
            "associate degree (a few OTA programs: a bachelor's) and pass their own national exam: NBCOT's COTA exam, "
            "or the NPTE for PTAs. The poster's links say more."
        ),
    ),
    (
        N_('"Should I see a PT for my knee?"'),
        N_("We're student volunteers, so we can't give health advice. Ask your doctor, or call a clinic."),
    ),
    (
        N_('"Do I need a doctor\'s referral for PT?"'),
        N_(
            "Every state lets you see a PT without a referral in "
            "some cases; your insurance may still want one. Ask your insurer, your doctor or the clinic."
        ),
    ),
)

#: What pre-health students ask a volunteer most, with short answers in US terms (kit review 3, S4;
#: the assistants' path, kit review 4, S7):
#: (the question, an answer). Programs differ: every answer sends them to the programs' own pages.
PREHEALTH_ANSWERS = (
    (
        N_("What classes do I need?"),
        N_(
            "Prerequisites vary by program: usually anatomy and physiology, "
            "biology, psychology and statistics, and for PT chemistry and physics too. Check each program's own page."
        ),
    ),
    (
        N_("Do I need shadowing hours?"),
        N_(
            "Many programs ask for observation hours with an OT or a PT; how many, "
            "and whether they are required, varies by program."
        ),
    ),
    (
        N_("How do I apply?"),
        N_(
            "Most DPT programs take applications through PTCAS and most OT programs through "
            "OTCAS, the centralized application services."
        ),
    ),
    (
        N_("How long is the program?"),
        N_(
            "A DPT is about 3 years after a bachelor's degree. An OT master's is "
            "about 2 to 2.5 years; an OT doctorate (OTD) about 3."
        ),
    ),
    (
        N_("Which major should I pick?"),
        N_("Any major is fine if you take the prerequisites. Pick one you enjoy."),
    ),
    (
        N_("What about becoming an OTA or a PTA?"),
        N_(
            "An associate degree, usually applied for directly at the "
            "college (not through OTCAS or PTCAS). Then a national exam - NBCOT's COTA exam, or the NPTE for PTAs "
            "(FSBPT) - and the state's license. Assistants treat within the therapist's plan; an OTA also helps with "
            "the OT's evaluation."
        ),
    ),
)

#: The line for any question a volunteer cannot answer.
NOT_SURE = N_(
    "Not sure? Say: \u201cI'm not sure - ask the program's staff, or come to the open house on the poster.\u201d "
    "Never guess."
)

#: Printed on the script when the event settings name no open house (kit review 5, S13): step 5
#: and the "not sure?" line send visitors to the poster's open house, a blank line until written in.
OPEN_HOUSE_BLANK = N_(
    "Before the booth opens: step 5 and the \u201cnot sure?\u201d line send visitors to the open house on the "
    "poster, and the poster's open-house line is blank. Write your program's open house on it (day, date, time, "
    "place), or leave the open house out when you speak."
)

#: Printed on the script when the event settings name the open house: ``{open_house}``, as given.
OPEN_HOUSE_SET = N_("The open house on the poster: {open_house}")
