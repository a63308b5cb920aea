"""The fixed vocabularies of the activity bank: leads, the kinds of shared work, grading
outcomes, settings, populations, skills, targets, OTPF-4 occupation areas and occupations,
ICF chapters, and the one color palette for OT / Both / PT.

Every other module takes its labels from here, so one change keeps tables, plots and
widgets in step.
"""

from .language import N_, Messages, gettext

__all__ = [
    "BODY_REGIONS",
    "CONFIDENCES",
    "COUNTS_AS_RIGHT",
    "ICF_CHAPTERS",
    "INTERVENTIONS",
    "LEADS",
    "LEAD_NAMES",
    "OCCUPATIONS",
    "OCCUPATION_AREAS",
    "OUTCOMES",
    "PALETTE",
    "POPULATIONS",
    "QUESTION",
    "SETTINGS",
    "SHARED_AS",
    "SKILLS",
    "SPECIALTIES",
    "SYMBOLS",
    "TARGETS",
    "term",
]

#: The three answers, in the order every table and plot uses (OT, the overlap, PT). The
#: same three lead a case plan's tasks. "Both" always means one activity with an OT goal
#: and a PT goal; `SHARED_AS` says how the work is shared (the word "Together", which
#: earlier case files used, is read as Both).
LEADS = ("OT", "Both", "PT")

#: The three answers as a learner reads them, in the language in force (the codes in `LEADS`
#: never change; OT and PT stay OT and PT in Spanish too: docs/GLOSSARY_ES.md).
LEAD_NAMES = Messages({"OT": N_("OT"), "Both": N_("Both"), "PT": N_("PT")})

#: What every quiz card and blind-label form asks: of the two professions, since another
#: professional may lead the activity as a whole (the bank's ``other_lead``).
QUESTION = N_("Of OT and PT, who usually leads this?")  # shown through gettext


#: How the work of a "Both" activity is shared, with a plain-words explanation.
#: Sources: AOTA/APTA/ASHA Joint Guidelines for Therapy Co-treatment Under Medicare (2012);
#: HTCC, LANA and RESNA certifications (open to OTs and PTs); IDEA Part B (34 CFR 300.34).
SHARED_AS = Messages(
    {
        "co-treatment": N_("an OT and a PT treat together in one session, each working on their own goal"),
        "either specialist": N_(
            "one specialist does the whole job, and the specialty is open to OTs and PTs alike"
        ),
        "separate services": N_(
            "OT and PT each see the person in their own sessions, toward one shared plan"
        ),
    }
)

#: The three grading outcomes, in order: the usual lead, an answer that practice also
#: supports (the bank's ``also_accepted``), and neither. The first two count as correct.
OUTCOMES = (N_("right"), N_("defensible"), N_("not usually"))

#: The outcomes that count in a score (``correct``, as `otpt.io.exchange.format` derives it).
COUNTS_AS_RIGHT = frozenset({"right", "defensible"})

#: The symbol of each outcome, shown with its word (never color alone).
SYMBOLS = {"right": "\u2713", "defensible": "\u2248", "not usually": "\u2717"}

#: What an activity's intervention works on (the rule of thumb "what does the therapy work
#: on?"): the occupation itself - how the whole task gets done in the person's routine and
#: context (OT's lens, OTPF-4); movement and mobility - from body functions such as
#: strength, balance, pain or breathing up to walking, transfers, stairs and getting around
#: (ICF d4 activities; PT's lens, APTA Guide 4.0); or both. Both professions work across
#: the whole ICF: the target is a first guess at the lead, not the lead. Banks written
#: before v3 say "movement or body function", read as "movement and mobility".
TARGETS = (N_("occupation"), N_("movement and mobility"), N_("occupation and movement"))

