"""The ``otpt`` command in the learner's language: argparse's own words ("usage:",
"options", "error: the following arguments are required ...") go through otpt's gettext
catalog like every other interface string, while the command parses its arguments.

argparse looks its words up with the ``gettext`` and ``ngettext`` functions it imported
from the standard library (Python's documented hook for translating it); `argparse_language`
points them at `otpt.language` for the length of a ``with`` block and puts them back after,
so importing otpt changes nothing and other programs in the same process keep argparse as
it was. `MESSAGES` marks argparse's learner-facing words for Babel (``make translations``);
the developer-only ones (a parser built wrongly) stay English.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from . import language
from .language import N_

__all__ = ["MESSAGES", "PLURAL_MESSAGES", "argparse_language"]

#: argparse's words a person at the command line reads (Python 3.10-3.13), marked for the catalog.
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
    N_("can't open '%(filename)s': %(error)s"),
)


def plural_messages(n: int = 1) -> tuple[str, ...]:
    """argparse's plural words as the language in force says them for ``n`` (this call
    also marks them for Babel)."""
    return (language.ngettext("expected %s argument", "expected %s arguments", n),)


#: The English (singular, plural) pairs `plural_messages` looks up.
PLURAL_MESSAGES = (("expected %s argument", "expected %s arguments"),)


@contextlib.contextmanager
def argparse_language() -> Iterator[None]:
    """Within the block, argparse says its words in the language in force
    (`otpt.language.get_language`); after it, as before.

    >>> import argparse, otpt.language as lang
    >>> lang.set_language("es")
    >>> with argparse_language():
    ...     argparse.ArgumentParser(prog="otpt").format_usage()
    'uso: otpt [-h]\\n'
    >>> lang.set_language(None)
    """
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = language.gettext, language.ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
