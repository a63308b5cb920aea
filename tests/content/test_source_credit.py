"""The source story's words are hers: wherever one of its lines appears, it is a marked
quotation, word for word, with the credit beside it (issue 32, item 1; DOMAIN.md).

Source: Cara, "OT & PT: Same Team, No Games", USC Chan Division of Occupational Science
and Occupational Therapy student blog, 25 June 2025.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: The three lines worth quoting, exactly as published.
LINES = (
    "PT gets your body moving again, and OT teaches you to apply that movement towards something functional, "
    "like feeding yourself or getting dressed.",
    "we share the same goal: supporting individuals in finding motivation, purpose, and direction in doing what "
    "matters most to them.",
    "So no, neither profession is \"better.\" We're just different pieces of the same puzzle, and it's only "
    "through collaboration that the full picture is complete.",
)
#: Words of hers that no sentence of ours may use (ours would be a close paraphrase).
FRAGMENTS = (
    "body moving again",
    "apply that movement",
    "motivation, purpose",
    "pieces of the same puzzle",
    "full picture is complete",
    "neither profession is",
)
CREDIT = ("Cara", "Same Team, No Games")
NEAR = 700  # characters: the credit stands beside the quotation


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for curly, straight in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'")):
        text = text.replace(curly, straight)
    return re.sub(r"\s+", " ", text)


def _loose(text: str) -> str:
    """For comparing a quotation with the line: letters, digits and spaces only."""
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", _plain(text).lower())).strip()


CANON = [_loose(line) for line in LINES]


def units():
    """(where, text) for every place a reader meets the package's words."""
    for path in sorted((ROOT / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                yield f"{path.name}:{line}", " | ".join(v or "" for v in row.values())
    for path in [*sorted(ROOT.glob("*.md")), *sorted((ROOT / "docs").glob("*.md")), ROOT / "LICENSE-CONTENT"]:
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        for n, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"], start=1):
            shown = ["".join(cell["source"])]
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                shown += [
                    "".join(data.get(kind, "")) for kind in ("text/html", "text/markdown", "text/plain")
                ]
                shown.append("".join(output.get("text", "")))
            yield f"{path.relative_to(ROOT)} cell {n}", "\n".join(shown)
    for path in sorted((ROOT / "otpt").rglob("*.py")):
        strings = [
            n.value
            for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]
        yield str(path.relative_to(ROOT)), "\n".join(strings)


def _quoted_span(text: str, start: int, end: int) -> str | None:
    """The quotation around text[start:end], or None when it is not inside one: a
    blockquote line ('> ...', '<blockquote>') or a pair of double quotes."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    block = None
    if line.lstrip().startswith(">"):
        block, offset = line.lstrip()[1:], line_start + line.find(">") + 1
    open_at = text.rfind("<blockquote", 0, start)
    if block is None and open_at >= 0 and text.find("</blockquote>", open_at) > end:
        block, offset = text[open_at : text.find("</blockquote>", open_at)], open_at
    if block is not None:  # the words inside its quotation marks, else up to the attribution
        inner = _quoted_span(block, start - offset, end - offset) if block.count('"') >= 2 else None
        return inner or re.split(r"\s[-\u2013\u2014]\s|<br", re.sub(r"<(?!br)[^>]+>", " ", block))[0]
    before = text[:start]
    opened = max(before.rfind("\u201c"), -1)
    if opened > before.rfind("\u201d") and opened >= 0:
        close = text.find("\u201d", end)
        return text[opened + 1 : close if close > 0 else end]
    straight = [m.start() for m in re.finditer(r'(?<![A-Za-z])"|"(?![A-Za-z])', before)]
    if len(straight) % 2 == 1:
        close = text.find('"', end)
        return text[straight[-1] + 1 : close if close > 0 else end]
    return None


def findings():
    """Every use of her words that is not a credited, word-for-word quotation."""
    found = []
    for where, text in units():
        plain = _plain(text)
        for fragment in FRAGMENTS:
            for match in re.finditer(re.escape(fragment), plain, flags=re.I):
                span = _quoted_span(plain, match.start(), match.end())
                window = plain[max(0, match.start() - NEAR) : match.end() + NEAR]
                if span is None:
                    found.append(f"{where}: '{fragment}' in our own words - quote her, credited, or rewrite")
                elif not any(_loose(span) and _loose(span) in canon for canon in CANON):
                    found.append(
                        f"{where}: '{fragment}' quoted, but not word for word: {span.strip()[:90]!r}"
                    )
                elif not all(c.lower() in window.lower() for c in CREDIT):
                    found.append(
                        f"{where}: '{fragment}' quoted without the credit beside it ({', '.join(CREDIT)})"
                    )
    return found


def test_the_checker_tells_a_credited_quotation_from_a_paraphrase():
    credited = (
        '> "We\'re just different pieces of the same puzzle" - Cara, "OT & PT: Same Team, No Games" (2025)'
    )
    assert _quoted_span(_plain(credited), 30, 40) is not None
    assert any(_loose(_quoted_span(_plain(credited), 30, 40)) in c for c in CANON)
    ours = "OT and PT are different pieces of the same puzzle."
    assert _quoted_span(ours, 20, 30) is None


def test_her_words_appear_only_as_credited_quotations():
    found = findings()
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "place",
    [
        "notebooks/01_what_are_ot_and_pt.ipynb",
        "README.md",
        "data/sources.csv",
        "otpt/render/booth.py",
        "LICENSE-CONTENT",
    ],
)
def test_the_story_is_credited_where_the_issue_asks(place):
    text = _plain((ROOT / place).read_text(encoding="utf-8"))
    assert all(c in text for c in CREDIT) and "USC" in text, place