#: What the therapy does, from the APTA Guide's intervention categories and the OTPF-4's
#: types of OT intervention (Table 12), with a plain-words gloss. Who each points to, and
#: the framework line behind it, is in data/lead_weights.csv.
INTERVENTIONS = Messages(
    {
        N_("therapeutic exercise"): N_(
            "exercise for strength, flexibility or fitness (pelvic-floor training included)"
        ),
        N_("motor function training"): N_("training gait, balance, coordination or posture"),
        N_("manual therapy"): N_("hands-on joint and soft-tissue techniques"),
        N_("airway clearance"): N_("techniques that clear the lungs and ease breathing"),
        N_("repositioning maneuvers"): N_(
            "head and body positions that move loose inner-ear crystals (BPPV)"
        ),
        N_("biophysical agents"): N_("heat, cold, electrical stimulation, ultrasound"),
        N_("integumentary repair"): N_("wound care and skin protection"),
        N_("functional mobility training"): N_("practicing transfers, bed mobility and wheelchair skills"),
        N_("occupations and activities"): N_(
            "practicing the real task itself: work, school, play or leisure"
        ),
        N_("ADL training"): N_("practicing self-care (dressing, bathing, eating) with new methods"),
        N_("IADL training"): N_("practicing home and community tasks (cooking, shopping, money)"),
        N_("adaptive equipment"): N_("tools for daily tasks: reachers, sock aids, built-up handles"),
        N_("mobility aids"): N_("canes, walkers and crutches, and walking with them"),
        N_("orthosis fabrication"): N_("making a custom splint for the hand or arm"),
        N_("environmental modification"): N_("changing the home, classroom or workplace"),
        N_("wheeled mobility and seating"): N_("choosing and fitting a wheelchair and its seat"),
        N_("sensory and self-regulation strategies"): N_(
            "strategies that help a person stay calm and focused"
        ),
        N_("cognitive strategies"): N_("memory aids, planning and problem-solving in daily tasks"),
        N_("routines and pacing"): N_("habits, routines, pacing and energy conservation"),
        N_("education and training"): N_("teaching the person and their family or carers"),
    }
)

#: Who may hold a specialist credential the activity calls for.
SPECIALTIES = Messages(
    {
        "open to both": N_(
            "a certification OTs and PTs can both hold (hand therapy CHT, lymphedema CLT, seating ATP)"
        ),
        "OT specialty": N_("an OT board or specialty certification (AOTA)"),
        "PT specialty": N_("a PT board specialty (ABPTS)"),
    }
)

#: Where in the body an activity's difficulty lies, to test the "upper body = OT,
#: lower body = PT" rule on every activity, not only those with hand skills.
BODY_REGIONS = (N_("upper body"), N_("lower body"), N_("whole body"), N_("not a body part"))

#: Okabe-Ito colors (color-blind safe): orange for OT, bluish green for Both, blue for PT.
PALETTE = {"OT": "#E69F00", "Both": "#009E73", "PT": "#0072B2"}

#: Where care happens.
SETTINGS = (
    N_("acute hospital"),
    N_("inpatient rehab"),
    N_("outpatient"),
    N_("school"),
    N_("home health"),
    N_("early intervention"),
    N_("community"),
    N_("skilled nursing"),
)

CONFIDENCES = (N_("sure"), N_("unsure"))  #: how sure a learner said they were (``confidence``)
#: Who the activity is for.
POPULATIONS = (N_("children"), N_("adults"), N_("older adults"))


def term(code: str) -> str:
    """A bank code (setting, population, occupation area, intervention, lead, target, outcome,
    confidence, body region, shared_as) as a learner reads it, in the language in force.
    >>> term("older adults"), term("prison"), term("Both")
    ('older adults', 'prison', 'Both')
    """
    return gettext(code) if code in _TERMS else code


#: The skills an activity calls on, with a plain-words label for learners. "sensory" is every
#: sense the bank tags (ICF b2: seeing, touch, the inner ear's balance sense, sensory needs
#: in daily life), not OT's "sensory processing" alone: its label says so, because dizziness
#: from the inner ear is PT's (vestibular rehabilitation).
SKILLS = Messages(
    {
        "fine_motor": N_("fine motor (hand use)"),
        "gross_motor": N_("gross motor (whole-body movement)"),
        "cognitive": N_("thinking and planning"),
        "psychosocial": N_("emotions and coping"),
        "social": N_("social interaction"),
        "sensory": N_("sensory (incl. inner-ear balance)"),
        "balance": N_("balance"),
        "gait": N_("walking (gait)"),
        "strength": N_("strength"),
        "range_of_motion": N_("range of motion"),
        "endurance": N_("endurance"),
        "pain": N_("pain"),
    }
)

