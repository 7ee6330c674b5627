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
Items of a list that each give one figure and its share ("1. Thanh toán nợ đọng: 8.614 triệu
đồng (3,00%)." "2. Bố trí cho 17 dự án chuyển tiếp: 142.380 triệu đồng (49,53%)." …) are read
together when three or more follow one another (sub-items may come between), their whole
stated up to twenty paragraphs or items before the first.
Each becomes a ratio claim (``base_source="agreed"``), checked by P101.
"""

from __future__ import annotations

import itertools
import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.part_shares import shares_agree
from lint.relations.percent_claims import PercentClaim

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# between a figure and its share: " (", " (chiếm ", ", đạt ", ", chiếm "
_TO_SHARE = re.compile(r"\s*(?:\(\s*(?:(?:chiếm|đạt)\s+)?|,\s*(?:chiếm|đạt)\s+)", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
_PARAGRAPHS_BACK = 2
_ITEMS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
# a run of items each with one share: at least three (all but one must agree on the whole), a
# few blocks apart at most (sub-items between), the whole stated up to a section before
_RUN_LENGTH = 3
_ITEMS_APART = 5
_RUN_BACK = 20


def find_agreed_wholes(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> list[PercentClaim]:
    found: list[PercentClaim] = []
    blocks = document.blocks
    # one pair per item of a run of items ("1. … 8.614 triệu đồng (3,00%)." "2. … (49,53%).")
    lone: list[tuple[int, Quantity, Quantity]] = []
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
            whole = _agreed_whole(document, by_block, block.index, pairs, _PARAGRAPHS_BACK)
            if whole is None:
                continue
            for part, share in pairs:
                found.append(PercentClaim("ratio", share, part, whole, base_source="agreed"))
                claimed.add(id(share))
        if len(groups) == 1 and block.kind in _ITEMS:
            (pairs,) = groups.values()
            if len(pairs) == 1 and id(pairs[0][1]) not in claimed:
                lone.append((block.index, *pairs[0]))
    for run in _runs(document, lone):
        opening = document.blocks[run[0][0] - 1].text.rstrip() if run[0][0] else ""
        if opening.endswith(":"):
            continue  # "Trong đó:", "Phân theo …:": a list whose total the list's reading finds
        pairs = [(part, share) for _, part, share in run]
        whole = _agreed_whole(document, by_block, run[0][0], pairs, _RUN_BACK)
        if whole is None:
            continue
        for part, share in pairs:
            found.append(PercentClaim("ratio", share, part, whole, base_source="agreed"))
            claimed.add(id(share))
    return found


def _runs(
    document: Document, lone: list[tuple[int, Quantity, Quantity]]
) -> list[list[tuple[int, Quantity, Quantity]]]:
    """Items of one kind, each giving one figure and its share in the same words, in runs of
    at least :data:`_RUN_LENGTH`: the next at most :data:`_ITEMS_APART` blocks on, only
    (sub-)items between, its figure of the same measure."""
    runs: list[list[tuple[int, Quantity, Quantity]]] = []
    for item in lone:
        index, part, _ = item
        if runs:
            last, first = runs[-1][-1][0], runs[-1][0][1]
            blocks = document.blocks
            if (
                index - last <= _ITEMS_APART
                and all(b.kind is BlockKind.LIST_ITEM for b in blocks[last + 1 : index])
                and blocks[index].kind is blocks[last].kind
                and (part.kind, part.unit) == (first.kind, first.unit)
                and _written_alike(blocks[index].text, item, blocks[last].text, runs[-1][-1])
            ):
                runs[-1].append(item)
                continue
        runs.append([item])
    return [run for run in runs if len(run) >= _RUN_LENGTH]


def _written_alike(
    text: str,
    item: tuple[int, Quantity, Quantity],
    other_text: str,
    other: tuple[int, Quantity, Quantity],
) -> bool:
    """Two items give their share alike: " (", ", chiếm ", " (chiếm " … the same words."""
    return _between(text, item).lower() == _between(other_text, other).lower()


def _between(text: str, item: tuple[int, Quantity, Quantity]) -> str:
    _, part, share = item
    return " ".join(text[part.end : share.start].split())


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
    blocks_back: int,
) -> Quantity | None:
    largest = max(part.value for part, _ in pairs)
    first = pairs[0][0]
    parts = {id(part) for part, _ in pairs}
    agreed: list[Quantity] = []
    for back in range(index, max(-1, index - blocks_back - 1), -1):
        block = document.blocks[back]
        if back != index and block.kind not in _ITEMS:
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
