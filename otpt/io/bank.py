"""Load and validate an activity bank (the bundled one or an instructor's own CSV).

Data flows one way: CSV text -> rows of cells -> checked, normalised columns -> a typed
DataFrame. Every problem in a file is collected and reported at once, with the line and
column a spreadsheet shows, so a beginner can fix them all in one pass.
"""

from __future__ import annotations

import csv
import gc
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..vocab import (
    BODY_REGIONS,
    ICF_CHAPTERS,
    INTERVENTION_ALIASES,
    INTERVENTION_WORDS,
    INTERVENTIONS,
    LEADS,
    OCCUPATION_AREAS,
    OCCUPATIONS,
    POPULATIONS,
    SETTINGS,
    SHARED_AS,
    SKILL_ALIASES,
    SKILLS,
    SPECIALTIES,
    SPECIALTY_ALIASES,
    TARGETS,
)
from . import workbook
from .resources import bundled_path

#: The columns of a full bank, in order. Only ``activity`` and ``lead`` are required.
COLUMNS = (
    "id",
    "activity",
    "description",
    "setting",
    "population",
    "lead",
    "also_accepted",
    "practice_varies",
    "shared_as",
    "target",
    "intervention",
    "specialty",
    "ot_focus",
    "pt_focus",
    "skills",
    "occupation_area",
    "occupation",
    "body_region",
    "icf_chapter",
    "rationale",
    "misconception",
    "sources",
)
REQUIRED = ("activity", "lead")
TEXT_COLUMNS = (
    "description",
    "practice_varies",
    "ot_focus",
    "pt_focus",
    "rationale",
    "misconception",
    "sources",
)
MAX_LISTED = 40  # problems spelled out in the message; all are kept in .problems


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a bank: where it is, what was found, what is allowed."""

    line: int | None
    column: str | None
    found: str
    allowed: str

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column is not None:
            where.append(f"column {self.column}")
        prefix = ", ".join(where) + ": " if where else ""
        return f"{prefix}found {shown(self.found)}. {self.allowed}"


def shown(text: str) -> str:
    """Text with every character a reader cannot see written out: 'OT\u200b' -> 'OT<U+200B>'."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else f"<U+{ord(c):04X}>" for c in text)


class ActivityDataNote(UserWarning):
    """A bank that loaded, with cells otpt read its own way or could not use.

    The message names the file and each cell (line, column, what was found, what otpt did
    with it). The file is never changed; the loaded bank's ``attrs["notes"]`` lists them.
    """


class ActivityDataError(ValueError):
    """An activity bank that cannot be used as it is.

    The message names the file and lists every problem (line as a spreadsheet shows it,
    column, value found, what is allowed). ``problems`` holds them as `Problem` objects.
    """

    def __init__(self, source: str, problems: list[Problem], *, what: str = "activity bank"):
        self.source = source
        self.problems = sorted(problems, key=_reading_order)
        n = len(self.problems)
        head = (
            f"Could not load the {what} {source}: "
            f"{n} problem{'s' if n != 1 else ''}. Nothing was loaded and the file was not changed."
        )
        lines = [f"  - {p}" for p in self.problems[:MAX_LISTED]]
        if n > MAX_LISTED:
            lines.append(f"  ... and {n - MAX_LISTED} more (see the error's .problems).")
        super().__init__("\n".join([head, *lines]))


def _reading_order(problem: Problem) -> tuple:
    """Sort problems as a person reads a sheet: by line, then column letter (A..Z, AA..)."""
    letters = (problem.column or "").split(" ", 1)[0]
    return (problem.line or 0, len(letters), letters)


