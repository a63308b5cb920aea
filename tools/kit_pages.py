"""The instructor's kit's objectives page (docs/OBJECTIVES.md) and the blind key-check
form for the assessment items (data/blind_labels/items/form.md), both written from the data:
data/objectives.csv, ipec_2023.csv, accreditation.csv and assessment_items.csv.

Run it after editing any of them: ``python tools/kit_pages.py``
(tests/content/test_kit_pages.py checks that both pages are current and that the form
gives away no key).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

import otpt
from otpt.io.items import LETTERS

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "OBJECTIVES.md"
RATERS = ROOT / "data" / "blind_labels" / "items"
FORM = RATERS / "form.md"
# The commit whose form.md the raters in RATERS answered; change it with a new blind round.
COMPETENCIES = ("Values and Ethics", "Roles and Responsibilities", "Communication", "Teams and Teamwork")


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def may_test_lines(items, plans=None) -> list[str]:
    """One Markdown bullet per session plan: the items it may test and those to discuss, not
    score (`otpt.items_by_plan`). The one owner of these lines: docs/OBJECTIVES.md and the
    facilitator guide's "Which items each plan may test" both print them.

    >>> import pandas as pd
    >>> items = pd.DataFrame({"objective": ["O1", "O6"], "needs": [[], []], "points": [1, 0]},
    ...                      index=pd.Index(["I1", "I2"], name="item_id"))
    >>> may_test_lines(items, pd.DataFrame({"plan": ["C", "C"], "minutes": [90, 90], "teaches": ["O1", "O6"]}))
    ['- **Plan C (90 min) may test:** I1; discuss, not score: I2.']
    """
    plans = otpt.load_session_plans() if plans is None else plans
    table = otpt.items_by_plan(items, plans)
    minutes = plans.groupby("plan", sort=False)["minutes"].first()
    lines = []
    for plan, m in minutes.items():
        tested = ", ".join(table.index[table[plan] == "test"]) or "none"
        discussed = ", ".join(table.index[table[plan] == "discuss"])
        lines.append(
            f"- **Plan {plan} ({m} min) may test:** {tested}"
            + (f"; discuss, not score: {discussed}" if discussed else "")
            + "."
        )
    return lines


def plan_lines(items) -> list[str]:
    """Which items each session plan may test (`otpt.items_by_plan`), as the guide's table gives them."""
    plans = otpt.load_session_plans()
    table = otpt.items_by_plan(items, plans)
    lines = [
        "## Which items each session plan may test",
        "",
        "An item belongs in a plan's post-test when the plan teaches its objective and any case or lesson the "
        "item also needs (`data/session_plans.csv`, `otpt.items_by_plan`; the facilitator guide's table "
        '"Which items each plan may test" shows why for each item). Items worth 0 points are to discuss, not '
        "to score.",
        "",
    ]
    lines += may_test_lines(items, plans)
    untaught = ", ".join(table.index[(table == "").all(axis=1)])
    lines += [
        f"- **No plan teaches:** {untaught}" if untaught else "- Every item is taught by some plan.",
        "",
    ]
    return lines


