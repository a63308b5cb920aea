"""The answers file format has one owner (otpt.io.exchange.format, its answer record
otpt.io.exchange.record): files of every earlier layout read back as their quiz recorded
them, and the quiz, load_answers, load_class and summarize agree on every answer's outcome
and correct."""

from __future__ import annotations

import ast
import html
import json
import re
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import otpt
from otpt.io.columns import ANSWER_COLUMNS
from otpt.io.exchange import format as answer_format
from otpt.io.exchange.files import read_answers_file
from otpt.io.exchange.format import AnswerRecord
from otpt.vocab import COUNTS_AS_RIGHT, LEADS, OUTCOMES
from tests._banks import TINY_ROWS, bank_of

GOLDEN = Path(__file__).parents[1] / "data" / "answers"
LAYOUTS = sorted(p.stem for p in GOLDEN.glob("v*.json") if not p.stem.endswith(".expected"))
PACKAGE = Path(otpt.__file__).parent


def _plain(frame: pd.DataFrame) -> list[dict]:
    """A table's answers as dicts, missing values as None (as a file holds them)."""
    table = frame[list(ANSWER_COLUMNS)].astype(object)
    return table.where(table.notna(), None).to_dict(orient="records")


def _expected(stem: str) -> list[dict]:
    records = json.loads((GOLDEN / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return [{column: record[column] for column in ANSWER_COLUMNS} for record in records]


def test_every_earlier_layout_has_a_golden_file():
    assert LAYOUTS == ["v1-first", "v1-one-a-line", "v1-outcome", "v1-sessions"]
    first = json.loads((GOLDEN / "v1-first.json").read_text(encoding="utf-8"))
    assert "outcome" not in first["answers"][0] and "session" not in first  # the oldest layout, as written


@pytest.mark.parametrize("stem", LAYOUTS)
def test_a_golden_file_reads_as_its_quiz_recorded_it(stem):
    path = GOLDEN / f"{stem}.json"
    header, records = read_answers_file(path)
    assert records == _expected(stem)
    loaded = otpt.load_answers(path)
    assert _plain(loaded) == _expected(stem)
    assert loaded.attrs["learner"] == "Zo\u00eb" and loaded.attrs["version"] == 1
    assert loaded.attrs["session"] == (
        "3f9a2c0b7d1e" if "session" in json.loads(path.read_text("utf-8")) else ""
    )
    assert [r["number"] for r in header["rounds"]] == ([1, 2] if header["session"] else [])


@pytest.mark.parametrize("stem", LAYOUTS)
def test_every_reader_agrees_on_a_golden_file(stem, tmp_path):
    shutil.copy(GOLDEN / f"{stem}.json", tmp_path / "zoe.json")
    loaded = otpt.load_answers(tmp_path / "zoe.json")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a file every reader reads, without a word of warning
        merged = otpt.load_class(tmp_path)
    assert _plain(merged) == _plain(loaded) == _expected(stem)
    summary = otpt.summarize(loaded)
    assert summary.n_correct == int(loaded["correct"].sum()) == sum(r["correct"] for r in _expected(stem))
    assert summary.n_defensible == int((loaded["outcome"] == "defensible").sum())
    assert summary.missed == list(loaded.loc[~loaded["correct"], "activity_id"])


def test_the_writer_still_writes_the_newest_layout():
    header, records = read_answers_file(GOLDEN / "v1-one-a-line.json")
    text = answer_format.answers_json(
        records,
        learner=header["learner"],
        session=header["session"],
        bank=header["bank"],
        rounds=header["rounds"],
    )
    assert text == (GOLDEN / "v1-one-a-line.json").read_text(encoding="utf-8")


def _card_activity(quiz) -> str:
    return html.unescape(re.search(r"<h3[^>]*>(.*?)</h3>", quiz.card.value).group(1))


def test_the_quiz_load_answers_load_class_and_summarize_agree_on_every_answer(tmp_path):
    bank = bank_of(TINY_ROWS)
    # one answer per row: defensible (T1, T2, T3), right (T5, T6), not usually (T4)
    given = {"T1": "OT", "T2": "OT", "T3": "PT", "T4": "OT", "T5": "OT", "T6": "Both"}
    by_name = dict(zip(bank["activity"], bank["id"]))
    quiz = otpt.ClassifyQuiz(bank, seed=1, name="Sam", save_dir=tmp_path / "class")
    for _ in range(len(bank)):
        quiz.choice.value = given[by_name[_card_activity(quiz)]]
        quiz.check_button.click()
        quiz.next_button.click()
    shown = quiz.answers.set_index("activity_id")
    assert shown["outcome"].to_dict() == {
        "T1": "defensible",
        "T2": "defensible",
        "T3": "defensible",
        "T4": "not usually",
        "T5": "right",
        "T6": "right",
    }
    (path,) = (tmp_path / "class").glob("*.json")
    loaded = otpt.load_answers(path)
    merged = otpt.load_class(tmp_path / "class")
    for table in (loaded, merged):
        assert _plain(table) == _plain(quiz.answers)
    summary = otpt.summarize(loaded)
    assert (summary.n_correct, summary.n_answered, summary.n_defensible) == (5, 6, 3)
    assert otpt.summarize(merged).n_correct == otpt.summarize(quiz.answers).n_correct == summary.n_correct
    assert (
        f"You named the usual lead on {summary.n_usual} of 6" in quiz.feedback.value
    )  # what the learner saw
    assert (
        f"{summary.n_correct} of 6 ({round(100 * summary.score)}%) right or also right" in quiz.feedback.value
    )
    assert summary.missed == ["T4"]


def test_a_defensible_answer_counts_in_every_reader_as_code_review_2_found_it(tmp_path):
    """Key PT, also accepted Both, answered Both: defensible and correct everywhere."""
    record = answer_format.AnswerRecord("A1", "Walking", "Both", "PT", "defensible", "sure", 1, "")
    path = otpt.save_answers([record.to_json()], tmp_path / "class" / "a.json", learner="a")
    loaded, merged = otpt.load_answers(path), otpt.load_class(tmp_path / "class")
    assert bool(loaded.loc[0, "correct"]) and bool(merged.loc[0, "correct"]) and record.correct
    assert otpt.summarize(loaded).n_correct == 1 == int(loaded["correct"].sum())


@pytest.mark.parametrize(
    ("answer", "key", "saved", "outcome"),
    [
        ("PT", "PT", None, "right"),  # a file from before outcomes
        ("Both", "PT", None, "not usually"),
        ("Both", "PT", "defensible", "defensible"),
        ("PT", "PT", "not usually", "right"),  # a saved outcome that does not fit the answer
        ("OT", "PT", "right", "not usually"),
        ("OT", "PT", "excellent", "not usually"),  # not an outcome at all
        ("OT", "OT", "defensible", "right"),
    ],
)
def test_the_one_rule_for_one_answer_and_for_a_table(answer, key, saved, outcome):
    assert answer_format.outcome_of(answer, key, saved) == outcome
    table = pd.DataFrame({"answer": [answer, "OT"], "key": [key, "OT"], "outcome": [saved, "right"]})
    assert answer_format.answer_outcomes(table).tolist() == [outcome, "right"]
    record = answer_format.AnswerRecord.from_json(
        {
            "activity_id": 7,
            "answer": answer,
            "key": key,
            "outcome": saved,
            "correct": outcome not in COUNTS_AS_RIGHT,
        }
    )
    assert (record.outcome, record.correct, record.activity_id) == (outcome, outcome in COUNTS_AS_RIGHT, "7")


def test_a_file_whose_correct_was_edited_is_read_by_its_outcome(tmp_path):
    text = (
        (GOLDEN / "v1-one-a-line.json")
        .read_text(encoding="utf-8")
        .replace('"correct": true', '"correct": false')
    )
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    assert otpt.load_answers(tmp_path / "a.json")["correct"].tolist() == [True, True, False, True, True]


def test_a_bad_answer_names_the_file_its_line_its_field_and_what_is_allowed(tmp_path):
    text = (GOLDEN / "v1-sessions.json").read_text(encoding="utf-8")
    text = text.replace('"answer": "Both"', '"answer": "Maybe"', 1).replace('"round": 2', '"round": "two"')
    (tmp_path / "sam.json").write_text(text, encoding="utf-8")
    with pytest.raises(otpt.AnswersFileError) as info:
        otpt.load_answers(tmp_path / "sam.json")
    lines = text.splitlines()
    maybe = next(n for n, line in enumerate(lines, 1) if '"Maybe"' in line)
    assert [str(p) for p in info.value.problems] == [
        f'line {_starts(lines, maybe)}: found "answer": "Maybe" in answer 2. Allowed: OT, PT or Both.',
        f"line {_starts(lines, next(n for n, line in enumerate(lines, 1) if 'two' in line))}: "
        'found "round": "two" in answer 5. Allowed: a whole number (1, 2 ...).',
    ]
    assert "sam.json" in str(info.value)


def _starts(lines: list[str], n: int) -> int:
    """The line of the "{" that opens the answer holding line ``n``."""
    while lines[n - 1].strip() != "{":
        n -= 1
    return n


def test_a_file_of_a_newer_version_names_its_line_and_says_to_update_otpt(tmp_path):
    text = (GOLDEN / "v1-one-a-line.json").read_text(encoding="utf-8").replace('"version": 1', '"version": 2')
    (tmp_path / "new.json").write_text(text, encoding="utf-8")
    with pytest.raises(
        otpt.AnswersFileError, match=r"version 2\. This otpt reads version 1; .*update otpt"
    ) as info:
        otpt.load_answers(tmp_path / "new.json")
    assert text.splitlines()[info.value.problems[0].line - 1] == ' "version": 2,'  # the line it is on


# ---------------------------------------------------------------- one owner


def _sources():
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, path.read_text(encoding="utf-8")


def test_the_outcome_rule_and_the_file_format_live_in_one_module():
    owners = {PACKAGE / "io" / "exchange" / "format.py", PACKAGE / "vocab.py"}  # the rule; its words
    patterns = {
        "a rule deriving correct from outcome": re.compile(
            r"""!= *["']not usually["']|["']right["'], *["']defensible["']"""
        ),
        "the answers format's name": re.compile(r"""["']otpt-answers["']"""),
        "a grade from answer == key": re.compile(r"""\[["']answer["']\] *== *\w*\[["']key["']\]"""),
        "a JSON reader or writer of answer records": re.compile(r"json\.(loads?|dumps?)\([^)]*answers"),
    }
    found = [
        f"{path.relative_to(PACKAGE)}: {what}"
        for path, text in _sources()
        if path not in owners
        for what, pattern in patterns.items()
        if pattern.search(text)
    ]
    assert not found, found
    assert set(OUTCOMES) > COUNTS_AS_RIGHT == {"right", "defensible"}


def test_only_the_format_module_builds_answer_records_from_scratch():
    """Outside the format and record modules, code makes an answer record with `AnswerRecord`
    (or reads one through the format), never as a dict literal holding ``correct``."""
    # score_items (analysis/items.py) scores the kit's assessment items - partial credit, no
    # outcome, no answer record - in the answers frame's columns, so the before-and-after view
    # reads them: not a quiz answer record
    allowed = {
        ("io", "exchange", "format.py"),
        ("io", "exchange", "record.py"),
        ("otpt", "analysis", "items.py"),
    }
    literals = []
    for path, text in _sources():
        if path.parts[-3:] in allowed:
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Dict) and {"correct", "answer"} <= {
                k.value for k in node.keys if isinstance(k, ast.Constant)
            }:
                literals.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not literals, literals


# ---------------------------------------------------------------- any record, any bad field

RECORDS = st.lists(
    st.builds(
        AnswerRecord,
        activity_id=st.text(min_size=1, max_size=8),
        activity=st.text(max_size=20),
        answer=st.sampled_from(LEADS),
        key=st.sampled_from(LEADS),
        outcome=st.sampled_from(OUTCOMES),
        confidence=st.sampled_from(["sure", "unsure", None]),
        round=st.integers(1, 9),
        timestamp=st.text(max_size=25),
    ),
    max_size=6,
)


@given(RECORDS)
def test_any_records_come_back_as_the_format_grades_them(records):
    text = answer_format.answers_json([r.to_json() for r in records], learner="x", session="0" * 12)
    header, back = answer_format.parse_answers(text, "'x.json'")
    assert back == [AnswerRecord.from_json(r.to_json()).to_json() for r in records]
    assert [r["correct"] for r in back] == [r["outcome"] in COUNTS_AS_RIGHT for r in back]
    assert answer_format.session_in(text) == header["session"] == "0" * 12


@given(RECORDS.filter(bool), st.data())
def test_a_bad_field_is_named_on_the_line_of_its_answer(records, data):
    payloads = [r.to_json() for r in records]
    i = data.draw(st.integers(0, len(payloads) - 1))
    field, bad = data.draw(
        st.sampled_from(
            [("answer", "Maybe"), ("key", 5), ("round", "first"), ("activity_id", None), ("answer", {"a": 1})]
        )
    )
    payloads[i][field] = bad
    text = answer_format.answers_json(payloads, learner="x")
    with pytest.raises(otpt.AnswersFileError) as info:
        answer_format.parse_answers(text, "'x.json'")
    problem = info.value.problems[0]
    assert f"in answer {i + 1}" in problem.found and f'"{field}"' in problem.found
    line = text.split("\n")[problem.line - 1]  # lines as an editor counts them (not at U+0085)
    assert line.lstrip().startswith('{"activity_id"') and f'"{field}": {json.dumps(bad)}' in line


@pytest.mark.parametrize("odd", [[], {"x": 1}, 3, None])
def test_an_outcome_edited_to_an_odd_value_is_graded_again_in_every_reader(tmp_path, odd):
    # Hypothesis found "outcome": [] in a class folder: numpy raised instead of the reader
    # regrading the answer from its key, as the rule says for an outcome that does not fit
    payload = {
        "format": "otpt-answers",
        "version": 1,
        "learner": "Zoe",
        "session": "0123456789ab",
        "bank": "",
        "rounds": [],
        "answers": [
            {
                "activity_id": "A1",
                "activity": "Walking",
                "answer": "PT",
                "key": "PT",
                "outcome": odd,
                "correct": True,
                "confidence": "sure",
                "round": 1,
                "timestamp": "",
            },
            {
                "activity_id": "A2",
                "activity": "Dressing",
                "answer": "PT",
                "key": "OT",
                "outcome": odd,
                "correct": True,
                "confidence": None,
                "round": 1,
                "timestamp": "",
            },
        ],
    }
    (tmp_path / "zoe.json").write_text(json.dumps(payload), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for frame in (otpt.load_answers(tmp_path / "zoe.json"), otpt.load_class(tmp_path)):
            assert frame["outcome"].tolist() == ["right", "not usually"]
            assert frame["correct"].tolist() == [True, False]
