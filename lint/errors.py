"""Errors that stop solieu from checking one input: reported in one line, exit code 2."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot be read as a Vietnamese report (encoding, binary, missing)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class UsageError(Exception):
    """A bad option, configuration key or value: reported in one line, exit code 2."""
