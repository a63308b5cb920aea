"""Before and after, one learner typed twice (issue 34): names matched as a person reads
them, and the learners who could not be matched named."""

import warnings

import pytest

import otpt
from otpt.analysis.names import loose_key, match_learners, name_key


def class_folder(folder, scores):
    """Answer files for learners -> how many of four answers they got right."""
    for i, (learner, right) in enumerate(scores.items()):
        records = [
            {
                "activity_id": f"Q{n}",
                "activity": f"Task {n}",
                "answer": "OT" if n < right else "PT",
                "key": "OT",
                "round": 1,
            }
            for n in range(4)
        ]
        otpt.save_answers(records, folder / f"learner{i}.json", learner=learner, session=f"{i:012x}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", otpt.ClassFilesWarning)
        return otpt.load_class(folder)


@pytest.mark.parametrize(
    "typed_before, typed_after",
    [
        ("Mei Chen", "mei chen"),
        ("Mei Chen", "  Mei   Chen "),
        ("José Ruiz", "Jose\u0301 Ruiz"),
        ("Mei Chen", "Mei\u00a0Chen"),
        ("Mei Chen", "Ｍｅｉ Ｃｈｅｎ"),
        ("Mei Chen", "Mei\u200b Chen"),
        ("Zoë O'Neil", "zoe oneil".replace("oneil", "o neil")),
        ("Anne-Marie", "anne marie"),
    ],
)
def test_one_person_typed_two_ways_is_one_learner(tmp_path, typed_before, typed_after):
    before = class_folder(tmp_path / "before", {typed_before: 1, "Tomas": 2})
    after = class_folder(tmp_path / "after", {typed_after: 3, "Tomas": 2})
    with warnings.catch_warnings():
        warnings.simplefilter("error", otpt.LearnersNotMatchedWarning)  # everyone matched: no warning
        table = otpt.pre_post(before, after)
    assert table.loc[typed_before, ["before", "after", "change"]].tolist() == [0.25, 0.75, 0.5]
    assert len(table) == 2 and table.attrs["unmatched_before"] == table.attrs["unmatched_after"] == []


def test_learners_found_only_once_are_named(tmp_path):
    before = class_folder(tmp_path / "before", {"Ola": 1, "Bea": 2, "Ravi": 3})
    after = class_folder(tmp_path / "after", {"ola": 2, "Beatrice": 2, "Kwame": 4})
    with pytest.warns(
        otpt.LearnersNotMatchedWarning, match=r"before only: Bea, Ravi; after only: Beatrice, Kwame"
    ):
        table = otpt.pre_post(before, after)
    assert table.index.tolist() == ["Ola"]
    sentence = otpt.describe_pre_post(before, after=after)
    assert sentence.startswith("Usual-lead scores of 1 learner who answered before and after")
    assert (
        "4 learner names could not be matched (before only: Bea, Ravi; after only: Beatrice, Kwame)"
        in sentence
    )
    with warnings.catch_warnings():
        warnings.simplefilter(
            "error", otpt.LearnersNotMatchedWarning
        )  # the chart and sentence say it instead
        ax = otpt.plot_pre_post(before, after=after)
    assert len([line for line in ax.lines if len(line.get_xdata()) == 2]) == 2  # one learner and the mean


def test_two_names_alike_on_one_side_are_not_guessed():
    matched = match_learners(["Sam Lee", "sam  lee", "Li"], ["SAM LEE", "Li"])
    assert matched.pairs == [("Li", "Li")]
    assert matched.unmatched_first == ["Sam Lee", "sam  lee"] and matched.unmatched_second == ["SAM LEE"]
    assert name_key("\tDr. A  B ") == "dr. a b" and loose_key("Dr. A-B") == "dr a b"
