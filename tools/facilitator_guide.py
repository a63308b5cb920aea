"""The instructor's kit pages, kept in step with the data: fills the generated blocks of
docs/FACILITATOR_GUIDE.md and docs/PAIRED_ACTIVITIES.md. Run ``python tools/facilitator_guide.py``
after the bank, the cases, the blind labels or the rubric change;
tests/content/test_facilitator_guide.py fails when a page is out of date.

The pages are written by hand; only the text between ``<!-- generated: NAME ARGS -->`` and
``<!-- end generated -->`` comes from here:

- ``contested-keys``: every activity whose key a student may fairly challenge - the bank's
  "practice varies" rows and the rows the blind raters did not all give the key
  (`otpt.contested_keys`), with what to say about each;
- ``other-leads``: activities another professional usually leads;
- ``cotreat-cards ID ...``: "Should we co-treat today?" cards for students (no key), from
  bank rows or case tasks with the patient facts of data/cotreat_cards.csv, and
  ``cotreat-key ID ...`` the facilitator's answers: co-treat today, yes or no, and why;
- ``case-cards CASE`` and ``case-key CASE``: a case from data/cases.csv for students, and
  its recommended plan for the facilitator;
- ``rubric`` and ``rubric-examples``: the goal-writing rubric and its worked examples;
- ``plan-objectives``: which objectives each session plan teaches, and where
  (data/session_plans.csv), and ``items-by-plan``: which assessment items each plan may test
  (`otpt.items_by_plan`: the item's objective, and any case or lesson it needs, taught).

Every value from a data file is escaped for Markdown, so a file's text never becomes markup.
"""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
PAGES = (ROOT / "docs" / "FACILITATOR_GUIDE.md", ROOT / "docs" / "PAIRED_ACTIVITIES.md")
LABELS = ROOT / "data" / "blind_labels"
COTREAT = ROOT / "data" / "cotreat_cards.csv"
BLOCK = re.compile(r"(<!-- generated: ([a-z-]+)([^>]*?) -->\n)(.*?)(<!-- end generated -->)", re.S)
_MARKDOWN = re.compile(r"([\\`*_\[\]|#])")


def md(text) -> str:
    """A data value as Markdown text: one line, markup characters escaped, HTML made inert.

    >>> md("OT | PT <b>*x*</b>")
    'OT \\\\| PT &lt;b&gt;\\\\*x\\\\*&lt;/b&gt;'
    """
    text = "" if text is None or (isinstance(text, float) and pd.isna(text)) else str(text)
    text = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
        *("| " + " | ".join(row) + " |" for row in rows),
    ]


def _bank():
    import otpt

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return otpt.load_activities()


def _agreement(bank):
    import otpt

    return otpt.label_agreement(otpt.read_label_forms(sorted(LABELS.glob("rater-*.csv"))), bank)


def _tasks() -> dict[str, tuple]:
    import otpt

    return {task.task_id: (case, task) for case in otpt.load_cases().values() for task in case.tasks}


def contested_block(bank, agreement) -> list[str]:
    import otpt
    from otpt.analysis.contested import CONTESTED_GROUPS

    rows = otpt.contested_keys(bank, agreement)
    counts = rows["group"].value_counts()
    lines = [
        f"{len(rows)} of the bank's {len(bank)} activities have a key a student may fairly challenge: "
        + "; ".join(f"{counts.get(g, 0)} where {g}" for g in CONTESTED_GROUPS)
        + f". The blind raters are {len(agreement.raters)} AI-model sessions briefed as clinicians, "
        "not licensed clinicians (docs/BLIND_LABELS.md): their counts show where the question is open, "
        "not who is right.",
        "",
    ]
    intro = {
        CONTESTED_GROUPS[0]: "The raters did not agree among themselves. Start the discussion here.",
        CONTESTED_GROUPS[1]: "The raters agreed on an answer that is not the key's lead; the bank accepts it "
        "as defensible, and says when it holds.",
        CONTESTED_GROUPS[2]: "The raters gave the key's lead, and the bank still names when another answer "
        "holds. A student who gives that answer with that reason is right.",
    }
    for group in CONTESTED_GROUPS:
        part = rows[rows["group"] == group]
        if part.empty:
            continue
        lines += [f"### {group[0].upper() + group[1:]} ({len(part)})", "", intro[group], ""]
        lines += _table(
            [
                "id",
                "activity (setting)",
                "key",
                "also defensible",
                "AI raters OT / Both / PT",
                "what to say: when the other answer holds",
            ],
            [
                [
                    md(i),
                    md(f"{r.activity} ({r.setting})") + ("" if r.quiz else " - not a quiz card"),
                    md(r.key),
                    md(r.also_accepted or "-"),
                    f"{r.OT} / {r.Both} / {r.PT}" if r.labels else "not labeled",
                    md(r.practice_varies or "-"),
                ]
                for i, r in part.iterrows()
            ],
        )
        lines.append("")
    return lines[:-1]


