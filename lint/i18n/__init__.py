"""Translations of solieu's own texts (help, command-line messages, report headings).

There is no current language: every text is looked up for a language given explicitly.  What
the library says (findings, errors about inputs and configuration) is a
:class:`lint.i18n.message.Message` made with ``Message.of(template, **arguments)``, which holds
both languages; the command line and the reports pick one with ``.text(lang)``.  Texts only the
command line prints are looked up with :func:`translate` (help texts are marked with :func:`N_`
where they are defined).  The message id is the English text, looked up in GNU gettext
catalogs: ``lint/i18n/locale/<lang>/LC_MESSAGES/solieu.po`` are the sources,
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


@cache
def translations(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def translate(message: str, lang: str, context: str | None = None) -> str:
    """``message`` (English, the message id) in ``lang``; ``context`` tells apart one English
    text that has two translations (gettext's ``msgctxt``)."""
    if context is None:
        return translations(lang).gettext(message)
    return translations(lang).pgettext(context, message)


def N_(message: str) -> str:
    """Marks a text for extraction; it is translated later, where it is shown."""
    return message
