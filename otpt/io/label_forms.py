"""Blind-label forms: a department labels the bank without seeing its keys.

`write_label_form` writes every activity as a rater sees it - its name, description,
setting and population, never the lead, the rationale or anything that hints at them -
with an empty ``label`` column (OT, PT or Both) and a ``note`` column, as CSV or as an
Excel workbook (by the file's suffix). `read_label_forms` reads the filled forms back
(CSV or any workbook a spreadsheet saves), one rater per file, and says exactly which
file, line and column holds a label it cannot use.

A form is written in the language in force (`otpt.language`): the activities' text,
settings and populations, the question and the sheet names; its column names stay the
codes (``id``, ``label``, ``note``) so every form reads back the same. A label may be
written *Ambas*, the Spanish name of Both.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pandas as pd

from ..errors import LabelFormError, Problem
from ..language import N_
from ..language import gettext as _
from ..vocab import LEADS, QUESTION, term
from .bank import coerce_activities
from .paths import user_path
from .table import column_letter, read_named_table
from .text import clean_cell

__all__ = [
    "FORM_COLUMNS",
    "FORM_INSTRUCTIONS",
    "FORM_QUESTION",
    "form_question",
    "read_label_forms",
    "write_label_form",
]

#: The columns of a form, in order: what the rater sees, then what they fill in.
FORM_COLUMNS = ("id", "activity", "description", "setting", "population", "label", "note")
#: How to fill the form in, after the quiz's question (shown through gettext).
FORM_INSTRUCTIONS = N_(
    "Write OT, PT or Both in 'label' (Both: each has a real part in "
    "this person's care). Leave it empty if you cannot say. Use 'note' for anything else - for example that "
    "another professional usually leads, or that it depends on the setting."
)
#: The question the form asks, the same as the quiz's (English; `form_question` translates).
FORM_QUESTION = f"{QUESTION} {FORM_INSTRUCTIONS}"
#: The labels a rater may write, any capitalization: the codes, and Both by its Spanish
#: name (docs/GLOSSARY_ES.md: *Ambas*).
_LABELS = {lead.lower(): lead for lead in LEADS} | {"ambas": "Both"}


def form_question() -> str:
    """The form's question and how to fill it in, in the language in force."""
    return _(QUESTION) + " " + _(FORM_INSTRUCTIONS)


def write_label_form(path, activities=None, *, seed: int | None = 0) -> Path:
    """Write a blind-label form of every activity in a bank.

    Args:
        path: where to write it (text or a `pathlib.Path`; ``~`` is your home folder): ``.csv`` for a CSV file (UTF-8 with a
            byte order mark, so Excel opens it right), ``.xlsx`` for a workbook whose first
            sheet is the form and whose second, "How to fill it in", holds the question.
        activities: None for the bundled bank, a bank file, or a DataFrame.
        seed: the rows' shuffled order (the same seed, the same order for every rater;
            None keeps the bank's order). A shuffle keeps neighboring rows from hinting at
            each other.

    Returns:
        The path written.

    Raises:
        ValueError: for another suffix.
        OSError: when the file cannot be written (the message names it).
    """
    path = user_path(path, error=LabelFormError)
    bank = coerce_activities(activities)
    form = pd.DataFrame(
        {name: bank[name].astype("string").fillna("") if name in bank else "" for name in FORM_COLUMNS[:5]}
    )
    for name in ("setting", "population"):  # codes, as the rater's language names them
        form[name] = form[name].map(lambda code: term(code) if code else code)
    if seed is not None:
        order = list(range(len(form)))
        random.Random(seed).shuffle(order)
        form = form.iloc[order].reset_index(drop=True)
    form["label"] = ""
    form["note"] = ""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        form.to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL)
    elif suffix == ".xlsx":
        with pd.ExcelWriter(path, engine="openpyxl") as book:
            form.to_excel(book, sheet_name=_("Labels"), index=False)
            how = _("How to fill it in")
            pd.DataFrame({how: [form_question()]}).to_excel(book, sheet_name=how, index=False)
    else:
        raise ValueError(
            _("A label form is written as .csv or .xlsx, not {name}.").format(name=repr(path.name))
        )
    return path


def read_label_forms(paths) -> pd.DataFrame:
    """Read filled label forms, one rater per file.

    Args:
        paths: a file or a list of files (CSV or a workbook, as written by
            `write_label_form` and filled in a spreadsheet; ``~`` and `pathlib.Path` work,
            a web address is refused with how to download the file). The rater
            is named by the file's name without its suffix.

    Returns:
        One row per rater and activity with a label: columns ``rater``, ``id``,
        ``label`` (OT, Both or PT, any capitalization as written) and ``note``. Empty
        labels are left out (the rater could not say).

    Raises:
        LabelFormError: naming the file, and each line and column with a label that is not
            OT, PT or Both, an empty id or an id given twice - every problem at once;
            nothing is read from that file.
        ValueError: when two files would name the same rater.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    frames, raters = [], {}
    for raw in paths:
        path = user_path(raw, error=LabelFormError)
        rater = path.stem
        if rater in raters:
            raise ValueError(
                _("Two forms name the rater {rater}: {first} and {second}. Rename one file.").format(
                    rater=repr(rater), first=raters[rater], second=path
                )
            )
        raters[rater] = path
        frames.append(_read_one(path, rater))
    if not frames:
        return pd.DataFrame(columns=["rater", "id", "label", "note"])
    return pd.concat(frames, ignore_index=True)


def _read_one(path: Path, rater: str) -> pd.DataFrame:
    source, names, rows, problems = read_named_table(path, LabelFormError, ("id", "label"), FORM_COLUMNS)
    if problems:
        raise LabelFormError(source, problems)
    where = {name: names.index(name) for name in ("id", "label", "note") if name in names}
    records, seen = [], {}
    for line, cells in rows:
        cell = {name: clean_cell(cells[i]) if i < len(cells) else "" for name, i in where.items()}
        label_column = f"{column_letter(where['label'])} (label)"
        if not cell["id"]:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(where['id'])} (id)",
                    _("an empty cell"),
                    _("Keep each row's id as the form wrote it."),
                )
            )
            continue
        if cell["id"] in seen:
            problems.append(
                Problem(
                    line,
                    f"{column_letter(where['id'])} (id)",
                    _("'{id}' again").format(id=cell["id"]),
                    _("Each activity has one row; line {line} has it already.").format(line=seen[cell["id"]]),
                )
            )
            continue
        seen[cell["id"]] = line
        if not cell["label"]:
            continue
        label = _LABELS.get(cell["label"].lower())
        if label is None:
            problems.append(
                Problem(
                    line,
                    label_column,
                    f"'{cell['label']}'",
                    _("Allowed: OT, PT or Both (or leave it empty and say why in 'note')."),
                )
            )
            continue
        records.append((rater, cell["id"], label, cell.get("note", "")))
    if problems:
        raise LabelFormError(source, problems)
    return pd.DataFrame(records, columns=["rater", "id", "label", "note"])
