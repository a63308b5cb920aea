"""The ``otpt`` command (``python -m otpt`` is the same): one argparse subcommand per task.

    otpt lessons [DIR]    copy the lessons and the booth to a folder (never over your edits)
    otpt lab [DIR]        the lessons in JupyterLab
    otpt present          the outreach booth with Voila and the event settings
    otpt check FILE ...   check activity banks before class
    otpt labels ...       blind labels of a bank: forms and agreement
    otpt site DIR         the lessons as a static web site that works offline
    otpt export ...       assessment items for an LMS (QTI, Moodle XML, GIFT); a gradebook CSV
    otpt booth-cards      the booth on paper: card deck, poster, volunteer script (PDF)

Each command is thin over functions that tests call directly. A module joins the command
with one line in `COMMANDS`: it defines ``add_commands(commands)``, which adds its parsers
to an argparse subparsers object and gives each ``set_defaults(run=...)`` - a function of
the parsed arguments that returns the exit status. A parser that also sets
``extra_args=True`` receives the arguments it does not know in ``args.extra`` (passed on to
JupyterLab or Voila).

Every word the command prints is in the language otpt is set to (``OTPT_LANG=es otpt
--help``): its own help and messages through gettext, argparse's through
`otpt.cli_language.argparse_language`.
"""

from __future__ import annotations

import argparse
import importlib

from .cli_language import argparse_language
from .language import gettext as _

__all__ = ["COMMANDS", "any_console", "build_parser", "main"]

#: The modules that add subcommands, in the order ``otpt --help`` lists them.
COMMANDS = (
    "launch",  # lessons, lab, present
    "check",  # check
    "labels",  # labels form, labels agreement
    "export.commands",  # export items, export gradebook, booth-cards
    "site.command",  # site
)


def build_parser() -> argparse.ArgumentParser:
    """The ``otpt`` parser with every module's subcommands in it."""
    parser = argparse.ArgumentParser(
        prog="otpt",
        description=_(
            "Lessons about occupational therapy (OT) and physical therapy (PT), "
            "and tools for their instructors. 'otpt COMMAND --help' says more about each command."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"otpt {importlib.import_module(__package__).__version__}",
        help=_("show otpt's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar=_("COMMAND"))
    for name in COMMANDS:
        importlib.import_module(f".{name}", __package__).add_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``otpt`` with ``argv`` (default: the command line); returns the exit status:
    0 done, 1 the task could not be done (the reason is printed), 2 the command was mistyped."""
    any_console()
    with argparse_language():
        parser = build_parser()
        args, extra = parser.parse_known_args(argv)
        if extra and not getattr(args, "extra_args", False):
            parser.error(_("unrecognized arguments: %s") % " ".join(extra))
    args.extra = extra
    return args.run(args)


#: Characters spreadsheets' AutoCorrect and otpt's own messages use, as a console that
#: cannot print them shows them; any other is written <U+2192>, as `errors.shown` does.
_PLAIN = {
    "\u2192": "->",
    "\u2190": "<-",
    "\u2194": "<->",
    "\u21d2": "=>",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",
    "\u2014": "--",
    "\u2026": "...",
    "\u00b7": "-",
    "\u2022": "-",
    "\u00a0": " ",
    "\u2713": "[yes]",
    "\u2717": "[no]",
    "\u00d7": "x",
}


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
