"""The words the goal self-check (goal_checks.py) reads a short-term body-function goal by, in
English: a goal whose target is a body function OT or PT treats - a wound, the skin or a scar,
edema, range of motion, strength, pain, continence, breathing (ICF body functions b2, b4,
b6, b7, b8) - rather than an everyday activity.

Such a goal is fine "if it says which function it serves" (lesson 5: "knee bend to 110
degrees, so she can climb the stairs"). Burn and wound specialists write short-term goals as
wound outcomes ("Wound area will decrease by 50% within 4 weeks") and hand therapists as
measures of the hand ("Active wrist extension will increase to 45 degrees in 3 weeks"), each
paired with a functional goal (review 34 S5). An exercise is no body-function goal: "3 sets
of 10 shoulder flexion reps" says what the therapist prescribes, not what will change.

body_function_words_es.py has the same names for Spanish goals.
"""

from __future__ import annotations

import re

__all__ = ["BODY_FUNCTION", "CONDITION", "CRITERION", "EXERCISE", "FUNCTION_SERVED", "OPENER"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: A body function OT or PT treats, as a goal names it: integumentary (wound, skin, scar,
#: graft), edema and its measures (girth, figure-of-eight), range of motion and its
#: movements and degrees, a fist, strength and grip, pain, continence, breathing, tone,
#: balance (ICF b2 sensory functions and pain, b4 respiration, b6 urination, b7
#: neuromusculoskeletal and movement, b8 skin; APTA Guide 4.0's integumentary, muscle
#: performance and range-of-motion tests).
BODY_FUNCTION = re.compile(
    r"\b(wounds?|ulcers?|pressure injur\w*|incisions?|grafts?|skin|scars?|scarring|granulation|epitheliali\w*|"
    r"drainage|exudate|slough|eschar|periwound|edema|swelling|girth|circumference|figure[- ]of[- ](eight|8)|"
    r"volumetr\w*|(limb |arm |leg )?volume|lymphedema|range of motion|a?rom|prom|flexion|extension|abduction|adduction|rotation|"
    r"supination|pronation|opposition|deviation|dorsiflexion|plantarflexion|degrees?|fist|composite|"
    r"tenodesis|strength|grip|grasp|pinch|mmt|\d/5(?! (of|days?|trials?|times|attempts))|pain|continen\w*|"
    r"incontinen\w*|leak\w*|breath\w*|cough\w*|secretions?|sp ?o2|saturation|tone|spasticity|balance|contraction)\b|\d\s*°",
    re.I,
)
#: A body function as a condition of an activity, not its target: "sit in the chair for 20
#: minutes with pain below 3/10", "stand at the sink without loss of balance", "pain-free".
CONDITION = re.compile(
    r"\b(with|without|with no|and no)\s+(\w+\s+)?(an? )?(increase[ds]? in |more |less |minimal |mild |no )?"
    r"(pain|loss of balance|shortness of breath|dyspnea|leak\w*|sp ?o2|oxygen saturation)\b"
    r"(\s+(of|below|under|above|over|at|rated|at or (below|above)|less than|no more than|<=|>=|≤|≥|<|>)?\s*"
    r"\d+\s*(/\s*10|%)(\s+or (less|below|lower|more|above|higher))?)?|\bpain[- ]free\b",
    re.I,
)
#: An exercise, named or counted: the goal is then the exercise, not the body function.
EXERCISE = re.compile(
    r"\b(exercis\w*|sets?|reps?|repetitions?|theraband|putty|heel slides?|quad sets?|ankle pumps?|pendulums?|"
    r"straight[- ]leg raises?|slrs?|bridg(e|es|ing)|clamshells?|stretch\w*|hep)\b",
    re.I,
)
#: A body-function outcome that is its own measure: a full fist, a closed wound, intact
#: skin, motion within normal limits, drainage graded from copious to none.
CRITERION = re.compile(
    r"\b((full|complete) (composite )?fist|composite fist|(wound )?closure|(fully )?epitheliali[sz]ed|close[ds]?|"
    r"heal(ed|s)?|intact|full (a|p)?rom|full (active |passive )?range|wnl|wfl|within (normal|functional) limits|"
    r"(to|from) (none|scant|minimal|small|moderate|large|copious))\b",
    re.I,
)
#: Which function a body-function goal serves: "so she can ...", "in order to ...", or "to",
#: "for", "during", "while" or "when" and something the person will do with it ("to hold a
#: cup", "to don compression garments", "for writing"). goal_checks also counts the
#: activities of goal_words.FUNCTION and the task's own occupation.
FUNCTION_SERVED = re.compile(
    r"\b(so (that )?\w+ (can|could|will be able to|is able to)|in order to|to allow|allowing|"
    r"(to|for|during|while|when) (\w+ly )?(hold\w*|grasp\w*|pick\w* up|reach\w*|carry\w*|lift\w*|writ\w*|"
    r"type|typing|text\w*|drink\w*|eat\w*|feed\w*|dress\w*|don|dons|donning|doff\w*|put\w* on|take off|"
    r"button\w*|zip\w*|tie|ties|tying|wear\w*|brush\w*|comb\w*|wash\w*|bath\w*|shower\w*|shav\w*|groom\w*|"
    r"cook\w*|open\w*|turn\w*|use|using|play\w*|walk\w*|climb\w*|stand\w*|sit|sitting|sleep\w*|work\w*|"
    r"driv\w*|swim\w*|throw\w*|catch\w*|color\w*|draw\w*|paint\w*|cut\w*|toilet\w*|transfer\w*|manag\w*|"
    r"return\w* to|go\w* back to))\b",
    re.I,
)
#: Words that may open a body-function goal before the function itself ("Full composite fist
#: ...", "Right wrist extension ...", "The wound ..."); body parts are read from
#: goal_words.NOT_ACTIVITY.
OPENER = _set(
    "the a an her his their its pt patient client child s right left r l bilateral active passive full complete total"
)
