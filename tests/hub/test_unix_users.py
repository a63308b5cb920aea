"""A class folder shared by real Unix users, as on The Littlest JupyterHub (cases 05, 09, 15):
learners save into a drop box they cannot list or read, the instructor - another user -
reads every file, and a learner's own restart loses nothing."""

from __future__ import annotations

import json
import os
import stat

import pytest

from . import localhub
from .conftest import INSTRUCTOR, LEARNERS

pytestmark = pytest.mark.hub

ANSWER = """
import json, otpt
quiz = otpt.ClassifyQuiz(n=5, seed=3, save_dir={folder!r})
for lead in {leads!r}:
    quiz.choice.value = lead
    quiz.check_button.click()
    quiz.next_button.click()
print(json.dumps({{"path": str(quiz.saving.path), "session": quiz.session, "answers": len(quiz.answers),
                  "position": quiz.round.position, "status": quiz.save_status.value}}))
"""

LOAD = """
import json, warnings, otpt
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    merged = otpt.load_class({folder!r})
print(json.dumps({{"learners": sorted(merged["learner"].unique()), "answers": len(merged),
                  "skipped": merged.attrs["skipped"], "summary": merged.attrs["summary"],
                  "warnings": [str(w.message) for w in caught]}}))
"""

TRY = """
import json, os
def attempt(action):
    try:
        action()
        return "allowed"
    except PermissionError:
        return "refused"
print(json.dumps({{"list": attempt(lambda: os.listdir({folder!r})),
                  "read": attempt(lambda: open({other!r}).read()),
                  "delete": attempt(lambda: os.unlink({other!r}))}}))
"""


def answer_as(learner, folder, leads, bin_dir, umask="027"):
    return json.loads(
        localhub.as_user(
            learner, ANSWER.format(folder=str(folder), leads=leads), bin_dir=bin_dir, umask=umask
        )
    )


def load_as(user, folder, bin_dir):
    return json.loads(localhub.as_user(user, LOAD.format(folder=str(folder)), bin_dir=bin_dir))


def test_a_drop_box_keeps_learners_apart_and_the_instructor_reads_all(hub_bin, class_folder):
    saved = [answer_as(learner, class_folder, ["OT", "PT"], hub_bin) for learner in LEARNERS[:2]]
    for learner, result in zip(LEARNERS, saved):
        info = os.stat(result["path"])
        assert result["answers"] == 2 and result["session"] in result["path"]
        assert info.st_uid == localhub.pwd.getpwnam(learner).pw_uid
        assert stat.S_IMODE(info.st_mode) == 0o640  # the learner's umask 027, nothing else
        assert info.st_gid == localhub.grp.getgrnam(localhub.INSTRUCTORS).gr_gid  # the folder's setgid
    other = saved[0]["path"]
    tried = json.loads(
        localhub.as_user(LEARNERS[1], TRY.format(folder=str(class_folder), other=other), bin_dir=hub_bin)
    )
    assert tried == {"list": "refused", "read": "refused", "delete": "refused"}
    loaded = load_as(INSTRUCTOR, class_folder, hub_bin)
    assert len(loaded["learners"]) == 2 and loaded["answers"] == 4 and loaded["skipped"] == []
    assert loaded["summary"].startswith("Found 2 learners in 2 answer files")


def test_a_learners_umask_decides_the_mode_in_a_plain_shared_folder(hub_bin, tmp_path):
    # case 05: a folder everyone may write (1777, like /tmp); umask 022 gives 0644, which the
    # instructor can read - the temporary file's 0600 must not survive the rename
    shared = localhub.HUB_HOME / "shared"
    localhub.shutil.rmtree(shared, ignore_errors=True)
    shared.mkdir(mode=0o777)
    os.chmod(shared, 0o1777)
    result = answer_as(LEARNERS[0], shared, ["Both"], hub_bin, umask="022")
    assert stat.S_IMODE(os.stat(result["path"]).st_mode) == 0o644
    loaded = load_as(INSTRUCTOR, shared, hub_bin)
    assert loaded["answers"] == 1 and loaded["skipped"] == []


def test_a_restart_then_more_answers_loses_nothing(hub_bin, class_folder):
    # case 09: 3 answers, the kernel dies (the process ends), the cell runs again, 2 more
    localhub.give_lessons(LEARNERS[2])  # also clears any note of sessions from an earlier run
    first = answer_as(LEARNERS[2], class_folder, ["OT", "PT", "Both"], hub_bin)
    again = answer_as(LEARNERS[2], class_folder, ["OT", "PT"], hub_bin)
    assert again["session"] == first["session"] and again["answers"] == 5 and again["position"] == 5
    loaded = load_as(INSTRUCTOR, class_folder, hub_bin)
    assert len(loaded["learners"]) == 1 and loaded["answers"] == 5


def test_a_read_only_lessons_folder_says_where_and_what_to_do(hub_bin):
    # case 15: the lessons are shared read-only; the quiz's default answers/ cannot be made
    lessons = localhub.HUB_HOME / "read-only-lessons"
    lessons.mkdir(exist_ok=True)
    os.chmod(lessons, 0o755)  # root's: learners may read, not write
    result = answer_as(LEARNERS[0], lessons / "answers", ["OT"], hub_bin)
    status = localhub.html_text(result["status"])
    assert f"could not be saved to {result['path']}: you may not write in the folder {lessons}" in status
    assert "Download my answers" in status and result["answers"] == 1  # kept in the kernel
