"""Finding answer files in whatever an LMS or a shared drive hands back: a flat folder,
a folder per learner (Moodle), file names with LMS prefixes (Canvas), .zip archives of
submissions, and copies a drive made ("x (1).json", sync-conflict copies).

Each file found is a `Submission`: where it is, how to get its text (decoded by
`otpt.io.text.decode`, as every file otpt reads), and what in its path tells learners
apart when the file itself carries no learner-session id.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..language import gettext as _
from .sessions import safe_filename
from .text import decode

__all__ = ["Submission", "copy_stem", "find_submissions", "original_stem", "submitter"]

#: Names that are never answer files: hidden files and folders (a save in progress,
#: .ipynb_checkpoints), macOS archive leftovers.
_IGNORED_PART = re.compile(r"^(\.|__MACOSX$)")

#: What drives and sync tools add to a copy's name: " (1)", " - Copy", " copy 2",
#: "(conflicted copy 2026-09-01)", ".sync-conflict-20260901-101010-ABC".
_COPY_MARK = re.compile(
    r"(\s*\((\d+|[^()]*conflict[^()]*)\)|\.sync-conflict-[\w-]+|\s*-\s*copy(\s*\(\d+\))?|\s+copy(\s+\d+)?)+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Submission:
    """One file that may hold answers.

    Attributes:
        name: how messages name it: its path inside the class folder, and for a file
            inside an archive, ``archive.zip: inner/path.json``.
        parts: the folder names between the class folder and the file (inside an
            archive too), e.g. ``("Learner One_1001_assignsubmission_file_",)``.
        stem: the file name without its suffix.
        suffix: the file name's suffix, lower case (".json").
        read: returns the decoded text; raises `OSError`, `zipfile.BadZipFile` or
            `otpt.io.text.Unreadable`.
    """

    name: str
    parts: tuple[str, ...]
    stem: str
    suffix: str
    read: Callable[[], str]


def copy_stem(stem: str) -> str:
    """A file name stem without the marks drives add to copies.

    >>> copy_stem("calm-otter-421 (1)"), copy_stem("Sam (Sam's conflicted copy 2026-09-01)")
    ('calm-otter-421', 'Sam')
    """
    return _COPY_MARK.sub("", stem)


#: What OneDrive adds to a copy it could not sync: "-" and the computer's name
#: ("Sam-DESKTOP-4F2KQ9", "Sam-Anas-MacBook-Air"): letters, digits and hyphens, a letter
#: among them, and not a learner-session id (12 hexadecimal digits).
_COMPUTER = re.compile(r"(?![0-9a-f]{12}$)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9-]{2,62}")


def original_stem(stem: str, learner: str | None = None) -> str:
    """A file name stem without what drives and sync tools add to a copy's name: `copy_stem`,
    and - for a file without a learner-session id, whose ``learner`` is known - OneDrive's
    "-COMPUTERNAME" after the learner's name.

    >>> original_stem("Sam-DESKTOP-4F2KQ9", "Sam"), original_stem("Sam-Lee", "Sam Lee")
    ('Sam', 'Sam-Lee')
    """
    stem = copy_stem(stem)
    if learner is None:
        return stem
    own = safe_filename(learner, suffix="")
    if stem.lower().startswith(own.lower() + "-") and _COMPUTER.fullmatch(stem[len(own) + 1 :]):
        return stem[: len(own)]
    return stem


def submitter(submission: Submission, learner: str) -> str:
    """What in a file's path tells its learner apart from another of the same name: the
    folder it is in (a folder per learner) and whatever an LMS put before the learner's
    name (``learnera_5501_88001_`` in ``learnera_5501_88001_Sam.json``); copies' marks
    are left out, so a drive's "(1)" copy and OneDrive's "Sam-DESKTOP-4F2KQ9" copy have
    the same submitter as their original."""
    stem = original_stem(submission.stem, learner)
    own = safe_filename(learner, suffix="")
    prefix = stem[: -len(own)] if own and stem.endswith(own) else stem
    return "/".join((*submission.parts, prefix.rstrip("_- ")))


def find_submissions(folder: Path, skipped: list[tuple[str, str]]) -> Iterator[Submission]:
    """Every file in ``folder``, its sub-folders (linked ones too, each real folder once) and
    the .zip archives among them; or ``folder`` itself when it is a .zip archive or one
    answers file. Hidden files and folders are left out. An archive that cannot be opened
    and a link that leads nowhere are added to ``skipped`` as (name, reason).

    Raises:
        PermissionError: when ``folder`` cannot be listed.
    """
    if folder.is_file():
        if folder.suffix.lower() == ".zip":
            yield from _archive(folder, folder.name, skipped)
        else:
            yield _file(folder, folder.name, ())
        return
    os.listdir(folder)  # a folder that cannot be listed says so (os.walk would stay silent)
    seen = set()

    def unlisted(err: OSError) -> None:  # a sub-folder that cannot be listed: named, the rest still read
        where = Path(err.filename or folder)
        shown = (
            where.relative_to(folder).as_posix()
            if where.is_relative_to(folder) and where != folder
            else where.name
        )
        skipped.append(
            (
                f"{shown}/",
                _("is a folder that could not be listed ({reason})").format(reason=err.strerror or err),
            )
        )

    for top, dirs, files in os.walk(folder, onerror=unlisted, followlinks=True):
        real = os.path.realpath(top)
        if real in seen:  # a link back up the tree
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not _IGNORED_PART.match(d))
        for name in sorted(f for f in files if not _IGNORED_PART.match(f)):
            path = Path(top) / name
            relative = path.relative_to(folder)
            if not path.exists():
                skipped.append((relative.as_posix(), _("is a link to a file that is not there")))
            elif path.suffix.lower() == ".zip":
                yield from _archive(path, relative.as_posix(), skipped)
            else:
                yield _file(path, relative.as_posix(), relative.parts[:-1])


def _file(path: Path, shown: str, parts: tuple[str, ...]) -> Submission:
    return Submission(shown, parts, path.stem, path.suffix.lower(), lambda: decode(path.read_bytes())[0])


def _archive(path: Path, shown: str, skipped: list[tuple[str, str]]) -> Iterator[Submission]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        skipped.append((shown, _("is not a .zip archive that can be opened ({reason})").format(reason=err)))
        return
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        for member in sorted(members, key=lambda m: m.filename):
            inner = PurePosixPath(member.filename)
            if any(_IGNORED_PART.match(part) for part in inner.parts):
                continue
            if inner.suffix.lower() == ".zip":
                skipped.append((f"{shown}: {inner}", _("is an archive inside an archive; unzip it first")))
                continue
            try:
                raw = archive.read(member)  # read now: the archive is closed after the loop
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError) as err:
                skipped.append(
                    (
                        f"{shown}: {inner}",
                        _("could not be taken out of the archive ({reason})").format(reason=err),
                    )
                )
                continue
            yield Submission(
                f"{shown}: {inner}",
                (path.stem, *inner.parts[:-1]),
                inner.stem,
                inner.suffix.lower(),
                lambda raw=raw: decode(raw)[0],
            )
