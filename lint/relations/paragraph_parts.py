"""Parts stated paragraph by paragraph under a heading or item that states the total.

Official writing often states an amount in a heading or a list item and details it in the
paragraphs that continue it, each paragraph one part::

    ## Bổ sung 4.400 tỷ đồng cho chi đầu tư phát triển

    Cụ thể: bố trí cho các dự án giao thông là 1.571 tỷ đồng (khoản 1).

    Bổ sung cho các dự án thủy lợi là 2.829 tỷ đồng (khoản 2).

    Trường hợp nhu cầu vượt mức trên …

The heading (or item) of an outline node (:mod:`lint.outline`) states exactly one figure of
a kind that adds up; a paragraph continuing the node opens with a marker (``Cụ thể:``, ``Chi
tiết như sau:``, ``Gồm:`` …) or ends with one; from there, each paragraph stating exactly one
figure of the total's kind and unit is one part, up to the first paragraph stating none (or
the node's children, when the marker paragraph is the last block before them: one part per
child, its own figure).

``gồm``, ``bao gồm``, ``chia ra`` state every part.  ``cụ thể``, ``như sau``, ``chi tiết`` may
list some of it, so the parts are read as the whole only on strong evidence: they add up to
the total within rounding, or one typing-mistake-shaped correction of one figure makes them add
up.  Otherwise nothing is said.
"""

from __future__ import annotations

import itertools
import re

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.lexicon import cue_text
from lint.numbers.quantity import Quantity
from lint.numbers.scan import Extraction
from lint.outline import OutlineNode
from lint.relations.breakdowns import (
    _CHANGE_BEFORE,
    _COMPARABLE,
    Breakdown,
    _compatible,
    figures_by_block,
)
from lint.relations.evidence import Budget, adds_up_or_one_typo
from lint.relations.marks import depth_at

_EXHAUSTIVE = (*lexicon.EXHAUSTIVE_MARKERS, "gồm có")
# a marker opening a paragraph: "Cụ thể:", "Cụ thể như sau:", "Chi tiết như sau:", "Gồm:"
_OPENING = re.compile(
    rf"^\s*({lexicon.PARAGRAPH_MARKERS_RE})(?:\s+(?:là|như sau|gồm))?\s*:\s*",
    re.IGNORECASE,
)
# a marker closing a paragraph: "…, cụ thể như sau:", "… gồm các khoản sau:"
_CLOSING = re.compile(
    rf"(?:^|[\s,.;])({lexicon.PARAGRAPH_MARKERS_RE})"
    r"(?:\s+[^\s\d:;.]+){0,4}\s*:\s*$",
    re.IGNORECASE,
)


