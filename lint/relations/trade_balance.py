"""The trade balance: exports − imports = the surplus ("xuất siêu"), or the deficit ("nhập
siêu") = imports − exports.

Trade reports state the two values and their balance in one paragraph::

    Kim ngạch xuất khẩu ước đạt 3.456,8 triệu USD, tăng 15,3%; kim ngạch nhập khẩu đạt
    2.178,4 triệu USD, tăng 9,8%; xuất siêu 1.278,4 triệu USD.

Read here: an amount right after "xuất siêu" / "nhập siêu" (and a verb such as "ước đạt"), the
nearest amount of the same unit before it introduced by "xuất khẩu" (not "xuất nhập khẩu"), and
the nearest introduced by "nhập khẩu", both in the same paragraph and not changes ("tăng 300
triệu USD").  Exports = imports + surplus, or imports = exports + deficit: a breakdown.
"""

from __future__ import annotations

import re

from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, figures_by_block

_BALANCE = re.compile(
    r"(xuất siêu|nhập siêu)\s*(?:ước\s+)?(?:đạt|là|khoảng|ở mức)?\s*(?:khoảng\s+)?:?\s*$",
    re.IGNORECASE,
)
# the words before a value: "kim ngạch xuất khẩu ước đạt", "nhập khẩu hàng hóa đạt"
# (a year among the words: "kim ngạch xuất khẩu năm 2024 ước đạt")
_WORDS = r"(?:\s+(?:[^\W\d]+|(?:19|20)\d\d)){0,5}"
_EXPORTS = re.compile(rf"(?<!nhập )(?<!nhập, )xuất khẩu{_WORDS}\s*:?\s*$", re.IGNORECASE)
_IMPORTS = re.compile(
    rf"(?<!xuất )(?<!xuất, )(?<!xuất - )nhập khẩu{_WORDS}\s*:?\s*$", re.IGNORECASE
)
_CHANGE = re.compile(r"(?:tăng|giảm)(?:\s+thêm)?\s*$", re.IGNORECASE)
_LEAD = 60  # characters before a value searched for its words


def find_trade_balances(document: Document, extraction: Extraction) -> list[Breakdown]:
    found: list[Breakdown] = []
    for index, quantities in figures_by_block(extraction).items():
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL or "siêu" not in block.text:
            continue
        text = block.text
        for position, balance in enumerate(quantities):
            way = _BALANCE.search(text, max(0, balance.start - 40), balance.start)
            if way is None or not _amount(balance):
                continue
            earlier = quantities[:position]
            exports = _nearest(text, earlier, balance, _EXPORTS)
            imports = _nearest(text, earlier, balance, _IMPORTS)
            if exports is None or imports is None:
                continue
            if way.group(1).lower() == "xuất siêu":
                found.append(
                    Breakdown(
                        exports, (imports, balance), True, "xuất siêu", ("nhập khẩu", "xuất siêu")
                    )
                )
            else:
                found.append(
                    Breakdown(
                        imports, (exports, balance), True, "nhập siêu", ("xuất khẩu", "nhập siêu")
                    )
                )
    return found


def _amount(quantity: Quantity) -> bool:
    return quantity.kind is QuantityKind.AMOUNT and quantity.sign > 0 and quantity.value > 0


def _nearest(
    text: str, earlier: list[Quantity], balance: Quantity, words: re.Pattern[str]
) -> Quantity | None:
    """The last amount before the balance, of its unit, whose words are ``words``."""
    for quantity in reversed(earlier):
        if not _amount(quantity) or quantity.unit != balance.unit:
            continue
        lead = text[max(0, quantity.start - _LEAD) : quantity.start]
        if _CHANGE.search(lead):
            continue
        if words.search(lead):
            return quantity
    return None
