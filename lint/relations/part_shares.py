"""The shares each part of a breakdown states of its total.

A breakdown read by :mod:`lint.relations.breakdowns` often gives every part its share::

    Giá trị sản xuất 1.245,6 tỷ đồng. Cơ cấu giá trị sản xuất gồm: nông nghiệp 312,4 tỷ đồng,
    chiếm 25,1%; công nghiệp - xây dựng 498,7 tỷ đồng, chiếm 40,0%; dịch vụ 434,5 tỷ đồng,
    chiếm 34,9%.
    Diện tích tự nhiên 45.678,92 ha, gồm: đất nông nghiệp 36.245,18 ha (chiếm 79,35%); …

A share may also come before its part, then a colon ("Ngân sách tỉnh hỗ trợ 60%: 285.542.400
đồng"), read as a share in parentheses is.  Each share is the part ÷ the total the breakdown found (``base_source="parts"``), read only
when the percentage follows its part with nothing but a comma or an opening parenthesis and
"chiếm" between them, and when the percentage has no base of its own yet.
"""

from __future__ import annotations

import bisect
import re

from lint import lexicon
from lint.document import Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, figures_by_block
from lint.relations.evidence import ratio_or_one_typo
from lint.relations.figures import key_of
from lint.relations.percent_claims import PercentClaim, share_fits

# between a part and its share: ", chiếm", " (chiếm", ", chiếm tỷ lệ" ("tỷ lệ" alone may be a
# rate of the part's own: "61 hộ (tỷ lệ 1,72%)")
_PART_THEN_SHARE = re.compile(
    rf"\s*[,(]\s*(?:{lexicon.SHARE_VERBS_RE})\s*(?:{lexicon.RATE_NOUNS_RE})?\s*(?:là\s*)?:?\s*",
    re.IGNORECASE,
)
# breakdowns whose parts are shares of the total (not a change and its values)
_SPLITS = frozenset(
    {
        *("gồm", "bao gồm", "trong đó", "cụ thể", "chia ra", "parenthesis", "phân theo"),
        *("chia theo", ":", "chi tiết", "như sau", "tổng cộng"),
    }
)
# a share alone in a parenthesis after its part: "sau đại học 624 người (26,6%)"; taken as the
# part's share of the total only when every part has one and all of them but one are that
# share (a lone "(85%)" after a part may be its rate of a plan); of two parts, one fitting and
# the other one slip of its percentage away
_BARE_SHARE = re.compile(r"\s*\(\s*")


def find_part_shares(
    document: Document,
    extraction: Extraction,
    breakdowns: list[Breakdown],
    claims: list[PercentClaim],
) -> list[PercentClaim]:
    """Ratio claims part ÷ total for the shares stated right after the parts of a breakdown."""
    based = {id(claim.percent) for claim in claims if claim.base is not None}
    by_block = figures_by_block(extraction)
    found: list[PercentClaim] = []
    # the total each figure is a part of: a sub-total's parts may state their shares of the
    # whole above it ("- Ngân sách địa phương: 70.320 …, trong đó: + Ngân sách tỉnh: 41.380
    # …, chiếm 27,8%" of 148.620)
    outer = {id(part): b.total for b in breakdowns if b.marker in _SPLITS for part in b.parts}
    for breakdown in breakdowns:
        if breakdown.total.kind not in _MEASURES or breakdown.marker not in _SPLITS:
            continue
        bare = _bare_shares(document, by_block, breakdown)
        for part in breakdown.parts:
            text = document.blocks[part.block].text
            share = _share_after(text, by_block.get(part.block, []), part) or bare.get(id(part))
            if share is None or id(share) in based:
                continue
            based.add(id(share))
            whole = _whole_it_fits(part, share, breakdown.total, outer)
            found.append(PercentClaim("ratio", share, part, whole, base_source="parts"))
    return found


def _whole_it_fits(
    part: Quantity, share: Quantity, total: Quantity, outer: dict[int, Quantity]
) -> Quantity:
    """``total``, unless the share does not fit it but fits a total ``total`` is itself a part
    of (two levels up at most)."""
    if share_fits(part, total, share):
        return total
    above = total
    for _ in range(2):
        next_up = outer.get(id(above))
        if next_up is None:
            break
        if share_fits(part, next_up, share):
            return next_up
        above = next_up
    return total


