"""Is every interface string translated? The completeness check `make check-translations`
runs and tests/test_translations.py holds (so `make check` and CI run it too).

It extracts the strings marked for translation (gettext, ngettext, N_) from the source as
Babel does (babel.cfg), reads each language's catalog (otpt/locale/<lang>/LC_MESSAGES/
otpt.po) and reports, one line each with the file, line and string:

- a string with no translation, or an empty one;
- a fuzzy translation (Babel's guess after the English changed: review it, then drop the
  ``fuzzy`` flag);
- a translation whose placeholders (``{name}``) or markup (``<b>``, ``&amp;``) differ from
  the English;
- a compiled catalog (otpt.mo) that is missing or older than its .po.

Usage: python tools/check_translations.py [--root DIR] [--languages es ...]
Exit status 0 when complete, 1 with the problems listed.
"""

from __future__ import annotations

import argparse
import io
import re
import string
import sys
from collections import Counter
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)|&[#\w]+;")


def extract(root: Path) -> dict[str | tuple[str, ...], list[tuple[str, int]]]:
    """Every marked string under ``root`` (as babel.cfg there says) -> where it is:
    [(path relative to root, line)]."""
    with open(root / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: dict = {}
    for filename, line, message, _comments, _context in extract_from_dir(root, method_map, options_map):
        if filename.startswith(("tests/", ".venv")):
            continue
        found.setdefault(message, []).append((filename, line))
    return found


def placeholders(text: str) -> Counter:
    """The ``{name}`` fields of a str.format template ({{ and }} are not fields)."""
    try:
        return Counter(field for _, field, _, _ in string.Formatter().parse(text) if field is not None)
    except ValueError:  # an unbalanced brace: no fields can be read, compare as text
        return Counter({text: 1})


def markup(text: str) -> Counter:
    """HTML tags (by name, opening and closing) and entities in a string."""
    return Counter(f"<{m.group(1)}{m.group(2)}>" if m.group(2) else m.group(0) for m in _TAG.finditer(text))


def _forms(message) -> list[str]:
    return list(message) if isinstance(message, (tuple, list)) else [message]


def check(root: Path = ROOT, languages: tuple[str, ...] | None = None) -> list[str]:
    """The problems (one line each), empty when every language's catalog is complete."""
    locale = root / "otpt" / "locale"
    if languages is None:
        languages = tuple(sorted(p.name for p in locale.iterdir() if (p / "LC_MESSAGES").is_dir()))
    found = extract(root)
    problems = []
    for lang in languages:
        po_path = locale / lang / "LC_MESSAGES" / "otpt.po"
        if not po_path.exists():
            problems.append(f"{po_path.relative_to(root)}: missing (make translations creates it)")
            continue
        with open(po_path, "rb") as f:
            catalog = read_po(f, locale=lang)
        for message, places in sorted(found.items(), key=lambda item: item[1][0]):
            where = f"{places[0][0]}:{places[0][1]}"
            key = message[0] if isinstance(message, tuple) else message
            entry = catalog.get(key)
            english = _forms(message)
            if entry is None or not all(_forms(entry.string)) or not _forms(entry.string):
                problems.append(f"{where}: no {lang} translation for {english[0]!r}")
                continue
            if entry.fuzzy:
                problems.append(f"{where}: the {lang} translation of {english[0]!r} is fuzzy (review it)")
                continue
            for text in _forms(entry.string):
                source = english[0] if len(english) == 1 else english[1]
                if placeholders(text) != placeholders(source) and placeholders(text) != placeholders(
                    english[0]
                ):
                    problems.append(
                        f"{where}: the {lang} translation of {english[0]!r} has placeholders "
                        f"{sorted(placeholders(text))}, the English {sorted(placeholders(source))}"
                    )
                if markup(text) != markup(source):
                    problems.append(
                        f"{where}: the {lang} translation of {english[0]!r} has markup "
                        f"{sorted(markup(text).elements())}, the English {sorted(markup(source).elements())}"
                    )
        for message, errors in catalog.check():  # Babel's own checks, as pybabel compile runs them
            problems.extend(f"{po_path.relative_to(root)}:{message.lineno}: {err}" for err in errors)
        problems.extend(_check_compiled(catalog, po_path, root))
    return problems


def _check_compiled(catalog: Catalog, po_path: Path, root: Path) -> list[str]:
    mo_path = po_path.with_suffix(".mo")
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    if not mo_path.exists():
        return [f"{mo_path.relative_to(root)}: missing (make translations compiles it)"]
    if mo_path.read_bytes() != compiled.getvalue():
        return [f"{mo_path.relative_to(root)}: older than {po_path.name} (make translations compiles it)"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    parser.add_argument("--languages", nargs="*", help="default: every catalog in otpt/locale")
    args = parser.parse_args(argv)
    problems = check(args.root.resolve(), tuple(args.languages) if args.languages else None)
    for line in problems:
        print(line)
    if problems:
        print(
            f"{len(problems)} translation problem(s). To fix: make translations, translate in the .po, "
            "make translations again (README, 'En español').",
            file=sys.stderr,
        )
        return 1
    print("Every interface string is translated.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
