"""The words the goal self-check (goal_checks.py) reads a goal written in Spanish by: the
same names as goal_words (English), for the same checks - who will do what, a time
frame, a measure, the right kind of target.

Spanish says "will" in the verb: the future ("Ana se vestirá", "caminará", "podrá"), or
"va a" and an infinitive ("va a caminar"). Its subject may stay in the verb ("En 2
semanas, caminará ..."), which `LEADING_VERB` reads. Words are compared by their Snowball
stems (`stem`: "vestirá", "vestirse" and "vestido" are all "vest"). The terms are the
glossary's (docs/GLOSSARY_ES.md: *andador*, *AVD*, *de forma independiente*); the
everyday words a learner in the US writes ("pararse", "el carro", "el baño") are read
too. The time frame and the measure are goal_time_words_es.py's (folded here, as the rest).
"""

from __future__ import annotations

import re

from .goal_time_words_es import BY_CLAUSE, MEASURE, TIME, TIME_SPAN
from .occupation_words import SPANISH
from .spanish_words import fold, stem

__all__ = [
    "ANY_OCCUPATION",
    "BY_CLAUSE",
    "EXERCISE_DOSE",
    "FUNCTION",
    "FUNCTIONAL_MOBILITY",
    "IMPAIRMENT",
    "LEADING_VERB",
    "MEASURE",
    "MOVEMENT",
    "NOT_ACTIVITY",
    "NOT_A_NAME",
    "OBJECTS",
    "OCCUPATION_WORDS",
    "PERSON",
    "PLACE_NUMBER",
    "PLACES",
    "POSITION",
    "PT_TARGET_EXTRA",
    "SHOWS",
    "STOPWORDS",
    "SUBJECT_TO",
    "SUBJECT_WILL",
    "TASK_PLACE",
    "TIME",
    "TIME_SPAN",
    "UNOBSERVABLE",
    "WORD",
    "fold",
    "stem",
]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: A word of a goal, lower case, accents and ñ included.
WORD = re.compile(r"[a-záéíóúüñ]+")

