"""Check an activity bank before class: ``python -m otpt check my_bank.csv``.

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

__all__ = ["any_console", "check_bank", "main", "summary"]


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


def main(argv: list[str] | None = None) -> int:
    """``python -m otpt check FILE [FILE ...]`` (the exit status is 1 if any file fails),
    ``python -m otpt labels ...`` (`otpt.labels`), ``python -m otpt export ...`` and
    ``python -m otpt booth-cards`` (`otpt.export.commands`)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m otpt", description=_("Tools for otpt instructors."))
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help=_("check activity bank files before class"))
    check.add_argument(
        "files", nargs="+", help=_("activity banks: CSV, .xlsx, .xls or .ods files (see data/README.md)")
    )
    from .export import commands as export_commands
    from .labels import add_commands, run

    add_commands(commands)
    export_commands.add_commands(commands)
    any_console()
    args = parser.parse_args(argv)
    if args.command == "labels":
        return run(args)
    if args.command in ("export", "booth-cards"):
        return export_commands.run(args)
    return max(check_bank(path) for path in args.files)


#: Characters spreadsheets' AutoCorrect and otpt's own messages use, as a console that
#: cannot print them shows them; any other is written <U+2192>, as `errors.shown` does.
_PLAIN = {"\u2192": "->", "\u2190": "<-", "\u2194": "<->", "\u21d2": "=>", "\u2018": "'", "\u2019": "'",
          "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "--", "\u2026": "...", "\u00b7": "-",
          "\u2022": "-", "\u00a0": " ", "\u2713": "[yes]", "\u2717": "[no]", "\u00d7": "x"}  # fmt: skip


def _plain(err: UnicodeError):
    """codecs error handler: what cannot be encoded, as ASCII a reader understands."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    chars = err.object[err.start : err.end]
    return "".join(_PLAIN.get(c, f"<U+{ord(c):04X}>") for c in chars), err.end


def any_console() -> None:
    """Let standard output and error print on any console encoding (Windows cp1252, ASCII,
    a redirected stream): a character the encoding lacks is written in plain ASCII
    (-> for an arrow, <U+4E2D> for a letter) instead of stopping the report with a
    UnicodeEncodeError. Called by every command, never at import."""
    import codecs
    import sys

    codecs.register_error("otpt-plain", _plain)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.encoding or "").lower().replace("-", "") != "utf8":
            reconfigure(errors="otpt-plain")
