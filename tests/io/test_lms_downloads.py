"""Whatever an LMS or a drive hands back is read, or named with the reason (cases 02, 04, 17):
a folder per learner, LMS file-name prefixes, .zip archives, copies of one session, files
re-encoded by Windows tools."""

import io
import json
import warnings
import zipfile

import pytest

import otpt
from otpt.io.exchange.format import answers_json

from .._banks import answer


def answers_text(learner, session="", n=2, when="2026-09-01T10:00:00+00:00"):
    records = [answer(f"A{i}", "OT", "OT", ts=when) for i in range(1, n + 1)]
    return answers_json(records, learner=learner, session=session)


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def load_quietly(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing skipped or set aside: no warning at all
        return otpt.load_class(folder)


def test_a_folder_per_learner_is_read(tmp_path):
    # Moodle's "download submissions in folders"; Blackboard and Google Classroom do alike
    for i, name in enumerate(["Ana Diaz_2001_assignsubmission_file_", "Ben Ode_2002_assignsubmission_file_"]):
        write(tmp_path / name / f"nick-{i}.json", answers_text(f"nick-{i}", f"{i:012x}"))
    write(tmp_path / "deep" / "er" / "still.json", answers_text("still", "00000000000f"))
    merged = load_quietly(tmp_path)
    assert sorted(merged["learner"].unique()) == ["nick-0", "nick-1", "still"]
    assert "Ana Diaz_2001_assignsubmission_file_/nick-0.json" in set(merged["file"])
    assert merged.attrs["summary"].startswith("Found 3 learners in 3 answer files")


def test_two_learners_who_typed_the_same_name_stay_two(tmp_path):
    # Files from before sessions: the LMS prefix tells them apart (case 04) ...
    write(tmp_path / "old" / "learnera_5501_88001_Sam.json", answers_text("Sam"))
    write(tmp_path / "old" / "learnerb_5502_88002_Sam.json", answers_text("Sam", n=3))
    merged = load_quietly(tmp_path / "old")
    assert merged.groupby("learner").size().to_dict() == {
        "Sam (learnera_5501_88001)": 2,
        "Sam (learnerb_5502_88002)": 3,
    }
    # ... and new files carry their session, whatever the file is called.
    write(tmp_path / "new" / "a.json", answers_text("Sam", "aaaaaa000000"))
    write(tmp_path / "new" / "b.json", answers_text("Sam", "bbbbbb000000"))
    merged = load_quietly(tmp_path / "new")
    assert sorted(merged["learner"].unique()) == ["Sam (aaaaaa)", "Sam (bbbbbb)"]
    assert sorted(merged["session"].unique()) == ["aaaaaa000000", "bbbbbb000000"]


@pytest.mark.parametrize(
    "copy",
    [
        "Sam-aaaaaa000000 (1).json",  # Google Drive, a browser downloading twice
        "Sam-aaaaaa000000 (Sam's conflicted copy 2026-09-01).json",  # Dropbox
        "Sam-aaaaaa000000 (conflicted copy 2026-09-01 101010).json",  # Nextcloud
        "Sam-aaaaaa000000.sync-conflict-20260901-101010-ABCDEFG.json",  # Syncthing
        "Sam-aaaaaa000000 - Copy.json",  # Windows Explorer
        "renamed by the TA.json",  # any name: the session inside decides
    ],
)
def test_copies_of_one_session_count_once_and_are_named(tmp_path, copy):
    write(
        tmp_path / "Sam-aaaaaa000000.json",
        answers_text("Sam", "aaaaaa000000", n=3, when="2026-09-01T11:00:00Z"),
    )
    write(tmp_path / copy, answers_text("Sam", "aaaaaa000000", n=2))
    with pytest.warns(otpt.ClassFilesWarning) as caught:
        merged = otpt.load_class(tmp_path)
    assert merged["learner"].unique().tolist() == ["Sam"] and len(merged) == 3  # the later, fuller copy
    assert merged.attrs["replaced"] == [(copy, "Sam-aaaaaa000000.json")]
    assert f"  - {copy}: a copy of the same learner's answers, merged into Sam-aaaaaa000000.json" in str(
        caught[0].message
    )
    assert "Found 1 learner in 2 answer files" in str(caught[0].message)


def test_drive_copies_of_a_file_from_before_sessions_count_once(tmp_path):
    write(tmp_path / "Zoe.json", answers_text("Zoe", n=1))
    write(tmp_path / "Zoe (1).json", answers_text("Zoe", n=2, when="2026-09-02T10:00:00Z"))
    with pytest.warns(
        otpt.ClassFilesWarning,
        match="Zoe.json: a copy of the same learner's answers, merged into Zoe \\(1\\).json",
    ):
        merged = otpt.load_class(tmp_path)
    assert merged["learner"].unique().tolist() == ["Zoe"] and len(merged) == 2


def zip_of(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


SUBMISSIONS = {
    "Ana/nick-a.json": answers_text("nick-a", "00000000000a"),
    "Ben/nick-b.json": answers_text("nick-b", "00000000000b").encode("utf-16"),  # Notepad's "Unicode"
    "__MACOSX/Ana/._nick-a.json": b"\x00\x05\x16\x07 resource fork",  # macOS leftovers: ignored
    "Cy/notes.docx": b"PK\x03\x04 not answers",
}


def test_a_zip_of_submissions_is_read_as_the_class_folder(tmp_path):
    archive = tmp_path / "submissions.zip"
    archive.write_bytes(zip_of(SUBMISSIONS))
    with pytest.warns(otpt.ClassFilesWarning) as caught:
        merged = otpt.load_class(archive)
    assert sorted(merged["learner"].unique()) == ["nick-a", "nick-b"]
    assert merged.attrs["skipped"] == [
        ("submissions.zip: Cy/notes.docx", "is not an answers file (a .docx file, not .json)")
    ]
    assert "__MACOSX" not in str(caught[0].message)


def test_zips_inside_a_class_folder_are_opened_and_a_broken_one_is_named(tmp_path):
    (tmp_path / "monday.zip").write_bytes(zip_of({"nick-a.json": answers_text("nick-a", "00000000000a")}))
    write(tmp_path / "nick-c.json", answers_text("nick-c", "00000000000c"))
    (tmp_path / "cut.zip").write_bytes(zip_of({"x.json": "{}"})[:30])  # an upload that stopped
    with pytest.warns(otpt.ClassFilesWarning, match=r"cut.zip: is not a \.zip archive that can be opened"):
        merged = otpt.load_class(tmp_path)
    assert sorted(merged["learner"].unique()) == ["nick-a", "nick-c"]
    assert "monday.zip: nick-a.json" in set(merged["file"])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_files_re_encoded_by_windows_tools_are_read(tmp_path, encoding):
    # PowerShell's Set-Content and Out-File, Notepad's "Unicode" and "ANSI" (case 17)
    text = answers_text("Zoë", "00000000000e")
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (tmp_path / "zoe.json").write_bytes(raw)
    merged = load_quietly(tmp_path)
    assert merged["learner"].unique().tolist() == ["Zoë"]


def test_an_empty_class_folder_is_said_not_silent(tmp_path):
    (tmp_path / ".ipynb_checkpoints").mkdir()
    write(tmp_path / ".ipynb_checkpoints" / "x-checkpoint.json", answers_text("x"))
    with pytest.warns(
        otpt.ClassFilesWarning, match="(?s)Found 0 learners in 0 answer files.*no answer files here"
    ):
        merged = otpt.load_class(tmp_path)
    assert merged.empty


def test_copies_of_one_session_are_merged_every_answer_once(tmp_path):
    # the older copy holds an answer the newer lacks (a second kernel, a sync that lagged)
    write(
        tmp_path / "Sam-aaaaaa000000.json",
        answers_text("Sam", "aaaaaa000000", n=2, when="2026-09-01T11:00:00Z"),
    )
    write(tmp_path / "Sam-aaaaaa000000 (1).json", answers_text("Sam", "aaaaaa000000", n=3))
    with pytest.warns(otpt.ClassFilesWarning):
        merged = otpt.load_class(tmp_path)
    assert sorted(merged["activity_id"]) == ["A1", "A2", "A3"]


@pytest.mark.parametrize(
    ("record", "why"),
    [
        ({"answer": 5}, 'found "answer": 5 in answer 1. Allowed: OT, PT or Both.'),
        ({"answer": {"a": 1}}, 'found "answer": {"a": 1} in answer 1. Allowed: OT, PT or Both.'),
        ({"key": "Maybe"}, 'found "key": "Maybe" in answer 1. Allowed: OT, PT or Both.'),
        ({"round": "first"}, 'found "round": "first" in answer 1. Allowed: a whole number'),
    ],
)
def test_answers_otpt_did_not_write_are_skipped_with_the_reason(tmp_path, record, why):
    payload = json.loads(answers_text("Odd", "0000000000dd"))
    payload["answers"][0].update(record)
    write(tmp_path / "odd.json", json.dumps(payload))
    with pytest.warns(otpt.ClassFilesWarning, match="odd.json: line 1: found"):
        merged = otpt.load_class(tmp_path)
    assert merged.empty and why in merged.attrs["skipped"][0][1]


def test_a_saved_outcome_that_does_not_fit_the_answer_is_regraded(tmp_path):
    text = answers_text("Eve", "0000000000ee").replace('"answer": "OT"', '"answer": "PT"', 1)
    write(tmp_path / "eve.json", text.replace('"correct": true', '"correct": true, "outcome": "right"', 1))
    merged = load_quietly(tmp_path)
    assert merged.loc[merged["answer"] == "PT", "outcome"].tolist() == ["not usually"]


def test_labels_never_collide(tmp_path):
    write(tmp_path / "a.json", answers_text("Sam", "ec1e77000000"))
    write(tmp_path / "b.json", answers_text("Sam", "bbbbbb000000"))
    write(tmp_path / "c.json", answers_text("Sam (ec1e77)", "cccccc000000"))  # typed like a label
    merged = load_quietly(tmp_path)
    assert merged["learner"].nunique() == 3 == merged["session"].nunique()


def test_two_sessions_with_the_same_first_six_characters_get_two_labels(tmp_path):
    write(tmp_path / "a.json", answers_text("Sam", "abcdef000001"))
    write(tmp_path / "b.json", answers_text("Sam", "abcdef000002"))
    merged = load_quietly(tmp_path)
    assert sorted(merged["learner"].unique()) == ["Sam (abcdef)", "Sam (abcdef000002)"]


def test_linked_folders_are_read_once_and_a_dangling_link_is_named(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "nick-a.json", answers_text("nick-a", "00000000000a"))
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "section1").symlink_to(elsewhere, target_is_directory=True)
    (tmp_path / "class" / "loop").symlink_to(tmp_path / "class", target_is_directory=True)
    (tmp_path / "class" / "gone.json").symlink_to(tmp_path / "nowhere.json")
    with pytest.warns(otpt.ClassFilesWarning, match="gone.json: is a link to a file that is not there"):
        merged = otpt.load_class(tmp_path / "class")
    assert merged["learner"].unique().tolist() == ["nick-a"]


def test_one_downloaded_file_is_a_class_of_one(tmp_path):
    path = write(tmp_path / "nick-a (1).json", answers_text("nick-a", "00000000000a"))
    assert load_quietly(path)["learner"].unique().tolist() == ["nick-a"]
    with pytest.raises(FileNotFoundError, match="there is no such folder or .zip file"):
        otpt.load_class(tmp_path / "nope.zip")
