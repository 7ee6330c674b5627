"""Parts named before a colon whose figures leave the unit out.

Reports and news texts often state a total with its unit, then list its parts by name with bare
figures, the unit being understood: "… có 30.953 cán bộ, công chức cấp xã. Trong đó, Bắc Kạn:
2.405, Cao Bằng: 3.732, Hà Giang: 4.482 …", "Tổng vốn 1.200 triệu đồng, gồm: ngân sách tỉnh:
800, ngân sách huyện: 400".  The general breakdown finders require every part to carry the
total's unit; this one reads the named-part shape only:

- a marker (``trong đó``, ``cụ thể``: some of the total; ``gồm``, ``bao gồm``, ``chia ra``: all of
  it) followed by at least two segments ``Name: figure``, every segment of the list of that
  shape: a name without digits, a colon, one bare figure (no unit, not a percentage) and
  nothing after it;
- the total is the figure with a unit just before the marker in the same sentence, or, when
  the marker opens the block, the last figure with a unit of the sentence before, provided no
  other figure of that sentence has the same unit.

Anything else (a name holding a year, a segment with words after its figure, two candidate
totals) is left alone.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, total_before

_MARKER = re.compile(rf"(?:^|[\s,.;(])({lexicon.BREAKDOWN_MARKERS_RE})\s*[,:]?\s*", re.I)
_EXHAUSTIVE = lexicon.EXHAUSTIVE_MARKERS
_TOTAL_KINDS = (QuantityKind.COUNT, QuantityKind.AMOUNT, QuantityKind.MEASURE)
# list separators: ";" or a comma with a space on either side (not the decimal comma "12,5")
_SEPARATOR = re.compile(r"\s*;\s*|,\s+|\s+,\s*")
# the end of the list: a full stop before a capital or at the end of the block
_LIST_END = re.compile(r"\s*\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)")
_NAME = re.compile(r"^[^\W\d][^\d:;()]{0,58}$")


def find_labelled_parts(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    found: list[Breakdown] = []
    previous: Block | None = None
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        quantities = by_block.get(block.index, [])
        if quantities and ":" in block.text:
            found.extend(_in_block(block, quantities, previous, by_block))
        if block.text.strip():
            previous = block
    return found


def _in_block(
    block: Block,
    quantities: list[Quantity],
    previous: Block | None,
    by_block: dict[int, list[Quantity]],
) -> list[Breakdown]:
    found = []
    text = block.text
    for match in _MARKER.finditer(text):
        start = match.end()
        end_match = _LIST_END.search(text, start)
        end = end_match.start() if end_match else len(text.rstrip(" ."))
        named = _named_parts(text, start, end, quantities)
        if named is None:
            continue
        parts, labels = named
        total = _total(block, quantities, match.start(1), previous, by_block)
        if total is None or len(total.numbers) != 1:
            continue  # "2 tỷ 500 triệu": in which unit would the bare parts be?
        marker = match.group(1).lower()
        in_unit = tuple(_in_unit_of(total, part) for part in parts)
        found.append(Breakdown(total, in_unit, marker in _EXHAUSTIVE, marker, tuple(labels)))
    return found


def _named_parts(
    text: str, start: int, end: int, quantities: list[Quantity]
) -> tuple[list[Quantity], list[str]] | None:
    """The bare figures of a list made only of ``Name: figure`` segments (two at least)."""
    parts: list[Quantity] = []
    labels: list[str] = []
    position = start
    cuts = list(_SEPARATOR.finditer(text, start, end))
    bounds = [(position, cuts[0].start())] if cuts else [(position, end)]
    bounds += [(a.end(), b.start()) for a, b in itertools.pairwise(cuts)]
    if cuts:
        bounds.append((cuts[-1].end(), end))
    for seg_start, seg_end in bounds:
        inside = [q for q in quantities if seg_start <= q.start and q.end <= seg_end]
        if len(inside) != 1 or inside[0].kind is not QuantityKind.NUMBER:
            return None
        figure = inside[0]
        before = text[seg_start : figure.start].rstrip()
        if not before.endswith(":") or text[figure.end : seg_end].strip():
            return None
        name = before[:-1].strip()
        if not _NAME.match(name) or figure.value <= 0:
            return None
        parts.append(figure)
        labels.append(name)
    return (parts, labels) if len(parts) >= 2 else None


def _total(
    block: Block,
    quantities: list[Quantity],
    marker: int,
    previous: Block | None,
    by_block: dict[int, list[Quantity]],
) -> Quantity | None:
    before = block.text[:marker].rstrip()
    if before and not before.endswith("."):
        total = total_before(quantities, block, marker)
        return total if total is not None and total.kind in _TOTAL_KINDS else None
    if before:  # the marker opens a sentence: the sentence before, in this block
        text, figures = before, [q for q in quantities if q.end <= len(before)]
    elif previous is not None:  # the marker opens the block: the previous block's last sentence
        text, figures = previous.text.rstrip(), by_block.get(previous.index, [])
    else:
        return None
    ends = [m.end() for m in re.finditer(r"[.;:](?=\s)", text)]
    sentence_start = ends[-1] if ends else 0
    candidates = [q for q in figures if q.start >= sentence_start and q.kind in _TOTAL_KINDS]
    if not candidates:
        return None
    nearest = candidates[-1]
    # "Tổng thu 100 tỷ, tổng chi 80 tỷ. Trong đó: …" cannot tell which; "9 tỉnh … 30.953 cán
    # bộ. Trong đó, …" can: the nearest figure is the only one of its unit
    if any(q.unit == nearest.unit for q in candidates[:-1]):
        return None
    return nearest


def _in_unit_of(total: Quantity, part: Quantity) -> Quantity:
    """The bare ``part`` read in the unit the total was printed in ("800" after "1.200 triệu
    đồng" is 800 triệu đồng), with the precision of its own last digit unless counts are exact."""
    value = part.value * total.scale
    if total.exact:
        interval = Interval.exact(value)
    else:
        decimals = part.numbers[0].decimals if part.numbers else 0
        interval = Interval.around(value, total.scale / (2 * 10**decimals))
    return replace(
        part,
        kind=total.kind,
        value=value,
        interval=interval,
        unit=total.unit,
        scale=total.scale,
        unit_text=total.unit_text,
    )
