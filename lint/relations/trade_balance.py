"""The trade balance: exports − imports = the surplus ("xuất siêu"), or the deficit ("nhập
siêu") = imports − exports.

Trade reports state the two values and their balance in one paragraph::

    Kim ngạch xuất khẩu ước đạt 3.456,8 triệu USD, tăng 15,3%; kim ngạch nhập khẩu đạt
    2.178,4 triệu USD, tăng 9,8%; xuất siêu 1.278,4 triệu USD.

Read here: an amount right after "xuất siêu" / "nhập siêu" (and a verb such as "ước đạt"), the
nearest amount of the same unit before it introduced by "xuất khẩu" (not "xuất nhập khẩu"), and
the nearest introduced by "nhập khẩu", both in the same paragraph and not changes ("tăng 300
triệu USD").  Exports = imports + surplus, or imports = exports + deficit: a breakdown.

A budget's balance is read the same way: "Tổng thu ngân sách xã 9 tháng là 6.842,6 triệu
đồng; tổng chi là 5.927,8 triệu đồng; kết dư ngân sách … là 914,8 triệu đồng" (revenue =
spending + the balance, "kết dư" / "bội thu"; spending = revenue + the deficit, "bội chi").
A fund's or an event's account reads alike: "Tổng thu 520.050.000 đồng, tổng chi 452.300.000
đồng; số kinh phí còn dư là 67.750.000 đồng" ("còn dư", "dư quỹ", "tồn quỹ" for the balance).
A budget names several revenues and spendings (on the area, the locality's share, the plan),
so that reading is taken only on the figures' evidence: they add up, or one typo-shaped slip
explains them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, change_sum, figures_by_block

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
# a budget's balance and the revenue and spending before it
_BUDGET_BALANCE = re.compile(
    r"(kết dư|bội thu|bội chi|còn dư|dư quỹ|tồn quỹ)(?:\s+[^\W\d]+){0,8}?\s*"
    r"(?:\d{1,2}/\d{1,2}/\d{4}\s*)?"
    r"(?:là|đạt|ước|khoảng|:)?\s*(?:khoảng\s+)?:?\s*$",
    re.IGNORECASE,
)
# (the period among the words: "Tổng thu ngân sách xã 9 tháng là")
_BUDGET_WORDS = r"(?:\s+(?:[^\W\d]+|(?:19|20)\d\d|\d{1,2}(?=\s+tháng\b))){0,8}"
_REVENUE = re.compile(
    rf"\b(?:tổng\s+)?thu(?!\s+hồi){_BUDGET_WORDS}\s*(?:là|đạt|ước)?\s*:?\s*$", re.IGNORECASE
)
_SPENDING = re.compile(
    rf"\b(?:tổng\s+)?chi{_BUDGET_WORDS}\s*(?:là|đạt|ước)?\s*:?\s*$", re.IGNORECASE
)
_LEAD = 60  # characters before a value searched for its words


@dataclass(frozen=True)
class _Balance:
    """One kind of balance: its words, the words of what flows in and out, and the word of
    the balance that is outflow − inflow (a deficit)."""

    present: str  # a word any paragraph stating it holds (a quick filter)
    cue: re.Pattern[str]  # the words before the balance; group 1 names it
    inflow: re.Pattern[str]
    outflow: re.Pattern[str]
    deficit: str
    labels: tuple[str, str]  # the inflow's and the outflow's names
    on_evidence: bool  # read only when the figures add up or one slip explains them


_KINDS = (
    _Balance("siêu", _BALANCE, _EXPORTS, _IMPORTS, "nhập siêu", ("xuất khẩu", "nhập khẩu"), False),
    _Balance(
        "kết dư|bội|còn dư|dư quỹ|tồn quỹ",
        _BUDGET_BALANCE,
        _REVENUE,
        _SPENDING,
        "bội chi",
        ("thu", "chi"),
        True,
    ),
)


def find_trade_balances(document: Document, extraction: Extraction) -> list[Breakdown]:
    from lint.relations.evidence import adds_up_or_one_typo

    found: list[Breakdown] = []
    for kind in _KINDS:
        for index, quantities in figures_by_block(extraction).items():
            block = document.blocks[index]
            text = block.text
            if block.kind is BlockKind.TABLE_CELL or not re.search(kind.present, text, re.I):
                continue
            for position, balance in enumerate(quantities):
                way = kind.cue.search(text, max(0, balance.start - 80), balance.start)
                if way is None or not _amount(balance):
                    continue
                earlier = quantities[:position]
                inflow = _nearest(text, earlier, balance, kind.inflow)
                outflow = _nearest(text, earlier, balance, kind.outflow)
                if inflow is None or outflow is None or inflow is outflow:
                    continue
                word = way.group(1).lower()
                # inflow = outflow + surplus; outflow = inflow + deficit
                up = word != kind.deficit
                whole, parts = change_sum(inflow, outflow, balance, up)
                labels = (kind.labels[1] if up else kind.labels[0], word)
                if kind.on_evidence and not adds_up_or_one_typo(whole, parts, exhaustive=True):
                    continue
                found.append(Breakdown(whole, parts, True, word, labels))
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
