"""Numbering of headings and enumerations: "Phần I", "I.", "1.", "1.1.", "a)", "(1)".

Heading labels come from the readers (``block.label``); which labels are siblings comes from
the document's outline (:mod:`lint.outline`): among the labels of one family under one parent
the values must run 1, 2, 3 … (a, b, c, d, đ, e, g … for letters, ND 30/2020), and a label
under a new parent starts again ("1." under each "Điều").  Articles ("Điều") and chapters
("Chương") run on through the whole document.

Enumerations "(1) … (2) … (3)" live inside paragraphs and list items, often across the blocks a
PDF re-flow produced.  An enumeration starts at "(1)" and ends at the next heading or the next
"(1)"; its markers must run 1, 2, 3 … without gaps or repeats.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lint.document import Block, BlockKind, Document, Span
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.outline import Outline, OutlineNode
from lint.read.labels import LETTER_ORDER, classify_label, compact

_BULLETS = ("-", "+", "*", "•")
# "(1)" at the start or after a space or punctuation ("not after anything else": quicker to
# scan than the equivalent "after the start or after a space or punctuation")
_INLINE_MARKER = re.compile(r"(?<![^\s;:,.])\((\d{1,2})\)(?=\s*[^\W\d_])")


@dataclass(frozen=True)
class Label:
    """A heading or list label with its family, rank and position in the family."""

    block: Block
    text: str  # "1.2.", "II.", "a)", "Phần II"
    family: str  # "part" | "roman" | "upper" | "arabic" | "letter"
    rank: int  # 0 Phần, 1 roman, 2 upper, 3 + dots arabic, 9 letter
    value: int  # 1-based position the label claims
    prefix: tuple[int, ...] = ()  # "1.2." → (1,)

    @property
    def span(self) -> Span:
        return self.block.span(0, len(self.text))


@dataclass(frozen=True)
class SequenceProblem:
    """A label that is not the next one of its family: a gap, a repeat or a step back."""

    label: Label
    previous: Label | None  # the label before it in the family (None: first under its parent)
    expected: int
    kind: str  # "gap" | "duplicate" | "backwards" | "start"


@dataclass(frozen=True)
class Marker:
    """An enumeration marker "(n)" at ``start`` in a block's analysis text."""

    block: Block
    number: int
    start: int
    end: int

    @property
    def span(self) -> Span:
        return self.block.span(self.start, self.end)


@dataclass
class Enumeration:
    markers: list[Marker] = field(default_factory=list)

    @property
    def numbers(self) -> list[int]:
        return [marker.number for marker in self.markers]


@dataclass(frozen=True)
class EnumerationProblem:
    enumeration: Enumeration
    marker: Marker
    previous: Marker
    kind: str  # "gap" | "duplicate" | "backwards"
    missing: tuple[int, ...] = ()


@dataclass(frozen=True)
class StatedCount:
    """A count the text gives for an enumeration: "gồm 3 nhiệm vụ: (1) …", or "đạt 5/9 tiêu
    chí" before "các tiêu chí đã đạt gồm: (1) …" (5) / "chưa đạt gồm: (1) …" (9 − 5)."""

    enumeration: Enumeration
    quantity: Quantity
    expected: int
    how: str  # "count" | "done" | "remaining"


@dataclass
class Numbering:
    labels: list[Label] = field(default_factory=list)
    problems: list[SequenceProblem] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)
    enumeration_problems: list[EnumerationProblem] = field(default_factory=list)
    stated_counts: list[StatedCount] = field(default_factory=list)


def find_numbering(document: Document, extraction: Extraction | None = None) -> Numbering:
    found = Numbering()
    # table captions ("16. Một số chỉ tiêu …") number the tables of a full annex, of which a
    # report often reprints a selection: they are not a heading sequence, unless leaving them
    # out breaks the sequence they are in ("## 2. Kết quả giải ngân" above its table)
    captions = {table.caption for table in document.tables if table.caption}
    labels: list[Label] = []
    for block in document.blocks:
        if block.kind in (BlockKind.FOOTNOTE, BlockKind.TABLE_CELL) or not block.label:
            continue
        label = parse_label(block)
        if label is not None:
            labels.append(label)
    found.labels = [label for label in labels if label.block.text not in captions]
    found.problems = list(_sequence_problems(found.labels, document.outline))
    if found.problems and len(found.labels) < len(labels):
        with_captions = list(_sequence_problems(labels, document.outline))
        if len(with_captions) < len(found.problems):
            found.labels, found.problems = labels, with_captions
    found.enumerations = _enumerations(document)
    by_block = _quantities_by_block(extraction) if extraction is not None else None
    for enumeration in found.enumerations:
        found.enumeration_problems.extend(_enumeration_problems(enumeration))
        if extraction is not None:
            stated = _stated_count(document, extraction, enumeration, by_block)
            if stated is not None:
                found.stated_counts.append(stated)
    return found