def load_activities(path: str | Path | None = None) -> pd.DataFrame:
    """Load an activity bank as a typed DataFrame.

    ``path=None`` loads the bank that ships with otpt. A bank of your own needs only the
    columns ``activity`` and ``lead`` (OT, PT or Both); every other column is optional.
    Workbooks are read directly: the first sheet of an .xlsx, .xls or .ods file (a note
    names it when there are several), numbers as the sheet shows them (7.0 -> '7').
    CSV files saved by Excel, Google Sheets or LibreOffice are fine: UTF-8 with or without
    BOM, UTF-16, Windows (cp1252) and Mac Roman text (told apart by charset-normalizer,
    with a note), CR, LF or CRLF line ends, ',' ';' or tab as the separator (sniffed from
    the first lines), invisible format characters (removed), stray spaces, any
    capitalisation of the labels, and extra columns (kept as they are).

    Cells otpt can read but not fully use load with an `ActivityDataNote` warning rather
    than an error: your own setting or population names (kept, as extra categories), a
    skill under another name ("rom" is read as range_of_motion), and a skill or
    intervention otpt does not know (left out of ``skills`` / ``intervention``, kept in
    ``skills_not_used`` / ``intervention_not_used``). ``attrs["notes"]`` lists them.

    Returns a DataFrame with ``lead`` as an ordered categorical (OT < Both < PT),
    ``setting``/``population``/``occupation_area``/``icf_chapter`` as categoricals,
    and ``skills`` and ``intervention`` as lists of names per row.

    Raises `ActivityDataError` listing every problem in the file.

    Example:
        >>> bank = load_activities()
        >>> list(bank["lead"].cat.categories)
        ['OT', 'Both', 'PT']
    """
    path = bundled_path() if path is None else Path(path)
    source = f"'{path}'"
    # A load makes many small lists and no reference cycles: pausing the cycle collector
    # keeps large banks linear (measured in benchmarks/bank_scale.py) and is restored after.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        notes: list[Problem] = []
        header, rows = read_table(path, source, notes=notes)
        return _build(header, rows, source, notes)
    finally:
        if was_enabled:
            gc.enable()


def read_table(path: Path, source: str, *, what: str = "activity bank", notes: list | None = None):
    """The header cells and (spreadsheet line, cells) rows of a CSV file, decoded whatever
    encoding a spreadsheet saved it in. Used for every CSV the package reads.

    A file read as 8-bit text (not UTF-8) gets a note saying which: appended to ``notes``
    when given, else an `ActivityDataNote` warning. Raises `ActivityDataError`."""
    sheets = []
    try:
        if path.is_file() and workbook.is_workbook(_head(path)):
            header, rows, sheets = _workbook_rows(path)
            encoding = None
        else:
            text, encoding = _read_text(path)
            header, rows = _split_rows(text)
    except _Unreadable as err:
        raise ActivityDataError(source, [err.problem], what=what) from None
    for note in sheets:
        _note(notes, what, source, note)
    if encoding:
        note = Problem(None, None, f"{LEGACY_ENCODINGS[encoding]} text, not UTF-8",
                       "It was read as that; if a letter looks wrong, save the file as 'CSV UTF-8'.")  # fmt: skip
        _note(notes, what, source, note)
    return header, rows


def _note(notes: list | None, what: str, source: str, note: Problem) -> None:
    if notes is None:
        warnings.warn(f"Read the {what} {source}: {note}", ActivityDataNote, stacklevel=4)
    else:
        notes.append(note)


def _head(path: Path) -> bytes:
    with path.open("rb") as file:
        return file.read(8)


def _workbook_rows(path: Path):
    """Header, (spreadsheet row, cells) rows and - when the workbook has several sheets, or
    blank rows above the header - a note saying what was read, from an Excel or
    OpenDocument file."""
    try:
        records, chosen, names, hidden = workbook.read_first_sheet(path)
    except workbook.WorkbookError as err:
        raise _Unreadable(Problem(None, None, err.found, err.allowed)) from None
    records = [[_visible(c) for c in record] for record in records]
    top = next((i for i, rec in enumerate(records) if any(c.strip() for c in rec)), 0)
    rows = [
        (n, rec) for n, rec in enumerate(records[top + 1 :], start=top + 2) if any(c.strip() for c in rec)
    ]
    notes = []
    if len(names) > 1:
        others = ", ".join(f"'{n}'" + (" (hidden)" if n in hidden else "") for n in names if n != chosen)
        notes.append(Problem(None, None, f"a workbook with {len(names)} sheets",
                             f"Read '{chosen}', the first visible sheet with anything in it; not read: {others}."))  # fmt: skip
    if top:
        notes.append(Problem(top + 1, None, "the column names", f"Lines 1-{top} of '{chosen}' are blank; "
                             f"the rows below line {top + 1} were read as the activities."))  # fmt: skip
    return (records[top] if records else []), rows, notes


