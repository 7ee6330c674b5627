"""The phrase-shape memo: parse trees of the number grammar, kept on disk between runs.

The phrase parser hands Lark a figure phrase with every free digit written as ``0`` (its
*shape*: "2.506 tỷ" and "1.200 tỷ" are both "0.000 tỷ"), so one report holds a few hundred
shapes and the reports of a district share most of them.  Each shape's tree, in the plain form
of :class:`ShapeNode` and :class:`ShapeToken`, is remembered in
``$XDG_CACHE_HOME/solieu/phrase-shapes.json`` (``~/.cache`` by default), together with the
lexer's reach pattern.  A run whose shapes are all known never imports Lark nor builds its
lexers, which is most of a one-file check's start-up.

The memo is a compiled artefact of the grammar, like Lark's own grammar cache: it is keyed by
the grammar's text, the memo format and the installed Lark, and a memo with another key, or one
that cannot be read, is ignored (and replaced when this run learned something).  It never
changes a result: a tree read from the memo is the tree Lark would build (tested).
Set ``SOLIEU_SHAPE_MEMO=0`` to neither read nor write it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

MEMO_FORMAT = 1
MAX_SHAPES = 50_000  # a memo that large stops growing (a district's reports need a few thousand)


class ShapeToken(NamedTuple):
    """A terminal of the parse: its name and its position in the phrase."""

    type: str
    start: int
    end: int


class ShapeNode(NamedTuple):
    """A rule of the parse (``vn_number``, ``magnitude``, ``unit`` …) and its children."""

    data: str
    start: int
    end: int
    children: tuple[ShapeChild, ...]


ShapeChild = ShapeNode | ShapeToken


def node_from_json(value: list[Any]) -> ShapeNode:
    data, start, end, children = value
    return ShapeNode(
        data,
        start,
        end,
        tuple(
            node_from_json(child) if len(child) == 4 else ShapeToken(*child) for child in children
        ),
    )


def node_to_json(node: ShapeChild) -> list[Any]:
    if isinstance(node, ShapeToken):
        return [node.type, node.start, node.end]
    return [node.data, node.start, node.end, [node_to_json(child) for child in node.children]]


def memo_path() -> Path | None:
    if os.environ.get("SOLIEU_SHAPE_MEMO", "1") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "solieu" / "phrase-shapes.json"


def memo_key(grammar: str) -> str:
    """Grammar text, memo format and the installed Lark (its files' size and time)."""
    stamp = ""
    lark = sys.modules.get("lark")
    location = getattr(lark, "__file__", None)
    if location is None:
        from importlib.util import find_spec

        spec = find_spec("lark")
        location = spec.origin if spec else None
    if location:
        try:
            stat = os.stat(location)
            stamp = f"{stat.st_size}-{stat.st_mtime_ns}"
        except OSError:
            pass
    return f"{MEMO_FORMAT}:{zlib.crc32(grammar.encode('utf-8')):08x}:{len(grammar)}:{stamp}"


class ShapeMemo:
    """Shapes → trees (``None``: not a figure phrase), loaded once, saved when it grew."""

    def __init__(self, key: str, path: Path | None) -> None:
        self.key = key
        self.path = path
        self.prefix: str | None = None  # the lexer's reach pattern (see parse.phrase_prefix)
        self._stored: dict[str, Any] = {}  # JSON trees, converted when first asked for
        self._trees: dict[str, ShapeNode | None] = {}
        self._learned: dict[str, ShapeNode | None] = {}
        self._save_registered_in: int | None = None
        stored = self._read()
        if stored is not None:
            self.prefix = stored.get("prefix")
            self._stored = stored.get("shapes", {})

    def _read(self) -> dict[str, Any] | None:
        if self.path is None:
            return None
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or stored.get("key") != self.key:
            return None
        if not isinstance(stored.get("shapes"), dict):
            return None
        return stored

    def get(self, shape: str, parse: Callable[[str], ShapeNode | None]) -> ShapeNode | None:
        if shape in self._trees:
            return self._trees[shape]
        if shape in self._stored:
            value = self._stored[shape]
            try:
                tree = None if value is None else node_from_json(value)
            except (TypeError, ValueError):  # a damaged entry: parse it again
                tree = parse(shape)
                self._learn(shape, tree)
        else:
            tree = parse(shape)
            self._learn(shape, tree)
        self._trees[shape] = tree
        return tree

    def learn_prefix(self, prefix: str) -> None:
        if self.prefix != prefix:
            self.prefix = prefix
            self._register_save()

    def _learn(self, shape: str, tree: ShapeNode | None) -> None:
        self._learned[shape] = tree
        self._register_save()

    def clear(self) -> None:
        """Forget every tree in this process (the file stays)."""
        self._stored.clear()
        self._trees.clear()
        self._learned.clear()

    def _register_save(self) -> None:
        """Save at exit: ``atexit`` in a normal process, a multiprocessing finaliser in a
        worker of ``check --jobs`` (workers leave without running ``atexit``)."""
        if self.path is None or self._save_registered_in == os.getpid():
            return
        self._save_registered_in = os.getpid()
        multiprocessing = sys.modules.get("multiprocessing")
        if multiprocessing is not None and multiprocessing.parent_process() is not None:
            from multiprocessing.util import Finalize

            Finalize(None, self.save, exitpriority=10)
        else:
            import atexit

            atexit.register(self.save)

    def save(self) -> None:
        """Merge what this process learned into the file (atomically; errors are ignored)."""
        if self.path is None or (not self._learned and self.prefix is None):
            return
        on_disk = self._read() or {}
        shapes: dict[str, Any] = dict(on_disk.get("shapes", {}))
        if len(shapes) >= MAX_SHAPES:
            return
        grew = on_disk.get("prefix") != self.prefix
        for shape, tree in self._learned.items():
            if shape not in shapes:
                shapes[shape] = None if tree is None else node_to_json(tree)
                grew = True
        if not grew:
            return
        content = {"key": self.key, "prefix": self.prefix, "shapes": shapes}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(
                json.dumps(content, ensure_ascii=False, sort_keys=True), encoding="utf-8"
            )
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink()
