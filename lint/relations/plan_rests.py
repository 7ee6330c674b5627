"""What remains of a plan: the plan = what was done + the rest.

A result stated as a share of a plan stated beside it is often followed by what remains::

    Kim ngạch xuất khẩu quý I đạt 1.245,6 triệu USD, đạt 24,0% kế hoạch năm (kế hoạch 5.200
    triệu USD); số còn lại phải thực hiện trong 9 tháng cuối năm là 3.954,4 triệu USD.

Read here from the percent claims whose plan base was found (:mod:`percent_bases`): the first
figure of the result's unit after the claim, in the same paragraph and sentence (a ``;`` does
not end it), when the clause between opens with what remains ("còn lại", "số còn lại", "còn phải",
"cần … thêm") and holds no other figure than a number of months.  Plan = result + rest, a breakdown.
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import Document
from lint.numbers.quantity import Quantity
from lint.relations.breakdowns import Breakdown
from lint.relations.percent_claims import PercentClaim

# the clause after the plan opens with what remains: "; số còn lại phải thực hiện … là", ", còn
# lại", "; để hoàn thành, cần thu thêm" (not "; vốn ODA còn lại": the rest of another figure)
_REST = re.compile(
    r"^[\s),;]*(?:để hoàn thành[^\d,;.]{0,40},?\s*)?(?:số\s+(?:[^\W\d]+\s+)?)?"
    r"(?:còn lại|còn phải|cần\s+(?:[^\W\d]+\s+){0,2}thêm)",
    re.IGNORECASE,
)
_MONTHS = re.compile(r"\b\d{1,2}\s+tháng\b")
_SENTENCE_END = lexicon.FULL_STOP


def find_plan_rests(
    document: Document, by_block: dict[int, list[Quantity]], claims: list[PercentClaim]
) -> list[Breakdown]:
    found: list[Breakdown] = []
    for claim in claims:
        if claim.kind != "ratio" or claim.base_source != "plan" or claim.base is None:
            continue
        value, plan = claim.value, claim.base
        if plan.block != value.block or claim.offset or value.value >= plan.value:
            continue
        text = document.blocks[value.block].text
        start = max(claim.percent.end, plan.end)
        rest = _rest_after(text, by_block.get(value.block, []), value, start)
        if rest is not None:
            found.append(Breakdown(plan, (value, rest), True, "còn lại", ("", "còn lại")))
    return found


def _rest_after(
    text: str, quantities: list[Quantity], value: Quantity, start: int
) -> Quantity | None:
    for quantity in quantities:
        if quantity.start < start:
            continue
        between = text[start : quantity.start]
        if _SENTENCE_END.search(between) or re.search(r"\d", _MONTHS.sub("", between)):
            return None
        if quantity.kind is not value.kind or quantity.unit != value.unit:
            continue
        if quantity.sign <= 0 or not _REST.match(between):
            return None
        return quantity
    return None
