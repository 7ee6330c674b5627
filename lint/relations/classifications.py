"""A whole stated once, then classified under a label of its own, each way summing to it.

Reports state a figure, then break it down under "Theo …:" labels, each classification in a
paragraph or a list of its own, the whole left to the reader::

    - Đã cấp 1.274 giấy phép xây dựng, tăng 10,02% so với năm 2023 (1.158 giấy phép);
    2. Cơ cấu giấy phép đã cấp
    a) Theo loại công trình:
    - Nhà ở riêng lẻ: 1.186 giấy phép;
    - Công trình dân dụng: 52 giấy phép; …
    b) Theo hình thức cấp phép: cấp mới 1.105 giấy phép; sửa chữa, cải tạo 138 giấy phép; …

Read here: a block opening with "Theo", "Phân theo", "Chia theo" or "Cơ cấu theo" and a few
words, then a colon; its parts are the figures after the colon (every figure there of one
measure, a share after a part allowed) or, when nothing follows the colon, the one figure of
each list item right after it.  The whole is a figure of the parts' measure in the paragraphs
before (at most :data:`BLOCKS_BACK`, not past a heading), larger than every part, not a change
nor a value in parentheses: the only one the parts add up to, or else the only one a
typo-shaped slip explains (:func:`lint.relations.evidence.the_one_made_up`).  Each reading is
an exhaustive :class:`~lint.relations.breakdowns.Breakdown` (S101).
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import Breakdown
from lint.relations.evidence import the_one_made_up
from lint.relations.marks import inside_parentheses
from lint.relations.named_wholes import paragraphs_before

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# "Theo loại công trình:", "Phân theo độ tuổi:", "Cơ cấu theo ngành:"
_OPENER = re.compile(rf"{lexicon.CLASSIFICATION_OPENER_RE}\s*", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
BLOCKS_BACK = 12  # paragraphs searched for the whole (tables passed over)
MARKER = "phân theo"


def find_classifications(
    document: Document, by_block: dict[int, list[Quantity]]
) -> list[Breakdown]:
    found: list[Breakdown] = []
    blocks = document.blocks
    for block in blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        opener = _OPENER.match(block.text, block.label_end)
        if opener is None:
            continue
        parts = _inline_parts(block, by_block, opener.end())
        if parts is None and not block.text[opener.end() :].strip():
            parts = _item_parts(document, block, by_block)
        if parts is None or len(parts) < 2:
            continue
        whole = _whole_before(document, block, by_block, parts)
        if whole is not None:
            labels = tuple(_label(blocks[p.block].text, p) for p in parts)
            found.append(Breakdown(whole, tuple(parts), True, MARKER, labels))
    return found


def _measure_of(quantities: list[Quantity]) -> list[Quantity] | None:
    """The figures of one measure, each maybe followed by its share; None if any other."""
    parts = [q for q in quantities if q.kind is not QuantityKind.PERCENT]
    if not parts or any(q.kind not in _MEASURES or q.value <= 0 for q in parts):
        return None
    first = parts[0]
    if any(q.kind is not first.kind or q.unit != first.unit for q in parts):
        return None
    return parts


def _inline_parts(
    block: Block, by_block: dict[int, list[Quantity]], start: int
) -> list[Quantity] | None:
    inside = [q for q in by_block.get(block.index, []) if q.start >= start]
    return _measure_of(inside) if inside else None


def _item_parts(
    document: Document, block: Block, by_block: dict[int, list[Quantity]]
) -> list[Quantity] | None:
    """The one figure of each list item right after ``block`` (one marker, one measure)."""
    parts: list[Quantity] = []
    marker = None
    for following in document.blocks[block.index + 1 :]:
        if following.kind is not BlockKind.LIST_ITEM:
            break
        if marker is None:
            marker = following.label
        elif following.label != marker:
            break
        figures = _measure_of(by_block.get(following.index, []))
        if figures is None or len(figures) != 1:
            return None
        parts.append(figures[0])
    return _measure_of(parts) if len(parts) >= 2 else None


def _whole_before(
    document: Document,
    block: Block,
    by_block: dict[int, list[Quantity]],
    parts: list[Quantity],
) -> Quantity | None:
    like = parts[0]
    largest = max(p.value for p in parts)
    candidates: list[Quantity] = []
    for earlier in paragraphs_before(document, block.index, BLOCKS_BACK):
        for quantity in by_block.get(earlier.index, []):
            if quantity.kind is not like.kind or quantity.unit != like.unit:
                continue
            if quantity.value <= largest or any(quantity is p for p in parts):
                continue
            text = earlier.text
            if _CHANGE_BEFORE.search(text, max(0, quantity.start - 20), quantity.start):
                continue
            if inside_parentheses(text, quantity.start):
                continue  # last year's value or a detail said aside
            candidates.append(quantity)
        if earlier.kind is BlockKind.HEADING:
            break
    return the_one_made_up(candidates, parts)[1]


def _label(text: str, part: Quantity) -> str:
    lead = text[max(0, part.start - 40) : part.start].rstrip(" :")
    cut = max(lead.rfind(";"), lead.rfind(","), lead.rfind(":"))
    return lead[cut + 1 :].strip(" :-")
