"""The poll's "Count saved answers" on folders it cannot fully read (issue 34): every
problem is said on screen, in words, and what can be read is still counted."""

import contextlib
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

import otpt

BANK = "id,activity,lead\nF1,Folding laundry one-handed,OT\nF2,Step-ups onto a box,PT\n"


@contextlib.contextmanager
def as_another_user():
    """Run the block as a user who owns none of the files: root becomes 'nobody' for the
    block (root reads every file); anyone else stays who they are (chmod binds the owner)."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture
def drop_box():
    """A class folder in a place 'nobody' can reach (pytest's tmp_path is private to root)."""
    top = Path(tempfile.mkdtemp(prefix="otpt-drop-"))
    top.chmod(0o755)
    (top / "bank.csv").write_text(BANK)
    folder = top / "answers"
    for i, (learner, answer) in enumerate([("Ines", "OT"), ("Joao", "PT"), ("Kofi", "OT")]):
        record = {
            "activity_id": "F1",
            "activity": "Folding laundry",
            "answer": answer,
            "key": "OT",
            "round": 1,
        }
        otpt.save_answers([record], folder / f"{learner}.json", learner=learner, session=f"{i:012x}")
    folder.chmod(0o755)
    for path in folder.iterdir():
        path.chmod(0o644)
    yield folder
    for path in [top, *top.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    shutil.rmtree(top)


def count(folder, bank):
    poll = otpt.Poll(["F1"], bank, folder=folder)
    with as_another_user(), warnings.catch_warnings():
        warnings.simplefilter("error")  # everything is said on screen, nothing only in a warning
        poll.load_button.click()
    return poll


def test_unreadable_files_are_counted_out_and_explained(drop_box):
    (drop_box / "Joao.json").chmod(0o000)
    (drop_box / "Kofi.json").chmod(0o000)
    poll = count(drop_box, drop_box.parent / "bank.csv")
    assert poll.tally == {"OT": 1, "Both": 0, "PT": 0}  # Ines's answer still counts
    shown = poll.chart.value
    assert "Counted 1 saved answer (from 1 answer file)." in shown
    assert "2 files could not be read, so their answers are not counted" in shown
    assert "permission denied (files): Joao.json, Kofi.json." in shown
    assert "restart your server" in shown


def test_a_folder_that_cannot_be_listed_is_said_not_thrown(drop_box):
    drop_box.chmod(0o311)  # a drop box: learners may write, nobody else may list
    poll = count(drop_box, drop_box.parent / "bank.csv")
    assert poll.tally == {"OT": 0, "Both": 0, "PT": 0}
    assert "Nothing was counted." in poll.chart.value and "cannot be listed" in poll.chart.value
    assert "restart your server" in poll.chart.value


def test_a_sub_folder_that_cannot_be_listed_is_named_and_the_rest_counted(drop_box):
    private = drop_box / "group-b"
    private.mkdir()
    shutil.move(drop_box / "Kofi.json", private / "Kofi.json")
    private.chmod(0o300)
    poll = count(drop_box, drop_box.parent / "bank.csv")
    assert poll.tally == {"OT": 1, "Both": 0, "PT": 1}
    assert "permission denied (folders that could not be listed): group-b/" in poll.chart.value


def test_missing_wrong_kind_and_web_address_folders_are_said(drop_box):
    bank = drop_box.parent / "bank.csv"
    poll = count(drop_box.parent / "answrs", bank)
    assert "Nothing was counted." in poll.chart.value and "there is no such folder" in poll.chart.value
    poll = count(bank, bank)  # the bank's file given as the class folder
    assert (
        "1 file could not be read" in poll.chart.value
        and "is not an answers file (a .csv file" in poll.chart.value
    )
    poll = count("https://drive.example.com/answers/", bank)
    assert "Nothing was counted." in poll.chart.value and "not web addresses" in poll.chart.value


def test_what_is_shown_is_escaped(drop_box):
    (drop_box / "<i>odd<i>.json").write_text("{not json")
    poll = count(drop_box, drop_box.parent / "bank.csv")
    assert "&lt;i&gt;odd&lt;i&gt;.json" in poll.chart.value and "<i>odd" not in poll.chart.value
