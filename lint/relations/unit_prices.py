"""A count, the amount each one gets or costs, and their total, stated in one sentence.

Social-policy and budget reports give a support or a purchase as three figures::

    Tặng 2.180 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 1.090 triệu đồng.
    Hỗ trợ 120 hộ, mức hỗ trợ 2 triệu đồng/hộ, tổng kinh phí 240 triệu đồng.

Read here, in that order and nothing else between them: a count of something (``2.180 suất``,
described by up to sixteen words before "mỗi"; a house counted as "nhà" is priced per "căn");
right after it the amount for one, either an amount after ``mỗi`` and the counted noun
(``mỗi suất (trị giá) 500.000 đồng``) or an amount per that noun (``2 triệu đồng/hộ``); right
after that the total, an amount introduced by ``tổng`` (``tổng kinh phí``, ``tổng trị giá``,
``tổng số tiền``) or ``thành tiền``, or alone in parentheses (``mỗi suất 500.000 đồng (1.090
triệu đồng)``), or after ``số tiền`` or a colon (``mức 20 triệu đồng/hộ: 2.920 triệu
đồng``).  The total is then the count × the amount for one.  Also the product written out
(``3.215 suất x 300.000 đồng = 964,5 triệu đồng``, or in parentheses after the total:
``390,5 triệu đồng (27.500 liều × 14.200 đồng/liều)``) and the amount for one alone in
parentheses after the total (``352 suất quà với tổng trị giá 176 triệu đồng (500.000
đồng/suất)``).  An amount for one said as a norm (after "mức", "mỗi", "đơn giá", "định
mức", not an average or a bound: "mức hỗ trợ bình quân", "tối đa") or in a product written
out is exact: a support level is not a rounded figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import figures_by_block

# between the count and an amount per unit: a few words ("với mức", ", mức hỗ trợ")
_TO_RATE = re.compile(r"[^\d;.:()%]{0,80}")
# between the count and the amount after "mỗi": ", mỗi suất trị giá", "; mỗi hộ được hỗ trợ"
_EACH = re.compile(
    r"(?:\s*[^\W\d]+(?![^\W\d])){0,16}\s*,?\s*mỗi\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)\b[^\d;.:()%]{0,30}"
)
# between the amount for one and the total
# (", tổng kinh phí", ", thành tiền", ", số tiền", or a colon: "mức 20 triệu đồng/hộ: ")
_TO_TOTAL = re.compile(
    r"\s*[,;]?\s*(?:với\s+|có\s+)?(?:tổng(?:\s+cộng)?|thành tiền|số tiền)[^\d;.:()%]{0,25}"
    r"|\s*:\s*",
    re.IGNORECASE,
)


# the product written out: "3.215 suất x 300.000 đồng = 964,5 triệu đồng"
_TIMES = re.compile(r"\s*[x×*]\s*")
_EQUALS = re.compile(r"\s*=\s*")
# a few words naming what is counted, then the total: " quà Tết với tổng trị giá"
_WORDS_TO_TOTAL = re.compile(
    r"(?:\s*[^\W\d]+(?![^\W\d])){0,4}\s*[,;]?\s*(?:với\s+|có\s+)?(?:tổng(?:\s+cộng)?|thành tiền)"
    r"[^\d;.:()%]{0,25}",
    re.IGNORECASE,
)
# or the total alone in parentheses right after the amount: "mỗi suất 500.000 đồng (1.090
# triệu đồng)"
_IN_PARENTHESES = re.compile(r"\s*\(\s*")


@dataclass(frozen=True)
class UnitPriceTotal:
    """``count`` × ``price`` (the amount for one of them, in đồng) = ``total`` (in đồng)."""

    count: Quantity
    price: Quantity
    total: Quantity


def find_unit_price_totals(document: Document, extraction: Extraction) -> list[UnitPriceTotal]:
    found: list[UnitPriceTotal] = []
    for index, quantities in figures_by_block(extraction).items():
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL:
            continue
        text = block.text
        for position in range(len(quantities) - 1):
            count, second = quantities[position : position + 2]
            if not _a_count(count):
                continue
            if position and _multiplied_aside(text, quantities[position - 1], count, second):
                found.append(UnitPriceTotal(count, _norm(second), quantities[position - 1]))
                continue
            if position + 2 >= len(quantities):
                continue
            third = quantities[position + 2]
            if _amount(second) and _price_after_total(text, count, second, third):
                found.append(UnitPriceTotal(count, third, second))
                continue
            price, total = second, third
            if not _amount(total):
                continue
            if _multiplied(text, count, price, total):
                found.append(UnitPriceTotal(count, _norm(price), total))
                continue
            if not _for_one(text, count, price):
                continue
            if not (
                _TO_TOTAL.fullmatch(text, price.end, total.start)
                or (
                    _IN_PARENTHESES.fullmatch(text, price.end, total.start)
                    and text[total.end : total.end + 1] == ")"
                )
            ):
                continue
            said_as_norm = _NORM_BEFORE.search(text, max(0, price.start - 40), price.start)
            found.append(UnitPriceTotal(count, _norm(price) if said_as_norm else price, total))
    return found


# the amount for one said as a norm: "mức hỗ trợ 60 triệu đồng/nhà", "mỗi suất 500.000 đồng",
# "đơn giá 14.200 đồng/liều": exact, not rounded
_NORM_BEFORE = re.compile(
    r"\b(?:mức|mỗi|đơn giá|định mức)\b(?![^\d;.:()%]*\b(?:bình quân|trung bình|khoảng|ước|"
    r"gần|trên|dưới|tối đa|tối thiểu)\b)[^\d;.:()%]{0,30}$",
    re.IGNORECASE,
)


def _norm(price: Quantity) -> Quantity:
    """``price`` as the exact amount a norm or a written-out product states."""
    return replace(price, interval=Interval.exact(price.value))


def _multiplied(text: str, count: Quantity, price: Quantity, total: Quantity) -> bool:
    """``3.215 suất x 300.000 đồng = 964,5 triệu đồng``: the product written out."""
    if not _written_out_price(count, price):
        return False
    return bool(
        _TIMES.fullmatch(text, count.end, price.start)
        and _EQUALS.fullmatch(text, price.end, total.start)
    )


def _written_out_price(count: Quantity, price: Quantity) -> bool:
    """The second factor of a product written out: an amount, or đồng per the counted noun."""
    return _amount(price) or (
        price.kind is QuantityKind.RATE and price.unit == f"đồng/{count.unit or ''}"
    )


def _multiplied_aside(text: str, total: Quantity, count: Quantity, price: Quantity) -> bool:
    """``390,5 triệu đồng (27.500 liều × 14.200 đồng/liều)``: the total, then its product
    written out in parentheses."""
    if not _amount(total) or not _written_out_price(count, price):
        return False
    return bool(
        _IN_PARENTHESES.fullmatch(text, total.end, count.start)
        and _TIMES.fullmatch(text, count.end, price.start)
        and re.match(r"\s*\)", text[price.end :])
    )


def _price_after_total(text: str, count: Quantity, total: Quantity, price: Quantity) -> bool:
    """``tặng 352 suất quà với tổng trị giá 176 triệu đồng (500.000 đồng/suất)``: the amount
    for one alone in parentheses right after the total."""
    noun = count.unit or ""
    if price.kind is not QuantityKind.RATE or price.unit != f"đồng/{noun}":
        return False
    return bool(
        _WORDS_TO_TOTAL.fullmatch(text, count.end, total.start)
        and _IN_PARENTHESES.fullmatch(text, total.end, price.start)
        and text[price.end : price.end + 1] == ")"
    )


def _a_count(quantity: Quantity) -> bool:
    return (
        quantity.kind is QuantityKind.COUNT
        and quantity.unit is not None
        and quantity.sign > 0
        and quantity.value > 0
    )


def _amount(quantity: Quantity) -> bool:
    return quantity.kind is QuantityKind.AMOUNT and quantity.unit == "đồng" and quantity.sign > 0


def _for_one(text: str, count: Quantity, price: Quantity) -> bool:
    """``price`` is the amount for one of what ``count`` counts (a house counted as "nhà" and
    priced per "căn")."""
    noun = count.unit or ""
    if price.kind is QuantityKind.RATE and price.unit in {
        f"đồng/{alias}" for alias in _ALIASES.get(noun, (noun,))
    }:
        return _TO_RATE.fullmatch(text, count.end, price.start) is not None
    if not _amount(price):
        return False
    each = _EACH.fullmatch(text, count.end, price.start)
    if each is None:
        return False
    named = each.group("noun").lower().split()
    # "tặng quà 312 tân binh, mỗi suất 2 triệu đồng": one gift each for people or households
    return noun.split()[-1] in named or (
        named[0] in _SHARES_EACH and (noun in lexicon.PERSON_NOUNS or noun == "hộ")
    )


_SHARES_EACH = ("suất", "phần")
_ALIASES = {"nhà": ("nhà", "căn"), "căn": ("căn", "nhà")}
