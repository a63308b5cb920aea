"""One action per click, for every button of every otpt widget.

Some JupyterLab and ipywidgets versions deliver one click to a Button's handler twice, and
presenters double-click out of habit: a lecture poll's Next then skipped an activity, and
the quiz said "Press Check first" about a card nobody had seen. A click here acts on what
was on screen when it was made: a second click of the same button that arrives within a
double-click interval of that button's last action, with nothing else done in between,
is the same click and is dropped. Any other button of the widget ends the interval, so
Next - Check - Next is always three actions, however fast.
"""

from __future__ import annotations

import time

__all__ = ["DOUBLE_CLICK_SECONDS", "OneActionPerClick"]

#: Seconds. Desktop systems' default double-click interval is about half a second
#: (Windows' default is 500 ms); a doubled delivery arrives within milliseconds.
DOUBLE_CLICK_SECONDS = 0.5

#: The clock the interval is measured with (seconds; tests may replace it).
clock = time.monotonic


class OneActionPerClick:
    """Connects a widget's buttons to their handlers so that each click acts once.

    Example:
        >>> import ipywidgets as widgets
        >>> pressed = []
        >>> button, clicks = widgets.Button(description="Next"), OneActionPerClick()
        >>> clicks.on_click(button, lambda _: pressed.append(1))
        >>> button.click(); button.click()  # a double click, or one click delivered twice
        >>> len(pressed)
        1
    """

    def __init__(self, seconds: float = DOUBLE_CLICK_SECONDS):
        self.seconds = seconds
        self._last: tuple[object, float] | None = None  # (button, when its action ended)

    def on_click(self, button, handler) -> None:
        """Call ``handler(button)`` on a click of ``button``, once per click."""

        def once(clicked):
            last = self._last
            if last is not None and last[0] is button and clock() - last[1] < self.seconds:
                return  # the same click again: its action is already on screen
            handler(clicked)
            self._last = (button, clock())

        button.on_click(once)

    def interaction(self, _=None) -> None:
        """Something else happened on screen (a choice, a typed value): the next click of
        any button is a new click. Usable as an ``observe`` callback."""
        self._last = None
