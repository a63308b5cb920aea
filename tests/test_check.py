"""`otpt check` (here as `python -m otpt check`): the instructor's checker, run as an instructor runs it."""

import os
import subprocess
import sys

import pytest

import otpt
from otpt.io.resources import bundled_path


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "otpt", *args], capture_output=True, text=True, cwd=cwd)


def test_the_template_passes_with_a_summary():
    template = bundled_path("template.csv")
    done = run("check", str(template))
    assert done.returncode == 0, done.stdout + done.stderr
    bank = otpt.load_activities(template)
    leads = bank["lead"].value_counts()
    assert done.stdout.strip() == (
        f"{template}: 2 activities (OT {leads['OT']}, Both {leads['Both']}, PT {leads['PT']}); "
        f"settings: {', '.join(sorted(bank['setting'].astype(str)))}; 0 notes."
    )
    assert list(bank.columns[: len(otpt.load_activities().columns)]) == list(otpt.load_activities().columns)


def test_problems_are_listed_and_the_exit_status_is_one(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("activity,lead,skills\nTea,OX,gait\nWalking,,\n")
    done = run("check", str(bad), str(bundled_path("template.csv")))
    assert done.returncode == 1
    assert "line 2, column B (lead): found 'OX'. Allowed: OT, PT or Both" in done.stdout
    assert "line 3, column B (lead): found an empty cell" in done.stdout
    assert "template.csv: 2 activities" in done.stdout  # every file is checked


def test_notes_are_printed_and_the_bank_still_passes(tmp_path):
    own = tmp_path / "own.csv"
    own.write_text("activity,lead,setting,skills\nSwimming,PT,Summer camp,rom\n")
    done = run("check", str(own))
    assert done.returncode == 0
    assert "note - line 2, column C (setting): found 'Summer camp'. Kept as your own setting" in done.stdout
    assert (
        "note - line 2, column D (skills): found the skill 'rom'. Read as 'range_of_motion'." in done.stdout
    )
    assert done.stdout.rstrip().endswith("settings: Summer camp; 2 notes.")


def test_no_command_is_a_usage_error():
    done = run()
    assert done.returncode == 2 and "usage: otpt" in done.stderr


ARROWS = (
    "id,activity,lead,skills\nK1,Tying shoelaces → one-handed,OT,fine_motor\nK2,Stair climbing,PT → OT,gait\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_the_report_prints_on_any_console_and_keeps_its_exit_status(tmp_path, encoding):
    """Windows redirects output in the console's code page, strictly (issue 34, case 26)."""
    bad = tmp_path / "arrows.csv"
    bad.write_text(ARROWS, encoding="utf-8")
    fine = tmp_path / "fine.csv"
    fine.write_text(
        "activity,lead,skills\n打結 shoelaces — one hand,OT,fine_motor → gait\n", encoding="utf-8"
    )
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    done = subprocess.run([sys.executable, "-m", "otpt", "check", str(fine)], capture_output=True, env=env)
    assert done.returncode == 0 and b"Traceback" not in done.stderr
    assert b"fine.csv: 1 activity" in done.stdout and b"'fine_motor -> gait'" in done.stdout
    done = subprocess.run([sys.executable, "-m", "otpt", "check", str(bad)], capture_output=True, env=env)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    assert b"line 3, column C (lead): found 'PT -> OT'" in done.stdout
    done = subprocess.run([sys.executable, "-m", "otpt", "check"], capture_output=True, env=env)
    assert done.returncode == 2 and b"Traceback" not in done.stderr


def test_the_sep_hint_line_is_read_as_excel_reads_it(tmp_path):
    hinted = tmp_path / "hinted.csv"
    hinted.write_text('"sep=|"\nid|activity|lead\nH1|Buttoning, one-handed|OT\nH2|Hopping|XX\n')
    done = run("check", str(hinted))
    assert done.returncode == 1
    assert "line 4, column C (lead): found 'XX'" in done.stdout  # the file's own line numbers
