"""The one language setting: which language a learner reads otpt in.

English is the default. The setting is, in order: what `set_language` chose in this Python
process, else the ``OTPT_LANG`` environment variable, else English. Every layer reads it
here (interface strings through gettext, content rows from the language's data files);
nothing else decides the language.

Example:
    >>> import otpt.language as language
    >>> language.normalize("es-US")
    'es'
    >>> language.set_language("es"); language.get_language()
    'es'
    >>> language.set_language(None); language.get_language()  # back to OTPT_LANG or English
    'en'
"""

from __future__ import annotations

import os

__all__ = ["DEFAULT", "ENVIRONMENT_VARIABLE", "LANGUAGES", "get_language", "normalize", "set_language"]

#: Language codes otpt ships (ISO 639-1), English first.
LANGUAGES = ("en", "es")
DEFAULT = "en"
ENVIRONMENT_VARIABLE = "OTPT_LANG"

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


def get_language() -> str:
    """The language in force: `set_language`'s choice, else ``OTPT_LANG``, else English.
    An ``OTPT_LANG`` otpt does not have falls back to English rather than failing a lesson."""
    if _chosen is not None:
        return _chosen
    try:
        return normalize(os.environ.get(ENVIRONMENT_VARIABLE) or DEFAULT)
    except ValueError:
        return DEFAULT
