"""Click's own texts ("Usage:", "Options", "[default: …]", usage errors) in solieu's language.

Click marks its texts for GNU gettext but looks them up in the process-wide default domain,
which solieu must not take over.  Instead the ``_``/``ngettext`` that Click's modules imported
from :mod:`gettext` are pointed at the ``click`` catalog shipped beside solieu's own
(``locale/<lang>/LC_MESSAGES/click.po``, compiled by ``python -m lint.i18n``), in the language
of one run of the command line: :func:`install` binds them to that language and returns what
puts Click's own functions back.  Click offers no other way to choose its texts' language (it
calls them without a context), so this rebinding of Click's module globals, for the duration of
one call of ``solieu``, is the one place a language is held outside an argument; solieu's own
code never reads it.  Texts the catalog lacks stay English.
"""

from __future__ import annotations

import gettext
import importlib
from collections.abc import Callable
from functools import cache, partial
from typing import Any

from lint.i18n import LOCALE_DIR

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


def click_gettext(message: str, lang: str) -> str:
    return click_translations(lang).gettext(message)


def click_ngettext(singular: str, plural: str, count: int, lang: str) -> str:
    return click_translations(lang).ngettext(singular, plural, count)


def install(lang: str) -> Callable[[], None]:
    """Route Click's texts through the ``click`` catalog of ``lang``; the function returned
    puts back what was there before."""
    saved: list[tuple[Any, str, Any]] = []
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "_"):
            saved.append((module, "_", module._))
            module._ = partial(click_gettext, lang=lang)  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            saved.append((module, "ngettext", module.ngettext))
            module.ngettext = partial(click_ngettext, lang=lang)  # type: ignore[attr-defined]

    def restore() -> None:
        for module, attribute, value in reversed(saved):
            setattr(module, attribute, value)

    return restore
