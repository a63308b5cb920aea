"""Loading errors and the class-folder summary in Spanish: cases, rubric, weights, items,
the schema rules, unreadable and missing files, web addresses and `otpt.load_class` say
what they found and what is allowed in Spanish; the codes and column names a file must
hold stay as they are."""

import warnings

import pytest

import otpt
from otpt.language import set_language

from .._banks import answer, save_answers_file
from .test_items import rows_of, write


@pytest.fixture
def spanish():
    set_language("es")
    yield
    set_language(None)


def no_english(message: str) -> None:
    for word in ("found", "Allowed", "Every ", "line ", "column ", "Could not"):
        assert word not in message, (word, message)


def test_a_case_file_error_is_spanish(spanish, tmp_path):
    path = tmp_path / "casos.csv"
    path.write_text("case_id,task,lead,task_id\nc1,,nurse,t1\nc1,Caminar,OT,t1\n", encoding="utf-8")
    with pytest.raises(otpt.CaseFileError) as err:
        otpt.load_cases(path)
    message = str(err.value)
    assert message.startswith("No se pudo cargar el archivo de casos")
    assert (
        "línea 2, columna B (task): se encontró una celda vacía. Cada tarea necesita un valor en task."
        in message
    )
    assert (
        "línea 2, columna C (lead): se encontró 'nurse'. Se permite: OT, PT o Both (en mayúsculas o minúsculas)."
        in message
    )
    assert (
        "línea 3, columna D (task_id): se encontró el id de tarea 't1' otra vez. la línea 2 ya lo tiene."
        in message
    )
    no_english(message)


def test_a_rubric_error_is_spanish_and_the_rubric_file_is_named(spanish, tmp_path):
    rows = "".join(
        f"R1,Priority,{level},{name},Shows {level}.,OTPF4,VE1\n"
        for level, name in ((4, "Exemplary"), (3, "Good"), (1, "Beginning"))
    )
    path = tmp_path / "rubrica.csv"
    path.write_text(
        "criterion_id,criterion,level,level_name,descriptor,sources,ipec\n" + rows, encoding="utf-8"
    )
    with pytest.raises(otpt.RubricFileError) as err:
        otpt.load_goal_rubric(path)
    message = str(err.value)
    assert err.value.what == "archivo de rúbrica"
    assert message.startswith("No se pudo cargar el archivo de rúbrica")
    assert "línea 3, columna D (level_name): se encontró 'Good'. Se permite: Exemplary, Proficient" in message
    assert (
        "se encontró el criterio R1 sin el nivel 2. Cada criterio necesita una fila por nivel: 4, 3, 2 y 1."
        in message
    )
    no_english(message)


def test_a_weights_error_is_spanish(spanish, tmp_path):
    path = tmp_path / "pesos.csv"
    path.write_text(
        "feature,kind,ot,pt,reason,source\ngait,colour,0,3,X,a\nbalance,skill,lots,3,X,\n", encoding="utf-8"
    )
    with pytest.raises(otpt.WeightsFileError) as err:
        otpt.load_weights(path)
    message = str(err.value)
    assert message.startswith("No se pudo cargar el archivo de pesos")
    assert "línea 2, columna B (kind): se encontró 'colour'. Se permite: target, intervention" in message
    assert "línea 3, columna C (ot): se encontró 'lots'. Un peso es un número de 0 a 3." in message
    assert (
        "línea 3, columna F (source): se encontró una celda vacía. Cada peso necesita una fuente" in message
    )
    no_english(message)


def test_an_items_error_is_spanish_with_the_schema_rules(spanish, tmp_path):
    rows = rows_of("assessment_items")
    single = dict(next(r for r in rows if r["type"] == "single_best"))
    twin = dict(single, key="e", source="NOWHERE_2026")
    path = write(tmp_path / "preguntas.csv", [single, twin])
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(path)
    message = str(err.value)
    assert message.startswith("No se pudo cargar el archivo de preguntas de evaluación")
    assert (
        f"se encontró '{single['item_id']}' otra vez en item_id. la línea 2 ya lo tiene; "
        "cada pregunta lleva un valor distinto." in message
    )
    assert (
        "se encontró 'e'. Se permite en una pregunta single_best: la letra de su única mejor opción"
        in message
    )
    assert "se encontró 'NOWHERE_2026'. Se permite: una clave de sources.csv." in message
    no_english(message)