def other_leads_block(bank) -> list[str]:
    rows = bank[bank["other_lead"].fillna("").astype(str).str.strip() != ""]
    return _table(
        ["id", "activity (setting)", "who usually leads it", "the key (of OT and PT)"],
        [
            [md(r.id), md(f"{r.activity} ({r.setting})"), md(r.other_lead), md(r.lead)]
            for r in rows.itertuples()
        ],
    )


def _card(ref: str, bank, tasks) -> tuple[str, str, str]:
    """(title, what the student reads, the facilitator's answer) of a bank row or case task."""
    rows = bank[bank["id"].astype(str) == ref]
    if len(rows):
        r = rows.iloc[0]
        also = str(r["also_accepted"]) if pd.notna(r["also_accepted"]) else ""
        answer = f"Key {r['lead']}" + (f", {also.replace(';', ' or ')} also defensible" if also else "")
        how = str(r["practice_varies"] or r["rationale"])
        return (
            str(r["activity"]),
            f"{r['description']} ({r['setting']}, {r['population']})",
            f"{answer}. {how}",
        )
    if ref in tasks:
        case, task = tasks[ref]
        answer = f"Key {task.lead}" + (
            f", {' or '.join(task.also_accepted)} also defensible" if task.also_accepted else ""
        )
        return (
            f"{case.title}: {task.task}",
            f"{case.summary} Today's task: {task.task}.",
            f"{answer}. {task.why}",
        )
    raise KeyError(f"{ref!r} is neither an activity of the bank nor a task of data/cases.csv")


def cotreat_decisions(path: Path = COTREAT) -> pd.DataFrame:
    """data/cotreat_cards.csv, indexed by ``card`` (a bank id or a case task id): ``today``
    (the patient facts a student argues from, added to the card), ``cotreat`` ("yes" or
    "no": co-treat today?), ``because`` (the facilitator's reason), ``nursing``, ``slp`` and
    ``pharmacy`` (what those professions do at this moment, for a table with a third profession).

    Raises:
        ValueError: naming the file, the line and the column, for an empty cell, a repeated
            card or a ``cotreat`` other than yes or no.
    """
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    for n, row in enumerate(table.itertuples(index=False), start=2):
        for column, value in row._asdict().items():
            if not value.strip():
                raise ValueError(f"{path.name}, line {n}, column {column}: empty; every cell is needed")
        if row.cotreat not in ("yes", "no"):
            raise ValueError(f"{path.name}, line {n}, column cotreat: {row.cotreat!r}; allowed: yes, no")
    repeated = table["card"][table["card"].duplicated()].tolist()
    if repeated:
        raise ValueError(f"{path.name}: card {repeated[0]!r} appears twice")
    return table.set_index("card")


def _decision(ref: str, decisions: pd.DataFrame):
    if ref not in decisions.index:
        raise KeyError(
            f"{ref!r} has no row in data/{COTREAT.name}: add what the patient is like today, and the answer"
        )
    return decisions.loc[ref]


