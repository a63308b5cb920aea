"""`Placeholder`: every otpt widget shown in a lesson says what it is and how to start it
wherever the widget itself cannot be drawn (see `otpt.render.placeholder`)."""

from __future__ import annotations

from ..render.placeholder import placeholder_html, placeholder_text

__all__ = ["Placeholder"]


class Placeholder:
    """Mix in before an ipywidgets class: its display keeps the widget's view and replaces
    the text form (``ClassifyQuiz(children=(...``) with a placeholder, in text and HTML.

    Set ``placeholder`` on the class: what the widget is, as a sentence's subject.
    """

    placeholder = "This exercise"

    def _repr_mimebundle_(self, **kwargs):
        data = super()._repr_mimebundle_(**kwargs)
        if data is not None:
            data["text/plain"] = placeholder_text(self.placeholder)
            data["text/html"] = placeholder_html(self.placeholder)
        return data