def test_a_pattern_error_quotes_the_columns_description_in_spanish(tmp_path):
    """What a pattern allows is said by the schema's description of the column (issue 37): in
    the language in force, through the catalog (otpt/io/schema_rules.py), never in English."""
    rows = rows_of("assessment_items")
    bad = dict(rows[0], source="otpt guide", objective="first")
    path = write(tmp_path / "preguntas.csv", [bad])
    with pytest.raises(otpt.ItemsFileError) as err:
        otpt.load_items(path)
    english = str(err.value)
    assert "found 'otpt guide'. Allowed: ';'-separated keys into sources.csv." in english
    set_language("es")
    try:
        with pytest.raises(otpt.ItemsFileError) as err:
            otpt.load_items(path)
        objectives = tmp_path / "objetivos.csv"
        objectives.write_text("id,text,ipec,lessons\nobjective 1,Say it.,RR1,1\n", encoding="utf-8")
        with pytest.raises(otpt.KitFileError) as kit:
            otpt.load_objectives(objectives)
    finally:
        set_language(None)
    message = str(err.value)
    assert (
        "columna N (source): se encontró 'otpt guide'. Se permite: Claves de sources.csv separadas por ';'."
        in message
    )
    assert "Se permite: El objetivo de la sesión que evalúa el ítem: un id de objectives.csv." in message
    assert "se encontró 'objective 1'. Se permite: Un id de objetivo (O1...)." in str(kit.value)
    assert "separated" not in message + str(kit.value)
    no_english(message)


def test_a_missing_file_and_a_web_address_are_explained_in_spanish(spanish, tmp_path):
    with pytest.raises(otpt.CaseFileError) as err:
        otpt.load_cases(tmp_path / "nada" / "casos.csv")
    message = str(err.value)
    assert "se encontró una ruta sin ningún archivo. Revisa el nombre y la carpeta (se buscó " in message
    assert f"; no existe la carpeta {tmp_path / 'nada'})" in message
    no_english(message)
    with pytest.raises(otpt.DataFileError) as err:
        otpt.load_cases("https://docs.google.com/spreadsheets/d/abc/edit#gid=7")
    message = str(err.value)
    assert (
        "otpt lee archivos de esta computadora, no direcciones web. Descarga la hoja como archivo" in message
    )
    assert "luego da la ruta del archivo descargado" in message


def test_a_missing_column_and_an_old_encoding_are_named_in_spanish(spanish, tmp_path):
    path = tmp_path / "pesos.csv"
    path.write_text("feature,kind,ot,pt,source\n", encoding="utf-8")
    with pytest.raises(otpt.WeightsFileError) as err:
        otpt.load_weights(path)
    assert (
        "se encontró una fila de nombres sin la columna 'reason'. Un archivo de pesos necesita las columnas"
        in str(err.value)
    )
    cases = tmp_path / "casos.csv"
    cases.write_bytes("case_id,task,lead\nc1,Vestirse después de la cirugía,OT\n".encode("cp1252"))
    with pytest.warns(otpt.ActivityDataNote) as notes:
        loaded = otpt.load_cases(cases)
    assert loaded["c1"].tasks[0].task == "Vestirse después de la cirugía"
    said = str(notes[0].message)
    assert said.startswith("Se leyó el archivo de casos")
    assert "texto Windows (cp1252), no UTF-8. Se leyó así; si alguna letra se ve mal" in said


def test_the_class_folder_summary_and_its_skipped_files_are_spanish(spanish, tmp_path):
    save_answers_file(tmp_path, "ana.json", "Ana", [answer("A001", "OT", "OT")])
    (tmp_path / "notas.txt").write_text("no son respuestas", encoding="utf-8")
    (tmp_path / "cortado.json").write_text(
        '{"format": "otpt-answers", "version": 1, "answers": [{"a', "utf-8"
    )
    with pytest.warns(otpt.ClassFilesWarning) as caught:
        answers = otpt.load_class(tmp_path)
    summary = (
        f"Hay 1 estudiante en 1 archivo de respuestas de {tmp_path}; 2 archivos omitidos; "
        "0 copias del mismo estudiante combinadas."
    )
    assert answers.attrs["summary"] == summary
    said = str(caught[0].message)
    assert said.startswith(summary)
    assert "notas.txt: no es un archivo de respuestas (un archivo .txt, no .json)" in said
    assert "cortado.json: se encontró un archivo cortado: termina en la línea 1, columna 56" in said
    assert "Copia o guarda el archivo de nuevo." in said
    with pytest.raises(FileNotFoundError, match="no existe esa carpeta ni ese archivo .zip"):
        otpt.load_class(tmp_path / "otra")


def test_an_empty_class_folder_says_where_quizzes_save_in_spanish(spanish, tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        otpt.load_class(tmp_path)
    said = str(caught[0].message)
    assert said.startswith("Hay 0 estudiantes en 0 archivos de respuestas")
    assert "aquí no hay archivos de respuestas: los cuestionarios guardan en su save_dir" in said