def parse_label(block: Block) -> Label | None:
    """The heading label of ``block`` with its family's level (parts 0, roman 1, capitals 2,
    arabic 2 + depth, letters 9), as :func:`lint.read.labels.classify_label` reads it."""
    text = compact(block.label or "")
    if text.startswith("("):
        return None  # enumerations are read separately
    classified = classify_label(text, block.text[block.label_end :].lstrip())
    if classified is None:
        return None
    kind, value, prefix = classified
    if kind in ("phần", "chương", "mục", "điều"):
        return Label(block, text, f"part:{kind}", 0, value) if value else None
    if kind == "roman":
        return Label(block, text, "roman", 1, value) if value else None
    if value is None:
        return None  # a letter outside the Vietnamese order
    if kind == "upper":
        return Label(block, text, "upper", 2, value)
    if kind.startswith("arabic"):
        return Label(block, text, "arabic", 3 + len(prefix), value, prefix)
    if kind.startswith("letter"):
        return Label(block, text, "letter", 9, value)
    return None


# Parts numbered continuously through the whole document, whatever contains them (a law's
# articles and chapters run on across chapters and parts).
_CONTINUOUS = ("part:điều", "part:chương")


def _sequence_problems(labels: list[Label], outline: Outline) -> list[SequenceProblem]:
    """Gaps, repeats and steps back among siblings: labels of one family under one parent in
    the outline (a restart under a new parent is correct), or through the whole document for
    the families that never restart (Điều, Chương)."""
    problems: list[SequenceProblem] = []
    last: dict[tuple[int, str, int, tuple[int, ...]], Label] = {}
    for label in labels:
        node = outline.node_of(label.block)
        if node.head is not label.block or node.parent is None:
            continue  # not an item of the outline: no siblings to judge it among
        parent = node.parent
        key: tuple[int, str, int, tuple[int, ...]]
        if label.family in _CONTINUOUS:
            key = (0, label.family, label.rank, ())
        else:
            key = (id(parent), label.family, label.rank, label.prefix)
        previous = last.get(key)
        if previous is None:
            if label.value != 1 and _numbered_parent(parent) and label.family not in _CONTINUOUS:
                problems.append(SequenceProblem(label, None, 1, "start"))
        elif label.value == previous.value:
            problems.append(SequenceProblem(label, previous, previous.value + 1, "duplicate"))
        elif label.value < previous.value:
            problems.append(SequenceProblem(label, previous, previous.value + 1, "backwards"))
        elif label.value > previous.value + 1 and not _skips_only_dd(previous, label):
            problems.append(SequenceProblem(label, previous, previous.value + 1, "gap"))
        last[key] = label
    return problems


def _numbered_parent(node: OutlineNode) -> bool:
    """Whether ``node`` is a numbered part (the first label under it should be 1)."""
    return node.label is not None and node.label.value is not None


def _skips_only_dd(previous: Label, label: Label) -> bool:
    """ "d) … e)": many reports leave out đ, which ND 30 lists; not worth a warning."""
    if label.family != "letter":
        return False
    return (previous.value, label.value) == (
        LETTER_ORDER.index("d") + 1,
        LETTER_ORDER.index("e") + 1,
    )


def _enumerations(document: Document) -> list[Enumeration]:
    enumerations: list[Enumeration] = []
    current: Enumeration | None = None
    for block in document.blocks:
        if block.kind in (BlockKind.FOOTNOTE, BlockKind.TABLE_CELL):
            continue
        labelled = bool(block.label) and not (block.label or "").startswith("(")
        if (block.kind is BlockKind.HEADING or labelled) and block.label not in _BULLETS:
            current = None
        if "(" not in block.text:
            continue  # no marker here (a quick test: the pattern is slow on long paragraphs)
        for match in _INLINE_MARKER.finditer(block.text):
            marker = Marker(block, int(match.group(1)), match.start(), match.end())
            if marker.number == 1 or current is None:
                current = Enumeration()
                enumerations.append(current)
            current.markers.append(marker)
    return [e for e in enumerations if len(e.markers) >= 2 and e.markers[0].number == 1]


