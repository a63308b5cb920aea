"""The words the goal self-check (goal_checks.py) reads a written goal by: who may be the
subject of "will", the words of each OTPF-4 occupation, and the words that name no
everyday activity (body parts, diagnoses, exercises, places).

These are the English tables; goal_words_es.py has the same names for Spanish goals, and
goal_checks reads a goal with the tables of its language.
"""

from __future__ import annotations

import functools
import re

from .occupation_words import ENGLISH

__all__ = [
    "ANY_OCCUPATION",
    "BY_CLAUSE",
    "EXERCISE_DOSE",
    "FUNCTION",
    "FUNCTIONAL_MOBILITY",
    "LEADING_VERB",
    "MEASURE",
    "MOVEMENT",
    "POSITION",
    "PT_TARGET_EXTRA",
    "SHOWS",
    "TASK_PLACE",
    "TIME",
    "TIME_SPAN",
    "UNOBSERVABLE",
    "WORD",
    "IMPAIRMENT",
    "NOT_ACTIVITY",
    "NOT_A_NAME",
    "OBJECTS",
    "OCCUPATION_WORDS",
    "PERSON",
    "PLACE_NUMBER",
    "PLACES",
    "STOPWORDS",
    "SUBJECT_TO",
    "SUBJECT_WILL",
    "fold",
    "stem",
]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: A person, as the subject of "will": the patient, a pronoun, a family member (a name or
#: "Mr. X" is read by its capital). "Pain will be 2/10" and "her knee will bend" say what a
#: body part or a number will do, not what the person will do.
PERSON = _set(
    "patient patients client clients student students child children kid kids resident residents pt pts "
    "person persons people individual individuals learner learners athlete athletes player players runner "
    "runners worker workers employee employees infant infants baby babies toddler toddlers teen teens "
    "teenager teenagers adolescent adolescents adult adults man men woman women boy boys girl girls veteran "
    "veterans caregiver caregivers carer carers parent parents mother father mom dad husband wife spouse "
    "partner son daughter family he she they i we you"
)
#: Who will do what: the word before "will" (one adverb may stand between: "she also
#: will"), or the shorthand "Pt to ambulate"; a person is checked by goal_checks.
SUBJECT_WILL = re.compile(r"([A-Za-z][\w'-]*)[.,]?\s+(?:(?:\w+ly|also|then|now|still|soon)\s+)?(?i:will)\b")
SUBJECT_TO = re.compile(r"\b(pts?|patients?|clients?|students?|child|residents?)\s+to\s+[a-z]", re.I)
#: A capitalized word before "will" is a name ("Mr. Okafor will", "Maria will") unless it
#: names the goal's content ("Pain will ...", "Ambulation will ...").
NOT_A_NAME = re.compile(
    r"(ion|ing|ity|ment|ness|ance|ence|ure|ics)$|^(pain|strength|balance|gait|grip|range|motion|skin|wound|"
    r"edema|tone|goal|it|this|that|there|these|score|speed|distance|time|rom|spo2|oxygen|breathing)$",
    re.I,
)

#: An impairment goal: strength, motion, a grip, a count of exercises, swelling or pain.
#: In one, an object ("hold a cup") names no activity: the goal must say what the person
#: will do with it ("drink", "button", "feed").
IMPAIRMENT = re.compile(
    r"\b(strength\w*|strengthen\w*|grip|grasp|pinch|rom|range of motion|flexion|extension|abduction|"
    r"adduction|rotation|degrees?|reps?|repetitions?|sets? of|mmt|\d/5|exercis\w*|theraband|putty|"
    r"edema|swelling|spasticity|tone|pain)\b|\d\s*°",
    re.I,
)

#: Words of an everyday activity, by the OTPF-4 occupation a task names (occupation_words.py).
OCCUPATION_WORDS = ENGLISH
#: Things and body parts among the occupation words: in an impairment goal they name no
#: activity ("grip strength to hold a cup"); a verb of the occupation must ("to drink").
OBJECTS = _set(
    "teeth face hair nails makeup deodorant spoon fork cup carton utensil pants shirt socks shoes coat zipper "
    "bra jacket clothes tub sponge toilet commode bathroom urinal bed chair car kitchen stove microwave dishes "
    "home store cart pill pills medication medicine organizer bus community baby child grandchild dog cat pet "
    "class school desk toy toys friends guitar night light alarm hazard hazards grab group classmates church "
    "club pencil"
)
#: Occupation words strong enough to count for any task (not "care", "routine", "night" or
#: "safe", which name an occupation only where the task is that occupation).
_WEAK = {
    "care",
    "routine",
    "night",
    "safe",
    "safety",
    "group",
    "work",
    "walk",
    "tasks",
    "lift",
    "carry",
    "home",
    "activities",
    "plan",
    "planned",
    "breaks",
    "rest",
    "energy",
    "pace",
    "pacing",
    "explore",
    "call",
    "calls",
    "text",
    "pay",
    "bottle",
}
ANY_OCCUPATION = sorted(
    {w for name, words in OCCUPATION_WORDS.items() if name != "functional mobility" for w in words.split()}
    - _WEAK
)

#: Words that name no activity: they would match any task ("patient", "within").
STOPWORDS = _set(
    "patient patients with within after while from their this that will into when during before about using "
    "without weeks week days month months child adult older person first again daily each every able make made"
)
#: Words of an activity's name that are not the activity: body parts, diagnoses, surgery and
#: exercise ("Caring for the family dog after shoulder surgery" names pet care, not the
#: shoulder: "3 sets of 10 shoulder flexion reps" is an exercise, not the activity).
NOT_ACTIVITY = _set(
    # body parts
    "head neck back spine spinal cord shoulder shoulders arm arms elbow elbows wrist wrists hand hands "
    "finger fingers thumb thumbs hip hips knee knees leg legs ankle ankles foot feet heel heels toe toes "
    "trunk core chest breast breastbone pelvic pelvis bladder bones joints muscles tendon ligament heart "
    "lungs brain inner quadriceps hamstrings calf "
    # diagnoses, surgery and the therapy itself
    "surgery replacement repair fracture broken sprain strain injury stroke amputation arthritis cancer "
    "chemotherapy concussion copd dementia delirium diagnosis failure frozen osteoporosis parkinson palsy "
    "cerebral prosthesis syndrome tremor swelling pain painful fatigue dizziness weak weaker tight severe "
    "chronic healing heals recovering rehab therapy program exercise exercises strengthening strength "
    "training fitness endurance coordination movement practice practicing treating evaluating induced "
    "constraint circuit hardening intensive hospital grasp grip "
    # the people in it and how a thing is
    "family open"
)
#: Places in an activity's name: where it happens, not what it is.
PLACES = _set(
    "sink bed chair table desk home room kitchen bathroom hospital school class floor stairs hallway ward "
    "unit clinic playground cafeteria"
)

#: A number that names a place, not a measure ("walk to room 12", "bus 7"; review 27 S6).
PLACE_NUMBER = re.compile(
    r"\b(room|rm|bus|route|gate|apartment|apt|unit|suite|door|exit|station|ward|bay|aisle|hall)\s*#?\s*\d+\w*"
    r"(?!\s*(times?|x\b|reps?|out\s+of|of\s+\d|min|minutes?|sec|seconds?|days?|feet|ft|meters?|m\b|%))",
    re.I,
)
#: A verb after "will" that no one can see ("will feel", "will understand"): a goal says
#: what the person will do (review 27 S6), unless it also asks them to show it.
UNOBSERVABLE = re.compile(
    r"\bwill\s+(\w+ly\s+)?(feel|understand|know|be aware|appreciate|believe|be confident|be motivated|"
    r"accept|learn about|want)\b",
    re.I,
)
#: What a person does to show they understand ("demonstrate", "state", "teach back").
SHOWS = re.compile(
    r"\b(demonstrat\w*|perform\w*|complete\w*|state\w*|verbaliz\w*|teach[- ]?back|list\w*|show\w*|use\w*|"
    r"identif\w*|name\w*|report\w*)\b",
    re.I,
)
#: A word of a goal, as the tables are written (lower case).
WORD = re.compile(r"[a-z]+")
#: English names its subject ("she will", "Pt to"); Spanish may leave it in the verb.
LEADING_VERB = None

_MONTHS = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
#: A time frame: "within 2 weeks", "in 3 days", "x 2 wks", "by discharge", "by March 1",
#: "by the IEP review" - never a bare "by" ("dress by herself" has no time frame).
TIME = re.compile(
    r"\b(within(?!\s+(normal|functional)\s+limits)|(in|over) (the next )?(\d+|a|an|one|two|three|four|five|six)?\s*(days?|weeks?|months?|visits?|sessions?)\b|x\s*\d+\s*(d|day|days|wk|wks|week|weeks|mo|month|months)\b|\d+\s*(day|days|wk|wks|week|weeks|"
    r"month|months)\b|this (term|semester|school year)|discharge|"
    r"by\s+(the\s+)?(end|start|next|discharge|ieps?\b|annual|review|\d(?![\d.]*\s*(%|percent|cm|mm|degrees?|°|points?))|"
    + _MONTHS
    + r"|(mon|tues|wednes|thurs|fri)day|"
    r"(\w+\s+)?(review|visit|meeting|session|week|month|term|semester|year|conference|move|transfer)))",
    re.I,
)
#: The time frame as a span, taken out of the goal before a measure is looked for: the
#: "2" of "within 2 weeks" is not how much or how well.
TIME_SPAN = re.compile(
    r"\b(within|in|by|over|after|x)\s*(the\s+next\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
    r"\s*-?\s*(school\s+)?(days?|wks?|weeks?|mos?|months?|sessions?|visits?)\b"
    r"|\bby\s+[^,.;]*?\b(discharge|review|meeting|visit|conference|term|semester|year)\b"
    r"|\bby\s+" + _MONTHS + r"\s+\d+",
    re.I,
)
#: A measure: a number, or how much help (not "without" or "only" alone: "without
#: difficulty" measures nothing; not a bare "with assistance" or "with cues": how much?).
MEASURE = re.compile(
    r"\d|\b(fair|good|poor)[+-]|(?<!increased )(?<!improved )(?<!more )(?<!greater )\b(one|two|three|four|five|six|ten|independen\w*|no help|supervision|stand-by|set-?up|"
    r"(without|with no) (any )?(help|assist\w*|cues?|physical help|a rest|rests|stopping|loss of balance|a fall|falls|"
    r"reminders?|prompts?)|on (his|her|their) own|"
    r"no (loss of balance|falls?|rests?|cues?|physical help)|"
    r"(min(imal)?|mod(erate)?|max(imal)?|contact[- ]guard|stand-?by|light|total) ((physical|verbal|visual|tactile) )?(assist\w*|help|cues?)|"
    r"cga|sba|(fair|good|poor) (static|dynamic) (sitting|standing) balance|min(imal)? ?a|mod(erate)? ?a|max(imal)? ?a|mod ?i)\b",
    re.I,
)
#: What PT works on: movement and mobility, or a body function PT treats (APTA Guide 4.0:
#: breathing, skin, continence, pain - lesson 1).
PT_TARGET_EXTRA = re.compile(
    r"\b(continen\w*|incontinen\w*|leak\w*|urin\w*|wound\w*|skin|ulcer\w*|pressure injur\w*|breath\w*|"
    r"cough\w*|secretion\w*|sp ?o2|oxygen|saturation|dizz\w*|vertigo|pain)\b",
    re.I,
)
MOVEMENT = re.compile(
    r"\b(balance|strength|stand\w*|walk\w*|ambulat\w*|gait|range|motion|bend\w*|kneel\w*|endurance|steps?|"
    r"met(?:er|re)s?|feet|ft|seconds?|leg|legs|knee|hip|trunk|roll\w*|turn\w*|carry\w*|climb\w*|stairs|"
    r"transfer\w*|sit\w*|rw|fww|walker|cane|crutch\w*|get(ting)?\s+(up|down)|ris(e|es|ing)|lift\w*|squat\w*|run\w*|jog\w*|jump\w*|hop\w*|sprint\w*|cut|cutting)\b",
    re.I,
)
#: What makes a movement goal functional: an activity or a place the movement is for (ICF
#: activities and participation), or "so that she can ...".
FUNCTION = re.compile(
    r"\b(walk\w*|ambulat\w*|amb|climb\w*|stairs|steps|transfer\w*|get(s|ting)? (in|out|up|on|off|into|to|down)|"
    r"reach\w*(?!\s+(\d|full|normal|the base|an? \w+ score))|carry\w*|lift\w*|play\w*|dress\w*|bath\w*|shower\w*|toilet\w*|cook\w*|shop\w*|garden\w*|"
    r"sport\w*|game|recess|job|run\w*|jog\w*|jump\w*|hop\w*|sprint\w*|"
    r"(return|go|get|back) to (work|school|class|sport\w*|play\w*|practice|the team|\w+ball|soccer|running)|at work|"
    r"so (that )?(he|she|they|the \w+) can|in order to)\b",
    re.I,
)
#: A position held at a place where a task is done ("stand at the sink", "sit at the table"):
#: functional as a pair; a bare place ("strength ... at home") is not.
POSITION = re.compile(r"\b(stand\w*|sit\w*|kneel\w*)\b", re.I)
TASK_PLACE = re.compile(
    r"\b(sink|counter|stove|table|desk|mirror|tub|toilet|bed|chair|car|bus|kitchen|bathroom|class\w*|school)\b",
    re.I,
)


#: An exercise counted in sets or repetitions: a transfer practiced as reps is an exercise.
EXERCISE_DOSE = re.compile(r"\b(sets?|reps?|repetitions?)\b", re.I)


#: Functional mobility as phrases, since its words are movement words: "transfer from bed to
#: chair", "get out of bed", "walk to the sink" name it; "sit in the chair" does not.
FUNCTIONAL_MOBILITY = re.compile(
    r"\b(transfer\w*|get(s|ting)? (in|out|up|into|onto|on|off)\b|mov(e|es|ing) from|bed mobility|"
    r"(lying|supine) to sit\w*|sit\w* to stand\w*|stand-pivot|"
    r"from (the |his |her |their )?(bed|chair|toilet|commode|wheelchair|floor|car|tub) to|"
    r"walk\w* (\d+ (feet|ft|meters|m) )?(to|from) (the |his |her |their )?\w+)",
    re.I,
)
#: A "by ..." clause: up to six words, ended by the person who will act, punctuation or the end.
BY_CLAUSE = re.compile(
    r"\bby\s+(\S+\s+){0,6}?(?=((the\s+)?(patient|client|student|child|resident|pt)|he|she|they)\s+(will|to)\b|[,.;]|$)",
    re.I,
)


def fold(text: str) -> str:
    """English goals are compared as written (Spanish ones without accents: goal_words_es)."""
    return text


@functools.cache
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def stem(word: str) -> str:
    """A word's Snowball (Porter2) stem ("dressing", "dressed", "dresses" -> "dress";
    "bathe", "bathing" -> "bath"; "shopping" -> "shop"), so whole words match in every form
    a learner writes and "less" is not "lesson" (reviews 25 and 28: a hand-made rule cut
    "dress" to "dres" and missed "dressing")."""
    return _stemmer().stemWord(word.lower())
