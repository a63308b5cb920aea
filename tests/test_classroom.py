"""Class results from a shared folder: good files, duplicates, every kind of bad file."""

import json
import warnings

import pandas as pd
import pytest

import otpt
from otpt.io import class_folder


def record(activity_id, answer, key, *, confidence="sure", round_=1, ts="2026-09-01T10:00:00+00:00"):
    return {"activity_id": activity_id, "activity": f"Activity {activity_id}", "answer": answer, "key": key,
            "correct": answer == key, "confidence": confidence, "round": round_, "timestamp": ts}  # fmt: skip


def save(folder, name, learner, records):
    return otpt.save_answers(pd.DataFrame(records), folder / name, learner=learner)


@pytest.fixture
def folder(tmp_path):
    save(
        tmp_path,
        "ada.json",
        "ada",
        [record("A1", "OT", "OT"), record("A2", "PT", "Both", confidence="unsure")],
    )
    save(tmp_path, "bo.json", "bo", [record("A1", "PT", "OT"), record("A2", "Both", "Both")])
    # bo saved again later: only this one counts
    later = "2026-09-01T11:00:00+00:00"
    save(
        tmp_path,
        "bo (1).json",
        "bo",
        [record("A1", "OT", "OT", ts=later), record("A2", "Both", "Both", ts=later)],
    )
    return tmp_path


