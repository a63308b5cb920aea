"""Property tests on every reader (issue 34): cases, weights, worked goals and booth texts
tables, answers files mutated from a good one, class folders, the poll's count of a folder
and before/after classes, fed mutated and hostile inputs (hypothesis). The only exceptions
that may escape are otpt's own, naming the file and, where there is one, a real line.

The number of examples: OTPT_HYPOTHESIS_EXAMPLES (default 40 here; the bytes-level tests in
test_any_bytes.py default to 300), so CI can bound the run.
"""

import json
import os
import shutil
import string
import warnings
import zipfile

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import otpt
from otpt.errors import DataFileError

BOUNDED = settings(
    max_examples=int(os.environ.get("OTPT_HYPOTHESIS_EXAMPLES", 40)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HOSTILE = [
    "",
    " ",
    "\u200b",
    "\ufeff",
    "é",
    "e\u0301",
    "中",
    "ض",
    "<b>",
    "&amp;",
    "$x$",
    '"',
    "'",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "sep=;",
    "sep=,",
    "\x00",
    "\\",
    "..",
    "/",
    "~",
    "https://x.org/a.csv",
    "  ",
]
WORDS = st.sampled_from(
    [*HOSTILE, "OT", "PT", "Both", "both", "ot", "x", "1", "7.0", "-3", "99999999999999999999"]
)


def table_text(columns):
    """Text shaped like a table with ``columns``: a header (maybe behind an Excel sep= line),
    then rows of words and hostile pieces, any separator and line end."""
    row = st.lists(WORDS, max_size=len(columns) + 2)
    return st.builds(
        lambda hint, sep, end, header, rows: (
            (hint + end if hint else "") + end.join(sep.join(r) for r in [header, *rows])
        ),
        st.sampled_from(["", "sep=;", "sep=,", "sep=\t", '"sep=;"']),
        st.sampled_from([",", ";", "\t"]),
        st.sampled_from(["\n", "\r\n", "\r"]),
        st.permutations(list(columns)).flatmap(
            lambda c: st.lists(st.sampled_from([*c, *HOSTILE[:6]]), max_size=8)
        ),
        st.lists(row, max_size=6),
    )


def encoded(text_strategy):
    return st.tuples(text_strategy, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"])).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")
    )


def named_problem(err: DataFileError, path, content: bytes):
    """The error names the file, and each problem's line is one the file has."""
    assert path.name in str(err) and err.problems
    # every \n and every \r may end a line (a spreadsheet reads a lone \r as a line break, so
    # b"\n\r,\r,\n" has five lines); \r\n counted twice only loosens the bound
    lines = content.count(b"\n") + content.count(b"\r") + 2
    assert all(p.line is None or 1 <= p.line <= lines for p in err.problems), err.problems


READERS = {
    "cases": (otpt.load_cases, otpt.CaseFileError, ("case_id", "task", "lead", "task_id", "ot_goal")),
    "weights": (
        otpt.load_weights,
        otpt.WeightsFileError,
        ("feature", "kind", "ot", "pt", "source", "reason"),
    ),
    "goals": (otpt.load_worked_goals, otpt.GoalsFileError, ("case_id", "task_id", "profession", "goal")),
    "booth": (otpt.load_booth_texts, otpt.BoothTextsError, ("id", "why", "card")),
}


@BOUNDED
@given(kind=st.sampled_from(sorted(READERS)), data=st.data())
def test_every_table_reader_loads_or_names_the_problem(tmp_path, kind, data):
    read, error, columns = READERS[kind]
    content = data.draw(st.one_of(encoded(table_text(columns)), st.binary(max_size=200)))
    path = tmp_path / f"{kind}.csv"
    path.write_bytes(content)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", otpt.ActivityDataNote)
        try:
            loaded = read(path)
        except error as err:
            named_problem(err, path, content)
            return
    assert isinstance(loaded, dict)


def good_answers(learner="Ana", session="0123456789ab", n=2):
    answers = [
        {
            "activity_id": f"A0{i + 1}",
            "activity": f"Task {i}",
            "answer": "OT",
            "key": "PT",
            "outcome": "not usually",
            "correct": False,
            "confidence": "sure",
            "round": 1,
            "timestamp": f"2026-10-05T09:0{i}:00+00:00",
        }
        for i in range(n)
    ]
    return {
        "format": "otpt-answers",
        "version": 1,
        "learner": learner,
        "session": session,
        "bank": "",
        "rounds": [],
        "answers": answers,
    }


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True),
    WORDS,
    st.lists(WORDS, max_size=3),
    st.dictionaries(WORDS, WORDS, max_size=2),
)


@st.composite
def mutated_answers(draw) -> bytes:
    """A good answers file with a few fields changed, removed or added, and maybe cut short."""
    payload = good_answers(
        draw(WORDS), draw(st.sampled_from(["", "0123456789ab", "x"])), draw(st.integers(0, 3))
    )
    for _ in range(draw(st.integers(0, 4))):
        target, answers = payload, payload.get("answers")
        records = [a for a in answers if isinstance(a, dict)] if isinstance(answers, list) else []
        if records and draw(st.booleans()):
            target = draw(st.sampled_from(records))
        key = draw(st.sampled_from([*target.keys(), "extra"]))
        if draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = draw(ODD_VALUES)
    text = json.dumps(payload, ensure_ascii=draw(st.booleans()), allow_nan=True)
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "utf-8-sig"])))


