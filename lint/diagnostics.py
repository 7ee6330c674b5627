"""Diagnostics: what a rule reports, in Vietnamese and English, with every figure involved."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum

from lint.document import SourceText, Span
from lint.i18n.message import Message

__all__ = ["Diagnostic", "Message", "Related", "Severity"]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True)
class Related:
    """Another figure involved in a finding, with a label saying what it is."""

    span: Span
    label: Message


@dataclass
class Diagnostic:
    code: str
    name: str
    severity: Severity
    message: Message
    span: Span
    label: Message | None = None  # label under the primary span
    related: list[Related] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)
    suggestion: Message | None = None
    path: str = ""
    figures: tuple[str, ...] = ()  # printed figures involved, for line-independent fingerprints
    # what the finding is about ("ratio:3:10:3:40"), for the engine's deduplication across
    # rules: a finding whose subjects all belong to a finding of a rule that takes precedence
    # is reported once, by that rule (see lint.engine.deduplicate_across_rules); used before
    # the findings are cached or rendered, so neither keeps it
    subjects: frozenset[str] = field(default=frozenset(), compare=False)

    def fingerprint(self, source_text: str) -> str:
        """A fingerprint of the finding that survives edits elsewhere in the file."""
        return self._fingerprint(self.figures or (source_text[self.span.start : self.span.end],))

    def fingerprint_in(self, source: SourceText) -> str:
        """:meth:`fingerprint`, taking the finding's text from ``source`` only if need be
        (a file checked in windows keeps only the lines its findings are on)."""
        return self._fingerprint(self.figures or (source.excerpt(self.span),))

    def _fingerprint(self, figures: tuple[str, ...]) -> str:
        digest = hashlib.sha256("\x1f".join((self.code, *figures)).encode("utf-8"))
        return digest.hexdigest()[:16]

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.start, self.span.end, self.code)
