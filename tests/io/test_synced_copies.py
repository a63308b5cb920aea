"""Synced copies count once (issue 34): a file without a learner-session id that a sync
tool copied - OneDrive's "-COMPUTERNAME", Dropbox's "conflicted copy", Google Drive's
"(1)" - is the same learner's file, merged, and the class view says which copies it merged."""

import warnings

import pytest

import otpt


def answer(activity, lead, minute):
    return {
        "activity_id": activity,
        "activity": activity,
        "answer": lead,
        "key": "PT",
        "round": 1,
        "timestamp": f"2026-10-05T09:{minute:02d}:00+00:00",
    }


def load(folder):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = otpt.load_class(folder)
    return frame, "\n".join(str(w.message) for w in caught)


@pytest.mark.parametrize(
    "copy",
    [
        "Noor-DESKTOP-7HQ2M3X.json",
        "Noor-Noors-MacBook-Air.json",
        "Noor (Noor Haddad's conflicted copy 2026-10-05).json",
        "Noor (1).json",
        "Noor (2).json",
        "Noor - Copy.json",
        "Noor.sync-conflict-20261005-091500-ABCDEF1.json",
    ],
)
def test_a_copy_of_a_file_without_a_session_is_the_same_learner(tmp_path, copy):
    otpt.save_answers([answer("P1", "PT", 0)], tmp_path / "Noor.json", learner="Noor")
    otpt.save_answers([answer("P1", "PT", 0), answer("P2", "OT", 3)], tmp_path / copy, learner="Noor")
    otpt.save_answers([answer("P1", "OT", 1)], tmp_path / "Ravi.json", learner="Ravi")
    frame, said = load(tmp_path)
    assert sorted(frame["learner"].unique()) == ["Noor", "Ravi"]
    assert sorted(frame.loc[frame["learner"] == "Noor", "activity_id"]) == ["P1", "P2"]  # each answer once
    assert frame.attrs["replaced"] == [("Noor.json", copy)]
    assert f"Noor.json: a copy of the same learner's answers, merged into {copy}" in said
    report = str(otpt.class_files_report(frame))
    assert f"Noor.json is a copy of {copy}: its answers were merged, each counted once" in report


def test_names_that_only_look_alike_stay_two_learners(tmp_path):
    otpt.save_answers([answer("P1", "PT", 0)], tmp_path / "Noor.json", learner="Noor")
    otpt.save_answers([answer("P1", "OT", 0)], tmp_path / "Noor-Haddad.json", learner="Noor Haddad")
    otpt.save_answers(
        [answer("P1", "OT", 0)], tmp_path / "Noor-2.json", learner="Noor"
    )  # a number: not a computer
    frame, _ = load(tmp_path)
    assert frame["learner"].nunique() == 3 and frame.attrs["replaced"] == []


def test_session_files_keep_their_own_copies_apart(tmp_path):
    """Files with a session id are told apart by it, whatever their names say."""
    for session, name in (
        ("aaaaaaaaaaaa", "Noor-aaaaaaaaaaaa.json"),
        ("bbbbbbbbbbbb", "Noor-bbbbbbbbbbbb.json"),
    ):
        otpt.save_answers([answer("P1", "PT", 0)], tmp_path / name, learner="Noor", session=session)
    otpt.save_answers(
        [answer("P1", "PT", 0)],
        tmp_path / "Noor-aaaaaaaaaaaa-DESKTOP-7HQ2M3X.json",
        learner="Noor",
        session="aaaaaaaaaaaa",
    )
    frame, _ = load(tmp_path)
    assert frame["learner"].nunique() == 2
    assert frame.attrs["replaced"] == [("Noor-aaaaaaaaaaaa-DESKTOP-7HQ2M3X.json", "Noor-aaaaaaaaaaaa.json")]
