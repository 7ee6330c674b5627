"""A rate whose base is the figure stated in the clause or the sentence before it.

Reports state a whole, then in the next clause what was done of it and the rate, leaving the
reader to see that the rate is of that whole::

    Khối lượng chất thải phát sinh khoảng 126,4 tấn/ngày; khối lượng được thu gom, xử lý 112,8
    tấn/ngày, đạt 89,24%.
    Thụ lý giải quyết 101 vụ/156 bị can. Đã truy tố 98 vụ/152 bị can, đạt 97,03%.

    Kiểm tra 1.245 tổ chức, cá nhân; phát hiện 312 tổ chức, cá nhân vi phạm, chiếm 25,1% số
    đối tượng được kiểm tra.

Read here: a percentage with a decimal, below 100, after ", đạt" or ", chiếm" (or "đạt tỷ lệ")
right after a figure V and a few words, that no other reading has a base for and that ends its
clause (the words naming its base may follow it); the base is a figure of V's measure before V,
in V's sentence or the one before it (not in parentheses, not a change, not a part stated with
its own rate), the only one V ÷ it × 100 gives the rate for, or else the only one a typo-shaped slip
of one figure explains.  An integer rate ("đạt 90%") is often of an unstated plan and gives too
little evidence to be read this way.
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import partners
from lint.relations.evidence import ratio_or_one_typo
from lint.relations.marks import ends_before, inside_parentheses
from lint.relations.percent_claims import PercentClaim, same_measure, share_fits

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.RATE)
_RATE_LEAD = re.compile(
    r"^(?:\s*,?\s*[^\W\d]+(?![^\W\d])){0,5}\s*,\s*(?:đạt(?:\s+tỷ lệ)?|chiếm(?:\s+tỷ lệ)?)\s*$",
    re.IGNORECASE,
)
_OWN_RATE = re.compile(
    r"(?:\s*[^\W\d]+(?![^\W\d])){0,4}\s*[,(]\s*(?:đạt|chiếm|bằng)?(?:\s+tỷ lệ)?\s*\d+(?:,\d+)?\s*%",
    re.IGNORECASE,
)
# the clause's end after the rate, or the list that splits the value: ", gồm:", ", trong đó"
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$|,\s*(?:gồm|bao gồm|trong đó|cụ thể)\b)", re.IGNORECASE)
# a share ends its clause after the words naming its whole ("… số đối tượng được kiểm tra.")
_NAMED_BASE_ENDS = re.compile(r"(?:\s+[^\W\d]+){1,8}\s*(?:[.;]|$)")
_SHARE_LEAD = re.compile(r"chiếm(?:\s+tỷ lệ)?\s*$", re.IGNORECASE)
_PLAN_WORDS = re.compile(rf"{lexicon.PLAN_WORDS_RE}|cùng kỳ|năm trước|dân số", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)


def find_clause_bases(
    document: Document, by_block: dict[int, list[Quantity]], claims: list[PercentClaim]
) -> list[PercentClaim]:
    based = {id(claim.percent) for claim in claims if claim.base is not None}
    found: list[PercentClaim] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or not ("đạt" in block.text or "chiếm" in block.text):
            continue
        text = block.text
        quantities = by_block.get(block.index, [])
        for index in range(1, len(quantities)):
            percent, value = quantities[index], quantities[index - 1]
            if percent.kind is not QuantityKind.PERCENT or id(percent) in based:
                continue
            if not 0 < percent.value < 100 or not percent.numbers[0].decimals:
                continue
            if value.kind is QuantityKind.PAIR and value.parts:
                value = value.parts[0]  # "98/152 hồ sơ": the done figure
            if _pair_then_rate(text, quantities, index):
                value = quantities[index - 2]  # "98 vụ/152 bị can, đạt": the cases
            elif value.kind not in _MEASURES or not _RATE_LEAD.match(
                text[value.end : percent.start]
            ):
                continue
            # "đạt X%" ends its clause (words after it name another base: "kế hoạch"); "chiếm
            # X%" names its base after it ("số đối tượng được kiểm tra"): bare, whose share
            # it is is not said
            share = _SHARE_LEAD.search(text, value.end, percent.start) is not None
            ending = (_NAMED_BASE_ENDS if share else _CLAUSE_ENDS).match(text, percent.end)
            if ending is None or (share and _PLAN_WORDS.search(ending.group(0))):
                continue
            base = _base(text, quantities[: index - 1], value, percent, nearest=share)
            if base is not None:
                found.append(PercentClaim("ratio", percent, value, base, base_source="clause"))
    return found


def _pair_then_rate(text: str, quantities: list[Quantity], index: int) -> bool:
    """``98 vụ/152 bị can, đạt 97,03%``: two counts of one set of cases before the rate."""
    if index < 2:
        return False
    first, second = quantities[index - 2], quantities[index - 1]
    return (
        partners(text, first, second)
        and _RATE_LEAD.match(text[second.end : quantities[index].start]) is not None
    )


def _base(
    text: str, earlier: list[Quantity], value: Quantity, percent: Quantity, nearest: bool = False
) -> Quantity | None:
    """The one base the rate fits (or a slip explains); ``nearest``: a share's whole is the
    nearest figure of its measure before it, no sibling part between them."""
    stops = ends_before(lexicon.FULL_STOP, text, value.start)
    start = stops[-2] if len(stops) > 1 else 0
    candidates = [
        q
        for q in earlier
        if start <= q.start < value.start
        and q is not value
        and same_measure(value, q)
        and q.value > value.value
        and not _CHANGE_BEFORE.search(text, max(0, q.start - 20), q.start)
        and not inside_parentheses(text, q.start)
        and not _OWN_RATE.match(text, q.end)  # "1.206 mẫu đạt, chiếm 96,63%": a part itself
    ]
    if nearest:
        between = [q for q in earlier if q.start >= start and same_measure(value, q)]
        if not candidates or between[-1] is not candidates[-1]:
            return None
        candidates = candidates[-1:]
    fitting = [q for q in candidates if share_fits(value, q, percent)]
    if fitting:
        return fitting[0] if len(fitting) == 1 else None
    slipped = [q for q in candidates if ratio_or_one_typo(value, q, percent, min_digits=3)]
    return slipped[0] if len(slipped) == 1 else None
