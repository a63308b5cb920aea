"""Interface strings in Spanish: the catalog is complete and current (the completeness
check, run for real - also on a fixture with an untranslated string), the lookup follows
the language in force when the text is made, and the code keeps strings extractable."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import otpt
from otpt import language
from otpt.render import words

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "tools" / "check_translations.py"
PACKAGE = ROOT / "otpt"

pytest.importorskip("babel", reason="Babel checks the catalogs (pip install -e '.[test]')")


def _tool():
    spec = importlib.util.spec_from_file_location("check_translations", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def english_afterwards(monkeypatch):
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv(language.ENVIRONMENT_VARIABLE, raising=False)
    yield
    language.set_language(None)


def test_every_interface_string_has_a_current_spanish_translation():
    assert _tool().check(ROOT) == []


# ------------------------------------------------------------------ the check on a fixture

_MODULE = """\
from otpt.language import N_
from otpt.language import gettext as _

GREETING = N_("Hello, {name}!")
NEW = _("A string nobody translated")
FUZZY = _("Changed English")
BRACES = _("Score {right} of {total}")
MARKUP = _("<b>Why:</b> because")
"""

_PO = """\
msgid ""
msgstr ""
"Language: es\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Hello, {name}!"
msgstr "¡Hola, {name}!"

#, fuzzy
msgid "Changed English"
msgstr "Inglés de antes"

msgid "Score {right} of {total}"
msgstr "Puntaje {right} de {totl}"

