"""Complementary figures: a total, then the part that has done something and the part that has
not yet done it.

Reports count a whole, then split it by one criterion in two sentences that may lie paragraphs
apart::

    Toàn huyện có 1.240 cán bộ, công chức cấp xã. …
    … trong số 1.010 cán bộ đạt chuẩn có 700 cán bộ trình độ đại học …
    … còn 230 cán bộ, công chức chưa đạt chuẩn về trình độ chuyên môn.

A figure whose clause says ``chưa <V>`` ("chưa đạt chuẩn", "chưa hoàn thành", "chưa giải
ngân") or ``không <V>`` ("không đủ điều kiện xử lý") and a figure of the same kind and unit in the same part of the outline whose clause says
``<V>`` without a negation ("đạt chuẩn", "đã hoàn thành", "đã giải ngân") complement each other:
together they are a total stated before both, in that part or a part enclosing it, when the
evidence is strong (:mod:`lint.relations.evidence`: they add up to it within rounding, or one
typing-mistake-shaped correction makes them add up), and exactly one such total and pair does.
Otherwise nothing is said.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from lint import lexicon
from lint.document import BlockKind, Document
from lint.lexicon import cue_text
from lint.numbers.quantity import Quantity
from lint.numbers.scan import Extraction
from lint.outline import OutlineNode
from lint.relations.breakdowns import _CHANGE_BEFORE, _COMPARABLE, Breakdown, _compatible, _single
from lint.relations.evidence import Budget, one_typo_away
from lint.relations.figures import FigureKey, key_of
from lint.relations.marks import Parentheses, inside_parentheses

NEAREST_TOTALS = 8  # the totals tried for one pair: the nearest ones before it
TOTALS_REACH = 60  # the figures before a pair looked through for its totals
NEAREST_DONE = 3  # the "done" figures tried on either side of a "not yet" one
NEAREST_PARTS = 40  # how far (in figures of its part) the "done" figure of a "chưa" one is sought
MAX_TYPO_CHECKS = 100  # typo-shaped explanations tried in one document (each a localisation)
CLAUSE_REACH = 200  # characters read either side of a figure for its clause
_NOT_YET = re.compile(
    r"\b(?P<not>chưa|không)\s+((?:được\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)", re.IGNORECASE
)
_NOT_WORDS = ("chưa", "không")
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
    by_not_yet: dict[FigureKey, list[Breakdown]] = {}
    budget = Budget(MAX_TYPO_CHECKS)
    for key, quantities in by_node.items():
        chain: list[Quantity] | None = None  # the figures of the part and those enclosing it
        for done, not_yet, words, negation in _pairs(document, quantities):
            if chain is None:
                chain = _chain(nodes[key], by_node)
            first = min(_position(done), _position(not_yet))
            end = bisect.bisect_left(chain, first, key=_position)
            earlier = [
                total
                for total in chain[max(0, end - TOTALS_REACH) : end]
                if _compatible(total, done)
                and total is not done
                and total is not not_yet
                and not _in_parentheses(document, total)
            ][-NEAREST_TOTALS:]
            if _third_state(document, quantities, done, not_yet):
                continue
            breakdown = _checked(earlier, done, not_yet, words, negation, budget)
            if breakdown is not None:
                by_not_yet.setdefault(key_of(not_yet), []).append(breakdown)
    # one reading per "not yet" figure, or none: two pairs making up totals is no evidence
    return [found[0] for found in by_not_yet.values() if len(found) == 1]


def _in_parentheses(document: Document, quantity: Quantity) -> bool:
    """An aside ("836 đơn (kỳ trước chuyển sang 42 đơn, …)"): a part, not a total."""
    return Parentheses(document.blocks[quantity.block].text).depth(quantity.start) > 0


# "(năm 2022 giải ngân 15.320 triệu đồng)", "(cùng kỳ năm trước đạt …)": last period's figure
_ANOTHER_PERIOD = re.compile(
    rf"\(\s*(?:{lexicon.PREVIOUS_PERIOD_WORDS_RE}|năm\s+\d{{4}}|{lexicon.NAMED_YEAR_RE})",
    re.IGNORECASE,
)


def _of_another_period(document: Document, quantity: Quantity) -> bool:
    """``quantity`` is said in an aside about another period: last year's done figure is no
    complement of this year's not-yet one."""
    text = document.blocks[quantity.block].text
    if not inside_parentheses(text, quantity.start):
        return False
    return bool(_ANOTHER_PERIOD.match(text, text.rfind("(", 0, quantity.start)))


def _position(quantity: Quantity) -> tuple[int, int]:
    return quantity.block, quantity.start


