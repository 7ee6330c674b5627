"""Paths and positions as the CI formats print them."""

from __future__ import annotations

from pathlib import Path, PurePosixPath


def display_path(path: str) -> str:
    """``path`` relative to the working directory when inside it, with ``/`` and no ``./``."""
    if path.startswith("<"):
        return path
    try:
        relative = Path(path).resolve().relative_to(Path.cwd().resolve())
        text = PurePosixPath(relative).as_posix()
    except ValueError:
        text = PurePosixPath(Path(path)).as_posix()
    while text.startswith("./"):
        text = text[2:]
    return text