def _bare_shares(
    document: Document, by_block: dict[int, list[Quantity]], breakdown: Breakdown
) -> dict[int, Quantity]:
    """``id(part)`` → its share, when every part is followed by a share alone in a parenthesis
    and all of them but one (the slip) are the part's share of the total."""
    shares: dict[int, Quantity] = {}
    for part in breakdown.parts:
        share = _next_percentage(by_block.get(part.block, []), part)
        text = document.blocks[part.block].text
        if share is not None and _PART_THEN_SHARE.fullmatch(text, part.end, share.start):
            continue  # ", chiếm 44,8% tổng thu": a share said in words, read on its own
        before = _share_before(text, by_block.get(part.block, []), part)
        if before is not None:
            shares[id(part)] = before  # "Ngân sách tỉnh hỗ trợ 60%: 285.542.400 đồng"
            continue
        if share is None or not _BARE_SHARE.fullmatch(text, part.end, share.start):
            return {}
        if not text.startswith(")", share.end):
            return {}
        shares[id(part)] = share
    pairs = [(part, shares[id(part)]) for part in breakdown.parts if id(part) in shares]
    if len(pairs) == 1 and len(breakdown.parts) >= 2:
        # the one bare share beside shares said in words: taken when it fits exactly
        part, share = pairs[0]
        return shares if share_fits(part, breakdown.total, share) else {}
    # shares that make 100 say the parts are all of the total: then a part may be the slip
    all_of_it = len(pairs) == len(breakdown.parts) and sum(s.value for _, s in pairs) == 100
    return shares if shares_agree(breakdown.total, pairs, part_may_slip=all_of_it) else {}


def shares_agree(
    whole: Quantity, pairs: list[tuple[Quantity, Quantity]], part_may_slip: bool = False
) -> bool:
    """Two or more (part, share) pairs are shares of ``whole``: every share but one is the
    part's share of it, and of two, the other is one slip of its printed percentage away ("398
    người (92,2%); 43 người (9,8%)" of 441), or of its part when ``part_may_slip``."""
    fits = [share_fits(part, whole, share) for part, share in pairs]
    fitting = sum(fits)
    if len(pairs) < 2 or fitting < len(pairs) - 1:
        return False
    if fitting >= 2:
        return True
    part, share = pairs[fits.index(False)]
    slips = None if part_may_slip else frozenset({key_of(share)})
    return ratio_or_one_typo(part, whole, share, slips, min_digits=3)


_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)


def _share_after(text: str, quantities: list[Quantity], part: Quantity) -> Quantity | None:
    """The percentage right after ``part``: ", chiếm 25,1%", " (chiếm 79,35%)"."""
    share = _next_percentage(quantities, part)
    if share is None or not _PART_THEN_SHARE.fullmatch(text, part.end, share.start):
        return None
    if not _SHARE_ENDS.match(text, share.end):
        return None  # "chiếm tỷ lệ 58,99% (trong tổng số 356 hồ sơ …)": a base of its own
    return share


# a part's share named before it, then a colon: "Ngân sách tỉnh hỗ trợ 60%: 285.542.400 đồng"
_SHARE_THEN_PART = re.compile(r"\s*:\s*")


def _share_before(text: str, quantities: list[Quantity], part: Quantity) -> Quantity | None:
    """The percentage right before ``part``, a colon between them, words before it."""
    at = bisect.bisect_left(quantities, part.start, key=lambda q: q.start)
    if at == 0 or at >= len(quantities) or quantities[at] is not part:
        return None
    share = quantities[at - 1]
    if share.kind is not QuantityKind.PERCENT or share.sign < 0 or not 0 < share.value < 100:
        return None
    if not _SHARE_THEN_PART.fullmatch(text, share.end, part.start):
        return None
    if at >= 2 and quantities[at - 2].end > share.start - 40:
        return None  # another figure right before: whose share is it?
    return share


def _next_percentage(quantities: list[Quantity], part: Quantity) -> Quantity | None:
    """The figure right after ``part`` in its block, when it is a percentage not below 0."""
    at = bisect.bisect_left(quantities, part.start, key=lambda q: q.start)
    if at + 1 >= len(quantities) or quantities[at] is not part:
        return None
    share = quantities[at + 1]
    if share.kind is not QuantityKind.PERCENT or share.sign < 0:
        return None
    return share


# nothing after the share but the end of its part
_SHARE_ENDS = re.compile(r"[\s*_]*(?:[);,.]|$)")
