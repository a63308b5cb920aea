"""Today's booth tally: one line of JSON per finished round, appended to one file.

Append-only and safe if the laptop is unplugged mid-write: each round is one ``write`` of
one line, flushed to disk (`os.fsync`); a line cut short by a power cut is skipped when the
file is read back, and the next round starts on a line of its own. Nothing identifying is
stored: a visitor is a random session id.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .files import new_file_mode
from .paths import user_path

__all__ = ["TALLY_FORMAT", "append_round", "read_tally"]

TALLY_FORMAT = "otpt-booth-round"


def append_round(path: str | Path, record: dict) -> Path:
    """Add one finished round to the tally at ``path`` (created with its folder).

    Args:
        record: ``visitor`` (a session id), ``round`` (1, 2 ... for that visitor),
            ``finished`` (an ISO time), ``answers`` (dicts with ``activity_id``,
            ``activity``, ``answer``, ``key``, ``outcome``).

    Raises:
        OSError: when the file cannot be written.
    """
    path = user_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"format": TALLY_FORMAT, **record}, ensure_ascii=False) + "\n"
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, new_file_mode())
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":  # the last write was cut short
            line = "\n" + line
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def read_tally(path: str | Path) -> tuple[list[dict], int]:
    """The rounds in a tally file, and how many lines could not be read (cut short).

    A missing file is an empty tally.

    Raises:
        OSError: when the file exists but cannot be read (a folder in its place, no permission).
    """
    path = user_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return [], 0
    rounds, bad = [], 0
    for line in raw.decode("utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if (
            isinstance(record, dict)
            and record.get("format") == TALLY_FORMAT
            and isinstance(record.get("answers"), list)
        ):
            rounds.append(record)
        else:
            bad += 1
    return rounds, bad
