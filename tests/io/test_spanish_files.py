"""Loading errors and blind-label forms in Spanish: the wording and the "allowed" lists
follow the language, the codes a file must hold stay codes, and a rater may write Ambas."""

import pandas as pd
import pytest

import otpt
from otpt.errors import ActivityDataError, LabelFormError
from otpt.language import set_language


@pytest.fixture
def spanish():
    set_language("es")
    yield
    set_language(None)


def test_a_bank_error_is_spanish_and_names_line_column_and_the_codes(spanish, tmp_path):
    bank = tmp_path / "banco.csv"
    bank.write_text(
        "id,activity,description,lead,setting,also_accepted\nA1,,y,nurse,school,OT;PT;x\n", "utf-8"
    )
    with pytest.raises(ActivityDataError) as err:
        otpt.load_activities(bank)
    message = str(err.value)
    assert message.startswith("No se pudo cargar el banco de actividades")
    assert (
        "línea 2, columna B (activity): se encontró una celda vacía. Cada actividad necesita un nombre corto."
        in message
    )
    assert "línea 2, columna D (lead): se encontró 'nurse'. Se permite: OT, PT o Both" in message
    assert "Se permite: OT, PT o Both, o dos de ellas separadas por ';'" in message
    assert "Allowed" not in message and "found" not in message


def test_a_label_form_in_spanish_asks_in_spanish_and_reads_ambas(spanish, tmp_path):
    path = otpt.write_label_form(tmp_path / "ana.xlsx", seed=None)
    sheets = pd.read_excel(path, sheet_name=None, dtype=str, engine="calamine", keep_default_na=False)
    assert list(sheets) == ["Etiquetas", "Cómo llenarlo"]
    form, how = sheets["Etiquetas"], sheets["Cómo llenarlo"]
    assert how.iloc[0, 0].startswith(
        "Entre OT y PT, ¿quién suele dirigir esto? Escribe OT, PT o Ambas en 'label'"
    )
    assert list(form.columns) == ["id", "activity", "description", "setting", "population", "label", "note"]
    spanish_bank = otpt.load_activities(lang="es").set_index("id")
    first = form.iloc[0]
    assert first["activity"] == spanish_bank.loc[first["id"], "activity"]
    assert set(form["population"]) <= {"niños", "adultos", "adultos mayores"}
    form.loc[0, "label"], form.loc[1, "label"] = "Ambas", "ot"
    form.loc[2, "label"] = "enfermería"
    filled = tmp_path / "ana.csv"
    form.to_csv(filled, index=False)
    with pytest.raises(LabelFormError) as err:
        otpt.read_label_forms(filled)
    assert "línea 4, columna F (label): se encontró 'enfermería'. Se permite: OT, PT o Ambas" in str(
        err.value
    )
    form.loc[2, "label"] = ""
    form.to_csv(filled, index=False)
    labels = otpt.read_label_forms(filled)
    assert list(labels["label"]) == ["Both", "OT"] and set(labels["rater"]) == {"ana"}