#: A person, as the subject of the future: the patient, a pronoun, a family member (a name
#: or "la Sra. López" is read by its capital); "la niña de 6 años" ends in "años".
PERSON = _set(
    "paciente pacientes pte ptes cliente clientes clienta clientas usuario usuaria usuarios usuarias estudiante estudiantes "
    "alumno alumna alumnos alumnas niño niña niños niñas nene nena bebé bebés infante infantes residente "
    "residentes persona personas individuo adulto adulta adultos adultas atleta atletas jugador jugadora "
    "jugadores deportista deportistas corredor corredora trabajador trabajadora trabajadores empleado "
    "empleada adolescente adolescentes joven jóvenes hombre hombres mujer mujeres señor señora sr sra srta "
    "don doña veterano veterana cuidador cuidadora cuidadores padre madre papá mamá padres esposo esposa "
    "pareja hijo hija abuelo abuela familia él ella ellos ellas yo nosotros usted tú años"
)
#: The future, as a learner writes it: "caminará", "se vestirá", "podrá", "va a caminar".
_FUTURE = r"(?:\w+rán?\b|van?\s+a\s+\w+(?:ar|er|ir)(?:se|la|las|lo|los|le|les)?\b)"
#: What may stand between the subject and the future: a clitic or an adverb ("Ana se
#: vestirá", "la paciente también podrá", "él ya lo hará").
_BETWEEN = r"(?:(?:\w+mente|también|ya|luego|pronto|todavía|se|lo|la|los|las|le|les|me|te|nos)\s+){0,2}"
#: A number that names a place, not a measure ("caminar a la habitación 12", "el autobús 7").
PLACE_NUMBER = re.compile(
    r"\b(habitación|cuarto|autobús|ruta|apartamento|apto|unidad|puerta|salida|sala|pasillo)"
    r"\s*(n\.?º|#|número)?\s*\d+\w*(?!\s*(veces|vez|repeticiones|de\s+\d|min|minutos?|seg|segundos?|días?|pies|"
    r"metros?|m\b|%))",
    re.I,
)
#: A future no one can see ("sentirá", "entenderá"): a goal says what the person will do,
#: unless it also asks them to show it.
UNOBSERVABLE = re.compile(
    r"\b(se\s+)?(sentirá|sentirán|entenderá|entenderán|comprenderá|comprenderán|sabrá|sabrán|"
    r"estará\s+(consciente|motivad[oa]|segur[oa])|creerá|aceptará|querrá|va\s+a\s+(sentir|entender|"
    r"comprender|saber|creer|aceptar|querer)(se)?)\b",
    re.I,
)
#: What a person does to show they understand ("demostrará", "dirá", "nombrará").
SHOWS = re.compile(
    r"\b(demostr\w*|realizar\w*|complet\w*|dirá|dirán|decir|nombr\w*|enumer\w*|mostr\w*|usar\w*|"
    r"utilizar\w*|identific\w*|explicar\w*)\b",
    re.I,
)
#: Who will do what: the word before the future ("Ana se vestirá"); a person is checked by
#: goal_checks.
SUBJECT_WILL = re.compile(r"(\w[\w'-]*)[.,]?\s+" + _BETWEEN + _FUTURE, re.I)
#: English's "Pt to ambulate" has no Spanish shorthand of that shape.
SUBJECT_TO = None
#: The future opening the goal (after its time frame): the subject is in the verb
#: ("En 2 semanas, caminará 150 pies").
LEADING_VERB = re.compile(_BETWEEN + _FUTURE, re.I)
#: A capitalized word before the future is a name ("Ana", "López") unless it names the
#: goal's content ("Dolor bajará ...", "La flexión llegará ...").
NOT_A_NAME = re.compile(
    r"(ción|sión|dad|miento|encia|ancia|ura|eza)$|^(dolor|fuerza|equilibrio|balance|marcha|agarre|rango|"
    r"movimiento|piel|herida|edema|tono|objetivo|esto|eso|esta|este|puntaje|velocidad|distancia|tiempo|"
    r"oxígeno|rodilla|hombro|cadera|mano|brazo|pierna|tobillo|en|para|dentro|al)$",
    re.I,
)

#: An impairment goal: strength, motion, a grip, a count of exercises, swelling or pain.
IMPAIRMENT = re.compile(
    r"\b(fuerza|fortalec\w*|agarre|pinza|rango de movimiento|amplitud de movimiento|flexión|extensión|"
    r"abducción|aducción|rotación|grados?|repeticiones|series de|\d/5|ejercicio\w*|theraband|banda elástica|"
    r"plastilina|masilla|edema|hinchazón|espasticidad|tono|dolor)\b|\d\s*°",
    re.I,
)

#: Words of an everyday activity, by the OTPF-4 occupation a task names (occupation_words.py).
OCCUPATION_WORDS = SPANISH
#: Things and body parts among the occupation words: in an impairment goal they name no
#: activity ("fuerza de agarre para sostener una taza"); a verb must ("para beber").
OBJECTS = _set(
    "dientes cara pelo cabello uñas maquillaje desodorante cuchara tenedor taza vaso cartón envase utensilio "
    "pantalón pantalones camisa calcetines zapatos abrigo cierre cremallera brasier chaqueta ropa tina bañera "
    "esponja inodoro excusado cama silla carro cocina estufa microondas platos casa tienda carrito pastilla "
    "pastillas medicamento medicamentos medicina pastillero autobús comunidad bebé nieto nieta perro gato "
    "mascota clase escuela escritorio juguete juguetes amigos guitarra noche luz alarma peligro peligros "
    "barra grupo compañeros iglesia club lápiz"
)
#: Occupation words too general to count for any task.
_WEAK = {
    "cuidar",
    "rutina",
    "noche",
    "seguro",
    "seguridad",
    "grupo",
    "trabajo",
    "trabajar",
    "tareas",
    "levantar",
    "cargar",
    "casa",
    "pasear",
    "alimentar",
    "bañar",
    "actividades",
    "plan",
    "planear",
    "pausas",
    "descanso",
    "energía",
    "dosificar",
    "explorar",
    "llamar",
    "llamada",
    "mensaje",
    "pagar",
    "biberón",
}
ANY_OCCUPATION = sorted(
    {w for name, words in OCCUPATION_WORDS.items() if name != "functional mobility" for w in words.split()}
    - _WEAK
)