msgid "<b>Why:</b> because"
msgstr "Por qué: porque"
"""


def _fixture_repo(tmp_path: Path) -> Path:
    (tmp_path / "babel.cfg").write_text("[python: otpt/**.py]\n", encoding="utf-8")
    (tmp_path / "otpt").mkdir()
    (tmp_path / "otpt" / "strings.py").write_text(_MODULE, encoding="utf-8")
    messages = tmp_path / "otpt" / "locale" / "es" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "otpt.po").write_text(_PO, encoding="utf-8")
    return tmp_path


def _run(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), "--root", str(root)], capture_output=True, text=True)


def test_the_check_fails_naming_the_file_and_the_string(tmp_path):
    result = _run(_fixture_repo(tmp_path))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "otpt/strings.py:5: no es translation for 'A string nobody translated'" in lines
    assert "otpt/strings.py:6: the es translation of 'Changed English' is fuzzy (review it)" in lines
    assert (
        "otpt/strings.py:7: the es translation of 'Score {right} of {total}' has placeholders "
        "['right', 'totl'], the English ['right', 'total']" in lines
    )
    assert (
        "otpt/strings.py:8: the es translation of '<b>Why:</b> because' has markup [], "
        "the English ['</b>', '<b>']" in lines
    )
    assert "otpt/locale/es/LC_MESSAGES/otpt.mo: missing (make translations compiles it)" in lines
    assert not any("Hello, {name}!" in line for line in lines)  # translated, placeholders intact
    assert "translation problem" in result.stderr


def test_the_check_passes_once_translated_and_compiled_and_sees_a_stale_mo(tmp_path):
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    root = _fixture_repo(tmp_path)
    po = root / "otpt" / "locale" / "es" / "LC_MESSAGES" / "otpt.po"
    po.write_text(
        _PO.replace("#, fuzzy\n", "")
        .replace("{totl}", "{total}")
        .replace('"Por qué: porque"', '"<b>Por qué:</b> porque"')
        + '\nmsgid "A string nobody translated"\nmsgstr "Una cadena que nadie tradujo"\n',
        encoding="utf-8",
    )
    with open(po, "rb") as f, open(po.with_suffix(".mo"), "wb") as out:
        write_mo(out, read_po(f, locale="es"))
    assert _run(root).returncode == 0, _run(root).stdout
    po.write_text(
        po.read_text(encoding="utf-8").replace("nadie tradujo", "nadie ha traducido"), encoding="utf-8"
    )
    result = _run(root)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "otpt/locale/es/LC_MESSAGES/otpt.mo: older than otpt.po (make translations compiles it)"
    ]


def test_a_column_description_a_pattern_error_quotes_needs_its_translation(tmp_path):
    """The schemas' descriptions are interface strings (babel.cfg's table_schema extractor):
    a new one fails the check with its file and line; a column without a pattern, whose
    description no message quotes, is not asked for."""
    root = _fixture_repo(tmp_path)
    shutil.copy(ROOT / "babel.cfg", root / "babel.cfg")
    (root / "data").mkdir()
    schema = {
        "fields": [
            {
                "name": "id",
                "description": "Unique id of the thing (T1...).",
                "constraints": {"pattern": "T[0-9]+"},
            },
            {"name": "note", "description": "Anything you like.", "constraints": {"maxLength": 80}},
        ]
    }
    (root / "data" / "things.schema.json").write_text(json.dumps(schema, indent=2), encoding="utf-8")
    lines = _run(root).stdout.splitlines()
    assert "data/things.schema.json:5: no es translation for 'Unique id of the thing (T1...).'" in lines
    assert not any("Anything you like" in line for line in lines)


# ------------------------------------------------------------------ the lookup at run time


def test_constants_are_translated_when_used_not_when_imported():
    # words.PROMPTS was imported (in English) above; the language changes afterwards
    language.set_language("es")
    assert words.PROMPTS["choose_first"] == "Primero elige OT, PT o Ambas, y luego presiona Comprobar."
    assert words.PROMPTS.english("choose_first") == "Choose OT, PT or Both first, then press Check."
    language.set_language(None)
    assert words.PROMPTS["choose_first"] == "Choose OT, PT or Both first, then press Check."


def test_the_page_address_chooses_the_language_and_set_language_wins(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "style=projector&lang=es")
    assert language.get_language() == "es" and language.gettext("Next") == "Siguiente"
    monkeypatch.setenv("QUERY_STRING", "lang=xx")  # a language otpt does not have: English
    assert language.get_language() == "en"
    monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, "es-US")
    assert language.get_language() == "es"  # OTPT_LANG, when the page asks for nothing usable
    language.set_language("en")
    assert language.gettext("Next") == "Next"


def test_placeholders_and_plurals_survive_translation():
    language.set_language("es")
    assert words.progress_text(7, 20, 5, 6) == "Pregunta 7 de 20 \u00b7 Acertaste quién dirige: 5 de 6"
    assert language.ngettext("{n} visitor", "{n} visitors", 1).format(n=1) == "1 visitante"
    assert language.ngettext("{n} visitor", "{n} visitors", 3).format(n=3) == "3 visitantes"


def test_the_quiz_in_spanish_speaks_spanish_from_its_buttons_to_its_verdict():
    language.set_language("es")
    quiz = otpt.ClassifyQuiz(n=3, seed=1, autosave=False)
    buttons = [quiz.check_button, quiz.next_button, quiz.review_button, quiz.restart_button, quiz.save_button]
    assert [b.description for b in buttons] == [
        "Comprobar",
        "Siguiente",
        "Repasar errores",
        "Empezar de nuevo",
        "Guardar mis respuestas",
    ]
    assert quiz.choice.description == "Entre OT y PT, \u00bfqui\u00e9n suele dirigir esto?"
    assert [label for label, _value in quiz.choice.options] == ["OT", "PT", "Ambas tienen una parte"]
    quiz.check_button.click()  # nothing chosen yet
    assert "Primero elige OT, PT o Ambas" in quiz.feedback.value
    key = str(quiz.current_activity["lead"])
    quiz.choice.value = key
    quiz.check_button.click()
    assert 'lang="es"' in quiz.feedback.value and "\u2713 Correcto" in quiz.feedback.value
    assert "Por qu\u00e9:" in quiz.feedback.value


def test_sure_is_a_learners_sentence_on_the_buttons_and_certainty_on_the_charts(saved_class):
    """The second bilingual review: *no seguro* is ungrammatical and reads as "unsafe". The
    same English word gets two Spanish renderings (gettext's context "quiz button")."""
    import matplotlib.pyplot as plt

    language.set_language("es")
    quiz = otpt.ClassifyQuiz(n=3, seed=1, autosave=False)
    assert quiz.confidence.options == (("Estoy seguro/a", "sure"), ("No estoy seguro/a", "unsure"))
    assert quiz.confidence.description == "\u00bfQu\u00e9 tan seguro/a est\u00e1s?"
    with pytest.warns(otpt.ClassFilesWarning):  # the fixture holds a copy of one learner's file
        answers = otpt.load_class(saved_class)
    ax = otpt.plot_confidence(answers)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["con certeza", "sin certeza"]
    assert "con certeza y correcto" in otpt.describe_confidence(answers)
    plt.close(ax.figure)
    language.set_language("en")
    assert otpt.ClassifyQuiz(n=3, seed=1, autosave=False).confidence.options == (
        ("sure", "sure"),
        ("unsure", "unsure"),
    )


def test_the_defensible_counts_agree_in_number():
    language.set_language("es")
    one = language.ngettext("({n} more also right)", "({n} more also right)", 1).format(n=1)
    three = language.ngettext("({n} more also right)", "({n} more also right)", 3).format(n=3)
    assert (one, three) == ("(1 m\u00e1s tambi\u00e9n correcta)", "(3 m\u00e1s tambi\u00e9n correctas)")
    two = language.ngettext("{answers} defensible", "{answers} defensible", 2).format(answers="OT / PT")
    assert two == "OT / PT defendibles"


def test_the_booth_in_spanish_from_start_to_end(tmp_path):
    language.set_language("es")
    booth = otpt.Booth(
        otpt.BoothSettings(tally=tmp_path / "t.jsonl"), seed=1, schedule=lambda s, c: lambda: None
    )
    assert (
        "OT o PT: \u00bfqui\u00e9n ayuda con qu\u00e9?" in booth.main.value
        and 'lang="es"' in booth.main.value
    )
    assert booth.start_button.description == "Empezar"
    assert "Palabras que usamos" in booth.glossary.value and "terapia f\u00edsica" in booth.glossary.value
    booth.start_button.click()
    assert [b.description for b in booth.answer_buttons.values()] == ["OT", "PT", "Ambas"]
    assert "Tarjeta 1 de 5" in booth.progress.value
    for _card in range(5):
        booth.answer_buttons["Both"].click()
        booth.next_button.click()
    end = booth.feedback.value
    assert "Acertó" in end and "Traducci\u00f3n nuestra" in end
    assert '<span lang="en">\u201cSo no, neither profession' in end  # her words stay hers, in English
    assert booth.start_button.description == "Empezar de nuevo"


def test_the_booth_accepts_lang_in_its_address_and_names_one_it_lacks():
    assert otpt.Booth.for_page("lang=es&cards=4", schedule=lambda s, c: lambda: None).settings.cards == 4
    booth = otpt.Booth.for_page("lang=fr", schedule=lambda s, c: lambda: None)
    assert "'fr'" in booth.notice and "otpt has no 'fr' language" in booth.notice
    language.set_language("es")  # what a Spanish booth's start screen says of an address it cannot use
    booth = otpt.Booth.for_page("lang=es&cards=50", schedule=lambda s, c: lambda: None)
    assert booth.notice.startswith("La dirección de este stand tiene un ajuste que otpt no puede usar")
    assert "cards='50'; se permite: un número de 3 a 10" in booth.notice


def test_figures_describe_themselves_in_the_language_in_force():
    language.set_language("es")
    bank = otpt.load_activities()
    shown = otpt.figure_html(otpt.plot_lead_counts(bank), otpt.describe_lead_counts(bank))
    html = shown._repr_html_()
    assert '<figure lang="es"' in html and "Describir esta figura" in html
    assert shown.description.startswith("Gr\u00e1fico de barras de")


# ------------------------------------------------------------------ the code keeps strings extractable


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_gettext_call_sits_inside_an_f_string():
    """Babel's extractor reads calls inside f-strings only on Python 3.12 and later: one made
    inside an f-string would be missing from the catalog on 3.10 and 3.11."""
    found = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                found += [
                    f"{path.relative_to(ROOT)}:{call.lineno}"
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and getattr(call.func, "id", "") in ("_", "gettext", "ngettext", "N_")
                ]
    assert not found


def test_no_module_that_translates_with_underscore_rebinds_it():
    """``_`` is gettext wherever a module imports it so; a parameter, loop or unpacking that
    binds ``_`` would turn a later ``_("...")`` into a crash."""
    found = []
    for path in _modules():
        source = path.read_text(encoding="utf-8")
        if "gettext as _" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            binds = (isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store)) or (
                isinstance(node, ast.arg) and node.arg == "_"
            )
            if binds:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found


