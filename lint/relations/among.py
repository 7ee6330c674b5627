"""Breakdowns opened by "trong số": the total first, then the parts after "có".

Reports split a counted whole by one criterion in one sentence, the total named after
"trong số" (among) and the parts after "có" (there are)::

    Trong số 1.240 cán bộ được khảo sát có 860 cán bộ trình độ đại học, 310 cao đẳng,
    70 trung cấp.

The parts are a list (split at ";", or at "," and "và"); a part takes the total's unit when it
leaves it out, as lists do ("310 cao đẳng" counts cán bộ).  The words do not say whether every
part is listed ("trong số 42 đơn có 30 đơn đúng thẩm quyền" lists one), so the reading is
checked only on strong evidence (:mod:`lint.relations.evidence`): the parts add up to the
total within rounding, or one typing-mistake-shaped correction makes them add up.  A list of
some parts falls short of its total by the parts left out, which no single typo explains, and
stays silent.
"""

from __future__ import annotations

import re

from lint.document import BlockKind, Document
from lint.lexicon import cue_text
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import (
    _CHANGE_BEFORE,
    _COMPARABLE,
    Breakdown,
    _compatible,
    _depths,
    _region_end,
    figures_by_block,
)
from lint.relations.evidence import Budget, adds_up_or_one_typo

MARKER = "trong số"
HAS_REACH = 160  # characters between the total and "có" (the total's description)
MAX_TYPO_CHECKS = 100  # typo-shaped explanations tried in one document (each a localisation)
# "trong số" right before the total; "trong số đó", "trong số các xã" name no figure
_AMONG = re.compile(r"(?<!\w)trong số\s+", re.IGNORECASE)
# "có" opening the parts: "… có 860 cán bộ", "…, có: 860 …"; not "có trình độ" inside a part
_HAS = re.compile(r"(?<!\w)có(?!\w)\s*:?\s*", re.IGNORECASE)
# list separators: ";" first; else "," (not a decimal comma: "1,5") and "và"
_ITEM_SEPARATOR = re.compile(r",(?!\d)|(?<=[^\W\d_]),|\s+và\s+")
_CLAUSE_END = re.compile(r";|:")


def find_among(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_block = figures_by_block(extraction)
    budget = Budget(MAX_TYPO_CHECKS)
    found: list[Breakdown] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        text = cue_text(block.text)
        if "trong s" not in text.lower():
            continue
        quantities = by_block.get(block.index, [])
        for match in _AMONG.finditer(text):
            breakdown = _read(text, quantities, match.end(), budget)
            if breakdown is not None:
                found.append(breakdown)
    return found


def _read(text: str, quantities: list[Quantity], start: int, budget: Budget) -> Breakdown | None:
    total = next((q for q in quantities if q.start >= start), None)
    if total is None or total.start != start or total.kind not in _COMPARABLE or total.sign <= 0:
        return None
    end = _region_end(text, total.end)
    clause = _CLAUSE_END.search(text, total.end, end)
    has = _HAS.search(
        text, total.end, min(clause.start() if clause else end, total.end + HAS_REACH)
    )
    if has is None:
        return None
    if any(total.end <= q.start < has.start() for q in quantities):
        return None  # another figure describes the total ("trong số 120 hộ có 3 con trở lên …")
    parts, labels = _parts(text, quantities, has.end(), end, total)
    if len(parts) < 2:
        return None
    if not adds_up_or_one_typo(total, parts, budget):
        return None
    return Breakdown(total, tuple(parts), True, MARKER, tuple(labels))


def _parts(
    text: str, quantities: list[Quantity], start: int, end: int, total: Quantity
) -> tuple[list[Quantity], list[str]]:
    """The first figure of each item of the list ``[start, end)``: of the total's kind and unit,
    or a bare number leaving the unit out after a first part that states it."""
    parts: list[Quantity] = []
    labels: list[str] = []
    for item_start, item_end in _items(text, start, end):
        depths = _depths(text, item_start, item_end)
        chosen = next(
            (
                q
                for q in quantities
                if item_start <= q.start
                and q.end <= item_end
                and depths[q.start - item_start] == 0
                and not _CHANGE_BEFORE.search(text[item_start : q.start])
            ),
            None,
        )
        if chosen is None:
            break
        elided = bool(parts) and chosen.kind is QuantityKind.NUMBER and chosen.unit is None
        if not (_compatible(total, chosen) or (elided and chosen.sign > 0)):
            break
        if elided and chosen.interval.width != parts[0].interval.width:
            break  # a bare "1,5" after "860 cán bộ" is not a count of them
        parts.append(chosen)
        label = text[item_start : chosen.start].strip(" :,-+")
        labels.append(label or text[chosen.end : item_end].strip(" :,.-+"))
    return parts, labels


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if ";" in text[start:end]:
        separators = list(re.finditer(";", text[start:end]))
    else:
        separators = list(_ITEM_SEPARATOR.finditer(text[start:end]))
    depths = _depths(text, start, end)
    items, item_start = [], start
    for match in separators:
        if depths[match.start()] == 0:
            items.append((item_start, start + match.start()))
            item_start = start + match.end()
    items.append((item_start, end))
    return [(a, b) for a, b in items if text[a:b].strip()]
