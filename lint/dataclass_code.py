"""The generated methods of lint's dataclasses, compiled once and kept like bytecode.

CPython 3.10–3.12 write the source of every ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` and frozen ``__setattr__``/``__delattr__`` of a dataclass as text and compile it
with ``exec`` when the class is created: for the ~90 dataclasses of ``lint`` and ``rules``, a
quarter of the instructions of a one-file ``solieu check`` from a fresh process.  Their source
depends only on the class definition, so the compiled code is kept, as Python keeps a
module's bytecode, in ``lint/__pycache__/dataclass-methods.<cache tag>.marshal`` (written at
exit when it grew and the folder is writable, like a ``.pyc``; read at the next start).

:func:`install` puts a replacement of ``exec`` into the namespace of the ``dataclasses``
module (its ``_create_fn`` calls ``exec`` by name): for a class of a module named ``lint…``
or ``rules…`` the code compiled from the same text, exactly as ``exec`` would compile it
(no ``__future__`` flags inherited), is taken from the file or compiled and remembered; any
other class is left to the builtin.  Nothing changes when ``dataclasses`` has no
``_create_fn`` (Python 3.13 builds the methods otherwise) or ``SOLIEU_PURE_PYTHON`` is set.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import hashlib
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

MAX_ENTRIES = 4000  # far more than lint's methods; a file grown past it is not written
_OWN_MODULES = ("lint", "rules")


class _Store:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.learned = False
        if path is not None:
            with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
                loaded = marshal.loads(path.read_bytes())
                if isinstance(loaded, dict):
                    self.codes = {
                        k: v
                        for k, v in loaded.items()
                        if isinstance(k, str) and isinstance(v, CodeType)
                    }

    def code(self, source: str) -> CodeType:
        key = hashlib.sha256(source.encode("utf-8")).hexdigest()
        code = self.codes.get(key)
        if code is None:
            # as exec compiles a text in dataclasses: no __future__ flags of this module
            code = compile(source, "<string>", "exec", dont_inherit=True)
            if len(self.codes) < MAX_ENTRIES:
                self.codes[key] = code
                self.learned = True
        return code

    def save(self) -> None:
        if self.path is not None and self.learned:
            write_kept(self.path, self.codes)


def write_kept(path: Path, value: Any) -> None:
    """Write ``value`` marshalled to ``path`` atomically, or nothing when it cannot be (a
    read-only installation: the code is compiled again at each start)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps(value))
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink()


def cache_path() -> Path | None:
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    return Path(__file__).resolve().parent / "__pycache__" / f"dataclass-methods.{tag}.marshal"


def install(path: Path | None = None) -> bool:
    """Serve lint's dataclass methods from the compiled store (True when installed)."""
    if not hasattr(dataclasses, "_create_fn") or os.environ.get("SOLIEU_PURE_PYTHON"):
        return False
    if getattr(vars(dataclasses).get("exec"), "__module__", None) == __name__:
        return True  # installed already
    if sys.flags.dont_write_bytecode and path is None:
        store = _Store(cache_path())
        store.path = None  # read what is there, write nothing (as for .pyc files)
    else:
        store = _Store(path if path is not None else cache_path())

    def exec_generated(source: Any, globals: Any = None, locals: Any = None) -> None:
        name = globals.get("__name__", "") if isinstance(globals, dict) else ""
        if isinstance(source, str):
            # compiled here, not by exec: exec would give it this module's __future__ flags
            if name.split(".")[0] in _OWN_MODULES:
                source = store.code(source)
            else:
                source = compile(source, "<string>", "exec", dont_inherit=True)
        builtins.exec(source, globals, locals)

    vars(dataclasses)["exec"] = exec_generated
    if store.path is not None:
        import atexit

        atexit.register(store.save)
    return True
