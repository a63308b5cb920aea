"""Canvas: a QTI 1.2 package (.zip) written by text2qti (BSD), which keeps the key and every
answer's feedback. Import it in Canvas under Settings > Import Course Content > QTI .zip.

Our plain text goes to text2qti's Markdown as character references, so no cell can turn
into Markdown, HTML or LaTeX: ``*``, ``<b>`` and ``$5`` arrive as typed."""

from __future__ import annotations

import re
from pathlib import Path

from ..language import gettext as _
from .items import Item

__all__ = ["canvas_text", "write_canvas_qti"]

#: Characters Markdown, HTML or text2qti's LaTeX would read as markup.
_MARKUP = re.compile(r"[\\`*_{}\[\]()#+\-.!<>&$|~^=:%\"']")


def _plain(text: str) -> str:
    """Text as text2qti Markdown that shows exactly ``text`` (one line)."""
    return _MARKUP.sub(lambda m: f"&#{ord(m.group())};", " ".join(str(text).split()))


def _line(text: str) -> str:
    """A title: text2qti only XML-escapes it (no Markdown), so one line is enough."""
    return " ".join(str(text).split())


def canvas_text(items: list[Item], title: str) -> str:
    """The quiz in text2qti's plain-text format (what `write_canvas_qti` compiles)."""
    # Canvas shows students the general feedback, and with "show correct answers" the key, after
    # they submit: on a pre-test that gives away the post-test. The instructor may turn it on.
    lines = [f"Quiz title: {_line(title)}", "Shuffle answers: false", "Show correct answers: false", ""]
    number = 0
    for item in items:
        if not item.scored:  # text2qti writes no 0-point question: a text item, worth nothing
            lines += [f"Text title: {_line(item.title)}", "Text: " + _unscored_text(item), ""]
            continue
        number += 1
        lines += [
            f"Title: {_line(item.title)}",
            f"Points: {item.points:g}",
            f"{number}.  {_plain(item.stem)}",
        ]
        if item.rationale and item.kind == "single_best":
            lines.append(f"... {_plain(item.rationale)}")
        # a short answer's rationale is its scoring rule: Canvas would show it to students after
        # they submit, so it stays with the grader (data/assessment_items.csv, the Moodle file)
        if item.kind == "single_best":
            for letter, text in item.options:
                mark = "*" if letter == item.key else ""
                lines.append(f"{mark}{letter}) {_plain(text)}")
                if item.feedback.get(letter):
                    lines.append(f"... {_plain(item.feedback[letter])}")
        else:
            lines.append("____")  # an essay question, graded by hand: no model answer for students
        lines.append("")
    return "\n".join(lines)


def _unscored_text(item: Item) -> str:
    """An item not scored, for discussion: the stem, its options as a list (kit review 6, S14:
    one run-on paragraph before) and the note, no key - text2qti's Markdown, its lines after the
    first indented under ``Text:``."""
    indent = "\n" + " " * len("Text: ")
    options = "".join(f"{indent}* {letter}) {_plain(text)}" for letter, text in item.options)
    return (
        _plain(item.stem)
        + indent
        + options
        + indent
        + indent
        + _plain(_("(Not scored: a question to discuss.)"))
    )


def write_canvas_qti(items: list[Item], path: str | Path, *, title: str = "otpt items") -> Path:
    """Write ``items`` as a Canvas QTI 1.2 .zip at ``path``.

    An item worth 0 points (not scored, `Item.scored`) becomes a text item ("Text (no
    question)" in Canvas): its stem and options to discuss, no key, nothing to score -
    text2qti writes no 0-point question. Short-answer items become essay questions (graded by hand) worth the item's points,
    with neither how points are given nor their model answers in the file, because
    Canvas shows every feedback to students (Moodle XML and QTI 2.1 keep them for graders
    only). The quiz does not show students the correct answers. Raises ValueError if text2qti
    refuses an item (its message).
    """
    from text2qti.config import Config
    from text2qti.err import Text2qtiError
    from text2qti.qti import QTI
    from text2qti.quiz import Quiz

    try:
        # Config() without .load(): text2qti reads and writes no file in the home folder
        qti = QTI(Quiz(canvas_text(items, title), config=Config(), source_name=str(path)))
    except Text2qtiError as err:
        raise ValueError(f"text2qti could not write the Canvas quiz: {err}") from None
    qti.imsmanifest_xml = _manifest_with_license(qti.imsmanifest_xml, title)
    path = Path(path)
    path.write_bytes(qti.zip_bytes())
    return path


#: What the package's rights metadata says (text2qti writes "Private (Copyrighted)"): the
#: kit's content license, LICENSE-CONTENT.
LICENSE = "CC BY 4.0 - https://creativecommons.org/licenses/by/4.0/"


def _manifest_with_license(manifest: str, title: str) -> str:
    """text2qti's imsmanifest.xml with the quiz's title and the kit's license (`LICENSE`) in
    its IMS metadata, in place of text2qti's generic title and "Private (Copyrighted)"."""
    import xml.etree.ElementTree as ET

    md = "http://www.imsglobal.org/xsd/imsmd_v1p2"
    for prefix, uri in (
        ("", "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"),
        ("imsmd", md),
        ("lom", "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource"),
        ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(manifest.encode("utf-8"))
    lom = root.find(f".//{{{md}}}lom")
    lom.find(f"{{{md}}}general/{{{md}}}title/{{{md}}}string").text = _line(title)
    lom.find(f"{{{md}}}rights/{{{md}}}description/{{{md}}}string").text = LICENSE
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
