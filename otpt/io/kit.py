"""The instructor's kit's reference tables: IPEC 2023 sub-competencies
(data/ipec_2023.csv), session objectives (data/objectives.csv), what each session plan of the
facilitator guide teaches (data/session_plans.csv), the OT and PT accreditation standards the
objectives may serve (data/accreditation.csv), and the sources every table cites
(data/sources.csv).

Each is checked against its Table Schema beside it (``*.schema.json``) and against the
tables it points into; every problem is reported at once, with line and column. The checks
the loaders share are `otpt.io.kit_checks`'s (re-exported here, where they used to live).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import Problem
from .kit_checks import (
    checked_table,
    column_label,
    raise_problems,
    source_keys,
    split_codes,
    unknown_parts,
)
from .translations import localize

__all__ = [
    "checked_table",
    "column_label",
    "load_accreditation",
    "load_ipec",
    "load_objectives",
    "load_session_plans",
    "raise_problems",
    "session_topics",
    "source_keys",
    "split_codes",
    "unknown_parts",
]


def load_ipec(path: str | Path | None = None) -> pd.DataFrame:
    """The IPEC Core Competencies version 3 (2023) sub-competencies, one row each.

    Args:
        path: a CSV with the columns of data/ipec_2023.csv; None for the bundled one.

    Returns:
        A DataFrame indexed by ``code`` (VE1 ...) with ``competency``, ``statement_kind``
        (quote or paraphrase), ``statement``, ``verified`` (bool: code and wording checked
        against a readable copy), ``checked_against``, ``note`` and ``source``.

    Raises:
        KitFileError: a cell that breaks data/ipec_2023.schema.json, a quoted statement
            not marked verified, a paraphrase that does not say so, a verified row with no
            ``checked_against``, or an unknown source key.

    Example:
        >>> ipec = load_ipec()
        >>> ipec.loc["RR4", "competency"], bool(ipec.loc["RR4", "verified"])
        ('Roles and Responsibilities', True)
    """
    what = "IPEC competency list"
    records, source, names, problems = checked_table("ipec_2023", path, what=what, row="sub-competency")
    keys = source_keys()
    label = lambda column: column_label(names, column)  # noqa: E731
    for r in records:
        line = r["line"]
        if r["statement_kind"] == "quote" and r["verified"] != "yes":
            problems.append(
                Problem(
                    line,
                    label("statement"),
                    "a quotation not marked verified",
                    "Quote IPEC's words only when they were checked (verified yes); otherwise paraphrase.",
                )
            )
        if r["statement_kind"] == "paraphrase" and not r["statement"].startswith("Paraphrase:"):
            problems.append(
                Problem(
                    line,
                    label("statement"),
                    f"'{r['statement'][:40]}'",
                    "A paraphrase starts with 'Paraphrase:' so no reader takes it for IPEC's words.",
                )
            )
        if r["verified"] == "yes" and not r["checked_against"]:
            problems.append(
                Problem(
                    line,
                    label("checked_against"),
                    "an empty cell",
                    "A verified row says where it was checked.",
                )
            )
        unknown_parts(line, label("source"), r["source"], keys, "a key in sources.csv", problems)
    raise_problems(source, problems, what)
    table = pd.DataFrame(records).drop(columns="line").set_index("code")
    table["verified"] = table["verified"] == "yes"
    return table


def load_accreditation(path: str | Path | None = None) -> pd.DataFrame:
    """OT (ACOTE) and PT (CAPTE) accreditation standards the objectives may serve.

    Numbers are recorded only as seen; ``verified`` is True only where the current
    standards were checked. Statements are our paraphrases, never the standards' text.

    Returns:
        A DataFrame with ``accreditor``, ``code``, ``edition``, ``statement``,
        ``verified`` (bool), ``checked_against``, ``objectives`` (list of ids) and ``note``.

    Raises:
        KitFileError: a cell that breaks data/accreditation.schema.json.
    """
    what = "accreditation list"
    records, source, _names, problems = checked_table("accreditation", path, what=what, row="standard")
    raise_problems(source, problems, what)
    table = pd.DataFrame(records).drop(columns="line")
    table["verified"] = table["verified"] == "yes"
    table["objectives"] = table["objectives"].map(split_codes)
    return table


def load_objectives(
    path: str | Path | None = None, *, ipec: pd.DataFrame | None = None, lang: str | None = None
) -> pd.DataFrame:
    """The kit's session objectives, each with its IPEC codes and any verified ACOTE or
    CAPTE standard.

    Args:
        path: a CSV with the columns of data/objectives.csv; None for the bundled one.
        ipec: the sub-competencies the codes must exist in (default `load_ipec()`).
        lang: the language of the bundled objectives' ``text`` (data/es/objectives.csv
            for "es"); None for `otpt.language.get_language()`. Ids and codes stay the
            English file's. A file of your own is read as it is.

    Returns:
        A DataFrame indexed by ``id`` with ``text``, ``ipec``, ``lessons``, ``acote`` and
        ``capte`` (lists of codes).

    Raises:
        KitFileError: a cell that breaks data/objectives.schema.json, an IPEC code not in
            the list, or an accreditation code that is not a verified row of
            data/accreditation.csv.

    Example:
        >>> load_objectives().loc["O2", "ipec"]
        ['RR3', 'RR1', 'TT3']
        >>> load_objectives(lang="es").loc["O5", "text"][:35]
        'Poner las propias prioridades y dec'
    """
    what = "objectives file"
    records, source, names, problems = checked_table("objectives", path, what=what, row="objective")
    ipec = load_ipec() if ipec is None else ipec
    accreditation = load_accreditation()
    verified = {
        name: set(
            accreditation.loc[
                accreditation["verified"] & (accreditation["accreditor"] == name.upper()), "code"
            ]
        )
        for name in ("acote", "capte")
    }
    for r in records:
        unknown_parts(
            r["line"],
            column_label(names, "ipec"),
            r["ipec"],
            set(ipec.index),
            "an IPEC 2023 code in ipec_2023.csv",
            problems,
        )
        for name in ("acote", "capte"):
            yet = "" if verified[name] else " (none is yet)"
            unknown_parts(
                r["line"],
                column_label(names, name),
                r[name],
                verified[name],
                f"a code of {name.upper()}'s verified in accreditation.csv{yet}",
                problems,
            )
    raise_problems(source, problems, what)
    words = localize("objectives.csv", lang if path is None else "en")
    for r in records:
        r["text"] = words(r["id"], "text", r["text"])
    table = pd.DataFrame(records).drop(columns="line").set_index("id")
    for column in ("ipec", "lessons", "acote", "capte"):
        table[column] = table[column].map(split_codes)
    return table


def session_topics() -> set[str]:
    """What a plan may teach besides an objective, and an item may need: the case ids of
    data/cases.csv and the lessons ("lesson 1" ... "lesson 10")."""
    from .cases import load_cases

    return set(load_cases()) | {f"lesson {n}" for n in range(1, 11)}


def load_session_plans(path: str | Path | None = None) -> pd.DataFrame:
    """What each session plan of docs/FACILITATOR_GUIDE.md teaches: one row per plan and
    objective, case or lesson.

    Args:
        path: a CSV with the columns of data/session_plans.csv; None for the bundled one.

    Returns:
        A DataFrame with ``plan`` ("A", "B", "C"), ``minutes`` (int), ``teaches`` (an
        objective id, a case id or "lesson N") and ``where`` (where in the plan), in the
        file's order.

    Raises:
        KitFileError: a cell that breaks data/session_plans.schema.json, a ``teaches`` that
            is neither an objective of objectives.csv, a case of cases.csv nor a lesson, a
            row repeated, or a plan whose rows give different minutes.

    Example:
        >>> plans = load_session_plans()
        >>> sorted(plans.loc[plans["plan"] == "B", "teaches"])[:3]
        ['O1', 'O2', 'O3']
    """
    what = "session plans file"
    records, source, names, problems = checked_table("session_plans", path, what=what, row="row")
    allowed = set(load_objectives().index) | session_topics()
    seen: dict[tuple[str, str], int] = {}
    minutes: dict[str, str] = {}
    for r in records:
        unknown_parts(
            r["line"],
            column_label(names, "teaches"),
            r["teaches"],
            allowed,
            "an objective of objectives.csv, a case of cases.csv or 'lesson N'",
            problems,
        )
        key = (r["plan"], r["teaches"])
        if key in seen:
            problems.append(
                Problem(
                    r["line"],
                    column_label(names, "teaches"),
                    f"'{r['teaches']}' again",
                    f"Each plan names what it teaches once (plan {r['plan']} did on line {seen[key]}).",
                )
            )
        seen.setdefault(key, r["line"])
        if minutes.setdefault(r["plan"], r["minutes"]) != r["minutes"]:
            problems.append(
                Problem(
                    r["line"],
                    column_label(names, "minutes"),
                    f"'{r['minutes']}'",
                    f"Plan {r['plan']} is {minutes[r['plan']]} minutes on its first row; every row of a plan gives the same.",
                )
            )
    raise_problems(source, problems, what)
    table = pd.DataFrame(records).drop(columns="line")
    table["minutes"] = table["minutes"].astype(int)
    return table[["plan", "minutes", "teaches", "where"]]