def _enumeration_problems(enumeration: Enumeration) -> list[EnumerationProblem]:
    problems: list[EnumerationProblem] = []
    seen: dict[int, Marker] = {}
    for previous, marker in itertools.pairwise(enumeration.markers):
        seen.setdefault(previous.number, previous)
        if marker.number in seen:
            problems.append(
                EnumerationProblem(enumeration, marker, seen[marker.number], "duplicate")
            )
        elif marker.number < previous.number:
            problems.append(EnumerationProblem(enumeration, marker, previous, "backwards"))
        elif marker.number > previous.number + 1:
            missing = tuple(range(previous.number + 1, marker.number))
            problems.append(EnumerationProblem(enumeration, marker, previous, "gap", missing))
    return problems


_INTRO = re.compile(r"(?:gồm|bao gồm|như sau|cụ thể|là)\s*:?\s*$")
_NOT_YET = re.compile(r"\bchưa\b")


def _quantities_by_block(extraction: Extraction) -> dict[int, list[Quantity]] | None:
    """Each block's quantities, in extraction order; None when the extraction is not in block
    order (then the quantities of several blocks could not be put back in its order)."""
    found: dict[int, list[Quantity]] = {}
    last = -1
    for quantity in extraction.quantities:
        if quantity.block < last:
            return None
        last = quantity.block
        found.setdefault(quantity.block, []).append(quantity)
    return found


def _in_blocks(
    extraction: Extraction, by_block: dict[int, list[Quantity]] | None, blocks: range
) -> list[Quantity]:
    """The quantities of ``blocks``, in extraction order."""
    if by_block is None:
        return [q for q in extraction.quantities if q.block in blocks]
    return [quantity for block in blocks for quantity in by_block.get(block, [])]


def _stated_count(
    document: Document,
    extraction: Extraction,
    enumeration: Enumeration,
    by_block: dict[int, list[Quantity]] | None = None,
) -> StatedCount | None:
    """The count announcing ``enumeration``, when the text gives one clearly.  ``by_block``:
    :func:`_quantities_by_block` of ``extraction``, made once for all enumerations."""
    first = enumeration.markers[0]
    block = first.block
    text = block.text
    clause_start = max(text.rfind(". ", 0, first.start), text.rfind("; ", 0, first.start)) + 1
    clause = text[clause_start : first.start]
    if not _INTRO.search(clause):
        return None
    in_clause = [
        q
        for q in _in_blocks(extraction, by_block, range(block.index, block.index + 1))
        if q.block == block.index and clause_start <= q.start < first.start
    ]
    counts = [
        q
        for q in in_clause
        if q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
        and q.exact
        and q.value.denominator == 1
        and 2 <= q.value <= 50
        and first.start - q.end <= 50
        and not re.search(r"[()]", block.text[q.end : first.start])
    ]
    if len(counts) == 1 and not any(q.kind is QuantityKind.PAIR for q in in_clause):
        return StatedCount(enumeration, counts[0], int(counts[0].value), "count")
    if in_clause:
        return None  # figures in the clause that do not clearly count the items
    # "đạt 5/9 tiêu chí" in one of the two blocks before, then "các tiêu chí đã đạt gồm: …"
    pairs = [
        q
        for q in _in_blocks(extraction, by_block, range(block.index - 2, block.index))
        if block.index - 2 <= q.block < block.index
        and q.kind is QuantityKind.PAIR
        and q.unit
        and q.unit in clause
    ]
    if len(pairs) != 1 or len(pairs[0].parts) != 2:
        return None
    done, total = pairs[0].parts
    if _NOT_YET.search(clause):
        return StatedCount(enumeration, pairs[0], int(total.value - done.value), "remaining")
    if "đạt" in clause or "hoàn thành" in clause:
        return StatedCount(enumeration, pairs[0], int(done.value), "done")
    return None
