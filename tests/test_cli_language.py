"""The ``otpt`` command in Spanish: its own help and messages and argparse's words
("usage:", "options", "error: ... required") follow OTPT_LANG, and argparse is left as it
was after the command."""

import argparse
import ast
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from otpt import language
from otpt.cli import build_parser, main
from otpt.cli_language import MESSAGES, PLURAL_MESSAGES, argparse_language, plural_messages

OTPT = Path(sys.executable).parent / "otpt"
#: argparse's words only a programmer who built a parser wrongly sees: they stay English.
FOR_PROGRAMMERS = {
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "dest= is required for options like %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "%r is not callable",
    "conflicting option string: %s",
    "conflicting option strings: %s",
}


@pytest.fixture
def spanish():
    language.set_language("es")
    yield
    language.set_language(None)


def test_help_is_spanish_end_to_end_from_the_console_script():
    env = {"OTPT_LANG": "es", "PATH": str(OTPT.parent)}
    done = subprocess.run([str(OTPT), "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("uso: otpt [-h] [--version] COMANDO")
    assert "opciones:" in done.stdout and "muestra esta ayuda y termina" in done.stdout
    assert "copia las lecciones y el notebook del stand a una carpeta" in done.stdout
    assert "usage" not in done.stdout and "show this help" not in done.stdout


def _helps(name):
    """(option strings, help) of every argument of one subcommand, as built now."""
    with argparse_language():
        sub = build_parser()._subparsers._group_actions[0].choices[name]
    return sub, [(tuple(a.option_strings) or a.dest, a.help) for a in sub._actions if a.help]


@pytest.mark.parametrize(
    "name", ["lessons", "lab", "present", "check", "labels", "export", "booth-cards", "site"]
)
def test_every_subcommands_help_is_spanish(name, capsys):
    english_sub, english = _helps(name)
    language.set_language("es")
    try:
        sub, spanish = _helps(name)
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
    finally:
        language.set_language(None)
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert out.startswith(f"uso: otpt {name}")
    if english_sub.description:
        assert sub.description != english_sub.description and " ".join(sub.description.split()) in out
    assert len(spanish) == len(english) > 0
    for (option, help_es), (_option, help_en) in zip(spanish, english):
        assert help_es != help_en, (name, option, help_en)
        assert " ".join(help_es.split()) in out


def test_a_mistyped_command_is_told_in_spanish(spanish, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["labels", "form"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "otpt labels form: error: faltan estos argumentos obligatorios: output" in err
    with pytest.raises(SystemExit):
        main(["lessons", "--lang", "xx"])
    assert "opción no válida: 'xx' (elige entre 'en', 'es')" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "bank.csv", "--colour"])
    assert "argumentos no reconocidos: --colour" in capsys.readouterr().err


def test_the_commands_messages_are_spanish(spanish, tmp_path, capsys):
    form = tmp_path / "form.csv"
    assert main(["labels", "form", str(form)]) == 0
    assert "Se escribió en" in capsys.readouterr().out and form.exists()
    assert main(["export", "items", "--no-items", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().out.startswith("No hay nada que exportar")


def test_argparse_is_back_to_itself_after_the_command(spanish, capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    capsys.readouterr()
    assert argparse._ is not language.gettext and argparse.ngettext is not language.ngettext
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"
    with argparse_language():
        assert argparse.ArgumentParser(prog="x").format_usage() == "uso: x [-h]\n"
    assert plural_messages(2) == ("se esperaban %s argumentos",)


def test_every_word_argparse_says_to_a_person_is_in_the_catalog():
    """A Python whose argparse has a new message fails here, naming it."""
    said = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_", "ngettext")
        ):
            said.update(
                a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
            )
    marked = set(MESSAGES) | {form for pair in PLURAL_MESSAGES for form in pair}
    assert said - FOR_PROGRAMMERS - marked == set()
    language.set_language("es")
    try:
        untranslated = [
            m for m in MESSAGES if language.gettext(m) == m and m != "%(prog)s: error: %(message)s\n"
        ]
    finally:
        language.set_language(None)
    assert untranslated == []
