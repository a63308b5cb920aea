"""When and how well, in a Spanish goal: its time frame and its measure.

The tables of goal_words_es (the same names as goal_words' English ones) that find a time
frame ("en 3 semanas", "para el alta", "para la revisión del IEP") and a measure (a number,
or how much help: "con asistencia mínima", "sin ayuda"). Read them through goal_words_es,
which folds them (no accents) as it folds all of its tables.
"""

from __future__ import annotations

import re

__all__ = ["BY_CLAUSE", "MEASURE", "TIME", "TIME_SPAN"]

_MONTHS = (
    r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
_COUNT = r"(\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
_UNIT = r"(días?|sem|semanas?|mes|meses|sesión|sesiones|visitas?)"
#: A time frame: "en 3 semanas", "dentro de 2 semanas", "x 2 sem", "para el alta", "al
#: alta", "para el 1 de marzo", "para la revisión del IEP" - never a bare "para" ("para
#: vestirse" has no time frame).
TIME = re.compile(
    r"\b(dentro\s+de(?!\s+(los\s+)?límites)|(en|durante)\s+(el\s+plazo\s+de\s+)?(las?\s+|los\s+)?(próxim[oa]s\s+)?"
    + _COUNT
    + r"?\s*"
    r"(días?|semanas?|sem|mes|meses|visitas?|sesiones?)\b|x\s*\d+\s*(d|días?|sem|semanas?|mes|meses)\b|\d+\s*(días?|semanas?|sem|"
    r"meses)\b|(este|esta|el\s+próximo|al\s+final\s+del?|a\s+fin\s+de)\s+(trimestre|semestre|año\s+escolar|"
    r"curso|ciclo\s+escolar)|(al|el|del|antes\s+del|para\s+el|hasta\s+el)\s+alta\b|(para|antes\s+de|hasta)\s+"
    r"(el\s+|la\s+)?(final|fin|próxim\w+|revisión|reunión|visita|conferencia|mudanza|traslado|iep\b|"
    r"\d(?![\d.]*\s*(%|por\s+ciento|cm|mm|grados?|°|puntos?))|"
    + _MONTHS
    + r"|lunes|martes|miércoles|jueves|viernes))",
    re.I,
)
#: The time frame as a span, taken out of the goal before a measure is looked for: the
#: "3" of "en 3 semanas" is not how much or how well.
TIME_SPAN = re.compile(
    r"\b(dentro\s+de|en|durante|tras|después\s+de|a\s+las?|a\s+los|x|para)\s*(el\s+plazo\s+de\s+)?"
    r"(las?\s+|los\s+)?(próxim[oa]s\s+)?" + _COUNT + r"\s*-?\s*" + _UNIT + r"(\s+escolares)?\b"
    r"|\b(para|antes\s+de|hasta)\s+(el|la)\s+[^,.;]*?\b(alta|revisión|reunión|visita|conferencia|trimestre|"
    r"semestre|año|curso)\b|\b(al|antes\s+del)\s+alta\b"
    r"|\bpara\s+el\s+\d+\s+de\s+" + _MONTHS,
    re.I,
)
#: A measure: a number, or how much help (not "sin dificultad", not a bare "con ayuda":
#: ¿cuánta?; not "mayor independencia", which says more, not how much).
MEASURE = re.compile(
    r"\d|\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
    r"(?<!mayor\s)(?<!más\s)(?<!mejor\s)(?<!aumentar\sla\s)(?<!aumentará\ssu\s)independ\w*|"
    r"por\s+su\s+cuenta|"
    r"sin\s+(ninguna\s+)?(ayuda|asistencia|apoyo\s+físico|indicaciones|pistas|recordatorios|señales|"
    r"descansos?|pausas?|parar|detenerse|pérdida\s+de(l)?\s+(equilibrio|balance)|caídas?|caerse)|"
    r"supervisión|supervisad[oa]|preparación|guardia\s+de\s+contacto|asistencia\s+de\s+contacto|en\s+espera|"
    r"(ayuda|asistencia|indicaciones|pistas|apoyo)\s+(física\s+|verbal(es)?\s+|visual(es)?\s+)?"
    r"(mínimas?|moderadas?|máximas?|total|ligeras?)|(mínima|moderada|máxima|poca|ligera|total)\s+"
    r"(ayuda|asistencia))\b",
    re.I,
)
#: A "para el ..." clause of time: "para el final del semestre", "para la revisión del IEP".
BY_CLAUSE = re.compile(
    r"\b(para|antes\s+de|hasta)\s+(el|la)\s+(alta|final|fin|revisión|reunión|visita|próxim\w+)"
    r"(\s+(de|del|de\s+la)\s+\S+){0,3}",
    re.I,
)
