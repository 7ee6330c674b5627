"""Files a run writes (-o, --write-baseline, --annotate): checked before any work, written whole.

A report must never be lost to its own check: no output may be one of the inputs (the same
file by any name: a symbolic link, a hard link, a relative path) nor another output of the same
run, and a symbolic link to nowhere is not followed. These checks run before anything is read,
so a refused run has changed nothing. Outputs are written to a temporary file beside the target
and renamed over it: an interrupted or failed write leaves the old file as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from lint.errors import UsageError
from lint.i18n.message import Message


def _same(a: str, b: str) -> bool:
    try:
        if os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b):
            return True
    except OSError:
        pass
    return os.path.realpath(a) == os.path.realpath(b)


def check_outputs(outputs: Mapping[str, str], inputs: Iterable[str]) -> None:
    """Refuse (:class:`UsageError`) outputs that are inputs, each other, or cannot be written.

    ``outputs`` maps the option ("-o") to the path given; ``inputs`` are the files to check
    and any other file the run reads (configuration, baseline).
    """
    inputs = [path for path in inputs if path != "-"]
    seen: list[tuple[str, str]] = []
    for option, path in outputs.items():
        if os.path.islink(path) and not os.path.exists(path):
            raise UsageError(
                Message.of(
                    "{option} {file}: is a symbolic link to a missing file; not followed",
                    option=option,
                    file=path,
                )
            )
        for source in inputs:
            if _same(path, source):
                raise UsageError(
                    Message.of(
                        "{option} {file}: is the input {input}; it would be overwritten",
                        option=option,
                        file=path,
                        input=source,
                    )
                )
        for other_option, other in seen:
            if _same(path, other):
                raise UsageError(
                    Message.of(
                        "{option} {file}: is also the file of {other}",
                        option=option,
                        file=path,
                        other=other_option,
                    )
                )
        seen.append((option, path))
        if os.path.isdir(path):
            raise UsageError(
                Message.of("{option} {file}: is a directory", option=option, file=path)
            )
        directory = os.path.dirname(os.path.realpath(path)) or "."
        if not os.path.isdir(directory):
            raise UsageError(
                Message.of(
                    "{option} {file}: the directory {directory} does not exist",
                    option=option,
                    file=path,
                    directory=directory,
                )
            )
        writable = os.access(directory, os.W_OK)
        if os.path.exists(path):
            writable = writable and os.access(path, os.W_OK)
        if not writable:
            raise UsageError(
                Message.of(
                    "{option} {file}: cannot be written (permission denied)",
                    option=option,
                    file=path,
                )
            )


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file renamed over it.

    A symbolic link is written through (its target is replaced); a new file gets the usual
    permissions (0666 less the umask), an existing one keeps its own. Raises :class:`UsageError`
    with one line naming the file when it cannot be written.
    """
    target = os.path.realpath(path)
    directory = os.path.dirname(target) or "."
    try:
        mode = os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=directory
        )
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, mode)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise UsageError(
            Message.of(
                "{file}: cannot be written ({error})", file=path, error=error.strerror or error
            )
        ) from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
