"""Footnote references and definitions, and superscripts that are really figures.

Word footnotes reach us as ``<sup>N</sup>`` marks in the text (:class:`lint.document.FootnoteRef`)
and definition blocks (``BlockKind.FOOTNOTE``).  Word numbers its footnotes 1, 2, 3 … in the
order of the marks, one mark per note, so after conversion the first occurrences must run
1, 2, 3 … and a number never comes back — unless the document restarts the numbering on each
page or section (1 2 3 1 2 … with a definition for each mark), which is read as such.

A superscript can also be a figure the author raised by mistake: "đang thụ lý<sup>10</sup> hồ
sơ" is "10 hồ sơ" (the superscript is followed by a count noun), and the sentence says why:
"Đã giải quyết 88/98 hồ sơ" leaves 98 − 88 = 10 files in process.  Such a superscript is kept
apart (:class:`ContentSuperscript`) and takes no part in the order, reuse or definition checks,
so the one mistake is reported once.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from lint.document import Block, BlockKind, Document, FootnoteRef
from lint.numbers.fraction import Fraction
from lint.numbers.parse import parse_phrase
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.numbers.units import resolve


@dataclass(frozen=True)
class FootnoteMark:
    """One footnote reference in the text, in document order."""

    number: int
    block: Block
    ref: FootnoteRef


@dataclass(frozen=True)
class ContentSuperscript:
    """A superscript that reads as a figure of the sentence ("lý<sup>10</sup> hồ sơ")."""

    mark: FootnoteMark
    noun: str  # the count noun after the superscript
    breaks_sequence: bool  # the number is not the next footnote number
    pair: Quantity | None  # a done/total pair of the same noun whose difference is the number


@dataclass(frozen=True)
class OrderProblem:
    """A reference whose number is not the next one (``expected``) or was used before."""

    mark: FootnoteMark
    expected: int
    first: FootnoteMark | None  # the earlier reference of the same number (reuse)


@dataclass
class Footnotes:
    marks: list[FootnoteMark] = field(default_factory=list)  # real references only
    content: list[ContentSuperscript] = field(default_factory=list)
    definitions: dict[int, list[Block]] = field(default_factory=dict)
    missing: list[FootnoteMark] = field(default_factory=list)
    unreferenced: list[Block] = field(default_factory=list)
    order: list[OrderProblem] = field(default_factory=list)
    duplicates: dict[int, list[Block]] = field(default_factory=dict)
    restarts: bool = False  # numbering restarts at 1 (per page or section)


def find_footnotes(document: Document, extraction: Extraction) -> Footnotes:
    found = Footnotes(definitions=document.footnote_definitions())
    all_marks = [
        FootnoteMark(ref.number, block, ref)
        for block in document.blocks
        if block.kind is not BlockKind.FOOTNOTE
        for ref in block.footnote_refs
    ]
    content_ids: set[int] = set()
    expected = 1
    seen: set[int] = set()
    pairs = _pairs_by_difference(extraction) if all_marks else {}
    for mark in all_marks:
        breaks = mark.number != expected
        content = _content_superscript(mark, breaks, extraction, pairs)
        if content is not None:
            found.content.append(content)
            content_ids.add(id(mark))
            continue
        if mark.number not in seen:
            seen.add(mark.number)
            expected = max(expected, mark.number + 1)
    found.marks = [mark for mark in all_marks if id(mark) not in content_ids]

    found.restarts = _restarts(found.marks, found.definitions)
    expected = 1
    first: dict[int, FootnoteMark] = {}
    for mark in found.marks:
        if found.restarts and mark.number == 1:
            expected, first = 1, {}
        if mark.number in first:
            found.order.append(OrderProblem(mark, expected, first[mark.number]))
            continue
        if mark.number != expected:
            found.order.append(OrderProblem(mark, expected, None))
        first[mark.number] = mark
        expected = max(expected, mark.number + 1)

    if found.definitions:
        found.missing = [m for m in found.marks if m.number not in found.definitions]
    referenced = {mark.number for mark in found.marks}
    for number in sorted(found.definitions):
        blocks = found.definitions[number]
        if number not in referenced:
            found.unreferenced.append(blocks[0])
        if len(blocks) > 1 and not found.restarts:
            found.duplicates[number] = blocks
    return found


def _restarts(marks: list[FootnoteMark], definitions: dict[int, list[Block]]) -> bool:
    """Numbering that restarts (Word's "restart each page/section"): 1 2 3 1 2 …, with as many
    definitions of each number as marks, is not reuse nor duplication."""
    counts: dict[int, int] = {}
    for mark in marks:
        counts[mark.number] = counts.get(mark.number, 0) + 1
    if not any(count > 1 for count in counts.values()) or 1 not in counts:
        return False
    if any(len(definitions.get(number, [])) != count for number, count in counts.items()):
        return False
    restarted = any(
        later.number == 1 and earlier.number > 1 for earlier, later in itertools.pairwise(marks)
    )
    return restarted and sorted(definitions) == sorted(counts)


_PairIndex = dict[tuple[int, Fraction], list[Quantity]]


def _pairs_by_difference(extraction: Extraction) -> _PairIndex:
    """The "done/total" pairs of two figures by block and total − done, in extraction order
    (so that each mark looks only at the pairs that could leave its number)."""
    found: _PairIndex = {}
    for quantity in extraction.quantities:
        if quantity.kind is QuantityKind.PAIR and len(quantity.parts) == 2:
            done, total = quantity.parts
            found.setdefault((quantity.block, total.value - done.value), []).append(quantity)
    return found


def _content_superscript(
    mark: FootnoteMark,
    breaks_sequence: bool,
    extraction: Extraction,
    pairs: _PairIndex | None = None,
) -> ContentSuperscript | None:
    """The mark read as "N <count noun>", when the evidence is clear.  ``pairs``:
    :func:`_pairs_by_difference` of ``extraction``, made once for all marks."""
    after = mark.block.text[mark.ref.position : mark.ref.position + 40]
    if not after.startswith(" ") or not after[1:2].isalpha() or not after[1:2].islower():
        return None
    phrase = parse_phrase(f"{mark.number}{after}")
    if phrase is None or phrase.unit is None or phrase.magnitudes is None:
        return None
    unit = resolve(phrase.unit.base, phrase.unit.scale, list(phrase.unit.per))
    if unit.kind != "count" or phrase.unit.per:
        return None
    pair = _pair_leaving(mark, unit.base, extraction, pairs)
    if not breaks_sequence and pair is None:
        return None
    return ContentSuperscript(mark, unit.base, breaks_sequence, pair)


def _pair_leaving(
    mark: FootnoteMark, noun: str, extraction: Extraction, pairs: _PairIndex | None = None
) -> Quantity | None:
    """A "done/total <noun>" pair before the mark in its block with total − done = number."""
    if pairs is None:
        pairs = _pairs_by_difference(extraction)
    for quantity in pairs.get((mark.block.index, Fraction(mark.number)), []):
        if quantity.end > mark.ref.position:
            continue
        done = quantity.parts[0]
        if quantity.unit not in (noun, None) and done.unit != noun:
            continue
        return quantity
    return None
