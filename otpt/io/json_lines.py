"""Where things are in a JSON text, for messages that name a line: json reads a file
without keeping positions, so an error about one item of a list finds its line here."""

from __future__ import annotations

import json

__all__ = ["json_item_lines"]

_SPACE = " \t\r\n"


def json_item_lines(text: str, key: str) -> list[int]:
    """The line (1, 2 ...) on which each item of the list under ``key`` of a JSON object
    starts; [] when ``text`` is not such an object (call it only on text json has read).

    >>> json_item_lines('{"a": 1,\\n "answers": [\\n  {"x": 1},\\n  {"x": 2}\\n ]}', "answers")
    [3, 4]
    """
    try:
        return _item_starts(text, key)
    except (ValueError, IndexError):  # not an object with that list: no lines to give
        return []


def _item_starts(text: str, key: str) -> list[int]:
    decoder = json.JSONDecoder()
    position = _skip(text, _skip(text, 0) + 1)  # past "{"
    while text[position] == '"':
        name, position = decoder.raw_decode(text, position)
        position = _skip(text, _skip(text, position) + 1)  # past ":"
        if name == key and text[position] == "[":
            lines, position = [], _skip(text, position + 1)
            while text[position] != "]":
                lines.append(text.count("\n", 0, position) + 1)
                position = _after_comma(text, decoder.raw_decode(text, position)[1])
            return lines
        position = _after_comma(text, decoder.raw_decode(text, position)[1])
    return []


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _SPACE:
        position += 1
    return position


def _after_comma(text: str, position: int) -> int:
    position = _skip(text, position)
    return _skip(text, position + 1) if text[position] == "," else position
