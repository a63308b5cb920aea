"""Property tests: whatever bytes an instructor or a learner's laptop hands over, the
readers give a DataFrame or the package's own error naming a line - never another
exception (hypothesis generates the files)."""

import io
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import otpt
from otpt.io.workbook import SIGNATURES

# Text that looks like a bank: the bank's own words, separators, quotes, line ends,
# invisible characters and 8-bit bytes, in any order.
PIECES = st.sampled_from(
    [
        "activity",
        "lead",
        "id",
        "skills",
        "setting",
        "OT",
        "PT",
        "Both",
        "gait",
        "school",
        ",",
        ";",
        "\t",
        '"',
        '""',
        "\n",
        "\r",
        "\r\n",
        " ",
        "\u200b",
        "\ufeff",
        "é",
        "–",
        "“",
        "$",
        "<b>",
        "sep=;",
        "sep=,",
    ]
)
TEXTISH = st.lists(PIECES, max_size=60).map("".join)
ENCODED = st.tuples(TEXTISH, st.sampled_from(["utf-8", "utf-16", "cp1252", "mac_roman"])).map(
    lambda pair: pair[0].encode(pair[1], errors="replace")
)
FILES = st.one_of(st.binary(max_size=300), ENCODED, TEXTISH.map(lambda t: ("activity,lead\n" + t).encode()))
# How many examples, and whether Hypothesis keeps a database: the profile (tests/_lanes.py:
# dev 30, ci 300 without a database; HYPOTHESIS_PROFILE=ci).
EXAMPLES = settings()


def bank_or_named_problem(path, content):
    """Load ``content`` saved as ``path``: the bank, or None after checking the error names
    the file and only real lines."""
    path.write_bytes(content)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", otpt.ActivityDataNote)
        try:
            bank = otpt.load_activities(path)
        except otpt.ActivityDataError as err:
            assert err.problems and path.name in str(err)
            assert all(p.line is None or p.line >= 1 for p in err.problems)
            return None
    assert isinstance(bank, pd.DataFrame) and {"activity", "lead"} <= set(bank.columns)
    return bank


@EXAMPLES
@given(content=FILES)
def test_any_bytes_load_as_a_bank_or_a_named_problem(tmp_path, content):
    bank = bank_or_named_problem(tmp_path / "bank.csv", content)
    if bank is None:
        return
    assert set(bank["lead"].dropna()) <= set(otpt.LEADS) and bank["activity"].map(bool).all()


def _xlsx(rows_at_noise) -> bytes:
    """An .xlsx of ``rows``, with ``noise`` written over it at ``at`` (0: left whole)."""
    import openpyxl

    rows, at, noise = rows_at_noise
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    data = bytearray(buffer.getvalue())
    if at:
        start = at % len(data)
        data[start : start + len(noise)] = noise
    return bytes(data)


CELLS = st.one_of(
    st.none(), st.integers(-10, 10**6), st.floats(allow_nan=False, allow_infinity=False), TEXTISH
)
WORKBOOKS = st.one_of(
    st.tuples(st.sampled_from(SIGNATURES), st.binary(max_size=300)).map(b"".join),
    st.tuples(
        st.lists(st.lists(CELLS, max_size=4), max_size=5), st.integers(0, 10**5), st.binary(max_size=40)
    ).map(_xlsx),
)


@EXAMPLES
@given(content=WORKBOOKS)
def test_any_workbook_loads_as_a_bank_or_a_named_problem(tmp_path, content):
    bank_or_named_problem(tmp_path / "bank.xlsx", content)


@EXAMPLES
@given(content=st.one_of(st.binary(max_size=300), TEXTISH.map(str.encode)))
def test_any_bytes_load_as_answers_or_a_named_problem(tmp_path, content):
    path = tmp_path / "answers.json"
    path.write_bytes(content)
    try:
        answers = otpt.load_answers(path)
    except otpt.AnswersFileError as err:
        assert "answers.json" in str(err)
        return
    assert isinstance(answers, pd.DataFrame)


@pytest.mark.parametrize("content", [b"\xff\xfe\x00", b"\xfe\xff\xd8", b'{"version": 1, "answers": [{}]}'])
def test_broken_utf16_and_half_answers_are_named(tmp_path, content):
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    with pytest.raises((otpt.ActivityDataError, otpt.AnswersFileError)):
        (otpt.load_answers if content.startswith(b"{") else otpt.load_activities)(path)
