"""Rewrite ``Message(vi, en)`` pairs as catalogue messages: ``python -m lint.i18n.codemod PATHS``.

Each call ``Message("…", "…")`` or ``Message(f"…{x}…", f"…{x}…")`` whose two texts use the same
expressions becomes ``Message.of("…{x}…", x=x)``: the English text is the template (message
id), and today's Vietnamese text, with the same placeholders, is written to the Vietnamese
catalogue (``lint/i18n/locale/vi/LC_MESSAGES/solieu.po``), so both outputs stay the same
byte for byte.  A pair of placeholders ``{m.vi}``/``{m.en}`` becomes one argument ``m`` (a
:class:`~lint.i18n.message.Message`, filled in each language); ``Message(t, t)`` with one and
the same expression becomes ``Message.same(t)``.

An English text already translated another way gets the module's name as its gettext context
(``Message.of("part", context="t101_table_total")``).  Calls it cannot rewrite (texts built
with ``+``, different expressions in the two languages, arguments that are not literals, such
as the cache's ``Message(str(a), str(b))``) are listed, with their place, for a person to
rewrite; the codemod never guesses.  It is idempotent: a second run rewrites nothing.  After
rewriting it regenerates the catalogues (``python -m lint.i18n``); ``--check`` only lists what
it would do (exit 1 when it would rewrite something).  Run ``ruff format`` after it.
"""

from __future__ import annotations

import ast
import io
import keyword
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from lint.i18n import DOMAIN, LOCALE_DIR

VI_CATALOG = LOCALE_DIR / "vi" / "LC_MESSAGES" / f"{DOMAIN}.po"


@dataclass
class Rewrite:
    path: Path
    start: int  # offsets into the source text
    end: int
    replacement: str
    template: str  # English (message id), or "" for Message.same
    vietnamese: str


@dataclass
class Skipped:
    path: Path
    line: int
    reason: str


class _Unsupported(Exception):
    pass


# a piece of text, or an interpolation: (key, conversion and format spec, expression, whether
# it is one side of a Message pair ``m.vi``/``m.en``)
_Piece = str | tuple[str, str, ast.expr, bool]


def _escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _key(node: ast.expr, lang: str) -> tuple[str, ast.expr, bool]:
    """What an interpolated expression stands for: ``m.vi``/``m.en`` stand for ``m``."""
    if isinstance(node, ast.Attribute) and node.attr == lang:
        return ast.unparse(node.value), node.value, True
    return ast.unparse(node), node, False


def _pieces(node: ast.expr, lang: str) -> list[_Piece]:
    """A string literal or f-string as text pieces and (key, conversion+spec, expression)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if not isinstance(node, ast.JoinedStr):
        raise _Unsupported("not a string literal or f-string")
    pieces: list[_Piece] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            pieces.append(str(value.value))
            continue
        assert isinstance(value, ast.FormattedValue)
        suffix = f"!{chr(value.conversion)}" if value.conversion != -1 else ""
        if value.format_spec is not None:
            spec = value.format_spec
            if not all(isinstance(part, ast.Constant) for part in spec.values):  # type: ignore[attr-defined]
                raise _Unsupported("a computed format specification")
            suffix += ":" + "".join(str(part.value) for part in spec.values)  # type: ignore[attr-defined]
        key, expression, paired = _key(value.value, lang)
        pieces.append((key, suffix, expression, paired))
    return pieces


def _name_of(node: ast.expr) -> str:
    """A placeholder name for an expression: ``total``, ``claim.change`` → ``change``,
    ``printed(q)`` → ``q``, ``labels[k]`` → ``labels``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        if len(node.args) == 1 and not node.keywords:
            return _name_of(node.args[0])
        return _name_of(node.func)
    if isinstance(node, ast.Subscript):
        return _name_of(node.value)
    return "value"


def _identifier(name: str) -> str:
    name = re.sub(r"\W", "_", name).strip("_").lower() or "value"
    if name[0].isdigit() or keyword.iskeyword(name) or name in {"cls", "template", "context"}:
        name = f"{name}_"
    return name


def convert(source: str, call: ast.Call) -> tuple[str, str, str]:
    """(replacement source, English template, Vietnamese template) of ``Message(vi, en)``."""
    if len(call.args) != 2 or call.keywords:
        raise _Unsupported("not two positional arguments")
    vi_node, en_node = call.args
    if (
        not isinstance(vi_node, (ast.Constant, ast.JoinedStr))
        and ast.dump(vi_node) == ast.dump(en_node)
        and ast.get_source_segment(source, vi_node) is not None
    ):
        return f"Message.same({ast.get_source_segment(source, vi_node)})", "", ""
    vi, en = _pieces(vi_node, "vi"), _pieces(en_node, "en")
    vi_keys = {piece[0]: piece[2] for piece in vi if isinstance(piece, tuple)}
    en_keys = {piece[0]: piece[2] for piece in en if isinstance(piece, tuple)}
    if set(vi_keys) != set(en_keys):
        raise _Unsupported("the two texts interpolate different expressions")
    names: dict[str, str] = {}
    for key, expression in en_keys.items():
        name = base = _identifier(_name_of(expression))
        number = 2
        while name in names.values():
            name, number = f"{base}{number}", number + 1
        names[key] = name

    def template(pieces: list[_Piece]) -> str:
        return "".join(
            _escape(piece) if isinstance(piece, str) else "{" + names[piece[0]] + piece[1] + "}"
            for piece in pieces
        )

    en_template, vi_template = template(en), template(vi)
    paired = any(isinstance(piece, tuple) and piece[3] for piece in en)
    if en_template == vi_template and not paired:
        segment = ast.get_source_segment(source, en_node)
        if segment is not None:
            return f"Message.same({segment})", "", ""
    arguments = []
    for key, expression in en_keys.items():
        segment = ast.get_source_segment(source, expression)
        if segment is None or "\n" in segment:
            segment = ast.unparse(expression)
        arguments.append(f"{names[key]}={segment}")
    replacement = f"Message.of({en_template!r}{''.join(', ' + a for a in arguments)})"
    return replacement, en_template, vi_template


