"""A class folder: the answer files learners saved, read as one list per learner.

Each file goes through `otpt.io.answers.read_answers_file` (the same decoding path as
every other file). A file that cannot be read is skipped and named, never fatal; a learner
who saved more than once counts once (the file with the latest answer wins, times
compared as moments in UTC).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errors import AnswersFileError, ClassFilesWarning
from .answers import read_answers_file
from .columns import ANSWER_COLUMNS

__all__ = ["CLASS_COLUMNS", "ClassFolder", "read_class_folder"]

#: The columns of a class table: who answered, from which file, and the answer.
CLASS_COLUMNS = ("learner", "file", *ANSWER_COLUMNS)


@dataclass
class ClassFolder:
    """What a class folder holds.

    Attributes:
        learners: (learner, file name, answer records) per learner, sorted by learner.
        skipped: (file name, reason) for each file that could not be read.
        replaced: file names a later file of the same learner replaced.
    """

    learners: list[tuple[str, str, list[dict]]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def _moment(stamp) -> datetime:
    """An ISO timestamp as a moment in UTC (a time without a zone is read as UTC); an
    empty or unreadable one sorts first."""
    try:
        moment = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_class_folder(folder: str | Path) -> ClassFolder:
    """Read every answer file in ``folder`` (hidden files ignored).

    Returns:
        A `ClassFolder`. Files that cannot be read are listed in ``skipped`` and named in
        one `ClassFilesWarning`.

    Raises:
        FileNotFoundError: when ``folder`` is not a folder.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: there is no such folder")
    found = ClassFolder()
    latest: dict[str, tuple[datetime, str, list[dict]]] = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        try:
            header, records = read_answers_file(path)
        except AnswersFileError as err:
            found.skipped.append((path.name, err.reason))
            continue
        except OSError as err:
            found.skipped.append((path.name, f"could not be read ({err.strerror or err})"))
            continue
        learner = header["learner"] or path.stem
        stamp = max((_moment(r.get("timestamp")) for r in records), default=_moment(""))
        if learner in latest:
            older, newer = sorted([latest[learner], (stamp, path.name, records)], key=lambda t: (t[0], t[1]))
            found.replaced.append(older[1])
            latest[learner] = newer
        else:
            latest[learner] = (stamp, path.name, records)
    found.learners = [(learner, name, records) for learner, (_, name, records) in sorted(latest.items())]
    if found.skipped:
        lines = "\n".join(f"  - {name}: {why}" for name, why in found.skipped)
        warnings.warn(
            ClassFilesWarning(
                f"Skipped {len(found.skipped)} file(s) in {folder} that are not readable answer files:\n{lines}"
            ),
            stacklevel=3,
        )
    return found
