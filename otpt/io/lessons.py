"""A learner's own copy of the lessons: `copy_lessons` (``otpt lessons DIR``).

A copied lesson is the learner's from then on. otpt notes the SHA-256 of every file it
writes in ``DIR/.otpt-lessons.json``; on the next copy a lesson whose content is still what
otpt wrote is brought up to date, and a lesson the learner changed is kept as it is, with
the fresh copy written beside it (``02_classify_activities (new).ipynb``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..language import normalize as normalize_language
from .files import write_atomic
from .paths import user_path
from .resources import lessons_path

__all__ = ["LessonsCopy", "copy_lessons", "lesson_files"]

MANIFEST = ".otpt-lessons.json"


@dataclass
class LessonsCopy:
    """What `copy_lessons` did, each a list of paths relative to ``folder`` (POSIX form)."""

    folder: Path
    written: list[str] = field(default_factory=list)  # new, or updated where the learner changed nothing
    current: list[str] = field(default_factory=list)  # already the same as the package's
    kept: dict[str, str] = field(
        default_factory=dict
    )  # the learner's edited lesson -> where the fresh one went

    def report(self) -> str:
        """Sentences for the terminal: where the lessons are, what was kept and where."""
        lines = [f"The lessons are in {self.folder}"]
        if self.written:
            lines.append(f"  copied: {len(self.written)} notebook{'s' if len(self.written) != 1 else ''}")
        if self.current:
            lines.append(f"  already up to date: {len(self.current)}")
        for mine, fresh in self.kept.items():
            lines.append(f"  kept your edited {mine}; the fresh copy is {fresh}")
        return "\n".join(lines)


def lesson_files(source: Path | None = None) -> list[str]:
    """The lessons and the booth notebook, relative to `lessons_path` (POSIX form, sorted).

    >>> lesson_files()[0], lesson_files()[-1]
    ('01_what_are_ot_and_pt.ipynb', 'booth/booth.ipynb')
    """
    source = lessons_path() if source is None else source
    return sorted(
        p.relative_to(source).as_posix()
        for pattern in ("*.ipynb", "booth/*.ipynb")
        for p in source.glob(pattern)
    )


def _text(path: Path) -> str:
    """A file's text with universal newlines (so a copy saved with Windows line ends is the same)."""
    return path.read_text(encoding="utf-8", errors="replace")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fresh_name(folder: Path, name: str, ours: set[str]) -> str:
    """``x (new).ipynb``, or ``x (new 2).ipynb`` ... : the first that is free or still otpt's own."""
    stem, suffix = name.rsplit(".", 1)
    for n in range(1, 1000):
        candidate = f"{stem} (new{'' if n == 1 else f' {n}'}).{suffix}"
        if not (folder / candidate).exists() or _digest(_text(folder / candidate)) in ours:
            return candidate
    raise FileExistsError(f"{folder / name}: no free name for a fresh copy")


def copy_lessons(folder: str | Path, lang: str = "en") -> LessonsCopy:
    """Copy the lessons and the booth notebook into ``folder``, never over a learner's edits.

    Args:
        folder: where the lessons go (created if missing; ``~`` is the home folder). The
            package's own lessons folder (a checkout's ``notebooks/``) is left as it is.
        lang: "en", or "es" for the lessons and the booth in Spanish (``es/`` beside the
            English ones). Raises ValueError for a language otpt has no lessons in.

    Returns:
        A `LessonsCopy`: what was written, what was already current, and each edited lesson
        that was kept with the name its fresh copy got.

    Raises:
        OSError: when the folder cannot be created or written.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     first = copy_lessons(tmp)
    ...     _ = (Path(tmp) / "02_classify_activities.ipynb").write_text("{}", encoding="utf-8")
    ...     again = copy_lessons(tmp)
    >>> len(first.written) == len(lesson_files()), again.kept
    (True, {'02_classify_activities.ipynb': '02_classify_activities (new).ipynb'})
    """
    folder = user_path(folder)
    source = lessons_path() if normalize_language(lang) == "en" else lessons_path() / normalize_language(lang)
    result = LessonsCopy(folder)
    if folder.exists() and folder.resolve() == source.resolve():
        result.current = lesson_files(source)
        return result
    manifest_path = folder / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    ours = {digest for digests in manifest.values() for digest in digests}
    for name in lesson_files(source):
        text = _text(source / name)
        digest = _digest(text)
        target = name
        if (folder / name).exists():
            there = _digest(_text(folder / name))
            if there == digest:
                result.current.append(name)
                continue
            if there not in ours:  # the learner's own work: kept, the fresh copy beside it
                parent = Path(name).parent
                target = (parent / _fresh_name(folder / parent, Path(name).name, ours)).as_posix()
                result.kept[name] = target
        if not ((folder / target).exists() and _digest(_text(folder / target)) == digest):
            write_atomic(folder / target, text)
        if target == name:
            result.written.append(name)
        if digest not in manifest.setdefault(target, []):
            manifest[target].append(digest)
    write_atomic(manifest_path, json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return result
