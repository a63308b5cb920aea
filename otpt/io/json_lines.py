"""Where things are in a JSON text, for messages that name a line: json reads a file
without keeping positions, so an error about a field, or one item of a list, finds its
line here. Lines are counted at line feeds, as an editor counts them."""

from __future__ import annotations

import json

__all__ = ["json_item_lines", "json_key_line"]

_SPACE = " \t\r\n"
_DECODER = json.JSONDecoder()


def json_key_line(text: str, key: str) -> int | None:
    """The line (1, 2 ...) of ``key`` in a JSON object's text; None when the text is not
    an object holding it (call it only on text json has read).

    >>> json_key_line('{"format": "x",\\n "version": 9}', "version")
    2
    """
    try:
        return next((_line(text, at) for name, at in _fields(text) if name == key), None)
    except (ValueError, IndexError, StopIteration):
        return None


def json_item_lines(text: str, key: str) -> list[int]:
    """The line (1, 2 ...) on which each item of the list under ``key`` of a JSON object
    starts; [] when ``text`` is not such an object (call it only on text json has read).

    >>> json_item_lines('{"a": 1,\\n "answers": [\\n  {"x": 1},\\n  {"x": 2}\\n ]}', "answers")
    [3, 4]
    """
    try:
        position = next(at for name, at in _fields(text) if name == key)
        if text[position] != "[":
            return []
        lines, position = [], _skip(text, position + 1)
        while text[position] != "]":
            lines.append(_line(text, position))
            position = _after_comma(text, _DECODER.raw_decode(text, position)[1])
        return lines
    except (ValueError, IndexError, StopIteration):  # not an object with that list
        return []


def _fields(text: str):
    """(name, where its value starts) for each field of the top-level object."""
    position = _skip(text, _skip(text, 0) + 1)  # past "{"
    while text[position] == '"':
        name, position = _DECODER.raw_decode(text, position)
        position = _skip(text, _skip(text, position) + 1)  # past ":"
        yield name, position
        position = _after_comma(text, _DECODER.raw_decode(text, position)[1])


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _SPACE:
        position += 1
    return position


def _after_comma(text: str, position: int) -> int:
    position = _skip(text, position)
    return _skip(text, position + 1) if text[position] == "," else position
