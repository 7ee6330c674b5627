"""A user-facing text in both languages, made from the message catalogue.

Every text solieu shows has one English template, with ``{name}`` placeholders, that is the
message id of the gettext catalogue (:mod:`lint.i18n`); the catalogue's Vietnamese entry is the
same template in Vietnamese.  ``Message.of(template, **arguments)`` fills both with the same
arguments, so a figure reads the same in both languages (figures are printed the Vietnamese
way in both), and the result answers in either language: ``.text(lang)``, ``.vi``, ``.en``.
An argument that is itself a :class:`Message` is filled in its own language on each side.

``python -m lint.i18n`` extracts the templates of ``Message.of`` (first argument, a string
literal) from ``lint/`` and ``rules/`` into the catalogue next to the ``_()`` texts.  A template
the Vietnamese catalogue lacks falls back to English; a test rejects such a catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lint.i18n import translate


@dataclass(frozen=True)
class Message:
    """A user-facing text in both languages (``Message.of`` makes it from the catalogue)."""

    vi: str
    en: str

    def text(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en

    def __add__(self, other: Message) -> Message:
        """One text after the other, in each language."""
        return Message(self.vi + other.vi, self.en + other.en)

    @classmethod
    def of(cls, template: str, /, *, context: str | None = None, **arguments: object) -> Message:
        """``template`` (English, the catalogue's message id) and its Vietnamese translation,
        each filled with ``arguments`` (``str.format``; a :class:`Message` argument is filled
        in the language of each side).  ``context`` (gettext's ``msgctxt``) tells apart one
        English text translated two ways ("part" of a sentence, "part" of a table)."""
        vi = translate(template, "vi", context)
        if not arguments:
            return cls(vi.format(), template.format())
        return cls(
            vi.format(**{k: v.vi if isinstance(v, Message) else v for k, v in arguments.items()}),
            template.format(
                **{k: v.en if isinstance(v, Message) else v for k, v in arguments.items()}
            ),
        )

    @classmethod
    def same(cls, text: str) -> Message:
        """A text that reads the same in both languages (figures, names, quoted words): not
        translated."""
        return cls(text, text)

    @classmethod
    def joined(cls, separator: str | Message, messages: Iterable[Message]) -> Message:
        """``messages`` one after the other, ``separator`` between them, in each language."""
        listed = list(messages)
        between = separator if isinstance(separator, Message) else cls.same(separator)
        return cls(between.vi.join(m.vi for m in listed), between.en.join(m.en for m in listed))