def test_the_catalog_never_uses_a_term_the_glossary_rejects():
    """docs/GLOSSARY_ES.md, section Interface: its Terms table's "Rejected" column."""
    from babel.messages.pofile import read_po

    section = (ROOT / "docs" / "GLOSSARY_ES.md").read_text(encoding="utf-8").split("\n## Interface", 1)[1]
    table = section.split("\n### Terms", 1)[1].split("\n### ", 1)[0]
    rows = [
        [c.strip() for c in line.strip("|").split("|")] for line in table.splitlines() if line.startswith("|")
    ]
    rejected = {term.strip() for row in rows[2:] for term in row[2].split(";") if term.strip()}
    assert {"Ambos", "puntuación", "kinesiólogo"} <= rejected  # the table is read
    with open(PACKAGE / "locale" / "es" / "LC_MESSAGES" / "otpt.po", "rb") as f:
        catalog = read_po(f, locale="es")
    found = [
        (term, text)
        for message in catalog
        if message.id
        for text in (message.string if isinstance(message.string, tuple) else (message.string,))
        for term in rejected
        if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text, re.IGNORECASE)
    ]
    assert found == []


def test_terapia_fisica_is_the_booths_word_only():
    """docs/GLOSSARY_ES.md: the booth's strings, for families, name PT *terapia física* (as
    Medicare's Spanish pages do) and the person *terapeuta físico* once; every other string
    keeps the content's *fisioterapia* / *fisioterapeuta*."""
    from babel.messages.pofile import read_po

    with open(PACKAGE / "locale" / "es" / "LC_MESSAGES" / "otpt.po", "rb") as f:
        catalog = read_po(f, locale="es")
    where = {
        message.id: {path for path, _line in message.locations}
        for message in catalog
        if message.id
        and re.search(r"terapia física|terapeutas? físicos?", str(message.string), re.IGNORECASE)
    }
    assert where  # the booth does use it
    assert {msgid: paths for msgid, paths in where.items() if paths != {"otpt/render/booth.py"}} == {}
    from otpt.render.booth import STORY

    story = catalog.get(STORY)
    assert "fisioterapeuta (o terapeuta físico, PT)" in story.string


def test_the_readme_says_how_to_add_a_string():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make translations" in readme and "make check-translations" in readme
    assert textwrap.dedent("otpt/locale/es/LC_MESSAGES/otpt.po") in readme
