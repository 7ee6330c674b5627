"""Multiples and increments between two stated values of one indicator.

:mod:`percent_bases` reads ``gấp N lần cùng kỳ`` with last year's value nearby and
:mod:`inline_breakdowns` reads ``tăng N so với cùng kỳ`` and ``tăng từ A lên B, tăng C``.
Read here, in the other shapes reports use:

* ``tăng N lần`` (written for ×N and for ×(N + 1): V ÷ B anywhere from N to N + 1) against ``cùng kỳ`` / ``năm trước``, with last
  year's value stated nearby (as :func:`percent_bases.previous_value` finds it);
* ``gấp / tăng (gấp) / bằng N lần (so với) năm YYYY`` with that year's value in parentheses
  right after, or in an earlier clause of the paragraph (or the one before) that names the
  same year and the same indicator: ``Doanh thu năm 2020 đạt 40 tỷ đồng. … năm 2025 đạt 120
  tỷ đồng, gấp 3 lần năm 2020``;
* ``tăng từ A lên B, (tăng) gấp N lần``: B = N × A (``tăng N lần``: from N to N + 1), and the
  multiple first: ``tăng gấp N lần, từ A lên B``;
* ``V …, tăng (thêm) C`` / ``giảm C`` with no other comparison, or ``so với năm YYYY``, with
  the earlier value stated nearby (the year before in an earlier clause, or in parentheses):
  ``Năm 2024 có 120 hợp tác xã. Năm 2025 có 135 hợp tác xã, tăng thêm 15 hợp tác xã``
  (V = B + C; ``giảm``: B = V + C).

Multiples become ``times`` claims (``value ÷ base = N`` within the rounding of N, P105);
increments become exhaustive :class:`~lint.relations.breakdowns.Breakdown`\\ s (S101).
Anything less clear is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.breakdowns import Breakdown, change_sum
from lint.relations.percent_claims import PercentClaim

_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
_TIMES_LEAD = re.compile(r"(tăng\s+gấp|tăng|gấp|bằng)\s*$", re.IGNORECASE)
_COMPARED_YEAR = re.compile(
    r"\s*(?:so với\s+)?(?:cùng kỳ\s+)?năm\s+((?:19|20)\d\d)\b(?!\s*[-–/])", re.IGNORECASE
)
_COMPARED_PREVIOUS = re.compile(
    rf"\s*(?:so với\s+)?({lexicon.PREVIOUS_PERIOD_WORDS_RE})\b", re.IGNORECASE
)
_FROM = re.compile(r"(tăng)\s+từ\s*$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:năm\s+\d{4}\s*)?lên\s*(?:mức\s+)?$", re.IGNORECASE)
_TIMES_AFTER_TO = re.compile(
    r"\s*(?:năm\s+\d{4}\s*)?[,(]\s*(?:tương đương\s+|tức là\s+|tức\s+)?(tăng\s+)?(gấp\s+)?$",
    re.IGNORECASE,
)
# "gấp 3 lần, từ 150 … lên 360 …": the multiple first, then the two values
_TIMES_THEN_FROM = re.compile(r"\s*[,(]?\s*(?:tăng\s+)?từ\s*", re.IGNORECASE)
_CHANGE_LEAD = re.compile(r"(tăng|giảm)\s+(thêm\s+)?$", re.IGNORECASE)
_CHANGE_END = re.compile(
    r"\s*(?:so với\s+năm\s+((?:19|20)\d\d)\b)?\s*(?:[.;,)]|\(|$)", re.IGNORECASE
)
_VALUE_GAP = re.compile(r"[\s,]*(?:[^\W\d]+(?![^\W\d])[\s,]*){0,2}")


def find_multiples(
    document: Document, by_block: dict[int, list[Quantity]]
) -> Iterator[PercentClaim]:
    """``times`` claims of the shapes in the module docstring."""
    from lint.relations.percent_bases import previous_value

    blocks = document.blocks
    for block in blocks:
        if block.kind is BlockKind.TABLE_CELL or " lần" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        text = block.text
        for index, times in enumerate(quantities):
            if times.kind is not QuantityKind.COUNT or times.unit != "lần" or times.value <= 1:
                continue
            from_to = _from_to(text, quantities, index) or _times_then_from_to(
                text, quantities, index
            )
            if from_to is not None:
                yield PercentClaim(
                    "times",
                    times,
                    from_to[1],
                    from_to[0],
                    comparison="từ",
                    base_source="from",
                    offset=from_to[2],
                )
                continue
            lead = _TIMES_LEAD.search(text, max(0, times.start - 16), times.start)
            if lead is None:
                continue
            subject = _subject(text, quantities[:index], lead.start())
            if subject is None or subject.unit == "lần":
                continue  # "kiểm tra 10 lần, tăng 2 lần": two more times, not a multiple
            previous = _COMPARED_PREVIOUS.match(text, times.end)
            if previous is not None:
                if lead.group(1).lower() != "tăng":
                    continue  # gấp / bằng N lần cùng kỳ: read by percent_bases
                claim = PercentClaim("times", times, subject, comparison=previous.group(1).lower())
                base = previous_value(blocks, by_block, block, quantities, claim)
            else:
                year = _COMPARED_YEAR.match(text, times.end)
                if year is None:
                    continue
                claim = PercentClaim("times", times, subject, comparison="năm " + year.group(1))
                base = _year_base(blocks, by_block, block, quantities, claim, year.group(1))
            if base is not None and base is not subject:
                yield PercentClaim(
                    "times",
                    times,
                    subject,
                    base,
                    comparison=claim.comparison,
                    base_source="previous",
                    offset=1 if lead.group(1).lower() == "tăng" else 0,
                )


def _times_then_from_to(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, Quantity, int] | None:
    """``(tăng) gấp N lần, từ A lên B``: (A, B, 0); ``tăng N lần, từ A lên B``: (A, B, 1)."""
    if index + 2 >= len(quantities):
        return None
    times = quantities[index]
    lead = _TIMES_LEAD.search(text, max(0, times.start - 16), times.start)
    first, second = quantities[index + 1], quantities[index + 2]
    if lead is None or not (_usable(first) and _usable(second) and _same(first, second)):
        return None
    if not _TIMES_THEN_FROM.fullmatch(text[times.end : first.start]):
        return None
    if not _TO.fullmatch(text[first.end : second.start]):
        return None
    words = lead.group(1).lower()
    if words == "bằng":
        return None
    return first, second, 1 if words == "tăng" else 0


def _from_to(
    text: str, quantities: list[Quantity], index: int
) -> tuple[Quantity, Quantity, int] | None:
    """``tăng từ A lên B, gấp N lần``: (A, B, 0); ``…, tăng N lần``: (A, B, 1)."""
    if index < 2:
        return None
    first, second = quantities[index - 2], quantities[index - 1]
    if not (_usable(first) and _usable(second) and _same(first, second)):
        return None
    if _FROM.search(text, max(0, first.start - 16), first.start) is None:
        return None
    if not _TO.fullmatch(text[first.end : second.start]):
        return None
    after = _TIMES_AFTER_TO.fullmatch(text[second.end : quantities[index].start])
    if after is None:
        return None
    return first, second, 1 if after.group(1) and not after.group(2) else 0


def _subject(text: str, earlier: list[Quantity], position: int) -> Quantity | None:
    """The figure right before the multiple, separated by a few words and a comma only."""
    if not earlier:
        return None
    subject = earlier[-1]
    if not _usable(subject) or not _VALUE_GAP.fullmatch(text[subject.end : position]):
        return None
    if re.search(
        r"\b(?:tăng|giảm|thêm|vượt)\W*$", text[max(0, subject.start - 12) : subject.start]
    ):
        return None
    return subject


def _year_base(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    block: Block,
    quantities: list[Quantity],
    claim: PercentClaim,
    year: str,
) -> Quantity | None:
    """The compared year's value: in parentheses right after, else the one figure of an
    earlier clause naming that year (and nothing the subject's sentence does not name)."""
    from lint.relations import percent_bases as bases

    text = block.text
    sentence_start, sentence_end = bases._sentence_of(text, claim.percent.start)
    subject_sentence = text[sentence_start : claim.percent.start]
    subject_words = text[sentence_start : claim.value.start]
    inside = bases._parenthesised(text, quantities, claim, sentence_end)
    if inside is not None:
        base, clause = inside
        years = set(bases._YEAR.findall(clause))
        if years - {year} or bases._PLAN_NOUN.search(clause):
            return None
        return base if bases._same_indicator(clause, subject_sentence + " " + year) else None

    def accept(holder: Block, start: int, end: int, quantity: Quantity) -> bool:
        clause = holder.text[start:end]
        if "%" in clause or bases._PLAN_NOUN.search(clause) or not _same(claim.value, quantity):
            return False
        if set(bases._YEAR.findall(clause)) != {year}:
            return False
        rest = holder.text[start : quantity.start] + " " + holder.text[quantity.end : end]
        return bases._same_named(rest, subject_sentence + " " + year, subject_words)

    return bases._nearest(blocks, block, sentence_start, by_block, accept)


def find_increments(document: Document, by_block: dict[int, list[Quantity]]) -> list[Breakdown]:
    """``V …, tăng (thêm) C`` with no comparison or ``so với năm YYYY``, and the earlier value
    stated nearby: V = B + C (``giảm``: B = V + C)."""
    from lint.relations.percent_bases import previous_value

    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        quantities = by_block.get(block.index, [])
        text = block.text
        for index in range(1, len(quantities)):
            change, value = quantities[index], quantities[index - 1]
            if not _usable(change) or not _usable(value) or not _same(value, change):
                continue
            lead = _CHANGE_LEAD.search(text, max(0, change.start - 14), change.start)
            end = _CHANGE_END.match(text, change.end)
            if lead is None or end is None:
                continue
            if not _VALUE_GAP.fullmatch(text[value.end : lead.start()]):
                continue
            if _CHANGE_LEAD.search(text, max(0, value.start - 14), value.start):
                continue
            claim = PercentClaim("growth", change, value, comparison="")
            base = previous_value(document.blocks, by_block, block, quantities, claim)
            if base is None or base is value or base is change:
                continue
            if end.group(1) and end.group(1) not in _words_before(document, base):
                continue  # "so với năm 2020": the base must be that year's
            up = lead.group(1).lower() == "tăng"
            total, parts = change_sum(value, base, change, up)
            marker, labels = ("tăng thêm", ("trước", "tăng")) if up else ("giảm", ("sau", "giảm"))
            found.append(Breakdown(total, parts, True, marker, labels))
    return found


def _words_before(document: Document, base: Quantity) -> str:
    return document.blocks[base.block].text[max(0, base.start - 80) : base.start]


def _same(a: Quantity, b: Quantity) -> bool:
    return a.kind is b.kind and a.unit == b.unit


def _usable(quantity: Quantity) -> bool:
    return quantity.kind in _MEASURES and quantity.sign > 0 and quantity.value > 0
