"""Moodle XML: a question bank file with the key and every answer's feedback (Moodle: Question
bank > Import > Moodle XML format). Text goes in as HTML, escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

from ..io.files import write_atomic
from ..language import gettext as _
from .items import Item

__all__ = ["moodle_xml", "write_moodle_xml"]


def _text(parent: ET.Element, tag: str, text: str, *, html: bool = True) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": "html"} if html else {})
    ET.SubElement(element, "text").text = f"<p>{escape(text)}</p>" if html else text
    return element


def moodle_xml(items: list[Item], category: str = "otpt") -> str:
    """The items as a Moodle XML ``<quiz>`` document (text). Single-best items are
    ``multichoice`` (one answer, 100% for the key, each answer's feedback); short-answer
    items are ``essay`` questions graded by hand, with the model answer as the grader's
    information and the rationale as general feedback. An item not scored (0 points) keeps
    its options and feedback at a default mark of 0, which Moodle allows."""
    quiz = ET.Element("quiz")
    question = ET.SubElement(quiz, "question", {"type": "category"})
    _text(question, "category", f"$course$/{category}", html=False)
    for item in items:
        question = ET.SubElement(
            quiz, "question", {"type": "multichoice" if item.kind == "single_best" else "essay"}
        )
        _text(question, "name", item.title, html=False)
        _text(question, "questiontext", item.stem)
        _text(question, "generalfeedback", item.rationale)
        ET.SubElement(question, "defaultgrade").text = f"{item.points:g}"
        ET.SubElement(question, "idnumber").text = item.item_id
        if item.kind == "single_best":
            ET.SubElement(question, "single").text = "true"
            ET.SubElement(question, "shuffleanswers").text = "false"
            ET.SubElement(question, "answernumbering").text = "abc"
            for letter, text in item.options:
                answer = _text(question, "answer", text)
                answer.set("fraction", "100" if letter == item.key else "0")
                _text(answer, "feedback", item.feedback.get(letter, ""))
        else:
            ET.SubElement(question, "responseformat").text = "editor"
            ET.SubElement(question, "responserequired").text = "1"
            ET.SubElement(question, "responsefieldlines").text = "8"
            _text(question, "graderinfo", _("Model answer: {answer}").format(answer=item.key))
        tags = ET.SubElement(question, "tags")
        for code in item.ipec:
            ET.SubElement(ET.SubElement(tags, "tag"), "text").text = f"IPEC {code}"
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


def write_moodle_xml(items: list[Item], path: str | Path, *, category: str = "otpt") -> Path:
    """Write `moodle_xml` to ``path`` (UTF-8)."""
    return write_atomic(path, moodle_xml(items, category))
