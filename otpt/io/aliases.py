"""The other names instructors write for otpt's vocabulary ("Splinting", "ROM", "CHT"),
mapped to the names in `otpt.vocab`: how a cell is read, not what the frameworks call it."""

__all__ = [
    "INTERVENTION_ALIASES",
    "INTERVENTION_WORDS",
    "SKILL_ALIASES",
    "SPECIALTY_ALIASES",
    "TARGET_ALIASES",
]

#: Earlier names of a target: banks written before content v3 (issue 32) said "movement
#: or body function", which framed PT as the body-function profession.
TARGET_ALIASES = {"movement or body function": "movement and mobility"}

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
    "repositioning manoeuvres": "repositioning maneuvers",
    "canalith repositioning": "repositioning maneuvers",
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
    "repositioning maneuvers": (r"reposition", r"epley", r"canalith"),
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
