"""The answers file format, ``otpt-answers``: its name and version, and the JSON text of an
answers file - written (`answers_json`) and checked when read (`parse_answers`).

Modeled on nbgrader's ``nbgraderformat``: the format's name and version live with the
records they describe; a reader checks both and says which versions it reads; every
earlier layout stays readable. Version 1 has had four layouts, all read alike (the first
without ``outcome``, graded right where ``answer == key`` as it was then; then with
``outcome``; then with ``session`` and ``rounds``; then one answer a line):
``tests/data/answers/`` keeps a file of each, written by the otpt of its time, and
docs/ANSWERS_FILE.md is the data dictionary.

Each answer's ``outcome`` and ``correct`` come from the one rule in
`otpt.io.exchange.record` (`outcome_of`), whatever the file held; its record and table
(`AnswerRecord`, `answer_outcomes`, `answers_frame`) are importable from here too.
"""

from __future__ import annotations

import json

import pandas as pd

from ...errors import AnswersFileError, Problem
from ...language import gettext as _
from ...vocab import COUNTS_AS_RIGHT, LEADS
from ..columns import ANSWER_COLUMNS
from ..json_lines import json_item_lines, json_key_line
from .record import AnswerRecord, answer_outcomes, answers_frame, outcome_of

__all__ = [
    "FORMAT",
    "VERSION",
    "AnswerRecord",
    "answer_outcomes",
    "answers_frame",
    "answers_json",
    "outcome_of",
    "parse_answers",
    "session_in",
]

FORMAT = "otpt-answers"
#: The version this otpt writes; it reads every version from 1 to this one.
VERSION = 1

# ---------------------------------------------------------------- writing


def answers_json(
    answers: pd.DataFrame | list[dict],
    *,
    learner: str,
    session: str = "",
    bank: str = "",
    rounds: list[dict] | None = None,
) -> str:
    """The text of an answers file (format ``otpt-answers``, `VERSION`).

    Args:
        answers: a DataFrame or a list of dicts with the `ANSWER_COLUMNS` (``correct`` is
            written as `outcome_of` and `COUNTS_AS_RIGHT` give it, whatever it held).
        learner: the name or nickname stored in the file.
        session: the learner-session id (`otpt.io.sessions.new_session_id`).
        bank: where the activities came from (the bank's ``attrs["source"]``).
        rounds: one ``{"number", "order", "review"}`` per round, so a quiz can continue.
    """
    if isinstance(answers, pd.DataFrame):
        table = answers.reindex(columns=list(ANSWER_COLUMNS)).astype(object)
        records = table.where(table.notna(), None).to_dict(orient="records")
    else:
        records = [{column: record.get(column) for column in ANSWER_COLUMNS} for record in answers]
    if records:
        outcomes = outcome_of(
            [r["answer"] for r in records], [r["key"] for r in records], [r["outcome"] for r in records]
        )
        for record, outcome in zip(records, outcomes):
            record["outcome"], record["correct"] = outcome, outcome in COUNTS_AS_RIGHT
    header = {"format": FORMAT, "version": VERSION, "learner": learner, "session": session, "bank": bank}
    fields = [f" {_dumps(name)}: {_dumps(value)}" for name, value in header.items()]
    fields += [f' "rounds": {_one_a_line(rounds or [])}', f' "answers": {_one_a_line(records)}']
    return "{\n" + ",\n".join(fields) + "\n}"


def _dumps(value) -> str:
    # No indent: json's C encoder. With indent=1 json encodes in pure Python, and the whole
    # file is encoded again on every Check (the autosave): that was most of a Check's time.
    return json.dumps(value, ensure_ascii=False, default=_plain)


def _one_a_line(items: list) -> str:
    """A JSON list with one item a line, so a person can read the file too."""
    if not items:
        return "[]"
    return "[\n" + ",\n".join(f"  {_dumps(item)}" for item in items) + "\n ]"


def _plain(value):
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"cannot save {type(value).__name__}")


# ---------------------------------------------------------------- reading


