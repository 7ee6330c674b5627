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
from array import array
from collections.abc import Iterable, Iterator, MutableSequence, Sequence
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    from lint.diagnostics import Message
    from lint.outline import Outline


def _through_constructor(record: Any) -> tuple[Any, ...]:
    """How a record of this module is pickled (``__reduce__``): rebuilt by calling its class
    with its fields.  Documents and spans cross to and from ``--jobs`` worker processes, and a
    class compiled with mypyc (the opt-in compiled core) cannot be unpickled field by field;
    memo fields (not in ``__init__``) are left to be computed again."""
    return (
        type(record),
        tuple(getattr(record, f.name) for f in fields(record) if f.init),
    )


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets in the original text."""

    start: int
    end: int

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)


@dataclass(frozen=True)
class Location:
    """1-based line and column of both ends of a span (end exclusive), in characters."""

    line: int
    column: int
    end_line: int
    end_column: int

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)


class SourceText:
    """The decoded original text of one input, with offset → line/column conversion."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text
        # 0, then the offset after every newline (the running total of line lengths plus one)
        lengths = [len(line) + 1 for line in text.split("\n")[:-1]]
        self._line_starts: MutableSequence[int] = list(itertools.accumulate(lengths, initial=0))

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

    def __reduce__(self) -> tuple[Any, ...]:
        # rebuilt through the constructor (see _through_constructor)
        return (SourceText, (self.path, self.text))


class ExcerptedSource(SourceText):
    """The source of a file checked in windows (:mod:`lint.read.windows`): where every line
    starts, and the text of only the lines findings point at, kept as each window is read.

    Reports need no more (a finding's lines and excerpts); :attr:`text`, which a few reports
    of the whole file need (HTML), reads the file again.
    """

    def __init__(self, path: str) -> None:  # no text: it comes window by window
        self.path = path
        self._line_starts = array("q", [0])
        self._lines: dict[int, str] = {}  # line number → its raw text (with any "\r")
        self.length = 0  # characters read so far

    def add_window(self, window: SourceText, spans: Iterable[Span]) -> int:
        """Take in the next window (its line starts, and the lines ``spans`` cover, in the
        window's offsets); return the window's offset in the file."""
        offset = self.length
        starts = self._line_starts
        for start in window._line_starts:
            if offset + start > starts[-1]:  # a window cut inside a line starts no line
                starts.append(offset + start)
        self.length += len(window.text)
        first_number, _ = self.line_column(offset)  # the file's line of the window's first
        for span in spans:
            first, _ = window.line_column(span.start)
            last, _ = window.line_column(span.end)
            for line in range(first, last + 1):
                number = first_number + line - 1
                if number not in self._lines:
                    low = window._line_starts[line - 1]
                    high = (
                        window._line_starts[line] - 1
                        if line < len(window._line_starts)
                        else len(window.text)
                    )
                    self._lines[number] = window.text[low:high]
        return offset

    @property
    def text(self) -> str:
        from lint.read import read_bytes
        from lint.read.encoding import decode

        return decode(read_bytes(self.path), self.path)

    @text.setter
    def text(self, value: str) -> None:
        raise AttributeError("the text of a file checked in windows is not kept")

    def excerpt(self, span: Span) -> str:
        line, column = self.line_column(span.start)
        end_line, end_column = self.line_column(span.end)
        lines = [self._lines.get(number, "") for number in range(line, end_line + 1)]
        if len(lines) == 1:
            return lines[0][column - 1 : end_column - 1]
        return "\n".join([lines[0][column - 1 :], *lines[1:-1], lines[-1][: end_column - 1]])

    def line_text(self, line: int) -> str:
        return self._lines.get(line, "").rstrip("\r")

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _excerpted_source,
            (self.path, self._line_starts, self._lines, self.length),
        )


def _excerpted_source(
    path: str, line_starts: MutableSequence[int], lines: dict[int, str], length: int
) -> ExcerptedSource:
    """An :class:`ExcerptedSource` unpickled (see :func:`_through_constructor`)."""
    source = ExcerptedSource(path)
    source._line_starts, source._lines, source.length = line_starts, lines, length
    return source


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

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)


