"""Paths as people type them (issue 34): "~" for the home folder, pathlib.Path or text, a
web address refused with how to download it - in every reader and every save."""

import json

import pytest

import otpt
from otpt.errors import DataFileError, WebAddressError
from otpt.io.paths import download_advice, user_path, web_address

BANK = "activity,lead\nPlanting seedlings in raised beds,OT\nJogging on a treadmill,PT\n"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder of the test's own, so "~" is somewhere known."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def test_tilde_is_the_home_folder_for_the_bank_and_every_table(home):
    (home / "Downloads").mkdir()
    (home / "Downloads" / "garden.csv").write_text(BANK)
    for typed in ("~/Downloads/garden.csv", user_path("~/Downloads/garden.csv")):
        assert list(otpt.load_activities(typed)["activity"])[0] == "Planting seedlings in raised beds"
    assert len(otpt.coerce_activities("~/Downloads/garden.csv")) == 2
    with pytest.raises(otpt.CaseFileError, match=str(home / "Downloads" / "cases.csv")):
        otpt.load_cases("~/Downloads/cases.csv")  # looked for in the home folder, and said so


def test_answers_save_and_load_and_the_class_folder_take_tilde(home):
    record = {"activity_id": "G1", "activity": "Planting", "answer": "OT", "key": "OT", "round": 1}
    written = otpt.save_answers([record], "~/class/ana.json", learner="Ana")
    assert written == home / "class" / "ana.json"
    assert otpt.load_answers("~/class/ana.json")["answer"].tolist() == ["OT"]
    assert otpt.load_class("~/class")["learner"].tolist() == ["Ana"]


def test_a_missing_file_names_the_full_path_and_the_missing_folder(home):
    with pytest.raises(otpt.ActivityDataError) as info:
        otpt.load_activities("~/Dowloads/garden.csv")
    message = str(info.value)
    assert f"looked for {home / 'Dowloads' / 'garden.csv'}" in message
    assert f"there is no folder {home / 'Dowloads'}" in message
    with pytest.raises(FileNotFoundError, match=str(home / "nowhere")):
        otpt.load_class("~/nowhere")


SHEET = "https://docs.google.com/spreadsheets/d/1xYz-Garden_Bank/edit#gid=314"


@pytest.mark.parametrize(
    "read",
    [
        otpt.load_activities,
        otpt.load_cases,
        otpt.load_weights,
        otpt.load_worked_goals,
        otpt.load_answers,
        otpt.load_booth_texts,
        otpt.coerce_activities,
    ],
)
def test_a_web_address_is_refused_as_typed_with_how_to_download_it(read):
    with pytest.raises(DataFileError) as info:
        read(SHEET)
    message = str(info.value)
    assert f"'{SHEET}'" in message and "https:/docs" not in message  # never shortened to a folder
    assert "File > Download > Comma-separated values" in message
    assert "https://docs.google.com/spreadsheets/d/1xYz-Garden_Bank/export?format=csv&gid=314" in message


def test_a_web_address_is_no_class_folder_and_no_place_to_save(tmp_path):
    with pytest.raises(WebAddressError, match="not web addresses"):
        otpt.load_class("https://lms.example.edu/course/7/answers/")
    with pytest.raises(WebAddressError):
        otpt.save_answers([], "https://example.org/a.json", learner="x")
    with pytest.raises(WebAddressError):
        otpt.ClassifyQuiz(save_dir="https://example.org/class/")


def test_a_path_made_from_an_address_is_still_recognised():
    from pathlib import Path

    shortened = Path("https://example.org/bank.csv")  # pathlib turns // into /
    assert web_address(shortened) and web_address("www.example.org/bank.csv")
    assert not web_address("C:/Users/ana/bank.csv") and not web_address("notes: week 1.csv")
    assert "Open the address in a browser" in download_advice(str(shortened))


def test_a_file_address_is_the_file(tmp_path):
    bank = tmp_path / "my bank.csv"
    bank.write_text(BANK)
    assert len(otpt.load_activities(bank.as_uri())) == 2


def test_the_quiz_and_poll_take_tilde_paths(home):
    (home / "garden.csv").write_text("id,activity,lead\nG1,Planting seedlings,OT\nG2,Jogging,PT\n")
    quiz = otpt.ClassifyQuiz("~/garden.csv", save_dir="~/answers", seed=1)
    assert quiz.saving.folder == home / "answers"
    saved = quiz.save("~/copy.json")
    assert saved == home / "copy.json" and json.loads(saved.read_text())["format"] == "otpt-answers"
    poll = otpt.Poll(["G1"], "~/garden.csv", folder="~/answers")
    poll.load_button.click()  # nothing saved yet: the folder the poll looked at is named
    assert f"{home / 'answers'}: there is no such folder" in poll.chart.value


def test_a_quiz_saved_to_a_web_address_says_so_as_typed(home):
    quiz = otpt.ClassifyQuiz(n=1, save_dir="~/answers", seed=2)
    with pytest.raises(WebAddressError, match="'https://drive.example.com/me/answers.json'"):
        quiz.save("https://drive.example.com/me/answers.json")
    assert not (home / "answers").exists() or not any((home / "answers").iterdir())
