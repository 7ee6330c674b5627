"""Errors that stop solieu from checking one input: reported in one line, exit code 2.

They carry their text in both languages (``translated``, a :class:`~lint.i18n.message.Message`);
the command line shows it in the language of the run; ``str()`` and ``message`` give the English.
"""

from __future__ import annotations

from lint.i18n.message import Message


class InputError(Exception):
    """An input that cannot be read as a Vietnamese report (encoding, binary, missing)."""

    def __init__(self, path: str, message: Message) -> None:
        super().__init__(f"{path}: {message.en}")
        self.path = path
        self.message = message.en
        self.translated = message

    @property
    def located(self) -> Message:
        """``path: message``, in both languages."""
        return Message.same(f"{self.path}: ") + self.translated


class UsageError(Exception):
    """A bad option, configuration key or value: reported in one line, exit code 2."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.translated = message