def parse_answers(text: str, source: str) -> tuple[dict, list[dict]]:
    """Check the text of an answers file of any version this otpt reads.

    Args:
        text: the file's text (decoded: `otpt.io.exchange.files.read_answers_file`).
        source: the file as errors name it (a quoted path, or a name inside a .zip archive).

    Returns:
        (header: ``learner``, ``version``, ``bank``, ``session`` ("" in files from before
        sessions) and ``rounds``; the answer records as dicts with the `ANSWER_COLUMNS`:
        ``activity_id`` as text, ``round`` a whole number, ``outcome`` by `outcome_of` and
        ``correct`` derived from it).

    Raises:
        AnswersFileError: naming ``source`` and what is wrong - empty, cut short, not JSON,
            another format, a version this otpt does not read, or an answer with a field
            otpt does not write (its line, its field, what was found, what is allowed).
    """

    def fail(found: str, allowed: str, field: str = ""):  # a field's line, where it has one
        return AnswersFileError(
            source, [Problem(json_key_line(text, field) if field else None, None, found, allowed)]
        )

    if not text.strip():
        raise fail(_("an empty file"), _("Save the answers again from the quiz."))
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg.startswith("Unterminated string") or not text[err.pos :].strip():  # the text ran out
            body = text.rstrip()
            line, column = body.count("\n") + 1, len(body) - body.rfind("\n") - 1
            raise fail(
                _(
                    "a file cut short: it ends at line {line}, column {column}, in the middle of the answers "
                    "(a copy or upload that did not finish)"
                ).format(line=line, column=column),
                _("Copy or save the file again."),
            ) from None
        raise fail(
            _("text that is not JSON at line {line}, column {column} ({reason})").format(
                line=err.lineno, column=err.colno, reason=err.msg
            ),
            _("This is not an otpt answers file, or it was edited by hand."),
        ) from None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise fail(_('no "format": "{format}"').format(format=FORMAT), _("This is not an otpt answers file."))
    version = payload.get("version")
    if type(version) is not int or not 1 <= version <= VERSION:
        newer = type(version) is int and version > VERSION
        reads = (_("version {n}") if VERSION == 1 else _("versions 1 to {n}")).format(n=VERSION)
        allowed = (
            _(
                "This otpt reads {reads}; the file was written by a newer otpt: update otpt (pip install -U "
                "otpt)."
            )
            if newer
            else _("This otpt reads {reads}.")
        ).format(reads=reads)
        raise fail(_("answers file version {version}").format(version=repr(version)), allowed, "version")
    records = payload.get("answers")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise fail(
            _('an "answers" entry that is not a list of answers'),
            _("Save the answers again from the quiz."),
            "answers",
        )
    problems = _record_problems(records)
    if problems:
        lines = json_item_lines(text, "answers")
        raise AnswersFileError(
            source,
            [
                Problem(
                    lines[i] if i < len(lines) else None,
                    None,
                    _("{found} in answer {n}").format(found=found, n=i + 1),
                    allowed,
                )
                for i, found, allowed in problems
            ],
        )
    if records:
        outcomes = outcome_of(
            [r["answer"] for r in records], [r["key"] for r in records], [r.get("outcome") for r in records]
        )
        for record, outcome in zip(records, outcomes):
            record["activity_id"], record["round"] = str(record["activity_id"]), int(record.get("round") or 1)
            record["outcome"], record["correct"] = outcome, outcome in COUNTS_AS_RIGHT
    rounds = payload.get("rounds")
    header = {
        "learner": str(payload.get("learner") or ""),
        "version": version,
        "bank": payload.get("bank", ""),
        "session": str(payload.get("session") or ""),
        "rounds": rounds if isinstance(rounds, list) else [],
    }
    return header, records


def session_in(text: str) -> str | None:
    """The learner-session id in an answers file's text; None when it has none, or the
    text is not an answers file (a save then treats the file as another session's)."""
    try:
        payload = json.loads(text)
    except ValueError:
        return None
    return (payload.get("session") or None) if isinstance(payload, dict) else None


def _record_problems(records: list[dict]) -> list[tuple[int, str, str]]:
    """(answer's position, what was found, what is allowed) for each field otpt would not
    have written, at most 10 (the answers after them are likely the same)."""
    problems = []
    for i, record in enumerate(records):
        for name in ("activity_id", "answer", "key"):
            value = record.get(name)
            if value in (None, ""):
                problems.append(
                    (
                        i,
                        _('no "{name}"').format(name=name),
                        _(
                            "Every answer needs an activity_id, an answer and a key; save the answers again from the quiz."
                        ),
                    )
                )
            elif name != "activity_id" and value not in LEADS:
                problems.append((i, f'"{name}": {_dumps(value)}', _("Allowed: OT, PT or Both.")))
            elif name == "activity_id" and not isinstance(value, (str, int)):
                problems.append((i, f'"{name}": {_dumps(value)}', _("Allowed: the activity's id, as text.")))
        if not _whole_number(record.get("round", 1)):
            problems.append(
                (i, f'"round": {_dumps(record.get("round"))}', _("Allowed: a whole number (1, 2 ...)."))
            )
        if len(problems) >= 10:
            break
    return problems


def _whole_number(value) -> bool:
    return (isinstance(value, int) and not isinstance(value, bool)) or (
        isinstance(value, str) and value.isdigit()
    )
