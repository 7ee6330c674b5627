"""Maintain the catalogs: ``python -m lint.i18n`` (needs Babel, from the dev/test extras).

Extracts every ``_()``/``N_()`` text of ``lint/`` and every ``Message.of`` template of ``lint/``
and ``rules/`` (:mod:`lint.i18n.message`) into ``solieu.pot``, merges it into the
``vi`` and ``en`` catalogs (new texts get an empty translation, which the completeness test
rejects until a translator fills it; the English catalog is filled with the English text),
and compiles each ``solieu.po`` into the ``solieu.mo`` that :mod:`gettext` reads.
``python -m lint.i18n --check`` changes nothing and exits 1 when a catalog is stale.
"""

from __future__ import annotations

import ast
import gettext
import io
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from lint.i18n import DOMAIN, LANGS, LOCALE_DIR

PACKAGE_DIR = Path(__file__).resolve().parent.parent
RULES_DIR = PACKAGE_DIR.parent / "rules"  # shipped as lint/rules


def message_templates(path: Path) -> list[tuple[str, str | None, int]]:
    """The templates of the ``Message.of("…", …)`` calls of one module, with their contexts
    (``context="…"``) and lines."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "of"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "Message"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            context = next(
                (
                    k.value.value
                    for k in node.keywords
                    if k.arg == "context"
                    and isinstance(k.value, ast.Constant)
                    and isinstance(k.value.value, str)
                ),
                None,
            )
            found.append((node.args[0].value, context, node.lineno))
    return found


def template() -> Any:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="solieu", domain=DOMAIN)
    keywords = {"_": None, "N_": None, "translate": None}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(PACKAGE_DIR), method_map=[("**.py", "python")], keywords=keywords
    ):
        catalog.add(message, locations=[(f"lint/{filename}", lineno)])
    for directory, prefix in ((PACKAGE_DIR, "lint"), (RULES_DIR, "rules")):
        for path in sorted(directory.rglob("*.py")):
            for message, context, lineno in message_templates(path):
                where = f"{prefix}/{path.relative_to(directory).as_posix()}"
                known = catalog.get(message, context)
                if known is not None:
                    known.locations.append((where, lineno))
                else:
                    catalog.add(message, locations=[(where, lineno)], context=context)
    return catalog


def _po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def updated(lang: str, pot: Any) -> tuple[str, bytes]:
    """The catalog of ``lang`` merged with the template: (.po text, compiled .mo bytes)."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po, write_po

    path = _po_path(lang)
    if path.exists():
        with path.open("rb") as stream:
            catalog = read_po(stream, locale=lang, domain=DOMAIN)
    else:
        catalog = Catalog(locale=lang, domain=DOMAIN, project="solieu")
    catalog.update(pot, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    for message in catalog:
        if message.id and lang == "en":
            message.string = message.id
        message.flags.discard("fuzzy")
    catalog.revision_date = catalog.creation_date = _FIXED_DATE
    po = io.BytesIO()
    # no source locations: editing code elsewhere in a file must not make the catalog stale
    write_po(po, catalog, width=100, sort_output=True, no_location=True)
    mo = io.BytesIO()
    write_mo(mo, catalog)
    return po.getvalue().decode("utf-8"), mo.getvalue()


_FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)  # reproducible catalog headers


def _messages_of_po(text: str, lang: str) -> dict[str, str]:
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(text.encode("utf-8")), locale=lang, domain=DOMAIN)
    return {key(m.id, m.context): str(m.string) for m in catalog if m.id}


def key(message_id: Any, context: str | None) -> str:
    """How a compiled catalog keys a message: ``context\x04id`` (gettext's ``msgctxt``)."""
    return str(message_id) if context is None else f"{context}\x04{message_id}"


def _messages_of_mo(data: bytes) -> dict[Any, str]:
    translations = gettext.GNUTranslations(io.BytesIO(data))
    catalog: dict[Any, str] = translations._catalog  # type: ignore[attr-defined]
    return {key: value for key, value in catalog.items() if key}


def _click_catalogs() -> list[tuple[str, Path]]:
    """The hand-written catalogs of Click's own texts (see :mod:`lint.i18n.click`)."""
    return [
        (lang, LOCALE_DIR / lang / "LC_MESSAGES" / "click.po")
        for lang in LANGS
        if (LOCALE_DIR / lang / "LC_MESSAGES" / "click.po").exists()
    ]


def _compiled(po_text: str, lang: str) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(po_text.encode("utf-8")), locale=lang)
    catalog.revision_date = catalog.creation_date = _FIXED_DATE  # the same bytes on every run
    mo = io.BytesIO()
    write_mo(mo, catalog)
    return mo.getvalue()


def main(argv: list[str]) -> int:
    """Regenerate the catalogs; with ``--check`` only say (exit 1) whether they are stale.

    Staleness is judged on content (the texts and their translations in the ``.po`` and in
    the compiled ``.mo``), not on bytes, so another Babel version's header does not count.
    """
    pot = template()
    stale = []
    for lang in LANGS:
        po_text, mo_bytes = updated(lang, pot)
        po_path = _po_path(lang)
        mo_path = po_path.with_suffix(".mo")
        wanted = _messages_of_po(po_text, lang)
        try:
            current_po = _messages_of_po(po_path.read_text(encoding="utf-8"), lang)
            current_mo = _messages_of_mo(mo_path.read_bytes())
        except OSError:
            current_po = current_mo = {}
        if current_po != wanted or current_mo != wanted:
            stale.append(lang)
        if "--check" not in argv:
            po_path.parent.mkdir(parents=True, exist_ok=True)
            po_path.write_text(po_text, encoding="utf-8")
            mo_path.write_bytes(mo_bytes)
    for lang, po_path in _click_catalogs():
        mo_path = po_path.with_suffix(".mo")
        compiled = _compiled(po_path.read_text(encoding="utf-8"), lang)
        try:
            current_mo = _messages_of_mo(mo_path.read_bytes())
        except OSError:
            current_mo = {}
        if current_mo != _messages_of_mo(compiled):
            stale.append(f"{lang} (click)")
        if "--check" not in argv:
            mo_path.write_bytes(compiled)
    if "--check" in argv and stale:
        print(f"stale catalogs: {', '.join(stale)} (run: python -m lint.i18n)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
