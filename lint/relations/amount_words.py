"""Amounts written twice, in figures and in words.

Budget resolutions, decisions and payment documents follow an amount with its words:
"3.790.000 triệu đồng (Bằng chữ: Ba nghìn bảy trăm chín mươi tỷ đồng)", "Số tiền: 15.500.000
đồng (Mười lăm triệu năm trăm nghìn đồng)", or "Bằng chữ: …" on the next line or in the next
table cell.  This module pairs each money amount with the words that restate it; the grammar of
:mod:`lint.numbers.words` reads them.  A comma after a scale word is a pause between the groups
of the words, as many documents write them ("Hai tỷ, bốn trăm sáu mươi lăm triệu đồng"), not a
stray character breaking them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lint.document import Block, BlockKind, Document, Span
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.numbers.words import parse_words

# What may stand between an amount and its words: emphasis marks, an opening parenthesis and the
# label "(viết) bằng chữ:" (with the label the parenthesis is optional: "… đồng. Bằng chữ: …").
_MARKS = r"[\s*_]*"
_LABEL = r"(?:(?:viết\s+|ghi\s+)?bằng\s+chữ\s*[:：]?\s*)"
_AFTER_AMOUNT = re.compile(
    rf"{_MARKS}(?:\({_MARKS}(?P<label1>{_LABEL})?|[.,;]?\s*(?P<label2>{_LABEL})|\s*[-–]\s*(?P<label3>{_LABEL}))",
    re.IGNORECASE,
)
_NEXT_BLOCK = re.compile(rf"{_MARKS}\(?{_MARKS}{_LABEL}", re.IGNORECASE)
# Where the words must stop: the closing parenthesis, the end of the sentence or block.
_CLOSE = re.compile(r"[\s*_]*(?:\)|[.;,]?\s*$|\.\s|;)")
# A comma after a scale word, then more words: a pause between the groups of the words ("Mười
# ba tỷ, năm trăm linh ba triệu đồng"), read as a space (same length, offsets hold).
_GROUP_PAUSE = re.compile(r"\b(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ),(?=\s)", re.IGNORECASE)


@dataclass(frozen=True)
class AmountInWords:
    """A money amount and the words that restate it.

    ``value`` is what the words say, ``None`` when a stray character breaks them
    (``broken_at``); ``currency`` whether they end with "đồng"."""

    amount: Quantity
    block: int
    start: int  # the words in their block's analysis text
    end: int
    span: Span
    text: str
    value: int | None
    currency: bool
    broken_at: str | None = None
    without_stray: int | None = None  # what the broken words say without the stray


def find_amounts_in_words(document: Document, extraction: Extraction) -> list[AmountInWords]:
    found: list[AmountInWords] = []
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    blocks = document.blocks
    for index, quantities in sorted(by_block.items()):
        block = blocks[index]
        for position, amount in enumerate(quantities):
            if not _in_dong(amount):
                continue
            match = _AFTER_AMOUNT.match(block.text, amount.end)
            if match is not None:
                labelled = any(match.group(g) for g in ("label1", "label2", "label3"))
                if not labelled and not match.group(0).strip(" *_").startswith("("):
                    continue
                pair = _words(amount, block, match.end(), labelled)
                if pair is not None:
                    if match.group("label2") and position == len(quantities) - 1:
                        # "… 5.000 triệu đồng. Bằng chữ: …" closing a list
                        pair = _restated_above(pair, blocks, by_block, index)
                    found.append(pair)
                continue
            following = _next_written(blocks, index)
            if following is None or (label := _NEXT_BLOCK.match(following.text)) is None:
                continue
            rest = block.text[amount.end :].strip(" *_.,;:")
            last = position == len(quantities) - 1 and not rest
            ends_aside = bool(block.text[quantities[-1].end :].strip(" *_.,;:"))
            if last or (position == 0 and ends_aside and _COMPARISON_ONLY.fullmatch(rest)):
                pair = _words(amount, following, label.end(), True)
                if pair is not None:
                    found.append(_restated_above(pair, blocks, by_block, index))
    return found


def _in_dong(amount: Quantity) -> bool:
    """An amount of đồng, or a fee or price per one ("40.000 đồng/người/lượt (Bằng chữ: Bốn
    mươi nghìn đồng)"), whose words say the đồng of one."""
    if amount.kind is QuantityKind.AMOUNT:
        return amount.unit == "đồng"
    return amount.kind is QuantityKind.RATE and (amount.unit or "").startswith("đồng/")


