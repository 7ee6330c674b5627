"""What a printed percentage claims about the figures around it (:class:`PercentClaim`), and
the tests of measure every percent reader shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.numbers.quantity import Quantity, QuantityKind

# a growth verb right before a figure: "tăng 45", "giảm thêm 12"
GROWTH_WORD_BEFORE = re.compile(rf"({lexicon.GROWTH_VERBS_RE})\s*(?:thêm\s*)?$", re.IGNORECASE)


def growth_word_before(text: str, quantity: Quantity) -> re.Match[str] | None:
    """The growth word right before ``quantity`` ("tăng 668 tỷ đồng", "giảm thêm 3 hộ"): it
    is then a change, not a value; ``group(1)`` is the word."""
    return GROWTH_WORD_BEFORE.search(text[max(0, quantity.start - 12) : quantity.start])


# a share written bare in parentheses right after a part: "nam 1.200 người (51,3%)"
BARE_SHARE = "trong đó (bare)"


@dataclass(frozen=True)
class PercentClaim:
    kind: str  # ratio | change | plan | index | growth
    percent: Quantity
    value: Quantity
    base: Quantity | None = None  # ratio: the denominator
    change: Quantity | None = None  # change: the stated absolute change
    direction: int = 1  # +1 tăng, -1 giảm (change, growth)
    comparison: str = ""  # kế hoạch | cùng kỳ | đầu năm | …
    base_source: str = ""  # ratio: pair | explicit | named | trong đó | plan; growth: previous
    offset: int = 0  # ratio: "vượt X% kế hoạch" states value ÷ base × 100 − 100 (offset 100)
    # times: "tăng N lần" is written for ×N and for ×(N + 1) (offset 1: value ÷ base in [N, N+1])


def share_fits(value: Quantity, base: Quantity, percent: Quantity) -> bool:
    """``value`` ÷ ``base`` × 100 can be printed as ``percent`` (a base that may be 0, "0/120
    hồ sơ", is none)."""
    from lint.arithmetic import percent_interval, ratio_percent

    stated = percent_interval(percent.value, percent.numbers[0].decimals)
    return base.interval.low > 0 and ratio_percent(value.interval, base.interval).intersects(stated)


def single(quantity: Quantity) -> Quantity:
    if quantity.kind is QuantityKind.PAIR and quantity.parts:
        return quantity.parts[0]
    return quantity


def both_people(a: Quantity, b: Quantity) -> bool:
    """Counts of people both ("2.846 học sinh … trong tổng số 2.851 trẻ")."""
    b = single(b)
    return (
        a.kind is QuantityKind.COUNT
        and b.kind is QuantityKind.COUNT
        and a.unit in lexicon.PERSON_NOUNS
        and b.unit in lexicon.PERSON_NOUNS
    )


# the periods a value can be stated per while its change or last year's value is not
_PER_PERIOD = ("/năm", "/tháng", "/người/năm", "/người/tháng")


def per_period_of(value: Quantity, other: Quantity) -> bool:
    """``value`` is stated per period ("28,6 triệu đồng/năm") and ``other`` in its unit without
    the period ("tăng 2,4 triệu đồng", "(năm 2023: 26,2 triệu đồng)"): the same yearly figure."""
    other = single(other)
    if value.kind is not QuantityKind.RATE:
        return False
    if other.kind not in (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE):
        return False
    unit = other.unit
    return bool(unit) and any(value.unit == f"{unit}{period}" for period in _PER_PERIOD)


def same_measure(a: Quantity, b: Quantity) -> bool:
    b = single(b)
    return a.kind is b.kind and a.unit == b.unit


# a figure followed by its own share: "1.368 trường hợp, chiếm 20,0%", "490 vụ (chiếm 20%)"
_OWN_SHARE = re.compile(r"\s*,?\s*\(?\s*chiếm\s+(?:tỷ lệ\s+)?\d", re.IGNORECASE)


def has_own_share(text: str, quantity: Quantity) -> bool:
    """``quantity`` is followed by its own share ("1.368 trường hợp, chiếm 20,0%"): a part of
    some whole, so not the whole of another share beside it ("…; vi phạm tốc độ 912 trường
    hợp, chiếm 13,3% tổng số trường hợp vi phạm")."""
    return _OWN_SHARE.match(text, quantity.end) is not None
