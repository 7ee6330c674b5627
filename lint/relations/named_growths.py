"""A growth rate against last period's value said aside, the current value stated before.

The rate is often given in a sentence or clause of its own, after the value::

    Tổng giá trị giải ngân đạt 742,5 tỷ đồng, …; so với cùng kỳ năm 2023 (628,4 tỷ đồng), giá
    trị giải ngân tăng 18,2%.
    Tổng số lợn phải tiêu hủy là 286 con. So với cùng kỳ năm 2023 (761 con), số lợn phải tiêu
    hủy giảm 62,4%.
    So với cùng kỳ năm 2023, giá trị giải ngân tăng 21,2% (cùng kỳ năm 2023 giải ngân 612,5 tỷ
    đồng).

Read here: a percentage after ``tăng`` / ``giảm`` whose clause opens with "so với <period> (B)"
(then the words naming the indicator, or none), or with "so với <period>," and the words
naming the indicator, with B in a parenthesis right after the rate, or with the words naming the
indicator opening the sentence and "so với <period> (B)" after the rate; the current value V is a
figure of B's measure before it, in its sentence when no words name the indicator, else in the
paragraph or the few before with the indicator's own words near it (as for
:mod:`lint.relations.named_changes`).  V ÷ B × 100 = 100 ± the rate, read only when the figures
agree or one typo-shaped slip explains them, and exactly one such V does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from lint import lexicon
from lint.arithmetic import Localisation
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.evidence import localised, slip_explains
from lint.relations.marks import ends_before
from lint.relations.named_changes import _COMPARED_ASIDE, _PERIOD, named_value
from lint.relations.percent_claims import PercentClaim

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# "so với cùng kỳ năm 2023 (628,4 tỷ đồng), giá trị giải ngân tăng ", "so với quý II (1.968 hồ
# sơ) tăng "
_ASIDE_THEN_RATE = re.compile(
    rf"so với\s+{_PERIOD}(?:\s+[^\W\d]+){{0,2}}(?:\s+\d{{4}})?\s*\(\s*$", re.IGNORECASE
)
_CLOSE_THEN_NAME = re.compile(
    r"\s*\)\s*,?\s*(?P<name>(?:[^\W\d]+\s+){0,10}?)(?P<way>tăng|giảm)\s+", re.IGNORECASE
)
# "So với cùng kỳ năm 2023, giá trị giải ngân tăng " … "% (cùng kỳ năm 2023 giải ngân "
_NAME_FIRST = re.compile(
    rf"so với\s+{_PERIOD}(?:\s+năm\s+\d{{4}})?\s*,\s*(?P<name>(?:[^\W\d]+\s+){{1,10}}?)"
    r"(?P<way>tăng|giảm)\s+$",
    re.IGNORECASE,
)
_ASIDE_AFTER = re.compile(
    rf"\s*\(\s*{_PERIOD}(?:\s+năm\s+\d{{4}})?(?:\s+[^\W\d]+){{0,3}}?\s*(?:là|có|đạt)?\s*:?\s*$",
    re.IGNORECASE,
)
# "; tăng " opening a clause with no name
_BARE_CLAUSE = re.compile(r"[;,]\s*(?P<way>tăng|giảm)\s+$", re.IGNORECASE)
# "Số thu tăng " opening a sentence or a ";" clause
_NAME_OPENS = re.compile(
    rf"(?:^|{lexicon.FULL_STOP_RE}\s*|;\s*)(?P<name>(?:[^\W\d]+\s+){{1,10}}?)(?P<way>tăng|giảm)\s+$",
    re.IGNORECASE,
)


def find_named_growths(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> list[PercentClaim]:
    found: list[PercentClaim] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "so với" not in block.text.lower():
            continue
        quantities = by_block.get(block.index, [])
        for index, percent in enumerate(quantities):
            if percent.kind is not QuantityKind.PERCENT or id(percent) in claimed:
                continue
            read = _read(document, by_block, block.index, quantities, index)
            if read is not None:
                found.append(read)
                claimed.add(id(percent))
    return found


def _read(
    document: Document,
    by_block: dict[int, list[Quantity]],
    block: int,
    quantities: list[Quantity],
    index: int,
) -> PercentClaim | None:
    text = document.blocks[block].text
    percent = quantities[index]
    base, name, way = None, "", ""
    if index >= 1:
        before = quantities[index - 1]
        lead = _CLOSE_THEN_NAME.fullmatch(text, before.end, percent.start)
        if lead is not None and _ASIDE_THEN_RATE.search(
            text, max(0, before.start - 80), before.start
        ):
            base, name, way = before, lead.group("name"), lead.group("way").lower()
    if base is None and index + 1 < len(quantities):
        after = quantities[index + 1]
        closed = text[after.end :].lstrip().startswith(")")
        # "So với năm 2022, số hộ … tăng X% (năm 2022 là B)": the name after the comparison
        lead = _NAME_FIRST.search(text, max(0, percent.start - 120), percent.start)
        # "…. Số thu tăng 13,83% so với năm 2023 (B)": the name opens the sentence; "…; tăng
        # 14,19% so với năm 2023 (296 lô)": a clause of the rate alone, its value earlier in
        # the sentence
        opens = _NAME_OPENS.search(text, max(0, percent.start - 120), percent.start)
        said = opens or _BARE_CLAUSE.search(text, max(0, percent.start - 12), percent.start)
        if lead is not None and closed and _ASIDE_AFTER.fullmatch(text, percent.end, after.start):
            base, name, way = after, lead.group("name"), lead.group("way").lower()
        elif said and closed and _COMPARED_ASIDE.fullmatch(text, percent.end, after.start):
            name = opens.group("name") if opens is not None else ""
            base, way = after, said.group("way").lower()
    if base is None or base.kind not in _MEASURES or base.value <= 0:
        return None
    up = way == "tăng"
    agrees = partial(_agrees, base=base, percent=percent, up=up)
    one_slip = partial(_one_slip, base=base, percent=percent, up=up)
    if name.strip():
        value = named_value(
            document, by_block, block, base, (base, percent), name, agrees, one_slip
        )
    else:
        value = _in_sentence(text, quantities[:index], base, agrees, one_slip)
    if value is None:
        return None
    direction = 1 if up else -1
    return PercentClaim(
        "growth", percent, value, base, None, direction, "cùng kỳ", base_source="previous"
    )


def _in_sentence(
    text: str,
    earlier: list[Quantity],
    base: Quantity,
    agrees: Callable[[Quantity], bool],
    one_slip: Callable[[Quantity], bool],
) -> Quantity | None:
    """The figure of ``base``'s measure before it in its sentence that the rate fits."""
    starts = ends_before(lexicon.FULL_STOP, text, base.start)
    start = starts[-1] if starts else 0
    candidates = [
        q
        for q in earlier
        if start <= q.start < base.start
        and q.kind is base.kind
        and q.unit == base.unit
        and q is not base
        and not text[: q.start].rstrip().endswith("(")
    ]
    exact = [q for q in candidates if agrees(q)]
    if exact:
        return exact[0] if len(exact) == 1 else None
    slips = [q for q in candidates if one_slip(q)]
    return slips[0] if len(slips) == 1 else None


def _growth(value: Quantity, base: Quantity, percent: Quantity, up: bool) -> Localisation | None:
    """The growth of ``value`` over ``base`` checked against ``percent`` as the checker will
    check it (None: too few digits in the base to be evidence, or figures repeated)."""
    from lint.relations.consistency import claim_statement

    claim = PercentClaim("growth", percent, value, base, None, 1 if up else -1, "cùng kỳ")
    statement = claim_statement(claim)
    assert statement is not None
    return localised(statement.constraint, (value, base, percent), base, 3)


def _agrees(value: Quantity, base: Quantity, percent: Quantity, up: bool) -> bool:
    found = _growth(value, base, percent, up)
    return found is not None and not found.violated


def _one_slip(value: Quantity, base: Quantity, percent: Quantity, up: bool) -> bool:
    """The growth of ``value`` over ``base`` is one typo-shaped slip from ``percent``."""
    return slip_explains(_growth(value, base, percent, up))