def _lines(source: str) -> list[str]:
    """The lines as Python's parser counts them (only ``\n``, ``\r\n`` and ``\r`` end one)."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", source)


def _offsets(lines: list[str]) -> list[int]:
    starts, total = [], 0
    for line in lines:
        starts.append(total)
        total += len(line)
    starts.append(total)
    return starts


def scan(path: Path) -> tuple[list[Rewrite], list[Skipped]]:
    source = path.read_text(encoding="utf-8")
    text_lines = _lines(source)
    lines = _offsets(text_lines)
    rewrites: list[Rewrite] = []
    skipped: list[Skipped] = []
    for node in ast.walk(ast.parse(source, str(path))):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Message"
        ):
            continue
        if path.name == "message.py" and path.parent.name == "i18n":
            continue  # the class itself
        try:
            replacement, template, vietnamese = convert(source, node)
        except _Unsupported as reason:
            skipped.append(Skipped(path, node.lineno, str(reason)))
            continue
        assert node.end_lineno is not None and node.end_col_offset is not None
        start = lines[node.lineno - 1] + len(
            text_lines[node.lineno - 1].encode("utf-8")[: node.col_offset].decode("utf-8")
        )
        end = lines[node.end_lineno - 1] + len(
            text_lines[node.end_lineno - 1].encode("utf-8")[: node.end_col_offset].decode("utf-8")
        )
        rewrites.append(Rewrite(path, start, end, replacement, template, vietnamese))
    # a pair inside another pair's arguments is left for the next run (edits must not overlap)
    outer = [
        r
        for r in rewrites
        if not any(o.start <= r.start and r.end <= o.end and o is not r for o in rewrites)
    ]
    for inner in rewrites:
        if inner not in outer:
            line = source[: inner.start].count("\n") + 1
            skipped.append(Skipped(path, line, "inside another pair: run the codemod again"))
    return outer, skipped


_Key = tuple[str, "str | None"]  # (message id, context)


def _catalog() -> dict[_Key, str]:
    from babel.messages.pofile import read_po

    with VI_CATALOG.open("rb") as stream:
        catalog = read_po(stream, locale="vi", domain=DOMAIN)
    return {(str(m.id), m.context): str(m.string) for m in catalog if m.id and m.string}


def _add_to_catalog(entries: dict[_Key, str]) -> None:
    """Write Vietnamese translations into the catalogue (new entries, or empty ones filled)."""
    from babel.messages.pofile import read_po, write_po

    with VI_CATALOG.open("rb") as stream:
        catalog = read_po(stream, locale="vi", domain=DOMAIN)
    for (message_id, context), text in entries.items():
        known = catalog.get(message_id, context)
        if known is not None:
            known.string = text
        else:
            catalog.add(message_id, text, context=context)
    output = io.BytesIO()
    write_po(output, catalog, width=100, sort_output=True, no_location=True)
    VI_CATALOG.write_bytes(output.getvalue())


def python_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m lint.i18n.codemod",
        description="Rewrite Message(vietnamese, english) pairs as Message.of(english, ...) "
        "and add the Vietnamese texts to the catalogue.",
    )
    parser.add_argument("--check", action="store_true", help="only say (exit 1) what would change")
    parser.add_argument("paths", nargs="*", default=["lint", "rules"], help="files or folders")
    arguments = parser.parse_args(argv)
    check: bool = arguments.check
    paths: list[str] = arguments.paths
    missing = [name for name in paths if not Path(name).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    translated = _catalog()
    added: dict[_Key, str] = {}
    changes = 0
    for path in python_files(paths):
        rewrites, skipped = scan(path)
        kept = []
        for rewrite in rewrites:
            if rewrite.template:
                # one English text translated two ways: the second way gets the module's
                # name as its context (msgctxt)
                for context in (None, path.stem):
                    key = (rewrite.template, context)
                    known = added.get(key, translated.get(key))
                    if known is None or known == rewrite.vietnamese:
                        break
                else:
                    line = path.read_text(encoding="utf-8")[: rewrite.start].count("\n") + 1
                    skipped.append(
                        Skipped(path, line, f"{rewrite.template!r} is translated two ways here")
                    )
                    continue
                if context is not None:
                    rewrite.replacement = (
                        rewrite.replacement[: -len(")")] + f", context={context!r})"
                    )
                added[key] = rewrite.vietnamese
            kept.append(rewrite)
        for item in sorted(skipped, key=lambda s: s.line):
            print(f"{item.path}:{item.line}: not rewritten: {item.reason}", file=sys.stderr)
        if kept:
            changes += len(kept)
            print(f"{path}: {len(kept)} Message pair(s) rewritten", file=sys.stderr)
        if kept and not check:
            source = path.read_text(encoding="utf-8")
            for rewrite in sorted(kept, key=lambda r: r.start, reverse=True):
                source = source[: rewrite.start] + rewrite.replacement + source[rewrite.end :]
            path.write_text(source, encoding="utf-8")
    new = {k: v for k, v in added.items() if k not in translated}
    if check:
        return 1 if changes else 0
    if new:
        _add_to_catalog(new)
    from lint.i18n.__main__ import main as catalogs

    return catalogs([])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
