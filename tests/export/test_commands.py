"""python -m otpt export and booth-cards: the commands write the files and say where, and
a file otpt cannot use is one message and exit status 1."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

import otpt
from otpt.cli import main

from .._banks import answer, save_answers_file

FIXTURE = Path(__file__).parents[1] / "data" / "assessment_items.csv"


def test_export_items_from_the_table_and_the_bank(tmp_path, capsys):
    status = main(
        [
            "export",
            "items",
            "--items",
            str(FIXTURE),
            "--bank-ids",
            "A050,A060",
            "--format",
            "gift",
            "--format",
            "moodle",
            "--out",
            str(tmp_path),
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    assert "Wrote 4 items:" in out and "Left out 1 activity" in out and "A060" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["otpt-items-gift.txt", "otpt-items-moodle.xml"]


def test_export_items_writes_the_kits_items_by_default(tmp_path, capsys):
    assert main(["export", "items", "--format", "gift", "--out", str(tmp_path)]) == 0
    gift = (tmp_path / "otpt-items-gift.txt").read_text(encoding="utf-8")
    assert gift.count("::I0") == len(otpt.load_items())  # every kit item, by its id as the question's name


def test_export_items_writes_one_set_per_plan_and_tags_each_question(tmp_path, capsys):
    """Kit review 4 (M2): an instructor handed only the files still gets each plan's own set."""
    assert main(["export", "items", "--format", "gift", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    table = otpt.items_by_plan(otpt.load_items(), otpt.load_session_plans())
    for plan in table.columns:
        gift = (tmp_path / f"plan-{plan}" / "otpt-items-gift.txt").read_text(encoding="utf-8")
        assert set(re.findall(r"::(I\d{3}) ", gift)) == set(table.index[table[plan] != ""])
        assert (
            f"Wrote {(table[plan] != '').sum()} items:\n  {tmp_path / f'plan-{plan}' / 'otpt-items-gift.txt'}"
            in out
        )
    names = dict(
        re.findall(r"::(I\d{3}) (\[[^\]]+\])", (tmp_path / "otpt-items-gift.txt").read_text("utf-8"))
    )
    for item_id, row in table.iterrows():
        taught = [p for p in table.columns if row[p]]
        assert names[item_id] == (
            f"[plan{'s' if len(taught) > 1 else ''} {', '.join(taught)}]" if taught else "[no plan]"
        )


@pytest.mark.parametrize("plan", ["A", "B", "C"])
def test_export_items_of_one_session_plan(tmp_path, capsys, plan):
    """Kit review 3 (M3): one bundle of all items put untaught items in every plan's post-test."""
    assert main(["export", "items", "--plan", plan, "--format", "gift", "--out", str(tmp_path)]) == 0
    gift = (tmp_path / "otpt-items-gift.txt").read_text(encoding="utf-8")
    exported = set(re.findall(r"::(I\d{3}) ", gift))
    table = otpt.items_by_plan(otpt.load_items(), otpt.load_session_plans())
    assert exported == set(table.index[table[plan] != ""]) and exported != set(table.index)
    assert f"Wrote {len(exported)} items:" in capsys.readouterr().out
    assert main(["export", "items", "--plan", "Z", "--out", str(tmp_path)]) == 1
    assert "There is no session plan 'Z'; the plans are A, B, C." in capsys.readouterr().out


def test_export_items_needs_something_to_export(tmp_path, capsys):
    assert main(["export", "items", "--no-items", "--out", str(tmp_path)]) == 1
    assert "Nothing to export" in capsys.readouterr().out
    assert main(["export", "items", "--bank-ids", "A999", "--out", str(tmp_path)]) == 1
    assert "no activity with id 'A999'" in capsys.readouterr().out


def test_export_gradebook(tmp_path, capsys):
    folder = tmp_path / "class"
    save_answers_file(folder, "sam.json", "Sam Lee", [answer("A1", "OT", "OT"), answer("A2", "OT", "PT")])
    out_file = tmp_path / "grades.csv"
    assert main(["export", "gradebook", str(folder), str(out_file), "--points", "4"]) == 0
    out = capsys.readouterr().out
    assert "Wrote 1 grade to" in out and "No --roster" in out
    assert out_file.read_text(encoding="utf-8").splitlines()[2] == "Sam Lee,,,,,2"


def test_booth_cards_with_the_event_settings(tmp_path, capsys):
    config = tmp_path / "event.json"
    config.write_text(json.dumps({"population": "children", "open_house": "Open house: Sat 10-2 <room 120>"}))
    assert (
        main(["booth-cards", "--out", str(tmp_path / "print"), "--paper", "letter", "--config", str(config)])
        == 0
    )
    out = capsys.readouterr().out
    assert "double-sided" in out
    names = sorted(p.name for p in (tmp_path / "print").iterdir())
    assert names == ["booth-cards-letter.pdf", "booth-poster-letter.pdf", "booth-script-letter.pdf"]
    poster = PdfReader(tmp_path / "print" / "booth-poster-letter.pdf").pages[0].extract_text()
    assert "Open house: Sat 10-2 <room 120>" in " ".join(poster.split())


def test_booth_cards_warns_when_the_open_houses_weekday_is_not_its_dates(tmp_path, capsys):
    config = tmp_path / "event.json"
    config.write_text(json.dumps({"open_house": "Open house: Sat 14 March 2027, 10-2"}))
    args = ["booth-cards", "--out", str(tmp_path / "print"), "--paper", "a4", "--config", str(config)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "open_house says 'Sat 14 March 2027', but 14 March 2027 is a Sunday." in captured.err
    assert "Sunday" not in captured.out
    config.write_text(json.dumps({"open_house": "Open house: Sat 13 March 2027, 10-2"}))
    assert main(args) == 0
    assert capsys.readouterr().err == ""


def test_booth_cards_bad_config_is_one_message(tmp_path, capsys):
    config = tmp_path / "event.json"
    config.write_text(json.dumps({"open_house": "x" * 301}))
    assert main(["booth-cards", "--out", str(tmp_path), "--config", str(config)]) == 1
    assert "open_house is 301 characters; allowed: at most 300" in capsys.readouterr().out


@pytest.mark.parametrize("command", [["export", "items"], ["export", "gradebook"], ["booth-cards"]])
def test_help(command):
    result = subprocess.run(
        [sys.executable, "-m", "otpt", *command, "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0 and "usage: otpt" in result.stdout


def test_export_items_in_spanish_from_an_english_session(tmp_path, capsys):
    """--lang es writes the items and otpt's words around them in Spanish; the command's own
    messages stay in the language otpt is set to."""
    assert (
        main(["export", "items", "--lang", "es", "--plan", "B", "--format", "moodle", "--out", str(tmp_path)])
        == 0
    )
    assert "Wrote" in capsys.readouterr().out
    moodle = (tmp_path / "otpt-items-moodle.xml").read_text(encoding="utf-8")
    spanish, english = otpt.load_items(lang="es"), otpt.load_items(lang="en")
    assert "[planes A, B, C]" in moodle and "Respuesta modelo" in moodle and "Model answer" not in moodle
    assert spanish.loc["I001", "option_d"] in moodle and english.loc["I001", "option_d"] not in moodle
    assert otpt.language.get_language() == "en"


def test_booth_cards_in_spanish(tmp_path, capsys):
    assert main(["booth-cards", "--lang", "es", "--out", str(tmp_path), "--paper", "a4"]) == 0
    assert "double-sided" in capsys.readouterr().out
    deck = " ".join(PdfReader(tmp_path / "booth-cards-a4.pdf").pages[0].extract_text().split())
    poster = " ".join(PdfReader(tmp_path / "booth-poster-a4.pdf").pages[0].extract_text().split())
    script = " ".join(PdfReader(tmp_path / "booth-script-a4.pdf").pages[0].extract_text().split())
    assert "¿OT, PT o Ambas?" in deck and "Tarjeta 1 ·" in deck and "OT, PT or Both?" not in deck
    assert "OT o PT: ¿quién ayuda con qué?" in poster and "Nuestro día de puertas abiertas" in poster
    assert "El stand en 30 segundos" in script and "¿Sabe la diferencia entre OT y PT?" in script
    assert otpt.language.get_language() == "en"
