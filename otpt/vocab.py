"""The fixed vocabularies of the activity bank: leads, the kinds of shared work, grading
outcomes, settings, populations, skills, targets, OTPF-4 occupation areas and occupations,
ICF chapters, and the one colour palette for OT / Both / PT.

Every other module takes its labels from here, so one change keeps tables, plots and
widgets in step.
"""

#: The three answers, in the order every table and plot uses (OT, the overlap, PT).
LEADS = ("OT", "Both", "PT")

#: How the work of a "Both" activity is shared, with a plain-words explanation.
#: Sources: AOTA/APTA/ASHA Joint Guidelines for Therapy Co-treatment Under Medicare (2012);
#: HTCC, LANA and RESNA certifications (open to OTs and PTs); IDEA Part B (34 CFR 300.34).
SHARED_AS = {
    "co-treatment": "an OT and a PT treat together in one session, each working on their own goal",
    "either specialist": "one specialist does the whole job, and the specialty is open to OTs and PTs alike",
    "separate services": "OT and PT each see the person in their own sessions, toward one shared plan",
}

#: The three grading outcomes, in order: the usual lead, an answer that practice also
#: supports (the bank's ``also_accepted``), and neither. The first two count as correct.
OUTCOMES = ("right", "defensible", "not usually")

#: What an activity's intervention works on: the task or occupation itself, a movement or
#: body function (walking speed, a knee's strength, balance - also where the ICF classes
#: the movement as an activity, d4), or both (the rule of thumb "what is the target?").
TARGETS = ("occupation", "movement or body function", "occupation and movement")

#: What the therapy does, from the APTA Guide's intervention categories and the OTPF-4's
#: types of OT intervention (Table 12), with a plain-words gloss. Who each points to, and
#: the framework line behind it, is in data/lead_weights.csv.
INTERVENTIONS = {
    "therapeutic exercise": "exercise for strength, flexibility or fitness (pelvic-floor training included)",
    "motor function training": "training gait, balance, coordination or posture",
    "manual therapy": "hands-on joint and soft-tissue techniques",
    "airway clearance": "techniques that clear the lungs and ease breathing",
    "repositioning manoeuvres": "head and body positions that move loose inner-ear crystals (BPPV)",
    "biophysical agents": "heat, cold, electrical stimulation, ultrasound",
    "integumentary repair": "wound care and skin protection",
    "functional mobility training": "practising transfers, bed mobility and wheelchair skills",
    "occupations and activities": "practising the real task itself: work, school, play or leisure",
    "ADL training": "practising self-care (dressing, bathing, eating) with new methods",
    "IADL training": "practising home and community tasks (cooking, shopping, money)",
    "adaptive equipment": "tools for daily tasks: reachers, sock aids, built-up handles",
    "mobility aids": "canes, walkers and crutches, and walking with them",
    "orthosis fabrication": "making a custom splint for the hand or arm",
    "environmental modification": "changing the home, classroom or workplace",
    "wheeled mobility and seating": "choosing and fitting a wheelchair and its seat",
    "sensory and self-regulation strategies": "strategies that help a person stay calm and focused",
    "cognitive strategies": "memory aids, planning and problem-solving in daily tasks",
    "routines and pacing": "habits, routines, pacing and energy conservation",
    "education and training": "teaching the person and their family or carers",
}

#: Other names instructors use for an intervention (normalised: lower case, single spaces).
INTERVENTION_ALIASES = {
    "exercise": "therapeutic exercise",
    "strengthening": "therapeutic exercise",
    "stretching": "therapeutic exercise",
    "aerobic conditioning": "therapeutic exercise",
    "monitored exercise": "therapeutic exercise",
    "pelvic floor training": "therapeutic exercise",
    "pelvic floor muscle training": "therapeutic exercise",
    "return to sport training": "therapeutic exercise",
    "gait training": "motor function training",
    "balance training": "motor function training",
    "vestibular rehabilitation": "motor function training",
    "mobilisation": "manual therapy",
    "mobilization": "manual therapy",
    "manual therapy techniques": "manual therapy",
    "airway clearance techniques": "airway clearance",
    "chest physiotherapy": "airway clearance",
    "repositioning maneuvers": "repositioning manoeuvres",
    "canalith repositioning": "repositioning manoeuvres",
    "physical agents": "biophysical agents",
    "physical agent modalities": "biophysical agents",
    "modalities": "biophysical agents",
    "wound care": "integumentary repair",
    "integumentary repair and protection": "integumentary repair",
    "transfer training": "functional mobility training",
    "bed mobility training": "functional mobility training",
    "adl iadl training": "ADL training",
    "adl/iadl training": "ADL training",
    "self care training": "ADL training",
    "iadl training": "IADL training",
    "adl training": "ADL training",
    "task practice": "occupations and activities",
    "occupation based intervention": "occupations and activities",
    "work simulation": "occupations and activities",
    "assistive devices for daily tasks": "adaptive equipment",
    "walking aids": "mobility aids",
    "orthotic fabrication": "orthosis fabrication",
    "splint fabrication": "orthosis fabrication",
    "splinting": "orthosis fabrication",
    "home modification": "environmental modification",
    "environmental modifications": "environmental modification",
    "wheelchair seating": "wheeled mobility and seating",
    "wheeled mobility": "wheeled mobility and seating",
    "sensory strategies": "sensory and self-regulation strategies",
    "self regulation": "sensory and self-regulation strategies",
    "sensory integration": "sensory and self-regulation strategies",
    "cognitive rehabilitation": "cognitive strategies",
    "energy conservation": "routines and pacing",
    "pacing": "routines and pacing",
    "education": "education and training",
    "patient education": "education and training",
    "patient or client instruction": "education and training",
    "caregiver training": "education and training",
}