@dataclass(frozen=True)
class Directive:
    """A ``solieu:`` comment found by the reader (used by suppressions)."""

    text: str
    span: Span

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)


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
    + _class_of_ranges_without(_SAFE_RANGES, set(_CHAR_MAP) | _DROPPED | {" ", "_"})
    + "](?:(?<! )|(?= ))"
)


def is_plain(original: str, start: int, end: int) -> bool:
    """Whether :meth:`TextBuilder.add_original` would copy ``original[start:end]`` unchanged:
    nothing to normalise, map or drop, and no run of spaces."""
    return _NEEDS_MAPPING.search(original, start, end) is None


class Offsets(Sequence[int]):
    """A sequence of original offsets, one per character of a block's analysis text, stored
    as runs: where each run starts in the analysis text, the original offset of its first
    character, and its step (1 for text copied from the original, 0 for characters that all
    stand for the same original range).  Plain text is one run, kept in two integers, so a
    block costs a few integers rather than two Python integers per character.

    Behaves as a read-only list of ints (``len``, indexing, slicing, iteration, equality with
    a list) that also supports ``del offsets[i:j]`` and appending runs at the end.
    """

    # one run: ``_origin`` and ``_step``, ``_runs`` None; several: ``_runs`` holds the arrays
    # of the runs' starts (in the analysis text), origins and steps
    __slots__ = ("_length", "_origin", "_runs", "_step")

    def __init__(self) -> None:
        self._length = 0
        self._origin = 0
        self._step = 0
        self._runs: tuple[array[int], array[int], array[int]] | None = None

    @classmethod
    def _one_run(cls, origin: int, count: int, step: int) -> Offsets:
        offsets = cls()
        offsets._length, offsets._origin, offsets._step = count, origin, step
        return offsets

    @classmethod
    def copied(cls, start: int, stop: int) -> Offsets:
        """``start, start + 1, …, stop - 1``."""
        return cls._one_run(start, stop - start, 1) if stop > start else cls()

    @classmethod
    def of(cls, values: Iterable[int]) -> Offsets:
        offsets = cls()
        for value in values:
            offsets.add_run(value, 1, 0)
        return offsets

    def add_run(self, origin: int, count: int, step: int) -> None:
        """Append ``count`` offsets ``origin, origin + step, …`` (``step`` 0 or 1)."""
        if count <= 0:
            return
        if not self._length:
            self._length, self._origin, self._step = count, origin, step
            return
        runs = self._runs
        at, first, last_step = (
            (0, self._origin, self._step)
            if runs is None
            else (runs[0][-1], runs[1][-1], runs[2][-1])
        )
        # continue the last run when the new one follows on from it (a run of one offset
        # takes the step of what follows; a single new offset fits either step)
        length = self._length - at
        for shared in (last_step,) if length > 1 else (0, 1):
            if (count == 1 or step == shared) and origin == first + shared * length:
                if runs is None:
                    self._step = shared
                else:
                    runs[2][-1] = shared
                self._length += count
                return
        if runs is None:
            runs = self._runs = (
                array("q", (0,)),
                array("q", (self._origin,)),
                array("b", (self._step,)),
            )
        runs[0].append(self._length)
        runs[1].append(origin)
        runs[2].append(step)
        self._length += count

    def __len__(self) -> int:
        return self._length

    def value(self, index: int) -> int:
        """The offset at ``0 <= index < len(self)`` (no checks: the fast path of
        :meth:`Block.span`)."""
        runs = self._runs
        if runs is None:
            return self._origin + self._step * index
        run = bisect.bisect_right(runs[0], index) - 1
        return runs[1][run] + runs[2][run] * (index - runs[0][run])

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> Offsets: ...

    def __getitem__(self, index: int | slice) -> int | Offsets:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if step != 1:
                return Offsets.of(list(self)[index])
            return self._slice(start, stop)
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        return self.value(index)

    def _slice(self, start: int, stop: int) -> Offsets:
        if stop <= start:
            return Offsets()
        if self._runs is None:  # plain text (a table cell of the file's map)
            return Offsets._one_run(self._origin + self._step * start, stop - start, self._step)
        result = Offsets()
        for origin, count, step in self.runs():
            if start < count and stop > 0:
                first = max(start, 0)
                result.add_run(origin + step * first, min(stop, count) - first, step)
            start, stop = start - count, stop - count
            if stop <= 0:
                break
        return result

    def __delitem__(self, index: slice) -> None:
        start, stop, step = index.indices(self._length)
        if step != 1:
            raise ValueError("only contiguous ranges of offsets can be deleted")
        if stop <= start:
            return
        kept = self._slice(0, start)
        for origin, count, run_step in self._slice(stop, self._length).runs():
            kept.add_run(origin, count, run_step)
        self._length, self._origin, self._step = kept._length, kept._origin, kept._step
        self._runs = kept._runs

    def runs(self) -> Iterator[tuple[int, int, int]]:
        """``(origin, count, step)`` of every run, in order."""
        runs = self._runs
        if runs is None:
            if self._length:
                yield self._origin, self._length, self._step
            return
        starts, origins, steps = runs
        for run in range(len(starts)):
            end = starts[run + 1] if run + 1 < len(starts) else self._length
            yield origins[run], end - starts[run], steps[run]

    def __iter__(self) -> Iterator[int]:
        for origin, count, step in self.runs():
            if step:
                yield from range(origin, origin + count)
            else:
                yield from itertools.repeat(origin, count)

    def lowest(self) -> int:
        """``min(self)`` in one step per run (the offsets must not be empty)."""
        return min(origin for origin, _, _ in self.runs())

    def highest(self) -> int:
        """``max(self)`` in one step per run (the offsets must not be empty)."""
        return max(origin + step * (count - 1) for origin, count, step in self.runs())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return list(self.runs()) == list(other.runs())
        if isinstance(other, list):
            return len(other) == self._length and list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[object, ...]:
        return (_offsets_from_runs, (list(self.runs()),))

    def __repr__(self) -> str:
        return f"Offsets({list(self.runs())!r})"


