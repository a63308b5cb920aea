"""A class folder is read whole: good files merged, bad ones named, names kept inside."""

from pathlib import Path

import pytest

import otpt
from otpt.io import class_folder

from .._banks import answer, save_answers_file

BAD_FILES = {
    "empty.json": "",
    "truncated.json": '{"format": "otpt-answers", "version": 1, "answers": [{"activity_id": "A1"',
    "corrupt.json": "\x00\x01garbage",
    "other.json": '{"format": "something-else"}',
    "future.json": '{"format": "otpt-answers", "version": 2, "answers": []}',
    "notes.txt": "remember to collect the files",
}


REASONS = {
    "empty.json": "an empty file",
    "truncated.json": "a file cut short: it ends at line 1, column 73",
    "corrupt.json": "text that is not JSON at line 1, column 1",
    "other.json": "not an otpt answers file",
    "future.json": "answers file version 2. This otpt reads version 1; the file was written by a newer otpt",
    "notes.txt": "is not an answers file (a .txt file, not .json)",
}


def test_good_files_and_a_learner_who_saved_twice(saved_class):
    with pytest.warns(otpt.ClassFilesWarning) as caught:
        merged = otpt.load_class(saved_class)
    assert sorted(merged["learner"].unique()) == ["ada", "bo"]
    assert len(merged) == 4
    assert set(merged.loc[merged["learner"] == "bo", "file"]) == {"bo (1).json"}
    assert merged.attrs["replaced"] == [("bo.json", "bo (1).json")]  # set aside, and said
    assert str(caught[0].message) == (
        f"Found 2 learners in 3 answer files in {saved_class}; 0 files skipped; 1 copy of the same learner merged.\n"
        "  - bo.json: a copy of the same learner's answers, merged into bo (1).json (each answer counted once)"
    )
    assert merged.attrs["summary"] == str(caught[0].message).splitlines()[0]
    assert merged.loc[merged["learner"] == "bo", "correct"].all()
    assert list(merged.columns) == list(class_folder.CLASS_COLUMNS)


def test_every_kind_of_bad_file_is_skipped_and_named(saved_class):
    for name, content in BAD_FILES.items():
        (saved_class / name).write_text(content, encoding="utf-8")
    (saved_class / ".ada.json.x1y2.tmp").write_text("{half-written")  # a save in progress: ignored silently
    with pytest.warns(otpt.ClassFilesWarning) as caught:
        merged = otpt.load_class(saved_class)
    message = str(caught[0].message)
    assert message.startswith(
        f"Found 2 learners in 3 answer files in {saved_class}; {len(BAD_FILES)} files skipped"
    )
    for name, reason in REASONS.items():
        line = next(line for line in message.splitlines() if line.startswith(f"  - {name}: "))
        assert reason in line
    assert ".tmp" not in message
    assert sorted(merged["learner"].unique()) == ["ada", "bo"]
    assert {name for name, _ in merged.attrs["skipped"]} == set(BAD_FILES)


def test_unreadable_file_is_skipped(saved_class, monkeypatch):
    real = Path.read_bytes

    def read(path):
        if path.name == "locked.json":  # root may read every file, so a chmod cannot show this
            raise PermissionError(13, "Permission denied")
        return real(path)

    (saved_class / "locked.json").write_text("{}")
    monkeypatch.setattr(Path, "read_bytes", read)
    with pytest.warns(otpt.ClassFilesWarning, match="locked.json: could not be read \\(Permission denied\\)"):
        merged = otpt.load_class(saved_class)
    assert merged["learner"].nunique() == 2


def test_empty_and_missing_folders(tmp_path):
    with pytest.warns(otpt.ClassFilesWarning, match="no answer files here"):
        empty = otpt.load_class(tmp_path)
    assert empty.empty and list(empty.columns) == list(class_folder.CLASS_COLUMNS)
    with pytest.raises(FileNotFoundError, match="there is no such folder"):
        otpt.load_class(tmp_path / "nope")


def test_hostile_nicknames_never_leave_the_folder(tmp_path):
    inside = tmp_path / "class"
    for name in ["../../escape", "/etc/passwd", "..", "a\\..\\b", "con\x00trol\x1b", "\u202eevil"]:
        quiz = otpt.ClassifyQuiz(n=1, save_dir=inside, name=name)
        quiz.choice.value = "OT"
        quiz.check_button.click()
        path = quiz.save()
        assert path.resolve().parent == inside.resolve()
        # invisible format characters (the right-to-left override) are removed on reading
        assert otpt.load_answers(path).attrs["learner"] == name.strip().replace("\u202e", "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class"]


def test_the_latest_save_wins_by_the_moment_not_by_how_the_time_is_written(tmp_path):
    # 12:00 in Berlin (10:00 UTC) is earlier than 11:00 UTC, though "12:00" > "11:00" as text
    save_answers_file(tmp_path, "ada.json", "ada", [answer("A1", "PT", "OT", ts="2026-09-01T12:00:00+02:00")])
    save_answers_file(tmp_path, "ada (1).json", "ada", [answer("A1", "OT", "OT", ts="2026-09-01T11:00:00Z")])
    with pytest.warns(otpt.ClassFilesWarning, match="a copy of the same learner's answers, merged"):
        merged = otpt.load_class(tmp_path)
    assert merged["file"].tolist() == ["ada (1).json"] and merged.attrs["replaced"] == [
        ("ada.json", "ada (1).json")
    ]


def test_an_answers_file_re_saved_by_a_windows_tool_is_read(tmp_path):
    path = save_answers_file(tmp_path, "ada.json", "Zoë", [answer("A1", "OT", "OT")])
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))  # Notepad's "Unicode"
    merged = otpt.load_class(tmp_path)
    assert merged["learner"].tolist() == ["Zoë"] and merged.attrs["skipped"] == []
