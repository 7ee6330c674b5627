"""A change against last year's value said aside, the current value stated earlier by name.

Reports compare an indicator with last year in a sentence of its own, after stating it::

    Trong năm, các tổ hòa giải tiếp nhận 146 vụ việc; … So với năm 2023 (168 vụ việc), số vụ
    việc tiếp nhận giảm 22 vụ việc.
    Toàn huyện có 38.460 hộ đạt danh hiệu Gia đình văn hóa. So với năm 2022, số hộ đạt danh
    hiệu Gia đình văn hóa tăng 1.245 hộ (năm 2022 là 37.215 hộ).

Read here: a change ``tăng`` / ``giảm`` C after the words naming the indicator (``số vụ việc
tiếp nhận``), last year's value B alone in a parenthesis after "So với <period>" before them
or right after C (``(năm 2022 là 37.215 hộ)``); and the current value V, a figure of C's
measure earlier in the paragraph or in the few before it in its section, with near it the indicator's own
words (those of the name but "số" and the count noun).  V = B + C (``giảm``: B = V + C), read
only when the figures agree or one typo-shaped slip explains them, and when exactly one such V
does.  Each reading is an exhaustive :class:`~lint.relations.breakdowns.Breakdown` (S101).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import Breakdown, adds_up, change_sum
from lint.relations.evidence import adds_up_or_one_typo
from lint.relations.percentages import among_values_aside

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
_PERIOD = (
    r"(?:cùng kỳ|năm trước|năm học trước|năm \d{4}|năm học \d{4}\s*-\s*\d{4}|tháng trước|"
    rf"{lexicon.NAMED_MONTH_RE})"
)
# "So với năm 2023 (168 vụ việc), số vụ việc tiếp nhận giảm ": the period, its value, the name
_ASIDE_FIRST = re.compile(
    rf"so với\s+{_PERIOD}(?:\s+[^\W\d]+){{0,2}}\s*\((?P<label>[^\d()]{{0,30}})$", re.IGNORECASE
)
_NAME_THEN_CHANGE = re.compile(
    r"\)\s*,\s*(?P<name>(?:số\s+)?(?:[^\W\d]+\s+){1,10}?)(?P<way>tăng|giảm)\s+$", re.IGNORECASE
)
# "So với năm 2022, số hộ đạt danh hiệu … tăng " then "(năm 2022 là 37.215 hộ)"
_NAME_FIRST = re.compile(
    rf"so với\s+{_PERIOD}\s*,\s*(?P<name>(?:số\s+)?(?:[^\W\d]+\s+){{1,10}}?)(?P<way>tăng|giảm)\s+$",
    re.IGNORECASE,
)
# "; số doanh nghiệp thành lập mới tăng " then "so với tháng 9/2024 (162 doanh nghiệp)"
_NAME_THEN_CHANGE_FIRST = re.compile(
    r"(?:^|[;.]\s*)(?P<name>số\s+(?:[^\W\d]+\s+){1,10}?)(?P<way>tăng|giảm)\s+$", re.IGNORECASE
)
_COMPARED_ASIDE = re.compile(rf"\s*so với\s+{_PERIOD}\s*\(\s*(?:[^\W\d]+\s+){{0,3}}", re.IGNORECASE)
_ASIDE_AFTER = re.compile(rf"\s*\(\s*{_PERIOD}\s*(?:là|có|đạt)?\s*:?\s*$", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
_BLOCKS_BACK = 4  # paragraphs or items before the change searched for the current value
_FILLER = {"số", "của", "các", "được", "đã", "là", "và", "có", "trong", "năm"}


def find_named_changes(document: Document, by_block: dict[int, list[Quantity]]) -> list[Breakdown]:
    found: list[Breakdown] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "so với" not in block.text.lower():
            continue
        text = block.text
        quantities = by_block.get(block.index, [])
        for index, change in enumerate(quantities):
            if change.kind not in _MEASURES or change.sign < 0 or change.value <= 0:
                continue
            read = (
                _aside_first(text, quantities, index)
                or _one_of_the_aside(text, quantities, index)
                or _name_first(text, quantities, index)
                or _compared_after(text, quantities, index)
            )
            if read is None:
                continue
            base, name, way = read
            up = way == "tăng"
            value = named_value(
                document,
                by_block,
                block.index,
                change,
                (base, change),
                name,
                partial(_adds_up, base=base, change=change, up=up),
                partial(_one_slip, base=base, change=change, up=up),
            )
            if value is None:
                continue
            total, parts = change_sum(value, base, change, up)
            labels = ("trước", "tăng") if up else ("nay", "giảm")
            found.append(Breakdown(total, parts, True, "so với", labels))
    return found


def _aside_first(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, str, str] | None:
    if index == 0:
        return None
    change, base = quantities[index], quantities[index - 1]
    lead = _NAME_THEN_CHANGE.search(text, base.end, change.start)
    if lead is None or lead.start() != _skip_space(text, base.end):
        return None
    if not _ASIDE_FIRST.search(text, max(0, base.start - 80), base.start):
        return None
    if not _same(base, change):
        return None
    return base, lead.group("name"), lead.group("way").lower()


# ", số người bị nạn giảm ": a clause naming the indicator before its change
_NAME_IN_CLAUSE = re.compile(
    r"[),;]\s*(?P<name>(?:số\s+)?(?:[^\W\d]+\s+){1,10}?)(?P<way>tăng|giảm)\s+$", re.IGNORECASE
)


def _one_of_the_aside(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, str, str] | None:
    """``So với năm 2023 (52 vụ, 56 người bị nạn), số vụ giảm 6 vụ …, số người bị nạn giảm 7
    người``: last year's value of the change's measure is one item of the aside, the nearest
    figure of that measure before the change, in the same sentence."""
    change = quantities[index]
    lead = _NAME_IN_CLAUSE.search(text, max(0, change.start - 120), change.start)
    if lead is None:
        return None
    earlier = [q for q in quantities[:index] if _same(q, change)]
    if not earlier or not among_values_aside(text, quantities, earlier[-1], change):
        return None
    base = earlier[-1]
    if _SENTENCE_END.search(text, base.end, change.start):
        return None
    return base, lead.group("name"), lead.group("way").lower()


_SENTENCE_END = re.compile(lexicon.FULL_STOP_RE + "|[;:]")


def _name_first(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, str, str] | None:
    """``So với năm 2022, số hộ … tăng 1.245 hộ (năm 2022 là 37.215 hộ)``."""
    return _value_aside_after(text, quantities, index, _NAME_FIRST, _ASIDE_AFTER)


def _compared_after(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, str, str] | None:
    """``…; số doanh nghiệp thành lập mới tăng 24 doanh nghiệp so với tháng 9/2024 (162 doanh
    nghiệp)``: the name, the change, then the period compared with and its value."""
    return _value_aside_after(text, quantities, index, _NAME_THEN_CHANGE_FIRST, _COMPARED_ASIDE)


def _value_aside_after(
    text: str,
    quantities: list[Quantity],
    index: int,
    lead_pattern: re.Pattern[str],
    between: re.Pattern[str],
) -> tuple[Quantity, str, str] | None:
    """The name and the change read by ``lead_pattern`` before the change at ``index``, last
    period's value alone in the parenthesis ``between`` opens right after it."""
    if index + 1 >= len(quantities):
        return None
    change, base = quantities[index], quantities[index + 1]
    lead = lead_pattern.search(text, max(0, change.start - 120), change.start)
    if lead is None or not between.fullmatch(text, change.end, base.start):
        return None
    if not text.startswith(")", _skip_space(text, base.end)) or not _same(base, change):
        return None
    return base, lead.group("name"), lead.group("way").lower()


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] == " ":
        position += 1
    return position


