"""LiveRegion: where a widget reports a result, so a screen reader says it.

An ``ipywidgets.HTML`` replaces its whole content on every update; a ``role="status"``
written inside that content is a new live region each time, created already filled, and
screen readers often say nothing. A LiveRegion is one element, made once when the widget
is drawn, whose content changes: the pattern WAI-ARIA's live regions are made for. It is
a small anywidget component, so it works alike in JupyterLab, Notebook 7 and Voila.

It also tells the page which language the widget speaks (`otpt.language`), so a screen
reader reads it in that language's voice: ``lang`` goes on the output that holds the
widget, and on ``<html>`` too when the page is a Voila page whose address asked for that
language (``?lang=es``): there the notebook is the whole page, in that language.
"""

from __future__ import annotations

import anywidget
import traitlets

from ..language import get_language

__all__ = ["LiveRegion"]

_ESM = """
function render({ model, el }) {
  const region = document.createElement("div");
  region.className = "otpt-live";
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  region.setAttribute("aria-atomic", "true");
  el.appendChild(region);
  const lang = model.get("lang");
  // The view is drawn before it is placed on the page: mark its output once it is there.
  const mark = (tries) => {
    if (!lang) return;
    if (!el.isConnected) {
      if (tries > 0) setTimeout(() => mark(tries - 1), 50);
      return;
    }
    const output = el.closest(".jp-OutputArea-output") || el.parentElement;
    if (output) output.setAttribute("lang", lang);
    // A Voila page whose address asks for this language (?lang=es) is in it from top to bottom.
    const asked = new URLSearchParams(window.location.search).get("lang") || "";
    if (document.body.dataset.voila !== undefined && asked.toLowerCase().startsWith(lang)) {
      document.documentElement.lang = lang;
    }
  };
  mark(400);
  const draw = () => { region.innerHTML = model.get("value"); };
  draw();
  model.on("change:value", draw);
  return () => model.off("change:value", draw);
}
export default { render };
"""


class LiveRegion(anywidget.AnyWidget):
    """A polite live region (``role="status"``) showing ``value``, HTML that otpt.render
    has already escaped. Setting ``value`` changes the text inside the one region, which
    assistive technology announces; an empty value shows nothing and says nothing.

    Example:
        >>> region = LiveRegion()
        >>> region.value = "<b>\u2713 Right.</b>"
        >>> region.value
        '<b>\u2713 Right.</b>'
    """

    _esm = _ESM
    value = traitlets.Unicode("", help="HTML shown and announced (already escaped)").tag(sync=True)
    lang = traitlets.Unicode(
        help="the language the widget speaks (BCP 47), for the page's lang attribute"
    ).tag(sync=True)

    @traitlets.default("lang")
    def _lang(self) -> str:
        return get_language()
