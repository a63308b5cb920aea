"""Checks that need two columns of a bank row (`check_across`), after each column's cells
were read on their own (`otpt.io.bank_cells.check_column`).
"""

from __future__ import annotations

from ..errors import Problem
from ..language import gettext as _
from ..vocab import OCCUPATIONS

__all__ = ["check_across"]

#: occupation -> its OTPF-4 occupation area
_OCCUPATION_AREA = {occupation: area for area, names in OCCUPATIONS.items() for occupation in names}


def check_across(checked, lines, where, problems):
    """Checks that need two columns of a row: an also-accepted answer differs from the
    lead, only a Both row says how the work is shared (an OT or PT row only that one
    specialist of either profession does it), and an occupation belongs to the
    occupation area given (an empty area is filled from the occupation)."""
    n = len(lines)
    if "occupation" in checked and "occupation_area" not in checked:
        checked["occupation_area"] = [None] * n  # filled from each row's occupation below
    empty = [None] * n  # one list for every column a bank leaves out
    leads, alsos, shareds, occupations = (
        checked.get(name, empty) for name in ("lead", "also_accepted", "shared_as", "occupation")
    )
    for i, line in enumerate(lines):
        lead, also, shared, occupation = leads[i], alsos[i], shareds[i], occupations[i]
        if lead and also and lead in also.split(";"):
            problems.append(
                Problem(
                    line,
                    where["also_accepted"][1],
                    _("'{value}', which includes the lead").format(value=also),
                    _("An also-accepted answer must differ from the lead (or leave it empty)."),
                )
            )
        if lead and lead != "Both" and shared and shared != "either specialist":
            problems.append(
                Problem(
                    line,
                    where["shared_as"][1],
                    _("'{value}' on a row led by {lead}").format(value=shared, lead=lead),
                    _(
                        "Only a Both row says how the work is shared (an OT or PT row may say "
                        "'either specialist': one specialist of either profession, most often "
                        "{lead}); leave the cell empty."
                    ).format(lead=lead),
                )
            )
        if not occupation:
            continue
        area = _OCCUPATION_AREA[occupation]
        given = checked["occupation_area"][i]
        if given is None:
            checked["occupation_area"][i] = area
        elif given != area:
            problems.append(
                Problem(
                    line,
                    where["occupation"][1],
                    _("'{occupation}' with the occupation area '{area}'").format(
                        occupation=occupation, area=given
                    ),
                    _("In the OTPF-4 '{occupation}' belongs to '{area}'.").format(
                        occupation=occupation, area=area
                    ),
                )
            )
