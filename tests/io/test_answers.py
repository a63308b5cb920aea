"""Answer files: round trip, atomic writes, anonymous names, clear errors."""

import json
import os

import pandas as pd
import pytest

import otpt
from otpt.io import files

ANSWERS = pd.DataFrame(
    {
        "activity_id": ["A001", "A002"],
        "activity": ["Walking", "Dressing \u201cfast\u201d"],
        "answer": ["PT", "Both"],
        "key": ["PT", "OT"],
        "outcome": ["right", "not usually"],
        "correct": [True, False],
        "confidence": ["sure", None],
        "round": [1, 1],
        "timestamp": ["2026-01-01T10:00:00+00:00", "2026-01-01T10:01:00+00:00"],
    }
)


def test_round_trip(tmp_path):
    path = otpt.save_answers(ANSWERS, tmp_path / "a.json", learner="calm-otter-11", bank="'bank.csv'")
    back = otpt.load_answers(path)
    assert back.attrs["learner"] == "calm-otter-11" and back.attrs["version"] == 1
    pd.testing.assert_frame_equal(
        back.drop(columns="confidence"), ANSWERS.drop(columns="confidence"), check_dtype=False
    )
    assert back["confidence"].tolist()[0] == "sure" and pd.isna(back["confidence"].tolist()[1])
    payload = json.loads(path.read_text(encoding="utf-8"))
    assert payload["format"] == "otpt-answers" and payload["version"] == 1


def test_a_crash_mid_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = otpt.save_answers(ANSWERS, tmp_path / "a.json", learner="x")
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "fsync", crash)  # the disk fails after the text was written
    with pytest.raises(OSError, match="disk full"):
        otpt.save_answers(ANSWERS.iloc[:1], path, learner="x")
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["a.json"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "found an empty file. Save the answers again"),
        (" \n", "found an empty file."),
        (
            '{"format": "otpt-answers", "version": 1, "answers": [',
            "found a file cut short: it ends at line 1, column 53",
        ),
        (
            '{"format": "otpt-answers", "version": 1, "answ',
            "found a file cut short: it ends at line 1, column 46",
        ),
        ("learner,answer\nSam,OT\n", "found text that is not JSON at line 1, column 1 (Expecting value)"),
        (
            '{"format": "otpt-answers"} trailing',
            "found text that is not JSON at line 1, column 28 (Extra data)",
        ),
        ('{"hello": 1}', 'found no "format": "otpt-answers". This is not an otpt answers file.'),
        (
            '{"format": "otpt-answers", "version": 99, "answers": []}',
            "found answers file version 99. This otpt reads version 1; the file was written by a newer "
            "otpt: update otpt (pip install -U otpt).",
        ),
        (
            '{"format": "otpt-answers", "version": 1, "answers": 3}',
            'found an "answers" entry that is not a list of answers',
        ),
        (
            '{"format": "otpt-answers", "version": 1, "answers": [{"answer": "OT"}]}',
            'line 1: found no "activity_id" in answer 1. Every answer needs an activity_id, an answer and a key',
        ),
    ],
)
def test_bad_files_name_the_file_and_the_problem(tmp_path, content, message):
    path = tmp_path / "learner.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(otpt.AnswersFileError, match="learner.json") as info:
        otpt.load_answers(path)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_missing_file(tmp_path):
    with pytest.raises(otpt.AnswersFileError, match="found no file at this path"):
        otpt.load_answers(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ada Lovelace", "Ada-Lovelace.json"),
        ("../../etc/passwd", "etc-passwd.json"),
        ("..", "learner.json"),
        ("a/b\\c", "a-b-c.json"),
        ("bell\x07\x00tab\tname", "belltabname.json"),  # control characters dropped
        ("", "learner.json"),
        ("Zo\u00eb \u00c7elik", "Zo\u00eb-\u00c7elik.json"),
        ("x" * 200, "x" * 60 + ".json"),
        ("CON.", "CON.json"),
    ],
)
def test_safe_filename(name, expected):
    assert otpt.safe_filename(name) == expected


def test_random_nicknames_are_anonymous_and_varied():
    names = {otpt.random_nickname() for _ in range(50)}
    assert len(names) > 30
    assert all(n.count("-") == 2 for n in names)


def test_a_save_never_replaces_another_sessions_file(tmp_path):
    path = otpt.save_answers(ANSWERS, tmp_path / "Sam.json", learner="Sam", session="aaaaaaaaaaaa")
    before = path.read_bytes()
    otpt.save_answers(ANSWERS, path, learner="Sam", session="aaaaaaaaaaaa")  # the same session: fine
    for other in ("bbbbbbbbbbbb", ""):
        with pytest.raises(FileExistsError, match="another learner session; they are kept"):
            otpt.save_answers(ANSWERS.iloc[:1], path, learner="Sam", session=other)
    assert path.read_bytes() == before


def test_session_and_rounds_round_trip(tmp_path):
    rounds = [{"number": 1, "order": ["A001", "A002"], "review": False}]
    path = otpt.save_answers(ANSWERS, tmp_path / "a.json", learner="x", session="0123456789ab", rounds=rounds)
    back = otpt.load_answers(path)
    assert back.attrs["session"] == "0123456789ab" and back.attrs["rounds"] == rounds
