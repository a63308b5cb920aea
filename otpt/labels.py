"""Blind labels from the command line: ``otpt labels form FILE`` writes a form of
every activity (no keys); ``otpt labels agreement FORM [FORM ...]`` reads the
filled forms and reports agreement per activity and overall (`otpt.label_agreement`)."""

from __future__ import annotations

from .errors import DataFileError
from .io.bank import coerce_activities
from .io.label_forms import read_label_forms, write_label_form
from .language import gettext as _

__all__ = ["add_commands", "run"]


def add_commands(commands) -> None:
    """Add ``labels form`` and ``labels agreement`` to an argparse subparsers object."""
    labels = commands.add_parser(
        "labels",
        help=_("blind labels of a bank: write forms, report agreement"),
        description=_(
            "Blind labels of an activity bank: 'otpt labels form FILE' writes a form of every "
            "activity without its key for your raters; 'otpt labels agreement FORM ...' reads the filled "
            "forms and reports how far the raters agree with each other and with the key."
        ),
    )
    steps = labels.add_subparsers(dest="step", required=True)
    form = steps.add_parser(
        "form", help=_("write a form of every activity (text, setting, population; no key)")
    )
    form.add_argument("output", help=_("the form to write: a .csv or .xlsx file"))
    form.add_argument("--bank", help=_("an activity bank (default: the bundled bank)"))
    form.add_argument("--seed", type=int, default=0, help=_("the rows' shuffled order (default 0)"))
    report = steps.add_parser("agreement", help=_("read filled forms (one rater each) and report agreement"))
    report.add_argument("forms", nargs="+", help=_("the filled forms, one per rater (.csv or a workbook)"))
    report.add_argument("--bank", help=_("the activity bank the forms are of (default: the bundled bank)"))
    report.add_argument("--out", help=_("also write the per-activity table to this CSV file"))
    labels.set_defaults(run=run)


def run(args, write=print) -> int:
    """Do what ``args`` (from the parser `add_commands` builds) asks; the exit status."""
    try:
        if args.step == "form":
            path = write_label_form(args.output, args.bank, seed=args.seed)
            write(
                _(
                    "Wrote a blind-label form of every activity to {path}. Send one copy to each rater."
                ).format(path=path)
            )
            return 0
        from .analysis.agreement import label_agreement

        result = label_agreement(read_label_forms(args.forms), coerce_activities(args.bank))
    except (DataFileError, ValueError, OSError) as err:
        write(str(err))
        return 1
    write(result.summary())
    write(result.per_rater.to_string())
    disputed = result.per_activity[result.per_activity["disputed"]]
    if len(disputed):
        write(_("Disputed activities:"))
        write(disputed[["activity", "key", "OT", "Both", "PT"]].to_string())
    if args.out:
        result.per_activity.to_csv(args.out)
        write(_("Wrote the per-activity table to {path}.").format(path=args.out))
    return 0
