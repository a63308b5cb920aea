"""The exporters from the command line: ``python -m otpt export items|gradebook`` and
``otpt booth-cards`` (subcommands of the ``otpt`` command: `otpt.cli.COMMANDS`)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import DataFileError
from ..language import LANGUAGES, in_language, ngettext
from ..language import gettext as _

__all__ = ["add_commands", "run"]


def add_commands(commands) -> None:
    """Add ``export items``, ``export gradebook`` and ``booth-cards`` to argparse subparsers."""
    from .booth_cards import PAPERS
    from .gradebook import LMS_SHAPES
    from .lms import FORMATS

    export = commands.add_parser(
        "export", help=_("assessment items for an LMS; a gradebook CSV of class results")
    )
    export.set_defaults(run=run)
    steps = export.add_subparsers(dest="step", required=True)
    items = steps.add_parser(
        "items",
        help=_("write items as Canvas QTI 1.2, QTI 2.1 (Blackboard), Moodle XML and GIFT"),
        description=_(
            "Writes the kit's assessment items (or --items FILE) and any "
            "--bank-ids selection of the activity bank."
        ),
    )
    items.add_argument(
        "--items",
        help=_(
            "your own assessment item table (CSV or workbook; columns: "
            "data/README.md); default: the kit's items, data/assessment_items.csv"
        ),
    )
    items.add_argument(
        "--no-items", action="store_true", help=_("only the --bank-ids selection, no assessment items")
    )
    items.add_argument(
        "--bank-ids",
        help=_('activity ids from the bank, comma-separated ("A001,A012"), or "quiz" for every quiz row'),
    )
    items.add_argument("--bank", help=_("an activity bank (default: the bundled bank)"))
    items.add_argument(
        "--plan",
        help=_(
            "only the items a session plan teaches: A (50 minutes), B (60) or C (90), "
            "as the facilitator guide's item-by-session table lists them"
        ),
    )
    items.add_argument(
        "--format",
        action="append",
        choices=list(FORMATS),
        help=_("one format (repeat for more; default: all four)"),
    )
    items.add_argument("--out", default=".", help=_("the folder to write into (default: here)"))
    items.add_argument("--title", default="otpt items", help=_("the quiz's or question category's name"))
    items.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_(
            "the language of the kit's items, the bank's questions "
            "and the words around them: en or es (default: the language otpt is set to, OTPT_LANG)"
        ),
    )
    grades = steps.add_parser(
        "gradebook", help=_("a gradebook CSV (Canvas or Moodle shape) from a class folder")
    )
    grades.add_argument("folder", help=_("the class folder (or .zip) of answer files, as lesson 6 reads it"))
    grades.add_argument("output", help=_("the CSV file to write"))
    grades.add_argument("--lms", choices=list(LMS_SHAPES), default="canvas")
    grades.add_argument(
        "--roster", help=_("the gradebook exported from the LMS (CSV): rows are matched to its students")
    )
    grades.add_argument(
        "--column", default="otpt quiz", help=_('the assignment column (Canvas: "Name (id)")')
    )
    grades.add_argument("--points", type=float, default=10, help=_("points for a full score (default 10)"))
    grades.add_argument(
        "--grade",
        choices=["score", "completion"],
        default="score",
        help=_("score: share right x points; completion: full points for --minimum answers"),
    )
    grades.add_argument("--minimum", type=int, default=1, help=_("answers needed for completion (default 1)"))
    cards = commands.add_parser(
        "booth-cards", help=_("the booth on paper: card deck, poster, volunteer script (PDF)")
    )
    cards.set_defaults(run=run)
    cards.add_argument("--out", default=".", help=_("the folder to write into (default: here)"))
    cards.add_argument(
        "--paper", choices=[*PAPERS, "both"], default="both", help=_("paper size (default: both)")
    )
    cards.add_argument(
        "--config",
        help=_(
            "the event's booth config (JSON; default: $OTPT_BOOTH_CONFIG): setting, population and open_house"
        ),
    )
    cards.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=_(
            "the language of the cards, the poster and the "
            "volunteer script: en or es (default: the language otpt is set to, OTPT_LANG)"
        ),
    )


def run(args, write=print) -> int:
    """Do what ``args`` (from `add_commands`' parser) asks; the exit status (1: a file or
    value otpt cannot use, said in one message)."""
    try:
        if args.command == "booth-cards":
            return _booth_cards(args, write)
        if args.step == "items":
            return _items(args, write)
        return _gradebook(args, write)
    except (DataFileError, ValueError, KeyError, OSError) as err:
        write(str(err.args[0]) if isinstance(err, KeyError) else str(err))
        return 1


def _items(args, write) -> int:
    from .items import assessment_items, bank_items
    from .lms import FORMATS, export_items

    if args.no_items and not args.bank_ids:
        write(_("Nothing to export: --no-items leaves only --bank-ids, and none was given."))
        return 1
    lang = args.lang
    items = [] if args.no_items else assessment_items(args.items, plan=args.plan, lang=lang)
    if args.bank_ids:
        ids = (
            None
            if args.bank_ids.strip().lower() == "quiz"
            else [i.strip() for i in args.bank_ids.split(",") if i.strip()]
        )
        chosen, left_out = bank_items(args.bank, ids, lang=lang)
        items += chosen
        if left_out:
            write(
                "  "
                + ngettext(
                    "Left out {n} activity where practice supports a second answer (the quiz credits it; a "
                    "single-best item cannot): {ids}",
                    "Left out {n} activities where practice supports a second answer (the quiz credits it; a "
                    "single-best item cannot): {ids}",
                    len(left_out),
                ).format(n=len(left_out), ids=", ".join(line.split(" ", 1)[0] for line in left_out))
            )
    formats = args.format or tuple(FORMATS)
    sets = {"": items}
    if not (args.items or args.no_items or args.plan):
        # the kit's items once more per session plan (folders plan-A, plan-B, plan-C): an
        # instructor handed the files, not otpt, still imports only what their plan taught
        from ..io.kit import load_session_plans

        bank = [item for item in items if item.plans is None]
        sets |= {
            plan: assessment_items(plan=plan, lang=lang) + bank
            for plan in dict.fromkeys(load_session_plans()["plan"])
        }
    for plan, chosen in sets.items():
        folder = Path(args.out).expanduser() / (f"plan-{plan}" if plan else "")
        title = f"{args.title} (plan {plan})" if plan else args.title
        written = export_items(chosen, folder, formats=formats, title=title, lang=lang)
        write(ngettext("Wrote {n} item:", "Wrote {n} items:", len(chosen)).format(n=len(chosen)))
        for name, path in written.items():
            write(f"  {path}  ({FORMATS[name][1]})")
    return 0


def _gradebook(args, write) -> int:
    import warnings

    from ..analysis.classroom import load_class
    from .gradebook import gradebook_table, read_roster, write_gradebook

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        answers = load_class(args.folder)
    for warning in caught:
        write("  " + _("note - {note}").format(note=warning.message))
    roster = read_roster(args.roster, args.lms) if args.roster else None
    table = gradebook_table(
        answers,
        args.column,
        lms=args.lms,
        roster=roster,
        points=args.points,
        grade=args.grade,
        minimum=args.minimum,
    )
    path = write_gradebook(table, args.output, lms=args.lms, points=args.points)
    write(answers.attrs["summary"])
    graded, lms = int(table[args.column].notna().sum()), args.lms.capitalize()
    write(
        ngettext(
            "Wrote {n} grade to {path} ({lms} shape).", "Wrote {n} grades to {path} ({lms} shape).", graded
        ).format(n=graded, path=path, lms=lms)
    )
    if roster is None:
        write(
            "  "
            + _(
                "No --roster: the id columns are empty, so {lms} cannot match the rows yet. Export the "
                "gradebook from the LMS and give it as --roster."
            ).format(lms=lms)
        )
    if table.attrs["unmatched"]:
        write(
            "  "
            + _("Not in the roster (left out): {names}").format(names=", ".join(table.attrs["unmatched"]))
        )
    if table.attrs["missing"]:
        write(
            "  "
            + _("In the roster with no answers (left empty): {names}").format(
                names=", ".join(table.attrs["missing"])
            )
        )
    return 0


def _booth_cards(args, write) -> int:
    from ..io.booth_settings import booth_settings
    from ..io.open_house import weekday_mismatch
    from .booth_cards import PAPERS, booth_cards, write_booth_deck, write_booth_poster, write_volunteer_script

    settings = booth_settings(None, args.config)
    mismatch = weekday_mismatch(settings.open_house)
    if mismatch:  # the poster is still written: the keeper may mean the weekday or the date
        print(f"Warning: {mismatch} Correct the poster's date.", file=sys.stderr)
    folder = Path(args.out).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    with in_language(args.lang):  # what is printed; the command's own messages stay in otpt's language
        cards = booth_cards(settings)
        written = []
        for paper in PAPERS if args.paper == "both" else (args.paper,):
            deck = write_booth_deck(cards, folder / f"booth-cards-{paper}.pdf", paper=paper)
            poster = write_booth_poster(
                folder / f"booth-poster-{paper}.pdf",
                paper=paper,
                open_house=settings.open_house,
                program=settings.program,
                program_url=settings.program_url,
            )
            script = write_volunteer_script(
                folder / f"booth-script-{paper}.pdf", paper=paper, open_house=settings.open_house
            )
            written.append((deck, poster, script))
    for deck, poster, script in written:
        write(
            _("Wrote {deck} ({n} cards), {poster} and {script}.").format(
                deck=deck, n=len(cards), poster=poster, script=script
            )
        )
    write(
        _(
            "Print the cards double-sided, flipping on the long edge, at 100% (not 'fit to page'); cut on the marks."
        )
    )
    return 0
