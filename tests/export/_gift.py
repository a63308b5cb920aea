"""A small GIFT reader for the tests: enough of Moodle's format to read back what otpt
writes (title, question text, answers with = or ~ and their # feedback, #### general
feedback), with backslash escapes undone. Written from Moodle's GIFT documentation, not
from otpt's writer."""

from __future__ import annotations

import html
import re

_UNESCAPE = re.compile(r"\\(.)")


def _split(text: str, marks: str) -> list[tuple[str, str]]:
    """Split ``text`` at unescaped characters of ``marks``: [(mark before, part), ...]."""
    parts, current, mark, i = [], [], "", 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if c in marks:
            parts.append((mark, "".join(current)))
            current, mark = [], c
        else:
            current.append(c)
        i += 1
    parts.append((mark, "".join(current)))
    return parts


def plain(text: str) -> str:
    """GIFT text as shown: escapes undone, HTML entities decoded, spaces trimmed."""
    return html.unescape(_UNESCAPE.sub(r"\1", text)).strip()


def _unescaped_index(text: str, char: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == char:
            return i
        i += 1
    return -1


def parse_gift(text: str) -> list[dict]:
    """Questions: dicts with title, text, answers [(correct, text, feedback)], general,
    comments (the ``//`` lines before it, which Moodle drops on import) and description
    (True for a question with no answer block, which Moodle imports as a description)."""
    questions = []
    for block in re.split(r"\n\s*\n", text):
        comments = [
            line.lstrip()[2:].strip() for line in block.splitlines() if line.lstrip().startswith("//")
        ]
        lines = [line for line in block.splitlines() if not line.lstrip().startswith("//")]
        block = "\n".join(lines).strip()
        if not block or block.startswith("$CATEGORY"):
            continue
        assert block.startswith("::"), block
        end = block.index("::", 2)
        title, rest = block[2:end], block[end + 2 :]
        rest = rest.removeprefix("[html]")
        opening = _unescaped_index(rest, "{")
        if opening < 0:  # no answer block: a description, which Moodle shows and never scores
            questions.append(
                {
                    "title": plain(title),
                    "text": plain(rest),
                    "answers": [],
                    "general": "",
                    "comments": comments,
                    "description": True,
                }
            )
            continue
        closing = _unescaped_index(rest, "}", opening + 1)
        assert opening >= 0 and closing > opening and not rest[closing + 1 :].strip(), block
        body = rest[opening + 1 : closing]
        general = ""
        at = body.find("####")
        if at >= 0:
            body, general = body[:at], body[at + 4 :]
        answers = []
        for mark, part in _split(body, "=~"):
            if not mark:
                assert not part.strip(), f"text before the first answer: {part!r}"
                continue
            pieces = _split(part, "#")
            answer = pieces[0][1]
            feedback = "".join(p for _, p in pieces[1:])
            answers.append((mark == "=", plain(answer), plain(feedback)))
        questions.append(
            {
                "title": plain(title),
                "text": plain(rest[:opening]),
                "answers": answers,
                "general": plain(general),
                "comments": comments,
                "description": False,
            }
        )
    return questions
