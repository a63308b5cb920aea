"""Bytes -> text: every file otpt reads (bank, cases, weights, goals, answers) is decoded here.

UTF-8 (with or without BOM) and UTF-16 first; else the 8-bit encodings spreadsheets still
write (Windows cp1252, Mac Roman), told apart by charset-normalizer. Invisible format
characters are removed, so a zero-width space pasted from a web page never hides a label.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..errors import Problem
from ..language import gettext as _
from .paths import looked_for

__all__ = [
    "LEGACY_ENCODINGS",
    "Unreadable",
    "clean_cell",
    "decode",
    "read_text",
    "unreadable_problem",
    "visible",
]


class Unreadable(Exception):
    """A file that cannot be read as CSV text at all (read_table names the file)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def read_text(path: Path, *, kind: str = ".csv") -> tuple[str, str | None]:
    """The file's text, and the 8-bit encoding it was read in (None for UTF-8 or UTF-16).

    Args:
        path: the file.
        kind: the file type a message asks for when ``path`` is a folder (".csv", ".json").

    Raises:
        Unreadable: with the `Problem`, for a missing file, a folder, or bytes that read as
            no sensible text.
    """
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise Unreadable(unreadable_problem(path, err, kind)) from None
    return decode(raw)


def unreadable_problem(path: Path, err: OSError, kind: str = ".csv") -> Problem:
    """What to tell a person when ``path`` cannot be opened: missing (with the full path
    looked for), a folder, no permission, or another reason in the system's words."""
    if isinstance(err, (FileNotFoundError, NotADirectoryError)):
        return Problem(
            None,
            None,
            _("no file at this path"),
            _("Check the name and folder ({looked_for}).").format(looked_for=looked_for(path)),
        )
    if isinstance(err, IsADirectoryError):
        return Problem(None, None, _("a folder"), _("Give the path of a {kind} file.").format(kind=kind))
    if isinstance(err, PermissionError):
        return Problem(
            None,
            None,
            _("a file you may not read (permission denied)"),
            _("Ask its owner to let you read it, or copy it to a folder of your own."),
        )
    return Problem(
        None,
        None,
        _("a file that could not be read ({reason})").format(reason=err.strerror or err),
        _("Copy the file to a folder of your own and try again."),
    )


def decode(raw: bytes) -> tuple[str, str | None]:
    """Bytes as text, and the 8-bit encoding used (None for UTF-8 or UTF-16); raises `Unreadable`."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return visible(raw.decode("utf-16").removeprefix("\ufeff")), None
        except UnicodeDecodeError as err:
            text = raw[: err.start].decode("utf-16", errors="replace")
            raise Unreadable(
                Problem(
                    len(_TEXT_LINE_END.findall(text)) + 1,
                    None,
                    _("UTF-16 text that breaks off in the middle of a character"),
                    _("Save the file again from the spreadsheet, as 'CSV UTF-8'."),
                )
            ) from None
    try:
        return visible(raw.decode("utf-8-sig")), None
    except UnicodeDecodeError as err:
        bad = err
    encoding = _legacy_encoding(raw)
    if encoding:
        return visible(raw.decode(encoding)), encoding
    line = len(_LINE_END.findall(raw[: bad.start])) + 1
    raise Unreadable(
        Problem(
            line,
            None,
            _(
                "the byte {byte}, which is not UTF-8 and reads as no sensible letter in "
                "Windows (cp1252) or Mac Roman text either"
            ).format(byte=f"{raw[bad.start]:#04x}"),
            _("Save the file as 'CSV UTF-8' (Excel: File > Save As > CSV UTF-8)."),
        )
    )


_LINE_END = re.compile(rb"\r\n|\r|\n")  # Windows, old Mac and Unix line ends alike
#: The 8-bit encodings spreadsheets still write: Excel's 'CSV' on Windows and 'CSV (Macintosh)'.
LEGACY_ENCODINGS = {"cp1252": "Windows (cp1252)", "mac_roman": "Mac Roman"}
_ODD = {"Sk", "Sm", "Cc", "Co", "Cn", "Lm"}  # a bank's words hardly ever hold these


def _oddities(text: str) -> int:
    """How many non-ASCII characters look like a wrong decoding: a capital inside a word
    ('CafŽ', 'WalkÅing'), or a modifier or math symbol ('ÀàÃ', '¸', '√')."""
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
    Mac writes - favor Mac Roman."""
    import charset_normalizer  # only for files that are not UTF-8

    cr_only = b"\r" in raw and b"\n" not in raw
    ranked = []
    for match in charset_normalizer.from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)):
        if _oddities(str(match)) == 0:
            prefer_mac = cr_only and match.encoding == "mac_roman"
            ranked.append(((not prefer_mac, match.chaos, -match.coherence), match.encoding))
    return min(ranked)[1] if ranked else None


def visible(text: str) -> str:
    """Text without invisible format characters (Unicode category Cf: zero-width spaces,
    word joiners, byte-order marks anywhere), which web pages and LMS editors paste in."""
    if text.isascii():  # most files: nothing to look for (isascii is one fast pass)
        return text
    hidden = {ord(c): None for c in set(text) if not c.isascii() and unicodedata.category(c) == "Cf"}
    return text.translate(hidden) if hidden else text


def clean_cell(value: str) -> str:
    """A cell as a person meant it: Unicode-normalized, no-break spaces as spaces, trimmed."""
    if value.isascii():  # the common case, and nothing to normalize
        return value.strip()
    return unicodedata.normalize("NFC", visible(value)).replace("\u00a0", " ").strip()


_TEXT_LINE_END = re.compile(r"\r\n|\r|\n")