def read_named_table(path: Path, what: str, required, columns):
    """Read a CSV of ours other than the bank (cases, worked goals): the source label, the
    column names, the (line, cells) rows and a `Problem` for each ``required`` column the
    header lacks (``columns`` lists them all for the message)."""
    source = f"'{path}'"
    header, rows = read_table(path, source, what=what)
    names = [column_name(h) for h in header]
    problems = [
        Problem(1, None, f"no '{name}' column", f"A {what} needs the columns: {', '.join(columns)}.")
        for name in required
        if name not in names
    ]
    return source, names, rows, problems


def coerce_activities(data) -> pd.DataFrame:
    """Turn what a user passes as ``activities=`` into a checked bank.

    ``None`` is the bundled bank, a string or path is loaded from file, and a DataFrame
    (for instance a filtered bank) goes through the same checks as a file.
    """
    if data is None or isinstance(data, (str, Path)):
        return load_activities(data)
    if isinstance(data, pd.DataFrame):
        header = [str(c) for c in data.columns]
        rows = [(i + 2, [_cell_text(v) for v in rec]) for i, rec in enumerate(data.itertuples(index=False))]
        return _build(header, rows, "(the DataFrame passed in)")
    raise TypeError(
        f"activities must be None, a path to a CSV or spreadsheet file or a DataFrame, not {type(data).__name__}"
    )


def bank_categories(data: pd.DataFrame, column: str) -> list[str]:
    """The names a bank's ``setting`` or ``population`` column can hold: otpt's own and
    then the bank's own (the loader adds those as extra categories)."""
    values = data[column]
    if isinstance(values.dtype, pd.CategoricalDtype):
        return [str(c) for c in values.cat.categories]
    vocabulary = {"setting": SETTINGS, "population": POPULATIONS}.get(column, [])
    return list(dict.fromkeys([*vocabulary, *(str(v) for v in values.dropna())]))


def find_categories(data: pd.DataFrame, column: str, wanted) -> tuple[list[str], list[str]]:
    """``wanted`` names (any capitalisation and spacing) -> (the bank's names for them,
    the names the bank does not have)."""
    lookup = {" ".join(name.lower().split()): name for name in bank_categories(data, column)}
    found = [lookup.get(" ".join(str(w).lower().replace("_", " ").split())) for w in wanted]
    return [f for f in found if f], [w for w, f in zip(wanted, found) if not f]


def id_text(value) -> str:
    """An activity id as text, however it was typed or stored: 7, 7.0, '7 ' -> '7'."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_cell(str(value))


def find_ids(data: pd.DataFrame, wanted) -> tuple[list[str], list[str]]:
    """``wanted`` ids (text or numbers, as a spreadsheet gives them) -> (the bank's ids, in
    the order asked, and the ids it does not have, as text). An id matches exactly, or by
    its number when both are digits ('7' finds '007')."""
    ids = [str(i) for i in data["id"]]
    exact = set(ids)
    by_number = {}
    for i in ids:
        if i.isdigit():
            by_number.setdefault(int(i), i)
    found, unknown = [], []
    for value in [wanted] if isinstance(wanted, (str, int, float)) else list(wanted):
        text = id_text(value)
        match = text if text in exact else by_number.get(int(text)) if text.isdigit() else None
        (found if match else unknown).append(match or text)
    return found, unknown


# ---------------------------------------------------------------- reading the file


class _Unreadable(Exception):
    """A file that cannot be read as CSV text at all (read_table names the file)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def _read_text(path: Path) -> tuple[str, str | None]:
    """The file's text, and the 8-bit encoding it was read in (None for UTF-8 or UTF-16)."""
    if not path.exists():
        raise _Unreadable(Problem(None, None, "no file at this path", "Check the name and folder."))
    if path.is_dir():
        raise _Unreadable(Problem(None, None, "a folder", "Give the path of a .csv file."))
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _visible(raw.decode("utf-16").removeprefix("\ufeff")), None
        except UnicodeDecodeError as err:
            text = raw[: err.start].decode("utf-16", errors="replace")
            raise _Unreadable(
                Problem(
                    len(_TEXT_LINE_END.findall(text)) + 1,
                    None,
                    "UTF-16 text that breaks off in the middle of a character",
                    "Save the file again from the spreadsheet, as 'CSV UTF-8'.",
                )  # fmt: skip
            ) from None
    try:
        return _visible(raw.decode("utf-8-sig")), None
    except UnicodeDecodeError as err:
        bad = err
    encoding = _legacy_encoding(raw)
    if encoding:
        return _visible(raw.decode(encoding)), encoding
    line = len(_LINE_END.findall(raw[: bad.start])) + 1
    raise _Unreadable(
        Problem(
            line,
            None,
            f"the byte {raw[bad.start]:#04x}, which is not UTF-8 and reads as no sensible letter in "
            "Windows (cp1252) or Mac Roman text either",
            "Save the file as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8).",
        )
    )