def _offsets_from_runs(runs: list[tuple[int, int, int]]) -> Offsets:
    offsets = Offsets()
    for origin, count, step in runs:
        offsets.add_run(origin, count, step)
    return offsets


def lowest(offsets: Sequence[int]) -> int:
    """``min(offsets)``, fast for :class:`Offsets`."""
    return offsets.lowest() if isinstance(offsets, Offsets) else min(offsets)


def highest(offsets: Sequence[int]) -> int:
    """``max(offsets)``, fast for :class:`Offsets`."""
    return offsets.highest() if isinstance(offsets, Offsets) else max(offsets)


class TextBuilder:
    """Accumulates analysis text while remembering where every character came from.

    The text is kept as a list of non-empty chunks (whole slices of the original where
    nothing needs normalising), so that plain text costs one append, not one per character.
    """

    def __init__(self, offsets: Sequence[int] | None = None) -> None:
        self._parts: list[str] = []  # never holds an empty string
        self.starts = Offsets()
        self.ends = Offsets()
        # ``offsets`` (the identity over the file, once needed to slice from) is not used: the
        # starts and ends of copied text are one run each

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
            self.starts.add_run(offset + start, end - start, 1)
            self.ends.add_run(offset + start + 1, end - start, 1)
        return end

    def _cluster(self, original: str, offset: int, index: int, end: int) -> int:
        """One character with its combining marks: normalised, mapped or dropped."""
        char = original[index]
        cluster_end = index + 1
        while cluster_end < end and unicodedata.combining(original[cluster_end]):
            cluster_end += 1
        if char in _DROPPED:
            return cluster_end
        if char == "_":
            # words joined by an underscore ("ngân_sách", word-segmented corpora and some PDF
            # extractions) read as words: the underscore between two letters is a space
            joined = index > 0 and cluster_end < end
            joined = joined and original[index - 1].isalpha() and original[cluster_end].isalpha()
            normalised = " " if joined else char
        elif cluster_end - index == 1:
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
            self.starts.add_run(start, len(text), 0)
            self.ends.add_run(end, len(text), 0)

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


