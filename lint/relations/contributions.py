"""Contributions to growth in percentage points, and the growth they make up.

Statistical and socio-economic reports split a growth rate by sector::

    GRDP ước tăng 7,52% so với năm 2023, trong đó: khu vực nông, lâm nghiệp và thủy sản tăng
    3,21%, đóng góp 0,42 điểm phần trăm; khu vực công nghiệp và xây dựng tăng 10,85%, đóng góp
    4,36 điểm phần trăm; khu vực dịch vụ tăng 6,01%, đóng góp 2,35 điểm phần trăm; thuế sản
    phẩm trừ trợ cấp sản phẩm tăng 5,12%, đóng góp 0,39 điểm phần trăm.

The contributions of the parts add up to the growth of the whole (0,42 + 4,36 + 2,35 + 0,39 =
7,52).  Read here: the last percentage before "trong đó" in its sentence, then two or more
``đóng góp X điểm phần trăm`` after it in the same sentence.  The list is all of the growth when
it includes the product taxes ("thuế sản phẩm"), the last component of GDP by production;
without them it may be only the sectors, whose contributions add up to less.  A footnote may
name the growth first: "Trong mức tăng chung 7,26%: khu vực … đóng góp 0,54 điểm phần trăm; …".
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, figures_by_block

_MARKER = re.compile(r"[,:;]\s*trong đó\s*:?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)")
_CONTRIBUTES = re.compile(r"đóng góp\s+(?:được\s+|thêm\s+)?$", re.IGNORECASE)
_POINTS = re.compile(rf"\s*{lexicon.PERCENTAGE_POINTS_RE}", re.IGNORECASE)
_GROWTH_LEAD = re.compile(r"\btăng\b|tăng trưởng", re.IGNORECASE)
_PRODUCT_TAXES = re.compile(r"thuế sản phẩm", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[;:]\s*")
_PULLS_DOWN = re.compile(r"làm giảm|đóng góp âm|kéo giảm", re.IGNORECASE)


def find_contributions(document: Document, extraction: Extraction) -> list[Breakdown]:
    found: list[Breakdown] = []
    for index, quantities in figures_by_block(extraction).items():
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL or "đóng góp" not in block.text:
            continue
        for marker in _MARKER.finditer(block.text):
            breakdown = _read(block.text, quantities, marker.start(), marker.end())
            if breakdown is not None:
                found.append(breakdown)
        found.extend(_growth_named_first(block.text, quantities))
    return found


# "Trong mức tăng chung 7,26%: khu vực … đóng góp …" (a footnote's opening): the growth named
# before its contributions
_WITHIN_THE_GROWTH = re.compile(
    r"(?:^|[.;:]\s*)trong\s+(?:mức|tốc độ)\s+tăng(?:\s+trưởng)?(?:\s+chung)?\s*$",
    re.IGNORECASE,
)
_COLON_AFTER = re.compile(r"\s*(?:so với[^\d:;]{0,30})?:")


def _growth_named_first(text: str, quantities: list[Quantity]) -> list[Breakdown]:
    found = []
    for quantity in quantities:
        if quantity.kind is not QuantityKind.PERCENT or quantity.sign < 0:
            continue
        if not _WITHIN_THE_GROWTH.search(text, max(0, quantity.start - 40), quantity.start):
            continue
        colon = _COLON_AFTER.match(text, quantity.end)
        if colon is None:
            continue
        breakdown = _parts_after(text, quantities, quantity, colon.end())
        if breakdown is not None:
            found.append(breakdown)
    return found


def _read(text: str, quantities: list[Quantity], marker: int, start: int) -> Breakdown | None:
    sentence_starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, marker)]
    sentence_start = sentence_starts[-1] if sentence_starts else 0
    before = [q for q in quantities if sentence_start <= q.start and q.end <= marker]
    if not before or before[-1].kind is not QuantityKind.PERCENT:
        return None
    total = before[-1]
    if not _GROWTH_LEAD.search(text, sentence_start, total.start):
        return None
    return _parts_after(text, quantities, total, start)


def _parts_after(
    text: str, quantities: list[Quantity], total: Quantity, start: int
) -> Breakdown | None:
    """The contributions from ``start`` to the sentence's end, as the parts of ``total``."""
    end_match = _SENTENCE_END.search(text, start)
    end = end_match.start() if end_match else len(text)
    parts: list[Quantity] = []
    labels: list[str] = []
    clause = start
    if _PULLS_DOWN.search(text, start, end):
        return None  # a negative contribution ("làm giảm 0,15 điểm phần trăm"): not read
    for quantity in quantities:
        if not start <= quantity.start < end:
            continue
        if quantity.sign < 0 and _contribution(text, quantity, signed=True):
            return None
        if quantity.kind is QuantityKind.NUMBER and _contribution(text, quantity):
            parts.append(quantity)
            labels.append(_label(text, clause, quantity.start))
            clause = quantity.end
    if len(parts) < 2:
        return None
    exhaustive = any(_PRODUCT_TAXES.search(label) for label in labels)
    return Breakdown(total, tuple(parts), exhaustive, "đóng góp", tuple(labels))


def _contribution(text: str, quantity: Quantity, signed: bool = False) -> bool:
    """``đóng góp 0,42 điểm phần trăm`` (``signed``: also ``đóng góp -0,15 …``)."""
    return (
        (signed or quantity.sign > 0)
        and _CONTRIBUTES.search(text, max(0, quantity.start - 20), quantity.start) is not None
        and _POINTS.match(text, quantity.end) is not None
    )


def _label(text: str, clause: int, position: int) -> str:
    """The part's name: the words opening its clause, up to its growth ("khu vực dịch vụ")."""
    piece = text[clause:position]
    opening = list(_CLAUSE_START.finditer(piece))
    if opening:
        piece = piece[opening[-1].end() :]
    name = re.split(r"\s+(?:tăng|giảm)\b", piece, maxsplit=1)[0]
    return name.strip(" ,;:")
