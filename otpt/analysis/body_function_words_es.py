"""The words the goal self-check (goal_checks.py) reads a short-term body-function goal by, in
Spanish: the same names and the same rule as body_function_words (English). A goal about a
body function OT or PT treats - una herida, la piel o una cicatriz, el edema, el rango de
movimiento, la fuerza, el dolor, la continencia, la respiración - is fine "si dice a qué
función sirve" (lesson 5: "doblar la rodilla hasta 110 grados para que pueda subir las
escaleras"). The tables are compared folded, as goal_words_es's are (spanish_words.fold:
"disminuira" reads as "disminuirá").
"""

from __future__ import annotations

import re

from .spanish_words import fold

__all__ = ["BODY_FUNCTION", "CONDITION", "CRITERION", "EXERCISE", "FUNCTION_SERVED", "OPENER"]


def _compiled(pattern: str) -> re.Pattern:
    return re.compile(fold(pattern), re.I)


#: A body function OT or PT treats, as a goal names it (the English table's groups).
BODY_FUNCTION = _compiled(
    r"\b(heridas?|úlceras?|lesión por presión|incisión|incisiones|injertos?|piel|cicatri\w*|granulación|"
    r"epiteliza\w*|exudado|drenaje|esfacelo|escara|perilesional|edema|hinchazón|perímetro|circunferencia|"
    r"figura (de|en) (ocho|8)|volumetr\w*|volumen|linfedema|(rango|amplitud|arco) de movimiento|flexión|extensión|"
    r"abducción|aducción|rotación|supinación|pronación|oposición|desviación|dorsiflexión|flexión plantar|"
    r"grados?|puño|fuerza|agarre|pinza|\d/5(?! (de|días?|intentos|veces))|dolor|continencia|incontinencia|"
    r"fugas?|respira\w*|tos|secreciones|sp ?o2|saturación|tono|espasticidad|equilibrio|contracción)\b|\d\s*°"
)
#: A body function as a condition of an activity, not its target: "con dolor menor de 3/10",
#: "sin pérdida del equilibrio", "sin dolor".
CONDITION = _compiled(
    r"\b(con|sin|y sin)\s+(\w+\s+)?(aumento del? |más |menos |poco |ningún |leve )?"
    r"(dolor|pérdida del? (equilibrio|balance)|falta de aire|disnea|fugas?|sp ?o2|saturación de oxígeno)\b"
    r"(\s+(de|por debajo de|menor de|menor a|inferior a|mayor de|mayor a|superior a|de a lo más|en)?\s*"
    r"\d+\s*(/\s*10|%)(\s+o (menos|más))?)?"
)
#: An exercise, named or counted.
EXERCISE = _compiled(
    r"\b(ejercicio\w*|series?|repeticiones?|reps?|theraband|banda elástica|plastilina|masilla|estiramiento\w*|"
    r"deslizamientos? de talón|puentes?|bombeos? de tobillo|péndulos?|elevaciones? de pierna)\b"
)
#: A body-function outcome that is its own measure: a full fist, a closed wound, intact skin,
#: drainage graded from abundant to none.
CRITERION = _compiled(
    r"\b(puño (completo|compuesto)|cierre (completo |total )?de la herida|cerrar\w*|cerrad[oa]s?|"
    r"cicatrizad[oa]s?|epitelizad[oa]s?|cicatrizará|cicatrizarán|íntegr[oa]|intact[oa]|rango completo|"
    r"dentro de (los )?límites (normales|funcionales)|(a|de) (nul[oa]|escas[oa]|mínim[oa]|poc[oa]|moderad[oa]|"
    r"abundante|copios[oa]))\b"
)
#: Which function a body-function goal serves: "para que pueda ...", "para poder ...", or
#: "para", "al" or "durante" and something the person will do ("para sostener una taza",
#: "para ponerse las prendas de compresión").
FUNCTION_SERVED = _compiled(
    r"\b(para que (pueda|puedan|él|ella|el|la)|para poder|de modo que pueda|lo que le permit\w*|"
    r"(para|al|durante|mientras) (sosten\w*|agarr\w*|tom(ar|e)|recog\w*|alcanz\w*|llev\w*|carg\w*|levant\w*|"
    r"escrib\w*|teclear|beb\w*|com(er|a)|alimentar\w*|vest\w*|poner\w*|quitar\w*|abroch\w*|abotonar\w*|"
    r"amarrar\w*|usar\w*|peinar\w*|cepillar\w*|lavar\w*|bañar\w*|duchar\w*|afeitar\w*|arreglar\w*|cocin\w*|"
    r"abrir\w*|girar\w*|jug\w*|camin\w*|subir\w*|bajar\w*|pararse|sentarse|dormir|trabaj\w*|manej\w*|"
    r"conduc\w*|nadar|lanzar|atrapar|colorear|dibujar|pintar|recortar|ir al sanitario|trasladar\w*|"
    r"volver a|regresar a))\b"
)
#: Words that may open a body-function goal before the function itself ("Puño completo ...",
#: "La extensión activa ..."); body parts are read from goal_words_es.NOT_ACTIVITY.
OPENER = frozenset(
    fold("el la los las un una su sus derecho derecha izquierdo izquierda activa activo").split()
)
