"""SaveBar: one learner session's answers file - saved after every Check, picked up again
after a kernel restart, downloadable where there is no class folder.

The quiz owns the answers; the bar owns who they belong to (session id, nickname, typed
name), where they go (`otpt.io.sessions.class_folder`) and what the learner is told.
"""

from __future__ import annotations

from pathlib import Path

import ipywidgets as widgets

from ..errors import AnswersFileError
from ..io.exchange.files import merge_records, read_answers_file, write_answers_text
from ..io.exchange.format import answers_json
from ..io.paths import user_path
from ..io.sessions import (
    answers_filename,
    forget_session,
    new_session_id,
    random_nickname,
    recall_session,
    remember_session,
    state_folder,
)
from ..language import gettext as _
from ..render.saving import (
    download_link_html,
    resumed_text,
    save_problem_text,
    saved_text,
    status_html,
    unnoted_text,
    unreadable_text,
)
from .live import LiveRegion

__all__ = ["SaveBar"]


class SaveBar(widgets.VBox):
    """The name box, "Save my answers", the save status and "Download my answers".

    Args:
        folder: where answers files go.
        quiz: a key naming this quiz in this notebook (for picking a session up again).
        name: a name typed in advance (default: empty, so the nickname is used).
        bank: where the activities came from (stored in the file).
    """

    def __init__(self, folder: Path, quiz: str, *, name: str | None = None, bank: str = ""):
        self.folder, self.quiz, self.bank = Path(folder), quiz, bank
        self.session, self.nickname = new_session_id(), random_nickname()
        self.written: Path | None = None  # the file this session last wrote
        self.noted = True  # whether the note of sessions could be written (to continue after a restart)
        self.name_box = widgets.Text(
            value=name.strip() if name else "",
            continuous_update=False,  # a name is saved once typed (Enter or leaving the box), not per key
            placeholder=_("optional"),
            description=_("Your name:"),
            style={"description_width": "initial"},
            layout=widgets.Layout(width="260px"),
        )
        self.save_button = widgets.Button(
            description=_("Save my answers"), icon="save", tooltip=_("Save to a file now")
        )
        self.someone_else_button = widgets.Button(
            description=_("I am someone else"),
            icon="user",
            tooltip=_("Start fresh as a new learner"),
            layout=widgets.Layout(width="auto", min_width="8em", display="none"),
        )
        self.save_button.layout.width, self.save_button.layout.min_width = "auto", "8em"
        self.status = LiveRegion()  # a save that fails is said, not only shown
        self.download = widgets.HTML()
        row = widgets.HBox(
            [self.name_box, self.save_button, self.download],
            layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
        )
        super().__init__(
            [
                row,
                widgets.HBox(
                    [self.status, self.someone_else_button],
                    layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
                ),
            ]
        )

    @property
    def learner(self) -> str:
        """The name answers are saved under: what the name box holds, else the nickname."""
        return self.name_box.value.strip() or self.nickname

    @property
    def path(self) -> Path:
        """The session's answers file: ``<folder>/<learner>-<session>.json``."""
        return self.folder / answers_filename(self.learner, self.session)

    def save(self, records: list[dict], rounds: list[dict], path: Path | None = None) -> Path:
        """Write the session's file (atomically) and refresh the download link.

        A learner who typed a name after the first save gets a file under the new name;
        the session's older file is removed, so one session is always one file. Answers the
        session's file holds that these ``records`` lack (written by a second kernel of the
        same session, say) are kept: a save never destroys what an earlier save wrote. A
        save to another ``path`` is a copy: the session's own file stays where it is.

        Raises:
            OSError: when the file cannot be written (the answers stay in the kernel);
                `AnotherSessionsFile` (a `FileExistsError`) when ``path`` holds another
                session's answers.
        """
        target = user_path(path) if path is not None else self.path
        if self.written is not None:
            records, rounds = _with_saved(records, rounds, self.written)
        text = self.refresh_download(records, rounds)
        written = write_answers_text(text, target, session=self.session, own=target == self.written)
        if path is not None:
            return written
        if self.written is not None and self.written != written:
            self.written.unlink(missing_ok=True)
        if self.written != written:
            self.noted = remember_session(self.quiz, self.session, written, nickname=self.nickname)
        self.written = written
        return written

    def save_and_report(self, records: list[dict], rounds: list[dict], *, asked: bool = False) -> Path | None:
        """`save`, telling the learner where the file is or why it could not be written
        (and how many answers, when the learner ``asked`` for the save)."""
        try:
            path = self.save(records, rounds)
        except OSError as err:
            self.status.value = status_html(save_problem_text(err, self.path), problem=True)
            return None
        text = saved_text(len(records), path, asked=asked)
        self.status.value = status_html(text if self.noted else f"{text} {unnoted_text(state_folder())}")
        return path

    def refresh_download(self, records: list[dict], rounds: list[dict]) -> str:
        """Point "Download my answers" at the answers as they are now; returns the file's text."""
        text = answers_json(
            records, learner=self.learner, session=self.session, bank=self.bank, rounds=rounds
        )
        self.download.value = download_link_html(text, answers_filename(self.learner, self.session))
        return text

    def resume(self) -> tuple[list[dict], list[dict]] | None:
        """Take over the session this quiz last saved, if its file is still there.

        Returns:
            (answer records, rounds) of that session, or None (then nothing changes).
        """
        note = recall_session(self.quiz)
        if note is None:
            return None
        session, path, nickname = note
        try:
            header, records = read_answers_file(path)
        except AnswersFileError as err:
            if path.exists():  # there, but damaged: say so, keep it, start a new session
                self.status.value = status_html(unreadable_text(path, err.reason), problem=True)
            return None
        if header["session"] != session or not records:
            return None
        self.session, self.written = session, path
        self.nickname = nickname or self.nickname
        self.name_box.value = "" if header["learner"] == self.nickname else header["learner"]
        self.status.value = status_html(resumed_text(len(records), path))
        self.someone_else_button.layout.display = None
        self.refresh_download(records, header["rounds"])
        return records, header["rounds"]

    def reset(self) -> None:
        """A new anonymous learner session: new id and nickname, name and status cleared.
        The earlier session's file stays where it is (it holds someone's answers)."""
        forget_session(self.quiz)
        self.session, self.nickname, self.written = new_session_id(), random_nickname(), None
        self.name_box.value = ""
        self.status.value = self.download.value = ""
        self.someone_else_button.layout.display = "none"


def _with_saved(records: list[dict], rounds: list[dict], path: Path) -> tuple[list[dict], list[dict]]:
    """``records`` and ``rounds`` with whatever else the session's file at ``path`` holds."""
    try:
        header, saved = read_answers_file(path)
    except AnswersFileError:  # gone or damaged: ours replace it
        return records, rounds
    numbers = {r.get("number") for r in rounds}
    return merge_records(records, saved), rounds + [
        r for r in header["rounds"] if r.get("number") not in numbers
    ]
