"""`Placeholder`: every otpt widget shown in a lesson says what it is and how to start it
wherever the widget itself cannot be drawn (see `otpt.render.placeholder`)."""

from __future__ import annotations

from ..render.placeholder import placeholder_html, placeholder_text

__all__ = ["WHAT", "Placeholder"]

#: Each lesson widget, as the subject of the placeholder's sentence.
WHAT = {
    "ClassifyQuiz": "The classification quiz",
    "OverlapExplorer": "The overlap explorer",
    "CareTeamPlanner": "The care-team planner",
    "GoalWriter": "The goal writer",
    "PlaceActivity": "The place-an-activity exercise",
    "Poll": "The live poll",
    "Booth": "The booth game",
}


class Placeholder:
    """Mix in before an ipywidgets class: its display keeps the widget's view and replaces
    the text form (``ClassifyQuiz(children=(...``) with a placeholder, in text and HTML,
    naming the widget as `WHAT` does (a class of one's own: "This exercise")."""

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs)
        if data is not None:
            what = next((WHAT[c.__name__] for c in type(self).__mro__ if c.__name__ in WHAT), "This exercise")
            data["text/plain"] = placeholder_text(what)
            data["text/html"] = placeholder_html(what)
        return data
