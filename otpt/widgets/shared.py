"""Layouts and styles that many widgets of one otpt widget share.

Every ipywidgets model is a message to the page when it is made, and a widget made without
a ``style`` or ``layout`` makes its own of each. Controls that look alike (a planner's task
rows, the skills' checkboxes) share one instead - as long as nothing changes it afterwards,
since a change to a shared style shows on every widget that has it.
"""

from __future__ import annotations

import ipywidgets as widgets

__all__ = ["shared_style"]


def shared_style(widget_class: type[widgets.DOMWidget], **traits) -> widgets.Style:
    """A style model of the kind ``widget_class`` takes (an ``HTML``'s, a ``Checkbox``'s:
    ipywidgets does not export every style class), with ``traits`` set, to pass as the
    ``style=`` of many such widgets.

    >>> style = shared_style(widgets.Dropdown, description_width="initial")
    >>> a, b = (widgets.Dropdown(options=["OT", "PT"], style=style) for _ in range(2))
    >>> a.style is b.style, a.style.description_width
    (True, 'initial')
    """
    return widget_class.class_traits()["style"].klass(**traits)
