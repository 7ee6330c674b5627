"""Click's own texts ("Usage:", "Options", "[default: …]", usage errors) in solieu's language.

Click marks its texts for GNU gettext but looks them up in the process-wide default domain,
which solieu must not take over.  Instead the ``_``/``ngettext`` that Click's modules imported
from :mod:`gettext` are pointed at the ``click`` catalog shipped beside solieu's own
(``locale/<lang>/LC_MESSAGES/click.po``, compiled by ``python -m lint.i18n``), in the language
chosen for solieu (:func:`lint.i18n.set_lang`).  Texts the catalog lacks stay English.
"""

from __future__ import annotations

import gettext
import importlib
from functools import cache

from lint.i18n import LOCALE_DIR, current_lang

CLICK_DOMAIN = "click"
# Click's modules that show texts to a user (each did ``from gettext import gettext as _``)
CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
    "click.utils",
)


@cache
def click_translations(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(CLICK_DOMAIN, localedir=LOCALE_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def click_gettext(message: str) -> str:
    return click_translations(current_lang()).gettext(message)


def click_ngettext(singular: str, plural: str, count: int) -> str:
    return click_translations(current_lang()).ngettext(singular, plural, count)


def install() -> None:
    """Route Click's texts through the ``click`` catalog (idempotent)."""
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            module._ = click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext  # type: ignore[attr-defined]
