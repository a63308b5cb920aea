"""`Placeholder`: every otpt widget shown in a lesson says what it is and how to start it
wherever the widget itself cannot be drawn (see `otpt.render.placeholder`)."""

from __future__ import annotations

from ..language import N_, Messages
from ..language import gettext as _
from ..render.placeholder import placeholder_html, placeholder_text

__all__ = ["WHAT", "Placeholder"]

#: Each lesson widget, as the subject of the placeholder's sentence.
WHAT = Messages(
    {
        "ClassifyQuiz": N_("The classification quiz"),
        "OverlapExplorer": N_("The overlap explorer"),
        "CareTeamPlanner": N_("The care-team planner"),
        "GoalWriter": N_("The goal writer"),
        "PlaceActivity": N_("The place-an-activity exercise"),
        "Poll": N_("The live poll"),
        "Booth": N_("The booth game"),
    }
)


class Placeholder:
    """Mix in before an ipywidgets class: its display keeps the widget's view and replaces
    the text form (``ClassifyQuiz(children=(...``) with a placeholder, in text and HTML,
    naming the widget as `WHAT` does (a class of one's own: "This exercise")."""

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs)
        if data is not None:
            what = next(
                (WHAT[c.__name__] for c in type(self).__mro__ if c.__name__ in WHAT), _("This exercise")
            )
            data["text/plain"] = placeholder_text(what)
            data["text/html"] = placeholder_html(what)
        return data