def test_good_files_and_a_learner_who_saved_twice(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning for a clean folder
        merged = otpt.load_class(folder)
    assert sorted(merged["learner"].unique()) == ["ada", "bo"]
    assert len(merged) == 4
    assert set(merged.loc[merged["learner"] == "bo", "file"]) == {"bo (1).json"}
    assert merged.attrs["replaced"] == ["bo.json"]
    assert merged.loc[merged["learner"] == "bo", "correct"].all()
    assert list(merged.columns) == list(class_folder.CLASS_COLUMNS)


BAD_FILES = {
    "empty.json": "",
    "truncated.json": '{"format": "otpt-answers", "version": 1, "answers": [{"activity_id": "A1"',
    "corrupt.json": "\x00\x01garbage",
    "other.json": '{"format": "something-else"}',
    "future.json": '{"format": "otpt-answers", "version": 2, "answers": []}',
    "notes.txt": "remember to collect the files",
}
REASONS = {
    "empty.json": "not a readable answers file",
    "truncated.json": "not a readable answers file",
    "corrupt.json": "not a readable answers file",
    "other.json": "not an otpt answers file",
    "future.json": "answers file version 2. This otpt reads version 1.",
    "notes.txt": "not a readable answers file",
}


def test_every_kind_of_bad_file_is_skipped_and_named(folder):
    for name, content in BAD_FILES.items():
        (folder / name).write_text(content, encoding="utf-8")
    (folder / ".ada.json.x1y2.tmp").write_text("{half-written")  # a save in progress: ignored silently
    with pytest.warns(otpt.ClassFilesWarning) as caught:
        merged = otpt.load_class(folder)
    message = str(caught[0].message)
    assert message.startswith(f"Skipped {len(BAD_FILES)} file(s) in {folder}")
    for name, reason in REASONS.items():
        line = next(line for line in message.splitlines() if line.startswith(f"  - {name}: "))
        assert reason in line
    assert ".tmp" not in message
    assert sorted(merged["learner"].unique()) == ["ada", "bo"]
    assert {name for name, _ in merged.attrs["skipped"]} == set(BAD_FILES)


def test_unreadable_file_is_skipped(folder, monkeypatch):
    real = class_folder.read_answers_file

    def read(path):
        if path.name == "locked.json":
            raise PermissionError(13, "Permission denied")
        return real(path)

    (folder / "locked.json").write_text("{}")
    monkeypatch.setattr(class_folder, "read_answers_file", read)
    with pytest.warns(otpt.ClassFilesWarning, match="locked.json: could not be read \\(Permission denied\\)"):
        merged = otpt.load_class(folder)
    assert merged["learner"].nunique() == 2


def test_empty_and_missing_folders(tmp_path):
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


def test_first_answers_drop_review_rounds(folder):
    save(folder, "cy.json", "cy", [record("A1", "PT", "OT"), record("A1", "OT", "OT", round_=2)])
    merged = otpt.first_answers(otpt.load_class(folder))
    cy = merged[merged["learner"] == "cy"]
    assert list(cy["answer"]) == ["PT"]


def test_class_views(folder):
    merged = otpt.load_class(folder)
    acc = otpt.activity_accuracy(merged)
    assert acc.loc["A1", "answered"] == 2 and acc.loc["A1", "right"] == 2 and acc.loc["A2", "accuracy"] == 0.5
    assert list(acc.index) == ["A2", "A1"]  # hardest first
    split = otpt.answer_split(merged)
    assert split.loc["A2", ["OT", "Both", "PT"]].tolist() == [0, 1, 1]
    assert split.loc["A1", "split"] == 0.0 and split.loc["A2", "split"] > 0.5
    assert list(otpt.most_debated(merged, top=1).index) == ["A2"]
    conf = otpt.confidence_table(merged)
    assert conf.loc["sure", "right"] == 3 and conf.loc["unsure", "wrong"] == 1


def test_class_majority_and_pre_post(folder):
    merged = otpt.load_class(folder)
    bank = otpt.coerce_activities(
        pd.DataFrame({"id": ["A1", "A2", "A3"], "activity": ["x", "y", "z"], "lead": ["OT", "Both", "PT"]})
    )
    majority = otpt.class_majority(merged, bank)
    assert list(majority["id"]) == ["A1", "A2"]
    assert list(majority["lead"]) == ["OT", "Both"]  # A2: a 1-1 tie between PT and Both goes to Both
    after = merged.assign(answer=merged["key"], correct=True)
    table = otpt.pre_post(merged, after)
    assert (
        table.loc["ada", "before"] == 0.5
        and table.loc["ada", "after"] == 1.0
        and table.loc["ada", "change"] == 0.5
    )


def test_simulated_demo_class_is_reproducible(tmp_path):
    bank = otpt.load_activities()
    first = otpt.simulate_class(tmp_path / "a", bank, learners=5, items=6, seed=3)
    second = otpt.simulate_class(tmp_path / "b", bank, learners=5, items=6, seed=3)
    assert [p.name for p in first] == [p.name for p in second]
    assert [json.loads(p.read_text()) for p in first] == [json.loads(p.read_text()) for p in second]
    merged = otpt.load_class(tmp_path / "a")
    assert merged["learner"].nunique() == 5 and len(merged) == 30
    assert set(merged["activity_id"]) <= set(bank["id"])


def test_class_plots_draw_the_numbers(folder):
    merged = otpt.load_class(folder)
    ax = otpt.plot_class_accuracy(merged)
    assert [round(p.get_width()) for p in ax.patches] == [50, 100]
    assert "1 of 2" in [t.get_text() for t in ax.texts]
    ax = otpt.plot_most_debated(merged, top=1)
    assert "50% \u2713" in [t.get_text() for t in ax.texts]
    ax = otpt.plot_confidence(merged)
    assert {"3", "misconception", "guess"} <= {t.get_text() for t in ax.texts}
    ax = otpt.plot_pre_post(merged, after=merged.assign(correct=True))
    assert len(ax.lines) == 3  # two learners + the class mean
    assert otpt.describe_pre_post(merged, after=merged.assign(correct=True)).startswith(
        "Scores of 2 learners who answered before and after: mean 75% before, 100% after; 1 improved"
    )
    empty = merged.iloc[:0]
    for plot in (otpt.plot_class_accuracy, otpt.plot_most_debated, otpt.plot_confidence):
        assert any("No answers yet" in t.get_text() for t in plot(empty).texts)
    assert otpt.describe_class_accuracy(merged).startswith(
        "Class accuracy per activity, 2 activities, 75% right"
    )
    assert "Activity A2 (OT 0, Both 1, PT 1; key Both)" in otpt.describe_most_debated(merged)
    assert "sure and wrong 0 (misconceptions), unsure and right 0 (guesses), unsure and wrong 1" in (
        otpt.describe_confidence(merged)
    )