@BOUNDED
@given(content=mutated_answers())
def test_a_mutated_answers_file_loads_or_names_the_problem(tmp_path, content):
    path = tmp_path / "answers.json"
    path.write_bytes(content)
    try:
        frame = otpt.load_answers(path)
    except otpt.AnswersFileError as err:
        named_problem(err, path, content)
        return
    assert list(frame.columns[:3]) == ["activity_id", "activity", "answer"]
    assert set(frame["answer"]) <= set(otpt.LEADS)


FILE_NAMES = st.sampled_from(
    [
        "Ana.json",
        "ana (1).json",
        "Ana-DESKTOP-7HQ2M3X.json",
        "Bo (Bo's conflicted copy).json",
        "中.json",
        "é.json",
        "e\u0301.json",
        ".hidden.json",
        "notes.txt",
        "bank.csv",
        "x.zip",
        "sub/Ana.json",
        "sub/deeper/Bo.json",
        "__MACOSX/Ana.json",
        "Ana",
    ]
)


@st.composite
def class_folder_files(draw):
    """(relative name, bytes) for a folder's files: good answers, mutated ones, bytes, zips."""
    files = []
    for name in draw(st.lists(FILE_NAMES, max_size=6, unique=True)):
        if name.endswith(".zip"):
            inner = draw(
                st.lists(
                    st.tuples(FILE_NAMES.filter(lambda n: not n.endswith(".zip")), mutated_answers()),
                    max_size=3,
                    unique_by=lambda t: t[0],
                )
            )
            files.append((name, inner if draw(st.booleans()) else draw(st.binary(max_size=50))))
        else:
            learner = draw(st.sampled_from(["Ana", "ana", " Ana ", "Bo", "中", ""]))
            good = json.dumps(
                good_answers(learner, draw(st.sampled_from(["", "aaaaaaaaaaaa", "bbbbbbbbbbbb"])))
            )
            files.append(
                (name, draw(st.one_of(st.just(good.encode()), mutated_answers(), st.binary(max_size=80))))
            )
    return files


def write_folder(top, files):
    shutil.rmtree(top, ignore_errors=True)
    top.mkdir()
    for name, content in files:
        path = top / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, list):
            with zipfile.ZipFile(path, "w") as archive:
                for inner, data in content:
                    archive.writestr(inner, data)
        else:
            path.write_bytes(content)
    return top


def load_quietly(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", otpt.ClassFilesWarning)
        return otpt.load_class(folder)


@BOUNDED
@given(files=class_folder_files())
def test_any_class_folder_loads_what_it_can_and_names_the_rest(tmp_path, files):
    frame = load_quietly(write_folder(tmp_path / "class", files))
    assert list(frame.columns[:3]) == ["learner", "session", "file"]
    assert all(isinstance(why, str) and why for _, why in frame.attrs["skipped"])
    labels = frame.drop_duplicates(["learner", "session", "file"])
    assert labels["learner"].is_unique or labels.empty  # one label per learner session
    assert set(frame["answer"]) <= set(otpt.LEADS)


@BOUNDED
@given(
    files=class_folder_files(), target=st.sampled_from(["class", "class/sub", "missing", "class/bank.csv"])
)
def test_the_polls_count_says_what_it_found_and_never_throws(tmp_path, files, target):
    write_folder(tmp_path / "class", files)
    poll = otpt.Poll(["A011", "A036"], folder=tmp_path / target)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # everything is said on screen
        poll.load_button.click()
    shown = poll.chart.value
    assert shown.startswith("<p") and ("Counted" in shown or "Nothing was counted" in shown)
    assert "<script" not in shown and sum(poll.tally.values()) >= 0


NAMES = st.lists(
    st.sampled_from([*string.ascii_letters[:6], " ", "\u00a0", "é", "e\u0301", "-", "'", "\u200b", "Ａ"]),
    max_size=8,
).map("".join)


def class_of(names, right):
    rows = [
        {
            "learner": name,
            "session": "",
            "file": f"{i}.json",
            "activity_id": "A1",
            "activity": "Task",
            "answer": "OT" if ok else "PT",
            "key": "OT",
            "correct": ok,
            "round": 1,
        }
        for i, (name, ok) in enumerate(zip(names, right))
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "learner",
            "session",
            "file",
            "activity_id",
            "activity",
            "answer",
            "key",
            "correct",
            "round",
        ],
    )


@BOUNDED
@given(
    before=st.lists(NAMES, max_size=5, unique=True),
    after=st.lists(NAMES, max_size=5, unique=True),
    right=st.lists(st.booleans(), min_size=5, max_size=5),
)
def test_before_and_after_match_whom_they_can_and_name_the_rest(before, after, right):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = otpt.pre_post(class_of(before, right), class_of(after, right))
        sentence = otpt.describe_pre_post(class_of(before, right), after=class_of(after, right))
    assert all(issubclass(w.category, otpt.LearnersNotMatchedWarning) for w in caught)
    assert len(table) + len(table.attrs["unmatched_before"]) == len(before)
    assert len(table) + len(table.attrs["unmatched_after"]) == len(after)
    assert table.index.is_unique and set(table.index) <= set(before)
    assert sentence.endswith(".")
