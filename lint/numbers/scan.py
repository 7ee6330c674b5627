"""Find every figure in a document and tell quantities from things that only look like numbers.

A fast regular expression finds where a figure may start; the Lark grammar reads the phrase
there (:func:`lint.numbers.parse.parse_phrase`); the words before and after it decide whether
the phrase is a quantity or a date, a document code, a place or street name, a map scale, an
ordinal, a year or a period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from lint.document import Block, BlockKind, Document, Span
from lint.numbers.interval import Interval
from lint.numbers.parse import Magnitude, Phrase, parse_phrase
from lint.numbers.quantity import NonQuantity, Quantity, QuantityKind
from lint.numbers.units import NON_COUNT_WORDS, Unit, resolve

# A figure starts at a digit (or a sign before one) that is not glued to a word ("K73",
# "UP5", "huyện2") nor part of a code or date already read ("Covid-19", "/2020").
_START = re.compile(r"(?:(?<![\w.,/])[+-](?=\d)|(?<![\w.,/\-–])\d)")
_CORE = re.compile(r"\d+(?:[.,]\d+)*")
_WINDOW = 96

# Words right before a number that make it a name, a label or an ordinal, not a quantity.
_NAME_BEFORE = re.compile(
    r"(?:^|[^\w])(?:đường|quốc lộ|tỉnh lộ|ql|đt|khu phố|phường|quận|ấp|thôn|tổ|xóm|khu|"
    r"số nhà|đội|lô|thửa|tờ bản đồ số|công viên|quảng trường|trường thcs|trường thpt|"
    r"trường tiểu học|lễ|chợ phường|khu vực)\s*$"
)
_LABEL_BEFORE = re.compile(
    r"(?:^|[^\w])(?:số|biểu số|phụ lục|mục|điều|khoản|điểm|chương|phần|mẫu số|tiêu chí số|"
    r"mức độ|cấp độ|loại|hạng|đợt|kỳ|vòng|bậc|lớp|giai đoạn|nhóm|tuyến|"
    r"lần thứ|thứ|khóa|kỳ họp thứ|covid|sars-cov|ocop)\s*$"
)
_SCALE_BEFORE = re.compile(r"(?:^|[^\w])tỷ lệ\s*$")
_DATE_BEFORE = re.compile(r"(?:^|[^\w])(?:ngày|tháng|năm|quý|từ ngày|đến ngày|đêm)\s*$")
_YEAR_BEFORE = re.compile(r"(?:^|[^\w])(?:năm|niên vụ|vụ|tết|đến|từ|trước|sau|khóa)\s*$")
# Words numbering a stage or a part: the integer after them is a label even when a count noun
# follows ("giai đoạn 1 đợt 1", "Phần 2 con số"), unlike "tổng số 120 hộ".
_NUMBERED_BEFORE = re.compile(
    r"(?:^|[^\w])(?:giai đoạn|đợt|lần thứ|thứ|khóa|kỳ họp thứ|phần|mục|điều|khoản|chương|"
    r"phụ lục|biểu số|mẫu số)\s*$"
)
_CODE_BEFORE = re.compile(r"(?:^|[^\w])(?:[A-ZĐ]{2,}[A-Z\d]*)\s*$")
_PERIOD_AFTER = re.compile(r"\s*(?:tháng|năm|ngày|tuần|quý|giờ|phút|đêm)(?!\w)")
_COUNT_NOUN_AFTER = re.compile(r"\s*(?:sao)(?!\w)")


@dataclass(frozen=True)
class Placeholder:
    """A blank left in a draft: "Số:    /BC-UBND", "ngày    tháng 6 năm 2020"."""

    kind: str  # "document-number" | "day" | "month"
    text: str
    block: int
    start: int
    end: int
    span: Span


@dataclass
class Extraction:
    """Everything the scanner found in a document."""

    quantities: list[Quantity] = field(default_factory=list)
    non_quantities: list[NonQuantity] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)

    def in_block(self, block: int) -> list[Quantity]:
        return [q for q in self.quantities if q.block == block]


# Blanks of a draft: the number before "/BC-UBND", the day or month of the date line.
_PLACEHOLDERS = (
    ("document-number", re.compile(r"\bSố\s*:?\s*(?:[.…_]+\s*)?(?=/\s*[A-ZĐ]{2,}-)")),
    ("day", re.compile(r"\bngày\s*(?:[.…_]+\s*)?(?=tháng\b)")),
    ("month", re.compile(r"\btháng\s*(?:[.…_]+\s*)?(?=năm\b)")),
)


def extract(document: Document) -> Extraction:
    found = Extraction()
    data_cells = {
        cell.index
        for table in document.tables
        for row in table.rows[table.header_rows :]
        for cell in row[1:]
    }
    for block in document.blocks:
        scan_block(block, found, data_cell=block.index in data_cells)
        if block.kind is not BlockKind.TABLE_CELL and len(block.text) < 200:
            _placeholders(block, found)
    return found


# "6 tháng năm 2024", "tám tháng năm 2011": a count of months, not a blank month
_MONTH_COUNT = re.compile(
    r"(?:\d|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mấy|các|những))\s*$",
    re.IGNORECASE,
)


def _month_count(text: str, start: int) -> bool:
    """Whether "tháng" at ``start`` follows a count ("6 tháng năm 2024"), not a day."""
    before = text[max(0, start - 16) : start]
    return bool(_MONTH_COUNT.search(before)) and not re.search(r"\bngày\s*\d{1,2}\s*$", before)


def _placeholders(block: Block, found: Extraction) -> None:
    for kind, pattern in _PLACEHOLDERS:
        for match in pattern.finditer(block.text):
            start, end = match.start(), match.end()
            if kind == "month" and _month_count(block.text, start):
                continue
            found.placeholders.append(
                Placeholder(
                    kind, block.text[start:end], block.index, start, end, block.span(start, end)
                )
            )


def scan_block(block: Block, found: Extraction, data_cell: bool = False) -> None:
    """Find the figures of one block.  ``data_cell``: a table cell below the header rows and
    right of the label column, where a lone "2011" is a value, not a year."""
    text = block.text
    position = block.label_end
    if block.label_end:
        found.non_quantities.append(
            NonQuantity(
                "label",
                text[: block.label_end],
                block.index,
                0,
                block.label_end,
                block.span(0, block.label_end),
            )
        )
    while True:
        match = _START.search(text, position)
        if not match:
            return
        start = match.start()
        window = text[start : start + _WINDOW]
        phrase = parse_phrase(window, start)
        if phrase is None or phrase.end == 0:
            core = _CORE.match(text, start + (1 if text[start] in "+-" else 0))
            phrase = parse_phrase(core.group(0), start) if core else None
            if phrase is None:
                position = core.end() if core else start + 1
                continue
        end = start + phrase.end
        _classify(block, phrase, start, end, found, data_cell)
        position = max(end, start + 1)


def _classify(
    block: Block, phrase: Phrase, start: int, end: int, found: Extraction, data_cell: bool
) -> None:
    text = block.text
    before = text[max(0, start - 24) : start].lower()
    after = text[end : end + 12]

    def non(kind: str) -> None:
        stop = end
        if phrase.form not in ("code", "time") and phrase.magnitudes:
            # "tỷ lệ 1/500 khu dân cư", "Phường 1 tổ chức": the words after belong to the sentence
            stop = phrase.magnitudes[-1].numbers[-1].end  # numbers are placed in the block
        found.non_quantities.append(
            NonQuantity(kind, text[start:stop], block.index, start, stop, block.span(start, stop))
        )

    form = phrase.form
    if form in ("code", "time"):
        return non(form)
    values = [m.value for m in phrase.magnitudes]
    plain = all(not m.has_scale and len(m.components) == 1 for m in phrase.magnitudes)
    integers = plain and all(
        m.numbers[0].decimals == 0 and "grouped" not in m.numbers[0].flags
        for m in phrase.magnitudes
    )
    if form == "dashed":
        if integers and len(values) == 2 and all(1900 <= v <= 2100 for v in values):
            return non("period")
        if integers and len(values) == 3:
            return non("date")
        return non("range")
    if form == "slashed":
        if _SCALE_BEFORE.search(before):
            return non("scale")
        if _NAME_BEFORE.search(before):
            return non("name")
        if phrase.unit is None and integers and _date_like(values):
            return non("date")
        if len(values) == 3:
            return non("code")  # three slashed numbers are never a done/total pair
        if _LABEL_BEFORE.search(before) and phrase.unit is None:
            return non("label")
        return _pair(block, phrase, start, end, found)
    if form == "counted_pair":
        for index, magnitude in enumerate(phrase.magnitudes):
            noun = resolve(phrase.units[index], None, [])
            found.quantities.append(_quantity(block, magnitude, noun, start, end, phrase, None))
        return None
    # single figure: percent, permille or measure
    magnitude = phrase.magnitudes[0]
    bare = form == "measure" and phrase.unit is None and integers and phrase.sign is None
    if bare and data_cell and start == 0 and end >= len(text.rstrip()):
        bare = False  # the whole value of a table data cell: a figure even if it looks like a year
    if bare:
        value = values[0]
        if _NAME_BEFORE.search(before):
            return non("name")
        if 1900 <= value <= 2100 and len(magnitude.numbers[0].text) == 4:
            return non("year")
        if _LABEL_BEFORE.search(before):
            return non("ordinal" if "thứ" in before[-8:] else "label")
        if _CODE_BEFORE.search(text[max(0, start - 12) : start]) and after.startswith(":"):
            return non("code")
        if _DATE_BEFORE.search(before):
            return non("date")
        if 1900 <= value <= 2100 and len(magnitude.numbers[0].text) == 4:
            return non("year")
        if _PERIOD_AFTER.match(after.lower()):
            return non("period")
        if start > 0 and text[start - 1] == "(" and after.startswith(")"):
            return non("label")
    if (
        form == "measure"
        and phrase.unit is None
        and not bare
        and _PERIOD_AFTER.match(after.lower())
    ):
        return non("period")
    if form == "measure" and integers and phrase.sign is None and phrase.unit is not None:
        if _NAME_BEFORE.search(before):
            return non("name")  # "Phường 1 tổ chức …": the unit-like word belongs to the sentence
        if _NUMBERED_BEFORE.search(before):
            return non("label")  # "giai đoạn 1 đợt 1": a numbered stage, then a word
    unit: Unit | None
    if form == "percent":
        unit = Unit("%", Fraction(1), "percent", "%")
    elif form == "permille":
        unit = Unit("‰", Fraction(1), "permille", "‰")
    elif phrase.unit is not None:
        unit = resolve(phrase.unit.base, None, list(phrase.unit.per))
    else:
        unit = None
    found.quantities.append(_quantity(block, magnitude, unit, start, end, phrase, phrase.sign))
    return None


def _date_like(values: list[Fraction]) -> bool:
    if len(values) == 3:
        day, month, year = values
        return 1 <= day <= 31 and 1 <= month <= 12 and (1000 <= year <= 2999 or year < 100)
    first, second = values
    if 1 <= first <= 31 and 1 <= second <= 12:
        return True
    return 1 <= first <= 12 and 1900 <= second <= 2100


def _pair(block: Block, phrase: Phrase, start: int, end: int, found: Extraction) -> None:
    first, second = phrase.magnitudes[0], phrase.magnitudes[1]
    unit = resolve(phrase.unit.base, None, list(phrase.unit.per)) if phrase.unit else None
    if first.has_scale and not second.has_scale:
        # "48,6 tỷ/580 hộ vay": an amount and a count, not a done/total pair
        slash = block.text.index("/", first.numbers[-1].end)
        amount_end = len(block.text[:slash].rstrip())
        second_start = second.numbers[0].start
        found.quantities.append(
            _quantity(block, first, None, start, end, phrase, None, extent=(start, amount_end))
        )
        found.quantities.append(
            _quantity(block, second, unit, start, end, phrase, None, extent=(second_start, end))
        )
        return
    inherited = second.last_scale if second.has_scale and not first.has_scale else Fraction(1)
    done = _quantity(block, first, unit, start, end, phrase, phrase.sign, inherited)
    total = _quantity(block, second, unit, start, end, phrase, None)
    pair = Quantity(
        QuantityKind.PAIR,
        block.text[start:end],
        done.value,
        done.interval,
        done.unit,
        block.index,
        start,
        end,
        block.span(start, end),
        done.numbers + total.numbers,
        done.scale,
        done.unit_text,
        done.flags | total.flags,
        (done, total),
    )
    found.quantities.append(pair)


_KINDS = {
    "amount": QuantityKind.AMOUNT,
    "measure": QuantityKind.MEASURE,
    "rate": QuantityKind.RATE,
    "count": QuantityKind.COUNT,
    "percent": QuantityKind.PERCENT,
    "permille": QuantityKind.PERMILLE,
}


_ONE = Fraction(1)
_SCALED, _SIGNED = frozenset({"scaled"}), frozenset({"signed"})


@lru_cache(maxsize=1024)
def _half(ulp: Fraction) -> Fraction:
    return ulp / 2


def _times(value: Fraction, factor: Fraction) -> Fraction:
    """``value * factor``, skipping the (slow) Fraction product when the factor is 1."""
    return value if factor == 1 else value * factor


def _quantity(
    block: Block,
    magnitude: Magnitude,
    unit: Unit | None,
    start: int,
    end: int,
    phrase: Phrase,
    sign: str | None,
    inherited_scale: Fraction = Fraction(1),
    extent: tuple[int, int] | None = None,
) -> Quantity:
    factor = _times(unit.factor if unit else _ONE, inherited_scale)
    signum = -1 if sign == "-" else 1
    value = _times(magnitude.value, factor)
    if signum == -1:
        value = -value
    kind = _KINDS[unit.kind] if unit else QuantityKind.NUMBER
    numbers = magnitude.numbers
    integer_count = (
        numbers[-1].decimals == 0
        and not magnitude.has_scale
        and inherited_scale == 1
        and (kind is QuantityKind.COUNT or kind is QuantityKind.NUMBER)
        and (unit is None or unit.base not in NON_COUNT_WORDS)
    )
    if integer_count:
        interval = Interval(value, value)
    else:
        half = _half(_times(magnitude.ulp(), factor))
        interval = Interval(value - half, value + half)
    flags = (
        numbers[0].flags if len(numbers) == 1 else frozenset().union(*(n.flags for n in numbers))
    )
    if magnitude.has_scale:
        flags = flags | _SCALED
    if sign:
        flags = flags | _SIGNED
    q_start, q_end = start, end
    if extent is not None:
        q_start, q_end = extent
    elif phrase.form in ("counted_pair",) or (phrase.form == "slashed" and unit is None):
        q_start, q_end = numbers[0].start, numbers[-1].end
    return Quantity(
        kind,
        block.text[q_start:q_end],
        value,
        interval,
        unit.base if unit else None,
        block.index,
        q_start,
        q_end,
        block.span(q_start, q_end),
        numbers,
        _times(magnitude.last_scale, factor),
        unit.printed if unit else None,
        flags,
        (),
        signum,
    )