#: Words that name an intervention inside a longer description ("ADL retraining with
#: adaptive equipment" -> ADL training and adaptive equipment), used only when a cell is
#: not an intervention's name or one of its aliases. Each is a regular expression matched
#: at the start of a word, in any case; they are kept specific on purpose ("ice pack", not
#: "ice", which would read "ice skating"; "balance training", not "balance", which would
#: read "balancing a chequebook"), because a wrong reading is worse than a note saying
#: otpt could not use the cell.
INTERVENTION_WORDS = {
    "repositioning manoeuvres": (r"reposition", r"epley", r"canalith"),
    "airway clearance": (r"airway", r"chest physio", r"secretion clearance", r"breathing exercis"),
    "integumentary repair": (r"wound", r"integument", r"debridement", r"pressure (?:ulcer|injur)"),
    "orthosis fabrication": (r"splint", r"orthos[ie]s", r"orthotic", r"brace fabricat"),
    "wheeled mobility and seating": (r"wheelchair", r"seating", r"wheeled mobility", r"power mobility"),
    "mobility aids": (r"walkers?\b", r"canes?\b", r"crutch", r"walking aid", r"rollator"),
    "motor function training": (r"gait", r"balance (?:train|exerc|retrain|practi)", r"vestibular", r"locomot",
                                r"postur(?:e|al) (?:train|control)", r"motor (?:control|learning|function)",
                                r"neuromuscular re-?educ", r"fall prevention exerc",
                                r"constraint[- ]induced", r"mirror therap"),
    "manual therapy": (r"manual therap", r"manual lymph", r"joint mobili[sz]", r"soft tissue mobili[sz]",
                       r"mobili[sz]ation", r"manipulat", r"massage", r"lymph(?:atic)? drainage"),
    "biophysical agents": (r"heat (?:pack|therap)", r"hot pack", r"cold pack", r"ice pack", r"ice massage",
                           r"cryotherap", r"thermotherap", r"paraffin", r"electrical stim", r"e-?stim\b", r"tens\b",
                           r"ultrasound", r"modalit", r"physical agent"),
    "functional mobility training": (r"transfers?\b", r"transfer train", r"bed mobility", r"functional mobility"),
    "IADL training": (r"iadl", r"cooking", r"meal prep", r"shopping", r"driving", r"money manag",
                      r"medication manag", r"home management", r"laundry", r"driver rehab"),
    "ADL training": (r"adl", r"self-?care", r"(?<!wound )dressing(?! (?:a |the |of )?wound)", r"bathing",
                     r"toileting", r"grooming", r"feeding (?:train|skill|therap)", r"self-feeding", r"eating skill"),
    "adaptive equipment": (r"adaptive (?:equip|device|utensil|aid)", r"assistive tech", r"reacher", r"sock aid",
                           r"long-handled", r"built-up", r"dressing stick", r"tub (?:bench|transfer bench)",
                           r"shower chair", r"raised toilet seat"),
    "environmental modification": (r"home modif", r"environment(?:al)? modif", r"environmental adapt",
                                   r"workstation", r"ergonomic", r"home safety", r"grab bar"),
    "sensory and self-regulation strategies": (r"sensory (?:integ|strateg|diet|modulat|processing|based)",
                                               r"self-?regulation", r"calming strateg", r"zones of regulation"),
    "cognitive strategies": (r"cognitive (?:strateg|rehab|train|retrain)", r"memory (?:aid|strateg|book|train)",
                             r"attention train", r"problem[- ]solving (?:strateg|train)", r"executive function"),
    "routines and pacing": (r"energy conservation", r"pacing", r"daily routine", r"routine building",
                            r"habit (?:train|build|form)", r"time management", r"activity scheduling"),
    "therapeutic exercise": (r"exercis", r"strengthen", r"strength train", r"stretch", r"conditioning", r"aerobic",
                             r"pelvic floor", r"return[- ]to[- ]sport", r"resist(?:ance|ive) (?:train|exerc|band)",
                             r"treadmill", r"plyometric", r"range of motion exerc", r"rom exerc",
                             r"cardiac rehab", r"pulmonary rehab", r"aquatic"),
    "education and training": (r"educat", r"instruction", r"teaching", r"coaching", r"caregiver train",
                               r"carer train", r"family train", r"home program"),
    "occupations and activities": (r"work (?:harden|condition|simulat|task)", r"job simulat", r"school task",
                                   r"play-? ?based", r"leisure", r"task practice", r"task-specific",
                                   r"simulated task", r"occupation-? ?based", r"meaningful activit", r"handwriting"),
}  # fmt: skip

