"""US spelling in everything a learner or instructor reads (issue 32, S22): the bank and
its tables, the lessons (text and code), the README and docs, and every string in the
package - checked with codespell's British-to-US dictionary. Published titles and
authors' names in sources.csv keep their own spelling."""

from __future__ import annotations

import ast
import csv
import json
import re
from pathlib import Path

import pytest

codespell_lib = pytest.importorskip("codespell_lib")

ROOT = Path(__file__).resolve().parents[2]
DICTIONARY = Path(codespell_lib.__file__).parent / "data" / "dictionary_en-GB_to_en-US.txt"
#: sources.csv columns that quote a publication as it was published
PUBLISHED = {"author", "title"}


#: Clinical words the dictionary lacks.
CLINICAL = {
    "paediatric": "pediatric",
    "paediatrics": "pediatrics",
    "orthopaedic": "orthopedic",
    "oedema": "edema",
    "haematological": "hematological",
    "anaesthesia": "anesthesia",
    "haemorrhage": "hemorrhage",
}
#: Strings that are names in someone else's vocabulary: matplotlib's colormap, and the other
#: spellings instructors type, which otpt reads (io/aliases.py).
OTHERS_NAMES = {"Greys"}
READS_OTHERS_SPELLING = {"otpt/io/aliases.py"}


def _british() -> dict[str, str]:
    pairs = (
        line.split("->", 1) for line in DICTIONARY.read_text(encoding="utf-8").splitlines() if "->" in line
    )
    return {gb.strip().lower(): us.strip().split(",")[0] for gb, us in pairs} | CLINICAL


BRITISH = _british()
WORD = re.compile(r"(?<![A-Za-z_])[A-Za-z]+(?![A-Za-z_])")  # words, not identifiers such as LEAD_COLOURS


def british_words(text: str) -> list[str]:
    return [f"{w} -> {BRITISH[w.lower()]}" for w in WORD.findall(text) if w.lower() in BRITISH]


def texts():
    """(where, text) for every place a reader meets our words."""
    for path in sorted((ROOT / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                for column, value in row.items():
                    if not (path.name == "sources.csv" and column in PUBLISHED):
                        yield f"{path.name}:{line} ({column})", value or ""
    data_docs = [
        p for p in sorted((ROOT / "data").glob("*.md")) if p.name != "CHANGES.md"
    ]  # a record of what was
    for path in [
        *sorted(ROOT.glob("*.md")),
        *data_docs,
        *sorted((ROOT / "docs").glob("*.md")),
        ROOT / "LICENSE-CONTENT",
    ]:
        for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield f"{path.relative_to(ROOT)}:{line}", text
    for path in sorted((ROOT / "notebooks").rglob("*.ipynb")):
        for n, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"], start=1):
            yield f"{path.relative_to(ROOT)} cell {n}", "".join(cell["source"])
    for path in sorted((ROOT / "otpt").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in READS_OTHERS_SPELLING:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value not in OTHERS_NAMES
            ):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def test_the_dictionary_is_the_one_we_think():
    assert BRITISH["programme"] == "program" and BRITISH["behaviour"] == "behavior"
    assert british_words("A paediatric programme's colour") == [
        "paediatric -> pediatric",
        "programme -> program",
        "colour -> color",
    ]
    assert british_words("the program's color, pediatric behavior") == []


def test_us_spelling_everywhere_a_reader_looks():
    found = [f"{where}: {', '.join(words)}" for where, text in texts() if (words := british_words(text))]
    assert not found, f"{len(found)} places with British spelling:\n" + "\n".join(found[:80])
