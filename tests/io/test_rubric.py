"""The goal-writing rubric files: read back whole, and every kind of problem named by line,
column, what was found and what is allowed, with nothing loaded."""

import csv
import io

import pytest

import otpt
from otpt.io.resources import bundled_path

HEADER = "criterion_id,criterion,level,level_name,descriptor,sources,ipec\n"


def _rubric(rows: str) -> str:
    return HEADER + rows


def _criterion(cid="R1", name="Priority", names=("Exemplary", "Proficient", "Developing", "Beginning")):
    return "".join(
        f"{cid},{name},{level},{n},Shows {level}.,OTPF4,VE1\n" for level, n in zip((4, 3, 2, 1), names)
    )


def test_the_bundled_rubric_reads_back_whole():
    with bundled_path("goal_rubric.csv").open(encoding="utf-8", newline="") as f:
        raw = list(csv.DictReader(f))
    rubric = otpt.load_goal_rubric()
    assert len(rubric.levels) == len(raw)
    assert list(rubric.criteria) == list(dict.fromkeys(r["criterion_id"] for r in raw))
    first = raw[0]
    assert rubric.descriptor(first["criterion_id"], int(first["level"])) == first["descriptor"]
    for cid in rubric.criteria:  # levels highest first, each once
        assert list(rubric.levels.loc[rubric.levels["criterion_id"] == cid, "level"]) == [4, 3, 2, 1]
    assert {e.example_id for e in rubric.examples} == {f"E{n}" for n in range(1, 11)}
    for e in rubric.examples:  # every criterion, the third profession's only with its objective
        expected = set(rubric.criteria) - (set() if e.third_objective else set(rubric.third_profession))
        assert set(e.scores) == expected, e.example_id
        assert rubric.points(e) == 4 * len(expected)
    with pytest.raises(KeyError, match="no level 5"):
        rubric.descriptor("R1", 5)


def test_a_rubric_of_your_own_loads_without_examples(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(_rubric(_criterion("R1") + _criterion("R2", "Measurable")), encoding="utf-8")
    rubric = otpt.load_goal_rubric(path)
    assert rubric.criteria == {"R1": "Priority", "R2": "Measurable"}
    assert rubric.examples == ()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            _criterion(names=("Exemplary", "Good", "Developing", "Beginning")),
            r"line 3, column D \(level_name\): found 'Good'\. Allowed: Exemplary, Proficient",
        ),
        (
            _criterion().replace("R1,Priority,2,Developing,Shows 2.,OTPF4,VE1\n", ""),
            r"found criterion R1 without level 2\. Every criterion needs one row for each level",
        ),
        (
            _criterion() + "R1,Priority,4,Exemplary,Again.,OTPF4,VE1\n",
            r"line 6, column C \(level\): found level 4 again\. Criterion R1 has level 4 on line 2 already",
        ),
        (
            _criterion().replace("3,Proficient,Shows 3.", "3,Proficient,"),
            r"line 3, column E \(descriptor\): found an empty cell",
        ),
        (
            _criterion().replace("4,Exemplary", "5,Exemplary"),
            r"line 2, column C \(level\): found '5'\. Allowed: 4, 3, 2, 1",
        ),
        (
            _criterion().replace("OTPF4,VE1\n", "OTPF4,IPEC-5\n", 1),
            r"line 2, column G \(ipec\): found 'IPEC-5'",
        ),
        (
            _criterion().replace("R1,Priority,1", "R1,Priorities,1"),
            r"line 5, column B \(criterion\): found 'Priorities'\. Criterion R1 is named 'Priority' above",
        ),
    ],
)
def test_every_problem_in_a_rubric_is_named(tmp_path, rows, message):
    path = tmp_path / "r.csv"
    path.write_text(_rubric(rows), encoding="utf-8")
    with pytest.raises(otpt.RubricFileError, match=message) as err:
        otpt.load_goal_rubric(path)
    assert "Nothing was loaded" in str(err.value) and "r.csv" in str(err.value)


def test_a_rubric_without_a_column_says_which_columns_it_needs(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("criterion_id,criterion,level\nR1,Priority,4\n", encoding="utf-8")
    with pytest.raises(otpt.RubricFileError, match="no 'level_name' column.*needs the columns: criterion_id"):
        otpt.load_goal_rubric(path)


def _examples(rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "example_id",
            "task_id",
            "level",
            "shared_goal",
            "ot_objective",
            "pt_objective",
            "criterion_id",
            "score",
            "why",
        ]
    )
    writer.writerows(rows)
    return out.getvalue()