#: Who may hold a specialist credential the activity calls for.
SPECIALTIES = {
    "open to both": "a certification OTs and PTs can both hold (hand therapy CHT, lymphedema CLT, seating ATP)",
    "OT specialty": "an OT board or specialty certification (AOTA)",
    "PT specialty": "a PT board specialty (ABPTS)",
}

#: Other names for a specialty (normalised as for interventions).
SPECIALTY_ALIASES = {"both": "open to both", "either": "open to both", "ot": "OT specialty", "pt": "PT specialty",
                     "cht": "open to both", "clt": "open to both", "atp": "open to both"}  # fmt: skip

#: Other names instructors use for a skill (normalised: lower case, underscores).
SKILL_ALIASES = {
    "rom": "range_of_motion",
    "motion": "range_of_motion",
    "flexibility": "range_of_motion",
    "fine_motor_skills": "fine_motor",
    "hand_use": "fine_motor",
    "gross_motor_skills": "gross_motor",
    "cognition": "cognitive",
    "thinking": "cognitive",
    "emotional": "psychosocial",
    "mental_health": "psychosocial",
    "social_skills": "social",
    "sensory_processing": "sensory",
    "walking": "gait",
    "strengthening": "strength",
    "fitness": "endurance",
}

#: Where in the body an activity's difficulty lies, to test the "upper body = OT,
#: lower body = PT" rule on every activity, not only those with hand skills.
BODY_REGIONS = ("upper body", "lower body", "whole body", "not a body part")

#: Okabe-Ito colours (colour-blind safe): orange for OT, bluish green for Both, blue for PT.
PALETTE = {"OT": "#E69F00", "Both": "#009E73", "PT": "#0072B2"}

#: Where care happens.
SETTINGS = (
    "acute hospital",
    "inpatient rehab",
    "outpatient",
    "school",
    "home health",
    "early intervention",
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

#: OTPF-4 occupation categories. "none" is accepted in instructors' banks and by the
#: placement widget, but the bundled bank gives every activity - PT's included - the
#: occupation area it serves.
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
ICF_CHAPTERS = {
    "b1": "mental functions",
    "b2": "sensory functions and pain",
    "b3": "voice and speech functions",
    "b4": "cardiovascular, haematological, immunological and respiratory functions",
    "b5": "digestive, metabolic and endocrine functions",
    "b6": "genitourinary and reproductive functions",
    "b7": "neuromusculoskeletal and movement-related functions",
    "b8": "functions of the skin",
    "s1": "structures of the nervous system",
    "s2": "the eye, ear and related structures",
    "s3": "structures involved in voice and speech",
    "s4": "structures of the cardiovascular, immunological and respiratory systems",
    "s5": "structures related to the digestive, metabolic and endocrine systems",
    "s6": "structures related to the genitourinary and reproductive systems",
    "s7": "structures related to movement",
    "s8": "skin and related structures",
    "d1": "learning and applying knowledge",
    "d2": "general tasks and demands",
    "d3": "communication",
    "d4": "mobility",
    "d5": "self-care",
    "d6": "domestic life",
    "d7": "interpersonal interactions and relationships",
    "d8": "major life areas (education, work, economic life)",
    "d9": "community, social and civic life",
    "e1": "products and technology",
    "e2": "natural environment and human-made changes to environment",
    "e3": "support and relationships",
    "e4": "attitudes",
    "e5": "services, systems and policies",
}
