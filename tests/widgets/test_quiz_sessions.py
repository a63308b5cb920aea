"""The quiz never loses or mixes up answers (issue 16; cases 09, 10, 14, 15): it saves after
every Check, picks a learner's session up after a kernel restart, keeps two people with the
same name or nickname apart, starts a full new session for the next person at a booth, and
says where answers are - or why they could not be saved and what to do."""

import base64
import errno
import html
import json
import math
import re

import pytest

import otpt
from otpt.analysis.grading import accepted_answers
from otpt.io import sessions

SMALL = otpt.load_activities().head(5)


def answer(quiz, lead="OT", *, advance=True):
    quiz.choice.value = lead
    quiz.confidence.value = "sure"
    quiz.check_button.click()
    if advance:
        quiz.next_button.click()


def saved(quiz):
    return otpt.load_answers(quiz.saving.path)


def test_every_check_is_saved_without_pressing_save(tmp_path):
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path)
    assert list(tmp_path.iterdir()) == []  # nothing before the first answer
    answer(quiz, "OT", advance=False)
    status = quiz.save_status.value
    assert len(saved(quiz)) == 1 and f"saved after every Check, in {quiz.saving.path}" in html.unescape(
        status
    )
    quiz.check_button.click()  # a second Check on the same card saves nothing new
    quiz.next_button.click()
    answer(quiz, "PT")
    # The save status is a live region: a save after a Check says what it said before, so a
    # screen reader is not told "saved" again after every verdict.
    assert len(saved(quiz)) == 2 and quiz.save_status.value == status
    assert saved(quiz)["activity_id"].tolist() == quiz.answers["activity_id"].tolist()
    assert saved(quiz).attrs["rounds"][0]["order"] == quiz.round.order


def test_a_kernel_restart_continues_the_round(tmp_path):
    # case 09: 3 answers, the kernel restarts, the cell runs again, 2 more answers
    first = otpt.ClassifyQuiz(SMALL, seed=4, save_dir=tmp_path)
    first.name_box.value = "Sam"
    for lead in ("OT", "PT", "Both"):
        answer(first, lead)
    again = otpt.ClassifyQuiz(SMALL, seed=4, save_dir=tmp_path)  # a new kernel: a new object
    assert again.session == first.session and again.learner == "Sam" and again.name_box.value == "Sam"
    assert again.progress.value == first.progress.value.replace("Question 4", "Question 4")  # where it was
    assert again.round.position == 3 and again.current_activity["id"] == first.current_activity["id"]
    assert (
        "Welcome back" in again.save_status.value and again.saving.someone_else_button.layout.display is None
    )
    answer(again, "OT")
    answer(again, "PT")
    assert (
        "<h3" in again.card.value and "Round complete" in again.card.value
    )  # the same 5-card round, finished
    assert "\u2139" not in again.card.value  # a heading, not a notice with an "i" glyph
    merged = otpt.load_class(tmp_path)
    assert merged["learner"].unique().tolist() == ["Sam"] and len(merged) == 5


def test_a_restart_after_the_round_shows_the_results_and_start_again_goes_on(tmp_path):
    first = otpt.ClassifyQuiz(SMALL, n=2, seed=1, save_dir=tmp_path)
    answer(first)
    answer(first)
    again = otpt.ClassifyQuiz(SMALL, n=2, seed=1, save_dir=tmp_path)
    assert "You named the usual lead" in again.feedback.value and again.current_activity is None
    again.restart_button.click()
    answer(again)
    rounds = [r["number"] for r in saved(again).attrs["rounds"]]
    assert rounds == [1, 2] and saved(again)["round"].tolist() == [1, 1, 2]


def test_without_autosave_nothing_is_written_or_continued(tmp_path):
    demo = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, autosave=False)
    answer(demo)
    assert list(tmp_path.iterdir()) == [] and not (sessions.state_folder() / "sessions.json").exists()
    assert otpt.ClassifyQuiz(SMALL, save_dir=tmp_path).round.position == 0
    assert demo.saving.layout.display == "none"  # a warm-up offers no save (visual-review-1 #7)
    assert otpt.ClassifyQuiz(SMALL, save_dir=tmp_path).saving.layout.display is None


def test_someone_else_at_the_same_computer_starts_fresh(tmp_path):
    first = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, name="Ada")
    answer(first)
    again = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, name="Ada")
    again.saving.someone_else_button.click()
    assert again.session != first.session and again.name_box.value == "" and again.save_status.value == ""
    assert again.answers.empty and again.round.number == 1
    answer(again, "PT")
    assert len(otpt.load_class(tmp_path)) == 2 and otpt.load_class(tmp_path)["session"].nunique() == 2
    assert otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, name="Ada").session == again.session


