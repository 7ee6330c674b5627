"""Gaps to a named reference whose value is stated in parentheses.

Reports compare a figure with a reference (the previous crop, a control plot, a target, the
province's average) by the gap, and give the reference's own value aside::

    Năng suất lúa đạt 62,5 tạ/ha, cao hơn vụ trước 1,8 tạ/ha (vụ trước đạt 60,7 tạ/ha).
    Tỷ lệ tham gia BHYT đạt 91,85%, thấp hơn chỉ tiêu giao 1,15 điểm phần trăm (chỉ tiêu 93%).

``V, cao hơn / nhiều hơn R G (R B)``: V = B + G; ``thấp hơn / ít hơn``: B = V + G; ``vượt G
so với R (B)`` ("vượt 0,81 điểm phần trăm so với chỉ tiêu tỉnh giao (97,50%)"): V = B + G.  The
value V is the figure right before the comparison (past an aside in parentheses); the gap G
has V's unit, or is in percentage points between two rates; the parenthesis right after the
gap holds only the reference's value B, with at most a few words that name the reference (the
first of them among the words of R).  When no parenthesis follows the gap, R's value may be
stated earlier in the sentence after R's own words ("Tổng giá khởi điểm 18,462 tỷ đồng, giá
trúng đấu giá 21,575 tỷ đồng, cao hơn giá khởi điểm 3,113 tỷ đồng"): R named by two words or
more, the one figure of V's unit after them.  Each reading is an exhaustive
:class:`~lint.relations.breakdowns.Breakdown` (S101).
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import Breakdown, change_sum
from lint.relations.marks import ends_before

_VALUES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.RATE)
_HIGHER = ("cao hơn", "nhiều hơn", "lớn hơn", "vượt")
_LOWER = ("thấp hơn", "ít hơn", "nhỏ hơn")
# between the value and the comparison: ", ", ", còn ", ", vẫn ", past a few words naming what
# a rate is of and an aside ("93,62% dân số toàn huyện (dân số 180.032 người), còn ")
# (or the value is a rate said aside: "tốt nghiệp 2.861 học sinh (99,55%), cao hơn …")
_TO_COMPARISON = re.compile(
    r"(?:\s*\))?(?:\s+[^\W\d]+){0,4}(?:\s*\([^()]*\))?\s*,\s*(?:(?:còn|vẫn|nhưng|và)\s+)?$"
)
# the comparison and what it is compared with, up to the gap: "cao hơn vụ trước "
_COMPARISON = re.compile(
    rf"(?P<way>{lexicon.alternation(_HIGHER + _LOWER)})\s+(?:so với\s+)?"
    r"(?P<reference>(?:[^\W\d]+\s+){0,6}?)$",
    re.IGNORECASE,
)
# after the gap, what it is compared with if not said before it, then the reference's value in
# parentheses: "(vụ trước đạt ", "(chỉ tiêu ", "so với ruộng đối chứng (", "(", "(năm học
# 2022-2023 đạt "
_REFERENCE_OPENS = re.compile(
    r"\s*(?:so với\s+(?P<named>(?:[^\W\d]+(?![^\W\d])\s*){1,6}))?"
    r"\(\s*(?P<label>(?:(?:[^\W\d]+|(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?)\s+){0,5}?)"
    r"(?:(?:đạt|là|có)\s+|:\s*)?",
    re.IGNORECASE,
)
_POINTS = re.compile(rf"\s*{lexicon.PERCENTAGE_POINTS_RE}", re.IGNORECASE)
_CLOSING = re.compile(r"\s*\)")


def find_gaps(document: Document, by_block: dict[int, list[Quantity]]) -> list[Breakdown]:
    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or not ("hơn" in block.text or "vượt" in block.text):
            continue
        quantities = by_block.get(block.index, [])
        for index in range(1, len(quantities)):
            read = _gap(block.text, quantities, index) if index + 1 < len(quantities) else None
            if read is None:
                read = _gap_named_before(block.text, quantities, index)
            if read is not None:
                found.append(read)
    return found


def _gap_named_before(text: str, quantities: list[Quantity], index: int) -> Breakdown | None:
    """``R B, … V, cao hơn R G``: the reference named after the comparison is a figure stated
    earlier in the sentence, right after the same words ("Tổng giá khởi điểm 18,462 tỷ đồng,
    giá trúng đấu giá 21,575 tỷ đồng, cao hơn giá khởi điểm 3,113 tỷ đồng")."""
    gap = quantities[index]
    lead = _COMPARISON.search(text, max(0, gap.start - 60), gap.start)
    if lead is None or gap.sign < 0:
        return None
    named = lead.group("reference").split()
    if len(named) < 2:
        return None  # compared with one word ("kế hoạch"): too loose to find by name
    following = quantities[index + 1] if index + 1 < len(quantities) else None
    value = _value_before(text, quantities, index, lead.start())
    if value is None or value.kind is QuantityKind.PERCENT:
        return None
    if (
        following is not None
        and _REFERENCE_OPENS.fullmatch(text, gap.end, following.start)
        and _fits(text, value, gap, following)
    ):
        return None  # the reference's value said aside, read by _gap
    ends = ends_before(lexicon.FULL_STOP, text, value.start)
    start = ends[-1] if ends else 0
    # the reference's words in order, a few others between them ("dự toán chi thường xuyên
    # giao" for "dự toán giao") and after them ("giá khởi điểm của 05 lô đất là")
    words = r"(?:\s+[^\W\d]+){0,3}?\s+".join(re.escape(word) for word in named)
    naming = re.compile(
        rf"(?<!\w){words}(?:\s+(?:[^\W\d]+|\d{{1,3}})){{0,5}}?\s*(?:(?:là|đạt|có)\s+|:\s*)?$",
        re.IGNORECASE,
    )
    references = [
        q
        for q in quantities
        if start <= q.start
        and q.end <= value.start
        and _fits(text, value, gap, q)
        and naming.search(text, max(start, q.start - 120), q.start)
    ]
    if len(references) != 1:
        return None
    reference = references[0]
    way = lead.group("way").lower()
    up = way in _HIGHER
    total, parts = change_sum(value, reference, gap, up)
    labels = ("đối chiếu", "chênh lệch") if up else ("giá trị", "chênh lệch")
    return Breakdown(total, parts, True, way, labels)


def _gap(text: str, quantities: list[Quantity], index: int) -> Breakdown | None:
    gap, reference = quantities[index], quantities[index + 1]
    lead = _COMPARISON.search(text, max(0, gap.start - 60), gap.start)
    if lead is None or gap.sign < 0:
        return None
    value = _value_before(text, quantities, index, lead.start())
    if value is None or not _fits(text, value, gap, reference):
        return None
    gap_end = _POINTS.match(text, gap.end)
    opening = _REFERENCE_OPENS.fullmatch(
        text, gap_end.end() if gap_end else gap.end, reference.start
    )
    if opening is None or not _CLOSING.match(text, reference.end):
        return None
    named_words = lead.group("reference") + " " + (opening.group("named") or "")
    if not named_words.strip():
        return None  # compared with nothing named
    label = opening.group("label").split()
    if label and label[0].lower() not in {word.lower() for word in named_words.split()}:
        return None  # the parenthesis names something else
    way = lead.group("way").lower()
    up = way in _HIGHER
    total, parts = change_sum(value, reference, gap, up)
    labels = ("đối chiếu", "chênh lệch") if up else ("giá trị", "chênh lệch")
    return Breakdown(total, parts, True, way, labels)


def _value_before(
    text: str, quantities: list[Quantity], index: int, comparison: int
) -> Quantity | None:
    """The figure right before the comparison: only a comma (and an aside) between."""
    for candidate in reversed(quantities[:index]):
        if candidate.end <= comparison and _TO_COMPARISON.fullmatch(
            text, candidate.end, comparison
        ):
            if text[candidate.end : comparison].lstrip().startswith(")") and not (
                candidate.kind is QuantityKind.PERCENT
                and text[: candidate.start].rstrip().endswith("(")
            ):
                continue  # a figure in a parenthesis is not what is compared
            return candidate
        if candidate.end < comparison - 300:
            break
    return None


def _fits(text: str, value: Quantity, gap: Quantity, reference: Quantity) -> bool:
    """Three figures of one unit, or two rates and their gap in percentage points."""
    if value.kind is QuantityKind.PERCENT:
        if reference.kind is not QuantityKind.PERCENT:
            return False
        if gap.kind is QuantityKind.PERCENT and gap.sign > 0:
            # "đạt tỷ lệ 86,84%, vượt 1,84% so với chỉ tiêu giao (85%)": a gap in "%" is in
            # percentage points unless it is relative to the reference (2,16%); when either
            # reading holds, the sentence is not checked under the other
            from lint.relations.inline_breakdowns import relative_change_holds

            return not relative_change_holds(reference, value, gap)
        return gap.kind is QuantityKind.NUMBER and _POINTS.match(text, gap.end) is not None
    return value.kind in _VALUES and all(
        q.kind is value.kind and q.unit == value.unit and q.value > 0 for q in (gap, reference)
    )
