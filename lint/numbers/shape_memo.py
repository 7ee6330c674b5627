"""The phrase-shape memo: parse trees of the number grammar, kept on disk between runs.

The phrase parser hands Lark a figure phrase with every free digit written as ``0`` (its
*shape*: "2.506 tỷ" and "1.200 tỷ" are both "0.000 tỷ"), so one report holds a few hundred
shapes and the reports of a district share most of them.  Each shape's tree, in the plain form
of :class:`ShapeNode` and :class:`ShapeToken`, is remembered in
``$XDG_CACHE_HOME/solieu/phrase-shapes.json`` (``~/.cache`` by default), together with the
lexer's reach pattern.  A run whose shapes are all known never imports Lark nor builds its
lexers, which is most of a one-file check's start-up.

The memo is a compiled artefact of the grammar, like Lark's own grammar cache: it is keyed by
the grammar's text, the memo format, the code that reads trees and the installed Lark, and a
memo with another key, or one that cannot be read, is ignored (and replaced when this run
learned something).  Every entry carries a checksum; an entry that is damaged, edited by hand
or not shaped like a tree is parsed again.  It never changes a result: a tree read from the
memo is the tree Lark would build (tested).  Set ``SOLIEU_SHAPE_MEMO=0`` to neither read nor
write it.
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

MEMO_FORMAT = 2  # 2: entries are [checksum, tree]
MAX_SHAPES = 50_000  # a memo that large stops growing (a district's reports need a few thousand)
# Trees kept in one process: a long run over many different reports (a server, a watcher, a
# directory of thousands) meets new shapes with every one; past this the oldest are forgotten
# (read again from the memo's file or parsed again, the same tree either way).
MAX_TREES = 20_000


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


def node_from_json(value: Any) -> ShapeNode:
    """A tree from its JSON form; ``ValueError`` when the value is not one (a damaged memo)."""
    if not (isinstance(value, list) and len(value) == 4 and isinstance(value[3], list)):
        raise ValueError("not a shape node")
    data, start, end, children = value
    _check_place(data, start, end)
    return ShapeNode(data, start, end, tuple(_child_from_json(child) for child in children))


def _child_from_json(value: Any) -> ShapeChild:
    if isinstance(value, list) and len(value) == 3:
        _check_place(*value)
        return ShapeToken(*value)
    return node_from_json(value)


def _check_place(name: Any, start: Any, end: Any) -> None:
    if not (isinstance(name, str) and type(start) is int and type(end) is int):
        raise ValueError("not a shape node")
    if not 0 <= start <= end:
        raise ValueError("not a shape node")


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
    """Grammar text, memo format, the code that reads trees (this module, ``parse.py`` and
    ``words.py``) and the installed Lark (its file's size and time)."""
    code = 0
    for module in ("shape_memo.py", "parse.py", "words.py"):
        with contextlib.suppress(OSError):
            code = zlib.crc32((Path(__file__).parent / module).read_bytes(), code)
    stamp = f"{code:08x}"
    lark = sys.modules.get("lark")
    location = getattr(lark, "__file__", None)
    if location is None:
        from importlib.util import find_spec

        spec = find_spec("lark")
        location = spec.origin if spec else None
    if location:
        try:
            stat = os.stat(location)
            stamp += f"-{stat.st_size}-{stat.st_mtime_ns}"
        except OSError:
            pass
    return f"{MEMO_FORMAT}:{zlib.crc32(grammar.encode('utf-8')):08x}:{len(grammar)}:{stamp}"


class ShapeMemo:
    """Shapes → trees (``None``: not a figure phrase), loaded once, saved when it grew."""

    def __init__(self, key: str, path: Path | None) -> None:
        self.key = key
        self.path = path
        self.prefix: str | None = None  # the lexer's reach pattern (see parse.phrase_prefix)
        self._stored: dict[str, Any] = {}  # [checksum, JSON tree], converted when asked for
        self._trees: dict[str, ShapeNode | None] = {}
        self._learned: dict[str, ShapeNode | None] = {}
        self._save_registered_in: int | None = None
        stored = self._read()
        if stored is not None:
            prefix = stored.get("prefix")
            if (
                isinstance(prefix, list)
                and len(prefix) == 2
                and isinstance(prefix[1], str)
                and prefix[0] == self._checksum("", prefix[1])
            ):
                self.prefix = prefix[1]
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

    def get(
        self,
        shape: str,
        parse: Callable[[str], ShapeNode | None],
        usable: Callable[[ShapeNode, str], bool] = lambda tree, shape: True,
    ) -> ShapeNode | None:
        """The tree of a shape: remembered, or made by ``parse`` and remembered."""
        if shape in self._trees:
            return self._trees[shape]
        found, tree = self._from_disk(shape, usable)
        if not found:
            tree = parse(shape)
            self._learn(shape, tree)
        while self._trees and len(self._trees) >= MAX_TREES:
            del self._trees[next(iter(self._trees))]  # the oldest: bounded memory per process
        self._trees[shape] = tree
        return tree

    def _from_disk(
        self, shape: str, usable: Callable[[ShapeNode, str], bool]
    ) -> tuple[bool, ShapeNode | None]:
        """(found, tree) of a shape in the memo read from disk.  The file comes from outside
        this process: a tree is taken only if it has the form of one and ``usable`` accepts it,
        so a damaged or tampered entry is parsed again instead of failing a check."""
        entry = self._stored.get(shape)
        if not (isinstance(entry, list) and len(entry) == 2):
            return False, None
        checksum, value = entry
        if checksum != self._checksum(shape, value):
            return False, None
        if value is None:
            return True, None
        try:
            tree = node_from_json(value)
        except ValueError:
            return False, None
        return (True, tree) if usable(tree, shape) else (False, None)

    def _checksum(self, shape: str, value: Any) -> int:
        """Every entry carries the CRC-32 of its key, shape and tree: an entry damaged or edited
        by hand is parsed again instead of being trusted."""
        text = json.dumps([self.key, shape, value], ensure_ascii=False, separators=(",", ":"))
        return zlib.crc32(text.encode("utf-8"))

    def learn_prefix(self, prefix: str) -> None:
        if self.prefix != prefix:
            self.prefix = prefix
            self._register_save()

    def _learn(self, shape: str, tree: ShapeNode | None) -> None:
        if len(self._learned) >= MAX_SHAPES and shape not in self._learned:
            return  # more than the file would keep (see save)
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
        prefix = None if self.prefix is None else [self._checksum("", self.prefix), self.prefix]
        grew = on_disk.get("prefix") != prefix
        for shape, tree in self._learned.items():  # parsed by Lark here: replaces any entry
            value = None if tree is None else node_to_json(tree)
            entry = [self._checksum(shape, value), value]
            if shapes.get(shape) != entry:
                shapes[shape] = entry
                grew = True
        if not grew:
            return
        content = {"key": self.key, "prefix": prefix, "shapes": shapes}
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