def cotreat_cards_block(refs, bank, tasks, decisions) -> list[str]:
    lines = []
    for n, ref in enumerate(refs, start=1):
        title, text, _ = _card(ref, bank, tasks)
        today = _decision(ref, decisions)["today"]
        lines += [f"**Card {n} ({md(ref)}): {md(title)}.** {md(text)} **Today:** {md(today)}", ""]
    return lines[:-1]


def cotreat_key_block(refs, bank, tasks, decisions) -> list[str]:
    rows = []
    for n, ref in enumerate(refs, start=1):
        bank_says = _card(ref, bank, tasks)[2]
        row = _decision(ref, decisions)
        rows.append(
            [
                str(n),
                md(ref),
                f"**{row['cotreat']}**",
                md(row["because"]),
                md(row["nursing"]),
                md(row["slp"]),
                md(row["pharmacy"]),
                md(bank_says),
            ]
        )
    return _table(
        [
            "card",
            "id",
            "co-treat today?",
            "because (about the patient)",
            "nursing at this moment",
            "SLP",
            "pharmacy",
            "who usually leads (the bank's key)",
        ],
        rows,
    )


def _case(case_id: str):
    import otpt

    cases = otpt.load_cases()
    if case_id not in cases:
        raise KeyError(f"{case_id!r} is not a case of data/cases.csv ({', '.join(cases)})")
    return cases[case_id]


def case_cards_block(case_id: str) -> list[str]:
    case = _case(case_id)
    return [
        f"**{md(case.title)}** ({md(case.setting)}). {md(case.summary)}",
        "",
        *(f"{n}. {md(t.task)}" for n, t in enumerate(case.tasks, start=1)),
    ]


def _part(goal: str) -> str:
    """A profession's part in a case task; the cases write "-" where it has none."""
    return md(goal) if goal.strip(" -") else "(no part)"


def case_key_block(case_id: str) -> list[str]:
    case = _case(case_id)
    return _table(
        ["task", "who leads", "also defensible", "OT's part", "PT's part", "why"],
        [
            [
                f"{md(t.task_id)}: {md(t.task)}",
                md(t.lead),
                md(" or ".join(t.also_accepted) or "-"),
                _part(t.ot_goal),
                _part(t.pt_goal),
                md(t.why),
            ]
            for t in case.tasks
        ],
    )


def rubric_block() -> list[str]:
    import otpt
    from otpt.io.rubric import LEVEL_NAMES

    rubric = otpt.load_goal_rubric()
    rows = []
    for cid, name in rubric.criteria.items():
        first = rubric.levels[rubric.levels["criterion_id"] == cid].iloc[0]
        codes = f" (IPEC {md(first['ipec'].replace(';', ', '))})" if first["ipec"] else ""
        when = (
            " - scored only when a student of another profession (SLP, nursing, pharmacy, PA) wrote an objective"
            if cid in rubric.third_profession
            else ""
        )
        rows.append(
            [f"**{md(cid)}. {md(name)}**{codes}{when}"]
            + [md(rubric.descriptor(cid, level)) for level in LEVEL_NAMES]
        )
    return _table(["criterion", *(f"{level} {name}" for level, name in LEVEL_NAMES.items())], rows)


def rubric_examples_block() -> list[str]:
    import otpt
    from otpt.io.rubric import LEVEL_NAMES

    rubric = otpt.load_goal_rubric()
    tasks = _tasks()
    lines = []
    for ex in sorted(rubric.examples, key=lambda e: -e.level):
        case, task = tasks.get(ex.task_id, (None, None))
        about = f"{case.title}: {task.task}" if task else ex.task_id
        total = sum(score for score, _ in ex.scores.values())
        mixed = ", a mixed profile" if len({score for score, _ in ex.scores.values()}) > 1 else ""
        lines += [
            f"#### {md(ex.example_id)}: {LEVEL_NAMES[ex.level]}{mixed} ({total} of {rubric.points(ex)}) - {md(about)}",
            "",
            f"- **Shared goal:** {md(ex.shared_goal)}",
            f"- **OT objective:** {md(ex.ot_objective)}",
            f"- **PT objective:** {md(ex.pt_objective)}",
            *(
                [f"- **Another profession's objective:** {md(ex.third_objective)}"]
                if ex.third_objective
                else []
            ),
            "",
            *_table(
                ["criterion", "score", "why"],
                [
                    [md(f"{cid}. {name}"), str(ex.scores[cid][0]), md(ex.scores[cid][1])]
                    for cid, name in rubric.criteria.items()
                    if cid in ex.scores
                ],
            ),
            "",
        ]
    return lines[:-1]


