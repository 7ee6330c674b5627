"""The typed document every stage after the reader works on.

A :class:`Document` is the report as a list of :class:`Block` objects (headings, paragraphs,
list items, footnote definitions, table cells).  Each block holds its *analysis text*
(NFC-normalised, markup removed, hard wraps re-flowed) and, for every character of it, the
offsets of the original characters it came from, so that any span found in the analysis text
maps back to exact lines and columns of the file the user gave us.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lint.diagnostics import Message


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets in the original text."""

    start: int
    end: int


@dataclass(frozen=True)
class Location:
    """1-based line and column of both ends of a span (end exclusive), in characters."""

    line: int
    column: int
    end_line: int
    end_column: int


class SourceText:
    """The decoded original text of one input, with offset → line/column conversion."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        self._line_starts = [0]
        index = text.find("\n")
        while index != -1:
            self._line_starts.append(index + 1)
            index = text.find("\n", index + 1)

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def locate(self, span: Span) -> Location:
        line, column = self.line_column(span.start)
        end_line, end_column = self.line_column(span.end)
        return Location(line, column, end_line, end_column)

    def excerpt(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def line_text(self, line: int) -> str:
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    @property
    def line_count(self) -> int:
        return len(self._line_starts)


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    FOOTNOTE = "footnote"
    TABLE_CELL = "table_cell"


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote mark (``<sup>3</sup>``) at ``position`` in its block's analysis text."""

    number: int
    position: int
    span: Span


@dataclass(frozen=True)
class Directive:
    """A ``solieu:`` comment found by the reader (used by suppressions)."""

    text: str
    span: Span


# Characters mapped before analysis: confusables from PDF fonts and legacy converters, and
# the many spaces and dashes of word processors.
_CHAR_MAP = {
    "\u01a3": "ư",  # LATIN SMALL LETTER OI, common in PDF text for ư
    "\u01a2": "Ư",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\t": " ",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
}
_DROPPED = {"\u200b", "\u00ad", "\ufeff", "\r"}
# Text that add_original must look at character by character: a mapped or dropped character,
# a run of spaces, or anything outside the ranges known to hold no combining character
# (below U+0300, Latin Extended Additional, punctuation/super- and subscripts/currency,
# letterlike/arrows/mathematical operators).
_NEEDS_MAPPING = re.compile(
    "[^\x00-\u02ff\u1e00-\u1eff\u2010-\u20cf\u2100-\u22ff]|  |["
    + re.escape("".join(sorted(set(_CHAR_MAP) | _DROPPED)))
    + "]"
)


class TextBuilder:
    """Accumulates analysis text while remembering where every character came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def __len__(self) -> int:
        return len(self.starts)

    def add_original(self, original: str, offset: int, start: int, end: int) -> None:
        """Append ``original[start:end]`` (located at file offset ``offset + start``)."""
        position = start
        while position < end:
            special = _NEEDS_MAPPING.search(original, position, end)
            stop = end if special is None else special.start()
            if special is not None and stop > position and unicodedata.combining(original[stop]):
                stop -= 1  # the letter a combining mark belongs to is normalised with it
            if stop > position:
                position = self._copy(original, offset, position, stop)
            if position < end and special is not None:
                position = self._cluster(original, offset, position, end)

    def _copy(self, original: str, offset: int, start: int, end: int) -> int:
        """Bulk path: text with nothing to normalise, drop or fold (no run of spaces in it)."""
        if original[start] == " " and self._parts and self._parts[-1] == " ":
            start += 1  # runs of spaces (PDF alignment) read as one
        self._parts.extend(original[start:end])
        self.starts.extend(range(offset + start, offset + end))
        self.ends.extend(range(offset + start + 1, offset + end + 1))
        return end

    def _cluster(self, original: str, offset: int, index: int, end: int) -> int:
        """One character with its combining marks: normalised, mapped or dropped."""
        char = original[index]
        cluster_end = index + 1
        while cluster_end < end and unicodedata.combining(original[cluster_end]):
            cluster_end += 1
        if char in _DROPPED:
            return cluster_end
        if cluster_end - index == 1:
            normalised = _CHAR_MAP.get(char, char)
            if normalised == " " and self._parts and self._parts[-1] == " ":
                return cluster_end  # runs of spaces (PDF alignment) read as one
        else:
            normalised = unicodedata.normalize("NFC", original[index:cluster_end])
        for out in normalised:
            self._parts.append(out)
            self.starts.append(offset + index)
            self.ends.append(offset + cluster_end)
        return cluster_end

    def add_synthetic(self, text: str, at: int) -> None:
        """Append text that has no original characters of its own (a re-flow space, "²")."""
        for out in text:
            self._parts.append(out)
            self.starts.append(at)
            self.ends.append(at)

    def add_replacement(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for the original characters ``[start, end)`` ("²" for
        ``<sup>2</sup>``), so that spans over it cover the markup it replaces."""
        for out in text:
            self._parts.append(out)
            self.starts.append(start)
            self.ends.append(end)

    def strip_trailing_space(self) -> None:
        while self._parts and self._parts[-1] == " ":
            self._parts.pop()
            self.starts.pop()
            self.ends.pop()

    def text(self) -> str:
        return "".join(self._parts)