_ITEMS_BACK = 8  # blocks before a "Bằng chữ" line searched for the amount its words restate


def _restated_above(
    pair: AmountInWords,
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    index: int,
) -> AmountInWords:
    """Words on a line of their own after a list may restate the amount that heads the list
    ("2. Vốn ngân sách huyện: 158.736 triệu đồng, gồm: a) …; c) … 5.000 triệu đồng. Bằng chữ:
    Một trăm năm mươi tám tỷ …"): paired with the nearest amount before them that they say
    exactly, when the nearest of all is not that one."""
    value = pair.value
    if value is None or pair.amount.interval.low <= value <= pair.amount.interval.high:
        return pair
    for earlier in range(index, max(-1, index - _ITEMS_BACK), -1):
        introduces = False
        if earlier != index and blocks[earlier].kind is not blocks[index].kind:
            # another kind of block (a heading, a table): another part of the document, but
            # for the paragraph that opens the list ("Tổng kinh phí … là 2.897.185.000 đồng,
            # gồm:"), read last
            introduces = blocks[earlier].kind is BlockKind.PARAGRAPH and blocks[
                earlier
            ].text.rstrip(" *_").endswith(":")
            if not introduces:
                break
        for amount in reversed(by_block.get(earlier, [])):
            if amount is pair.amount or amount.kind is not QuantityKind.AMOUNT:
                continue
            if amount.unit == "đồng" and amount.value == value:
                return replace(pair, amount=amount)
        if introduces:
            break
    return pair


# after the amount the words of the next block restate, only its comparison with another
# period: "Tổng thu: 14.520.000 triệu đồng, tăng 8,4% so với ước thực hiện năm 2024
# (13.395.000 triệu đồng)."
_COMPARISON_ONLY = re.compile(
    r"(?:tăng|giảm|bằng|đạt)\s+[\d.,]+\s*%\s+so với\s+[^;:]*", re.IGNORECASE
)


def _next_written(blocks: list[Block], index: int) -> Block | None:
    """The next block with text (an empty table cell is skipped: "| | (Bằng chữ: …) |")."""
    for block in blocks[index + 1 : index + 4]:
        if block.text.strip():
            return block
    return None


def _words(amount: Quantity, block: Block, start: int, labelled: bool) -> AmountInWords | None:
    text = block.text
    phrase = parse_words(_GROUP_PAUSE.sub(r"\g<scale> ", text[start:]))
    if phrase is None:
        return None
    end = start + phrase.end
    if _CLOSE.match(text, end):
        if not labelled and not phrase.currency:
            return None  # "(hai mươi)" without "bằng chữ" or "đồng" is not the amount's words
        words_end = start + phrase.words_end
        return AmountInWords(
            amount,
            block.index,
            start,
            end,
            block.span(start, end),
            text[start:words_end],
            phrase.value,
            phrase.currency,
        )
    # Words broken by a stray character ("… hai triệu 2 tám trăm nghìn đồng)"): reported only
    # when the rest up to the closing parenthesis is number words again, ending in "đồng".
    close = text.find(")", end)
    if close < 0 or not phrase.scaled:
        return None
    gap = re.match(r"\s*(\S{1,4})\s+", text[end:close])
    if gap is None or re.search(r"[^\W\d_]", gap.group(1)):
        return None  # only a short stray of digits or marks, not a word
    resume = end + gap.end()
    tail_text = text[resume:close].rstrip(" *_")
    tail = parse_words(tail_text)
    if tail is None or not tail.currency or tail.end != len(tail_text):
        return None
    joined = parse_words(text[start:end].rstrip() + " " + tail_text)
    return AmountInWords(
        amount,
        block.index,
        start,
        close,
        block.span(start, close),
        text[start:close].strip(),
        None,
        True,
        gap.group(1),
        joined.value if joined is not None and joined.end > end - start else None,
    )
