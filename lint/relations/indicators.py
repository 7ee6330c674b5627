"""The same indicator stated more than once, and achieved + remaining vs the plan.

A report states an indicator ("tỷ lệ dân số sử dụng nước sạch tập trung", "đàn trâu", "thu
ngân sách nhà nước") in the words right before its figure.  Those words, normalised (NFC,
tone placement folded, lower case, abbreviations expanded, filler words dropped), are the
indicator's *key*.  Two figures with the same key and the same unit, both stated as achieved
(not in a plan sentence nor in the tasks section for the rest of the year), are the same
indicator stated twice: :func:`find_same_indicators`.

The tasks section ("NHIỆM VỤ … 6 THÁNG CUỐI NĂM", "Nhiệm vụ còn lại") states what remains of
the year's plan: an achieved figure "Đàn trâu 183 con, đạt 93%" and the remaining task "Đàn
trâu tăng 17 con" imply the plan 183 + 17 = 200 and the share 183 / 200:
:func:`find_plan_remainders`.

Everything here is conservative: a figure whose words are unclear has no key and takes part
in no relation.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.lexicon import fold
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction

_ABBREVIATIONS = {
    "nsnn": "ngân sách nhà nước",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "byt": "bộ y tế",
    "gtsx": "giá trị sản xuất",
    # i/y spelling variants
    "tỉ": "tỷ",
    "lí": "lý",
    "quí": "quý",
    "kĩ": "kỹ",
}
# Words naming a place: a clause with one of them may be about a part of the area only.
_PLACE_WORDS = re.compile(r"\b(?:xã|phường|thôn|ấp|khu phố|huyện|tổ dân phố|bản|làng)\b")

# Words that say how or when a figure was reached, not what it measures.
_FILLER = frozenset(
    [
        "ước",
        "đạt",
        "được",
        "đã",
        "là",
        "có",
        "với",
        "hiện",
        "mới",
        "chỉ",
        "còn",
        "và",
        "thêm",
        "tăng",
        "giảm",
        "khoảng",
        "gần",
        "trên",
        "toàn",
        "tổng",
        "cộng",
        "gồm",
        "như",
        "nay",
        "trong",
        "kỳ",
    ]
)
_FILLER_PHRASES = re.compile(
    rf"\b(?:đến ngày|ước tính|đến nay|{lexicon.SUBSET_MARKERS_RE}|hiện nay|tính đến)\b"
)
# Trailing qualifiers naming the standard a rate follows ("theo quy định của Bộ Y tế").
_STANDARD_QUALIFIER = re.compile(r"\s+theo (?:quy định|tiêu chí|tiêu chuẩn|chuẩn)\b.*$")
# A clause mentioning any of these states a target, not a result.
_PLAN_MARKERS = re.compile(
    rf"\b(?:phấn đấu|{lexicon.PLAN_WORDS_RE}|dự kiến|đến cuối năm|hết năm|cả năm|"
    r"nhiệm vụ|định hướng|sẽ)\b"
)
# A heading opening the section of tasks for the rest of the year.
_REST_OF_YEAR_HEADING = re.compile(
    r"(?:phương hướng|nhiệm vụ|giải pháp|kế hoạch)\b.*\b(?:cuối năm|còn lại)\b"
)
# A heading opening a section of tasks for any later period ("II. NHIỆM VỤ QUÝ II"): it
# speaks of tasks for the rest of the year or a coming period, or starts with them.
_TASKS_HEADING = re.compile(
    r"(?:phương hướng|nhiệm vụ|giải pháp|kế hoạch)\b.*\b(?:cuối năm|còn lại|năm tới|tiếp theo)\b"
    r"|^(?:phương hướng|nhiệm vụ|kế hoạch|giải pháp|mục tiêu|định hướng)\b"
)
_REMAINING_HEADING = re.compile(rf"\b(?:{lexicon.REMAINDER_WORDS_RE})\b")
_RESULTS_WORDS = re.compile(r"\b(?:tình hình|kết quả|đầu năm|đã đạt)\b")
_CLAUSE_END = re.compile(r"[.;:()\[\]!?]|,(?!\d)|\s-\s")
_NOT_WORD = re.compile(r"[^\w\s]|\d|_")
_ENDS_CLAUSE = re.compile(r"[.;:]$")
_SENTENCE_MARK = re.compile(r"[.;:](?!\d)")
_CLAUSE_AFTER_END = re.compile(r"[.;:(]|,(?!\d)")
_COMPARABLE_KINDS = frozenset(
    {
        QuantityKind.AMOUNT,
        QuantityKind.PERCENT,
        QuantityKind.PERMILLE,
        QuantityKind.COUNT,
        QuantityKind.MEASURE,
        QuantityKind.RATE,
    }
)


def indicator_key(words: str) -> tuple[str, ...]:
    """The indicator a figure measures, from the words right before it ("đàn trâu")."""
    text = fold(words)
    text = _NOT_WORD.sub(" ", text)
    tokens = [_ABBREVIATIONS.get(token, token) for token in text.split()]
    text = " ".join(tokens)
    text = _FILLER_PHRASES.sub(" ", text)
    text = _STANDARD_QUALIFIER.sub("", text)
    kept = [token for token in text.split() if token not in _FILLER]
    return tuple(kept)


@dataclass(frozen=True)
class IndicatorMention:
    """A figure with the indicator it measures and how it is stated."""

    quantity: Quantity
    key: tuple[str, ...]
    subject: str  # the words the key was read from, as printed
    planned: bool  # a target: in the tasks section or in a plan sentence
    in_tasks_section: bool
    after: str  # folded text after the figure up to the end of its clause
    self_contained: bool  # the subject opens its clause (not a continuation after a comma)
    in_footnote: bool
    part: int  # the top-level heading the figure is under (-1: none)
    in_remaining_section: bool  # under a heading about what remains ("Nhiệm vụ còn lại")
    in_rest_of_year: bool  # under a heading for the rest of the year ("… CUỐI NĂM")
    clause: str  # folded text of its clause up to the figure

    @property
    def name(self) -> str:
        return " ".join(self.key)


@dataclass(frozen=True)
class SameIndicator:
    """One indicator stated twice as achieved, with the same unit."""

    first: IndicatorMention
    second: IndicatorMention

    @property
    def agree(self) -> bool:
        return self.first.quantity.interval.intersects(self.second.quantity.interval)


@dataclass(frozen=True)
class PlanRemainder:
    """ "X, đạt P% kế hoạch" in the results and "X' (remaining)" in the tasks section."""

    achieved: IndicatorMention
    share: Quantity  # the stated percentage of the plan
    remainder: IndicatorMention


def tasks_section_blocks(document: Document, outline: _Outline | None = None) -> set[int]:
    """Indices of the blocks under a heading for the tasks of the rest of the year."""
    return _section_blocks(document, _TASKS_HEADING, outline)


def rest_of_year_blocks(document: Document, outline: _Outline | None = None) -> set[int]:
    """Indices of the blocks under a heading for the rest of the year ("… 6 THÁNG CUỐI NĂM")."""
    return _section_blocks(document, _REST_OF_YEAR_HEADING, outline)


def remaining_section_blocks(document: Document, outline: _Outline | None = None) -> set[int]:
    """Indices of the blocks under a heading about what remains ("Nhiệm vụ còn lại …")."""
    return _section_blocks(document, _REMAINING_HEADING, outline)


@dataclass(frozen=True)
class _Outline:
    """The headings of a document (read once for the several section lookups)."""

    headings: list[tuple[int, int, str]]  # position in the blocks, level, folded title
    referred_from: dict[int, int]  # footnote number → index of the block referring to it
    footnotes: list[Block]  # the footnote definitions


def _outline(document: Document) -> _Outline:
    headings = []
    for position, (block, level) in enumerate(_headings_and_levels(document)):
        if level is not None:
            text = fold(block.text[block.label_end :] if block.label else block.text)
            headings.append((position, level, text.strip(" .:-*")))
    footnotes = [block for block in document.blocks if block.kind is BlockKind.FOOTNOTE]
    return _Outline(headings, _footnote_referrers(document), footnotes)


def _section_blocks(
    document: Document, heading: re.Pattern[str], outline: _Outline | None = None
) -> set[int]:
    """Blocks from a heading matching ``heading`` to the next heading of its level or above.

    A footnote definition belongs to the section of the block that refers to it, wherever
    the reader found the definition (Markdown puts them at the end of the file).
    """
    outline = outline if outline is not None else _outline(document)
    blocks = document.blocks
    # the sections as ranges of positions, from their heading to the next closing heading
    ranges: list[tuple[int, int]] = []
    open_level: int | None = None
    start = 0
    for position, level, text in outline.headings:
        if open_level is not None and level <= open_level:
            ranges.append((start, position))
            open_level = None
        if open_level is None and heading.search(text) and not _RESULTS_WORDS.search(text):
            open_level, start = level, position
    if open_level is not None:
        ranges.append((start, len(blocks)))
    inside: set[int] = set()
    for first, end in ranges:
        inside.update(b.index for b in blocks[first:end] if b.kind is not BlockKind.FOOTNOTE)
    referred_from = outline.referred_from
    for block in outline.footnotes:
        if referred_from.get(block.footnote or -1) in inside:
            inside.add(block.index)
    return inside


def top_level_parts(document: Document, outline: _Outline | None = None) -> dict[int, int]:
    """For each block, the index of the top-level heading ("Phần …", "I.", "A.") it is under."""
    outline = outline if outline is not None else _outline(document)
    parts: dict[int, int] = {}
    current = -1
    tops = {position for position, level, _ in outline.headings if 0 <= level <= 1}
    for position, block in enumerate(document.blocks):
        if position in tops:
            current = block.index
        parts[block.index] = current
    referred_from = outline.referred_from
    for block in outline.footnotes:
        referrer = referred_from.get(block.footnote or -1)
        parts[block.index] = parts.get(referrer, -1) if referrer is not None else -1
    return parts


def _footnote_referrers(document: Document) -> dict[int, int]:
    return {ref.number: block.index for block in document.blocks for ref in block.footnote_refs}


def _headings_and_levels(document: Document) -> Iterator[tuple[Block, int | None]]:
    """Every block with its heading level (None for blocks that are not headings)."""
    previous: Block | None = None
    previous_level = -1
    for block in document.blocks:
        level: int | None = None
        if block.kind is BlockKind.HEADING:
            level = _heading_level(block, previous, previous_level)
            previous_level = level
        yield block, level
        previous = block


_PART_LABEL = re.compile(r"(?i)phần\b")
_ROMAN_LABEL = re.compile(r"[IVXLC]+[.)]?")
_LETTER_LABEL = re.compile(r"[A-ZĐ][.)]")
_NUMBER_LABEL = re.compile(r"\d+(?:\.\d+)*\.?")


def _heading_level(block: Block, previous: Block | None, previous_level: int) -> int:
    label = (block.label or "").strip()
    if not label:
        # A title line right under a labelled heading ("Phần III" / "PHƯƠNG HƯỚNG …").
        if previous is not None and previous.kind is BlockKind.HEADING and previous.label:
            return previous_level
        return -1
    if _PART_LABEL.match(label):
        return 0
    if _ROMAN_LABEL.fullmatch(label):
        return 1
    if _LETTER_LABEL.fullmatch(label):
        return 1
    numbered = _NUMBER_LABEL.fullmatch(label)
    if numbered:
        return 1 + label.rstrip(".").count(".") + 1
    return 6


def find_mentions(document: Document, extraction: Extraction) -> list[IndicatorMention]:
    """Every prose figure whose indicator words can be read, in document order."""
    outline = _outline(document)
    tasks = tasks_section_blocks(document, outline)
    remaining = remaining_section_blocks(document, outline)
    rest_of_year = rest_of_year_blocks(document, outline)
    parts = top_level_parts(document, outline)
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    mentions: list[IndicatorMention] = []
    for index, quantities in sorted(by_block.items()):
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL or block.kind is BlockKind.HEADING:
            continue
        quantities.sort(key=lambda q: q.start)
        marks = _sentence_marks(block.text)
        for position, quantity in enumerate(quantities):
            if quantity.kind not in _COMPARABLE_KINDS:
                continue
            floor = block.label_end if block.label else 0
            if position:
                floor = max(floor, quantities[position - 1].end)
            before = block.text[floor : quantity.start]
            clause_start = _last_clause_end(before)
            subject = before[clause_start:].strip()
            key = indicator_key(subject)
            if not key:
                continue
            upcoming = quantities[position + 1].start if position + 1 < len(quantities) else None
            after = _clause_after(block.text, quantity.end, upcoming)
            clause = fold(
                _clause_before(
                    block.text, block.label_end if block.label else 0, quantity.start, marks
                )
            )
            planned = index in tasks or bool(_PLAN_MARKERS.search(clause))
            opener = before[:clause_start].rstrip()
            self_contained = (
                (clause_start == 0 and (position == 0 or floor > quantities[position - 1].end))
                or bool(_ENDS_CLAUSE.search(opener))
            ) and not _PLACE_WORDS.search(clause + " " + after)
            mentions.append(
                IndicatorMention(
                    quantity,
                    key,
                    subject,
                    planned,
                    index in tasks,
                    after,
                    self_contained,
                    block.kind is BlockKind.FOOTNOTE,
                    parts.get(index, -1),
                    index in remaining,
                    index in rest_of_year,
                    clause,
                )
            )
    return mentions


def _last_clause_end(text: str) -> int:
    end = 0
    for match in _CLAUSE_END.finditer(text):
        end = match.end()
    return end


# How far the clause around a figure is read, at most, before and after it (characters).  A
# sentence of a report is a few hundred characters; the bound keeps a block without any
# sentence mark (a megabyte of figures joined by commas) from being read once per figure.
CLAUSE_REACH = 2000


def _sentence_marks(text: str) -> list[int]:
    """Positions of the sentence marks of a block that are not followed by a digit."""
    return [match.start() for match in _SENTENCE_MARK.finditer(text)]


def _clause_before(text: str, floor: int, start: int, marks: list[int] | None = None) -> str:
    """The text from the last sentence mark in ``text[floor:start]`` (or from ``floor``) to
    ``start``, at most :data:`CLAUSE_REACH` characters.  ``marks`` are
    :func:`_sentence_marks` of ``text``, found once for a block."""
    if start - 1 >= floor and text[start - 1] in ".;:":
        return ""  # a mark right before the figure ends the clause (whatever follows it)
    if marks is None:
        marks = _sentence_marks(text)
    # the last mark before ``start - 1`` (the one at ``start - 1`` was handled above)
    at = bisect.bisect_left(marks, start - 1) - 1
    cut = marks[at] + 1 if at >= 0 and marks[at] >= floor else floor
    return text[max(cut, start - CLAUSE_REACH) : start]


def _clause_after(text: str, end: int, upcoming: int | None) -> str:
    stop = upcoming if upcoming is not None else len(text)
    match = _CLAUSE_AFTER_END.search(text, end, min(stop, end + CLAUSE_REACH))
    return fold(text[end : match.start() if match else min(stop, end + CLAUSE_REACH)]).strip()


def _comparable(a: Quantity, b: Quantity) -> bool:
    return a.kind is b.kind and a.unit == b.unit


def find_same_indicators(
    document: Document,
    extraction: Extraction,
    mentions: list[IndicatorMention] | None = None,
) -> list[SameIndicator]:
    """Pairs of achieved figures with the same (distinctive) key and unit.

    Only two kinds of pair are trusted: a rate of the whole area ("Tỷ lệ …" in percent)
    stated twice, and a figure of the body restated in a footnote.  Other repeated words
    ("giá trị khối lượng thực hiện") often belong to different scopes set by the context.
    """
    achieved = [
        mention
        for mention in (mentions if mentions is not None else find_mentions(document, extraction))
        if not mention.planned
        and mention.self_contained
        and len(mention.key) >= 3
        and not _is_change(mention)
    ]
    # Mentions that can pair share their key, the key of the words after them, kind and
    # unit: they are bucketed by those, and within a bucket by footnote and part, so that
    # the pairs are found without comparing every two mentions.
    buckets: dict[tuple[object, ...], dict[tuple[bool, int], list[int]]] = {}
    groups: list[dict[tuple[bool, int], list[int]]] = []
    for position, mention in enumerate(achieved):
        quantity = mention.quantity
        bucket_key = (mention.key, indicator_key(mention.after), quantity.kind, quantity.unit)
        bucket = buckets.setdefault(bucket_key, {})
        bucket.setdefault((mention.in_footnote, mention.part), []).append(position)
        groups.append(bucket)
    pairs: list[SameIndicator] = []
    for position, first in enumerate(achieved):
        rate = _is_rate_of_area(first)
        seconds: list[Iterator[int]] = []
        for (in_footnote, part), members in groups[position].items():
            if in_footnote != first.in_footnote or (rate and part != first.part):
                seconds.append(_after(members, position))
        for later in heapq.merge(*seconds):
            second = achieved[later]
            if first.quantity.block != second.quantity.block:
                pairs.append(SameIndicator(first, second))
    return pairs


def _after(positions: list[int], position: int) -> Iterator[int]:
    """The sorted ``positions`` greater than ``position`` (without copying the list)."""
    for index in range(bisect.bisect_right(positions, position), len(positions)):
        yield positions[index]


def _is_rate_of_area(mention: IndicatorMention) -> bool:
    return mention.quantity.kind is QuantityKind.PERCENT and mention.key[:2] == ("tỷ", "lệ")


def _is_change(mention: IndicatorMention) -> bool:
    """ "tăng 17 con", "giảm 10 hộ", "tăng 5% so với cùng kỳ": a change, not a level."""
    words = fold(mention.subject).split()
    return (
        bool(words) and words[-1] in {"tăng", "giảm", "thêm", "hơn"}
    ) or "so với" in mention.after


_SHARE_BETWEEN = re.compile(r"^\s*,?\s*(?:ước\s+)?(?:đạt|bằng)\s*$")
_SHARE_AFTER = re.compile(rf"^(?:(?:so với\s+|so\s+)?(?:{lexicon.PLAN_BASES_RE}|kh)\b.*)?$")


def find_plan_remainders(
    document: Document,
    extraction: Extraction,
    mentions: list[IndicatorMention] | None = None,
) -> list[PlanRemainder]:
    """Achieved figures with their % of plan, matched with the remaining task of the year."""
    if mentions is None:
        mentions = find_mentions(document, extraction)
    shares = {
        (q.block, q.start): q for q in extraction.quantities if q.kind is QuantityKind.PERCENT
    }
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    for quantities in by_block.values():
        quantities.sort(key=lambda q: q.start)  # stable: equal starts keep their order
    starts = {block: [q.start for q in quantities] for block, quantities in by_block.items()}
    achieved: list[tuple[IndicatorMention, Quantity]] = []
    for mention in mentions:
        if mention.in_tasks_section or mention.quantity.kind is QuantityKind.PERCENT:
            continue
        share = _share_after(document, by_block, starts, shares, mention.quantity)
        if share is not None and len(mention.key) >= 2:
            achieved.append((mention, share))
    remainders = [
        m
        for m in mentions
        if m.in_tasks_section
        and m.quantity.kind is not QuantityKind.PERCENT
        and len(m.key) >= 2
        and _states_a_remainder(m)
    ]
    # keys that match start with the same two words (both have two at least): the candidates
    # are looked up by those, in their order, rather than compared with every mention
    remainders_by_start: dict[tuple[str, ...], list[IndicatorMention]] = {}
    for remainder in remainders:
        remainders_by_start.setdefault(remainder.key[:2], []).append(remainder)
    achieved_by_start: dict[tuple[str, ...], list[IndicatorMention]] = {}
    for mention, _ in achieved:
        achieved_by_start.setdefault(mention.key[:2], []).append(mention)
    found: list[PlanRemainder] = []
    for mention, share in achieved:
        matches = [
            r
            for r in remainders_by_start.get(mention.key[:2], [])
            if _same_indicator(document, mention, r) and _comparable(mention.quantity, r.quantity)
        ]
        if len(matches) != 1:
            continue
        remainder = matches[0]
        rivals = [
            m
            for m in achieved_by_start.get(remainder.key[:2], [])
            if _same_indicator(document, m, remainder)
            and _comparable(m.quantity, remainder.quantity)
        ]
        if len(rivals) == 1:
            found.append(PlanRemainder(mention, share, remainder))
    return found


def _states_a_remainder(mention: IndicatorMention) -> bool:
    """Under "Nhiệm vụ còn lại", or "tăng/thêm N" for the rest of the year — not a
    whole-year target and not a task for one coming quarter or month."""
    if _WHOLE_YEAR.search(mention.clause):
        return False
    if "so với" in mention.after or "cùng kỳ" in mention.after:
        return False  # "tăng 17 con so với cùng kỳ": a change on last year
    words = fold(mention.subject).split()
    increase = bool(words and words[-1] in {"tăng", "thêm"})
    return mention.in_remaining_section or (mention.in_rest_of_year and increase)


def _same_indicator(document: Document, a: IndicatorMention, b: IndicatorMention) -> bool:
    """Same key; or one key starts the other and the longer one's extra words are in the
    shorter one's block ("tích tụ" … "tích tụ tập trung đất đai" where the results
    paragraph speaks of "tích tụ tập trung đất đai")."""
    if a.key == b.key:
        return True
    if not _keys_match(a.key, b.key):
        return False
    shorter, longer = (a, b) if len(a.key) < len(b.key) else (b, a)
    context = set(indicator_key(document.blocks[shorter.quantity.block].text))
    return all(word in context for word in longer.key[len(shorter.key) :])


_WHOLE_YEAR = re.compile(r"\b(?:cả năm|đến cuối năm|hết năm|năm \d{4}|cuối năm \d{4})\b")


def _keys_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal, or the shorter (two words at least) is the start of the longer."""
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(shorter) >= 2 and longer[: len(shorter)] == shorter


