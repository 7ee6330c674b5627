"""A part's share said after its breakdown, the part named by its words only.

A breakdown is often followed by the share of its largest or most telling part, which names
the part again instead of repeating its figure::

    Tổng kinh phí năm 2024 là 2.845 triệu đồng, gồm ngân sách tỉnh 1.200 triệu đồng, ngân
    sách huyện 1.380 triệu đồng và nguồn xã hội hóa 265 triệu đồng. Ngân sách huyện chiếm
    48,5% tổng kinh phí.
    Phân theo hành vi: buôn lậu 126 vụ; hàng giả 215 vụ; … Số vụ vi phạm về hàng giả chiếm
    20,4% tổng số vụ vi phạm.

Read here: a sentence after the last part of a breakdown (in its paragraph or the next one)
whose words before "chiếm" hold no figure and name exactly one of the breakdown's parts by its
label (its words, whole); the percentage is that part's share of the breakdown's total
(``base_source="named part"``), taken when the figures agree or one typo-shaped slip explains
them.
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, figures_by_block
from lint.relations.evidence import ratio_or_one_typo
from lint.relations.percent_claims import PercentClaim

# a sentence opening with words only, then the share: "Ngân sách huyện chiếm 48,5%"
_NAMED_SHARE = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=[.;:]))\s*(?P<name>[^\d.;:()%]{3,80}?)\s+chiếm(?:\s+tỷ lệ)?\s*$",
    re.IGNORECASE,
)
_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
_NOT_NAMES = {"khác", "còn lại", "số còn lại"}


def find_named_part_shares(
    document: Document,
    extraction: Extraction,
    breakdowns: list[Breakdown],
    claims: list[PercentClaim],
) -> list[PercentClaim]:
    based = {id(claim.percent) for claim in claims if claim.base is not None}
    by_block = figures_by_block(extraction)
    found: list[PercentClaim] = []
    for breakdown in breakdowns:
        if breakdown.total.kind not in _MEASURES or len(breakdown.labels) != len(breakdown.parts):
            continue
        last = breakdown.parts[-1]
        for index in (last.block, last.block + 1):
            if index >= len(document.blocks):
                break
            text = document.blocks[index].text
            for share in by_block.get(index, []):
                if share.kind is not QuantityKind.PERCENT or id(share) in based:
                    continue
                if index == last.block and share.start < last.end:
                    continue
                part = _named_part(text, share, breakdown)
                if part is None or not ratio_or_one_typo(part, breakdown.total, share):
                    continue
                based.add(id(share))
                found.append(
                    PercentClaim("ratio", share, part, breakdown.total, base_source="named part")
                )
    return found


def _named_part(text: str, share: Quantity, breakdown: Breakdown) -> Quantity | None:
    """The one part whose label the words before "chiếm" hold, whole."""
    named = _NAMED_SHARE.search(text, max(0, share.start - 100), share.start)
    if named is None:
        return None
    words = f" {_words(named.group('name'))} "
    parts = [
        part
        for part, label in zip(breakdown.parts, breakdown.labels, strict=True)
        if _usable(label) and f" {_words(label)} " in words
    ]
    return parts[0] if len(parts) == 1 else None


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", lexicon.fold(text)))


def _usable(label: str) -> bool:
    words = _words(label)
    return len(words) >= 3 and words not in _NOT_NAMES
