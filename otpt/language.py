"""The one language setting: which language a learner reads otpt in.

English is the default. The setting is, in order: what `set_language` chose in this Python
process, else ``lang=`` in the address of the Voila page the kernel serves (``?lang=es``;
Voila gives the kernel the page's query as ``QUERY_STRING``), else the ``OTPT_LANG``
environment variable, else English. Every layer reads it here (interface strings through
gettext, content rows from the language's data files); nothing else decides the language.

Interface strings go through `gettext` (domain ``otpt``; catalogs in ``otpt/locale``, made
with Babel: README, "En español"). The lookup follows `get_language` when the text is
made, so ``set_language("es")`` in a lesson's setup cell switches everything after it. A
module-level constant is marked with `N_` (it stays English in the module) and translated
where it is shown, with `gettext`.

Example:
    >>> import otpt.language as language
    >>> language.normalize("es-US")
    'es'
    >>> language.set_language("es"); language.get_language()
    'es'
    >>> language.set_language(None); language.get_language()  # back to OTPT_LANG or English
    'en'
    >>> language.set_language("es"); language.gettext("Next")
    'Siguiente'
    >>> language.set_language(None); language.gettext("Next")
    'Next'
"""

from __future__ import annotations

import contextlib
import functools
import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import parse_qs

__all__ = [
    "DEFAULT",
    "DOMAIN",
    "ENVIRONMENT_VARIABLE",
    "LANGUAGES",
    "LOCALE_DIR",
    "Messages",
    "N_",
    "get_language",
    "gettext",
    "in_language",
    "ngettext",
    "normalize",
    "page_language",
    "pgettext",
    "set_language",
]

#: Language codes otpt ships (ISO 639-1), English first.
LANGUAGES = ("en", "es")
DEFAULT = "en"
ENVIRONMENT_VARIABLE = "OTPT_LANG"
#: The gettext domain and where its compiled catalogs live: LOCALE_DIR/<lang>/LC_MESSAGES/otpt.mo.
DOMAIN = "otpt"
LOCALE_DIR = Path(__file__).parent / "locale"

_chosen: str | None = None


def normalize(code: str) -> str:
    """A language tag as a browser or a locale writes it ("es-US", "es_MX.UTF-8", "ES") ->
    one of `LANGUAGES`. Raises ValueError naming the languages otpt has."""
    base = str(code).strip().replace("_", "-").split(".")[0].split("-")[0].lower()
    if base not in LANGUAGES:
        raise ValueError(f"otpt has no {code!r} language; choose one of: {', '.join(LANGUAGES)}")
    return base


def set_language(code: str | None) -> None:
    """Choose the language for this Python process; None goes back to ``OTPT_LANG`` or
    English. Raises ValueError for a language otpt does not have."""
    global _chosen
    _chosen = None if code is None else normalize(code)


@contextlib.contextmanager
def in_language(code: str | None) -> Iterator[None]:
    """Within the block, ``code`` is the language in force (None: leave it as it is); after
    it, whatever was in force before - for one job in a given language, such as writing a
    Spanish export from an English session. Raises ValueError for a language otpt lacks.

    >>> with in_language("es"):
    ...     gettext("Next")
    'Siguiente'
    >>> gettext("Next")
    'Next'
    """
    global _chosen
    saved = _chosen
    if code is not None:
        _chosen = normalize(code)
    try:
        yield
    finally:
        _chosen = saved


def page_language(query: str | None = None) -> str | None:
    """The language a page address asks for (``lang=es`` in ``query``, by default the Voila
    page's ``QUERY_STRING``), or None when it asks for none or for one otpt does not have.

    >>> page_language("style=projector&lang=es-US"), page_language("lang=xx"), page_language("")
    ('es', None, None)
    """
    query = os.environ.get("QUERY_STRING", "") if query is None else query
    wanted = parse_qs(query.lstrip("?")).get("lang", [""])[-1]
    try:
        return normalize(wanted) if wanted else None
    except ValueError:
        return None


def get_language() -> str:
    """The language in force: `set_language`'s choice, else the Voila page's ``?lang=``,
    else ``OTPT_LANG``, else English. An ``OTPT_LANG`` otpt does not have falls back to
    English rather than failing a lesson."""
    if _chosen is not None:
        return _chosen
    page = page_language()
    if page is not None:
        return page
    try:
        return normalize(os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT)
    except ValueError:
        return DEFAULT


@functools.cache
def _catalog(code: str) -> _gettext.NullTranslations:
    if code == DEFAULT:  # the source strings are English
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, LOCALE_DIR, languages=[code])


def gettext(message: str) -> str:
    """``message`` (an English interface string) in the language in force now; the English
    itself where the catalog has no translation. Placeholders such as ``{name}`` are kept:
    format after translating, ``gettext("Score {n}").format(n=3)``."""
    return _catalog(get_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a message for the number ``n``, in the language in force."""
    return _catalog(get_language()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` as translated for one ``context`` (gettext's ``msgctxt``): the same English
    word that needs two renderings, such as the quiz's "sure" button (a learner's sentence,
    "Estoy seguro/a") and the "sure" row of a chart ("con certeza")."""
    return _catalog(get_language()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark a module-level English string for translation without translating it yet (the
    language may change after import); show it with ``gettext(CONSTANT)``."""
    return message


class Messages(Mapping):
    """A module-level table of interface strings, each translated when it is looked up:
    ``PROMPTS = Messages({"empty_bank": N_("There are no activities in this bank yet.")})``;
    ``PROMPTS["empty_bank"]`` is in the language in force at that moment.

    >>> prompts = Messages({"next": N_("Next")})
    >>> set_language("es"); prompts["next"], prompts.english("next")
    ('Siguiente', 'Next')
    >>> set_language(None)
    """

    def __init__(self, english: Mapping):
        self._english = dict(english)

    def __getitem__(self, key):
        return gettext(self._english[key])

    def __iter__(self) -> Iterator:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def english(self, key) -> str:
        """The English source string of ``key``, whatever the language in force."""
        return self._english[key]
