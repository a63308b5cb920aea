"""What a person types as a file or folder -> the path otpt looks at.

Every public function and widget that takes a path goes through `user_path`: a string or
any `os.PathLike` (`pathlib.Path`), ``~`` for the home folder, a ``file://`` address as the
file it names. A web address (``https://...``) is never taken for a folder under the
current one: otpt reads files on this computer, so `user_path` refuses it with the
address as typed and how to download the file - for a Google Sheets address, the address
of its CSV export.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from urllib.request import url2pathname

from ..errors import DataFileError, Problem, WebAddressError
from ..language import gettext as _

__all__ = ["download_advice", "looked_for", "user_path", "web_address"]

# A scheme of two letters or more ("C:/" is a Windows drive), then ":/" - also an address
# that pathlib already shortened ("https:/docs.google.com/...").
_ADDRESS = re.compile(r"^\s*(?:[a-zA-Z][a-zA-Z0-9+.-]+:/|www\.)")
_SHEET = re.compile(r"docs\.google\.com/spreadsheets/d/(?:e/)?([\w-]+)")


def web_address(value) -> bool:
    """True when ``value`` is a web address rather than a path on this computer.

    >>> web_address("https://example.org/bank.csv"), web_address("C:/bank.csv"), web_address("~/bank.csv")
    (True, False, False)
    """
    text = _text(value)
    return bool(_ADDRESS.match(text)) and not text.lower().startswith("file:")


def download_advice(address: str) -> str:
    """How to get the file behind a web address onto this computer, in one paragraph.

    >>> print(download_advice("https://docs.google.com/spreadsheets/d/abc/edit#gid=7"))  # doctest: +ELLIPSIS
    otpt reads files on this computer, not web addresses. Download the sheet as a file: ... https://docs.google.com/spreadsheets/d/abc/export?format=csv&gid=7 ...
    """
    head = _("otpt reads files on this computer, not web addresses.")
    then = _("then give the downloaded file's path (for example '~/Downloads/bank.csv').")
    sheet = _SHEET.search(address)
    if sheet:
        parts = urlsplit(address.strip())
        query = parse_qs(parts.query)
        gid = (query.get("gid") or parse_qs(parts.fragment).get("gid") or ["0"])[0]
        export = f"https://docs.google.com/spreadsheets/d/{sheet.group(1)}/export?format=csv&gid={gid}"
        if "/d/e/" in address:  # a "published to the web" address has its own export form
            export = f"https://docs.google.com/spreadsheets/d/e/{sheet.group(1)}/pub?output=csv&gid={gid}"
        advice = _(
            "Download the sheet as a file: in Google Sheets, File > Download > Comma-separated values "
            "(.csv), or open {export} in a browser; {then}"
        ).format(export=export, then=then)
        return f"{head} {advice}"
    if re.search(r"sharepoint\.com|onedrive\.live\.com|1drv\.ms", address):
        return f"{head} " + _(
            "Download the workbook: in Excel online, File > Save As > Download a copy; {then}"
        ).format(then=then)
    return f"{head} " + _("Open the address in a browser and save the file (or download it); {then}").format(
        then=then
    )


def user_path(value, *, error: type[DataFileError] = WebAddressError) -> Path:
    """The path ``value`` names: a string or `os.PathLike`, ``~`` expanded, a ``file://``
    address as its file.

    Args:
        value: what the person passed.
        error: the `DataFileError` subclass raised for a web address (the reader's own).

    Raises:
        DataFileError: as ``error``, for a web address, showing it as typed.
        TypeError: for a value that is no path at all (a number, say).

    >>> user_path("~/class") == Path.home() / "class"
    True
    """
    text = _text(value)
    if web_address(text):
        found = _("a web address ({address})").format(address=text.strip())
        raise error(f"'{text.strip()}'", [Problem(None, None, found, download_advice(text))])
    if text.lower().startswith("file://"):
        return Path(url2pathname(urlsplit(text).path))
    return Path(text).expanduser()


def looked_for(path: Path) -> str:
    """Where otpt looked, for a "not found" message: the full path, and the first folder
    on the way that does not exist.

    >>> looked_for(Path("/no/such/folder/bank.csv"))
    'looked for /no/such/folder/bank.csv; there is no folder /no'
    """
    full = Path(os.path.abspath(path))
    missing = None
    for folder in reversed(full.parents):
        try:
            there = folder.is_dir()
        except OSError:  # a folder on the way that may not be entered: nothing more to say
            break
        if not there:
            missing = folder
            break
    said = _("looked for {path}").format(path=full)
    return said + (_("; there is no folder {folder}").format(folder=missing) if missing else "")


def _text(value) -> str:
    if isinstance(value, bytes):
        return os.fsdecode(value)
    try:
        return os.fspath(value)
    except TypeError:
        raise TypeError(
            f"a path must be text or a pathlib.Path, not {type(value).__name__} ({value!r})"
        ) from None