def named_value(
    document: Document,
    by_block: dict[int, list[Quantity]],
    index: int,
    like: Quantity,
    stated: tuple[Quantity, ...],
    name: str,
    agrees: Callable[[Quantity], bool],
    one_slip_away: Callable[[Quantity], bool],
) -> Quantity | None:
    """The current value of the indicator ``name`` names: of the figures of ``like``'s measure
    earlier in the paragraph or the few before it, with the name's own words near them, the
    one that ``agrees`` with what is stated, else the one ``one_slip_away`` from it."""
    words = {w.lower() for w in name.split()} - _FILLER - set((like.unit or "").lower().split())
    if not words:
        return None
    candidates = []
    for back in range(index, max(-1, index - _BLOCKS_BACK - 1), -1):
        block = document.blocks[back]
        if back != index and block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            break  # a heading or a table: another part of the report
        for quantity in by_block.get(back, []):
            if back == index and quantity.start >= min(q.start for q in stated):
                break
            if quantity.kind is QuantityKind.PAIR and quantity.parts:
                quantity = quantity.parts[0]  # "38.460/42.135 hộ": the done figure
            if any(quantity is q for q in stated) or not _same(quantity, like):
                continue
            if _CHANGE_BEFORE.search(block.text, max(0, quantity.start - 20), quantity.start):
                continue
            if words <= set(re.findall(r"[^\W\d]+", _near(block.text, quantity))):
                candidates.append(quantity)
    exact = [v for v in candidates if agrees(v)]
    if exact:  # the same value stated twice is still one value
        return exact[0] if len({v.value for v in exact}) == 1 else None
    slips = [v for v in candidates if one_slip_away(v)]
    return slips[0] if len(slips) == 1 else None


def _adds_up(value: Quantity, base: Quantity, change: Quantity, up: bool) -> bool:
    return adds_up(*change_sum(value, base, change, up))


def _one_slip(value: Quantity, base: Quantity, change: Quantity, up: bool) -> bool:
    return adds_up_or_one_typo(*change_sum(value, base, change, up), exhaustive=True)


def _near(text: str, quantity: Quantity) -> str:
    """The words of ``quantity``'s clause around it: up to 60 characters before and 40 after,
    not past a full stop or a semicolon."""
    start = max(0, quantity.start - 60)
    stop = max(text.rfind(". ", start, quantity.start), text.rfind(";", start, quantity.start))
    end = min(len(text), quantity.end + 40)
    after = [
        i for i in (text.find(". ", quantity.end, end), text.find(";", quantity.end, end)) if i >= 0
    ]
    return text[stop + 1 if stop >= 0 else start : min(after) if after else end].lower()


def _same(a: Quantity, b: Quantity) -> bool:
    return a.kind is b.kind and a.unit == b.unit and a.kind in _MEASURES and b.value > 0
