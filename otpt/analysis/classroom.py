"""Class results without a server: merge the answer files in a shared folder, and the
numbers an instructor looks at (accuracy, debate, confidence, before/after).

Every learner's quiz saves one small file (`ClassifyQuiz.save`); `load_class` reads a
folder of them. It never stops on a bad file: each is skipped and named in one warning.
"""

from __future__ import annotations

import random
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import LearnersNotMatchedWarning
from ..io.class_folder import CLASS_COLUMNS, read_class_folder
from ..io.exchange.files import save_answers
from ..io.exchange.format import AnswerRecord, answer_outcomes
from ..io.paths import user_path
from ..io.sessions import answers_filename, random_nickname
from ..language import gettext as _
from ..language import ngettext
from ..vocab import LEADS
from .grading import count_table, grade
from .names import match_learners
from .rounds import quiz_items

__all__ = [
    "activity_accuracy",
    "answer_split",
    "class_majority",
    "confidence_table",
    "first_answers",
    "load_class",
    "most_debated",
    "pre_post",
    "simulate_class",
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
    frame.attrs.update(summary=found.summary(), files=found.files, skipped=found.skipped,
                       replaced=found.replaced, folder=str(folder))  # fmt: skip
    return frame


def first_answers(answers: pd.DataFrame) -> pd.DataFrame:
    """Each learner's first answer to each activity (later review rounds left out)."""
    if answers.empty:
        return answers
    first_round = answers.groupby(["learner", "activity_id"])["round"].transform("min")
    return answers[answers["round"] == first_round].drop_duplicates(["learner", "activity_id"])


def activity_accuracy(answers: pd.DataFrame) -> pd.DataFrame:
    """Per activity: its name, key, how many answered, how many right, and the share right
    (hardest first)."""
    first = first_answers(answers)
    table = first.groupby("activity_id").agg(
        activity=("activity", "first"),
        key=("key", "first"),
        answered=("answer", "size"),
        right=("correct", "sum"),
    )
    table["accuracy"] = (table["right"] / table["answered"]).round(2)
    return table.sort_values(["accuracy", "answered"], ascending=[True, False], kind="stable")


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


def pre_post(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Score of each learner who answered both before and after (share right, first answers).

    A learner is matched across the two by name as a person reads it (`otpt.analysis.names`:
    case, spaces, Unicode form; then accents and punctuation where that pairs one name with
    one): "Sam Lee" before is "sam lee" after. The table is indexed by the name typed
    before; ``attrs`` holds ``unmatched_before`` and ``unmatched_after`` (the names found
    only once, as typed, so the instructor can fix them) and ``respelled`` ((before,
    after) names typed differently). A `LearnersNotMatchedWarning` names the unmatched.
    """
    scores = {
        name: first_answers(frame).groupby("learner")["correct"].mean()
        for name, frame in (("before", before), ("after", after))
    }
    matched = match_learners(scores["before"].index, scores["after"].index)
    names = [b for b, _after in matched.pairs]
    table = pd.DataFrame(
        {"before": scores["before"].reindex(names).to_numpy(),
         "after": scores["after"].reindex([a for _before, a in matched.pairs]).to_numpy()},
        index=pd.Index(names, name="learner"), dtype=float,
    ).round(2)  # fmt: skip
    table["change"] = (table["after"] - table["before"]).round(2)
    table = table.sort_values("before", kind="stable")
    table.attrs.update(unmatched_before=matched.unmatched_first, unmatched_after=matched.unmatched_second,
                       respelled=matched.respelled)  # fmt: skip
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


# ---------------------------------------------------------------- a demo class


def simulate_class(
    folder: str | Path,
    bank: pd.DataFrame,
    *,
    learners: int = 30,
    items: int = 20,
    skill: float = 0.6,
    seed: int = 0,
    names_seed: int = 0,
    items_seed: int | None = None,
) -> list[Path]:
    """Write answer files for a made-up class into ``folder`` (for demos and benchmarks).

    The class is simulated: its answers follow the rules below, not real learners'
    beliefs, so a lesson can show how to read the class views but not what learners think.

    Each learner answers ``items`` activities (the same seeded order for all, as a class
    sharing a seed would). ``skill`` is the typical chance of a right answer; shared
    (Both) activities and activities with a known misconception are harder, and wrong
    answers follow a tempting skills shortcut - hands and thinking are OT, everything else PT - (or say Both where the shortcut is right). The same ``names_seed`` gives the same
    nicknames, so a "before" and an "after" class can be compared, and the same
    ``items_seed`` the same activities (default: ``seed`` chooses them too).
    """
    rng = np.random.default_rng(seed)
    name_rng = random.Random(names_seed)
    bank = bank[quiz_items(bank)]
    order = bank.sample(n=min(items, len(bank)), random_state=seed if items_seed is None else items_seed)
    order = order.reset_index(drop=True)
    hard = 0.15 * (order["lead"] == "Both").to_numpy() + 0.1 * (order["misconception"] != "").to_numpy()
    hands = order["skills"].map(lambda s: "fine_motor" in s or "cognitive" in s).to_numpy()
    items_ = [(str(r["id"]), str(r["activity"]), str(r["lead"]), bool(r["misconception"]), r.get("also_accepted"))
              for r in order.to_dict(orient="records")]  # fmt: skip
    start = datetime(2026, 9, 1, 10, 0, tzinfo=timezone.utc)
    names: set[str] = set()
    paths = []
    for n in range(learners):
        name = random_nickname(name_rng)
        while name in names:
            name = random_nickname(name_rng)
        names.add(name)
        session = f"{name_rng.getrandbits(48):012x}"
        ability = rng.uniform(skill - 0.15, skill + 0.15)
        right = rng.random(len(order)) < np.clip(ability - hard, 0.05, 0.95)
        records = []
        for i, (activity_id, activity, key, tricky, also) in enumerate(items_):
            if right[i]:
                answer = key
            else:  # the skills shortcut when it disagrees with the key, otherwise "Both"
                rule = "OT" if hands[i] else "PT"
                answer = rule if rule != key else "Both"
            sure = rng.random() < (0.75 if right[i] else 0.45 + 0.2 * tricky)
            outcome = grade(answer, key, also if isinstance(also, str) else None)
            moment = (start + timedelta(seconds=60 * n + 20 * i)).isoformat(timespec="seconds")
            record = AnswerRecord(
                activity_id, activity, answer, key, outcome, "sure" if sure else "unsure", 1, moment
            )
            records.append(record.to_json())
        path = user_path(folder) / answers_filename(name, session)
        paths.append(save_answers(records, path, learner=name, session=session))
    return paths
