"""Breakdowns along the outline: a part whose text announces parts, and the parts nested in it.

A node of the outline (:mod:`lint.outline`) whose last block announces a list — ``gồm``, ``bao
gồm``, ``chia ra`` (all of the total), ``trong đó``, ``cụ thể`` (some of it), ``như sau``,
``chi tiết`` or a trailing ``:`` — has its children as parts: one part per child, the child's
own first figure of the total's kind and unit.  A child with children of its own is one part
(its own figure); it is checked in turn as a total of its children, so every level is checked
and a nested list is never flattened.

Without a marker word (``như sau``, ``chi tiết``, a bare ``:`` or nothing: "giá trị sản xuất
đạt 1.098 tỷ 800 triệu đồng" then "- Ngành thương mại … 226 tỷ 600 triệu", "- Ngành dịch vụ …
872 tỷ 200 triệu"), the children's figures of the parent's kind and unit are a *candidate*
breakdown, kept only on strong evidence: they add up to the total within rounding, or they
exceed it by at most a tenth and one typing-mistake-shaped correction of one figure makes them
add up (parts short of the total may be a partial list).  Otherwise nothing is said.

Tokenised text ("Bao_gồm :", "trong đó ,") reads the same: cue words are matched on the text
with underscores read as spaces (same length, so offsets are unchanged).
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.arithmetic import Equation, Var, localise, total_of
from lint.document import Block, Document
from lint.lexicon import cue_text
from lint.numbers.quantity import Quantity
from lint.numbers.scan import Extraction
from lint.outline import OutlineNode
from lint.relations.breakdowns import (
    _CHANGE_BEFORE,
    _COMPARABLE,
    Breakdown,
    _compatible,
    adds_up,
    figures_by_block,
    label_before_product,
    past_its_plan,
    product_result,
    said_alike,
    sum_interval,
    total_before,
)
from lint.relations.figures import figure_of, key_of
from lint.relations.marks import depth_at

TYPO_REACH = 10  # an unmarked list with a typo: its parts exceed the total by ≤ 1/10 of it
_EXHAUSTIVE = (*lexicon.EXHAUSTIVE_MARKERS, "gồm có")
_SUBSET = lexicon.SUBSET_MARKERS
# the marker and where it is: in the last sentence of the announcing block
_ANNOUNCE = re.compile(
    rf"(?:^|[\s,.;:(])(gồm có|{lexicon.BREAKDOWN_MARKERS_RE}|{lexicon.LIST_ANNOUNCERS_RE})"
    r"(?:\s+[^\s\d:;.]+){0,4}\s*:?\s*$",
    re.IGNORECASE,
)


def find_outline_breakdowns(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_block = figures_by_block(extraction)
    found: list[Breakdown] = []
    for node in document.outline.nodes():
        if not node.children or node.last_block is None:
            continue
        breakdown = _breakdown(node, by_block)
        if breakdown is not None:
            breakdown = said_alike(document.blocks, by_block, breakdown)
        if breakdown is not None:
            found.append(breakdown)
            # "a) …: 15 đề án, kinh phí 5.120,0 triệu đồng": each child's figure of a second
            # measure, of the one total of that measure they add up to (or one typo away from)
            like = _second_measure(node, by_block, breakdown.parts[0])
            if like is not None:
                figures = [_own_figure(child, by_block, like) for child in node.children]
                parts = [figure for figure in figures if figure is not None]
                if len(parts) == len(figures):
                    second = _candidate(
                        node, parts, by_block, breakdown.marker, breakdown.exhaustive
                    )
                    if second is not None and second.total is not breakdown.total:
                        found.append(second)
    return found


def _second_measure(
    node: OutlineNode, by_block: dict[int, list[Quantity]], first: Quantity
) -> Quantity | None:
    """The first child's first figure of another kind or unit than ``first``, outside
    parentheses and not a change."""
    child = node.children[0]
    head = child.head
    if head is None:
        return None
    for quantity in by_block.get(head.index, []):
        if quantity.start < child.start or quantity.kind not in _COMPARABLE:
            continue
        if _compatible(first, quantity):
            continue
        if depth_at(head.text, child.start, quantity.start) > 0:
            continue
        return _own_figure(child, by_block, quantity)
    return None


def _own_figure(
    child: OutlineNode, by_block: dict[int, list[Quantity]], like: Quantity | None = None
) -> Quantity | None:
    """The child's first comparable figure (of ``like``'s kind and unit when given; not a
    change, not in parentheses), in its head."""
    head = child.head
    if head is None:
        return None
    start = child.start
    text = head.text
    for quantity in by_block.get(head.index, []):
        if quantity.start < start:
            continue
        if quantity.kind not in _COMPARABLE or (
            like is not None and not _compatible(like, quantity)
        ):
            continue
        if _CHANGE_BEFORE.search(text[max(start, quantity.start - 30) : quantity.start]):
            return None
        if depth_at(text, start, quantity.start) > 0:
            return None
        if quantity.sign <= 0:
            return None
        figures = by_block.get(head.index, [])
        done = past_its_plan(text, figures, quantity)
        return None if done is None else product_result(text, figures, done)
    return None


def _marker(block: Block) -> tuple[str, int] | None:
    """The announcing marker of the last sentence of ``block`` and where it starts."""
    text = cue_text(block.text)
    match = _ANNOUNCE.search(text)
    if match:
        return match.group(1).lower(), match.start(1)
    if text.rstrip().endswith(":"):
        return ":", len(text.rstrip()) - 1
    return None


def _breakdown(node: OutlineNode, by_block: dict[int, list[Quantity]]) -> Breakdown | None:
    announce = node.last_block
    assert announce is not None
    figures = [_own_figure(child, by_block) for child in node.children]
    marker = _marker(announce)
    word = marker[0] if marker else ""
    if not (word in _EXHAUSTIVE or word in _SUBSET):
        return _candidate(node, [f for f in figures if f is not None], by_block, word or "outline")
    assert marker is not None
    exhaustive = word in _EXHAUSTIVE
    least = 2 if exhaustive else 1
    parts = [figure for figure in figures if figure is not None]
    if len(parts) == len(figures) >= least and all(_compatible(parts[0], p) for p in parts):
        # each child's first figure, and the total of their kind right before the marker
        total = _marked_total(node, announce, marker[1], parts[0], by_block)
        if total is not None:
            return Breakdown(total, tuple(parts), exhaustive, word, _labels(node, parts))
        found = _candidate(node, parts, by_block, word, exhaustive)
        if found is not None:
            return found
    if _opens_sentence(announce.text, marker[1]):
        return None  # "… 50 tỷ, 12 dự án. Trong đó:": which figure is split is not said
    # "… 5.000 triệu đồng, gồm:": the total, then each child's figure of its kind and unit
    stated = total_before(by_block.get(announce.index, []), announce, marker[1])
    if stated is None:
        return None
    own = [_own_figure(child, by_block, stated) for child in node.children]
    chosen = [figure for figure in own if figure is not None]
    if len(chosen) != len(own) or len(chosen) < least:
        return None
    return Breakdown(stated, tuple(chosen), exhaustive, word, _labels(node, chosen))


def _opens_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before.endswith((".", ";", "!", "?"))


def _marked_total(
    node: OutlineNode,
    announce: Block,
    position: int,
    like: Quantity,
    by_block: dict[int, list[Quantity]],
) -> Quantity | None:
    total = total_before(by_block.get(announce.index, []), announce, position, like)
    if total is None and len(node.blocks) > 1 and not by_block.get(announce.index):
        # "Trong đó:" on a line of its own: the total ends the block before it
        holder = node.blocks[-2]
        total = total_before(by_block.get(holder.index, []), holder, len(holder.text), like)
    return total


def _candidate(
    node: OutlineNode,
    figures: list[Quantity],
    by_block: dict[int, list[Quantity]],
    marker: str,
    exhaustive: bool = True,
) -> Breakdown | None:
    """Children's figures of one kind and unit under a parent stating such a figure: kept when
    they add up to it, or when one typo-shaped correction of one figure makes them add up."""
    if len(figures) < 2 or any(not _compatible(figures[0], part) for part in figures):
        return None
    totals = []
    for block in node.blocks:
        text = block.text
        floor = node.start if block is node.head else 0
        for quantity in by_block.get(block.index, []):
            if quantity.start < floor or not _compatible(quantity, figures[0]):
                continue
            if _CHANGE_BEFORE.search(text[max(floor, quantity.start - 30) : quantity.start]):
                continue
            if depth_at(text, floor, quantity.start) > 0:
                continue
            totals.append(quantity)
    adding_up = [total for total in totals if adds_up(total, figures)]
    if len(adding_up) == 1:
        chosen = adding_up[0]
    elif not adding_up:
        explained = [total for total in totals if _one_typo_away(total, figures)]
        if len(explained) != 1:
            return None
        chosen = explained[0]
    else:
        return None
    return Breakdown(chosen, tuple(figures), exhaustive, marker, _labels(node, figures))


def _one_typo_away(total: Quantity, parts: list[Quantity]) -> bool:
    """The parts exceed the total (a list of some of it would not), by at most a tenth, and one
    typing mistake in one figure explains it.  Parts short of the total are left alone: a list
    without a marker word may name only some of it, and figures that do not belong together
    miss by any amount, often by a round one a changed digit would explain."""
    difference = sum_interval(tuple(parts)).low - total.interval.high
    if difference <= 0 or difference > total.interval.mid / TYPO_REACH:
        return False
    figures = {key_of(q): figure_of(q) for q in (total, *parts)}
    if len(figures) != len(parts) + 1:
        return False
    constraint = Equation(Var(key_of(total)), total_of([key_of(part) for part in parts]))
    localisation = localise([constraint], figures)
    return any(suspect.best_variant is not None for suspect in localisation.suspects)


def _labels(node: OutlineNode, parts: list[Quantity]) -> tuple[str, ...]:
    labels = []
    for part in parts:
        child = next(c for c in node.children if c.head is not None and c.head.index == part.block)
        head = child.head
        assert head is not None
        start = child.start
        label = label_before_product(head.text[start : part.start])
        labels.append(label.strip(" :,-+") or child.text[:40])
    return tuple(labels)
