"""``otpt site DIR``: the lessons and the booth as a static site (`otpt.site.build_site`)."""

from __future__ import annotations

from ..language import gettext as _
from ..language import ngettext

__all__ = ["add_commands"]


def _site(args) -> int:
    from .pages import build_site

    try:
        pages = build_site(args.folder)
    except (RuntimeError, OSError) as err:
        print(_("The site could not be written to {folder}: {error}").format(folder=args.folder, error=err))
        return 1
    answerable = sum(1 for p in pages if p.answerable)
    print(
        ngettext(
            "Wrote {n} page and index.html to {folder} ({answerable} answerable without Python).",
            "Wrote {n} pages and index.html to {folder} ({answerable} answerable without Python).",
            len(pages),
        ).format(n=len(pages), folder=args.folder, answerable=answerable)
    )
    print(
        _("Open {folder}/index.html in a browser; it needs no internet and no server.").format(
            folder=args.folder
        )
    )
    return 0


def add_commands(commands) -> None:
    """Add ``site DIR`` to an argparse subparsers object (`otpt.cli`)."""
    site = commands.add_parser(
        "site",
        help=_("write the lessons as a static web site that works offline"),
        description=_(
            "Write every lesson and the booth as web pages with their saved outputs, figures "
            "and widgets, an index page, and the scripts they need: open index.html from disk or put the "
            "folder on any web server (a course page, a booth's Wi-Fi). The booth and the lesson 2 quiz "
            "can be answered there without Python."
        ),
    )
    site.add_argument("folder", help=_("the folder to write the site to (created; its pages are replaced)"))
    site.set_defaults(run=_site)
