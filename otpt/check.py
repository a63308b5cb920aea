"""Check an activity bank before class: ``otpt check my_bank.csv``.

Prints every problem the way `load_activities` reports them (line, column, what was found,
what is allowed) and exits 1; or prints the notes and a one-line summary of a bank that
loads and exits 0 - so it also runs in an instructor's own CI.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from .errors import ActivityDataError, ActivityDataNote
from .io.bank import load_activities
from .language import gettext as _
from .language import ngettext
from .vocab import LEAD_NAMES, LEADS, term

__all__ = ["add_commands", "check_bank", "summary"]


def summary(bank, name: str) -> str:
    """One line about a bank that loads: 'my_bank.csv: 2 activities (OT 1, Both 0, PT 1); settings: ...'."""
    leads = bank["lead"].value_counts()
    settings = sorted({str(s) for s in bank["setting"].dropna()}) if "setting" in bank else []
    n, notes = len(bank), len(bank.attrs["notes"])
    return "{name}: {activities} ({leads}); {settings}; {notes}.".format(
        name=name,
        activities=ngettext("{n} activity", "{n} activities", n).format(n=n),
        leads=", ".join(f"{LEAD_NAMES[lead]} {int(leads.get(lead, 0))}" for lead in LEADS),
        settings=_("settings: {settings}").format(settings=", ".join(map(term, settings)) or _("none given")),
        notes=ngettext("{n} note", "{n} notes", notes).format(n=notes),
    )


def check_bank(path: str | Path, write=print) -> int:
    """Check one bank file; write the report line by line. Returns the exit status:
    0 when the bank loads (with or without notes), 1 when it cannot be used."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ActivityDataNote)  # written out below instead
            bank = load_activities(path)
    except ActivityDataError as err:
        write(str(err))
        return 1
    for note in bank.attrs["notes"]:
        write("  " + _("note - {note}").format(note=note))
    write(summary(bank, str(path)))
    return 0


def add_commands(commands) -> None:
    """Add ``check FILE [FILE ...]`` to an argparse subparsers object (`otpt.cli`); the exit
    status is 1 if any file fails."""
    check = commands.add_parser(
        "check",
        help=_("check activity bank files before class"),
        description=_(
            "Check activity banks before class: every problem with its line and column "
            "(exit status 1), or the notes and a one-line summary (exit status 0)."
        ),
    )
    check.add_argument(
        "files", nargs="+", help=_("activity banks: CSV, .xlsx, .xls or .ods files (see data/README.md)")
    )
    check.set_defaults(run=lambda args: max(check_bank(path) for path in args.files))
