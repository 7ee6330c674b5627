"""lint's regular expressions, compiled once and kept like bytecode.

Compiling a regular expression is parsing it and generating the matcher's code in Python
(``re._parser``, ``re._compiler``); only the last step, building the pattern object from that
code, is native.  For the ~340 patterns of ``lint`` and ``rules`` that is a sixth of the time
of a one-file ``solieu check`` from a fresh process.  The generated code depends only on the
pattern's text and flags, so it is kept, as :mod:`lint.dataclass_code` keeps dataclass
methods, in ``lint/__pycache__/regex-code.<cache tag>.<sre magic>.marshal`` (written at exit
when it grew and the folder is writable; read at the next start).

:func:`install` replaces ``re._compiler.compile``, which ``re`` calls on a miss of its own
cache: for a pattern compiled from a module named ``lint…`` or ``rules…`` the stored code is
given to ``_sre.compile`` exactly as ``re._compiler.compile`` would give it; any other pattern
is left to the original.  It is installed only on the Pythons whose compiler it mirrors
(3.11–3.13), when a pattern built both ways behaves the same, and not when
``SOLIEU_PURE_PYTHON`` is set.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lint.dataclass_code import write_kept

MAX_ENTRIES = 4000  # far more than lint's patterns; a file grown past it is not written
_OWN_MODULES = ("lint", "rules")
# what _sre.compile takes besides the pattern: flags, code, groups, groupindex, indexgroup
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


class _Store:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple[str | bytes, int], Entry] = {}
        self.learned = False
        if path is not None:
            with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
                import marshal

                loaded = marshal.loads(path.read_bytes())
                if isinstance(loaded, dict):
                    self.entries = {k: v for k, v in loaded.items() if _well_formed(k, v)}

    def save(self) -> None:
        if self.path is not None and self.learned:
            write_kept(self.path, self.entries)


def _well_formed(key: Any, entry: Any) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], (str, bytes))
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
        and isinstance(entry[0], int)
        and isinstance(entry[1], list)
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and isinstance(entry[4], tuple)
    )


def cache_path() -> Path | None:
    import _sre  # type: ignore[import-not-found]

    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    name = f"regex-code.{tag}.{_sre.MAGIC}.marshal"
    return Path(__file__).resolve().parent / "__pycache__" / name


def _generate(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for ``pattern`` (3.11–3.13)."""
    compiler: Any = re._compiler  # type: ignore[attr-defined]
    parsed = compiler._parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],  # opcodes are an int subclass: plain ints marshal
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _build(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    import _sre

    flags, code, groups, groupindex, indexgroup = entry
    built: re.Pattern[Any] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return built


def _agrees(original: Callable[[Any, int], re.Pattern[Any]]) -> bool:
    """A pattern built from the generated code behaves as the original compiler's."""
    sample = r"(?P<so>\d{1,3}(?:\.\d{3})+)(?:,(\d+))?\s*(tỷ|triệu)?\s*(?i:ĐỒNG)"
    text = "chi 12.500,5 triệu đồng"
    try:
        ours = _build(sample, _generate(sample, 0))
        theirs = original(sample, 0)
    except Exception:  # an internal API that moved: leave re alone
        return False
    found, expected = ours.search(text), theirs.search(text)
    return (
        (ours.flags, ours.groups, ours.groupindex)
        == (theirs.flags, theirs.groups, theirs.groupindex)
        and found is not None
        and expected is not None
        and found.groups() == expected.groups()
        and found.span() == expected.span()
    )


def install(path: Path | None = None) -> bool:
    """Serve lint's regular expressions from the compiled store (True when installed)."""
    compiler: Any = getattr(re, "_compiler", None)
    if compiler is None or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return False
    if os.environ.get("SOLIEU_PURE_PYTHON"):
        return False
    original = compiler.compile
    if getattr(original, "__module__", None) == __name__:
        return True  # installed already
    if not _agrees(original):
        return False
    if sys.flags.dont_write_bytecode and path is None:
        store = _Store(cache_path())
        store.path = None  # read what is there, write nothing (as for .pyc files)
    else:
        store = _Store(path if path is not None else cache_path())
    debug = re.DEBUG.value

    def compile_kept(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, (str, bytes)) or flags & debug or not _own(sys._getframe(2)):
            theirs: re.Pattern[Any] = original(pattern, flags)
            return theirs
        key = (pattern, int(flags))
        entry = store.entries.get(key)
        if entry is not None:
            try:
                kept: re.Pattern[Any] = _build(pattern, entry)
                return kept
            except Exception:  # a damaged entry: generated again below
                del store.entries[key]
        entry = _generate(pattern, flags)
        if len(store.entries) < MAX_ENTRIES:
            store.entries[key] = entry
            store.learned = True
        built: re.Pattern[Any] = _build(pattern, entry)
        return built

    compile_kept.__module__ = __name__
    compiler.compile = compile_kept
    if store.path is not None:
        import atexit

        atexit.register(store.save)
    return True


def _own(frame: Any) -> bool:
    """Whether the pattern comes from lint's own code (``re.compile`` / ``re.search`` called
    from a module of ``lint`` or ``rules``): the frame above ``re``'s functions."""
    while frame is not None and frame.f_globals.get("__name__", "").startswith("re"):
        name = frame.f_globals.get("__name__", "")
        if name not in ("re", "re._compiler", "re._parser"):
            break
        frame = frame.f_back
    if frame is None:
        return False
    return str(frame.f_globals.get("__name__", "")).split(".")[0] in _OWN_MODULES
