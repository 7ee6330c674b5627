"""The typed document every stage after the reader works on.

A :class:`Document` is the report as a list of :class:`Block` objects (headings, paragraphs,
list items, footnote definitions, table cells).  Each block holds its *analysis text*
(NFC-normalised, markup removed, hard wraps re-flowed) and, for every character of it, the
offsets of the original characters it came from, so that any span found in the analysis text
maps back to exact lines and columns of the file the user gave us.
"""

from __future__ import annotations

import bisect
import itertools
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
        # 0, then the offset after every newline (the running total of line lengths plus one)
        lengths = [len(line) + 1 for line in text.split("\n")[:-1]]
        self._line_starts = list(itertools.accumulate(lengths, initial=0))

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
_SAFE_RANGES = (
    ("\x00", "\u02ff"),
    ("\u1e00", "\u1eff"),
    ("\u2010", "\u20cf"),
    ("\u2100", "\u22ff"),
)


def _class_of_ranges_without(ranges: tuple[tuple[str, str], ...], excluded: set[str]) -> str:
    """Regex class text for the ``(low, high)`` ranges minus the ``excluded`` characters."""
    parts = []
    for low, high in ranges:
        start = ord(low)  # first code point of the next sub-range
        holes = sorted(ord(char) for char in excluded if low <= char <= high)
        for hole in [*holes, ord(high) + 1]:
            if hole > start:
                parts.append(f"{re.escape(chr(start))}-{re.escape(chr(hole - 1))}")
            start = hole + 1
    return "".join(parts)


# Written as one character class (the safe characters other than the mapped and dropped ones
# and the space) followed by a check that a space is followed by another, because a regex
# starting with a character class is searched several times faster than one starting with
# alternatives.
_NEEDS_MAPPING = re.compile(
    "[^"
    + _class_of_ranges_without(_SAFE_RANGES, set(_CHAR_MAP) | _DROPPED | {" "})
    + "](?:(?<! )|(?= ))"
)


def is_plain(original: str, start: int, end: int) -> bool:
    """Whether :meth:`TextBuilder.add_original` would copy ``original[start:end]`` unchanged:
    nothing to normalise, map or drop, and no run of spaces."""
    return _NEEDS_MAPPING.search(original, start, end) is None


class TextBuilder:
    """Accumulates analysis text while remembering where every character came from.

    The text is kept as a list of non-empty chunks (whole slices of the original where
    nothing needs normalising), so that plain text costs one append, not one per character.
    """

    def __init__(self, offsets: list[int] | None = None) -> None:
        self._parts: list[str] = []  # never holds an empty string
        self.starts: list[int] = []
        self.ends: list[int] = []
        # ``offsets[i] == i`` (a reader's ``list(range(len(text) + 1))``), optional: the starts
        # and ends of copied text are sliced from it, faster than making new numbers
        self._offsets = offsets if offsets is not None else []

    def __len__(self) -> int:
        return len(self.starts)

    def _ends_with_space(self) -> bool:
        return bool(self._parts) and self._parts[-1][-1] == " "

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
        if original[start] == " " and self._ends_with_space():
            start += 1  # runs of spaces (PDF alignment) read as one
        if start < end:
            self._parts.append(original[start:end])
            first, stop = offset + start, offset + end
            if first >= 0 and stop < len(self._offsets):
                self.starts.extend(self._offsets[first:stop])
                self.ends.extend(self._offsets[first + 1 : stop + 1])
            else:
                self.starts.extend(range(first, stop))
                self.ends.extend(range(first + 1, stop + 1))
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
            if normalised == " " and self._ends_with_space():
                return cluster_end  # runs of spaces (PDF alignment) read as one
        else:
            normalised = unicodedata.normalize("NFC", original[index:cluster_end])
        self._add_uniform(normalised, offset + index, offset + cluster_end)
        return cluster_end

    def _add_uniform(self, text: str, start: int, end: int) -> None:
        """Append ``text``, every character of it standing for the original ``[start, end)``."""
        if text:
            self._parts.append(text)
            self.starts.extend([start] * len(text))
            self.ends.extend([end] * len(text))

    def add_synthetic(self, text: str, at: int) -> None:
        """Append text that has no original characters of its own (a re-flow space, "²")."""
        self._add_uniform(text, at, at)

    def add_replacement(self, text: str, start: int, end: int) -> None:
        """Append ``text`` standing for the original characters ``[start, end)`` ("²" for
        ``<sup>2</sup>``), so that spans over it cover the markup it replaces."""
        self._add_uniform(text, start, end)

    def strip_trailing_space(self) -> None:
        while self._parts:
            last = self._parts[-1]
            kept = last.rstrip(" ")
            removed = len(last) - len(kept)
            if not removed:
                return
            del self.starts[-removed:]
            del self.ends[-removed:]
            if kept:
                self._parts[-1] = kept
                return
            self._parts.pop()

    def tail(self, count: int) -> str:
        """The last ``count`` characters of the text (fewer if it is shorter)."""
        if count <= 0:
            return ""
        # chunks are never empty, so the last ``count`` chunks hold enough characters
        return "".join(self._parts[-count:])[-count:]

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

    @classmethod
    def table_cell(
        cls,
        text: str,
        starts: list[int],
        ends: list[int],
        *,
        index: int,
        table: int,
        row: int,
        column: int,
        indent: int,
    ) -> Block:
        """A table cell with no label or footnote mark.  Readers make thousands of cells, and the
        generated ``__init__`` is much faster given every field positionally (in field order)
        than given keywords."""
        return cls(
            BlockKind.TABLE_CELL,
            text,
            starts,
            ends,
            index,
            None,  # label
            0,  # label_end
            None,  # footnote
            [],  # footnote_refs
            table,
            row,
            column,
            indent,
        )

    def span(self, start: int, end: int) -> Span:
        """Original span of the analysis-text range ``[start, end)``."""
        starts = self.starts
        if not starts:
            return Span(0, 0)
        # clamp ``start`` to a character, and the last character to [start, last of ends]
        # (plain comparisons: this is called for every finding and every figure)
        if start < 0:
            start = 0
        elif start >= len(starts):
            start = len(starts) - 1
        last = end - 1 if end - 1 > start else start
        if last >= len(self.ends):
            last = len(self.ends) - 1
        first = starts[start]
        stop = self.ends[last]
        return Span(first, stop if stop > first else first)

    def trim(self) -> int:
        """Strip surrounding spaces, keeping positions consistent; return the count removed in front."""
        text = self.text
        if not text or (text[0] != " " and text[-1] != " "):
            return 0
        lead = len(text) - len(text.lstrip(" "))
        tail = len(text) - len(text.rstrip(" "))
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


@dataclass(frozen=True)
class SheetCell:
    """Where a workbook table cell sits in its sheet (1-based) and the formula it holds."""

    row: int
    column: int
    formula: str | None = None  # "=SUM(C10:C14)"; None for a typed value


@dataclass
class Table:
    """A table as a grid of cell blocks, with the unit line and caption found above it."""

    index: int
    rows: list[list[Block]]
    header_rows: int
    unit_text: str | None = None
    caption: str | None = None
    # workbook tables only: the sheet's name and, by (grid row, grid column), the sheet cell
    sheet: str | None = None
    sheet_cells: dict[tuple[int, int], SheetCell] = field(default_factory=dict)


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