def test_examples_name_an_unknown_criterion_a_missing_score_and_missing_texts(tmp_path):
    rubric = tmp_path / "r.csv"
    rubric.write_text(_rubric(_criterion("R1") + _criterion("R2", "Measurable")), encoding="utf-8")
    examples = tmp_path / "e.csv"
    examples.write_text(
        _examples(
            [
                ["E1", "falls-3", "4", "Goal", "OT", "PT", "R1", "4", "why"],
                ["E1", "", "", "", "", "", "R9", "3", "why"],
                ["E2", "falls-3", "2", "Goal", "", "PT", "R1", "2", "why"],
                ["E2", "", "", "", "", "", "R1", "2", "twice"],
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(otpt.RubricFileError) as err:
        otpt.load_goal_rubric(rubric, examples)
    text = str(err.value)
    assert "line 3, column G (criterion_id): found 'R9'. The rubric's criteria are R1, R2." in text
    assert (
        "line 4, column E (ot_objective): found an empty cell. The first row of example E2 holds its ot_objective."
        in text
    )
    assert "line 5, column G (criterion_id): found R1 again. Example E2 scores R1 once." in text
    assert (
        "found example E1 without a score for R2" in text
        and "found example E2 without a score for R2" in text
    )


def test_examples_scored_on_every_criterion_load_with_their_texts(tmp_path):
    rubric = tmp_path / "r.csv"
    rubric.write_text(_rubric(_criterion("R1") + _criterion("R2", "Measurable")), encoding="utf-8")
    examples = tmp_path / "e.csv"
    examples.write_text(
        _examples(
            [
                ["E1", "falls-3", "3", "Shared | <b>goal</b>", "OT", "PT", "R1", "4", "why one"],
                ["E1", "", "", "", "", "", "R2", "2", "why two"],
            ]
        ),
        encoding="utf-8",
    )
    (example,) = otpt.load_goal_rubric(rubric, examples).examples
    assert (example.task_id, example.level, example.shared_goal) == ("falls-3", 3, "Shared | <b>goal</b>")
    assert example.scores == {"R1": (4, "why one"), "R2": (2, "why two")}


def test_a_third_profession_criterion_is_scored_exactly_when_there_is_a_third_objective(tmp_path):
    rubric = tmp_path / "r.csv"
    rows = _criterion("R1") + _criterion("R6", "Third").replace("VE1\n", "VE1,third profession\n")
    rubric.write_text(
        HEADER.replace("ipec\n", "ipec,scored\n") + rows.replace("VE1\nR6", "VE1,\nR6", 1), encoding="utf-8"
    )
    examples = tmp_path / "e.csv"
    header = [
        "example_id",
        "task_id",
        "level",
        "shared_goal",
        "ot_objective",
        "pt_objective",
        "third_objective",
        "criterion_id",
        "score",
        "why",
    ]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [
            header,
            ["E1", "falls-3", "4", "Goal", "OT", "PT", "", "R1", "4", "why"],
            ["E2", "falls-3", "3", "Goal", "OT", "PT", "SLP: words", "R1", "3", "why"],
            ["E2", "", "", "", "", "", "", "R6", "3", "why"],
        ]
    )
    examples.write_text(out.getvalue(), encoding="utf-8")
    loaded = otpt.load_goal_rubric(rubric, examples)
    assert loaded.third_profession == ["R6"]
    assert [loaded.points(e) for e in loaded.examples] == [4, 8]
    assert loaded.examples[1].third_objective == "SLP: words"
    wrong = (
        out.getvalue()
        .replace("SLP: words", "")
        .replace("E1,falls-3,4,Goal,OT,PT,,R1,4,why", "E1,falls-3,4,Goal,OT,PT,Nursing: x,R1,4,why")
    )
    examples.write_text(wrong, encoding="utf-8")
    with pytest.raises(otpt.RubricFileError) as err:
        otpt.load_goal_rubric(rubric, examples)
    assert "found example E1 without a score for R6" in str(err.value)
    assert "found example E2 scored on R6 with no third_objective" in str(err.value)


def test_a_criterion_scored_two_ways_is_named(tmp_path):
    rows = "".join(
        f"R6,Third,{level},{name},Shows {level}.,OTPF4,VE1,{'third profession' if level != 2 else 'always'}\n"
        for level, name in zip((4, 3, 2, 1), ("Exemplary", "Proficient", "Developing", "Beginning"))
    )
    path = tmp_path / "r.csv"
    path.write_text(HEADER.replace("ipec\n", "ipec,scored\n") + rows, encoding="utf-8")
    with pytest.raises(
        otpt.RubricFileError,
        match=r"line 4, column H \(scored\): found 'always'\. Criterion R6 is scored 'third profession' above",
    ):
        otpt.load_goal_rubric(path)
