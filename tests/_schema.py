"""A data file's rows held to its Table Schema, read independently of the package's own
checker (otpt/io/schema_rules.py), so a test catches a checker that lets a cell through."""

from __future__ import annotations

import re


def schema_problems(rows: list[dict], fields: list[dict]) -> list[tuple[int, str, str]]:
    """(line as a spreadsheet numbers it, column, what is wrong) for every cell of ``rows``
    (dicts of text, as csv.DictReader gives them) that breaks its field's constraints:
    required, stray spaces, enum, pattern, maxLength, and integer with its minimum."""
    problems = []
    for line, row in enumerate(rows, start=2):
        for field in fields:
            value, rules = row[field["name"]], field.get("constraints", {})
            if not value:
                problems += [(line, field["name"], "empty")] if rules.get("required") else []
                continue
            if value != value.strip():
                problems.append((line, field["name"], "stray spaces"))
            if "enum" in rules and value not in rules["enum"]:
                problems.append((line, field["name"], value))
            if "pattern" in rules and not re.fullmatch(rules["pattern"], value):
                problems.append((line, field["name"], value))
            if len(value) > rules.get("maxLength", len(value)):
                problems.append((line, field["name"], f"{len(value)} characters"))
            if field.get("type") == "integer" and not (
                value.isdigit() and int(value) >= rules.get("minimum", 0)
            ):
                problems.append((line, field["name"], value))
    return problems