@dataclass(slots=True)
class Block:
    """One unit of the report: heading, paragraph, list item, footnote definition or cell."""

    kind: BlockKind
    text: str
    # original offsets of every character's start and end (:class:`Offsets` from the readers;
    # any list of ints works)
    starts: Offsets | list[int]
    ends: Offsets | list[int]
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
    # what the format shows of the outline: a heading's depth (1 = top), a list item's
    # nesting (0 = top); 0 when unknown (read by lint/outline.py)
    depth: int = 0

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)

    @classmethod
    def from_builder(cls, kind: BlockKind, builder: TextBuilder, **fields: object) -> Block:
        return cls(kind, builder.text(), builder.starts, builder.ends, **fields)  # type: ignore[arg-type]

    @classmethod
    def table_cell(
        cls,
        text: str,
        starts: Offsets | list[int],
        ends: Offsets | list[int],
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
        ends = self.ends
        if type(starts) is Offsets and type(ends) is Offsets:
            first, stop = starts.value(start), ends.value(last)
        else:
            first, stop = starts[start], ends[last]
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

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)


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

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)


@dataclass
class Document:
    source: SourceText
    format: str
    blocks: list[Block]
    tables: list[Table] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    # what the reader could not read whole (a reading budget was hit): shown as input notes
    notes: list[Message] = field(default_factory=list)
    # memos (fields rather than ``functools.cached_property`` or the instance dictionary,
    # which compiled classes do not have): the outline, and the location index with the
    # number of blocks it was made for
    _outline: Outline | None = field(default=None, init=False, repr=False, compare=False)
    _locations: (
        tuple[int, tuple[list[int], list[int], list[Block], dict[int, Block]] | None] | None
    ) = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # compiled (mypyc) classes do not take an ``init=False`` field's default
        self._outline = None
        self._locations = None

    def __reduce__(self) -> tuple[Any, ...]:
        return _through_constructor(self)

    @property
    def path(self) -> str:
        return self.source.path

    def location_of(self, span: Span) -> Message | None:
        """The human location ("đoạn 12", "bảng 2, hàng 3, cột 4", "trang 3") of a span, if any:
        that of the first block (with a location) whose extent holds the span's start, or
        whose first character an empty span is at."""
        index = self._location_index()
        if index is None:
            return self._location_by_scan(span)
        lows, highs, blocks, at_first = index
        found: Block | None = None
        # the extents are in order and do not overlap: only the last one starting at or
        # before the span's start can hold it
        candidate = bisect.bisect_right(lows, span.start) - 1
        if candidate >= 0 and span.start < highs[candidate]:
            found = blocks[candidate]
        if span.start == span.end:
            first = at_first.get(span.start)
            if first is not None and (found is None or first.index < found.index):
                found = first
        return found.location if found is not None else None

    def _location_by_scan(self, span: Span) -> Message | None:
        for block in self.blocks:
            if block.location is None or not block.starts:
                continue
            if lowest(block.starts) <= span.start < highest(block.ends) or (
                span.start == span.end == block.starts[0]
            ):
                return block.location
        return None

    @property
    def outline(self) -> Outline:
        """The tree of parts the document shows (computed once, on first use)."""
        outline = self._outline
        if outline is None:
            from lint.outline import build_outline

            outline = self._outline = build_outline(self)
        return outline

    def _location_index(
        self,
    ) -> tuple[list[int], list[int], list[Block], dict[int, Block]] | None:
        """The blocks with a location, their extents sorted for bisection, made once; None
        when the extents overlap or are out of order (then blocks are scanned in order)."""
        cached = self._locations
        if cached is not None and cached[0] == len(self.blocks):
            return cached[1]
        lows: list[int] = []
        highs: list[int] = []
        blocks: list[Block] = []
        at_first: dict[int, Block] = {}
        index: tuple[list[int], list[int], list[Block], dict[int, Block]] | None = None
        ordered = True
        for position, block in enumerate(self.blocks):
            if block.location is None or not block.starts:
                continue
            if block.index != position:
                ordered = False
                break
            at_first.setdefault(block.starts[0], block)
            low, high = lowest(block.starts), highest(block.ends)
            if low >= high:
                continue  # holds no start
            if highs and low < highs[-1]:
                ordered = False
                break
            lows.append(low)
            highs.append(high)
            blocks.append(block)
        if ordered:
            index = (lows, highs, blocks, at_first)
        self._locations = (len(self.blocks), index)
        return index

    def footnote_definitions(self) -> dict[int, list[Block]]:
        found: dict[int, list[Block]] = {}
        for block in self.blocks:
            if block.kind is BlockKind.FOOTNOTE and block.footnote is not None:
                found.setdefault(block.footnote, []).append(block)
        return found


