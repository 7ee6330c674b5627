"""Complementary figures: a total, then the part that has done something and the part that has
not yet done it.

Reports count a whole, then split it by one criterion in two sentences that may lie paragraphs
apart::

    Toàn huyện có 1.240 cán bộ, công chức cấp xã. …
    … trong số 1.010 cán bộ đạt chuẩn có 700 cán bộ trình độ đại học …
    … còn 230 cán bộ, công chức chưa đạt chuẩn về trình độ chuyên môn.

A figure whose clause says ``chưa <V>`` ("chưa đạt chuẩn", "chưa hoàn thành", "chưa giải
ngân") and a figure of the same kind and unit in the same part of the outline whose clause says
``<V>`` without a negation ("đạt chuẩn", "đã hoàn thành", "đã giải ngân") complement each other:
together they are a total stated before both, in that part or a part enclosing it, when the
evidence is strong (:mod:`lint.relations.evidence`: they add up to it within rounding, or one
typing-mistake-shaped correction makes them add up), and exactly one such total and pair does.
Otherwise nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lint.document import BlockKind, Document
from lint.numbers.quantity import Quantity
from lint.numbers.scan import Extraction
from lint.outline import OutlineNode
from lint.relations.breakdowns import _CHANGE_BEFORE, _COMPARABLE, Breakdown, _compatible, _single
from lint.relations.evidence import adds_up, one_typo_away
from lint.relations.outline_breakdowns import cue_text

NEAREST_TOTALS = 12  # the totals tried for one pair: the nearest ones before it
_NOT_YET = re.compile(r"\bchưa\s+((?:được\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)", re.IGNORECASE)
_NEGATION = re.compile(r"(?:chưa|không|chẳng)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\.(?=\s|$)|:")


def find_complements(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_node: dict[int, list[Quantity]] = {}
    nodes: dict[int, OutlineNode] = {}
    outline = document.outline
    for quantity in extraction.quantities:
        quantity = _single(quantity)
        block = document.blocks[quantity.block]
        if block.kind is BlockKind.TABLE_CELL or quantity.kind not in _COMPARABLE:
            continue
        if quantity.sign <= 0:
            continue
        node = outline.node_of(block)
        by_node.setdefault(id(node), []).append(quantity)
        nodes[id(node)] = node
    found: list[Breakdown] = []
    for key, quantities in by_node.items():
        for done, not_yet, words in _pairs(document, quantities):
            earlier = [
                total
                for total in _totals(nodes[key], by_node, min(done, not_yet, key=_position))
                if _compatible(total, done) and total is not done and total is not not_yet
            ][-NEAREST_TOTALS:]
            breakdown = _checked(earlier, done, not_yet, words)
            if breakdown is not None:
                found.append(breakdown)
    return found


def _position(quantity: Quantity) -> tuple[int, int]:
    return quantity.block, quantity.start


def _clause(document: Document, quantity: Quantity) -> tuple[str, str]:
    """The words of ``quantity``'s clause before and after it (to ``;``, ``:``, a sentence end
    or the next figure), with "_" read as a space."""
    text = cue_text(document.blocks[quantity.block].text)
    before = text[: quantity.start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    before = re.split(r"\d", before[cut:])[-1]
    after = text[quantity.end :]
    end = _CLAUSE_END.search(after)
    after = after[: end.start() if end else len(after)]
    after = re.split(r"\d", after)[0]
    return before, after


def _pairs(
    document: Document, quantities: list[Quantity]
) -> Iterator[tuple[Quantity, Quantity, str]]:
    """(done, not yet, the words) for every figure saying ``chưa <V>`` and every figure of its
    kind and unit saying ``<V>`` without a negation."""
    clauses = [_clause(document, quantity) for quantity in quantities]
    for index, quantity in enumerate(quantities):
        before, after = clauses[index]
        text = document.blocks[quantity.block].text
        if _CHANGE_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start]):
            continue
        found = _NOT_YET.search(after) or _NOT_YET.search(before)
        if found is None:
            continue
        words = found.group(1).lower()
        for other, (other_before, other_after) in zip(quantities, clauses, strict=True):
            if other is quantity or not _compatible(quantity, other):
                continue
            if _says(other_after, words) or _says(other_before, words):
                yield other, quantity, words


def _says(clause: str, words: str) -> bool:
    lowered = clause.lower()
    start = lowered.find(words)
    while start >= 0:
        if not _NEGATION.search(lowered[:start]) and (
            start + len(words) == len(lowered) or not lowered[start + len(words)].isalpha()
        ):
            return True
        start = lowered.find(words, start + 1)
    return False


def _totals(
    node: OutlineNode, by_node: dict[int, list[Quantity]], first: Quantity
) -> list[Quantity]:
    """The figures before ``first`` in ``node`` and the parts enclosing it, in document order."""
    chain = []
    current: OutlineNode | None = node
    while current is not None:
        chain.append(current)
        current = current.parent
    before = [
        quantity
        for part in chain
        for quantity in by_node.get(id(part), [])
        if _position(quantity) < _position(first)
    ]
    return sorted(before, key=_position)


def _checked(
    totals: list[Quantity], done: Quantity, not_yet: Quantity, words: str
) -> Breakdown | None:
    parts = [done, not_yet] if _position(done) < _position(not_yet) else [not_yet, done]
    adding = [total for total in totals if adds_up(total, parts)]
    if not adding:
        # done and not yet are all of it by their words: any figure may be the mistyped one
        adding = [total for total in totals if one_typo_away(total, parts, exhaustive=True)]
    if len(adding) != 1:
        return None
    labels = tuple(words if part is done else "chưa " + words for part in parts)
    return Breakdown(adding[0], tuple(parts), True, "complement", labels)