def objectives_page() -> str:
    """docs/OBJECTIVES.md as text."""
    ipec, objectives = otpt.load_ipec(), otpt.load_objectives(lang="en")
    accreditation, items = otpt.load_accreditation(), otpt.load_items(lang="en")
    checked = int(ipec["verified"].sum())
    unchecked = sorted(
        ipec.index[~ipec["verified"]],
        key=lambda c: (COMPETENCIES.index(ipec.loc[c, "competency"]), int("".join(filter(str.isdigit, c)))),
    )
    flag = lambda code: code if ipec.loc[code, "verified"] else f"{code}\\*"  # noqa: E731
    lines = [
        "# Session objectives, IPEC 2023 and the assessment items",
        "",
        "*Written by `tools/kit_pages.py` from `data/objectives.csv`, `data/ipec_2023.csv`, "
        "`data/accreditation.csv` and `data/assessment_items.csv`; edit those and run "
        "`python tools/kit_pages.py`, not this page.*",
        "",
        "For an instructor running an interprofessional (IPE) session with OT and PT students (and SLP or "
        "nursing students where a program has them): what a learner can do afterward, which IPEC Core "
        "Competencies (version 3, 2023) each objective serves, and the assessment items that check it. "
        "`otpt.load_objectives()`, `otpt.load_ipec()` and `otpt.load_items()` return the same tables.",
        "",
        "## What was checked, and what was not",
        "",
        f"- **IPEC 2023.** Of the 33 sub-competencies, {checked} ({', '.join(ipec.index[ipec['verified']])}) "
        "are quoted, their codes and wording checked against a published reproduction of the list "
        "(the address is in `data/ipec_2023.csv`, column `checked_against`) - not against the IPEC "
        f"document itself, which we could not read. The other {len(unchecked)} ({', '.join(unchecked)}) are "
        "**short paraphrases, and their numbers are not checked**: they follow the content review's "
        "recollection and ours. They are marked \\* below. Check them against IPEC (2023) before they go in "
        "a syllabus.",
        f"- **ACOTE and CAPTE.** None of the {len(accreditation)} standard numbers below is verified against "
        "the accreditors' current standards, so no objective cites one yet (the `acote` and `capte` "
        "columns of `data/objectives.csv` take only verified numbers; a test holds them to it). The table "
        "says where each number was seen, if anywhere.",
        *key_check(items),
        "",
        "## Session objectives",
        "",
        "By the end of the session, a learner can:",
        "",
    ]
    # kit review 6, S13: an objective no session plan teaches is not one of the session's
    taught = objectives.index.isin(set(otpt.load_session_plans()["teaches"]))

    def table(chosen) -> list[str]:
        rows = ["| | objective | IPEC 2023 | lessons | items |", "|---|---|---|---|---|"]
        for oid, row in chosen.iterrows():
            ids = ", ".join(items.index[items["objective"] == oid])
            codes = ", ".join(flag(c) for c in row["ipec"])
            rows.append(f"| {oid} | {_cell(row['text'])} | {codes} | {', '.join(row['lessons'])} | {ids} |")
        return rows + [""]

    lines += table(objectives[taught])
    if not taught.all():
        lines += [
            "Taught by no session plan: an optional module for a course that adds it (its items are in no "
            "plan's post-test). Publish it with a session's objectives only when you teach it.",
            "",
            *table(objectives[~taught]),
        ]
    lines += [
        "\\* number and wording not checked against IPEC (2023).",
        "",
        *plan_lines(items),
        "## The IPEC 2023 sub-competencies",
        "",
    ]
    for competency in COMPETENCIES:
        lines += [f"**{competency}**", "", "| code | statement | checked |", "|---|---|---|"]
        for code, row in ipec[ipec["competency"] == competency].iterrows():
            status = "yes" if row["verified"] else "no - " + _cell(row["note"])
            statement = (
                f"\u201c{row['statement']}\u201d" if row["statement_kind"] == "quote" else row["statement"]
            )
            lines.append(f"| {code} | {_cell(statement)} | {status} |")
        lines.append("")
    lines += [
        "Quotations: Interprofessional Education Collaborative, *IPEC Core Competencies for Interprofessional "
        "Collaborative Practice: Version 3* (Washington, DC, 2023).",
        "",
        "## OT and PT accreditation standards on interprofessional practice (not verified)",
        "",
        "| accreditor | number | edition | what it asks (our paraphrase) | objectives | where the number was seen |",
        "|---|---|---|---|---|---|",
    ]
    for _, row in accreditation.iterrows():
        seen = row["checked_against"] or "nowhere we could read"
        lines.append(
            f"| {row['accreditor']} | {row['code']} | {_cell(row['edition'])} | "
            f"{_cell(row['statement'].removeprefix('Paraphrase: '))} | {', '.join(row['objectives'])} | "
            f"{_cell(seen)}: {_cell(row['note'])} |"
        )
    by_type = items["type"].value_counts()
    lines += [
        "",
        "## The assessment items",
        "",
        f"{len(items)} items in `data/assessment_items.csv`: {by_type.get('single_best', 0)} single best answer "
        f"(four options, one key, feedback on every option) and {by_type.get('short_answer', 0)} short answer "
        "(a model answer and how points are given), each with its rationale, sources, IPEC codes and objective. "
        "They are separate from the activity bank's quiz: none asks a bank activity again. The schema is "
        "`data/assessment_items.schema.json`; `otpt.load_items(path)` checks your own file the same way. "
        "Lesson 8 scores a pre/post on the single-best items.",
        "",
        "| item | type | objective | IPEC 2023 | points | the question begins |",
        "|---|---|---|---|---|---|",
    ]
    for iid, row in items.iterrows():
        stem = row["stem"] if len(row["stem"]) <= 70 else row["stem"][:67].rsplit(" ", 1)[0] + " ..."
        lines.append(
            f"| {iid} | {row['type'].replace('_', ' ')} | {row['objective']} | "
            f"{', '.join(flag(c) for c in row['ipec'])} | {row['points']} | {_cell(stem)} |"
        )
    lines += [
        "",
        "## Attitude measures you may add",
        "",
        "The items above test knowledge and judgment. To measure attitudes toward interprofessional "
        "practice before and after a course, use a published, validated scale - for example SPICE-R2 "
        "(Student Perceptions of Interprofessional Clinical Education, revised, version 2) or the "
        "Interprofessional Attitudes Scale (IPAS; use its current, revised version). We do not reproduce "
        "either: get the current items, scoring and terms of use from their authors or from the National "
        "Center for Interprofessional Practice and Education's measurement collection, and choose one that "
        "has been validated with students like yours.",
        "",
    ]
    return "\n".join(lines)