#: OTPF-4 occupation categories. "none" is accepted in instructors' banks and by the
#: placement widget, but the bundled bank gives every activity - PT's included - the
#: occupation area it serves.
OCCUPATION_AREAS = (
    N_("ADL"),
    N_("IADL"),
    N_("health management"),
    N_("rest and sleep"),
    N_("education"),
    N_("work"),
    N_("play"),
    N_("leisure"),
    N_("social participation"),
    N_("none"),
)

#: The occupations inside each OTPF-4 occupation area (AOTA, OTPF-4, 2020, Table 2;
#: "bathing and showering" is OTPF-4's "bathing, showering").
OCCUPATIONS = {
    "ADL": (
        "bathing and showering",
        "toileting and toilet hygiene",
        "dressing",
        "eating and swallowing",
        "feeding",
        "functional mobility",
        "personal hygiene and grooming",
        "sexual activity",
    ),
    "IADL": (
        "care of others",
        "care of pets and animals",
        "child rearing",
        "communication management",
        "driving and community mobility",
        "financial management",
        "home establishment and management",
        "meal preparation and cleanup",
        "religious and spiritual expression",
        "safety and emergency maintenance",
        "shopping",
    ),
    "health management": (
        "social and emotional health promotion and maintenance",
        "symptom and condition management",
        "communication with the health care system",
        "medication management",
        "physical activity",
        "nutrition management",
        "personal care device management",
    ),
    "rest and sleep": ("rest", "sleep preparation", "sleep participation"),
    "education": (
        "formal educational participation",
        "informal personal educational needs or interests exploration",
        "informal personal education participation",
    ),
    "work": (
        "employment interests and pursuits",
        "employment seeking and acquisition",
        "job performance and maintenance",
        "retirement preparation and adjustment",
        "volunteer exploration",
        "volunteer participation",
    ),
    "play": ("play exploration", "play participation"),
    "leisure": ("leisure exploration", "leisure participation"),
    "social participation": (
        "community participation",
        "family participation",
        "friendships",
        "intimate partner relationships",
        "peer group participation",
    ),
}

#: WHO ICF chapters: body functions (b), body structures (s), activities and participation
#: (d) and environmental factors (e).
ICF_CHAPTERS = Messages(
    {
        "b1": N_("mental functions"),
        "b2": N_("sensory functions and pain"),
        "b3": N_("voice and speech functions"),
        "b4": N_("cardiovascular, hematological, immunological and respiratory functions"),
        "b5": N_("digestive, metabolic and endocrine functions"),
        "b6": N_("genitourinary and reproductive functions"),
        "b7": N_("neuromusculoskeletal and movement-related functions"),
        "b8": N_("functions of the skin"),
        "s1": N_("structures of the nervous system"),
        "s2": N_("the eye, ear and related structures"),
        "s3": N_("structures involved in voice and speech"),
        "s4": N_("structures of the cardiovascular, immunological and respiratory systems"),
        "s5": N_("structures related to the digestive, metabolic and endocrine systems"),
        "s6": N_("structures related to the genitourinary and reproductive systems"),
        "s7": N_("structures related to movement"),
        "s8": N_("skin and related structures"),
        "d1": N_("learning and applying knowledge"),
        "d2": N_("general tasks and demands"),
        "d3": N_("communication"),
        "d4": N_("mobility"),
        "d5": N_("self-care"),
        "d6": N_("domestic life"),
        "d7": N_("interpersonal interactions and relationships"),
        "d8": N_("major life areas (education, work, economic life)"),
        "d9": N_("community, social and civic life"),
        "e1": N_("products and technology"),
        "e2": N_("natural environment and human-made changes to environment"),
        "e3": N_("support and relationships"),
        "e4": N_("attitudes"),
        "e5": N_("services, systems and policies"),
    }
)


#: The codes `term` translates (each marked with N_ above; SHARED_AS's kinds in otpt.plots.overlap).
_TERMS = frozenset((*SETTINGS, *POPULATIONS, *OCCUPATION_AREAS, *INTERVENTIONS, *BODY_REGIONS, *SHARED_AS))
_TERMS |= {*LEADS, *TARGETS, *OUTCOMES, *CONFIDENCES}  # the answers table's codes
