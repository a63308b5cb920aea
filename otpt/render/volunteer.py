"""The paper booth's 30-second script for student volunteers, and what they say next (English
only: `otpt.export.booth_cards.write_volunteer_script` prints it)."""

from __future__ import annotations

from .booth import RULE

__all__ = [
    "NOT_SURE",
    "OPEN_HOUSE_BLANK",
    "OPEN_HOUSE_SET",
    "PREHEALTH_ANSWERS",
    "VOLUNTEER_ANSWERS",
    "VOLUNTEER_SCRIPT",
]

#: What a student volunteer says at the booth table, in about 30 seconds (English: the
#: paper booth's script, `otpt.export.booth_cards`).
VOLUNTEER_SCRIPT = (
    "Hi! Do you know the difference between OT and PT? Lots of people aren't sure - want to try a quick game?",
    "Here's a card. Of an occupational therapist (OT) and a physical therapist (PT), who usually helps "
    "with this: OT, PT, or both? Lots of people mix them up, so just guess!",
    "Flip it over to check: the back says who usually helps, and why.",
    "Here's the trick. " + RULE,
    "Want to know more? The poster says where to look. Thanks for playing!",
)

#: What a volunteer says to what visitors say next: (what they say, an answer).
VOLUNTEER_ANSWERS = (
    ('"Both!"', "Sometimes right: each has its own part, and the back of the card says which. Both does not "
     "mean they always work at the same time."),
    ('"So PT is the body and OT is the rest?"', "Not quite: PT is movement and getting around - walking, stairs, "
     "getting back to sport - and OT is the everyday task itself. Both work on what people do."),
    ('"But my aunt\'s OT did her shoulder."', "That happens. The card says who usually helps; in some clinics "
     "a hand therapist, often an OT, treats shoulders too. Where practice varies, the back says so."),
    ('"How do I become one?"', "A PT studies for a Doctor of Physical Therapy (DPT); an OT for a master's or "
     "a doctorate. Both pass a national exam and get a state license. Assistants (OTA, PTA) study for an "
     "associate degree (a few OTA programs: a bachelor's) and pass their own national exam: NBCOT's COTA exam, "
     "or the NPTE for PTAs. The poster's links say more."),
    ('"Should I see a PT for my knee?"', "We're student volunteers, so we can't give health advice. "
     "Ask your doctor, or call a clinic."),
    ('"Do I need a doctor\'s referral for PT?"', "Every state lets you see a PT without a referral in some "
     "cases; your insurance may still want one. Ask your insurer, your doctor or the clinic."),
)  # fmt: skip

#: What pre-health students ask a volunteer most, with short answers in US terms (kit review 3, S4;
#: the assistants' path, kit review 4, S7):
#: (the question, an answer). Programs differ: every answer sends them to the programs' own pages.
PREHEALTH_ANSWERS = (
    ("What classes do I need?", "Prerequisites vary by program: usually anatomy and physiology, biology, "
     "psychology and statistics, and for PT chemistry and physics too. Check each program's own page."),
    ("Do I need shadowing hours?", "Many programs ask for observation hours with an OT or a PT; how many, and "
     "whether they are required, varies by program."),
    ("How do I apply?", "Most DPT programs take applications through PTCAS and most OT programs through "
     "OTCAS, the centralized application services."),
    ("How long is the program?", "A DPT is about 3 years after a bachelor's degree. An OT master's is about 2 "
     "to 2.5 years; an OT doctorate (OTD) about 3."),
    ("Which major should I pick?", "Any major is fine if you take the prerequisites. Pick one you enjoy."),
    ("What about becoming an OTA or a PTA?", "An associate degree, usually applied for directly at the college "
     "(not through OTCAS or PTCAS). Then a national exam - NBCOT's COTA exam, or the NPTE for PTAs (FSBPT) - and "
     "the state's license. Assistants treat within the therapist's plan; an OTA also helps with the OT's "
     "evaluation."),
)  # fmt: skip

#: The line for any question a volunteer cannot answer.
NOT_SURE = (
    "Not sure? Say: \u201cI'm not sure - ask the program's staff, or come to the open house on the poster.\u201d "
    "Never guess."
)

#: Printed on the script when the event settings name no open house (kit review 5, S13): step 5
#: and the "not sure?" line send visitors to the poster's open house, a blank line until written in.
OPEN_HOUSE_BLANK = (
    "Before the booth opens: step 5 and the \u201cnot sure?\u201d line send visitors to the open house on the "
    "poster, and the poster's open-house line is blank. Write your program's open house on it (day, date, time, "
    "place), or leave the open house out when you speak."
)

#: Printed on the script when the event settings name the open house: ``{open_house}``, as given.
OPEN_HOUSE_SET = "The open house on the poster: {open_house}"