def test_two_learners_with_one_nickname_or_one_name_never_share_a_file(tmp_path, monkeypatch):
    # case 10: the same nickname drawn twice; case 04: the same name typed twice
    monkeypatch.setattr("otpt.widgets.saving.random_nickname", lambda: "happy-fox-130")
    quizzes = [otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, kiosk=True) for _ in range(2)]
    quizzes += [otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, kiosk=True) for _ in range(2)]
    for quiz in quizzes[2:]:
        quiz.name_box.value = "Sam"
    for quiz in quizzes:
        answer(quiz)
    assert len(list(tmp_path.iterdir())) == 4
    merged = otpt.load_class(tmp_path)
    assert merged["session"].nunique() == 4 and merged["learner"].nunique() == 4
    assert (
        sorted(re.sub(r" \(.*\)", "", n) for n in merged["learner"].unique())
        == ["Sam", "Sam"] + ["happy-fox-130"] * 2
    )


def test_start_again_at_a_booth_is_a_new_anonymous_session(tmp_path):
    # case 14: visitor A types a name and saves; Start again for visitor B
    booth = otpt.ClassifyQuiz(SMALL, n=2, save_dir=tmp_path, kiosk=True)
    booth.name_box.value = "Visitor A"
    answer(booth)
    answer(booth)
    a_file, a_session = booth.saving.path, booth.session
    booth.restart_button.click()
    assert booth.name_box.value == "" and booth.save_status.value == "" and booth.session != a_session
    assert booth.answers.empty and booth.progress.value.startswith(
        "Question 1 of 2 \u00b7 The usual lead: 0 of 0"
    )
    answer(booth, "PT")
    assert len(otpt.load_answers(a_file)) == 2  # A's file holds A's answers only
    merged = otpt.load_class(tmp_path)
    assert merged.groupby("learner").size().to_dict() == {"Visitor A": 2, booth.learner: 1}


def test_a_booth_never_continues_the_last_visitors_session(tmp_path, monkeypatch):
    first = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path)
    answer(first)
    monkeypatch.setenv("OTPT_KIOSK", "1")  # what `make present` sets for the booth's kernels
    assert otpt.ClassifyQuiz(SMALL, save_dir=tmp_path).session != first.session


@pytest.mark.parametrize(
    ("err", "why"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "you may not write in the folder"),
        (OSError(errno.EROFS, "Read-only file system"), "you may not write in the folder"),
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
    ],
)
def test_a_folder_that_cannot_be_written_is_named_with_what_to_do(tmp_path, monkeypatch, err, why):
    # case 15: the lessons folder on a hub is read-only (root ignores modes, so the OS is stubbed here;
    # tests/hub/test_unix_users.py does it with real users)
    lessons = tmp_path / "lessons"
    lessons.mkdir()

    def refuse(*args, **kwargs):
        raise err

    monkeypatch.setattr("otpt.io.files.tempfile.mkstemp", refuse)
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=lessons / "answers")
    answer(quiz, advance=False)
    status = html.unescape(quiz.save_status.value)
    assert f"could not be saved to {quiz.saving.path}: " in status and why in status
    assert "Download my answers" in status and "ask your instructor for the class folder" in status
    assert len(quiz.answers) == 1  # kept in the kernel
    link = quiz.saving.download.value
    assert "Download my answers" in link  # and the way out works: see below


def test_download_my_answers_gives_the_same_file(tmp_path):
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path / "class", name="Zoë <b>")
    assert quiz.saving.download.value == ""  # nothing to download before an answer
    answer(quiz)
    answer(quiz, "PT")
    link = quiz.saving.download.value
    filename = re.search(r'download="([^"]+)"', link).group(1)
    data = base64.b64decode(re.search(r"base64,([^\"]+)", link).group(1))
    assert filename == f"Zoë-b-{quiz.session}.json" and "<b>" not in link
    assert json.loads(data) == json.loads(quiz.saving.path.read_bytes())
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / filename).write_bytes(data)
    (downloads / filename.replace(".json", " (1).json")).write_bytes(data)  # downloaded twice
    with pytest.warns(otpt.ClassFilesWarning, match="a copy of the same learner's answers, merged"):
        merged = otpt.load_class(downloads)
    assert merged["learner"].unique().tolist() == ["Zoë <b>"] and len(merged) == 2


def test_save_never_replaces_another_sessions_file(tmp_path):
    ada = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, name="Ada")
    answer(ada)
    bo = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path / "bo", name="Bo")
    answer(bo)
    with pytest.raises(FileExistsError):
        bo.save(ada.saving.path)
    assert otpt.load_answers(ada.saving.path).attrs["learner"] == "Ada"


