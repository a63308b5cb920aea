"""A class folder: the answer files learners saved, read as one list per learner session.

Files are found by `otpt.io.submissions.find_submissions` (sub-folders, LMS names, .zip
archives) and checked by `otpt.io.exchange.format.parse_answers`. A file that cannot be read is
skipped and named, never fatal. Each learner session counts once: files with the same
session id (a drive's "(1)" copy, a sync-conflict copy, a file downloaded twice) are one
learner, merged: every answer once, the newest copy's where they differ (times compared as
moments in UTC).
Files from before sessions are told apart by learner name and by what the LMS put in
their path (`otpt.io.submissions.submitter`).
"""

from __future__ import annotations

import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..errors import AnswersFileError, ClassFilesWarning
from ..language import gettext as _
from ..language import ngettext
from .columns import ANSWER_COLUMNS
from .exchange.files import merge_records
from .exchange.format import parse_answers
from .paths import looked_for, user_path
from .submissions import find_submissions, original_stem, submitter
from .text import Unreadable

__all__ = ["CLASS_COLUMNS", "ClassFolder", "read_class_folder"]

#: The columns of a class table: who answered, in which session, from which file, and the answer.
CLASS_COLUMNS = ("learner", "session", "file", *ANSWER_COLUMNS)


@dataclass
class ClassFolder:
    """What a class folder holds.

    Attributes:
        folder: the folder (or .zip archive) read.
        learners: (learner, session, file name, answer records) per learner session,
            sorted by learner; a name two sessions share gets what tells them apart in
            brackets ("Sam (3f9a2c)").
        files: how many answer files were read (copies included).
        skipped: (file name, reason) for each file that could not be read.
        replaced: (copy, the file it was merged into) for each copy of a learner's file.
    """

    folder: Path
    learners: list[tuple[str, str, str, list[dict]]] = field(default_factory=list)
    files: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    replaced: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence: learners, files, skipped files and replaced copies.

        >>> ClassFolder(Path("class"), files=3).summary()
        'Found 0 learners in 3 answer files in class; 0 files skipped; 0 copies of the same learner merged.'
        """
        learners, skipped, merged = len(self.learners), len(self.skipped), len(self.replaced)
        return _("Found {learners} in {files} in {folder}; {skipped}; {merged}.").format(
            learners=ngettext("{n} learner", "{n} learners", learners).format(n=learners),
            files=ngettext("{n} answer file", "{n} answer files", self.files).format(n=self.files),
            folder=self.folder,
            skipped=ngettext("{n} file skipped", "{n} files skipped", skipped).format(n=skipped),
            merged=ngettext(
                "{n} copy of the same learner merged", "{n} copies of the same learner merged", merged
            ).format(n=merged),
        )


def _moment(stamp) -> datetime:
    """An ISO timestamp as a moment in UTC (a time without a zone is read as UTC); an
    empty or unreadable one sorts first."""
    try:
        moment = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def read_class_folder(folder: str | Path, *, stacklevel: int = 2) -> ClassFolder:
    """Read every answer file in ``folder`` (a folder, its sub-folders and .zip archives,
    or a .zip archive itself; hidden files ignored).

    Args:
        folder: the class folder, a .zip archive, or one answers file.
        stacklevel: whose line the warning names (2: the caller of this function).

    Returns:
        A `ClassFolder`. Files that cannot be read and copies merged are named in one
        `ClassFilesWarning`; so is a folder with no answer files at all.

    Raises:
        FileNotFoundError: when ``folder`` does not exist.
        PermissionError: when ``folder`` cannot be listed (both name the folder and what to do).
    """
    folder = user_path(folder)
    if not folder.exists():
        raise FileNotFoundError(
            _(
                "{folder}: there is no such folder or .zip file ({looked_for}). Check the path; "
                "learners' quizzes save into their save_dir or OTPT_CLASS_FOLDER."
            ).format(folder=folder, looked_for=looked_for(folder))
        )
    found = ClassFolder(folder)
    copies: dict[tuple, list[tuple]] = {}  # identity -> [(rank, file name, learner, session, tag, records)]
    try:
        submissions = list(find_submissions(folder, found.skipped))
    except PermissionError as err:
        raise PermissionError(
            err.errno,
            _(
                "{folder} cannot be listed ({reason}). The instructor needs read and "
                "search permission on the class folder (ls -ld shows it); see "
                "docs/CLASS_ON_A_HUB.md."
            ).format(folder=folder, reason=err.strerror),
        ) from None
    for submission in submissions:
        try:
            header, records = parse_answers(submission.read(), f"'{submission.name}'")
        except AnswersFileError as err:
            found.skipped.append((submission.name, _reason(err, submission.suffix)))
            continue
        except Unreadable as err:
            found.skipped.append(
                (
                    submission.name,
                    _("{found}. Save or download the answers file again.").format(found=err.problem.found),
                )
            )
            continue
        except (OSError, zipfile.BadZipFile) as err:
            found.skipped.append(
                (
                    submission.name,
                    _("could not be read ({reason})").format(reason=getattr(err, "strerror", None) or err),
                )
            )
            continue
        found.files += 1
        learner, session = header["learner"] or submission.stem, header["session"]
        identity = ("session", session) if session else ("file", submitter(submission, learner), learner)
        latest = max((_moment(r.get("timestamp")) for r in records), default=_moment(""))
        # the newest copy counts; between equals, the one without a drive's copy mark
        rank = (
            latest,
            len(records),
            original_stem(submission.stem, None if session else learner) == submission.stem,
        )
        tag = session[:6] if session else identity[1]  # what tells two learners of one name apart
        copies.setdefault(identity, []).append((rank, submission.name, learner, session, tag, records))
    entries = []
    for versions in copies.values():
        versions.sort(key=lambda e: (e[0], e[1]))
        rank, name, learner, session, tag, records = versions[-1]
        for older in reversed(versions[:-1]):  # every answer of every copy, once
            records = merge_records(records, older[5])
            found.replaced.append((older[1], name))
        entries.append((learner, session, tag, name, records))
    entries.sort(key=lambda e: (e[0], e[2]))
    for label, (_learner, session, _tag, name, records) in zip(_labels(entries), entries):
        found.learners.append((label, session, name, records))
    _warn(found, stacklevel)
    return found


def _labels(entries: list[tuple]) -> list[str]:
    """One label per learner session: the name, and where two share it, what tells them
    apart in brackets - never the same label twice (a name typed as "Sam (3f9a2c)" too).
    Sets and counts, not list searches: a class of 10,000 is read in linear time."""
    names = Counter(learner for learner, *_rest in entries)
    labels: list[str] = []
    taken: set[str] = set()
    for learner, session, tag, *_rest in entries:
        label = learner if names[learner] == 1 else f"{learner} ({tag})"
        for candidate in (label, f"{learner} ({session or tag})"):
            if candidate not in taken and (candidate == learner or candidate not in names):
                label = candidate
                break
        else:
            label = f"{label} #{len(labels) + 1}"
        labels.append(label)
        taken.add(label)
    return labels


def _reason(err: AnswersFileError, suffix: str) -> str:
    if suffix != ".json":
        kind = _("a {suffix} file").format(suffix=suffix) if suffix else _("a file without a suffix")
        return _("is not an answers file ({kind}, not .json)").format(kind=kind)
    return err.reason


def _warn(found: ClassFolder, stacklevel: int) -> None:
    lines = [f"  - {name}: {why}" for name, why in found.skipped]
    merged = _("a copy of the same learner's answers, merged into {newer} (each answer counted once)")
    lines += [f"  - {older}: " + merged.format(newer=newer) for older, newer in found.replaced]
    if not found.learners and not lines:
        lines = [
            "  - "
            + _(
                "no answer files here: quizzes save into their save_dir (default answers/ next to the "
                "lesson) or OTPT_CLASS_FOLDER; point load_class at that folder"
            )
        ]
    if lines:
        warnings.warn(ClassFilesWarning(found.summary() + "\n" + "\n".join(lines)), stacklevel=stacklevel + 2)