#: Words that name no activity: they would match any task.
STOPWORDS = _set(
    "el la los las lo un una unos unas de del al a con sin en por para que se su sus le les y o e u este esta "
    "estos estas ese esa eso esto como cuando mientras durante antes después dentro fuera sobre entre hasta "
    "desde hacia sí no más muy cada todo toda todos todas día días semana semanas mes meses vez veces forma "
    "manera parte superior inferior cuerpo capaz podrá podrán va van será hará ser estar puede pueda poder "
    "mismo misma propio propia solo sola nuevo nueva hacer ayuda apoyo lograr logrará"
)
#: Words of an activity's name that are not the activity: body parts, diagnoses, surgery and
#: exercise.
NOT_ACTIVITY = _set(
    # body parts
    "cabeza cuello espalda columna médula hombro hombros brazo brazos codo codos muñeca muñecas mano manos "
    "dedo dedos pulgar cadera caderas rodilla rodillas pierna piernas tobillo tobillos talón tronco pecho "
    "seno esternón pelvis pélvico pélvica vejiga huesos articulaciones músculos tendón ligamento corazón "
    "pulmones cerebro cuádriceps isquiotibiales pantorrilla "
    # diagnoses, surgery and the therapy itself
    "cirugía operación reemplazo prótesis reparación fractura esguince lesión derrame accidente "
    "cerebrovascular embolia amputación artritis cáncer quimioterapia conmoción epoc demencia delirio "
    "diagnóstico insuficiencia parkinson parálisis cerebral síndrome temblor hinchazón dolor fatiga mareo "
    "débil tenso crónico rehabilitación terapia programa ejercicio ejercicios fortalecimiento fuerza "
    "entrenamiento resistencia coordinación movimiento práctica hospital agarre inducido restricción "
    "circuito intensivo "
    # how a thing is
    "abierto"
)
#: Places in an activity's name: where it happens, not what it is.
PLACES = _set(
    "lavabo lavamanos cama silla mesa escritorio casa hogar cuarto habitación cocina baño hospital escuela "
    "clase salón piso suelo escaleras pasillo sala unidad clínica patio cafetería comedor"
)

