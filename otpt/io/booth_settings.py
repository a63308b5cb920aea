"""Settings for an outreach event: which cards (a setting or a population), how many per
round, the idle timeout, big-screen mode, where the tally goes and the program's own open
house (shown with the career pages at the end of a round and on the paper poster) - from a
JSON config file (``OTPT_BOOTH_CONFIG``) and the page's URL query
(``?population=children&cards=5``), the query winning. Unknown names and values are named in the error, never ignored. Where the
tally goes is the booth keeper's choice only (config file or ``OTPT_BOOTH_TALLY``): a
visitor can edit the address bar."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import parse_qs

import platformdirs

from ..language import LANGUAGES, normalize
from ..language import gettext as _
from .paths import user_path
from .voila_request import wait_for_voila_request

__all__ = ["BoothSettings", "booth_settings", "default_tally_path", "page_query"]

_KEYS = {"setting", "population", "cards", "idle", "big", "tally", "open_house", "program", "program_url"}
# A visitor can edit the address: it never chooses a file nor puts words on the screen.
# ``lang`` (?lang=es) is read by `otpt.language.get_language` itself; here it is only
# checked, so a language otpt does not have is named on the start screen.
_PAGE_KEYS = (_KEYS - {"tally", "open_house", "program", "program_url"}) | {"lang"}


def default_tally_path() -> Path:
    """``$OTPT_BOOTH_TALLY``, else booth-tally.jsonl in the user's data folder (platformdirs)."""
    return user_path(
        os.environ.get("OTPT_BOOTH_TALLY") or Path(platformdirs.user_data_dir("otpt")) / "booth-tally.jsonl"
    )


@dataclass(frozen=True)
class BoothSettings:
    """An event's booth.

    Attributes:
        settings, populations: keep only cards from these (empty: all the booth's cards).
        cards: cards per round (3 to 10).
        idle: seconds without a touch before the booth returns to its start screen (5 to 3600).
        big: big-screen (projector) style.
        tally: the tally file.
        open_house: the program's own open house or info session, in the booth keeper's
            words ("Open house: Saturday 13 March 2027, 10-2, Health Sciences 120,
            example.edu/openhouse"); "" for none. At most 300 characters, shown as text.
        program: the program's own name, for the paper poster ("Riverside College OT and PT
            programs"); "" for none. At most 100 characters, shown as text.
        program_url: the program's web page, printed on the poster with a QR code
            ("https://example.edu/rehab"); "" for none. An https:// or http:// address of at
            most 200 characters, with no spaces.
    """

    settings: tuple[str, ...] = ()
    populations: tuple[str, ...] = ()
    cards: int = 5
    idle: float = 90
    big: bool = False
    tally: Path = field(default_factory=default_tally_path)
    open_house: str = ""
    program: str = ""
    program_url: str = ""


def booth_settings(query: str | None = None, config: str | Path | None = None) -> BoothSettings:
    """The booth's settings: defaults, then the config file, then the URL query.

    Args:
        query: a URL query string (``population=children&cards=5``), as Voila gives it.
        config: a JSON file such as ``{"population": ["children"], "cards": 5, "idle": 90}``;
            default ``$OTPT_BOOTH_CONFIG`` when set.

    Raises:
        ValueError: naming the file or the query, the setting and what is allowed.
    """
    result = BoothSettings()
    config = config or os.environ.get("OTPT_BOOTH_CONFIG")
    if config:
        path = user_path(config)
        try:
            values = json.loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as err:
            raise ValueError(
                _("booth config '{path}': {problem}. Give a JSON file such as {example}.").format(
                    path=path, problem=err, example='{"population": "children", "cards": 5}'
                )
            ) from None
        if not isinstance(values, dict):
            raise ValueError(
                _("booth config '{path}': a JSON object with names and values is needed").format(path=path)
            )
        result = _apply(result, values, _("booth config '{path}'").format(path=path), _KEYS)
    if query:
        values = {k: v if len(v) > 1 else v[0] for k, v in parse_qs(query.lstrip("?")).items()}
        result = _apply(
            result, values, _("the page address ({query})").format(query="?" + query.lstrip("?")), _PAGE_KEYS
        )
    return result


def _apply(settings: BoothSettings, values: dict, where: str, allowed: set) -> BoothSettings:
    unknown = sorted(set(values) - allowed)
    if unknown:
        raise ValueError(
            _("{where}: unknown name {names}; allowed: {allowed}").format(
                where=where, names=", ".join(map(repr, unknown)), allowed=", ".join(sorted(allowed))
            )
        )
    changes = {}
    for many, key in (("settings", "setting"), ("populations", "population")):
        if key in values:
            value = values[key]
            parts = value if isinstance(value, list) else str(value).split(",")
            changes[many] = tuple(p.strip() for p in parts if str(p).strip())
    for key, low, high in (("cards", 3, 10), ("idle", 5, 3600)):
        if key in values:
            try:
                number = float(values[key])
            except (TypeError, ValueError):
                number = None
            if number is None or not low <= number <= high:
                raise ValueError(
                    _("{where}: {key}={value}; allowed: a number from {low} to {high}").format(
                        where=where, key=key, value=repr(values[key]), low=low, high=high
                    )
                )
            changes[key] = int(number) if key == "cards" else number
    if "lang" in values:
        try:
            normalize(str(values["lang"]))
        except ValueError:
            raise ValueError(
                _("{where}: otpt has no {value} language; choose one of: {languages}").format(
                    where=where, value=repr(values["lang"]), languages=", ".join(LANGUAGES)
                )
            ) from None
    if "big" in values:
        changes["big"] = str(values["big"]).lower() in ("1", "true", "yes", "on")
    if "open_house" in values:
        text = " ".join(str(values["open_house"] or "").split())
        if len(text) > 300:
            raise ValueError(f"{where}: open_house is {len(text)} characters; allowed: at most 300")
        changes["open_house"] = text
    if "program" in values:
        text = " ".join(str(values["program"] or "").split())
        if len(text) > 100:
            raise ValueError(f"{where}: program is {len(text)} characters; allowed: at most 100")
        changes["program"] = text
    if "program_url" in values:
        address = str(values["program_url"] or "").strip()
        if address and (
            not address.startswith(("https://", "http://"))
            or len(address) > 200
            or any(c.isspace() for c in address)
        ):
            raise ValueError(
                f"{where}: program_url is {address[:60]!r}; allowed: a web address starting "
                "https:// or http://, at most 200 characters, no spaces"
            )
        changes["program_url"] = address
    if "tally" in values:
        changes["tally"] = user_path(str(values["tally"]))
    return replace(settings, **changes)


def page_query() -> str:
    """The page's URL query when Voila serves the notebook ("" elsewhere).

    Voila puts the request's query in the kernel's ``QUERY_STRING``. A kernel Voila
    preheated (``VOILA_PREHEAT=True``) has no request yet: there the first call waits for
    the visitor's request (`otpt.io.voila_request`), so the cells before it run ahead of
    time. voila itself is never imported: that takes 1.4-2.5 s of a core, more than a
    whole lesson's own work, and in a booth's preheated kernels it competed with a crowd's.
    """
    wait_for_voila_request()
    return os.environ.get("QUERY_STRING", "")
