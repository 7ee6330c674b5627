"""What was saved, stated after the two amounts it is the difference of, and its rate.

Procurement and spending reports give a price, the price reached and what was saved::

    Tổng giá các gói thầu là 3.432.030 triệu đồng, tổng giá trúng thầu 3.306.429 triệu
    đồng, tiết kiệm 125.601 triệu đồng, tỷ lệ tiết kiệm 3,66%.

Read here: a figure right after "tiết kiệm" (or "tiết kiệm được", "giảm", a few words of how
between: "tiết kiệm qua đấu thầu") whose sentence holds,
before it, exactly two other figures of its measure, the first A larger than the second B, and
no percentage between them: A = B + C (S101, an exhaustive
:class:`~lint.relations.breakdowns.Breakdown`), read only when the figures agree or one
typo-shaped slip explains them.  A percentage right after it, as ", tỷ lệ tiết kiệm X%" or
"(X%)", is C ÷ A × 100 (P101).
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import Breakdown
from lint.relations.evidence import adds_up_or_one_typo
from lint.relations.marks import ends_before
from lint.relations.percent_claims import PercentClaim

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# ", tiết kiệm ", ", tiết kiệm qua đấu thầu " (a few words of how)
_SAVED = re.compile(
    r",\s*(?:tiết kiệm(?:\s+được)?|giảm giá)(?:\s+[^\W\d]+(?![^\W\d])){0,4}\s*:?\s*$",
    re.IGNORECASE,
)
# the saving's rate right after it: ", tỷ lệ tiết kiệm 3,66%", " (3,66%)"
_RATE_AFTER = re.compile(
    r"\s*(?:,\s*(?:tỷ|tỉ) lệ tiết kiệm(?:\s+là|\s+đạt)?\s*:?\s*|\(\s*(?:tỷ lệ\s+)?)", re.IGNORECASE
)
MARKER = "tiết kiệm"


def find_savings(document: Document, by_block: dict[int, list[Quantity]]) -> list[Breakdown]:
    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "tiết kiệm" not in block.text.lower():
            continue
        quantities = by_block.get(block.index, [])
        for index in range(len(quantities)):
            read = _saving(block.text, quantities, index)
            if read is not None:
                found.append(read)
    return found


def _saving(text: str, quantities: list[Quantity], index: int) -> Breakdown | None:
    saved = quantities[index]
    if saved.kind not in _MEASURES or saved.value <= 0:
        return None
    if not _SAVED.search(text, max(0, saved.start - 30), saved.start):
        return None
    stops = ends_before(lexicon.CLAUSE_END, text, saved.start)
    start = stops[-1] if stops else 0
    earlier = [q for q in quantities[:index] if q.start >= start]
    if any(q.kind is QuantityKind.PERCENT for q in earlier):
        return None
    same = [q for q in earlier if q.kind is saved.kind and q.unit == saved.unit]
    if len(same) != 2 or len(earlier) != 2:
        return None
    price, reached = same
    if price.value <= reached.value or not adds_up_or_one_typo(
        price, (reached, saved), exhaustive=True
    ):
        return None
    return Breakdown(price, (reached, saved), True, MARKER, ("giá đạt được", "tiết kiệm"))


def find_saving_rates(
    document: Document,
    by_block: dict[int, list[Quantity]],
    breakdowns: list[Breakdown],
    claims: list[PercentClaim],
) -> list[PercentClaim]:
    """The rate said right after a saving read above: saving ÷ price × 100."""
    based = {id(claim.percent) for claim in claims if claim.base is not None}
    found = []
    for breakdown in breakdowns:
        if breakdown.marker != MARKER:
            continue
        saved = breakdown.parts[1]
        text = document.blocks[saved.block].text
        later = [q for q in by_block.get(saved.block, []) if q.start >= saved.end]
        if not later or later[0].kind is not QuantityKind.PERCENT or id(later[0]) in based:
            continue
        if _RATE_AFTER.fullmatch(text, saved.end, later[0].start):
            found.append(
                PercentClaim("ratio", later[0], saved, breakdown.total, base_source="explicit")
            )
    return found
