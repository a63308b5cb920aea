"""Class results without a server: merge the answer files in a shared folder, and the
numbers an instructor looks at (accuracy, debate, confidence, before/after).

Every learner's quiz saves one small file (`ClassifyQuiz.save`); `load_class` reads a
folder of them. It never stops on a bad file: each is skipped and named in one warning.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import LearnersNotMatchedWarning
from ..io.class_folder import CLASS_COLUMNS, read_class_folder
from ..io.exchange.format import answer_outcomes
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEADS
from .grading import count_table
from .names import match_learners
from .shortcuts import shortcut_share

__all__ = [
    "activity_accuracy",
    "has_usual_lead",
    "named_usual_lead",
    "answer_split",
    "class_majority",
    "confidence_table",
    "first_answers",
    "load_class",
    "most_debated",
    "pre_post",
    "unmatched_text",
]


def load_class(folder: str | Path) -> pd.DataFrame:
    """Every learner's answers from the files in ``folder``, as one DataFrame.

    Files are found and read by `otpt.io.class_folder.read_class_folder`: the folder, its
    sub-folders (an LMS's folder per learner) and .zip archives of submissions, or a .zip
    archive itself; hidden files (such as half-written temporary files) are ignored. Files
    that cannot be read - corrupt, cut short, empty, another format or version - are
    skipped and named in a `ClassFilesWarning`, which also names the copies merged.
    Each learner session counts once: copies of its file (downloaded twice, synced) are
    merged, each answer once, the newest copy's answer where they differ. Two learners who typed the same name
    stay two learners, told apart in brackets ("Sam (3f9a2c)").

    Returns:
        A DataFrame with the `CLASS_COLUMNS`, one row per answer; ``outcome`` and
        ``correct`` as the answers file format gives them
        (`otpt.io.exchange.format.outcome_of`: the same as the quiz and `otpt.load_answers`). ``attrs``:
        ``summary`` (a sentence: how many learners, files, skipped files and replaced
        copies), ``files`` (answer files read), ``skipped`` ((file, reason) pairs),
        ``replaced`` ((copy, the file it was merged into) pairs) and ``folder``.

    Raises:
        FileNotFoundError: when ``folder`` does not exist.
        PermissionError: when ``folder`` cannot be listed.
    """
    found = read_class_folder(folder, stacklevel=3)
    # One flat list of the records as read (no copy of each with its learner added: at
    # 10,000 learners x 100 answers those copies were a million more dicts to build and
    # for the garbage collector to walk), and the learner's columns repeated beside them.
    records = [record for *_who, answers in found.learners for record in answers]
    frame = pd.DataFrame(records, columns=list(CLASS_COLUMNS[3:]))
    counts = [len(answers) for *_who, answers in found.learners]
    for position, column in enumerate(CLASS_COLUMNS[:3]):
        values = [entry[position] for entry in found.learners]
        frame.insert(position, column, pd.Series(np.repeat(np.array(values, dtype=object), counts)))
    # outcome and correct come as the format's reader gave them (parse_answers): not again here
    frame.attrs.update(
        summary=found.summary(),
        files=found.files,
        skipped=found.skipped,
        replaced=found.replaced,
        folder=str(folder),
    )
    return frame


def first_answers(answers: pd.DataFrame) -> pd.DataFrame:
    """Each learner's first answer to each activity (later review rounds left out): of a
    learner's answers to an activity, the first in the lowest round. Rows keep their order."""
    if answers.empty:
        return answers
    # in round order (stable: the rows' own order within a round), every row after the first
    # of its learner and activity is a later answer; one sort, not a group-by (a class view
    # asks for the first answers several times)
    order = np.argsort(answers["round"].to_numpy(), kind="stable")
    later = answers.iloc[order].duplicated(["learner", "activity_id"]).to_numpy()
    keep = np.ones(len(answers), dtype=bool)
    keep[order[later]] = False
    return answers[keep]


def has_usual_lead(answers: pd.DataFrame) -> bool:
    """True for quiz answers (an ``outcome`` per answer, so a usual lead to name); False for
    assessment item scores (`otpt.score_items`), which have none."""
    return "outcome" in answers


def named_usual_lead(answers: pd.DataFrame) -> pd.Series:
    """Per answer, whether it named the usual lead (``outcome`` "right"); for item scores,
    which have no usual lead, whether it was correct."""
    return answers["outcome"] == "right" if has_usual_lead(answers) else answers["correct"].astype(bool)


def activity_accuracy(answers: pd.DataFrame) -> pd.DataFrame:
    """Per activity (index ``activity_id``), from each learner's first answer: ``activity``,
    ``key``, ``answered``; ``usual`` (how many named the usual lead) and ``usual_share``
    (0-1); ``right`` (right or defensible) and ``accuracy`` (0-1). Hardest first, by the
    usual-lead share (review 27 S2: a rule of thumb scores high on right-or-defensible).
    Assessment item scores (`score_items`, no ``outcome``) have no usual lead: there
    ``usual`` is ``right``."""
    first = first_answers(answers)
    table = (
        first.assign(usual=named_usual_lead(first))
        .groupby("activity_id")
        .agg(
            activity=("activity", "first"),
            key=("key", "first"),
            answered=("answer", "size"),
            usual=("usual", "sum"),
            right=("correct", "sum"),
        )
    )
    table["usual_share"] = (table["usual"] / table["answered"]).round(2)
    table["accuracy"] = (table["right"] / table["answered"]).round(2)
    return table.sort_values(
        ["usual_share", "accuracy", "answered"], ascending=[True, True, False], kind="stable"
    )


def answer_split(answers: pd.DataFrame) -> pd.DataFrame:
    """Per activity: how many answered OT, Both and PT, the key, the answers graded
    defensible (``also_accepted``, ";"-separated, empty when nobody gave one), and how
    split the class was (``split``: 0 when everyone gave an accepted answer or everyone
    the same wrong one, 1 when answers spread evenly over all three). Defensible answers
    count with the key for ``split``: a class choosing between two accepted answers is
    not divided."""
    first = first_answers(answers)
    counts = count_table(first["activity_id"], first["answer"], sorted(first["activity_id"].unique()), LEADS)
    names = first.drop_duplicates("activity_id").set_index("activity_id")
    keys = names["key"].reindex(counts.index)
    outcomes = answer_outcomes(first)
    defensible = first[outcomes == "defensible"].drop_duplicates(["activity_id", "answer"])
    accepted = defensible.groupby("activity_id")["answer"].agg(lambda a: ";".join(sorted(a, key=LEADS.index)))
    accepted = accepted.reindex(counts.index).fillna("")
    merged = counts.to_numpy().astype(float)
    for i, (key, also) in enumerate(zip(keys, accepted)):
        for lead in filter(None, also.split(";")):
            j, k = LEADS.index(lead), LEADS.index(key)
            merged[i, k] += merged[i, j]
            merged[i, j] = 0
    shares = merged / np.where(merged.sum(axis=1, keepdims=True) > 0, merged.sum(axis=1, keepdims=True), 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.nansum(np.where(shares > 0, shares * np.log(shares), 0.0), axis=1) / np.log(len(LEADS))
    counts.insert(0, "activity", names["activity"].reindex(counts.index))
    counts["key"] = keys
    counts["also_accepted"] = accepted
    counts["split"] = np.round(entropy, 2)
    counts.index.name = "activity_id"
    return counts


def most_debated(answers: pd.DataFrame, top: int = 5) -> pd.DataFrame:
    """The ``top`` activities on which the class split most."""
    return answer_split(answers).sort_values("split", ascending=False, kind="stable").head(top)


def confidence_table(answers: pd.DataFrame) -> pd.DataFrame:
    """Counts of sure/unsure against right/wrong. "right" includes defensible answers, so
    an answer that practice supports is never counted as a misconception; sure and wrong
    is a misconception to address, unsure and right a guess to consolidate."""
    first = first_answers(answers)
    return count_table(
        first["confidence"].fillna("not said"),
        np.where(first["correct"], "right", "wrong"),
        ("sure", "unsure", "not said"),
        ("right", "wrong"),
        names=("confidence", "answer"),
    )


def class_majority(answers: pd.DataFrame, bank: pd.DataFrame) -> pd.DataFrame:
    """The bank's activities that the class answered, with ``lead`` set to the class's
    most common answer (ties go to Both) - to draw the class's overlap next to the key's."""
    split = answer_split(answers)
    ordered = split[["Both", "OT", "PT"]]  # idxmax keeps the first on ties: Both
    majority = ordered.idxmax(axis=1)
    chosen = bank[bank["id"].isin(majority.index)].copy()
    chosen["lead"] = pd.Categorical(chosen["id"].map(majority), categories=LEADS, ordered=True)
    return chosen


def pre_post(before: pd.DataFrame, after: pd.DataFrame, bank: pd.DataFrame | None = None) -> pd.DataFrame:
    """Scores of each learner who answered both before and after (first answers).

    ``before`` and ``after`` are the usual-lead scores: the share of first answers that
    named the usual lead. A defensible answer does not count there - it is often the answer
    a rule of thumb gives (`otpt.analysis.shortcuts`), so counting it would hide whether a
    misconception changed; ``before_accepted`` and ``after_accepted`` count right or
    defensible answers, as the quiz's score does. With ``bank``, ``shortcut_before`` and
    ``shortcut_after`` give how often each learner answered by a rule of thumb where it is
    wrong (`shortcut_share`; NaN where none of their cards was one). All are 0-1, rounded
    to 2 places; ``change`` is ``after`` - ``before``. Scores of assessment items
    (`otpt.score_items`: no ``outcome``, no defensible answers) use their ``correct``.

    A learner is matched across the two by name as a person reads it (`otpt.analysis.names`:
    case, spaces, Unicode form; then accents and punctuation where that pairs one name with
    one): "Sam Lee" before is "sam lee" after. The table is indexed by the name typed
    before; ``attrs`` holds ``unmatched_before`` and ``unmatched_after`` (the names found
    only once, as typed, so the instructor can fix them) and ``respelled`` ((before,
    after) names typed differently). A `LearnersNotMatchedWarning` names the unmatched.
    """
    frames = {"before": first_answers(before), "after": first_answers(after)}
    scores = {
        name: frame.assign(usual=named_usual_lead(frame)).groupby("learner")[["usual", "correct"]].mean()
        for name, frame in frames.items()
    }
    matched = match_learners(scores["before"].index, scores["after"].index)
    names = {"before": [b for b, _a in matched.pairs], "after": [a for _b, a in matched.pairs]}
    columns = {}
    for when in ("before", "after"):
        chosen = scores[when].reindex(names[when])
        columns[when], columns[f"{when}_accepted"] = chosen["usual"].to_numpy(), chosen["correct"].to_numpy()
        if bank is not None:
            columns[f"shortcut_{when}"] = (
                shortcut_share(frames[when], bank)["share"].reindex(names[when]).to_numpy()
            )
    table = pd.DataFrame(columns, index=pd.Index(names["before"], name="learner"), dtype=float).round(2)
    table["change"] = (table["after"] - table["before"]).round(2)
    order = [
        "before",
        "after",
        "change",
        "before_accepted",
        "after_accepted",
        "shortcut_before",
        "shortcut_after",
    ]
    table = table[[c for c in order if c in table]]
    table = table.sort_values("before", kind="stable")
    table.attrs.update(
        unmatched_before=matched.unmatched_first,
        unmatched_after=matched.unmatched_second,
        respelled=matched.respelled,
    )
    if matched.unmatched_first or matched.unmatched_second:
        warnings.warn(LearnersNotMatchedWarning(unmatched_text(table)), stacklevel=2)
    return table


def unmatched_text(table: pd.DataFrame) -> str:
    """Who `pre_post` could not match, in one sentence ("" when everyone was matched)."""
    before, after = table.attrs.get("unmatched_before", []), table.attrs.get("unmatched_after", [])
    if not before and not after:
        return ""
    parts = [
        _("before only: {names}").format(names=", ".join(before)) if before else "",
        _("after only: {names}").format(names=", ".join(after)) if after else "",
    ]
    n = len(before) + len(after)
    return ngettext(
        "{n} learner name could not be matched ({who}): if one person typed their name differently, make the "
        "names the same in the answers files.",
        "{n} learner names could not be matched ({who}): if one person typed their name differently, make the "
        "names the same in the answers files.",
        n,
    ).format(n=n, who="; ".join(p for p in parts if p))
