"""The fixed vocabularies of the activity bank: leads, settings, populations, skills,
OTPF-4 occupation areas, ICF chapters, and the one colour palette for OT / Both / PT.

Every other module takes its labels from here, so one change keeps tables, plots and
widgets in step.
"""

#: The three answers, in the order every table and plot uses (OT, the overlap, PT).
LEADS = ("OT", "Both", "PT")

#: Okabe-Ito colours (colour-blind safe): orange for OT, bluish green for Both, blue for PT.
PALETTE = {"OT": "#E69F00", "Both": "#009E73", "PT": "#0072B2"}

#: Where care happens.
SETTINGS = (
    "acute hospital",
    "inpatient rehab",
    "outpatient",
    "school",
    "home health",
    "community",
    "skilled nursing",
)

#: Who the activity is for.
POPULATIONS = ("children", "adults", "older adults")

#: The skills an activity calls on, with a plain-words label for learners.
SKILLS = {
    "fine_motor": "fine motor (hand use)",
    "gross_motor": "gross motor (whole-body movement)",
    "cognitive": "thinking and planning",
    "psychosocial": "emotions and coping",
    "social": "social interaction",
    "sensory": "sensory processing",
    "balance": "balance",
    "gait": "walking (gait)",
    "strength": "strength",
    "range_of_motion": "range of motion",
    "endurance": "endurance",
    "pain": "pain",
}

#: OTPF-4 occupation categories, or "none" when the activity is not itself an occupation
#: (an exercise or a body-function goal).
OCCUPATION_AREAS = (
    "ADL",
    "IADL",
    "health management",
    "rest and sleep",
    "education",
    "work",
    "play",
    "leisure",
    "social participation",
    "none",
)

#: WHO ICF chapters used in the bank: body functions (b) and activities and participation (d).
ICF_CHAPTERS = {
    "b1": "mental functions",
    "b2": "sensory functions and pain",
    "b3": "voice and speech functions",
    "b4": "cardiovascular, haematological, immunological and respiratory functions",
    "b5": "digestive, metabolic and endocrine functions",
    "b6": "genitourinary and reproductive functions",
    "b7": "neuromusculoskeletal and movement-related functions",
    "b8": "functions of the skin",
    "d1": "learning and applying knowledge",
    "d2": "general tasks and demands",
    "d3": "communication",
    "d4": "mobility",
    "d5": "self-care",
    "d6": "domestic life",
    "d7": "interpersonal interactions and relationships",
    "d8": "major life areas (education, work, economic life)",
    "d9": "community, social and civic life",
}