# The longest block analysed in one piece (characters of analysis text).  A longer one (a
# megabyte of figures in one paragraph, a converter that lost every paragraph break) is cut
# into windows of at most this size at sentence ends, each analysed as a paragraph of its own:
# the work per block then stays bounded whatever the input, at the price of relations that
# straddle a cut (none in a real report: a sentence is a few hundred characters).
MAX_BLOCK_CHARS = 200_000
# The longest sentence analysed as one (characters).  Readers look along a sentence for a
# list's end or a total's start, so one sentence of n characters costs up to n² (a 20 kB run
# of "gồm 3 xã: A, B; …" with no full stop took 15 s).  The longest paragraph of the shared
# reports and of the 312 written for recall is 1.5 kB; a block holding a longer "sentence"
# than this is no prose and is cut into windows of this size.
MAX_SENTENCE_CHARS = 4_000
_SENTENCE_BREAK = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ])")  # as the readers end a sentence


def split_large_blocks(document: Document, limit: int = MAX_BLOCK_CHARS) -> Document:
    """Cut every block (but table cells) longer than ``limit``, or holding a sentence longer
    than :data:`MAX_SENTENCE_CHARS`, into windows; renumbers the blocks when it does.
    Returns ``document`` (changed in place)."""
    sizes = [_window_size(block, limit) for block in document.blocks]
    if all(size is None for size in sizes):
        return document
    blocks: list[Block] = []
    for block, size in zip(document.blocks, sizes, strict=True):
        if size is None:
            blocks.append(block)
            continue
        text, starts, ends, all_refs = (
            block.text,
            block.starts,
            block.ends,
            block.footnote_refs,
        )
        cuts = _window_cuts(text, size)
        for number, (start, stop) in enumerate(itertools.pairwise(cuts)):
            last = stop == len(text)
            refs = [
                FootnoteRef(ref.number, ref.position - start, ref.span)
                for ref in all_refs
                if start <= ref.position < stop or (last and ref.position == stop)
            ]
            # the first window is the block itself (its kind and label); the others are
            # paragraphs, so that they add no heading, list item or footnote definition
            window = block if number == 0 else Block(BlockKind.PARAGRAPH, "", [], [])
            window.text = text[start:stop]
            window.starts, window.ends = starts[start:stop], ends[start:stop]
            window.footnote_refs = refs
            if number:
                window.indent, window.section = block.indent, block.section
                window.location = block.location
            blocks.append(window)
    for position, block in enumerate(blocks):
        block.index = position
    document.blocks = blocks
    return document


def _window_size(block: Block, limit: int) -> int | None:
    """The size of the windows ``block`` is cut into, None when it is analysed whole."""
    text = block.text
    if block.kind is BlockKind.TABLE_CELL or len(text) <= min(limit, MAX_SENTENCE_CHARS):
        return None
    previous = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.start() - previous > MAX_SENTENCE_CHARS:
            return min(limit, MAX_SENTENCE_CHARS)
        previous = match.end()
    if len(text) - previous > MAX_SENTENCE_CHARS:
        return min(limit, MAX_SENTENCE_CHARS)
    return limit if len(text) > limit else None


def _window_cuts(text: str, limit: int) -> list[int]:
    """``0 = c0 < c1 < … < cn = len(text)`` with no window longer than ``limit``, cutting after
    a sentence end (". ", "; ") or else a space in the second half of a window when there is
    one."""
    cuts = [0]
    while len(text) - cuts[-1] > limit:
        start = cuts[-1]
        end = start + limit
        floor = start + limit // 2
        cut = max(text.rfind(". ", floor, end), text.rfind("; ", floor, end))
        if cut >= 0:
            cut += 2
        else:
            cut = text.rfind(" ", floor, end)
            cut = cut + 1 if cut >= 0 else end
        cuts.append(cut)
    cuts.append(len(text))
    return cuts
