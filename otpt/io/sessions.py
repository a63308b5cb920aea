"""Who saved an answers file: learner-session ids, anonymous nicknames, file names, and
the learner's own note of their sessions, so a quiz picks up where it left off after a
kernel restart.

A *learner session* is one person working through one quiz. Its id is random (48 bits)
and goes into the answers file and its name, so two people who typed the same name, or
drew the same nickname, never write the same file. The note of sessions lives in the
learner's own user-state folder (``platformdirs.user_state_dir("otpt")``, e.g.
``~/.local/state/otpt`` on Linux; ``OTPT_STATE_DIR`` overrides it), never in a shared
class folder, which learners may not be able to list.
"""

from __future__ import annotations

import json
import os
import random
import re
import secrets
import unicodedata
from pathlib import Path

import platformdirs

from .files import write_atomic
from .paths import user_path

__all__ = [
    "CLASS_FOLDER_VARIABLE",
    "NICKNAME_COUNT",
    "answers_filename",
    "class_folder",
    "forget_session",
    "new_session_id",
    "random_nickname",
    "recall_session",
    "remember_session",
    "safe_filename",
    "state_folder",
]

#: The environment variable a hub sets to the class folder every learner saves into.
CLASS_FOLDER_VARIABLE = "OTPT_CLASS_FOLDER"

_ADJECTIVES = (
    "able",
    "agile",
    "amber",
    "brave",
    "bright",
    "brisk",
    "bold",
    "calm",
    "cheery",
    "clever",
    "cosy",
    "curious",
    "daring",
    "eager",
    "early",
    "fair",
    "fancy",
    "fleet",
    "fond",
    "gentle",
    "glad",
    "golden",
    "grand",
    "happy",
    "honest",
    "jolly",
    "keen",
    "kind",
    "lively",
    "lucky",
    "merry",
    "mighty",
    "neat",
    "nimble",
    "noble",
    "patient",
    "peppy",
    "plucky",
    "polite",
    "proud",
    "quick",
    "quiet",
    "rapid",
    "ready",
    "sharp",
    "shiny",
    "silver",
    "smart",
    "snappy",
    "snug",
    "spry",
    "steady",
    "sunny",
    "swift",
    "tidy",
    "trusty",
    "upbeat",
    "vivid",
    "warm",
    "wise",
)
_ANIMALS = (
    "badger",
    "beaver",
    "bison",
    "crane",
    "cricket",
    "dingo",
    "dolphin",
    "eagle",
    "egret",
    "falcon",
    "ferret",
    "finch",
    "fox",
    "gazelle",
    "gecko",
    "gibbon",
    "heron",
    "hedgehog",
    "ibis",
    "impala",
    "jackal",
    "jaguar",
    "kestrel",
    "kiwi",
    "koala",
    "lemur",
    "lynx",
    "magpie",
    "marten",
    "meerkat",
    "mole",
    "moose",
    "narwhal",
    "newt",
    "ocelot",
    "octopus",
    "orca",
    "osprey",
    "otter",
    "owl",
    "panda",
    "pelican",
    "penguin",
    "puffin",
    "quail",
    "rabbit",
    "raven",
    "robin",
    "salmon",
    "seal",
    "sparrow",
    "stork",
    "swan",
    "tapir",
    "tiger",
    "toucan",
    "turtle",
    "walrus",
    "wombat",
    "zebra",
)
_NUMBERS = range(100, 1000)

#: How many different nicknames `random_nickname` can give (60 x 60 x 900 = 3,240,000):
#: in a class of 500, two learners share one with a chance of about 1 in 26 - and even
#: then the session id keeps their files apart.
NICKNAME_COUNT = len(_ADJECTIVES) * len(_ANIMALS) * len(_NUMBERS)


def random_nickname(rng: random.Random | None = None) -> str:
    """An anonymous nickname such as ``calm-otter-421`` (one of `NICKNAME_COUNT`)."""
    rng = rng or random.SystemRandom()
    return f"{rng.choice(_ADJECTIVES)}-{rng.choice(_ANIMALS)}-{rng.choice(_NUMBERS)}"


def new_session_id() -> str:
    """A new learner-session id: 12 random hexadecimal digits (48 bits, `secrets`)."""
    return secrets.token_hex(6)


def safe_filename(name: str, *, suffix: str = ".json") -> str:
    """A file name made from a learner's name: no path separators, no ``..``, no control
    characters, at most 60 characters; an empty result becomes ``learner``.

    >>> safe_filename("../Sam O'Neil")
    'Sam-O-Neil.json'
    """
    text = unicodedata.normalize("NFKC", str(name))
    text = "".join(
        ch if ch.isalnum() or ch in "-_ " else "-" for ch in text if unicodedata.category(ch)[0] != "C"
    )
    text = re.sub(r"[\s\-]+", "-", text).strip("-_.")[:60].strip("-_.")
    return (text or "learner") + suffix


def answers_filename(learner: str, session: str) -> str:
    """The answers file of one learner session: the name, then the session id.

    >>> answers_filename("Sam", "3f9a2c1b7d4e")
    'Sam-3f9a2c1b7d4e.json'
    """
    return safe_filename(learner, suffix="") + f"-{session}.json"


def class_folder(save_dir: str | Path | None = None) -> Path:
    """Where a quiz saves: ``save_dir`` if given, else ``$OTPT_CLASS_FOLDER`` (set by a
    hub for every learner), else ``answers`` in the working folder (next to the notebook in
    Jupyter)."""
    if save_dir is not None:
        return user_path(save_dir)
    return Path(os.environ.get(CLASS_FOLDER_VARIABLE) or "answers").expanduser()


def state_folder() -> Path:
    """The learner's own folder for otpt's note of sessions (``$OTPT_STATE_DIR`` if set)."""
    return Path(os.environ.get("OTPT_STATE_DIR") or platformdirs.user_state_dir("otpt")).expanduser()


def _notes_path() -> Path:
    return state_folder() / "sessions.json"


def _notes() -> dict:
    try:
        notes = json.loads(_notes_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return notes if isinstance(notes, dict) else {}


def remember_session(quiz: str, session: str, path: Path, *, nickname: str = "") -> bool:
    """Note that ``quiz`` (a key naming one quiz in one notebook) last saved ``session``
    (with its ``nickname``) to ``path``; False when the note cannot be written (then the
    quiz cannot continue after a restart, but the answers file is what counts)."""
    notes = _notes()
    notes[quiz] = {"session": session, "file": str(Path(path).absolute()), "nickname": nickname}
    return _write_notes(notes)


def recall_session(quiz: str) -> tuple[str, Path, str] | None:
    """The (session id, answers file, nickname) ``quiz`` last saved, if the note has one."""
    note = _notes().get(quiz)
    if not isinstance(note, dict) or not note.get("session") or not note.get("file"):
        return None
    return str(note["session"]), Path(note["file"]), str(note.get("nickname") or "")


def forget_session(quiz: str) -> None:
    """Drop the note of ``quiz`` (a new learner takes over the screen)."""
    notes = _notes()
    if notes.pop(quiz, None) is not None:
        _write_notes(notes)


def _write_notes(notes: dict) -> bool:
    try:
        write_atomic(_notes_path(), json.dumps(notes, indent=1))
    except OSError:  # no note: the quiz starts fresh after a restart, nothing lost
        return False
    return True
