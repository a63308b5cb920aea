"""Learner sessions: ids, nicknames a large class rarely repeats, file names, and the
learner's own note of sessions (cases 09 and 10)."""

import math
import random
import re

import pytest

from otpt.io import sessions


def chance_of_a_repeat(learners: int, space: int) -> float:
    """The birthday problem: the chance that two of ``learners`` draw the same of ``space``."""
    return 1 - math.prod(1 - i / space for i in range(learners))


def test_a_500_learner_class_rarely_repeats_a_nickname():
    assert sessions.NICKNAME_COUNT == 3_240_000
    assert chance_of_a_repeat(500, sessions.NICKNAME_COUNT) < 0.04  # about 1 in 26
    assert chance_of_a_repeat(200, sessions.NICKNAME_COUNT) < 0.01
    # the old space (16 x 16 x 90) repeated in most 200-learner lectures (case 10)
    assert chance_of_a_repeat(200, 16 * 16 * 90) > 0.5


def test_nicknames_are_drawn_from_the_whole_space():
    rng = random.Random(5)
    names = [sessions.random_nickname(rng) for _ in range(2000)]
    assert all(re.fullmatch(r"[a-z]+-[a-z]+-[1-9]\d\d", n) for n in names)
    assert len(set(names)) == len(names)
    assert len({n.split("-")[0] for n in names}) == 60 and len({n.split("-")[1] for n in names}) == 60


def test_session_ids_are_random_and_go_into_the_file_name():
    ids = {sessions.new_session_id() for _ in range(1000)}
    assert len(ids) == 1000 and all(re.fullmatch(r"[0-9a-f]{12}", i) for i in ids)
    assert sessions.answers_filename("../Sam", "0123456789ab") == "Sam-0123456789ab.json"
    assert sessions.answers_filename("", "0123456789ab") == "learner-0123456789ab.json"


def test_where_a_quiz_saves(monkeypatch, tmp_path):
    monkeypatch.setenv("OTPT_CLASS_FOLDER", str(tmp_path / "hub-class"))
    assert sessions.class_folder() == tmp_path / "hub-class"  # the hub's folder for everyone
    assert sessions.class_folder(tmp_path / "mine") == tmp_path / "mine"  # unless the lesson says
    monkeypatch.delenv("OTPT_CLASS_FOLDER")
    assert sessions.class_folder() == sessions.Path("answers")


def test_the_note_of_sessions_remembers_recalls_and_forgets(tmp_path):
    assert sessions.recall_session("quiz-a") is None
    sessions.remember_session("quiz-a", "0123456789ab", tmp_path / "a.json", nickname="calm-otter-421")
    sessions.remember_session("quiz-b", "ba9876543210", tmp_path / "b.json")
    assert sessions.recall_session("quiz-a") == ("0123456789ab", tmp_path / "a.json", "calm-otter-421")
    sessions.forget_session("quiz-a")
    assert sessions.recall_session("quiz-a") is None
    assert sessions.recall_session("quiz-b")[0] == "ba9876543210"


@pytest.mark.parametrize("content", ["", "[1, 2]", "{broken", '{"quiz-a": "not a note"}'])
def test_a_damaged_note_is_no_note(content):
    path = sessions.state_folder() / "sessions.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    assert sessions.recall_session("quiz-a") is None
    sessions.remember_session("quiz-a", "0123456789ab", path.parent / "a.json")  # and is replaced
    assert sessions.recall_session("quiz-a")[0] == "0123456789ab"


def test_a_state_folder_that_cannot_be_written_loses_nothing(monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("OTPT_STATE_DIR", str(blocker / "state"))  # under a file: cannot be created
    sessions.remember_session("quiz-a", "0123456789ab", tmp_path / "a.json")  # no error
    assert sessions.recall_session("quiz-a") is None
