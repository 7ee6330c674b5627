"""Translations of solieu's own texts (help, command-line messages, report headings).

Findings carry both languages themselves (:class:`lint.diagnostics.Message`); everything else
the program says goes through :func:`_` with the English text as the message id, looked up in
GNU gettext catalogs: ``lint/i18n/locale/<lang>/LC_MESSAGES/solieu.po`` are the sources,
translators edit them, and the compiled ``solieu.mo`` beside them is what the standard library's
:mod:`gettext` reads at run time (no dependency).  ``python -m lint.i18n`` re-extracts the
message ids with Babel and recompiles the catalogs; a test fails when a catalog is incomplete or
a ``.mo`` is stale.
"""

from __future__ import annotations

import gettext
from functools import cache
from pathlib import Path

DOMAIN = "solieu"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGS = ("vi", "en")

_current = ["en"]


@cache
def translations(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def set_lang(lang: str) -> None:
    _current[0] = lang if lang in LANGS else "en"


def current_lang() -> str:
    return _current[0]


def _(message: str) -> str:
    """``message`` (English) in the current language."""
    return translations(_current[0]).gettext(message)


def translate(message: str, lang: str, context: str | None = None) -> str:
    """``message`` (English, the message id) in ``lang``; ``context`` tells apart one English
    text that has two translations (gettext's ``msgctxt``)."""
    if context is None:
        return translations(lang).gettext(message)
    return translations(lang).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a text for extraction; it is translated later, where it is shown."""
    return message