def find_paragraph_parts(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_block = figures_by_block(extraction)
    found: list[Breakdown] = []
    budget = Budget()
    for node in document.outline.nodes():
        if len(node.blocks) < 2:
            continue
        breakdown = _breakdown(node, by_block, budget)
        if breakdown is not None:
            found.append(breakdown)
    return found


def _figures(block: Block, start: int, by_block: dict[int, list[Quantity]]) -> list[Quantity]:
    """The figures of ``block`` from ``start`` on that can be a total or a part: of a kind that
    adds up, positive, not a change ("tăng 5 tỷ") and not in parentheses."""
    text = block.text
    chosen = []
    for quantity in by_block.get(block.index, []):
        if quantity.start < start or quantity.kind not in _COMPARABLE or quantity.sign <= 0:
            continue
        if _CHANGE_BEFORE.search(text[max(start, quantity.start - 30) : quantity.start]):
            continue
        if depth_at(text, start, quantity.start) > 0:
            continue
        chosen.append(quantity)
    return chosen


def _breakdown(
    node: OutlineNode, by_block: dict[int, list[Quantity]], budget: Budget
) -> Breakdown | None:
    head = node.head
    if head is None or head.kind is BlockKind.TABLE_CELL:
        return None
    stated = _figures(head, node.start, by_block)
    if len(stated) != 1:
        return None  # none, or which one is detailed is not said
    total = stated[0]
    marker: str | None = None
    parts: list[Quantity] = []
    labels: list[str] = []
    closing = _CLOSING.search(cue_text(head.text), total.end)
    if closing is not None:
        marker = closing.group(1).lower()
    for block in node.blocks[1:]:
        if block.kind is not BlockKind.PARAGRAPH:
            break
        start = 0
        if marker is None:
            opening = _OPENING.match(cue_text(block.text))
            closing = _CLOSING.search(cue_text(block.text))
            if opening is None and any(_compatible(total, q) for q in _figures(block, 0, by_block)):
                return None  # a figure of the total's kind before any marker: not its detail
            if opening is not None:
                marker, start = opening.group(1).lower(), opening.end()
                if not block.text[start:].strip():
                    continue  # "Cụ thể:" alone: the parts follow
            elif closing is not None:
                marker = closing.group(1).lower()
                if any(q.kind in _COMPARABLE for q in _figures(block, 0, by_block)):
                    return None  # "… 12 dự án, cụ thể:" details another figure
                continue
            else:
                continue
        mine = [q for q in _figures(block, start, by_block) if _compatible(total, q)]
        if len(mine) != 1:
            if len(mine) > 1:
                return None  # two figures of the kind in one paragraph: not one part each
            break
        parts.append(mine[0])
        labels.append(block.text[start : mine[0].start].strip(" :,-+")[:60])
    if marker is None:
        return None
    if len(parts) < 2:
        return None
    exhaustive = marker in _EXHAUSTIVE
    if not exhaustive and not adds_up_or_one_typo(total, parts, budget):
        return None
    return Breakdown(total, tuple(parts), True, marker, tuple(labels))


# A title line: a heading, or a short paragraph with no sentence end (a bold line standing for a
# heading in converted text).
TITLE_WORDS = 30
_SENTENCE_MARK = re.compile(r"[.;!?]\s*$|[.;!?]\s")
_WORD = re.compile(r"[^\W\d_]+")


def find_restated_titles(document: Document, extraction: Extraction) -> list[Breakdown]:
    """A title stating one amount, and the paragraph right below it stating that amount again
    ("## Chuyển nguồn 6.623 tỷ đồng …" then "… chuyển nguồn 6.623 tỷ đồng dự toán chi …"): the
    same figure twice, read when the paragraph states exactly one figure of the title's kind
    and unit, right after the word the title puts before its figure, and the two are equal or
    one typing mistake apart.  A one-part breakdown (marker ``restated``)."""
    by_block = figures_by_block(extraction)
    found: list[Breakdown] = []
    budget = Budget()
    blocks = document.blocks
    for block, following in itertools.pairwise(blocks):
        if following.kind is not BlockKind.PARAGRAPH or not _is_title(block):
            continue
        stated = _figures(block, 0, by_block)
        if len(stated) != 1:
            continue
        title = stated[0]
        again = [q for q in _figures(following, 0, by_block) if _compatible(title, q)]
        if len(again) != 1 or title.kind not in _COMPARABLE:
            continue
        words = _WORD.findall(cue_text(block.text[: title.start]).lower())
        near = _WORD.findall(cue_text(following.text[: again[0].start]).lower())[-3:]
        if not words or words[-1] not in near:
            continue
        if adds_up_or_one_typo(title, again, budget):
            found.append(Breakdown(title, (again[0],), True, "restated", ("nêu lại",)))
    return found


def _is_title(block: Block) -> bool:
    if block.kind is BlockKind.HEADING:
        return True
    if block.kind is not BlockKind.PARAGRAPH or block.label:
        return False
    text = block.text.strip()
    return bool(text) and len(text.split()) <= TITLE_WORDS and not _SENTENCE_MARK.search(text)
