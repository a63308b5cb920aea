"""Reading the LMS files back as an LMS would: per question, its text, which option is the
key and each option's feedback - from the files alone, not from otpt's writers."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
import zipfile

_TAG = re.compile(r"<[^>]+>")


def text_of_html(markup: str) -> str:
    """What a learner reads in an HTML fragment: tags dropped, entities decoded, spaces joined."""
    return " ".join(html.unescape(_TAG.sub(" ", markup or "")).split())


def read_canvas_settings(path) -> dict[str, str]:
    """Canvas QTI 1.2: the quiz's settings in its assessment_meta.xml (tag -> text)."""
    with zipfile.ZipFile(path) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith("assessment_meta.xml")]
        root = ET.fromstring(archive.read(name))
    return {child.tag.split("}")[-1]: (child.text or "").strip() for child in root}


def read_canvas(path) -> list[dict]:
    """Canvas QTI 1.2: [{title, text, options: {ident: text}, key: ident, feedback: {ident: text},
    general, type, points}]."""
    ns = {"q": "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"}
    with zipfile.ZipFile(path) as archive:
        names = [
            n for n in archive.namelist() if n.endswith(".xml") and "imsmanifest" not in n and "meta" not in n
        ]
        root = ET.fromstring(archive.read(names[0]))
    questions = []
    for item in root.iter(f"{{{ns['q']}}}item"):
        feedback = {
            fb.get("ident"): text_of_html(fb.find(".//q:mattext", ns).text)
            for fb in item.findall("q:itemfeedback", ns)
        }
        options = {
            label.get("ident"): text_of_html(label.find(".//q:mattext", ns).text)
            for label in item.iter(f"{{{ns['q']}}}response_label")
            if label.find(".//q:mattext", ns) is not None
        }
        key, per_option = None, {}
        for condition in item.iter(f"{{{ns['q']}}}respcondition"):
            equal = condition.find("q:conditionvar/q:varequal", ns)
            shown = condition.find("q:displayfeedback", ns)
            if equal is None:
                continue
            if shown is not None and shown.get("linkrefid") in feedback:
                per_option[equal.text] = feedback[shown.get("linkrefid")]
            score = condition.find("q:setvar", ns)
            if score is not None and float(score.text) == 100:
                key = equal.text
        questions.append(
            {
                "title": item.get("title"),
                "text": text_of_html(item.find("q:presentation/q:material/q:mattext", ns).text),
                "options": options,
                "key": key,
                "feedback": per_option,
                "general": feedback.get("general_fb", ""),
                "type": item.find(
                    ".//q:qtimetadatafield[q:fieldlabel='question_type']/q:fieldentry", ns
                ).text,
                "points": float(
                    item.find(".//q:qtimetadatafield[q:fieldlabel='points_possible']/q:fieldentry", ns).text
                ),
            }
        )
    return questions


def read_qti21(path) -> tuple[list[str], list[dict]]:
    """QTI 2.1 package: (the manifest's item files, [{identifier, text, options, key,
    feedback, general, scorer, maximum (0 when none is declared), scores (every score the
    response processing can set)}])."""
    qti = {"q": "http://www.imsglobal.org/xsd/imsqti_v2p1"}
    cp = {"c": "http://www.imsglobal.org/xsd/imscp_v1p1"}
    with zipfile.ZipFile(path) as archive:
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        hrefs = [r.get("href") for r in manifest.iterfind("c:resources/c:resource", cp)]
        items = []
        for href in hrefs:
            root = ET.fromstring(archive.read(href))
            correct = root.find("q:responseDeclaration/q:correctResponse/q:value", qti)
            modal = {
                (m.get("outcomeIdentifier"), m.get("identifier")): " ".join("".join(m.itertext()).split())
                for m in root.iterfind("q:modalFeedback", qti)
            }
            scorer = root.find("q:itemBody/q:rubricBlock[@view='scorer']", qti)
            items.append(
                {
                    "identifier": root.get("identifier"),
                    "text": " ".join("".join(root.find("q:itemBody/q:p", qti).itertext()).split()),
                    "options": {c.get("identifier"): c.text for c in root.iterfind(".//q:simpleChoice", qti)},
                    "key": None if correct is None else correct.text,
                    "feedback": {
                        ident: text for (outcome, ident), text in modal.items() if outcome == "FEEDBACK"
                    },
                    "general": modal.get(("GENERAL", "rationale"), ""),
                    "scorer": "" if scorer is None else " ".join("".join(scorer.itertext()).split()),
                    "maximum": float(
                        root.find("q:outcomeDeclaration[@identifier='SCORE']", qti).get("normalMaximum", 0)
                    ),
                    "scores": [
                        float(v.text)
                        for v in root.iterfind(
                            "q:responseProcessing//q:setOutcomeValue[@identifier='SCORE']/q:baseValue", qti
                        )
                    ],
                }
            )
    return hrefs, items


def read_moodle(path) -> list[dict]:
    """Moodle XML: [{type, name, text, answers: [(fraction, text, feedback)], general, grader}]."""
    root = ET.parse(path).getroot()
    questions = []
    for question in root.iterfind("question"):
        if question.get("type") == "category":
            continue
        questions.append(
            {
                "type": question.get("type"),
                "name": question.findtext("name/text"),
                "idnumber": question.findtext("idnumber"),
                "text": text_of_html(question.findtext("questiontext/text")),
                "answers": [
                    (
                        float(a.get("fraction")),
                        text_of_html(a.findtext("text")),
                        text_of_html(a.findtext("feedback/text")),
                    )
                    for a in question.iterfind("answer")
                ],
                "general": text_of_html(question.findtext("generalfeedback/text")),
                "grader": text_of_html(question.findtext("graderinfo/text") or ""),
                "tags": [t.findtext("text") for t in question.iterfind("tags/tag")],
                "points": float(question.findtext("defaultgrade")),
            }
        )
    return questions
