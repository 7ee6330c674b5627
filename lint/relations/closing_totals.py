"""Totals stated after their parts: the list first, then "tổng cộng".

Lists of amounts or counts often end with their sum, in the clause after the last part or as
the next sentence::

    Kinh phí hỗ trợ: huyện Tân Phú 1.250 triệu đồng, huyện Định Quán 980 triệu đồng, huyện
    Xuân Lộc 1.415 triệu đồng; tổng cộng 3.645 triệu đồng.
    - Phân theo ngành: khai khoáng 92,5 tỷ đồng; chế biến, chế tạo 18.412,7 tỷ đồng (chiếm
      95,10%); sản xuất và phân phối điện 781,3 tỷ đồng. Tổng cộng 19.286,5 tỷ đồng.

Read here: a figure right after "tổng cộng" (or "cộng", "tổng cộng là", "tổng cộng:"), and as
its parts, the figures of its measure before it, back to the last colon of its sentence (or of
the sentence before, when "Tổng cộng" opens its own), each with words naming it.  Figures in
parentheses (shares, plans said aside), percentages and changes are passed over; a list with
"trong đó" or "gồm" in it (parts of parts) is not read.  The word states the sum, but a list may
hold figures that are not parts ("dự toán A, thực hiện B"): the reading is taken when the parts
add up, or one typo-shaped slip of one figure explains them.
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, figures_by_block
from lint.relations.evidence import Budget, adds_up_or_one_typo
from lint.relations.marks import Parentheses, sentence_ends_before

_CLOSING = re.compile(r"(?<![^\s,;.:(])(?:tổng\s+)?cộng\s*(?:là|:)?\s*:?\s*$", re.IGNORECASE)
_SENTENCE_END = lexicon.FULL_STOP
_NESTED = re.compile(rf"\b(?:{lexicon.BREAKDOWN_MARKERS_RE})\b", re.IGNORECASE)
_CHANGE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
_NAMED = re.compile(r"[^\W\d]{2,}")
_ASIDE = re.compile(r"\([^()]*\)")


def find_closing_totals(document: Document, extraction: Extraction) -> list[Breakdown]:
    found: list[Breakdown] = []
    budget = Budget()
    for index, quantities in figures_by_block(extraction).items():
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL or "cộng" not in block.text.lower():
            continue
        parentheses: Parentheses | None = None
        for position, total in enumerate(quantities):
            if total.kind not in _MEASURES or total.sign <= 0:
                continue
            closing = _CLOSING.search(block.text, max(0, total.start - 20), total.start)
            if closing is None or closing.start() == 0:
                continue
            parentheses = parentheses or Parentheses(block.text)
            if not parentheses.balanced(total.start):
                continue
            listed = _parts(block.text, quantities[:position], total, closing.start(), parentheses)
            if listed is None:
                continue
            parts, labels = listed
            if adds_up_or_one_typo(total, parts, budget, exhaustive=True):
                found.append(Breakdown(total, tuple(parts), True, "tổng cộng", labels))
    return found


def _parts(
    text: str,
    earlier: list[Quantity],
    total: Quantity,
    stop: int,
    parentheses: Parentheses,
) -> tuple[list[Quantity], tuple[str, ...]] | None:
    """The named figures of ``total``'s measure from the list's start to ``stop``, and the
    words naming each."""
    ends = sentence_ends_before(_SENTENCE_END, text, stop)
    start = ends[-1] if ends else 0
    if not text[start:stop].strip(" ,;:-"):  # "… 781,3 tỷ đồng. Tổng cộng …": the list before
        start = ends[-2] if len(ends) > 1 else 0
    colon = text.rfind(":", start, stop)
    start = colon + 1 if colon >= 0 else start
    if _NESTED.search(text, start, stop):
        return None
    parts = [
        q
        for q in earlier
        if start <= q.start
        and q.kind is total.kind
        and q.unit == total.unit
        and parentheses.balanced(q.start)
        and not _CHANGE.search(text, max(0, q.start - 12), q.start)
    ]
    if len(parts) < 2 or any(q.sign <= 0 for q in parts):
        return None
    previous = start
    labels = []
    for part in parts:
        words = text[previous : part.start]
        if not _NAMED.search(words):
            return None  # a figure with no words before it: no part of a named list
        labels.append(_ASIDE.sub("", words).split(";")[-1].strip(" ,:"))
        previous = part.end
    return parts, tuple(labels)