def key_check(items) -> list[str]:
    """The page's lines on the blind check of the single-best keys, round by round: each
    round's folder in data/blind_labels/items/ (round-N/) holds the form its raters answered
    (form.md) and one file per rater (rater-NAME.csv: item_id, answer, note). The latest
    round is reported against today's keys - with whether today's form is the one it answered
    - and every answer that differed; earlier rounds in one line each."""
    single = items[items["type"] == "single_best"]
    rounds = sorted(RATERS.glob("round-*"), key=lambda p: int(p.name.removeprefix("round-")))
    if not rounds:
        return [
            "- **The items' keys** are not yet checked blind: until they are, treat them as the authors' keys."
        ]
    lines = []
    for folder in rounds:
        files = sorted(folder.glob("rater-*.csv"))
        current = (folder / "form.md").read_text(encoding="utf-8") == blind_form()
        matched, differ = [], []
        for path in files:
            name = path.stem.removeprefix("rater-").replace("-", " ")
            name = " ".join(w.upper() if w in ("ot", "pt", "slp") else w for w in name.split())
            answers = pd.read_csv(path, dtype=str, keep_default_na=False).set_index("item_id")
            given = answers["answer"].reindex(single.index).fillna("").str.strip().str.lower()
            right = given == single["key"]
            matched.append(f"{name}, {int(right.sum())} of the {int((given != '').sum())} it answered")
            differ += [
                f"| {iid} | {name} | {given[iid].upper() or '(none)'} | {single.loc[iid, 'key'].upper()} | "
                f"{_cell(answers['note'].get(iid, ''))} |"
                for iid in single.index[~right]
            ]
        if current:
            form = "today's form"
        else:
            changed = _reworded(folder / "form.md")
            form = "an earlier wording of the items (its form is in the folder)" + (
                f"; reworded since: {', '.join(changed)}" if changed else ""
            )
        lines.append(
            f"- **Round {folder.name.removeprefix('round-')}** ({len(files)} raters, `{folder.relative_to(ROOT)}`, "
            f"{form}): answers that match today's key - {'; '.join(matched)}."
        )
        if folder == rounds[-1] and differ:
            lines += [
                "",
                "  Where a rater of this round answered otherwise than today's key:",
                "",
                "  | item | rater | answered | key | rater's note |",
                "  |---|---|---|---|---|",
            ]
            lines += [f"  {row}" for row in differ]
    return [
        f"- **The items' keys, checked blind.** Raters answered the {len(single)} single-best items from the stems "
        "and options alone (`data/blind_labels/items/form.md`), never the keys. **The raters are not licensed "
        "clinicians**: they are separate sessions of an AI language model, each briefed as a clinician or "
        "educator, so treat this as a check of the keys' consistency, not as validation. What each round found, "
        "and what changed, is in `data/CHANGES.md`.",
        *[f"  {line}" if line else line for line in lines],
    ]


def _questions(form: str) -> dict[str, str]:
    """Each item's text in a blind form (form.md), by item id."""
    parts = re.split(r"^## (I\d+)$", form, flags=re.M)
    return {iid: text.strip() for iid, text in zip(parts[1::2], parts[2::2])}


def _reworded(old_form: Path) -> list[str]:
    """The items whose stem or options differ from what a round's raters answered: new
    items and items reworded since that round's form."""
    then, now = _questions(old_form.read_text(encoding="utf-8")), _questions(blind_form())
    return [iid for iid, text in now.items() if then.get(iid) != text]


def blind_form() -> str:
    """data/blind_labels/items/form.md: every single-best item's stem and options, and every
    short-answer item's stem - no key, feedback, rationale, IPEC code or source."""
    items = otpt.load_items(lang="en")
    lines = [
        "# Assessment items: answer blind",
        "",
        "For each question, mark the **one best answer** (or write a short answer). Where you think two "
        "answers are equally good, or none is right, say so in the notes line: that is the finding we need. "
        "Answer from your own knowledge and practice; do not look anything up in this repository.",
        "",
        "Rater: ________  Profession and setting: ________  Years in practice: ________",
        "",
    ]
    for iid, row in items.iterrows():
        lines += [f"## {iid}", "", " ".join(row["stem"].split()), ""]
        if row["type"] == "single_best":
            lines += [f"- [ ] **{x.upper()}.** {' '.join(row[f'option_{x}'].split())}" for x in LETTERS]
            lines += ["", "My answer: ____   Notes: ____________________", ""]
        else:
            lines += ["Your answer:", "", "> ", "", "Notes: ____________________", ""]
    return "\n".join(lines)


def main() -> int:
    """Write both pages where they changed; say which were written and which were current."""
    for path, text in ((PAGE, objectives_page()), (FORM, blind_form())):
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        if path.exists() and path.read_text(encoding="utf-8") == text:
            sys.stdout.write(f"{name} is current\n")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {name}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
