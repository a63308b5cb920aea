"""English a reader would see in the saved outputs of the translated lessons.

    python tools/english_in_outputs.py [NOTEBOOK ...] [--lang es]

Reads every saved output of the lessons in notebooks/<lang>/ (and its booth) - text/plain,
text/html with its image alt texts and titles, the text of the SVG figures embedded in it,
printed text, and the saved state of the widgets (their values, descriptions, tooltips and
options) - and lists, one line per finding with the notebook and the cell id, the text that
looks English:

- an English function word that Spanish never uses ("the", "and", "with", "who" ...) or a
  possessive "'s";
- an interface string of the English catalog (otpt/locale/otpt.pot's msgids, read from the
  language's .po) whose translation differs, found verbatim: a phrase of two words or more
  anywhere, a single word only as a whole table cell, label or figure text;
- one of the bank's codes (otpt.vocab: a lead, target, setting, body region, intervention
  ...) as a whole table cell, label or figure text, or a ';'-joined list of them.

Not findings: text marked ``lang="en"`` (Cara's quotation), ``<code>``, a file name or
path, an object's repr, and the names this module keeps (`KEPT`: Jupyter's menus, source
titles). tests/content/test_spanish_outputs.py runs it on every Spanish lesson, so English
that leaks into a saved output fails CI naming the notebook and the cell. Exit 1 if any.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"

#: English words Spanish never writes (so no Spanish sentence trips them). Not "a", "no",
#: "me", "he", "son", "as", "total", "general": Spanish words too.
FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "is",
        "are",
        "was",
        "were",
        "to",
        "for",
        "what",
        "who",
        "whose",
        "which",
        "this",
        "that",
        "these",
        "those",
        "your",
        "you",
        "it",
        "its",
        "on",
        "in",
        "at",
        "by",
        "from",
        "not",
        "be",
        "been",
        "has",
        "have",
        "will",
        "can",
        "would",
        "should",
        "usually",
        "each",
        "every",
        "how",
        "why",
        "when",
        "where",
        "because",
        "about",
        "after",
        "before",
        "than",
        "then",
        "their",
        "they",
        "them",
        "we",
        "our",
        "she",
        "his",
        "her",
        "if",
        "all",
        "more",
        "most",
        "only",
        "also",
        "both",
        "just",
        "there",
        "here",
        "an",
        "or",
        "do",
        "does",
    ]
)
#: English a Spanish page keeps on purpose (docs/GLOSSARY_ES.md, "Kept as they are"):
#: JupyterLab's menus, which it shows in English whatever otpt's language.
KEPT = (
    "Run > Run All Cells",
    "File > Hub Control Panel > Stop My Server",
    "Shift+Enter",
)
_REPR = re.compile(r"^<[\w.]+(?: object)? at 0x[0-9a-f]+>$")
_PATH = re.compile(r"[\w./-]*\w\.(?:csv|json|jsonl|ipynb|xlsx|txt|pdf|zip|html|md|po|py)\b|\b\w+(?:/\w+)+/?")
_SVG = re.compile(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)")
_WORD = re.compile(r"[^\W\d_]+(?:'s)?")
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
)
_WIDGET_TEXT = ("description", "tooltip", "placeholder", "_options_labels", "options")


@dataclass(frozen=True)
class Finding:
    """One piece of English: the notebook, the cell id, where in the output, and the text."""

    notebook: str
    cell: str
    where: str
    english: str
    text: str

    def __str__(self) -> str:
        return f"{self.notebook} cell {self.cell} ({self.where}): {self.english!r} in {self.text[:120]!r}"


class _Text(HTMLParser):
    """The text nodes and alt/title/aria-label attributes of an HTML output, without what
    is marked lang="en", <code>, <style> or <script>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, str]] = []
        self._stack: list[bool] = []  # per open element: is what it holds skipped?

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        skipped = bool(self._stack and self._stack[-1]) or tag in ("code", "style", "script")
        skipped = skipped or (attrs.get("lang") or "").lower().startswith("en")
        if not skipped:
            for name in ("alt", "title", "aria-label"):
                if attrs.get(name):
                    self.parts.append((name, attrs[name]))
        if tag not in _VOID:
            self._stack.append(skipped)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self._stack.pop()

    def handle_endtag(self, tag):
        if tag not in _VOID and self._stack:
            self._stack.pop()

    def handle_data(self, data):
        if data.strip() and not (self._stack and self._stack[-1]):
            self.parts.append(("text", data))


def html_texts(markup: str) -> list[tuple[str, str]]:
    """(where, text) for what a reader sees of an HTML output, its SVG figures' text included."""
    found = [("figure", text) for data in _SVG.findall(markup) for text in svg_texts(data)]
    parser = _Text()
    parser.feed(_SVG.sub("", markup))
    parser.close()
    return found + [(f"html {where}", text) for where, text in parser.parts]


