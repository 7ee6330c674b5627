"""Units that must multiply, and rates whose scale the document itself shows.

* Area × yield ÷ 10 = production: "diện tích 150 ha … năng suất 78 tạ/ha, sản lượng 1.170
  tấn" (ha × tạ/ha = tạ; ÷ 10 = tấn).  Read only when a block states, in this order and with
  nothing of the same three units between them, an area (ha), a yield (tạ/ha or tấn/ha) and a
  production (tấn) introduced by "sản lượng": :func:`find_area_yield_production`.
* Rates of one unit (``triệu đồng/ha``) across one document: when all but one are of one
  magnitude and the last is a thousand times larger or smaller, and a separator or scale-word
  slip of its printed form lands among the others: :func:`find_rate_outliers`.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass

from lint import lexicon
from lint.arithmetic import Figure
from lint.document import Block, BlockKind, Document
from lint.lexicon import fold
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction

_PRODUCTION_WORDS = re.compile(r"\bsản lượng\b")
# A production of several crops ("sản lượng lương thực", "tổng sản lượng") is not one crop's.
_TOTAL_WORDS = re.compile(rf"\b(?:lương thực|tổng|các loại|cả năm|{lexicon.CUMULATIVE_WORDS_RE})\b")
_CHANGE_LEAD = re.compile(rf"\b(?:{lexicon.CHANGE_WORDS_RE})\s*$")
# what links a production stated first to its area: ", trên diện tích (gieo trồng) …"
_ON_AREA = re.compile(
    r"\s*,?\s*(?:thu hoạch\s+)?trên\s+(?:tổng\s+)?diện tích(?:\s+[^\W\d]+){0,3}\s*(?:là\s*)?"
)
# Crops: one named between the area and the production that was not named before the area
# means the production may be another crop's.
_CROPS = re.compile(
    r"\b(?:lúa|ngô|bắp|khoai|sắn|mì|mía|lạc|đậu|vừng|rau|màu|cà phê|hồ tiêu|tiêu|điều|"
    r"cao su|chè|thanh long|cây ăn quả|cây công nghiệp|thủy sản|tôm|cá)\b"
)


def _changes_subject(before_area: str, between: str, after_area: str = "") -> bool:
    """A colon between area and production, or a crop named there and not before the area nor
    right after it (``after_area``: "gieo cấy 425,6 ha lúa, năng suất …", the area's crop)."""
    if ":" in between:
        return True
    named = set(_CROPS.findall(before_area))
    own = _CROPS.match(after_area.lstrip())
    if own is not None:
        named.add(own.group())
    return any(crop not in named for crop in _CROPS.findall(between))


@dataclass(frozen=True)
class AreaYieldProduction:
    """An area, a yield and a production stated together for one crop.

    In prose the figures carry their units (ha, tạ/ha, tấn).  In a table the cells are bare
    numbers and the units come from the row or column label ("Diện tích (Nghìn ha)"), so
    the printed values are kept and ``factor`` turns area × yield into the production's
    printed unit: 1/10 for ha → tấn and for nghìn ha → nghìn tấn.
    """

    area: Quantity  # the achieved part of a "done/plan ha" pair
    yield_: Quantity  # in tạ/ha
    production: Quantity
    area_unit: str = "ha"  # units as printed (for messages)
    production_unit: str = "tấn"
    factor: Fraction = Fraction(1, 10)
    yield_unit: str = "tạ/ha"

    @property
    def computed(self) -> Interval:
        """Production the area and yield imply (every value their intervals allow)."""
        return (self.area.interval * self.yield_.interval).scale(self.factor)

    def area_needed(self) -> Interval:
        """Area that the yield and production would imply."""
        return (self.production.interval / self.yield_.interval).scale(1 / self.factor)

    def yield_needed(self) -> Interval:
        """Yield (tạ/ha) that the area and production would imply."""
        return (self.production.interval / self.area.interval).scale(1 / self.factor)


def _role(quantity: Quantity) -> str | None:
    if quantity.unit == "ha" and quantity.kind is QuantityKind.MEASURE:
        return "area"
    if quantity.unit == "ha" and quantity.kind is QuantityKind.PAIR and quantity.parts:
        return "area"
    if quantity.unit == "tạ/ha" and quantity.kind is QuantityKind.RATE:
        return "yield"
    if quantity.unit == "tấn" and quantity.kind is QuantityKind.MEASURE:
        return "production"
    return None


def find_area_yield_production(
    document: Document, extraction: Extraction
) -> list[AreaYieldProduction]:
    """Area, then yield, then production, consecutive among the figures of those units (or
    the production followed by "trên diện tích" and the area, the yield after or before them).

    No colon and no newly named crop may stand between the area and the production ("Lúa:
    500 ha, 60 tạ/ha; Ngô: sản lượng 300 tấn" is two crops); a change ("tăng 20 ha") is no
    area, yield or production; a production of several crops ("sản lượng lương thực",
    "tổng sản lượng") is not compared.
    """
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    found: list[AreaYieldProduction] = []
    for index, quantities in sorted(by_block.items()):
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL:
            continue
        quantities.sort(key=lambda q: q.start)
        # the text before each figure, for the figures that can take a role only
        leads = {
            id(q): fold(block.text[(quantities[k - 1].end if k else 0) : q.start])
            for k, q in enumerate(quantities)
            if _role(q) is not None
        }
        # a change ("tăng 20 ha", "giảm 2 tạ/ha") keeps its place in the chain but plays
        # no part, so "500 ha, tăng 20 ha, năng suất …" pairs neither area with the yield
        chain = [
            (q, "change" if _CHANGE_LEAD.search(leads[id(q)]) else role)
            for q in quantities
            if (role := _role(q)) is not None
        ]
        for i in range(len(chain) - 2):
            (first, r1), (second, r2), (third, r3) = chain[i : i + 3]
            if (r1, r2, r3) == ("area", "yield", "production"):
                area, yield_, production = first, second, third
                start, end = area.start, production.start
                if _one_of_areas_before(block.text, chain, i) or _a_part_of_an_area(
                    block.text, chain, i
                ):
                    continue
            elif (r1, r2, r3) == ("production", "area", "yield") and _ON_AREA.fullmatch(
                leads[id(second)]
            ):
                # "sản lượng 5.470 tấn, trên diện tích 865 ha, năng suất 63,2 tạ/ha"
                production, area, yield_ = first, second, third
                start, end = production.end, yield_.start
            elif (r1, r2, r3) == ("yield", "production", "area") and _ON_AREA.fullmatch(
                leads[id(third)]
            ):
                # "năng suất 62,5 tạ/ha; sản lượng 5.407,5 tấn trên diện tích 865,2 ha"
                yield_, production, area = first, second, third
                start, end = yield_.end, area.start
            else:
                continue
            lead = leads[id(production)]
            if not _PRODUCTION_WORDS.search(lead) or _TOTAL_WORDS.search(lead):
                continue
            if _changes_subject(
                fold(block.text[: min(area.start, production.start)]),
                fold(block.text[start:end]),
                fold(block.text[area.end : area.end + 20]),
            ):
                continue
            area_unit = "ha"
            if area.kind is QuantityKind.PAIR:
                area = area.parts[0]
            else:
                area_unit = _printed_unit(area)
            found.append(
                AreaYieldProduction(
                    area,
                    yield_,
                    production,
                    area_unit,
                    _printed_unit(production),
                    Fraction(1, 10),
                    _printed_unit(yield_),
                )
            )
    found.extend(_table_relations(document, by_block))
    return found


_SENTENCE_END = lexicon.FULL_STOP


def _one_of_areas_before(text: str, chain: list[tuple[Quantity, str]], at: int) -> bool:
    """The area ``chain[at]`` ends an earlier sentence than the yield after it and is not the
    only area of that sentence ("Lúa bị ngập 1.865,4 ha, trong đó mất trắng 412,6 ha, thiệt hại
    một phần 1.452,8 ha. Với năng suất 5,8 tấn/ha, sản lượng bị mất …": which area the
    production is of, the next sentence says in words)."""
    area, yield_ = chain[at][0], chain[at + 1][0]
    ends = [m.end() for m in _SENTENCE_END.finditer(text, area.end, yield_.start)]
    if not ends:
        return False
    sentence_start = _sentence_start(text, area.start)
    areas = [q for q, role in chain[:at] if role == "area" and q.start >= sentence_start]
    return bool(areas)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    return starts[-1] if starts else 0


def _a_part_of_an_area(text: str, chain: list[tuple[Quantity, str]], at: int) -> bool:
    """The area ``chain[at]`` is a part of an area split before it in its sentence, and the
    yield after it says it is of the whole ("Cây lúa: 842,6 ha, trong đó vụ Đông Xuân 431,2 ha,
    vụ Mùa 411,4 ha; năng suất bình quân cả năm 58,7 tạ/ha, sản lượng 4.946,1 tấn"), not of
    the part ("…; trong đó lúa 12.420 ha, năng suất bình quân 68,5 tạ/ha")."""
    area, yield_ = chain[at][0], chain[at + 1][0]
    if _OF_THE_WHOLE.search(fold(text[area.end : yield_.start])) is None:
        return False
    sentence_start = _sentence_start(text, area.start)
    return any(
        role == "area"
        and q.start >= sentence_start
        and lexicon.BREAKDOWN_MARKER.search(fold(text[q.end : area.start])) is not None
        for q, role in chain[:at]
    )


# words saying a yield is of a whole, not of the part before it: "cả năm", "cả vụ", "chung"
_OF_THE_WHOLE = re.compile(r"\b(?:cả năm|cả vụ|chung|toàn bộ)\b")
_AREA_LABEL = re.compile(r"diện tích\s*\((nghìn ha|ha)\)")
_AREA_UNIT = re.compile(r"\((nghìn ha|ha)\)")  # "Thực hiện (ha)" before a yield column
_YIELD_LABEL = re.compile(r"năng suất\s*\((tạ/ha)\)")
_PRODUCTION_LABEL = re.compile(r"sản lượng\s*\((nghìn tấn|tấn)\)")
_THOUSANDS = {
    "ha": Fraction(1),
    "nghìn ha": Fraction(1000),
    "tấn": Fraction(1),
    "nghìn tấn": Fraction(1000),
}


def _table_relations(
    document: Document, by_block: dict[int, list[Quantity]]
) -> list[AreaYieldProduction]:
    """Rows (or columns) labelled "Diện tích (… ha)", "Năng suất (Tạ/ha)", "Sản lượng (… tấn)",
    in that order and adjacent; every row (column) of figures that is not a percentage.

    ``by_block``: the document's quantities by block (only blocks of one figure are read).
    """

    def figure(cell: Block | None) -> Quantity | None:
        if cell is None:
            return None
        found = by_block.get(cell.index, [])
        if len(found) != 1 or found[0].kind is not QuantityKind.NUMBER or found[0].value <= 0:
            return None
        return found[0]

    found: list[AreaYieldProduction] = []
    for table in document.tables:
        width = max((len(row) for row in table.rows), default=0)
        grid: list[list[Block | None]] = [
            [*row, *[None] * (width - len(row))] for row in table.rows
        ]
        headers = [
            fold(" ".join(cell.text for row in grid[: table.header_rows] if (cell := row[j])))
            for j in range(width)
        ]
        labels = [fold(row[0].text) if row and row[0] is not None else "" for row in grid]
        # (area cells, yield cells, production cells, area unit, production unit)
        lines: list[tuple[list[Block | None], list[Block | None], list[Block | None], str, str]]
        lines = []
        for i in range(table.header_rows, len(grid) - 2):
            units = _units(labels[i], labels[i + 1], labels[i + 2])
            if units is not None:
                columns = [j for j in range(1, width) if "%" not in headers[j]]
                a, y, p = ([grid[i + k][j] for j in columns] for k in range(3))
                lines.append((a, y, p, *units))
        body = grid[table.header_rows :]
        for j in range(width - 2):
            units = _units(headers[j], headers[j + 1], headers[j + 2])
            if units is not None and not _EARLIER_HEADER.search(headers[j]):
                a, y, p = ([row[j + k] for row in body] for k in range(3))
                lines.append((a, y, p, *units))
        for j in range(1, width - 1):
            # "Kế hoạch (ha) | Thực hiện (ha) | So kế hoạch (%) | Năng suất (tạ/ha) | Sản lượng
            # (tấn)": the area is the nearest area column before the yield that is not the plan
            area_column = _area_before(headers, j)
            if area_column is None or area_column == j - 1:
                continue  # none, or adjacent (read above)
            units = _units(headers[area_column], headers[j], headers[j + 1])
            if units is not None:
                a, y, p = ([row[k] for row in body] for k in (area_column, j, j + 1))
                lines.append((a, y, p, *units))
        for areas, yields, productions, area_unit, production_unit in lines:
            factor = _THOUSANDS[area_unit] / 10 / _THOUSANDS[production_unit]
            for cells in zip(areas, yields, productions, strict=True):
                area, yield_, production = (figure(cell) for cell in cells)
                if area is None or yield_ is None or production is None:
                    continue
                found.append(
                    AreaYieldProduction(
                        area, yield_, production, area_unit, production_unit, factor
                    )
                )
    return found


def _printed_unit(quantity: Quantity) -> str:
    """The unit words after the last printed number ("tạ", "tấn/ha", "nghìn tấn")."""
    return quantity.text[quantity.numbers[-1].end - quantity.start :].strip()


_PLAN_HEADER = re.compile(r"kế hoạch|\bkh\b|dự kiến|chỉ tiêu")


def _area_before(headers: list[str], yield_column: int) -> int | None:
    """The column of the area a yield column is of: the nearest column before it with an area
    unit ("Thực hiện (ha)", "Diện tích (ha)"), passing over percentage columns and the areas of
    an earlier period ("Cùng vụ 2023 (ha)", "Năm trước (ha)"); not a plan column."""
    if not _YIELD_LABEL.search(headers[yield_column]):
        return None
    for column in range(yield_column - 1, 0, -1):
        header = headers[column]
        if "%" in header:
            continue
        if _AREA_UNIT.search(header) and _EARLIER_HEADER.search(header):
            continue  # last season's area, beside this one's ("Thực hiện (ha)")
        if _AREA_UNIT.search(header) and not _PLAN_HEADER.search(header):
            return column
        return None
    return None


# a column of an earlier period: "Cùng vụ 2023 (ha)", "Cùng kỳ (ha)", "Năm trước (ha)"
_EARLIER_HEADER = re.compile(
    rf"\b(?:cùng vụ|cùng kỳ|{lexicon.PREVIOUS_PERIOD_WORDS_RE})\b", re.IGNORECASE
)


def _units(area: str, yield_: str, production: str) -> tuple[str, str] | None:
    """The area and production units when three labels are area, yield and production."""
    a, y, p = (
        _AREA_LABEL.search(area) or _AREA_UNIT.search(area),
        _YIELD_LABEL.search(yield_),
        _PRODUCTION_LABEL.search(production),
    )
    if a is None or y is None or p is None or "%" in area + yield_ + production:
        return None
    return a.group(1), p.group(1)


@dataclass(frozen=True)
class RateOutlier:
    """A rate a power of a thousand away from every other rate of its unit in the document."""

    outlier: Quantity
    others: tuple[Quantity, ...]
    factor: Fraction  # the outlier divided by this lands among the others
    reading: str  # the printed form that would fit ("18,430")
    slip: str  # "separator" | "scale-word"

    @property
    def others_hull(self) -> Interval:
        hull = self.others[0].interval
        for other in self.others[1:]:
            hull = hull.hull(other.interval)
        return hull


# "About a thousand times": at least this far from every other rate of the unit.
_OFF_BY = 300
_SCALE_WORDS = {Fraction(10**3): "nghìn", Fraction(10**6): "triệu", Fraction(10**9): "tỷ"}


def find_rate_outliers(
    document: Document, extraction: Extraction, *, min_others: int = 2
) -> list[RateOutlier]:
    """Rates of one unit where one figure is ≥ 300× off the rest and a slip explains it."""
    groups: dict[str, list[Quantity]] = {}
    for quantity in extraction.quantities:
        if quantity.kind is not QuantityKind.RATE or quantity.unit is None:
            continue
        if document.blocks[quantity.block].kind is BlockKind.TABLE_CELL:
            continue
        if quantity.value <= 0 or len(quantity.numbers) != 1:
            continue
        groups.setdefault(quantity.unit, []).append(quantity)
    found: list[RateOutlier] = []
    for _unit, rates in sorted(groups.items()):
        if len(rates) < min_others + 1:
            continue
        # the smallest and largest rate other than each one, from the two smallest and two
        # largest of the group (not by going over the others for every rate)
        order = sorted(range(len(rates)), key=lambda index: rates[index].value)
        for position, quantity in enumerate(rates):
            low = rates[order[1] if order[0] == position else order[0]].value
            high = rates[order[-2] if order[-1] == position else order[-1]].value
            if quantity.value >= _OFF_BY * high:
                direction = 1
            elif quantity.value * _OFF_BY <= low:
                direction = -1
            else:
                continue
            others = tuple(q for q in rates if q is not quantity)
            peer_scales = {_SCALE_WORDS[q.scale] for q in others if q.scale in _SCALE_WORDS}
            for factor, reading, slip in _readings(quantity, direction, peer_scales):
                fixed = quantity.value / factor
                if low / 10 <= fixed <= high * 10:
                    found.append(RateOutlier(quantity, others, factor, reading, slip))
                    break
    return found


def _readings(
    quantity: Quantity, direction: int, peer_scales: set[str]
) -> list[tuple[Fraction, str, str]]:
    """Printed forms a slip would have produced, with the factor between the two readings.

    A scale-word slip ("15 tỷ" for "15 triệu") is only considered when another rate of the
    unit is printed with the scale word it would become.
    """
    number = quantity.numbers[0]
    text = number.text
    readings: list[tuple[Fraction, str, str]] = []
    if direction > 0 and re.fullmatch(r"\d{1,3}\.\d{3}", text):
        readings.append((Fraction(1000), text.replace(".", ","), "separator"))
    if direction < 0 and re.fullmatch(r"\d{1,3},\d{3}", text):
        readings.append((Fraction(1, 1000), text.replace(",", "."), "separator"))
    factor = Fraction(1000) if direction > 0 else Fraction(1, 1000)
    replacement = _SCALE_WORDS.get(quantity.scale / factor)
    if quantity.scale in _SCALE_WORDS and replacement and replacement in peer_scales:
        readings.append((factor, f"{text} {replacement}", "scale-word"))
    return readings


def quantity_figure(quantity: Quantity, key: Hashable) -> Figure:
    """The arithmetic view of a one-number quantity (digits, decimals, scale, exactness)."""
    number = quantity.numbers[-1]
    if "words" in number.flags:  # a count written in words: "ba xã"
        digits = str(number.value)
    else:
        digits = re.sub(r"\D", "", number.text).lstrip("0") or "0"
    if len(digits) <= number.decimals:
        digits = digits.rjust(number.decimals + 1, "0")
    return Figure(
        key,
        digits,
        number.decimals,
        scale=quantity.scale,
        exact=quantity.exact,
        percent=quantity.kind is QuantityKind.PERCENT,
        grouped="grouped" in quantity.flags,
        scale_word="scaled" in quantity.flags,
    )