_LINE_END = re.compile(rb"\r\n|\r|\n")  # Windows, old Mac and Unix line ends alike
#: The 8-bit encodings spreadsheets still write: Excel's 'CSV' on Windows and 'CSV (Macintosh)'.
LEGACY_ENCODINGS = {"cp1252": "Windows (cp1252)", "mac_roman": "Mac Roman"}
_ODD = {"Sk", "Sm", "Cc", "Co", "Cn", "Lm"}  # a bank's words hardly ever hold these


def _oddities(text: str) -> int:
    """How many non-ASCII characters look like a wrong decoding: a capital inside a word
    ('CafŽ', 'WalkÅing'), or a modifier or maths symbol ('ÀàÃ', '¸', '√')."""
    odd = 0
    for i, c in enumerate(text):
        if c.isascii():
            continue
        kind = unicodedata.category(c)
        odd += kind in _ODD or (kind == "Lu" and i > 0 and text[i - 1].islower())
    return odd


def _legacy_encoding(raw: bytes) -> str | None:
    """Which 8-bit encoding a file that is not UTF-8 is in, or None when neither reads as
    text. charset-normalizer ranks the candidates (how much each decoding reads like
    language); a decoding with letters no spreadsheet user typed (a capital inside a word,
    a stray modifier symbol) is never chosen; on a tie, CR-only line ends - what Excel for
    Mac writes - favour Mac Roman."""
    import charset_normalizer  # only for files that are not UTF-8

    cr_only = b"\r" in raw and b"\n" not in raw
    ranked = []
    for match in charset_normalizer.from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)):
        if _oddities(str(match)) == 0:
            prefer_mac = cr_only and match.encoding == "mac_roman"
            ranked.append(((not prefer_mac, match.chaos, -match.coherence), match.encoding))
    return min(ranked)[1] if ranked else None


def _visible(text: str) -> str:
    """Text without invisible format characters (Unicode category Cf: zero-width spaces,
    word joiners, byte-order marks anywhere), which web pages and LMS editors paste in."""
    hidden = {ord(c): None for c in set(text) if not c.isascii() and unicodedata.category(c) == "Cf"}
    return text.translate(hidden) if hidden else text