#: What PT works on besides movement: a body function PT treats (APTA Guide 4.0).
PT_TARGET_EXTRA = re.compile(
    r"\b(continen\w*|incontinen\w*|fugas?|orin\w*|urin\w*|herida\w*|piel|úlcera\w*|lesión por presión|"
    r"respira\w*|tos|toser|secreciones|sp ?o2|oxígeno|saturación|mare\w*|vértigo|dolor)\b",
    re.I,
)
MOVEMENT = re.compile(
    r"\b(equilibrio|balance|fuerza|pararse|de\s+pie|parad[oa]s?|ponerse\s+de\s+pie|camin\w*|deambul\w*|"
    r"marcha|rango|movimiento|dobla\w*|flexion\w*|arrodill\w*|resistencia|pasos?|escalones?|escaleras?|"
    r"metros?|pies|segundos?|piernas?|rodillas?|cadera|tronco|rodar|gir\w*|volte\w*|carg\w*|subir\w*|"
    r"bajar\w*|traslad\w*|transferencia\w*|sentar\w*|sentad[oa]s?|andador|bastón|muletas?|corr\w*|salt\w*|brinc\w*|trep\w*|gate\w*|lanz\w*|atrap\w*|impuls\w*|agach\w*|levant\w*|gradas|rampas?)\b",
    re.I,
)
#: What makes a movement goal functional: an activity or a place the movement is for, or
#: "para que pueda ...".
#: Walking, as a goal names it (goal_words.WALK).
WALK = re.compile(r"\b(camin\w*|deambul\w*)\b", re.I)
#: Where a walk goes (goal_words.WALK_PLACE): "hasta el comedor", "por el barrio".
WALK_PLACE = re.compile(r"\b(hasta|desde|al|del|por)\s+\w+", re.I)
FUNCTION = re.compile(
    r"\b(camin\w*|deambul\w*|(sub|baj)\w*\s+(las\s+|los\s+|la\s+|el\s+)?(escaleras|escalones|gradas|rampa|banqueta|"
    r"acera|borde|al)|escaleras|escalones|traslad\w*|transferencia\w*|"
    r"(entrar|salir|subirse|bajarse|meterse)\s+(a|al|del|de|en)|levantarse|alcanz\w*(?!\s+((los\s+)?\d|el\s+rango|la\s+base|un\s+puntaje))|carg\w*|llev\w*|"
    r"levant\w*|jug\w*|vest\w*|bañ\w*|duch\w*|ir\s+al\s+(baño|sanitario)|cocin\w*|compr(?!esi)\w*|jardín|jardiner\w*|"
    r"deportes?|partido|juego|recreo|trabajo|(volver|regresar|ir)\s+a\s+(trabajar|la\s+escuela|clase|su\s+"
    r"trabajo|el\s+trabajo)|para\s+que\s+(pueda|él|ella|el|la)|para\s+poder)\b",
    re.I,
)
#: A position held at a place where a task is done ("de pie en el lavamanos").
POSITION = re.compile(r"\b(de\s+pie|pararse|parad[oa]s?|sentad[oa]s?|sentarse|arrodill\w*)\b", re.I)
TASK_PLACE = re.compile(
    r"\b(lavabo|lavamanos|mostrador|encimera|estufa|mesa|escritorio|espejo|tina|bañera|inodoro|excusado|"
    r"cama|silla|carro|auto|autobús|cocina|baño|clase|salón|escuela)\b",
    re.I,
)
#: An exercise counted in sets or repetitions: a transfer practiced as reps is an exercise.
EXERCISE_DOSE = re.compile(r"\b(series?|repeticiones?|reps?)\b", re.I)
#: Functional mobility as phrases: "se trasladará de la cama a la silla", "saldrá de la
#: cama", "caminará al baño" name it; "se sentará en la silla" does not.
FUNCTIONAL_MOBILITY = re.compile(
    r"\b(traslad\w*|transferencias?|levant\w*\s+de\s+(la\s+)?(cama|silla|inodoro|piso|suelo)|"
    r"(entr(ar|ará|arán)|sal(ir|drá|drán))(se)?\s+(a|al|de|del)\b|(sub|baj)(ir|ar)se\s+(a|al|de|del)\b|"
    r"(sub|baj)\w*\s+(al|del)\s+(carro|auto|autobús|camión|coche)\b|"
    r"movilidad\s+en\s+(la\s+)?cama|de\s+(acostad[oa]|supino)\s+a\s+sentad[oa]|de\s+sentad[oa]\s+a\s+"
    r"(de\s+pie|parad[oa])|(de|desde)\s+(la\s+|el\s+|su\s+)?(cama|silla\s+de\s+ruedas|silla|inodoro|piso|"
    r"suelo|carro|tina|bañera)\s+(a|al|hasta)\b|camin\w*\s+(\d+\s+(pies|metros|m)\s+)?(a|al|hasta|desde|"
    r"hacia)\s+(la\s+|el\s+|su\s+)?\w+)",
    re.I,
)


def _folded(value):
    """A table with its words folded: regular expressions, word sets, the occupation words."""
    if isinstance(value, re.Pattern):
        return re.compile(fold(value.pattern), value.flags)
    if isinstance(value, frozenset):
        return frozenset(fold(word) for word in value)
    if isinstance(value, dict):
        return {key: fold(words) for key, words in value.items()}
    if isinstance(value, list):
        return [fold(word) for word in value]
    return value


for _name in __all__:
    if _name not in ("stem", "fold"):
        globals()[_name] = _folded(globals()[_name])
