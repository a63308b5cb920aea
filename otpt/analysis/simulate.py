"""A made-up class for demos and benchmarks: answer files as a class of learners sharing a
seed would save them, wrong answers following the learners' rules of thumb."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd

from ..io.exchange.files import save_answers
from ..io.exchange.format import AnswerRecord
from ..io.paths import user_path
from ..io.sessions import answers_filename, random_nickname
from .grading import grade
from .rounds import draw_activities, quiz_items
from .shortcuts import shortcut_answers

__all__ = ["simulate_class"]


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
    answers follow the learners' rules of thumb (`otpt.analysis.shortcuts`: hands and
    thinking are OT, upper body OT and lower body PT) where one of them misses the key, and
    otherwise go to the other profession, or to Both about a third of the time. The same ``names_seed`` gives the same
    nicknames, so a "before" and an "after" class can be compared, and the same
    ``items_seed`` the same activities, drawn as the quiz draws them (`draw_activities`;
    default: ``seed`` chooses them too).
    """
    rng = np.random.default_rng(seed)
    name_rng = random.Random(names_seed)
    bank = bank[quiz_items(bank)]
    drawn = draw_activities(bank, random.Random(seed if items_seed is None else items_seed), items)
    order = bank.set_index(bank["id"].astype(str)).loc[drawn]
    order = order.reset_index(drop=True)
    hard = 0.15 * (order["lead"] == "Both").to_numpy() + 0.1 * (order["misconception"] != "").to_numpy()
    says = shortcut_answers(order)
    # the answer a learner gives when not right: a rule of thumb's where it misses the key
    tempting = [
        next((a for a in (r["skills"], r["body part"]) if a and a != key), None)
        for r, key in zip(says.to_dict(orient="records"), order["lead"].astype(str))
    ]
    items_ = [
        (str(r["id"]), str(r["activity"]), str(r["lead"]), bool(r["misconception"]), r.get("also_accepted"))
        for r in order.to_dict(orient="records")
    ]
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
            elif tempting[i]:
                answer = tempting[i]
            elif key == "Both":
                answer = str(says["skills"].iloc[i])
            else:
                answer = "Both" if rng.random() < 0.35 else ("PT" if key == "OT" else "OT")
            sure = rng.random() < (0.75 if right[i] else 0.45 + 0.2 * tricky)
            outcome = grade(answer, key, also if isinstance(also, str) else None)
            moment = (start + timedelta(seconds=60 * n + 20 * i)).isoformat(timespec="seconds")
            record = AnswerRecord(
                activity_id, activity, answer, key, outcome, "sure" if sure else "unsure", 1, moment
            )
            records.append(record.to_json())
        path = user_path(folder) / answers_filename(name, session)
        # made again whenever needed: not flushed to the disk file by file (a lesson's 60
        # files waited 20-200 ms for the disk, the longer the busier the machine)
        paths.append(save_answers(records, path, learner=name, session=session, durable=False))
    return paths