@dataclass
class Block:
    """One unit of the report: heading, paragraph, list item, footnote definition or cell."""

    kind: BlockKind
    text: str
    starts: list[int]
    ends: list[int]
    index: int = 0
    label: str | None = None
    label_end: int = 0
    footnote: int | None = None
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    table: int | None = None
    row: int | None = None
    column: int | None = None
    indent: int = 0
    section: str | None = None
    # human location for formats without meaningful lines ("đoạn 12", "trang 3")
    location: Message | None = None

    @classmethod
    def from_builder(cls, kind: BlockKind, builder: TextBuilder, **fields: object) -> Block:
        return cls(kind, builder.text(), builder.starts, builder.ends, **fields)  # type: ignore[arg-type]

    def span(self, start: int, end: int) -> Span:
        """Original span of the analysis-text range ``[start, end)``."""
        if not self.starts:
            return Span(0, 0)
        start = min(max(start, 0), len(self.starts) - 1)
        last = min(max(end - 1, start), len(self.ends) - 1)
        return Span(self.starts[start], max(self.ends[last], self.starts[start]))

    def trim(self) -> int:
        """Strip surrounding spaces, keeping positions consistent; return the count removed in front."""
        lead = len(self.text) - len(self.text.lstrip(" "))
        tail = len(self.text) - len(self.text.rstrip(" "))
        if lead or tail:
            stop = len(self.text) - tail
            if stop <= lead:
                stop = lead
            self.text = self.text[lead:stop]
            self.starts = self.starts[lead:stop]
            self.ends = self.ends[lead:stop]
            self.footnote_refs = [
                FootnoteRef(ref.number, max(0, ref.position - lead), ref.span)
                for ref in self.footnote_refs
            ]
        return lead

    @property
    def whole_span(self) -> Span:
        return self.span(0, len(self.text))


@dataclass
class Table:
    """A table as a grid of cell blocks, with the unit line and caption found above it."""

    index: int
    rows: list[list[Block]]
    header_rows: int
    unit_text: str | None = None
    caption: str | None = None


@dataclass
class Document:
    source: SourceText
    format: str
    blocks: list[Block]
    tables: list[Table] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)

    @property
    def path(self) -> str:
        return self.source.path

    def location_of(self, span: Span) -> Message | None:
        """The human location ("đoạn 12", "bảng 2, hàng 3, cột 4", "trang 3") of a span, if any."""
        for block in self.blocks:
            if block.location is None or not block.starts:
                continue
            if min(block.starts) <= span.start < max(block.ends) or (
                span.start == span.end == block.starts[0]
            ):
                return block.location
        return None

    def footnote_definitions(self) -> dict[int, list[Block]]:
        found: dict[int, list[Block]] = {}
        for block in self.blocks:
            if block.kind is BlockKind.FOOTNOTE and block.footnote is not None:
                found.setdefault(block.footnote, []).append(block)
        return found
