"""Last period's value and the change from it, said aside after a figure.

Reports give a figure, then in parentheses what it was a period before and how much it rose
or fell::

    Thu phí, lệ phí đạt 152,3 triệu đồng (cùng kỳ đạt 141,0 triệu đồng, tăng 11,3 triệu đồng).
    Tỷ lệ hộ gia đình văn hóa đạt 91,20% (năm 2023 đạt 89,66%, tăng 1,54 điểm phần trăm).
    Doanh thu đạt 48,6 tỷ đồng (năm trước 40,5 tỷ đồng), tăng 20,0%.
    Giá trị giao dịch đạt 186.450 tỷ đồng, tăng 24,6% (năm 2024: 149.640 tỷ đồng).

Read here: a figure V, a parenthesis right after it that opens with an earlier period
(``cùng kỳ``, ``năm trước``, ``đầu năm``, ``năm 2023``, ``năm học 2022 - 2023``, after
``so với`` or not, then ``đạt`` / ``là`` / ``:`` or nothing) and gives one figure B of V's kind
and unit, then ``tăng`` / ``giảm`` and the change C, inside the parenthesis or right after it
closes, ending its clause.  C of V's unit (or in percentage points between two rates) is a
difference, V = B ± C (an exhaustive :class:`Breakdown`, S101); C in "%" of an amount, count
or measure is a growth of V over B (a ``growth`` claim with its base, P105).  A growth in "%"
right after V may also come first, last period's value in the parenthesis after it.  A change in "%"
between two rates is not read (points or relative: reports write both).
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import Breakdown, change_sum
from lint.relations.percent_claims import PercentClaim

_VALUES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.PERCENT)
_YEAR = r"(?:19|20)\d\d"
# the earlier period opening the parenthesis: "(cùng kỳ đạt ", "(năm 2023: ", "(so với đầu
# năm là ", "(năm học 2022 - 2023 có "
_PERIOD_OPENS = re.compile(
    r"\s*\(\s*(?:so với\s+)?(?P<period>"
    rf"(?:{lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE})(?:\s+năm)?(?:\s+{_YEAR})?"
    rf"|(?:cùng kỳ\s+)?năm(?:\s+học)?\s+{_YEAR}(?:\s*-\s*{_YEAR})?)"
    r"\s*(?:(?:đạt|là|có|chỉ có|được)\s+|:\s*)?$",
    re.IGNORECASE,
)
# between last period's value and the change: inside the parenthesis (", tăng ") or after it
# closes ("), tăng ")
_TO_CHANGE = re.compile(
    r"\s*(?P<closed>\)\s*)?[,;]\s*(?:(?:như vậy|tương ứng)\s+)?(?P<way>tăng|giảm)(?:\s+thêm)?\s+$",
    re.IGNORECASE,
)
_POINTS = re.compile(rf"\s*{lexicon.PERCENTAGE_POINTS_RE}", re.IGNORECASE)
# after the change: the parenthesis closing, or the clause ending (when it closed before)
_CLOSES = re.compile(r"\s*\)")
_CLAUSE_ENDS = re.compile(
    rf"\s*(?:so với\s+(?:{lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE})"
    rf"(?:\s+năm)?(?:\s+{_YEAR})?\s*)?(?:[,;.]|$)",
    re.IGNORECASE,
)


def _reading(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, Quantity, Quantity, bool] | None:
    """V, B, C and whether C goes up, for V at ``index``; None when the shape is not there."""
    if index + 2 >= len(quantities):
        return None
    value, base, change = quantities[index : index + 3]
    if value.kind not in _VALUES or value.sign < 0 or base.sign < 0 or change.sign < 0:
        return None
    if not _PERIOD_OPENS.match(text[value.end : base.start]):
        return None
    between = _TO_CHANGE.fullmatch(text, base.end, change.start)
    if between is None:
        return None
    after = change.end
    points = _POINTS.match(text, after)
    if points is not None:
        after = points.end()
    if between.group("closed"):
        if not _CLAUSE_ENDS.match(text, after):
            return None
    elif not _CLOSES.match(text, after):
        return None
    if base.kind is not value.kind or base.unit != value.unit:
        return None
    if value.kind is QuantityKind.PERCENT:
        # two rates: a change in percentage points only
        if points is None or change.kind not in (QuantityKind.NUMBER, QuantityKind.PERCENT):
            return None
    elif change.kind is QuantityKind.PERCENT:
        if points is not None:
            return None
    elif change.kind is not value.kind or change.unit != value.unit:
        return None
    return value, base, change, between.group("way").lower() == "tăng"


def find_aside_changes(document: Document, by_block: dict[int, list[Quantity]]) -> list[Breakdown]:
    """Differences ``V (kỳ trước B, tăng C)`` as exhaustive breakdowns: V = B + C (tăng) or
    B = V + C (giảm)."""
    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "(" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        for index in range(len(quantities) - 2):
            read = _reading(block.text, quantities, index)
            if read is None:
                continue
            value, base, change, up = read
            if change.kind is QuantityKind.PERCENT and value.kind is not QuantityKind.PERCENT:
                continue  # a growth: see find_aside_growths
            total, parts = change_sum(value, base, change, up)
            way = "tăng" if up else "giảm"
            found.append(Breakdown(total, parts, True, way, ("kỳ trước", "chênh lệch")))
    return found


# "V, tăng X% (năm 2024: B)": a growth, then last period's value in parentheses
_GROWTH_BEFORE = re.compile(r"\s*,\s*(?P<way>tăng|giảm)\s+", re.IGNORECASE)


def _growth_then_base(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, Quantity, Quantity, bool] | None:
    """``V, tăng X% (năm 2024: B)``: V, B, X and whether it goes up, for X at ``index``."""
    if not 1 <= index < len(quantities) - 1:
        return None
    value, change, base = quantities[index - 1 : index + 2]
    if change.kind is not QuantityKind.PERCENT or value.kind is QuantityKind.PERCENT:
        return None
    if value.kind not in _VALUES or value.sign < 0 or base.sign < 0 or change.sign < 0:
        return None
    way = _GROWTH_BEFORE.fullmatch(text, value.end, change.start)
    if way is None or not _PERIOD_OPENS.match(text[change.end : base.start]):
        return None
    if not _CLOSES.match(text, base.end) or base.kind is not value.kind or base.unit != value.unit:
        return None
    return value, base, change, way.group("way").lower() == "tăng"


def find_aside_growths(
    document: Document, by_block: dict[int, list[Quantity]]
) -> list[PercentClaim]:
    """Growths ``V (kỳ trước B), tăng X%`` and ``V, tăng X% (kỳ trước B)`` of an amount,
    count or measure, with their base."""
    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "(" not in block.text or "%" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        for index in range(len(quantities)):
            read = _reading(block.text, quantities, index) or _growth_then_base(
                block.text, quantities, index
            )
            if read is None:
                continue
            value, base, change, up = read
            if change.kind is not QuantityKind.PERCENT or value.kind is QuantityKind.PERCENT:
                continue
            direction = 1 if up else -1
            found.append(
                PercentClaim("growth", change, value, base, None, direction, "kỳ trước", "previous")
            )
    return found