def _share_after(
    document: Document,
    by_block: dict[int, list[Quantity]],
    starts: dict[int, list[int]],
    shares: dict[tuple[int, int], Quantity],
    quantity: Quantity,
) -> Quantity | None:
    """The "đạt P% (kế hoạch)" right after a figure, when that is what follows it.

    ``by_block`` holds each block's quantities sorted by start, ``starts`` their starts."""
    block = document.blocks[quantity.block]
    at = bisect.bisect_left(starts[quantity.block], quantity.end)
    if at == len(starts[quantity.block]):
        return None
    share = by_block[quantity.block][at]  # the first quantity starting after this one
    if (share.block, share.start) not in shares:
        return None
    if not _SHARE_BETWEEN.match(fold(block.text[quantity.end : share.start])):
        return None
    after = _clause_after(block.text, share.end, None)
    if not _SHARE_AFTER.match(after) or "cùng kỳ" in after:
        return None
    return share


_PERIOD = re.compile(
    r"\b(?:(?:\d+|sáu|chín) tháng(?: đầu năm| cuối năm)?|quý [ivx\d]+|năm) (?:19|20)\d\d\b"
)


def find_restated_indicators(
    document: Document,
    extraction: Extraction,
    mentions: list[IndicatorMention] | None = None,
) -> list[SameIndicator]:
    """Pairs of one indicator, named with the same period, stated in two top-level parts.

    Beyond :func:`find_same_indicators`: any unit, when both clauses name the same period with
    its year ("6 tháng đầu năm 2025", "năm 2024"), the key has at least four words, and the
    key occurs once in each of the two parts (a key repeated inside one part belongs to
    several scopes).  Only the area as a whole: no place word in either clause.
    """
    achieved = [
        mention
        for mention in (mentions if mentions is not None else find_mentions(document, extraction))
        if not mention.planned
        and mention.self_contained
        and not mention.in_footnote
        and mention.part >= 0
        and len(mention.key) >= 4
        and not _is_change(mention)
    ]
    per_part: dict[tuple[tuple[str, ...], int], int] = {}
    for mention in achieved:
        per_part[(mention.key, mention.part)] = per_part.get((mention.key, mention.part), 0) + 1
    pairs: list[SameIndicator] = []
    for i, first in enumerate(achieved):
        period = _PERIOD.findall(first.clause)
        if len(period) != 1 or per_part[(first.key, first.part)] != 1:
            continue
        for second in achieved[i + 1 :]:
            if (
                second.key == first.key
                and second.part != first.part
                and per_part[(second.key, second.part)] == 1
                and _PERIOD.findall(second.clause) == period
                and indicator_key(first.after) == indicator_key(second.after)
                and _comparable(first.quantity, second.quantity)
            ):
                pairs.append(SameIndicator(first, second))
    return pairs
