"""Cells against a Frictionless Table Schema (the ``fields`` of a ``*.schema.json`` beside
the data): the one place the kit's tables - assessment items, IPEC sub-competencies,
objectives - are checked cell by cell, so the schema a reader sees is the rule the loader
applies.

Only the constraints the kit's schemas use are read: ``required``, ``unique``, ``enum``,
``pattern`` (the whole cell must match), ``maxLength`` and, for ``"type": "integer"``,
``minimum``.

A pattern error quotes the column's ``description`` as what is allowed. It is an interface
string like any other: `babel_extract` gives Babel every description a pattern error can
quote (babel.cfg), so the catalogs hold its translation and the completeness check
(tools/check_translations.py) names a new or edited description that lacks one; the
message shows it in the language in force.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import Problem
from ..language import N_
from ..language import gettext as _
from .table import column_letter

__all__ = ["babel_extract", "check_rows", "load_schema"]

#: What one row of a kit table is (the loaders' ``what``), marked so its translation exists.
ROW_WORDS = (N_("item"), N_("sub-competency"), N_("standard"), N_("objective"), N_("row"))


def load_schema(path: Path) -> list[dict]:
    """The ``fields`` of a Table Schema JSON file, in order."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["fields"]


def check_rows(fields: list[dict], names: list[str], rows, *, what: str) -> tuple[list[dict], list[Problem]]:
    """Each row as {column: cell} and every cell that breaks its field's constraints.

    Args:
        fields: the schema's fields (`load_schema`).
        names: the file's column names, as `otpt.io.table.column_name` makes them.
        rows: (line as a spreadsheet numbers it, cells) pairs.
        what: what one row is, for messages ("item", "sub-competency").

    Returns:
        (rows as dicts of cleaned text - missing cells are "" -, problems with line, column
        letter and name, what was found and what is allowed).
    """
    where = {name: i for i, name in enumerate(names)}
    records, problems, seen = [], [], {}
    for line, cells in rows:
        record = {name: (cells[i].strip() if i < len(cells) else "") for name, i in where.items()}
        for field in fields:
            name, rules = field["name"], field.get("constraints", {})
            if name not in where:
                continue
            label = f"{column_letter(where[name])} ({name})"
            value = record[name]
            if not value:
                if rules.get("required"):
                    problems.append(
                        Problem(
                            line,
                            label,
                            _("an empty cell"),
                            _("Every {what} needs a {name}.").format(what=_(what), name=name),
                        )
                    )
                continue
            problem = _cell_problem(value, field)
            if problem:
                problems.append(Problem(line, label, f"'{_short(value)}'", problem))
            if rules.get("unique"):
                if (name, value) in seen:
                    problems.append(
                        Problem(
                            line,
                            label,
                            _("the {name} '{value}' again").format(name=name, value=value),
                            _("line {line} has it already; each {what} needs its own.").format(
                                line=seen[name, value], what=_(what)
                            ),
                        )
                    )
                seen.setdefault((name, value), line)
        records.append(record | {"line": line})
    return records, problems


def _cell_problem(value: str, field: dict) -> str:
    rules = field.get("constraints", {})
    if field.get("type") == "integer":
        if not re.fullmatch(r"[0-9]+", value):
            return _("Allowed: a whole number such as 1 or 2.")
        if "minimum" in rules and int(value) < rules["minimum"]:
            return _("Allowed: a whole number of at least {minimum}.").format(minimum=rules["minimum"])
    if "enum" in rules and value not in rules["enum"]:
        return _("Allowed: {values}.").format(values=", ".join(rules["enum"]))
    if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
        described = _(field["description"]) if field.get("description") else None
        described = described or _("the pattern {pattern}").format(pattern=rules["pattern"])
        return _("Allowed: {described}").format(described=described)
    if "maxLength" in rules and len(value) > rules["maxLength"]:
        return _("Allowed: at most {limit} characters (this cell has {n}).").format(
            limit=rules["maxLength"], n=len(value)
        )
    return ""


def babel_extract(fileobj, keywords, comment_tags, options):
    """Babel's extraction method for a Table Schema file (babel.cfg: ``table_schema``): the
    ``description`` of every field with a ``pattern`` - what `check_rows` quotes - with its
    line, as (line, None, description, [a comment naming the column]).

    >>> import io
    >>> schema = b'{"fields": [{"name": "id", "description": "An id (I001...).", '
    >>> schema += b'"constraints": {"pattern": "I[0-9]+"}}, {"name": "note", "description": "Any."}]}'
    >>> list(babel_extract(io.BytesIO(schema), (), (), {}))
    [(1, None, 'An id (I001...).', ['the column id'])]
    """
    text = fileobj.read().decode("utf-8")
    found = []

    def visit(node):
        if isinstance(node, dict):
            for field in node.get("fields", []) if isinstance(node.get("fields"), list) else []:
                if "pattern" in field.get("constraints", {}) and field.get("description"):
                    found.append(field)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(json.loads(text))
    for field in found:
        at = text.find(json.dumps(field["description"], ensure_ascii=False))
        yield text.count("\n", 0, max(at, 0)) + 1, None, field["description"], [f"the column {field['name']}"]


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
