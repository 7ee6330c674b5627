"""Counts against the items that follow them, along the outline and after a colon.

* A part of the outline whose last block ends with a count of a noun and a colon (``Điều 1.
  … thực hiện 02 Đề án sau:``, ``- Triển khai 3 dự án trọng điểm như sau:``) and whose
  children each open with that noun (``- Đề án …``, ``a) Dự án …``): one item per child,
  however long the items are.  The count may be written with a leading zero and a noun the
  figure grammar does not know as a unit.
* A count of a noun followed by a colon and items separated by ``;`` in the same sentence
  (``… tổ chức theo 4 khối kiến thức: A; B; C; D.``): one item per ``;``-separated piece,
  at least three pieces, none holding a figure.

Both are :class:`~lint.relations.named_lists.NamedList` s, checked by S103 with the lists read
by :mod:`lint.relations.named_lists`; a count that module already reads is left to it.
"""

from __future__ import annotations

import re

from lint.document import BlockKind, Document
from lint.lexicon import cue_text
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.named_lists import NamedList

MAX_COUNT = 50  # a count of listed items, not an amount
LIST_REACH = 2000  # the characters a ";" list after a count is read in
# after the count: the noun (one to four words), "sau" / "như sau" / "dưới đây", the colon
_NOUN_COLON = re.compile(
    r"(?P<noun>(?:\s+[^\W\d]+){0,4}?)(?:\s+(?:sau đây|như sau|dưới đây|sau))?\s*:\s*",
    re.IGNORECASE,
)
_SOME = re.compile(r"trong đó|\bnhư\b(?! sau)|tiêu biểu|điển hình|một số|chủ yếu|ví dụ", re.I)
_INCOMPLETE = re.compile(r"v\.v|\.\.\.|…|\bvà các\b|\bcòn lại\b|\bkhác\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s|$)")


def find_counted_items(
    document: Document, extraction: Extraction, known: list[NamedList]
) -> list[NamedList]:
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    taken = {(listed.count.block, listed.count.start) for listed in known}
    found: list[NamedList] = []
    for node in document.outline.nodes():
        block = node.last_block
        if block is None or not node.children or block.kind is BlockKind.TABLE_CELL:
            continue
        text = cue_text(block.text)
        for count in by_block.get(block.index, []):
            if (count.block, count.start) in taken or not _is_count(count):
                continue
            noun = _NOUN_COLON.fullmatch(text, count.end)
            if noun is None or _SOME.search(text[count.end :]):
                continue
            word = _first_word(count, noun.group("noun"))
            if word is None:
                continue
            heads = [cue_text(child.text).strip(" -+*•").lower() for child in node.children]
            if all(head.split()[:1] == [word] for head in heads):
                names = tuple(child.text.strip()[:60] for child in node.children)
                blocks = tuple(child.head.index for child in node.children if child.head)
                found.append(NamedList(count, names, blocks, _noun(count, noun.group("noun"))))
                taken.add((count.block, count.start))
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        text = cue_text(block.text)
        for count in by_block.get(block.index, []):
            if (count.block, count.start) in taken or not _is_count(count):
                continue
            listed = _semicolon_list(text, count)
            if listed is not None:
                found.append(listed)
    return found


def _is_count(quantity: Quantity) -> bool:
    if quantity.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER) or quantity.sign <= 0:
        return False
    if not quantity.numbers or quantity.numbers[0].decimals or len(quantity.numbers) != 1:
        return False
    if quantity.kind is QuantityKind.NUMBER and "grouped" in quantity.flags:
        return False
    return 2 <= quantity.value <= MAX_COUNT and quantity.value.denominator == 1


def _first_word(count: Quantity, noun: str) -> str | None:
    """The first word of what is counted: the unit of a count, else the words after it."""
    words = (count.unit if count.kind is QuantityKind.COUNT and count.unit else noun).split()
    return words[0].lower() if words else None


def _semicolon_list(text: str, count: Quantity) -> NamedList | None:
    noun = _NOUN_COLON.match(text, count.end)
    if noun is None or _SOME.search(text[count.end : noun.end()]):
        return None
    if _first_word(count, noun.group("noun")) is None:
        return None
    reach = min(len(text), noun.end() + LIST_REACH)
    end = _SENTENCE_END.search(text, noun.end(), reach)
    if end is None and reach < len(text):
        return None  # no sentence end within reach: not a list of a sentence
    region = text[noun.end() : end.start() if end else reach]
    if _INCOMPLETE.search(region) or re.search(r"\d", region):
        return None
    pieces = [piece.strip() for piece in region.split(";")]
    if len(pieces) < 3 or not all(pieces):
        return None
    names = tuple(piece[:60] for piece in pieces)
    return NamedList(count, names, (), _noun(count, noun.group("noun")))


def _noun(count: Quantity, noun: str) -> str:
    return "" if count.kind is QuantityKind.COUNT and count.unit else noun.strip()