def _clause(document: Document, quantity: Quantity) -> tuple[str, str]:
    """The words of ``quantity``'s clause before and after it (to ``;``, ``:``, a sentence end
    or the next figure, at most ``CLAUSE_REACH`` characters), with "_" read as a space."""
    text = document.blocks[quantity.block].text
    before = cue_text(text[max(0, quantity.start - CLAUSE_REACH) : quantity.start])
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    before = re.split(r"\d", before[cut:])[-1]
    after = cue_text(text[quantity.end : quantity.end + CLAUSE_REACH])
    end = _CLAUSE_END.search(after)
    after = after[: end.start() if end else len(after)]
    after = re.split(r"\d", after)[0]
    return before, after


def _pairs(
    document: Document, quantities: list[Quantity]
) -> Iterator[tuple[Quantity, Quantity, str, str]]:
    """(done, not yet, the words, the negation) for every figure saying ``chưa <V>`` or
    ``không <V>`` ("không đủ điều kiện") and every figure of its kind and unit saying ``<V>``
    without a negation."""
    blocks = {quantity.block for quantity in quantities}
    if not any(
        word in document.blocks[block].text.lower() for block in blocks for word in _NOT_WORDS
    ):
        return  # nothing "not yet" in this part (the usual case: nothing to read)
    clauses = [_clause(document, quantity) for quantity in quantities]
    for index, quantity in enumerate(quantities):
        before, after = clauses[index]
        if not any(word in f"{before} {after}".lower() for word in _NOT_WORDS):
            continue
        text = document.blocks[quantity.block].text
        if _CHANGE_BEFORE.search(text[max(0, quantity.start - 30) : quantity.start]):
            continue
        found = _NOT_YET.search(after) or _NOT_YET.search(before)
        if found is None:
            continue
        words = found.group(2).lower()
        negation = found.group("not").lower()
        # the nearest figures saying the words, before it and after it
        for step in (-1, 1):
            other_index, taken = index + step, 0
            while 0 <= other_index < len(quantities) and abs(other_index - index) <= NEAREST_PARTS:
                other = quantities[other_index]
                other_before, other_after = clauses[other_index]
                if (
                    _compatible(quantity, other)
                    and (_says(other_after, words) or _says(other_before, words))
                    and not _of_another_period(document, other)
                ):
                    yield other, quantity, words, negation
                    taken += 1
                    if taken == NEAREST_DONE:
                        break
                other_index += step


# a state besides done and not done: "…; đang tiếp tục hòa giải 8 vụ việc"
_STILL = re.compile(r"(?:^|[,;:]\s*)(?:số\s+[^\W\d]+\s+)?đang\b[^\d;,]*$", re.IGNORECASE)


def _third_state(
    document: Document, quantities: list[Quantity], done: Quantity, not_yet: Quantity
) -> bool:
    """A figure of the pair's measure in their sentences whose clause says it is still under
    way: the whole is split three ways ("hòa giải thành 121 vụ việc; hòa giải không thành 17
    vụ việc; đang tiếp tục hòa giải 8 vụ việc"), not into the pair."""
    for quantity in quantities:
        if quantity is done or quantity is not_yet or not _compatible(quantity, done):
            continue
        if quantity.block not in (done.block, not_yet.block):
            continue
        text = document.blocks[quantity.block].text
        sentence = text.rfind(". ", 0, quantity.start)
        if not any(
            q.block == quantity.block and text.rfind(". ", 0, q.start) == sentence
            for q in (done, not_yet)
        ):
            continue  # not in the sentence of either
        if _STILL.search(text, max(sentence, 0, quantity.start - 60), quantity.start):
            return True
    return False


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


def _chain(node: OutlineNode, by_node: dict[int, list[Quantity]]) -> list[Quantity]:
    """The figures of ``node`` and of the parts enclosing it, in document order."""
    figures: list[Quantity] = []
    current: OutlineNode | None = node
    while current is not None:
        figures.extend(by_node.get(id(current), []))
        current = current.parent
    return sorted(figures, key=_position)


def _checked(
    totals: list[Quantity],
    done: Quantity,
    not_yet: Quantity,
    words: str,
    negation: str,
    budget: Budget,
) -> Breakdown | None:
    """The breakdown of the one total the pair makes up; ``budget`` holds how many more
    typo-shaped explanations the document may try (each is a localisation)."""
    parts = [done, not_yet] if _position(done) < _position(not_yet) else [not_yet, done]
    summed = done.interval + not_yet.interval
    adding = [total for total in totals if summed.intersects(total.interval)]
    if not adding and totals:
        # a typing mistake is sought against the nearest total only (among several, one is
        # often a digit away by chance); done and not yet are all of it by their words, so any
        # figure may be the mistyped one
        nearest = totals[-1]
        explained = one_typo_away(nearest, parts, exhaustive=True, budget=budget)
        adding = [nearest] if explained else []
    if len(adding) != 1:
        return None
    labels = tuple(words if part is done else f"{negation} {words}" for part in parts)
    return Breakdown(adding[0], tuple(parts), True, "complement", labels)