def svg_texts(data: str) -> list[str]:
    """The texts drawn in a base64 SVG: matplotlib writes each text's string in a comment
    beside its glyphs (and in <text> when fonts are kept as text)."""
    svg = base64.b64decode(data).decode("utf-8", "replace")
    drawn = re.findall(r"<!-- (.*?) -->", svg) + re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)
    return [html.unescape(t) for t in drawn + re.findall(r"<title>([^<]*)</title>", svg)]


def output_texts(path: Path):
    """(cell id, where, text) for every saved output of a notebook and its saved widgets."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []):
            if "text" in output:
                yield cell["id"], output.get("name", "stream"), "".join(output["text"])
            data = output.get("data", {})
            plain = "".join(data.get("text/plain", ""))
            if plain and not _REPR.match(plain.strip()):
                yield cell["id"], "text/plain", plain
            for where, text in html_texts("".join(data.get("text/html", ""))):
                yield cell["id"], where, text
    widgets = notebook.get("metadata", {}).get("widgets", {})
    for model in widgets.get("application/vnd.jupyter.widget-state+json", {}).get("state", {}).values():
        state = model.get("state", {})
        for name in _WIDGET_TEXT:
            values = state.get(name)
            for value in values if isinstance(values, list) else [values]:
                if isinstance(value, str) and value.strip():
                    yield "widgets", f"widget {name}", value
        if isinstance(state.get("value"), str) and model.get("model_name") in ("HTMLModel", "LabelModel"):
            for where, text in html_texts(state["value"]):
                yield "widgets", f"widget {where}", text


def catalog_english(lang: str) -> tuple[set[str], list[str]]:
    """From the interface catalog: (single words, phrases) of English whose translation
    differs - the literal parts of each msgid between its placeholders and tags."""
    import polib

    words, phrases = set(), set()
    for entry in polib.pofile(str(ROOT / "otpt" / "locale" / lang / "LC_MESSAGES" / "otpt.po")):
        if not entry.msgstr or entry.msgstr == entry.msgid or entry.obsolete:
            continue
        for part in re.split(r"\{[^}]*\}|<[^>]*>|&\w+;|[.:;!?()\"'\[\]]", entry.msgid):
            part = part.strip(" ,-")
            if not part or part in entry.msgstr:
                continue
            if " " in part and len(part) >= 8 and _english_words(part):
                phrases.add(part)
            elif re.fullmatch(r"[A-Za-z][a-z-]+", part) and len(part) > 3:
                words.add(part)
    return words, sorted(phrases, key=len, reverse=True)


def _english_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if w.lower() in FUNCTION_WORDS or w.endswith("'s")]


def vocabulary() -> set[str]:
    """The bank's codes a reader should only ever see translated (otpt.vocab)."""
    from otpt import vocab

    codes = {*vocab.TARGETS, *vocab.OUTCOMES, *vocab.SETTINGS, *vocab.POPULATIONS, *vocab.BODY_REGIONS}
    codes |= {*vocab.INTERVENTIONS, *vocab.OCCUPATION_AREAS, *vocab.CONFIDENCES, *vocab.SHARED_AS}
    return codes | {"Both"}  # of the leads: OT and PT are the same in Spanish


def findings(path: Path, *, lang: str = "es", catalog=None, codes=None) -> list[Finding]:
    """Every piece of English in ``path``'s saved outputs (see the module's docstring)."""
    words, phrases = catalog if catalog is not None else catalog_english(lang)
    codes = codes if codes is not None else vocabulary()
    phrase = re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in phrases)) if phrases else None
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name
    found: list[Finding] = []
    for cell, where, text in output_texts(path):
        shown = text
        for kept in KEPT:
            shown = shown.replace(kept, " ")
        shown = _PATH.sub(" ", shown)
        node = shown.strip()
        english = _english_words(shown)
        if phrase:
            english += phrase.findall(shown)
        if where != "text/plain" and node:
            parts = [p.strip() for p in node.removesuffix(" %").split(";")]
            if node in words or all(p in codes for p in parts):
                english.append(node)
        for word in dict.fromkeys(english):
            found.append(Finding(name, cell, where, word, " ".join(text.split())))
    return found


def spanish_lessons(lang: str = "es") -> list[Path]:
    """The translated lessons and the booth notebook, in lesson order."""
    folder = NOTEBOOKS / lang
    return sorted(folder.glob("[0-9][0-9]_*.ipynb")) + [folder / "booth" / "booth.ipynb"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("notebooks", nargs="*", type=Path)
    parser.add_argument("--lang", default="es")
    args = parser.parse_args(argv)
    catalog, codes = catalog_english(args.lang), vocabulary()
    found = [
        f
        for path in args.notebooks or spanish_lessons(args.lang)
        for f in findings(path.resolve(), lang=args.lang, catalog=catalog, codes=codes)
    ]
    for finding in found:
        print(finding)
    print(f"{len(found)} finding(s)." if found else "No English found in the saved outputs.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