def _split_rows(text: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header cells and (spreadsheet line, cells) for every row that is not blank."""
    delimiter = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []  # numbered as a spreadsheet numbers rows: a quoted cell may span lines
    try:
        records.extend(reader)
    except csv.Error as err:
        raise _Unreadable(_quote_problem(len(records) + 1, str(err))) from None
    if not records:
        return [], []
    rows = [(n, rec) for n, rec in enumerate(records[1:], start=2) if any(c.strip() for c in rec)]
    return records[0], rows


def _separator(text: str) -> str:
    """The separator a spreadsheet used (',' ';' tab or '|'), decided by csv.Sniffer from
    the structure of the first lines - so a ';' file whose header holds a comma is still a
    ';' file. A one-column file has none to find: ','."""
    sample = "\n".join(_TEXT_LINE_END.split(text, maxsplit=20)[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


_TEXT_LINE_END = re.compile(r"\r\n|\r|\n")


def _quote_problem(line: int, message: str) -> Problem:
    """What a beginner needs to know when Python's csv module refuses a line."""
    if "end of data" in message or "field larger" in message:
        found = 'a double quote (") that opens a cell and is never closed'
    elif "expected after" in message:
        found = 'text straight after a closing double quote (")'
    else:
        found = f"text the CSV reader cannot split into cells ({message})"
    return Problem(line, None, found, "Put the whole cell in double quotes and write a quote inside it as two (\"\"); "
                   "a spreadsheet does this when it saves.")  # fmt: skip


# ---------------------------------------------------------------- checking and typing


def clean_cell(value: str) -> str:
    """A cell as a person meant it: Unicode-normalised, no-break spaces as spaces, trimmed."""
    if value.isascii():  # the common case, and nothing to normalise
        return value.strip()
    return unicodedata.normalize("NFC", _visible(value)).replace("\u00a0", " ").strip()


def _cell_text(value) -> str:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def column_name(name: str) -> str:
    """A header cell as a column name: ' Occupation Area ' -> 'occupation_area'."""
    return re.sub(r"[\s\-]+", "_", clean_cell(name).lower())


def column_letter(index: int) -> str:
    """Spreadsheet column letter for a 0-based index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _label(value: str) -> str:
    return _SPACES_OR_UNDERSCORES.sub(" ", value.lower()).strip()


_LEAD_LOOKUP = {lead.lower(): lead for lead in LEADS}
_SETTING_LOOKUP = {s: s for s in SETTINGS}
_POPULATION_LOOKUP = {p: p for p in POPULATIONS}
_AREA_LOOKUP = {a.lower(): a for a in OCCUPATION_AREAS}
_SHARED_LOOKUP = {k: k for k in SHARED_AS} | {"cotreatment": "co-treatment", "co treatment": "co-treatment"}
_TARGET_LOOKUP = {t: t for t in TARGETS}
_REGION_LOOKUP = {r: r for r in BODY_REGIONS}
#: occupation -> its OTPF-4 occupation area
_OCCUPATION_AREA = {occupation: area for area, names in OCCUPATIONS.items() for occupation in names}
_OCCUPATION_LOOKUP = {o: o for o in _OCCUPATION_AREA}
_ICF = re.compile(r"^([bsde][1-9])\d*$")
_SEPARATORS = re.compile(r"[;,|]")
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")
_SPACES_OR_UNDERSCORES = re.compile(r"[\s_]+")


def _name_key(value: str) -> str:
    """An intervention or specialty as typed -> its lookup key: 'Pelvic-floor_Training' ->
    'pelvic floor training'."""
    return re.sub(r"[\s_\-]+", " ", value.lower()).strip()


_INTERVENTION_LOOKUP = {
    _name_key(k): v for k, v in {**{k: k for k in INTERVENTIONS}, **INTERVENTION_ALIASES}.items()
}
_INTERVENTION_WORDS = [
    (name, re.compile(r"\b(?:" + "|".join(words) + ")", re.I)) for name, words in INTERVENTION_WORDS.items()
]


def read_interventions(text: str) -> list[str]:
    """The interventions one cell names: its name or alias ('Splinting' -> ['orthosis
    fabrication']), else every intervention whose words it uses ('ADL retraining with
    adaptive equipment' -> ['ADL training', 'adaptive equipment']); [] when none."""
    name = _INTERVENTION_LOOKUP.get(_name_key(text))
    if name:
        return [name]
    found = {name for name, pattern in _INTERVENTION_WORDS if pattern.search(text)}
    return [name for name in INTERVENTIONS if name in found]


_SPECIALTY_LOOKUP = {_name_key(k): v for k, v in {**{k: k for k in SPECIALTIES}, **SPECIALTY_ALIASES}.items()}


def _build(header: list[str], rows: list[tuple[int, list[str]]], source: str, notes=()) -> pd.DataFrame:
    problems: list[Problem] = []
    if not header or not any(h.strip() for h in header):
        raise ActivityDataError(
            source,
            [
                Problem(
                    1, None, "an empty file", "The first line must name the columns, at least: activity,lead"
                )
            ],
        )

    names = [column_name(h) for h in header]
    where = {}  # column name -> (index, "C (lead)")
    for i, name in enumerate(names):
        label = f"{column_letter(i)} ({name or 'no name'})"
        if not name:
            if any(i < len(cells) and cells[i].strip() for _, cells in rows):
                problems.append(
                    Problem(1, label, "a column with data but no name", "Give every column a name in line 1.")
                )
            continue
        if name in where:
            problems.append(
                Problem(
                    1,
                    label,
                    f"the column name '{name}' a second time",
                    f"Each name once; it is already column {where[name][1]}.",
                )
            )
            continue
        where[name] = (i, label)
    for name in REQUIRED:
        if name not in where:
            found = ", ".join(f"'{n}'" for n in names if n) or "no names"
            problems.append(
                Problem(
                    1,
                    None,
                    f"no '{name}' column (the columns are {found})",
                    "A bank needs at least the columns 'activity' and 'lead'.",
                )
            )
    if problems:
        raise ActivityDataError(source, problems)

    width = len(header)
    columns: dict[str, list] = {name: [] for name in where}
    lines = []
    for line, cells in rows:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            problems.append(
                Problem(
                    line,
                    None,
                    f"{len(cells)} cells where line 1 names {width} columns",
                    "A comma inside a cell needs the cell in double quotes (a spreadsheet does this when it saves).",
                )
            )
            continue
        cells = cells + [""] * (width - len(cells))
        lines.append(line)
        for name, (i, _) in where.items():
            columns[name].append(clean_cell(cells[i]))

    notes = list(notes)
    checked = {
        name: _check_column(name, values, lines, where[name][1], problems, notes)
        for name, values in columns.items()
    }
    unused = {}  # "skills" / "intervention" -> what each row named that otpt cannot use
    for name in ("skills", "intervention"):
        if name in checked:
            pairs = checked[name]
            checked[name] = [known for known, _ in pairs]
            if any(rest for _, rest in pairs):
                unused[f"{name}_not_used"] = [rest for _, rest in pairs]
    _check_across(checked, lines, where, problems)
    ids = checked.get("id") or [""] * len(lines)
    ids = [value or f"row-{line}" for value, line in zip(ids, lines)]
    seen: dict[str, int] = {}
    for value, line in zip(ids, lines):
        if value in seen:
            problems.append(
                Problem(
                    line,
                    where.get("id", (0, "A (id)"))[1],
                    f"the id '{value}' again",
                    f"Ids must be unique; line {seen[value]} has it already.",
                )
            )
        seen.setdefault(value, line)
    if problems:
        raise ActivityDataError(source, problems)

    n = len(lines)
    data = {"id": ids}
    for name in COLUMNS[1:]:
        if name in checked:
            data[name] = checked[name]
        elif name in ("skills", "intervention"):
            data[name] = [[] for _ in range(n)]
        elif name in TEXT_COLUMNS:
            data[name] = [""] * n
        else:
            data[name] = [None] * n
    frame = pd.DataFrame(data)
    frame["lead"] = pd.Categorical(frame["lead"], categories=LEADS, ordered=True)
    for name, vocabulary in (("setting", SETTINGS), ("population", POPULATIONS)):
        own = [v for v in dict.fromkeys(frame[name]) if isinstance(v, str) and v not in vocabulary]
        frame[name] = pd.Categorical(frame[name], categories=[*vocabulary, *own])
    frame["occupation_area"] = pd.Categorical(frame["occupation_area"], categories=OCCUPATION_AREAS)
    frame["shared_as"] = pd.Categorical(frame["shared_as"], categories=list(SHARED_AS))
    frame["target"] = pd.Categorical(frame["target"], categories=TARGETS)
    frame["body_region"] = pd.Categorical(frame["body_region"], categories=BODY_REGIONS)
    frame["icf_chapter"] = pd.Categorical(frame["icf_chapter"], categories=list(ICF_CHAPTERS))
    frame["specialty"] = pd.Categorical(frame["specialty"], categories=list(SPECIALTIES))
    for name in where:
        if name not in COLUMNS:
            frame[name] = checked[name]  # extra columns are kept, cleaned of stray spaces
    for name, cells in unused.items():
        frame[name] = cells
    frame.attrs["source"] = source
    frame.attrs["notes"] = [str(note) for note in sorted(notes, key=_reading_order)]
    if notes:
        listed = "\n".join(f"  - {note}" for note in frame.attrs["notes"][:MAX_LISTED])
        more = len(notes) - MAX_LISTED
        warnings.warn(
            f"Loaded the activity bank {source} with {len(notes)} note{'s' if len(notes) != 1 else ''} "
            f"(the file was not changed):\n{listed}"
            + (f"\n  ... and {more} more (attrs['notes'])." if more > 0 else ""),
            ActivityDataNote,
            stacklevel=3,
        )
    return frame


def _check_across(checked, lines, where, problems):
    """Checks that need two columns of a row: an also-accepted answer differs from the
    lead, only a Both row says how the work is shared, and an occupation belongs to the
    occupation area given (an empty area is filled from the occupation)."""
    n = len(lines)
    if "occupation" in checked and "occupation_area" not in checked:
        checked["occupation_area"] = [None] * n  # filled from each row's occupation below
    empty = [None] * n  # one list for every column a bank leaves out
    leads, alsos, shareds, occupations = (
        checked.get(name, empty) for name in ("lead", "also_accepted", "shared_as", "occupation")
    )
    for i, line in enumerate(lines):
        lead, also, shared, occupation = leads[i], alsos[i], shareds[i], occupations[i]
        if lead and also and lead in also.split(";"):
            problems.append(Problem(line, where["also_accepted"][1], f"'{also}', which includes the lead",
                                    "An also-accepted answer must differ from the lead (or leave it empty)."))  # fmt: skip
        if lead and lead != "Both" and shared:
            problems.append(Problem(line, where["shared_as"][1], f"'{shared}' on a row led by {lead}",
                                    "Only a Both row says how the work is shared; leave the cell empty."))  # fmt: skip
        if not occupation:
            continue
        area = _OCCUPATION_AREA[occupation]
        given = checked["occupation_area"][i]
        if given is None:
            checked["occupation_area"][i] = area
        elif given != area:
            problems.append(Problem(line, where["occupation"][1], f"'{occupation}' with the occupation area '{given}'",
                                    f"In the OTPF-4 '{occupation}' belongs to '{area}'."))  # fmt: skip


def _check_column(name, values, lines, label, problems, notes):
    """Normalise one column's cells, appending a Problem for each cell that cannot be used
    and a note for each cell read in a way the person may not expect."""

    def check_each(convert):
        out = []
        for value, line in zip(values, lines):
            try:
                out.append(convert(value))
            except ValueError as err:
                found, allowed = err.args
                problems.append(Problem(line, label, found, allowed))
                out.append(None)
        return out

    def from_lookup(lookup, allowed, normalise=_label, required=False, what=None):
        def convert(value):
            if not value:
                if required:
                    raise ValueError("an empty cell", f"Every activity needs {what}. Allowed: {allowed}.")
                return None
            key = normalise(value)
            if key not in lookup:
                raise ValueError(f"'{value}'", f"Allowed: {allowed}.")
            return lookup[key]

        return check_each(convert)

    if name == "activity":

        def convert(value):
            if not value:
                raise ValueError("an empty cell", "Every activity needs a short name.")
            return value

        return check_each(convert)
    if name == "lead":
        return from_lookup(_LEAD_LOOKUP, "OT, PT or Both (any capitalisation)", str.lower, True, "a lead")
    if name in ("setting", "population"):
        lookup, vocabulary = (
            (_SETTING_LOOKUP, SETTINGS) if name == "setting" else (_POPULATION_LOOKUP, POPULATIONS)
        )
        out, own = [], {}  # own names: key -> (the first spelling, its line)
        for value, line in zip(values, lines):
            key = _label(value) if value else None
            if key and key not in lookup:
                if key not in own:
                    own[key] = (value, line)
                    notes.append(Problem(line, label, f"'{value}'", f"Kept as your own {name}; otpt's own are: "
                                         + ", ".join(vocabulary) + "."))  # fmt: skip
                elif own[key][0] != value:
                    notes.append(Problem(line, label, f"'{value}'", f"Read as your own {name} '{own[key][0]}', "
                                         f"as line {own[key][1]} spells it."))  # fmt: skip
            out.append(lookup.get(key, own.get(key, (None,))[0]) if key else None)
        return out
    if name == "specialty":
        return from_lookup(_SPECIALTY_LOOKUP, ", ".join(SPECIALTIES) + " (or leave it empty)", _name_key)
    if name == "occupation_area":
        return from_lookup(_AREA_LOOKUP, ", ".join(OCCUPATION_AREAS) + " (or leave it empty)", str.lower)
    if name == "also_accepted":

        def convert(value):
            parts = [p.strip() for p in _SEPARATORS.split(value) if p.strip()]
            if any(p.lower() not in _LEAD_LOOKUP for p in parts):
                raise ValueError(
                    f"'{value}'",
                    "Allowed: OT, PT or Both, or two of them separated by ';' (or leave it empty).",
                )
            found = {_LEAD_LOOKUP[p.lower()] for p in parts}
            return ";".join(lead for lead in LEADS if lead in found) or None

        return check_each(convert)
    if name == "shared_as":
        return from_lookup(_SHARED_LOOKUP, ", ".join(SHARED_AS) + " (or leave it empty)")
    if name == "target":
        return from_lookup(_TARGET_LOOKUP, ", ".join(TARGETS) + " (or leave it empty)")
    if name == "body_region":
        return from_lookup(_REGION_LOOKUP, ", ".join(BODY_REGIONS) + " (or leave it empty)")
    if name == "occupation":
        return from_lookup(
            _OCCUPATION_LOOKUP,
            "an occupation named in the OTPF-4, such as dressing or functional mobility (see data/README.md), or leave it empty",
        )
    if name == "icf_chapter":

        def convert(value):
            if not value:
                return None
            match = _ICF.match(value.lower().replace(" ", ""))
            if not match or match.group(1) not in ICF_CHAPTERS:
                raise ValueError(
                    f"'{value}'",
                    "Allowed: an ICF chapter (b1-b8 body functions, s1-s8 body structures, d1-d9 activities and "
                    "participation, e1-e5 environmental factors) or a code inside one such as d450 (or leave it empty).",
                )
            return match.group(1)

        return check_each(convert)
    if name == "skills":
        lookup = {k: k for k in SKILLS} | SKILL_ALIASES

        def read_skill(part):
            skill = lookup.get(_SPACES_OR_HYPHENS.sub("_", part.lower()))
            return [skill] if skill else []

        return _name_lists(values, lines, label, notes, read_skill, "skill", list(SKILLS))
    if name == "intervention":
        return _name_lists(
            values, lines, label, notes, read_interventions, "intervention", list(INTERVENTIONS)
        )
    return list(values)


def _name_lists(values, lines, label, notes, read, what, allowed):
    """Cells holding names separated by ';' -> (names otpt knows, names it cannot use) per
    row. ``read(part)`` gives the known names a part stands for; a part read as another
    name and a part left out each get a note."""
    out = []
    for value, line in zip(values, lines):
        known, unused = [], []
        for part in (p.strip() for p in _SEPARATORS.split(value)):
            if not part:
                continue
            names = read(part)
            if not names:
                unused.append(part)
                notes.append(Problem(line, label, f"the {what} '{part}'", f"otpt cannot use it and left it out. "
                                     f"Known, separated by ';': {', '.join(allowed)}."))  # fmt: skip
                continue
            if [_name_key(part)] != [_name_key(n) for n in names]:
                shown = ", ".join(f"'{n}'" for n in names)
                notes.append(Problem(line, label, f"the {what} '{part}'", f"Read as {shown}."))
            known.extend(n for n in names if n not in known)
        out.append((known, ";".join(unused)))
    return out
