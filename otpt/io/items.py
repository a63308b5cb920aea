"""The instructor's kit's assessment items (data/assessment_items.csv): single-best-answer
and short-answer questions, each with its key, per-option feedback, rationale, sources,
IPEC 2023 codes and the session objective it assesses.

`load_items` checks a file the way the activity bank is checked - every problem at once,
with line and column - against data/assessment_items.schema.json and against the tables
it points into (ipec_2023.csv, objectives.csv, sources.csv). Exporters (QTI, Moodle XML,
GIFT) and lesson 8 read the checked table; none re-checks it.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import ItemsFileError, Problem
from ..language import gettext as _
from .kit import load_ipec, load_objectives, session_topics
from .kit_checks import (
    checked_table,
    column_label,
    raise_problems,
    source_keys,
    split_codes,
    unknown_parts,
)
from .table import read_named_table
from .translations import TRANSLATED, localize

__all__ = ["ANSWER_COLUMNS", "LETTERS", "load_item_answers", "load_items"]

LETTERS = ("a", "b", "c", "d")


def load_items(path: str | Path | None = None, *, lang: str | None = None) -> pd.DataFrame:
    """Assessment items as a checked DataFrame.

    Args:
        path: a CSV or workbook with the columns of data/assessment_items.csv; None for
            the bundled items.
        lang: the language of the bundled items' texts (stem, options, feedback,
            rationale and a short answer's model answer: data/es/assessment_items.csv for
            "es"); None for `otpt.language.get_language()`. Ids, types, a single_best
            item's key letter, codes and points stay the English file's. A file of your
            own is read as it is.

    Returns:
        A DataFrame indexed by ``item_id`` (I001 ...) with ``type`` (single_best or
        short_answer), ``stem``, ``option_a``-``option_d``, ``key`` (a letter for
        single_best, the model answer for short_answer), ``feedback_a``-``feedback_d``,
        ``rationale``, ``source``, ``ipec`` (lists of keys and codes), ``objective``,
        ``needs`` (list: the cases or lessons a session must also have taught) and
        ``points`` (int; 0 for an item not scored, a question to discuss). ``attrs["source"]`` names the file.

    Raises:
        ItemsFileError: listing every problem (nothing is loaded): a cell that breaks the
            schema, a single_best item without all four options and their feedback, with
            a key that is not one of a-d or with two identical options, a short_answer
            item with options, an IPEC code not in ipec_2023.csv, an objective not in
            objectives.csv, a source not in sources.csv, or a ``needs`` that is neither a
            case of cases.csv nor a lesson.

    Example:
        >>> items = load_items(lang="en")
        >>> items.loc["I001", "type"], items.loc["I001", "key"] in ("a", "b", "c", "d")
        ('single_best', True)
        >>> load_items(lang="es").loc["I001", "stem"][:30]
        '¿Qué afirmación describe mejor'

    """
    what = ItemsFileError.what
    records, source, names, problems = checked_table(
        "assessment_items", path, what=what, row="item", error=ItemsFileError
    )
    ipec = load_ipec()
    objectives = set(load_objectives(ipec=ipec).index)
    keys, topics = source_keys(), session_topics()
    label = lambda column: column_label(names, column)  # noqa: E731
    for r in records:
        line = r["line"]
        problems += _shape_problems(r, label)
        unknown_parts(
            line, label("ipec"), r["ipec"], set(ipec.index), _("an IPEC 2023 code in ipec_2023.csv"), problems
        )
        unknown_parts(
            line,
            label("objective"),
            r["objective"],
            objectives,
            _("an objective id in objectives.csv"),
            problems,
        )
        unknown_parts(line, label("source"), r["source"], keys, _("a key in sources.csv"), problems)
        unknown_parts(
            line, label("needs"), r["needs"], topics, _("a case id of cases.csv or 'lesson N'"), problems
        )
    raise_problems(source, problems, what, ItemsFileError)
    words = localize("assessment_items.csv", lang if path is None else "en")
    for r in records:
        for column in TRANSLATED["assessment_items.csv"][1]:
            if column != "key" or r["type"] == "short_answer":  # a letter is a code: never translated
                r[column] = words(r["item_id"], column, r[column])
    table = pd.DataFrame(records).drop(columns="line").set_index("item_id")
    table["source"] = table["source"].map(split_codes)
    table["ipec"] = table["ipec"].map(split_codes)
    table["needs"] = table["needs"].map(split_codes)
    table["points"] = table["points"].astype(int)
    table.attrs["source"] = source
    return table


def _shape_problems(r: dict, label) -> list[Problem]:
    """What a single_best or short_answer item needs beyond its cells' own rules."""
    line, problems = r["line"], []
    if r["type"] == "single_best":
        for letter in LETTERS:
            for part in ("option", "feedback"):
                if not r[f"{part}_{letter}"]:
                    problems.append(
                        Problem(
                            line,
                            label(f"{part}_{letter}"),
                            _("an empty cell"),
                            _("A single_best item needs four options (a-d) and feedback for each."),
                        )
                    )
        if r["key"] not in LETTERS:
            problems.append(
                Problem(
                    line,
                    label("key"),
                    f"'{r['key'][:40]}'",
                    _("Allowed for a single_best item: the letter of its one best option, a, b, c or d."),
                )
            )
        options = [r[f"option_{x}"].casefold() for x in LETTERS if r[f"option_{x}"]]
        if len(set(options)) < len(options):
            problems.append(
                Problem(
                    line,
                    label("option_a"),
                    _("two options with the same text"),
                    _("Each option of a single_best item must differ, so exactly one is the key."),
                )
            )
    elif r["type"] == "short_answer":
        for letter in LETTERS:
            if r[f"option_{letter}"]:
                problems.append(
                    Problem(
                        line,
                        label(f"option_{letter}"),
                        f"'{r[f'option_{letter}'][:40]}'",
                        _(
                            "A short_answer item has no options: leave option_a-option_d empty "
                            "and put the model answer in key."
                        ),
                    )
                )
    return problems


