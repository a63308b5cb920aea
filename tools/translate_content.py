"""Keep the content translations (data/<lang>/*.csv) in step with the English data.

    python tools/translate_content.py status [--lang es]
        every row that is missing, stale (its English changed), empty or extra; exit 1 if any
    python tools/translate_content.py add [--lang es]
        append a row for each English row the translation lacks (key and English text
        filled in, ``source_sha`` empty), so a translator sees what to translate
    python tools/translate_content.py stamp FILE KEY... [--lang es]  (or KEY "all")
        after a translator has checked these rows against the current English: record the
        English they now translate (its hash in ``source_sha``)

The checks themselves live in `otpt.io.translations` (the tests call them directly).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from otpt.io.translations import SOURCE_COLUMN, TRANSLATED, english_rows, review, source_hash

ROOT = Path(__file__).resolve().parents[1]


def _path(name: str, lang: str) -> Path:
    return ROOT / "data" / lang / name


def _read(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _write(path: Path, name: str, rows: list[dict[str, str]]) -> None:
    key, columns = TRANSLATED[name]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, [key, *columns, SOURCE_COLUMN], extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def status(lang: str) -> int:
    found = [r for name in TRANSLATED for r in review(name, lang)]
    for item in found:
        print(item)
    print(
        f"{len(found)} row(s) need a translator." if found else f"Every row has a current {lang} translation."
    )
    return 1 if found else 0


def add(lang: str) -> int:
    for name, (key, _columns) in TRANSLATED.items():
        path = _path(name, lang)
        rows = _read(path)
        have = {r[key] for r in rows}
        new = [
            {key: k, **texts, SOURCE_COLUMN: ""} for k, texts in english_rows(name).items() if k not in have
        ]
        if new:
            _write(path, name, rows + new)
            print(
                f"{path.relative_to(ROOT)}: {len(new)} row(s) to translate: {', '.join(r[key] for r in new)}"
            )
    return 0


def stamp(lang: str, name: str, keys: list[str]) -> int:
    key, columns = TRANSLATED[name]
    path = _path(name, lang)
    rows, english = _read(path), english_rows(name)
    wanted = set(english) if keys == ["all"] else set(keys)
    unknown = wanted - set(english) - {"all"}
    if unknown:
        print(f"No English row with the key(s): {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    for row in rows:
        if row[key] in wanted:
            row[SOURCE_COLUMN] = source_hash(english[row[key]][c] for c in columns)
    _write(path, name, rows)
    print(f"{path.relative_to(ROOT)}: {len(wanted & {r[key] for r in rows})} row(s) stamped")
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["status", "add", "stamp"])
    parser.add_argument("file", nargs="?", choices=list(TRANSLATED))
    parser.add_argument("keys", nargs="*")
    parser.add_argument("--lang", default="es")
    args = parser.parse_args(argv)
    if args.command == "stamp":
        if not args.file or not args.keys:
            parser.error("stamp needs a FILE and the KEYs checked (or 'all')")
        return stamp(args.lang, args.file, args.keys)
    return status(args.lang) if args.command == "status" else add(args.lang)


if __name__ == "__main__":
    sys.exit(main())
