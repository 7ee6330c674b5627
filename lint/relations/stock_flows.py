"""Stocks and flows: what there was at the start of a period, what came in and went out during
it, and what there is at its end.

Funds, debts, members and registers are reported as a balance over the period::

    Số dư quỹ đầu năm 1.248,6 triệu đồng; trong năm thu 862,3 triệu đồng; chi 905,7 triệu
    đồng; số dư cuối năm 1.205,2 triệu đồng.
    Nợ đầu kỳ 286.452 triệu đồng; nợ phát sinh mới 82.694 triệu đồng; số đã thu nợ 118.742
    triệu đồng; nợ cuối kỳ 250.404 triệu đồng.
    Đến ngày 31/12/2024, toàn tỉnh có 1.248 hợp tác xã (cuối năm 2023: 1.183 HTX). Trong năm
    thành lập mới 96 hợp tác xã, giải thể 31 hợp tác xã.

Read here, in one paragraph and for figures of one kind and unit: the opening stock (after
"đầu năm", "đầu kỳ", "cuối năm <year before>" or "năm trước chuyển sang", also in an aside),
the closing stock (after "cuối năm", "cuối kỳ", "đến nay", "hiện có", "hiện còn", "đến ngày",
"tổng số", "dư nợ"), and two flows or more, each after a verb saying which way it goes (in:
"thu", "mới", "phát sinh", "kết nạp", "thành lập", "cho vay", "tăng"; out: "chi", "giảm",
"giải thể", "thoát", "thu nợ", "xóa", "trả"; the nearest verb decides, and a verb may follow
the figure: "186 hộ thoát cận nghèo"); a change compared with another period ("tăng … so với
đầu năm") is no flow.  With the start said as such, "cuối năm <year>" is the closing stock.  opening + Σ in − Σ out = closing.  Which figure plays which part is
read from words that do not state the balance itself, so a reading is kept only when the
figures balance, or one typo-shaped slip of one figure explains them, and exactly one reading
of the paragraph does.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from lint import lexicon
from lint.arithmetic import Add, Constraint, Equation, Var, total_of
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.evidence import holds_or_one_typo
from lint.relations.figures import key_of
from lint.relations.marks import Parentheses, inside_parentheses

_KINDS = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
_CLAUSE_REACH = 160  # characters before a figure searched for its clause's words
_MOST_FLOWS = 6  # more flows of one measure in a paragraph: a list, not a balance
# a quick filter: a paragraph stating a balance names the start of its period
_PRESENT = re.compile(r"đầu năm|đầu kỳ|chuyển sang|cuối năm \d{4}|cuối năm trước", re.IGNORECASE)
_OPENING = re.compile(
    r"(?<!\w)(?:đầu năm|đầu kỳ|đầu quý|(?:năm|kỳ) trước chuyển sang|cuối năm (?:\d{4}|trước))"
    r"(?:\s+[^\W\d]+){0,3}\s*(?:là|có|đạt|:)?\s*\(?\s*$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?<!\w)(?:cuối năm|cuối kỳ|cuối quý|đến nay|hiện nay|hiện có|hiện còn|còn lại|tổng số|"
    r"(?:tổng\s+)?dư nợ|"
    r"đến ngày \d{1,2}/\d{1,2}(?:/\d{4})?|tính đến \d{1,2}/\d{1,2}(?:/\d{4})?)"
    r"(?:[\s,]+[^\W\d]+){0,6}\s*(?:là|có|còn|đạt|:)?\s*$",
    re.IGNORECASE,
)
_IN = re.compile(
    r"(?<!\w)(?:thu|mới|phát sinh|kết nạp|thành lập|tăng|nhận|bổ sung|chuyển đến|huy động|"
    r"cho vay)"
    r"(?:[\s,]+[^\W\d]+){0,4}\s*(?:là|:)?\s*$",
    re.IGNORECASE,
)
_OUT = re.compile(
    rf"(?<!\w)(?:{lexicon.OUTFLOW_WORDS_RE})(?:[\s,]+[^\W\d]+){{0,4}}\s*(?:là|:)?\s*$",
    re.IGNORECASE,
)
_YEAR_END = re.compile(
    r"(?<!\w)cuối năm \d{4}(?:\s+[^\W\d]+){0,3}\s*(?:là|có|còn|đạt|:)?\s*$", re.IGNORECASE
)
# a flow's verb right after its figure: "213 hộ thoát cận nghèo", "41 hộ phát sinh mới"
_OUT_AFTER = re.compile(r"\s*(?:thoát|giải thể|ra khỏi|chuyển đi|từ trần|bị xóa)\b", re.IGNORECASE)
_IN_AFTER = re.compile(r"\s*(?:phát sinh|mới|kết nạp|thành lập mới|chuyển đến)\b", re.IGNORECASE)
_NET = re.compile(r"so với|tương ứng|như vậy", re.IGNORECASE)  # a net change, not a flow
# "tăng 668 tỷ đồng (tăng 10,9%) so với đầu năm": a change compared after it, not a flow
_COMPARED_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?so với\b", re.IGNORECASE)


@dataclass(frozen=True)
class StockFlow:
    """opening + Σ inflows − Σ outflows = closing, over one period."""

    opening: Quantity
    inflows: tuple[Quantity, ...]
    outflows: tuple[Quantity, ...]
    closing: Quantity

    @property
    def figures(self) -> tuple[Quantity, ...]:
        return (self.opening, *self.inflows, *self.outflows, self.closing)

    def constraint(self) -> Constraint:
        came = Add(Var(key_of(self.opening)), total_of(key_of(q) for q in self.inflows))
        left = Add(Var(key_of(self.closing)), total_of(key_of(q) for q in self.outflows))
        return Equation(came, left)


def find_stock_flows(document: Document, by_block: dict[int, list[Quantity]]) -> list[StockFlow]:
    found: list[StockFlow] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or not _PRESENT.search(block.text):
            continue
        figures = [q for q in by_block.get(block.index, []) if _usable(q)]
        measures: dict[tuple[QuantityKind, str | None], list[Quantity]] = {}
        for figure in figures:
            # people counted under several names ("48.615 người", "kết nạp 2.916 hội viên")
            unit = "người" if figure.unit in lexicon.PERSON_NOUNS else figure.unit
            measures.setdefault((figure.kind, unit), []).append(figure)
        for group in measures.values():
            if len(group) >= 4:
                read = _balance(block.text, group)
                if read is not None:
                    found.append(read)
    return found


def _way(text: str, clause: str, figure: Quantity) -> str | None:
    """Which way a flow goes ("in", "out"), said by the verb nearest it in its clause
    ("213 hộ thoát cận nghèo, phát sinh 324 hộ": 324 came in), or by one right after it
    ("213 hộ thoát cận nghèo"); None when no verb says."""
    out, came = _OUT.search(clause), _IN.search(clause)
    if out is not None and (came is None or out.start() >= came.start()):
        return "out"
    if came is not None:
        return "in"
    if _OUT_AFTER.match(text, figure.end):
        return "out"
    return "in" if _IN_AFTER.match(text, figure.end) else None


def _after_an_opening(text: str, figure: Quantity, openings: list[Quantity]) -> bool:
    """``figure`` stands in the parenthesis an opening stock stands in, after it."""
    if not inside_parentheses(text, figure.start):
        return False
    opening = text.rfind("(", 0, figure.start)
    return any(opening < stock.start < figure.start for stock in openings)


def _usable(quantity: Quantity) -> bool:
    return quantity.kind in _KINDS and quantity.sign > 0 and quantity.value > 0


def _balance(text: str, group: list[Quantity]) -> StockFlow | None:
    depth = Parentheses(text)
    openings: list[Quantity] = []
    closings: list[Quantity] = []
    inflows: list[Quantity] = []
    outflows: list[Quantity] = []
    year_ends = []  # openings said as the end of a year: "cuối năm 2023", or 2024 the closing
    for figure in group:
        lead = text[max(0, figure.start - _CLAUSE_REACH) : figure.start]
        clause = re.split(r"[;.]\s", lead)[-1]  # the figure's clause, up to it
        if _OPENING.search(clause):
            openings.append(figure)
            if _YEAR_END.search(clause):
                year_ends.append(figure)
        elif depth.depth(figure.start) > 0 and not _after_an_opening(text, figure, openings):
            continue  # an aside that is no opening stock: a target, a breakdown (but "(đầu
            # kỳ 1.115 dự án, cấp mới 48 dự án, chấm dứt 11 dự án)": the flows of that stock)
        elif _NET.search(clause) or _COMPARED_AFTER.match(text, figure.end):
            continue
        elif _CLOSING.search(clause):
            closings.append(figure)
        else:
            way = _way(text, clause, figure)
            if way is not None:
                (outflows if way == "out" else inflows).append(figure)
    if not closings and len(year_ends) == 1 and len(openings) > 1:
        # "Đầu năm có 1.514 hộ … Cuối năm 2024 toàn huyện còn 1.625 hộ": the start said as
        # such, the end of the year named by its number is the closing stock
        closings = year_ends
        openings = [figure for figure in openings if figure is not year_ends[0]]
    flows = len(inflows) + len(outflows)
    if not openings or not closings or flows < 2 or flows > _MOST_FLOWS:
        return None
    readings = [
        StockFlow(opening, tuple(inflows), tuple(outflows), closing)
        for opening, closing in itertools.product(openings[-2:], closings[-2:])
        if opening is not closing
    ]
    kept = [r for r in readings if holds_or_one_typo(r.constraint(), r.figures)]
    return kept[0] if len(kept) == 1 else None
