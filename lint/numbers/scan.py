"""Find every figure in a document and tell quantities from things that only look like numbers.

A fast regular expression finds where a figure may start; the Lark grammar reads the phrase
there (:func:`lint.numbers.parse.parse_phrase`); the words before and after it decide whether
the phrase is a quantity or a date, a document code, a place or street name, a map scale, an
ordinal, a year or a period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lint import lexicon
from lint.document import Block, BlockKind, Document, Span
from lint.numbers.column_numbers import find_column_numbers
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.parse import Magnitude, Phrase, names_unit, parse_phrase, unit_phrase
from lint.numbers.quantity import NonQuantity, NumberLiteral, Quantity, QuantityKind
from lint.numbers.units import NON_COUNT_WORDS, WORD_COUNT_NOUNS, Unit, resolve

# A figure starts at a digit (or a sign before one) that is not glued to a word ("K73",
# "UP5", "huyện2") nor part of a code or date already read ("Covid-19", "/2020").  A comma
# glued to the word before it still separates a list ("5 đại học,16 thạc sĩ"): only a comma
# after a digit is a decimal comma.
_START = re.compile(r"(?:(?<![\w.,/])[+-](?=\d)|(?<![\w.,/\-–])\d|(?<=[^\W\d_]{2},)\d)")
_CORE = re.compile(r"\d+(?:[.,]\d+)*")
_WINDOW = 96

# Words right before a number that make it a name, a label or an ordinal, not a quantity
# ("thôn 3" is a hamlet, "nông thôn 14 vụ" the countryside's count, "Đội 3" a team, "quân đội
# 420 lượt" the army's count).
_NAME_BEFORE = re.compile(
    r"(?:^|[^\w])(?:đường|quốc lộ|tỉnh lộ|ql|đt|khu phố|phường|quận|ấp|(?<!nông )thôn|tổ|xóm|khu|"
    r"số nhà|(?<!quân )đội|lô|thửa|tờ bản đồ số|công viên|quảng trường|trường thcs|trường thpt|"
    r"trường tiểu học|lễ|chợ phường|khu vực)\s*$"
)
_LABEL_BEFORE = re.compile(
    r"(?:^|[^\w])(?:số|biểu số|phụ lục|mục|điều|khoản|(?<!dứt )điểm|chương|(?<!cổ )(?<!một )phần|mẫu số|tiêu chí số|"
    r"mức độ|cấp độ|loại|hạng|đợt|kỳ|vòng|bậc|lớp|giai đoạn|nhóm|tuyến|"
    r"lần thứ|thứ|khóa|kỳ họp thứ|covid|sars-cov|ocop)\s*$"
)
_SCALE_BEFORE = re.compile(rf"(?:^|[^\w])(?:{lexicon.RATE_NOUNS_RE})\s*$")
_DATE_BEFORE = re.compile(r"(?:^|[^\w])(?:ngày|tháng|năm|quý|từ ngày|đến ngày|đêm)\s*$")
_YEAR_NAMED_BEFORE = re.compile(r"(?:^|[^\w])năm\s*$")
_YEAR_BEFORE = re.compile(r"(?:^|[^\w])(?:năm|niên vụ|vụ|tết|đến|từ|trước|sau|khóa)\s*$")
# Words numbering a stage or a part: the integer after them is a label even when a count noun
# follows ("giai đoạn 1 đợt 1", "Phần 2 con số"), unlike "tổng số 120 hộ".
_NUMBERED_BEFORE = re.compile(
    r"(?:^|[^\w])(?:giai đoạn|đợt|lần thứ|thứ|khóa|kỳ họp thứ|(?<!cổ )(?<!một )phần|mục|điều|khoản|chương|"
    r"phụ lục|biểu số|mẫu số)\s*$"
)
# Words naming a part of a document: the dotted number after them is its section or appendix
# number ("biểu số 2.3", "Phụ lục 1.2", "tiểu mục 1.1.2", "khoản 3.2"), not a dot decimal.
_REFERENCE_BEFORE = re.compile(
    r"(?:^|[^\w])(?:biểu số|biểu mẫu số|biểu|bảng số|bảng|phụ lục số|phụ lục|mẫu số|mẫu|"
    r"tiểu mục|mục|tiết|(?<!dứt )điểm|khoản|điều|chương|(?<!cổ )(?<!một )phần|hình|sơ đồ|tiêu chí số|tiêu chí|"
    r"chỉ tiêu số)\s*$"
)
_DOTTED_LABEL = re.compile(r"\d{1,2}(?:\.\d{1,2})+(?!\d|,\d)")
# a dotted label after another one of a reference: "tiêu chí 2.2 và 2.3", "mục 1.1, 1.2"
_ANOTHER_LABEL_BEFORE = re.compile(
    _REFERENCE_BEFORE.pattern.removesuffix(r"\s*$")
    + r"\s*\d{1,2}(?:\.\d{1,2})+(?:\s*(?:,|và|hoặc|đến|-)\s*\d{1,2}(?:\.\d{1,2})+)*"
    + r"\s*(?:,|và|hoặc|đến|-)\s*$"
)
# The cells of a table's STT column: row numbers, never figures ("I", "1", "1.1", "a", "-").
_NUMBERING_CELL = re.compile(
    r"[IVXL]+\.?|[A-HĐ]\.?|\d{1,3}(?:\.\d{1,2}){0,3}\.?|[a-zđ][.)]?|\(\d{1,3}\)|[-+*•–]"
)
# A table cell starting with its row's number: "1. Chi đầu tư", "1.1. Vốn trong nước", "a) Vốn
# khác", "II. THU BỔ SUNG", or a dotted number before a capital ("1.2 Vốn nước ngoài").
_CELL_LABEL = re.compile(
    r"((?:[IVXL]+|[A-HĐ]|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])[.)]|\d{1,2}(?:\.\d{1,2}){1,3})"
    r"\s+(?=[^\W\d_])"
)
_NUMBERING_HEADER = re.compile(r"(?:s\s?tt|tt|số tt|số thứ tự|thứ tự)\.?")
_CODE_BEFORE = re.compile(r"(?:^|[^\w])(?:[A-ZĐ]{2,}[A-Z\d]*)\s*$")
_PERIOD_AFTER = re.compile(rf"\s*(?:{lexicon.PERIOD_WORDS_RE}|giờ|phút|đêm)(?!\w)")
# an age naming a group of people: "trẻ 5 tuổi", "người từ 60 tuổi trở lên", "trẻ em dưới 6
# tuổi" (a measured age, "tuổi thọ bình quân 74,5 tuổi", has no such word before it)
_AGE_AFTER = re.compile(r"\s*tuổi(?!\w)")
_AGE_OF = re.compile(
    r"(?:trẻ|em|người|học sinh|lao động|phụ nữ|nam|nữ|thanh niên|công dân|cháu|bé|dân số|"
    r"từ|dưới|trên|đủ|đến|độ tuổi)\s*$"
)
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
    # the figures of each block, kept by ``relations.breakdowns.figures_by_block`` once the
    # scan is over (a dozen finders ask for them)
    figures_by_block: dict[int, list[Quantity]] | None = field(
        default=None, compare=False, repr=False
    )

    def in_block(self, block: int) -> list[Quantity]:
        return [q for q in self.quantities if q.block == block]


# Blanks of a draft: the number before "/BC-UBND", the day or month of the date line.
_PLACEHOLDERS = (
    ("document-number", re.compile(r"\bSố\s*:?\s*(?:[.…_]+\s*)?(?=/\s*[A-ZĐ]{2,}-)")),
    ("day", re.compile(r"\bngày\s*(?:[.…_]+\s*)?(?=tháng\b)")),
    # the year after it (or its blank): "cùng tháng năm trước" is no date; nor "hằng tháng năm
    # 2023", "các tháng năm 2024" (every month, the months of a year)
    (
        "month",
        re.compile(
            r"(?<!hằng )(?<!hàng )(?<!mỗi )(?<!các )(?<!từng )(?<!những )"
            r"\btháng\s*(?:[.…_]+\s*)?(?=năm\s*(?:\d|[.…_]|$))"
        ),
    ),
)


def extract(document: Document) -> Extraction:
    found = Extraction()
    data_cells = {
        cell.index
        for table in document.tables
        for row in table.rows[table.header_rows :]
        for cell in row[1:]
    }
    numbering = numbering_cells(document) if document.tables else set()
    for block in document.blocks:
        if block.index in numbering:
            end = len(block.text.rstrip())
            found.non_quantities.append(
                NonQuantity("label", block.text[:end], block.index, 0, end, block.span(0, end))
            )
            continue
        if block.kind is BlockKind.TABLE_CELL and (label := _cell_label(block.text)):
            end = label.end(1)  # "1.1. Vốn trong nước": the row's number, then its label
            found.non_quantities.append(
                NonQuantity("label", block.text[:end], block.index, 0, end, block.span(0, end))
            )
            scan_block(block, found, data_cell=False, skip=label.end())
            continue
        first = len(found.quantities)
        scan_block(block, found, data_cell=block.index in data_cells)
        if block.kind is not BlockKind.TABLE_CELL:
            _word_counts(block, found, first)
        if block.kind is not BlockKind.TABLE_CELL and len(block.text) < 200:
            _placeholders(block, found)
    return found


def _cell_label(text: str) -> re.Match[str] | None:
    """The row number a table cell starts with; a dotted one without "." or ")" after it only
    before a capital ("1.2 Vốn nước ngoài", not "3.5 ha")."""
    match = _CELL_LABEL.match(text)
    if match is None or match.group(1)[-1] in ".)":
        return match
    return match if text[match.end()].isupper() else None


def numbering_cells(document: Document) -> set[int]:
    """Blocks that number rows or columns of the document's tables, not figures.

    The cells of the printed column-number row of a budget form ("A | B | 1 | 2 | 3=1+2"), and
    of an STT column: a column is one when its header says so ("STT", "TT", "Số TT"), or when
    it is the first column, every body cell of it is a numbering label and a column of words
    follows it (the row labels "Chi đầu tư phát triển", "Vốn trong nước").
    """
    found: set[int] = set()
    for table in document.tables:
        body = table.rows[table.header_rows :]
        numbers = find_column_numbers(
            [[cell.text for cell in row] for row in table.rows], table.header_rows
        )
        if numbers is not None:
            found.update(cell.index for cell in table.rows[numbers.row] if cell.text.strip())
            if numbers.row >= table.header_rows:
                body = [row for row in body if row is not table.rows[numbers.row]]
        header = [
            row
            for row in table.rows[: table.header_rows]
            if numbers is None or row is not table.rows[numbers.row]
        ]
        width = max((len(row) for row in table.rows), default=0)
        for column in range(width - 1):
            cells = [row[column] for row in body if column < len(row) and row[column].text.strip()]
            if not cells or not all(_NUMBERING_CELL.fullmatch(c.text.strip()) for c in cells):
                continue
            title = " ".join(row[column].text for row in header if column < len(row))
            named = _NUMBERING_HEADER.fullmatch(" ".join(title.lower().split()))
            words = [
                row[column + 1].text
                for row in body
                if column + 1 < len(row) and re.search(r"[^\W\d_]{3}", row[column + 1].text)
            ]
            if named or (column == 0 and len(cells) >= 2 and len(words) * 2 > len(body)):
                found.update(cell.index for cell in cells)
                break
    return found


# Counts written in words ("ba xã", "hai công trình", "mười hai học sinh"): a number word that
# can start a count (not "một": "một số", "một cách", "một trong"), read by the number-words
# grammar, directly followed by a count noun.  "năm" alone is a year far more often than five.
_WORD_COUNT_START = re.compile(
    r"(?<![\w/.,-])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)", re.IGNORECASE
)
_WORD_COUNT_NOUN = re.compile(
    r" (" + "|".join(sorted(WORD_COUNT_NOUNS, key=len, reverse=True)) + r")(?![\w-])"
)
# Before the words: a label, a date or a name ("Thứ hai", "tháng Ba", "lớp Ba", "đường Ba
# Tháng Hai"), or the words inside a longer number already read ("hai mươi").
_WORD_LABEL_BEFORE = re.compile(r"(?:^|[^\w])(?:thứ|tháng|lớp|khóa|đường|số|quý|kỳ)\s*$")


def _word_counts(block: Block, found: Extraction, first: int) -> None:
    from lint.numbers.words import parse_words, words_reach

    text = block.text
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    added: list[Quantity] = []
    position = block.label_end
    while True:
        match = _WORD_COUNT_START.search(text, position)
        if match is None:
            break
        start = match.start()
        reach = words_reach(lowered[: start + 120], start)
        if not _WORD_COUNT_NOUN.match(text, reach):  # a count noun must follow the words
            position = max(reach, match.end())
            continue
        phrase = parse_words(text[start:])
        if phrase is None or phrase.currency or phrase.end != phrase.words_end:
            position = match.end()
            continue
        end = start + phrase.words_end
        position = end
        noun = _WORD_COUNT_NOUN.match(text, end)
        words = lowered[start:end]
        if noun is None or words == "năm" or phrase.value == 0:
            continue
        before = lowered[max(0, start - 24) : start]
        if _WORD_LABEL_BEFORE.search(before) or _NAME_BEFORE.search(before):
            continue
        if any(q.start < end and start < q.end for q in found.quantities[first:]):
            continue  # inside a figure already read
        literal = NumberLiteral(
            text[start:end], Fraction(phrase.value), 0, start, end, frozenset({"words"})
        )
        unit = resolve(noun.group(1), None, [])
        stop = noun.end()
        added.append(
            Quantity(
                QuantityKind.COUNT,
                text[start:stop],
                literal.value,
                Interval(literal.value, literal.value),
                unit.base,
                block.index,
                start,
                stop,
                block.span(start, stop),
                (literal,),
                Fraction(1),
                unit.printed,
                literal.flags,
            )
        )
    if added:
        merged = found.quantities[first:] + added
        found.quantities[first:] = sorted(merged, key=lambda q: q.start)


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


# a telephone number: "0239.3875.115", "098-765-4321" (0 and 9–10 more digits in groups of
# one separator; with spaces, "024 3825 1234", only after a word that names one: a row number
# "01" may start a line of figures), or a hotline "1900.1234" / "1800 6789" after a word that names one
_PHONE = re.compile(
    r"(?<![\d.,])0\d{1,3}(?:(?P<sep>[. -])\d{2,4})(?:(?P=sep)\d{2,4}){0,3}(?![\d]|[.,]\d)"
)
_HOTLINE = re.compile(r"(?<![\d.,])1[89]00(?:[. -]?\d{2,4}){1,2}(?![\d]|[.,]\d)")
_PHONE_WORDS = re.compile(
    r"\b(?:điện thoại|đt|sđt|hotline|đường dây nóng|tổng đài|fax|liên hệ)"
    r"(?:\s+[^\W\d]+){0,3}\W{0,5}$",
    re.IGNORECASE,
)


def _phone_number(text: str, start: int) -> int | None:
    """Where the telephone number starting at ``start`` ends, if one does."""
    if text[start] == "0":
        match = _PHONE.match(text, start)
        if match is None or not 10 <= sum(c.isdigit() for c in match.group()) <= 11:
            return None
        if match.group("sep") == " " and not _PHONE_WORDS.search(text, max(0, start - 30), start):
            return None
        return match.end()
    if text[start] == "1" and _PHONE_WORDS.search(text, max(0, start - 30), start):
        match = _HOTLINE.match(text, start)
        if match is not None:
            return match.end()
    return None


def scan_block(block: Block, found: Extraction, data_cell: bool = False, skip: int = 0) -> None:
    """Find the figures of one block.  ``data_cell``: a table cell below the header rows and
    right of the label column, where a lone "2011" is a value, not a year.  ``skip``: where to
    start (after a row number the cell starts with)."""
    text = block.text
    position = max(block.label_end, skip)
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
        phone = _phone_number(text, start)
        if phone is not None:
            found.non_quantities.append(
                NonQuantity(
                    "phone", text[start:phone], block.index, start, phone, block.span(start, phone)
                )
            )
            position = phone
            continue
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
    if (
        form == "measure"
        and phrase.sign is None
        and phrase.unit is None
        and not magnitude.has_scale
        and (
            _REFERENCE_BEFORE.search(before)
            or _ANOTHER_LABEL_BEFORE.search(text[max(0, start - 60) : start].lower())
        )
    ):
        reference = _DOTTED_LABEL.match(text, start)
        if reference is not None and reference.end() >= magnitude.numbers[-1].end:
            stop = reference.end()  # "tiểu mục 1.1.2": the whole dotted number
            found.non_quantities.append(
                NonQuantity(
                    "label", text[start:stop], block.index, start, stop, block.span(start, stop)
                )
            )
            return None
    if (
        form == "measure"
        and integers
        and phrase.sign is None
        and 1900 <= values[0] <= 2100
        and len(magnitude.numbers[0].text) == 4
        and _YEAR_NAMED_BEFORE.search(before)
    ):
        return non("year")  # "năm 2024 giải ngân": a year, whatever word follows
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
        if _AGE_AFTER.match(after.lower()) and _AGE_OF.search(before):
            return non("age")
        if start > 0 and text[start - 1] == "(" and after.startswith(")"):
            return non("label")
    if form == "measure" and phrase.unit is None and not bare and phrase.sign is None:
        duration = _duration(text, end, magnitude)
        if duration is not None:  # "7,1 ngày", "6.588 giờ": a length of time, measured
            found.quantities.append(
                _quantity(
                    block,
                    magnitude,
                    duration[0],
                    start,
                    end,
                    phrase,
                    None,
                    extent=(start, duration[1]),
                )
            )
            return None
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
    extent = None
    if unit is None and form == "measure" and not data_cell and phrase.sign is None and plain:
        counted = _count_noun_after(text, end, magnitude)
        if counted is not None:
            unit, noun_end = counted
            extent = (start, noun_end)
    found.quantities.append(
        _quantity(block, magnitude, unit, start, end, phrase, phrase.sign, extent=extent)
    )
    return None


# A length of time: a figure with decimals or thousands before "ngày", "giờ" or "phút" ("thời
# gian điều trị trung bình 7,1 ngày", "giảm 1,2 giờ", "tổng thời lượng 6.588 giờ", "371.401
# ngày điều trị"), or per something ("7,0 ngày/đợt", "1.760 giờ/năm"). A small whole figure
# there names a time or a period ("14 giờ", "trong 15 ngày") and stays no quantity.
_DURATION_AFTER = re.compile(r"[ ]+(?P<unit>ngày|giờ|phút)(?:/(?P<per>[^\W\d_]+))?(?![\w/])")


def _duration(text: str, end: int, magnitude: Magnitude) -> tuple[Unit, int] | None:
    """The unit of a length of time printed without a unit the grammar knows, and where the
    unit ends."""
    number = magnitude.numbers[-1]
    if magnitude.has_scale or len(magnitude.components) != 1:
        return None
    if not number.decimals and "grouped" not in number.flags:
        return None
    after = _DURATION_AFTER.match(text, end)
    if after is None:
        return None
    unit = resolve(after.group("unit"), None, [after.group("per")] if after.group("per") else [])
    if unit.kind == "count":
        unit = Unit(unit.base, unit.factor, "measure", unit.printed)
    return unit, after.end()


# a lower-case word right after a figure: "2.846 gian hàng", "48 trạm bơm", "9 môn thi"
_WORD_AFTER = re.compile(r"[ ]+(?P<noun>[^\W\d_]{2,})(?![\w/])")


def _count_noun_after(text: str, end: int, magnitude: Magnitude) -> tuple[Unit, int] | None:
    """The count noun of a whole figure the grammar knows no unit for, and where it ends: the
    lower-case word after it, unless it is a word of the sentence
    (:data:`lexicon.NOT_COUNT_NOUNS`), with the words that follow it after every figure it
    follows ("gian hàng")."""
    if magnitude.numbers[-1].decimals:
        return None  # "3,5 gian": a whole count only
    word = _WORD_AFTER.match(text, end)
    if word is None:
        return None
    noun = word.group("noun")
    if not noun.islower() or noun in lexicon.NOT_COUNT_NOUNS or names_unit(noun):
        return None  # a word of the sentence, or a unit the grammar declined here ("trang thiết")
    # a count noun is said again with another figure of the paragraph ("2.846 gian hàng, tăng
    # 612 gian hàng"); a word after one figure only may name a category of a list whose first
    # item gave the unit ("640 cán bộ trình độ đại học, 250 cao đẳng, 120 trung cấp")
    if _noun_figures(text).get(noun, 0) < 2:
        return None
    known = _known_unit_starting(text, noun)
    if known is not None:
        return resolve(known, None, []), word.end()
    phrase = _noun_phrase(text, noun)
    return resolve(phrase, None, []), word.start("noun") + len(phrase)


@lru_cache(maxsize=256)
def _noun_phrase(text: str, noun: str) -> str:
    """``noun`` and the words that follow it after every figure of ``text`` it follows (at
    most three words in all): "gian hàng" in "2.418 gian hàng …, tăng 156 gian hàng"."""
    tails = [
        match.group(1).split()
        for match in re.finditer(rf"\d[ ]+{re.escape(noun)}((?:[ ]+[^\W\d_]+){{0,2}})", text)
    ]
    words = [noun]
    for position in range(2):
        following = {tail[position] if len(tail) > position else "" for tail in tails}
        if len(following) != 1 or "" in following:
            break
        (word,) = following
        if not word.islower() or word in lexicon.NOT_COUNT_NOUNS:
            break
        words.append(word)
    return " ".join(words)


@lru_cache(maxsize=256)
def _known_unit_starting(text: str, noun: str) -> str | None:
    """A unit of the grammar that ``noun`` shortens after another figure of ``text``: "1.142
    phòng học, trong đó 1.028 phòng kiên cố" (the rooms are "phòng học")."""
    for match in re.finditer(rf"\d[ ]+({re.escape(noun)}[ ]+[^\W\d_]+)(?![\w/])", text):
        phrase = unit_phrase(match.group(1))
        if phrase is not None and phrase.unit is not None and not phrase.unit.per:
            base = phrase.unit.base
            if base.startswith(noun + " "):
                return base
    return None


_FIGURE_THEN_WORD = re.compile(r"\d[ ]+([^\W\d_]{2,})(?![\w/])")


@lru_cache(maxsize=64)
def _noun_figures(text: str) -> dict[str, int]:
    """How many figures of ``text`` each word follows."""
    counts: dict[str, int] = {}
    for match in _FIGURE_THEN_WORD.finditer(text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return counts


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
    if first.has_scale and not second.has_scale and not phrase.both_units:
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
    inherited = Fraction(1)
    if second.has_scale and not first.has_scale and not phrase.both_units:
        inherited = second.last_scale  # "950/1.200 triệu đồng": the scale is the total's
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
