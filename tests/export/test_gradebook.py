"""The gradebook CSV: a class folder's scores in Canvas's and Moodle's import shapes, matched
to the LMS's own roster, read back as a spreadsheet would."""

from __future__ import annotations

import csv

import pytest

from otpt.analysis.classroom import load_class
from otpt.export.gradebook import RosterFileError, gradebook_table, read_roster, write_gradebook

from .._banks import answer, save_answers_file


@pytest.fixture
def answers(tmp_path):
    folder = tmp_path / "class"
    # Sam Lee: 3 of 4 first answers right (a review-round answer does not count); Ana Díaz 1 of 2; Kim 0 of 1
    save_answers_file(
        folder,
        "sam.json",
        "Sam Lee",
        [
            answer("A1", "OT", "OT"),
            answer("A2", "PT", "PT"),
            answer("A3", "Both", "Both"),
            answer("A4", "OT", "PT"),
            answer("A4", "PT", "PT", round_=2),
        ],
    )
    save_answers_file(folder, "ana.json", "ana diaz", [answer("A1", "OT", "OT"), answer("A2", "OT", "PT")])
    save_answers_file(folder, "kim.json", "Kim", [answer("A1", "PT", "OT")])
    return load_class(folder)


def _rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_canvas_shape_matched_to_the_roster(tmp_path, answers):
    roster_file = tmp_path / "canvas-export.csv"
    roster_file.write_text(
        "Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1 (77)\n"
        "    Points Possible,,,,,10\n"
        '"Lee, Sam",1001,s1001,slee,IPE 101,\n'
        '"Díaz, Ana",1002,s1002,adiaz,IPE 101,\n'
        '"Ng, Jo",1003,s1003,jng,IPE 101,\n'
        '"Student, Test",9999,,,IPE 101,\n',
        encoding="utf-8",
    )
    table = gradebook_table(answers, "OT PT quiz (88)", roster=read_roster(roster_file), points=10)
    path = write_gradebook(table, tmp_path / "grades.csv", points=10)
    rows = _rows(path)
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "OT PT quiz (88)"]
    assert rows[1] == ["Points Possible", "", "", "", "", "10"]
    assert rows[2:] == [
        ["Lee, Sam", "1001", "s1001", "slee", "IPE 101", "7.5"],
        ["Díaz, Ana", "1002", "s1002", "adiaz", "IPE 101", "5"],
        ["Ng, Jo", "1003", "s1003", "jng", "IPE 101", ""],
    ]
    assert table.attrs["unmatched"] == ["Kim"] and table.attrs["missing"] == ["Ng, Jo"]


def test_moodle_shape_and_completion(tmp_path, answers):
    roster_file = tmp_path / "moodle.csv"
    roster_file.write_text(
        "Full name,Email address,ID number\nSam Lee,sam@example.edu,S1\nKim,kim@example.edu,S3\n",
        encoding="utf-8",
    )
    table = gradebook_table(
        answers,
        "OT PT quiz",
        lms="moodle",
        roster=read_roster(roster_file, "moodle"),
        points=5,
        grade="completion",
        minimum=2,
    )
    rows = _rows(write_gradebook(table, tmp_path / "grades.csv", lms="moodle", points=5))
    assert rows == [
        ["Full name", "Email address", "ID number", "OT PT quiz"],
        ["Sam Lee", "sam@example.edu", "S1", "5"],
        ["Kim", "kim@example.edu", "S3", "0"],
    ]


def test_without_a_roster_the_typed_names_and_empty_ids(tmp_path, answers):
    table = gradebook_table(answers, "Quiz", lms="moodle")
    rows = _rows(write_gradebook(table, tmp_path / "g.csv", lms="moodle"))
    assert rows[0] == ["Full name", "Email address", "ID number", "Quiz"]
    assert sorted(rows[1:]) == [["Kim", "", "", "0"], ["Sam Lee", "", "", "7.5"], ["ana diaz", "", "", "5"]]


def test_roster_without_its_name_column(tmp_path, answers):
    roster_file = tmp_path / "r.csv"
    roster_file.write_text("Name,ID\nSam,1\n", encoding="utf-8")
    with pytest.raises(RosterFileError, match="no 'Student' column"):
        read_roster(roster_file)
    with pytest.raises(ValueError, match="grade must be 'score' or 'completion'"):
        gradebook_table(answers, "Quiz", grade="percent")
    with pytest.raises(ValueError, match="lms must be one of canvas, moodle"):
        gradebook_table(answers, "Quiz", lms="sakai")
