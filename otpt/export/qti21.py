"""QTI 2.1 content package (.zip) for Blackboard Learn (question bank > Import QTI 2.1
package) and other QTI 2.1 tools: one ``assessmentItem`` per item, the key in
``correctResponse``, each answer's feedback as a ``modalFeedback`` shown for that answer,
the rationale as feedback shown to all; a short answer is an ``extendedTextInteraction``
graded by hand, its model answer in a ``rubricBlock`` for scorers only. An item not scored
(0 points) keeps its key and feedback, scores 0 whatever the answer and declares no
maximum."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from ..language import gettext as _
from .items import Item

__all__ = ["QTI_NS", "qti_item_xml", "write_qti21"]

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = f"{QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"


def _identifier(text: str) -> str:
    """An XML NCName for an id such as "I001" or "row-2"."""
    name = re.sub(r"[^\w.-]", "_", text)
    return name if re.match(r"[A-Za-z_]", name) else f"item_{name}"


def _el(parent, tag, attrs=None, text=None):
    element = ET.SubElement(parent, f"{{{QTI_NS}}}{tag}", attrs or {})
    if text is not None:
        element.text = text
    return element


def _para(parent, text: str) -> None:
    _el(parent, "p", text=" ".join(str(text).split()))


def _set(parent, outcome: str, base_type: str, value: str | None = None, variable: str | None = None):
    setter = _el(parent, "setOutcomeValue", {"identifier": outcome})
    if variable:
        _el(setter, "variable", {"identifier": variable})
    else:
        _el(setter, "baseValue", {"baseType": base_type}, value)


def qti_item_xml(item: Item) -> str:
    """One item as a QTI 2.1 ``assessmentItem`` document (text)."""
    ET.register_namespace("", QTI_NS)
    ET.register_namespace("xsi", _XSI)
    root = ET.Element(
        f"{{{QTI_NS}}}assessmentItem",
        {
            f"{{{_XSI}}}schemaLocation": _SCHEMA,
            "identifier": _identifier(item.item_id),
            "title": " ".join(item.title.split()),
            "adaptive": "false",
            "timeDependent": "false",
        },
    )
    single = item.kind == "single_best"
    response = _el(
        root,
        "responseDeclaration",
        {"identifier": "RESPONSE", "cardinality": "single", "baseType": "identifier" if single else "string"},
    )
    if single:
        _el(_el(response, "correctResponse"), "value", text=item.key)
    for name, base in (("SCORE", "float"), ("FEEDBACK", "identifier"), ("GENERAL", "identifier")):
        outcome = _el(
            root, "outcomeDeclaration", {"identifier": name, "cardinality": "single", "baseType": base}
        )
        if name == "SCORE":  # the item's maximum, so a hand-graded essay's 2 points are declared
            if item.scored:  # QTI 2.1 wants a positive normalMaximum: an unscored item declares none
                outcome.set("normalMaximum", f"{item.points:g}")
            _el(_el(outcome, "defaultValue"), "value", text="0")
    body = _el(root, "itemBody")
    _para(body, item.stem)
    if single:
        interaction = _el(
            body,
            "choiceInteraction",
            {"responseIdentifier": "RESPONSE", "shuffle": "false", "maxChoices": "1"},
        )
        for letter, text in item.options:
            _el(interaction, "simpleChoice", {"identifier": letter}, " ".join(text.split()))
    else:
        _el(body, "extendedTextInteraction", {"responseIdentifier": "RESPONSE", "expectedLines": "8"})
        _para(
            _el(body, "rubricBlock", {"view": "scorer"}), _("Model answer: {answer}").format(answer=item.key)
        )
    processing = _el(root, "responseProcessing")
    if single:
        condition = _el(_el(processing, "responseCondition"), "responseIf")
        match = _el(condition, "match")
        _el(match, "variable", {"identifier": "RESPONSE"})
        _el(match, "correct", {"identifier": "RESPONSE"})
        _set(condition, "SCORE", "float", f"{item.points:g}")  # 0 for an item not scored
        _set(processing, "FEEDBACK", "identifier", variable="RESPONSE")
    _set(processing, "GENERAL", "identifier", "rationale")
    if single:
        for letter, _text in item.options:
            if item.feedback.get(letter):
                feedback = _el(
                    root,
                    "modalFeedback",
                    {"outcomeIdentifier": "FEEDBACK", "identifier": letter, "showHide": "show"},
                )
                _para(feedback, item.feedback[letter])
    if item.rationale:
        _para(
            _el(
                root,
                "modalFeedback",
                {"outcomeIdentifier": "GENERAL", "identifier": "rationale", "showHide": "show"},
            ),
            item.rationale,
        )
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _manifest(hrefs: dict[str, str]) -> str:
    ET.register_namespace("", CP_NS)
    root = ET.Element(f"{{{CP_NS}}}manifest", {"identifier": "otpt-items"})
    metadata = ET.SubElement(root, f"{{{CP_NS}}}metadata")
    ET.SubElement(metadata, f"{{{CP_NS}}}schema").text = "QTIv2.1 Package"
    ET.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "1.0.0"
    ET.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = ET.SubElement(root, f"{{{CP_NS}}}resources")
    for identifier, href in hrefs.items():
        resource = ET.SubElement(
            resources,
            f"{{{CP_NS}}}resource",
            {"identifier": identifier, "type": "imsqti_item_xmlv2p1", "href": href},
        )
        ET.SubElement(resource, f"{{{CP_NS}}}file", {"href": href})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def write_qti21(items: list[Item], path: str | Path) -> Path:
    """Write ``items`` as a QTI 2.1 content package (.zip: imsmanifest.xml and items/*.xml)."""
    path = Path(path)
    hrefs = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in items:
            identifier = _identifier(item.item_id)
            hrefs[identifier] = f"items/{identifier}.xml"
            archive.writestr(hrefs[identifier], qti_item_xml(item))
        archive.writestr("imsmanifest.xml", _manifest(hrefs))
    return path
