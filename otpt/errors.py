"""Every problem otpt reports about a file, in one family (kept apart, as seaborn keeps its
exceptions, so that any layer can raise them without circular imports).

A file that cannot be used raises a `DataFileError` subclass naming the file and listing
each `Problem` (line and column as a spreadsheet shows them, what was found, what is
allowed); nothing is loaded and the file is never changed. A file that loaded but was read
in a way the person may not expect gives an `ActivityDataNote`; files skipped in a class
folder give a `ClassFilesWarning`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .language import N_, ngettext
from .language import gettext as _

__all__ = [
    "ActivityDataError",
    "ActivityDataNote",
    "AnswersFileError",
    "BoothTextsError",
    "CaseFileError",
    "ClassFilesWarning",
    "DataFileError",
    "GoalsFileError",
    "ItemsFileError",
    "KitFileError",
    "LabelFormError",
    "LearnersNotMatchedWarning",
    "Problem",
    "RubricFileError",
    "WeightsFileError",
    "WebAddressError",
]

MAX_LISTED = 40  # problems spelled out in the message; all are kept in .problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: where it is, what was found, what is allowed.

    Args:
        line: the line (row) as a spreadsheet numbers it, or None for the whole file.
        column: the column letter and name, e.g. ``"C (lead)"``, or None.
        found: what the cell or file holds, as the reader should see it.
        allowed: what would be accepted instead, as a sentence.

    >>> str(Problem(2, "B (lead)", "'nurse'", "Allowed: OT, PT or Both."))
    "line 2, column B (lead): found 'nurse'. Allowed: OT, PT or Both."
    """

    line: int | None
    column: str | None
    found: str
    allowed: str

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(_("line {line}").format(line=self.line))
        if self.column is not None:
            where.append(_("column {column}").format(column=self.column))
        prefix = ", ".join(where) + ": " if where else ""
        return prefix + _("found {found}.").format(found=shown(self.found)) + f" {self.allowed}"


def shown(text: str) -> str:
    """Text with every character a reader cannot see written out.

    >>> shown("OT\\u200b")
    'OT<U+200B>'
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else f"<U+{ord(c):04X}>" for c in text)


def reading_order(problem: Problem) -> tuple:
    """Sort key for problems as a person reads a sheet: by line, then column (A..Z, AA..)."""
    letters = (problem.column or "").split(" ", 1)[0]
    return (problem.line or 0, len(letters), letters)


class DataFileError(ValueError):
    """A file otpt cannot use as it is; nothing was loaded and the file was not changed.

    Args:
        source: the file as the message names it (quoted path, or a description).
        problems: every problem found, as `Problem` objects (sorted into reading order).
        what: what the file is for, in words ("activity bank", "case file" ...); defaults
            to the subclass's own.

    Attributes ``source``, ``problems`` and ``what`` hold the same.
    """

    what = N_("data file")

    def __init__(self, source: str, problems: list[Problem], *, what: str | None = None):
        self.source = source
        self.what = _(what or type(self).what)
        self.problems = sorted(problems, key=reading_order)
        n = len(self.problems)
        head = ngettext(
            "Could not load the {what} {source}: {n} problem. Nothing was loaded and the file was not changed.",
            "Could not load the {what} {source}: {n} problems. Nothing was loaded and the file was not changed.",
            n,
        ).format(what=self.what, source=source, n=n)
        lines = [f"  - {p}" for p in self.problems[:MAX_LISTED]]
        if n > MAX_LISTED:
            lines.append("  " + _("... and {n} more (see the error's .problems).").format(n=n - MAX_LISTED))
        super().__init__("\n".join([head, *lines]))

    @property
    def reason(self) -> str:
        """The problems in one line, without the file's name (for a list of skipped files)."""
        return "; ".join(str(p) for p in self.problems)


class ActivityDataError(DataFileError):
    """An activity bank (CSV or workbook) that cannot be used as it is."""

    what = N_("activity bank")


class CaseFileError(DataFileError):
    """A case file (cases.csv or an instructor's own) that cannot be used as it is."""

    what = N_("case file")


class GoalsFileError(DataFileError):
    """A worked goals file that cannot be used as it is."""

    what = N_("worked goals file")


class RubricFileError(DataFileError):
    """A goal-writing rubric or its worked examples (data/goal_rubric*.csv) that cannot be
    used as it is."""

    what = N_("rubric file")


class WeightsFileError(DataFileError):
    """A lead-weights file (lead_weights.csv) that cannot be used as it is."""

    what = N_("weights file")


class BoothTextsError(DataFileError):
    """A booth texts file (data/booth.csv) that cannot be used."""

    what = N_("booth texts file")


class KitFileError(DataFileError):
    """One of the instructor's kit's tables (IPEC sub-competencies, objectives,
    accreditation standards) that cannot be used as it is."""

    what = N_("instructor's kit file")


class ItemsFileError(KitFileError):
    """An assessment items file (data/assessment_items.csv or an instructor's own) that
    cannot be used as it is."""

    what = N_("assessment items file")


class LabelFormError(DataFileError):
    """A filled blind-label form (`otpt.write_label_form`) that cannot be read."""

    what = N_("label form")


class AnswersFileError(DataFileError):
    """An answers file that cannot be read: missing, empty, cut short, not JSON, another
    format or version, or answers without an id, answer or key."""

    what = N_("answers file")


class WebAddressError(DataFileError):
    """A web address given where otpt needs a file or folder on this computer; the
    message shows the address as typed and how to download the file."""

    what = N_("file or folder")


class ActivityDataNote(UserWarning):
    """A file that loaded, with cells otpt read its own way or could not use.

    The message names the file and each cell (line, column, what was found, what otpt did
    with it). The file is never changed; a loaded bank's ``attrs["notes"]`` lists them.
    """


class LearnersNotMatchedWarning(UserWarning):
    """Learners found before or after (a lecture) but not both; the message names them."""


class ClassFilesWarning(UserWarning):
    """Some files in a class folder were skipped; the message names each and why."""