#: The columns of an item answers file: who, which item, what they answered, and - for
#: short-answer items, which an instructor marks - the points given.
ANSWER_COLUMNS = ("learner", "item_id", "answer", "points_given")


def load_item_answers(path: str | Path, items: pd.DataFrame | None = None) -> pd.DataFrame:
    """A class's answers to assessment items, one row per learner and item, checked
    against the items (from an LMS's response export or a spreadsheet typed from paper).

    Args:
        path: a CSV or workbook with the columns ``learner``, ``item_id`` and ``answer``
            (a, b, c or d for a single_best item, any capitalization; the learner's text
            for a short_answer item) and, for short_answer items, ``points_given`` (a
            number from 0 to the item's points, as the instructor marked it).
        items: the items answered (default `load_items()`).

    Returns:
        A DataFrame with `ANSWER_COLUMNS` (``answer`` of single_best items in lower case,
        ``points_given`` a float, NaN where empty).

    Raises:
        ItemsFileError: naming every line with an unknown item, a single_best answer that
            is not a-d, or points that are not a number from 0 to the item's points.
    """
    items = load_items() if items is None else items
    what = "item answers file"
    source, names, rows, problems = read_named_table(path, ItemsFileError, ANSWER_COLUMNS[:3], ANSWER_COLUMNS)
    raise_problems(source, problems, what, ItemsFileError)
    label = lambda column: column_label(names, column)  # noqa: E731
    records = []
    for line, cells in rows:
        cell = {name: (cells[i].strip() if i < len(cells) else "") for i, name in enumerate(names)}
        item_id, answer, given = cell["item_id"], cell["answer"], cell.get("points_given", "")
        if not cell["learner"]:
            problems.append(
                Problem(
                    line, label("learner"), _("an empty cell"), _("Every answer needs the learner's name.")
                )
            )
        if item_id not in items.index:
            problems.append(
                Problem(
                    line,
                    label("item_id"),
                    f"'{item_id}'" if item_id else _("an empty cell"),
                    _("Allowed: an item_id of the items file (I001 ...)."),
                )
            )
            continue
        if items.loc[item_id, "type"] == "single_best":
            answer = answer.lower()
            if answer not in LETTERS + ("",):
                problems.append(
                    Problem(
                        line,
                        label("answer"),
                        f"'{answer}'",
                        _("Allowed for a single_best item: a, b, c or d (empty if not answered)."),
                    )
                )
        points = float("nan")
        if given:
            top = items.loc[item_id, "points"]
            try:
                points = float(given)
            except ValueError:
                points = -1.0
            if not 0 <= points <= top:
                problems.append(
                    Problem(
                        line,
                        label("points_given"),
                        f"'{given}'",
                        _("Allowed: a number from 0 to {top}, the item's points.").format(top=top),
                    )
                )
        records.append(
            {"learner": cell["learner"], "item_id": item_id, "answer": answer, "points_given": points}
        )
    raise_problems(source, problems, what, ItemsFileError)
    return pd.DataFrame(records, columns=list(ANSWER_COLUMNS))
