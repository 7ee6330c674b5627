"""Shares of a whole that only the figures agree on.

Election results, surveys and rankings give several figures, each with its share of one whole
stated earlier, without naming that whole again::

    Số phiếu hợp lệ là 1.829 phiếu. Những người trúng cử: Nguyễn Văn An 1.652 phiếu, đạt
    90,32%; Lê Thị Bình 1.588 phiếu, đạt 86,82%; …
    Ba người không trúng cử đạt lần lượt 842 phiếu (46,04%), 610 phiếu (33,35%) và 455 phiếu
    (24,88%).

Read here: two or more figures of one measure in a paragraph, each followed by its percentage
(in parentheses, or after "chiếm" / "đạt"), that no other reading has a base for; and the
whole, a figure of their measure larger than each, stated before them in their paragraph or
in the two paragraphs before (not a change).  The whole is the one such figure of which every
share but one is the figure's share (with two figures, both, or one and the other one slip
of its printed percentage away); the shares need not add up to 100 (candidates share votes).
Each becomes a ratio claim (``base_source="agreed"``), checked by P101.
"""

from __future__ import annotations

import itertools
import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.part_shares import shares_agree
from lint.relations.percentages import PercentClaim

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# between a figure and its share: " (", " (chiếm ", ", đạt ", ", chiếm "
_TO_SHARE = re.compile(r"\s*(?:\(\s*(?:(?:chiếm|đạt)\s+)?|,\s*(?:chiếm|đạt)\s+)", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
_PARAGRAPHS_BACK = 2


def find_agreed_wholes(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> list[PercentClaim]:
    found: list[PercentClaim] = []
    blocks = document.blocks
    for block in blocks:
        if block.kind is BlockKind.TABLE_CELL or "%" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        groups: dict[tuple[QuantityKind, str | None], list[tuple[Quantity, Quantity]]] = {}
        for part, share in itertools.pairwise(quantities):
            if _a_share_of(block.text, part, share, claimed):
                groups.setdefault((part.kind, part.unit), []).append((part, share))
        for pairs in groups.values():
            if len(pairs) < 2:
                continue
            whole = _agreed_whole(document, by_block, block.index, pairs)
            if whole is None:
                continue
            for part, share in pairs:
                found.append(PercentClaim("ratio", share, part, whole, base_source="agreed"))
                claimed.add(id(share))
    return found


def _a_share_of(text: str, part: Quantity, share: Quantity, claimed: set[int]) -> bool:
    if share.kind is not QuantityKind.PERCENT or id(share) in claimed:
        return False
    if part.kind not in _MEASURES or part.value <= 0 or not 0 < share.value < 100:
        return False
    between = _TO_SHARE.fullmatch(text, part.end, share.start)
    if between is None:
        return False
    return "(" not in between.group(0) or text.startswith(")", share.end)


def _agreed_whole(
    document: Document,
    by_block: dict[int, list[Quantity]],
    index: int,
    pairs: list[tuple[Quantity, Quantity]],
) -> Quantity | None:
    largest = max(part.value for part, _ in pairs)
    first = pairs[0][0]
    parts = {id(part) for part, _ in pairs}
    agreed: list[Quantity] = []
    for back in range(index, max(-1, index - _PARAGRAPHS_BACK - 1), -1):
        block = document.blocks[back]
        if back != index and block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            break
        for candidate in by_block.get(back, []):
            if back == index and candidate.start >= first.start:
                break
            if id(candidate) in parts or candidate.kind is not first.kind:
                continue
            if candidate.unit != first.unit or candidate.value <= largest:
                continue
            if _CHANGE_BEFORE.search(block.text, max(0, candidate.start - 20), candidate.start):
                continue
            if shares_agree(candidate, pairs):
                agreed.append(candidate)
    return agreed[0] if agreed and len({w.value for w in agreed}) == 1 else None