def test_a_save_to_another_path_is_a_copy(tmp_path):
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path / "class")
    answer(quiz)
    own = quiz.saving.path
    copy = quiz.save(tmp_path / "copy.json")
    assert own.exists() and otpt.load_answers(copy).attrs["session"] == quiz.session
    answer(quiz)
    assert len(otpt.load_answers(own)) == 2 and len(otpt.load_answers(copy)) == 1


def test_a_damaged_own_file_is_replaced_by_the_sessions_answers(tmp_path):
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path, kiosk=True)
    answer(quiz)
    own = quiz.saving.path
    own.write_text(own.read_text()[:100])  # a sync tool cut it short
    answer(quiz)
    assert "another learner" not in quiz.save_status.value and len(otpt.load_answers(own)) == 2


def test_a_save_dir_that_is_a_file_is_named_as_such(tmp_path):
    blocker = tmp_path / "answers"
    blocker.write_text("not a folder")
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=blocker)
    answer(quiz, advance=False)
    assert f"{blocker} is a file, not a folder" in html.unescape(quiz.save_status.value)


def test_two_quizzes_of_one_session_never_erase_each_others_answers(tmp_path):
    # a second kernel on the same notebook continues the same session
    tab_a = otpt.ClassifyQuiz(SMALL, seed=2, save_dir=tmp_path)
    answer(tab_a)
    tab_b = otpt.ClassifyQuiz(SMALL, seed=2, save_dir=tmp_path)
    assert tab_b.session == tab_a.session
    answer(tab_a)
    answer(tab_a)  # the file: 3 answers
    answer(tab_b)  # tab B knows 2 of them; the third stays in the file
    saved_ids = saved(tab_a)["activity_id"].tolist()
    assert len(saved_ids) == 3 and set(tab_a.answers["activity_id"]) <= set(saved_ids)


def test_a_state_folder_that_cannot_be_written_is_said(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("OTPT_STATE_DIR", str(blocker / "state"))
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path / "class")
    answer(quiz)
    status = html.unescape(quiz.save_status.value)
    assert "saved after every Check, in" in status and "does not let otpt note your session" in status


def test_a_damaged_file_at_a_restart_is_said_and_kept(tmp_path):
    first = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path)
    answer(first)
    first.saving.path.write_text("{broken")
    again = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path)
    status = html.unescape(again.save_status.value)
    assert again.session != first.session and again.round.position == 0
    assert f"Your earlier answers file {first.saving.path} could not be read" in status
    assert first.saving.path.read_text() == "{broken"


def test_a_name_typed_after_the_last_check_is_saved(tmp_path):
    quiz = otpt.ClassifyQuiz(SMALL, save_dir=tmp_path)
    answer(quiz)
    quiz.name_box.value = "Ada"  # Enter, or leaving the box
    assert [p.name for p in tmp_path.iterdir()] == [f"Ada-{quiz.session}.json"]


def test_a_home_folder_in_a_path_is_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    quiz = otpt.ClassifyQuiz(SMALL, save_dir="~/answers")
    answer(quiz)
    assert quiz.saving.path.parent == tmp_path / "answers" and quiz.saving.path.exists()
    assert len(otpt.load_class("~/answers")) == 1


def test_activities_that_accept_every_answer_are_said_apart_in_the_summary():
    # review 6 S12: where OT, PT and Both all hold (one specialist of either profession, or
    # practice that varies widely), an answer counts but says little about who leads
    bank = otpt.load_activities()
    open_ids = [
        row.id
        for row in bank.itertuples()
        if {row.lead, *accepted_answers(row.also_accepted)} == set(otpt.LEADS)
    ]
    # about a sixth of the bank at most (21 of 122 since reviews 24-27 found a third answer
    # common for A040, A080, A089 and A118), said apart in the summary and kept out of the
    # bundled quiz; the bound is rounded up to a whole row (data/CHANGES.md, round 15)
    assert 0 < len(open_ids) <= math.ceil(len(bank) / 6)
    assert not bank.loc[bank["id"].isin(open_ids), "quiz"].any()
    # rows of an instructor's own bank (the bundled bank keeps these out of its quiz: quiz = no)
    two = bank[bank["id"].isin([open_ids[0], "A007"])].assign(quiz=True)
    quiz = otpt.ClassifyQuiz(two, autosave=False)
    for _ in range(2):
        answer(quiz, "OT")
    assert "1 of the activities accepts every answer" in quiz.feedback.value
    single = otpt.ClassifyQuiz(bank[bank["id"] == "A007"], autosave=False)
    answer(single, "OT")
    assert "accepts every answer" not in single.feedback.value