def _plans():
    import otpt

    plans = otpt.load_session_plans()
    return plans, {p: int(part["minutes"].iloc[0]) for p, part in plans.groupby("plan", sort=False)}


def plan_objectives_block() -> list[str]:
    import otpt

    plans, minutes = _plans()
    objectives = otpt.load_objectives(lang="en")
    where = {(r.plan, r.teaches): r.where for r in plans.itertuples()}
    rows = [
        [f"{md(oid)} {md(_short(text))}"] + [md(where.get((p, oid), "-")) for p in minutes]
        for oid, text in objectives["text"].items()
    ]
    cases = [t for t in dict.fromkeys(plans["teaches"]) if t not in objectives.index]
    rows += [[f"case or lesson: {md(t)}"] + [md(where.get((p, t), "-")) for p in minutes] for t in cases]
    return _table(["objective", *(f"{p} ({m} min)" for p, m in minutes.items())], rows)


def _short(text: str, words: int = 9) -> str:
    parts = str(text).split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


def items_by_plan_block() -> list[str]:
    import otpt

    plans, minutes = _plans()
    items = otpt.load_items(lang="en")
    table = otpt.items_by_plan(items, plans)
    mark = {"test": "yes", "discuss": "discuss (0 points)", "": "-"}
    rows = [
        [
            md(iid),
            md(items.loc[iid, "objective"]),
            md(", ".join(items.loc[iid, "needs"]) or "-"),
            *(mark[table.loc[iid, p]] for p in minutes),
        ]
        for iid in table.index
    ]
    lines = _table(["item", "objective", "also needs", *(f"{p} ({m} min)" for p, m in minutes.items())], rows)
    return [*lines, "", *_kit_pages().may_test_lines(items, plans)]


def _kit_pages():
    """tools/kit_pages.py, the owner of the per-plan "may test" lines."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("kit_pages", ROOT / "tools" / "kit_pages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fill(text: str, bank=None, agreement=None) -> str:
    """``text`` with every generated block filled from today's data."""
    state = {}

    def data():
        if not state:
            state["bank"] = _bank() if bank is None else bank
            state["agreement"] = _agreement(state["bank"]) if agreement is None else agreement
            state["tasks"] = _tasks()
        return state["bank"], state["agreement"], state["tasks"]

    def block(match: re.Match) -> str:
        name, args = match.group(2), match.group(3).split()
        if name == "contested-keys":
            lines = contested_block(*data()[:2])
        elif name == "other-leads":
            lines = other_leads_block(data()[0])
        elif name == "cotreat-cards":
            lines = cotreat_cards_block(args, data()[0], data()[2], cotreat_decisions())
        elif name == "cotreat-key":
            lines = cotreat_key_block(args, data()[0], data()[2], cotreat_decisions())
        elif name == "case-cards":
            lines = case_cards_block(*args)
        elif name == "case-key":
            lines = case_key_block(*args)
        elif name == "rubric":
            lines = rubric_block()
        elif name == "rubric-examples":
            lines = rubric_examples_block()
        elif name == "plan-objectives":
            lines = plan_objectives_block()
        elif name == "items-by-plan":
            lines = items_by_plan_block()
        else:
            raise ValueError(f"unknown generated block {name!r}")
        return match.group(1) + "\n".join(lines) + "\n" + match.group(5)

    return BLOCK.sub(block, text)


def main() -> int:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        new = fill(text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            print(f"updated {page.relative_to(ROOT)}")
        else:
            print(f"{page.relative_to(ROOT)} is current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
