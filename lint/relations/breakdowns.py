"""Breakdowns: a total and the parts the text splits it into.

Read from four shapes, each only when the parts have the total's kind and unit:

* a parenthesised list right after the total, ``19 căn (xây mới 02 căn, sửa chữa 17 căn)``,
  ``181.691.000 đồng (TW: …; tỉnh: …; thị xã: …)``: exhaustive;
* a marker after the total in the same block, ``…, trong đó: A …; B …``: a subset
  (``trong đó``, ``cụ thể:``) or exhaustive (``gồm``, ``bao gồm``, ``chia ra``, or a last part
  ``còn lại …``); the parts are the first figure of each ``;``-separated segment (``,``/``và``
  when there is no ``;``), not a change after ``tăng``/``giảm``, not inside parentheses; a
  subset listing two parts or more with commas before its first ``;`` ends there, and one
  ends after its first parts that make up the total (the rest split it another way) or
  before a part not done yet by the verb that counts the total ("đã giải quyết …; đang giải
  quyết …");
* a footnote attached to the total whose text starts with such a marker
  (``2.506 tỷ 437 triệu đồng<sup>1</sup>`` + ``<sup>1</sup> Trong đó: Khu vực I …``);
* a paragraph that is only the marker (``Trong đó:``) followed by ``-``/``+`` list items,
  one part per item, the total being the last figure of the block before the marker.

A subset whose parts add up to the total within rounding is marked ``complete``: the parts
are then evidently all of it (used for implied bases).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.outline import Outline, OutlineNode
from lint.relations.marks import PARENTHESIS, depth_at

if TYPE_CHECKING:
    from lint.relations.evidence import Budget

_MARKER = re.compile(
    rf"(?:^|[\s,.;:(])(trong đó|trong số (?:này|đó)|{lexicon.EXHAUSTIVE_MARKERS_RE}|cụ thể(?=\s*:)|như sau(?=\s*:)"
    r"|(?:phân|chia|cơ cấu) theo(?:\s+[^\W\d]+){1,5}(?=\s*:))"
    r"\s*:?\s*",
    re.IGNORECASE,
)
_CLASSIFYING = re.compile(r"(?:phân|chia|cơ cấu) theo", re.IGNORECASE)
_OPENS_WITH_MARKER = re.compile(rf"\s*(?:{lexicon.BREAKDOWN_MARKERS_RE})(?:\s|:|$)", re.IGNORECASE)
_ONLY_MARKER = re.compile(rf"^\s*({lexicon.BREAKDOWN_MARKERS_RE})\s*:?\s*$", re.IGNORECASE)
_SUBSET_MARKERS = lexicon.SUBSET_MARKERS  # "cụ thể:" may list only some of the total
# "Phân theo khu vực kinh tế:", "Chia theo loại hình:" ending a paragraph: the items below are
# the classes of the figure before, all of them
# a paragraph ending with what its list is classified by: "Phân theo lĩnh vực:", "Kết quả theo
# trình độ đào tạo:", "Chi tiết theo nguồn thu:"
_CLASSIFIED_TAIL = re.compile(
    r"(?:^|[\s,.])(phân theo|chia theo|(?:kết quả|chi tiết|cụ thể) theo)(?:\s+[^\W\d]+){1,5}"
    r"\s*:\s*$",
    re.IGNORECASE,
)
# ", theo nguồn:", ", theo lĩnh vực:" ending a sentence that states a figure (not "theo quy
# định:", "theo Quyết định số …:")
_BY_WHAT_TAIL = re.compile(
    r",\s*(theo)(?!\s+(?:quy định|hướng dẫn|kế hoạch|quyết định|nghị quyết|đề nghị)\b)"
    r"(?:\s+[^\W\d]+(?![^\W\d])){1,3}\s*:\s*$",
    re.IGNORECASE,
)
_TAIL_MARKER = re.compile(rf"(?:^|[\s,])({lexicon.BREAKDOWN_MARKERS_RE})\s*:\s*$", re.IGNORECASE)
_ASIDE = re.compile(r"\([^()]*\)")  # a parenthesis closed before a figure
_CHANGE_BEFORE = re.compile(
    # "vốn điều chỉnh tăng 6.239 tỷ đồng": the name of a kind (an adjustment up), not a change
    rf"(?<!điều chỉnh )(?:{lexicon.CHANGE_WORDS_RE}|bình quân|mỗi)\W*(?:\w+\W*){{0,2}}$",
    re.IGNORECASE,
)
# What a text holds, lower-cased, when one of the markers above can match it (IGNORECASE also
# matches "I" as "ı" and "İ", which lower-case to "ı" and "i̇"): a quick test that spares
# scanning most paragraphs with the slower patterns.
_MARKER_WORDS = (
    *("trong đó", "trong số", "gồm", "cụ thể", "chia ra", "chıa ra", "chi\u0307a ra", "như sau"),
    *("phân theo", "chia theo", "cơ cấu theo"),
)
_OPENING = re.compile(r"\s*\(")  # a parenthesis opening after a figure
_TO_RATE = re.compile(r"\s*,\s*(?:đạt|chiếm|bằng)(?:\s+tỷ lệ)?\s*")  # ", đạt 95,3%"
# a part's share after it in a parenthesis: "(… 161 vụ, chiếm 91,5%; …)"
_SHARE_AFTER = re.compile(r"^\s*,\s*chiếm(?:\s+tỷ lệ)?\s*\d+(?:,\d+)?\s*%")
_REMAINDER = re.compile(rf"^\W*(?:số\s+)?(?:{lexicon.REMAINDER_WORDS_RE})\b", re.IGNORECASE)
# The verb a total is counted by when the total is what is done: "đã giải quyết 12.210 hồ sơ".
_DONE_VERB = re.compile(r"(?:^|[^\w])đã\s+(?P<verb>\w+(?:\s+\w+)?)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)")
_NOT_A_PART_LABEL = re.compile(
    rf"{lexicon.NOT_A_PART_WORDS_RE}|\d",
    re.IGNORECASE,
)
_CARRIED_OVER = re.compile(lexicon.CARRIED_OVER_RE, re.IGNORECASE)
_CHANGE_LEAD = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
_PLAN_BEFORE = re.compile(rf"(?:{lexicon.PLAN_BASES_RE})\s*:?\s*$", re.IGNORECASE)
_NAMING_NUMBER = re.compile(
    rf"\b\d{{1,2}}\s+(?:tháng|tuổi)\b|{lexicon.NUMBERED_CATEGORY_RE}", re.IGNORECASE
)
_COMPARABLE = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
MAX_TYPO_CHECKS = 100  # typo-shaped explanations tried in one document (each a localisation)


@dataclass(frozen=True)
class Breakdown:
    total: Quantity  # for a done/total pair, the done figure (parts[0] of the pair)
    parts: tuple[Quantity, ...]
    exhaustive: bool
    marker: str  # "parenthesis" | "trong đó" | "gồm" | "bao gồm" | "chia ra" | "shares" | ":"
    labels: tuple[str, ...] = ()  # what each part is ("TW", "tỉnh", "thị xã" …)
    restated: Quantity | None = None  # "Tổng … N <unit>" closing a listed breakdown

    @property
    def complete(self) -> bool:
        """Exhaustive, or a subset whose parts visibly make up the whole total."""
        return self.exhaustive or adds_up(self.total, self.parts)


def change_sum(
    value: Quantity, base: Quantity, change: Quantity, up: bool
) -> tuple[Quantity, tuple[Quantity, Quantity]]:
    """The sum a change states, as a total and its parts: the value is the base and the change
    going up (``tăng``), the base is the value and the change going down (``giảm``)."""
    return (value, (base, change)) if up else (base, (value, change))


def sum_interval(parts: tuple[Quantity, ...]) -> Interval:
    interval = parts[0].interval
    for part in parts[1:]:
        interval = interval + part.interval
    return interval


def adds_up(total: Quantity, parts: list[Quantity] | tuple[Quantity, ...]) -> bool:
    """The parts add up to the total within the rounding of every printed figure."""
    return bool(parts) and sum_interval(tuple(parts)).intersects(total.interval)


def figures_by_block(extraction: Extraction) -> dict[int, list[Quantity]]:
    """The figures of each block (by index), in order; a done/total pair as its done figure.

    Computed once per extraction and shared: callers must not change the lists."""
    if extraction.figures_by_block is not None:
        return extraction.figures_by_block
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(_single(quantity))
    extraction.figures_by_block = by_block
    return by_block


def find_breakdowns(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_block = figures_by_block(extraction)
    found: list[Breakdown] = []
    footnotes = document.footnote_definitions()
    from lint.relations.evidence import Budget

    budget = Budget(MAX_TYPO_CHECKS)
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        quantities = by_block.get(block.index, [])
        found.extend(_parenthesised(block, quantities, budget))
        found.extend(_inline(block, quantities, budget))
        found.extend(_colon_lists(block, quantities, budget, found))
        found.extend(_labelled_lists(block, quantities, budget))
        found.extend(_footnoted(block, quantities, footnotes, by_block, budget))
        opening = _paragraph_opening_list(document, block, by_block, budget, found)
        if opening is not None:
            found.append(opening)
        titled = _classified_under_title(document, block, by_block, budget)
        if titled is not None:
            found.append(titled)
    found.extend(_listed(document, by_block, budget))
    from lint.relations.inline_breakdowns import find_inline_breakdowns

    found.extend(find_inline_breakdowns(document, extraction))
    from lint.relations.labelled_parts import find_labelled_parts

    found.extend(find_labelled_parts(document, extraction))
    from lint.relations.paragraph_parts import find_paragraph_parts, find_restated_titles

    found.extend(find_paragraph_parts(document, extraction))
    found.extend(find_restated_titles(document, extraction))
    from lint.relations.complements import find_complements

    found.extend(find_complements(document, extraction))
    from lint.relations.among import find_among

    found.extend(find_among(document, extraction))
    from lint.relations.contributions import find_contributions

    found.extend(find_contributions(document, extraction))
    from lint.relations.trade_balance import find_trade_balances

    found.extend(find_trade_balances(document, extraction))
    from lint.relations.closing_totals import find_closing_totals

    found.extend(find_closing_totals(document, extraction))
    found = _along_outline(document, extraction, found)
    # "tàu cá từ 06 m trở lên, phân theo chiều dài: - Từ 06 m đến dưới 12 m: …": the bounds of
    # a class are not figures of it
    found = [
        breakdown
        for breakdown in found
        if not any(_range_bound(document, q) for q in (breakdown.total, *breakdown.parts))
    ]
    found = [_periods_so_far(document, breakdown) for breakdown in found]
    found = [breakdown for breakdown in found if not _stock_and_flows(breakdown)]
    # "- Xuất cảnh 205.914 lượt, nhập cảnh 206.472 lượt; - Người Việt Nam …, người nước ngoài
    # …": each item splits the total again, the items are no parts of it
    found = [b for b in found if not _each_item_splits(b.total, b.parts, by_block)]
    found.sort(key=lambda b: (b.total.block, b.total.start, b.parts[0].block, b.parts[0].start))
    unique: list[Breakdown] = []
    for breakdown in found:
        if not unique or (unique[-1].total, unique[-1].parts) != (breakdown.total, breakdown.parts):
            unique.append(breakdown)
    return unique


_OPENING_LABEL = re.compile(rf"^(?:số\s+)?(?:{lexicon.YEAR_START_WORDS_RE})\b", re.IGNORECASE)
_OUTFLOW_LABEL = re.compile(rf"^(?:{lexicon.OUTFLOW_WORDS_RE})\b", re.IGNORECASE)


def _stock_and_flows(breakdown: Breakdown) -> bool:
    """Parts labelled as a stock at the start of a period and a flow out of it ("(đầu kỳ
    1.115 dự án, cấp mới 48 dự án, chấm dứt 11 dự án)"): a balance, with a part to subtract,
    not a sum (:mod:`lint.relations.stock_flows` reads it)."""
    labels = [label.strip().lower() for label in breakdown.labels]
    return any(_OPENING_LABEL.match(label) for label in labels) and any(
        _OUTFLOW_LABEL.match(label) for label in labels
    )


# a period as the label of a part: "quý I", "tháng 7", "6 tháng đầu năm", "đợt 2"
_PERIOD_LABEL = re.compile(
    r"^(?:quý|tháng|đợt|kỳ)\s+(?:[IVX]+|\d+)\b|^\d+\s+tháng\b", re.IGNORECASE
)
# a total so far: "Lũy kế 9 tháng", "cộng dồn từ đầu năm", "tính đến nay"
_SO_FAR = re.compile(
    rf"(?:{lexicon.CUMULATIVE_WORDS_RE}|từ đầu năm|tính đến|đến nay)[^.;]{{0,80}}$", re.IGNORECASE
)


def _periods_so_far(document: Document, breakdown: Breakdown) -> Breakdown:
    """A total so far split by periods may leave out the period the sentence before reports
    ("Trong quý ban hành 17 văn bản. Lũy kế 9 tháng 46 văn bản (quý I: 15 văn bản; quý II:
    14 văn bản)"): its parts are then some of the periods, not all."""
    if not breakdown.exhaustive or len(breakdown.labels) != len(breakdown.parts):
        return breakdown
    if not all(_PERIOD_LABEL.match(label.strip(" :-+*")) for label in breakdown.labels):
        return breakdown
    total = breakdown.total
    text = document.blocks[total.block].text
    so_far = _SO_FAR.search(text, max(0, total.start - 80), total.start)
    if not so_far:
        return breakdown
    months = _MONTHS.search(so_far.group())
    if months is not None:
        # "Lũy kế 9 tháng … (quý I …; quý II …; quý III …)": every period named, all parts
        quarters = all(label.strip(" :-+*").lower().startswith("quý") for label in breakdown.labels)
        needed = int(months.group(1)) // 3 if quarters else int(months.group(1))
        if len(breakdown.parts) == needed:
            return breakdown
    return replace(breakdown, exhaustive=False)


_MONTHS = re.compile(r"\b(\d{1,2})\s+tháng\b")


def _along_outline(
    document: Document, extraction: Extraction, found: list[Breakdown]
) -> list[Breakdown]:
    """``found`` and the breakdowns read from the outline (a part announcing the parts nested
    in it), for the totals the readings above did not already break down, or broke down into
    fewer of the same parts (a list reading that stopped at an item stating another measure
    first: the outline's reading has every item)."""
    from lint.relations.outline_breakdowns import find_outline_breakdowns

    # the blocks each total's parts were read in: a total may be split twice, by two
    # classifications in blocks of their own ("Theo loại hình: …" then "Theo lĩnh vực: - …")
    totals: dict[tuple[int, int], set[int]] = {}
    for b in found:
        totals.setdefault((b.total.block, b.total.start), set()).update(q.block for q in b.parts)
    part_sets = [{(q.block, q.start) for q in b.parts} for b in found]
    kept = []
    superseded: set[int] = set()
    for breakdown in find_outline_breakdowns(document, extraction):
        used = totals.get((breakdown.total.block, breakdown.total.start))
        if used is not None and (
            breakdown.total.block in used or any(q.block in used for q in breakdown.parts)
        ):
            mine = {(q.block, q.start) for q in breakdown.parts}
            same_total = [
                b
                for b in found
                if (b.total.block, b.total.start) == (breakdown.total.block, breakdown.total.start)
            ]
            if same_total and all(
                {(q.block, q.start) for q in b.parts} < mine and b.exhaustive for b in same_total
            ):
                superseded.update(id(b) for b in same_total)
                kept.append(breakdown)
            continue
        mine = {(q.block, q.start) for q in (breakdown.total, *breakdown.parts)}
        if any(mine <= parts for parts in part_sets):
            continue  # a list already read as siblings of one level (they add up so)
        kept.append(breakdown)
    return [b for b in found if id(b) not in superseded] + kept


def _single(quantity: Quantity) -> Quantity:
    """A done/total pair takes part in breakdowns as its done figure."""
    if quantity.kind is QuantityKind.PAIR and quantity.parts:
        return quantity.parts[0]
    return quantity


def _compatible(total: Quantity, part: Quantity) -> bool:
    return (
        total.kind in _COMPARABLE
        and part.kind is total.kind
        and part.unit == total.unit
        and part.sign > 0
        and total.sign > 0
    )


def _parenthesised(
    block: Block, quantities: list[Quantity], budget: Budget | None = None
) -> list[Breakdown]:
    found = []
    text = block.text
    # the figures in a parenthesis are found by bisection when the block's figures are in
    # order, and each parenthesis's closing one from one pass over the block: a block of a
    # thousand breakdowns is read in linear time
    starts = [q.start for q in quantities]
    ordered = all(a <= b for a, b in itertools.pairwise(starts))
    closings: dict[int, int] | None = None
    for position, total in enumerate(quantities):
        if total.kind not in _COMPARABLE:
            continue
        opening = _OPENING.match(text, total.end)
        if not opening and position + 1 < len(quantities):
            # "đã giải quyết 1.186 hồ sơ, đạt 95,3% (đúng hạn 1.152 hồ sơ, trễ hạn 34 hồ sơ)":
            # the total's rate between it and its parts; "101 vụ/156 bị can (cũ 4 vụ/7 bị
            # can; …)": its partner in another unit
            after = quantities[position + 1]
            if after.kind is QuantityKind.PERCENT and _TO_RATE.fullmatch(
                text, total.end, after.start
            ):
                opening = _OPENING.match(text, after.end)
            elif partners(text, total, after):
                opening = _UNIT_THEN_OPENING.match(text, after.end)
        if not opening and position and partners(text, quantities[position - 1], total):
            opening = _UNIT_THEN_OPENING.match(text, total.end)
        if not opening:
            continue
        start = opening.end()
        if closings is None:
            closings = _closings(text)
        close = closings.get(start)
        if close is None:
            continue
        if ordered:
            inside = []
            for position in range(bisect.bisect_left(starts, start), len(quantities)):
                if starts[position] > close:
                    break
                if quantities[position].end <= close:
                    inside.append(quantities[position])
        else:
            inside = [q for q in quantities if start <= q.start and q.end <= close]
        separator = ";" if ";" in text[start:close] else ","
        segments = _segments(text, start, close, separator)
        if len(segments) < 2 or len(inside) < len(segments):
            continue
        parts, labels = [], []
        elided = False
        for seg_start, seg_end in segments:
            members = [q for q in inside if seg_start <= q.start and q.end <= seg_end]
            member = _segment_figure(total, members, text)
            if member is None:
                break
            elided = elided or not _compatible(total, member)
            # the part's partner in another unit ("cũ 4 vụ/7 bị can") is neither label nor rest
            start, end = member.start, member.end
            for other in members:
                if partners(text, other, member):
                    start = other.start
                elif partners(text, member, other):
                    end = other.end
            label = text[seg_start:start].strip(" :")
            rest = _SHARE_AFTER.sub("", text[end:seg_end]).strip()
            # "năm trước chuyển sang": a part; "sơ cấp và dưới 3 tháng", "trẻ dưới 6 tuổi",
            # "thôn loại 1": a duration, an age or a category naming the part
            named = _NAMING_NUMBER.sub("", _CARRIED_OVER.sub("", label))
            if _NOT_A_PART_LABEL.search(named) or _NOT_A_PART_LABEL.search(rest):
                break
            parts.append(member)
            labels.append(label or text[end:seg_end].strip(" :"))
        else:
            if elided:
                # "42 huy chương (12 HCV, 14 HCB, 16 HCĐ)": bare counts named by their labels,
                # read only on strong evidence
                from lint.relations.evidence import adds_up_or_one_typo

                if not all(_elided(total, part) for part in parts):
                    continue
                # a parenthesis lists all of its figure: any of them may be the slip
                if not adds_up_or_one_typo(total, parts, budget, exhaustive=True):
                    continue
            if sum(part.interval.low > total.interval.high for part in parts) >= 2 and any(
                (a.interval - b.interval).intersects(total.interval)
                for a, b in itertools.permutations(parts, 2)
            ):
                # "tiết kiệm 13.865.000 đồng (ngân sách đã cấp 450.000.000 đồng, quyết toán
                # 436.135.000 đồng)": figures each above it, the difference of two of them, are
                # what it is worked out from, not its parts (a slip in the total may put
                # several parts above it, but does not make it such a difference)
                continue
            found.append(Breakdown(total, tuple(parts), True, "parenthesis", tuple(labels)))
    return found


# a bound of a range: "từ 06 m trở lên", "từ 06 m đến dưới 12 m", "… đến dưới 12 m"
_RANGE_FROM = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)
_RANGE_ON = re.compile(
    r"(?:\s*[^\W\d]+(?![^\W\d])){0,2}\s*(?:trở lên|trở xuống|(?:đến|tới)\s+(?:dưới\s+)?\d)",
    re.IGNORECASE,
)
_RANGE_TO = re.compile(
    r"(?<!\w)từ\s+[\d.,]+(?:\s*[^\W\d]+(?![^\W\d])){0,2}\s*(?:đến|tới)\s+(?:dưới\s+)?$",
    re.IGNORECASE,
)


def _range_bound(document: Document, quantity: Quantity) -> bool:
    """``quantity`` bounds a range ("từ 06 m trở lên", "từ 06 m đến dưới 12 m")."""
    text = document.blocks[quantity.block].text
    before = text[max(0, quantity.start - 40) : quantity.start]
    if _RANGE_FROM.search(before) and _RANGE_ON.match(text, quantity.end):
        return True
    return _RANGE_TO.search(before) is not None


def _segment_figure(total: Quantity, members: list[Quantity], text: str = "") -> Quantity | None:
    """The figure a segment of a parenthesis gives for ``total``: its only figure, or its only
    one of the total's measure beside bare numbers that name it ("04 sản phẩm 4 sao", "05 sao:
    3 khách sạn"), percentages after it (its share) and its partner in another unit ("4 vụ/7
    bị can")."""
    if len(members) == 1:
        return members[0]
    fitting = [q for q in members if _compatible(total, q)]
    if len(fitting) != 1:
        return None
    part = fitting[0]
    if any(
        q.kind is not QuantityKind.NUMBER
        # "(xử phạt hành chính 161 vụ, chiếm 91,5%; …)": the part's share after it
        and not (q.kind is QuantityKind.PERCENT and q.start > part.end)
        and not (partners(text, part, q) or partners(text, q, part))
        for q in members
        if q is not part
    ):
        return None
    return part


# "101 vụ/156 bị can", "12 vụ/15 đối tượng": two counts of one set of cases, in two units
_PARTNER = re.compile(r"\s*(?:[^\W\d]+(?![^\W\d])\s*){0,2}/\s*")
_UNIT_THEN_OPENING = re.compile(r"(?:\s*[^\W\d]+(?![^\W\d])){0,3}\s*\(")


def partners(text: str, first: Quantity, second: Quantity) -> bool:
    """``first`` and ``second`` are counts of two units joined by a slash ("4 vụ/7 bị can")."""
    return (
        first.kind is QuantityKind.COUNT
        and second.kind is QuantityKind.COUNT
        and first.unit != second.unit
        and first.end <= second.start
        and _PARTNER.fullmatch(text, first.end, second.start) is not None
    )


def _unmarked_note(
    note: Block, quantities: list[Quantity], total: Quantity, budget: Budget | None
) -> Breakdown | None:
    """A footnote on an amount listing parts of it with no marker ("¹ Ngân sách tỉnh 1.045
    triệu đồng, ngân sách huyện 696,5 triệu đồng."): its parts on strong evidence only."""
    from lint.relations.evidence import adds_up_or_one_typo

    parts, labels = _region_parts(note, quantities, 0, _region_end(note.text, 0), total)
    if len(parts) < 2 or len(parts) != len([q for q in quantities if _compatible(total, q)]):
        return None  # some figures of the note are not parts: it says more than a split
    # a note splitting a figure gives all of it: any of the figures may be the slip
    if not adds_up_or_one_typo(total, parts, budget, exhaustive=True):
        return None
    return Breakdown(total, tuple(parts), True, "footnote", tuple(labels))


def _closings(text: str) -> dict[int, int]:
    """For every ``(`` of ``text`` that is closed, the position after it → its ``)`` (the
    first one at which the parentheses opened since are all closed)."""
    found: dict[int, int] = {}
    opened: list[int] = []
    for match in PARENTHESIS.finditer(text):
        if match.group() == "(":
            opened.append(match.end())
        elif opened:
            found[opened.pop()] = match.start()
    return found


def _segments(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    """``separator``-separated ranges of ``text[start:end]`` at parenthesis depth 0."""
    segments, depth, seg_start = [], 0, start
    for match in _segment_marks(separator).finditer(text, start, end):
        char = match.group()
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            segments.append((seg_start, match.start()))
            seg_start = match.end()
    segments.append((seg_start, end))
    return [(a, b) for a, b in segments if text[a:b].strip()]


@cache
def _segment_marks(separator: str) -> re.Pattern[str]:
    """The characters :func:`_segments` reads: the brackets and ``separator``."""
    return re.compile("[()" + re.escape(separator) + "]")


_LIST_SEPARATOR = re.compile(r",(?!\d)|\s+và\s+")


def _has_figure(figures: list[Quantity], start: int, end: int) -> bool:
    """Whether one of ``figures`` (a block's, in order) starts in ``[start, end)``."""
    at = bisect.bisect_left(figures, start, key=lambda quantity: quantity.start)
    return at < len(figures) and figures[at].start < end


def _list_segments(
    text: str, start: int, end: int, figures: list[Quantity] | None = None
) -> list[tuple[int, int]]:
    """Segments of a list: split at ``;``, or at ``,``/``và`` when there is no ``;``; a
    ``và`` after words without a figure joins two names of one part ("cử nhân và cao cấp 141
    người"), not two parts."""
    if ";" in text[start:end]:
        segments = _segments(text, start, end, ";")
        if (
            figures is not None
            and len(segments) == 2
            and _REMAINDER.match(text[segments[1][0] : segments[1][1]])
        ):
            # "khách Pháp 21.430 lượt, Hàn Quốc 18.260 lượt, Úc 9.870 lượt; còn lại 21.520
            # lượt": a list by commas, then the rest
            return [*_list_segments(text, *segments[0], figures), segments[1]]
        if figures is not None and len(segments) >= 2:
            # "… A 685,0 tỷ đồng; B 471,8 tỷ đồng và C 100,0 tỷ đồng", "Gồm 21 công trình sai
            # phép và 16 công trình không phép; đã xử lý …": two parts joined by "và"
            segments = [
                piece for segment in segments for piece in _last_item_and(text, *segment, figures)
            ]
        return segments
    depths = _depths(text, start, end)
    segments, seg_start = [], start
    for match in _LIST_SEPARATOR.finditer(text, start, end):
        if depths[match.start() - start] == 0:
            if (
                figures is not None
                and match.group().strip() == "và"
                and not _has_figure(figures, seg_start, match.start())
            ):
                continue
            segments.append((seg_start, match.start()))
            seg_start = match.end()
    segments.append((seg_start, end))
    return [(a, b) for a, b in segments if text[a:b].strip()]


# "… và vốn ngân sách huyện 100,0 tỷ đồng", "…; 08 cơ sở dịch vụ ăn uống và 04 cơ sở thức ăn
# đường phố": the last part of a ";" list, named or not, after "và"
_AND_NAMED = re.compile(r"\s+và\s+(?=[^\W\d]|\d)")


def _last_item_and(
    text: str, start: int, end: int, figures: list[Quantity]
) -> list[tuple[int, int]]:
    """The last segment of a ``;`` list, split before a ``và`` that names one more part of the
    same unit ("gồm: A 685,0 tỷ đồng; B 471,8 tỷ đồng và C 100,0 tỷ đồng"); whole otherwise
    ("xã B 200 hộ và 800 khẩu": two figures of one part)."""
    depths = _depths(text, start, end)
    inside = [q for q in figures if start <= q.start and q.end <= end]
    for match in _AND_NAMED.finditer(text, start, end):
        if depths[match.start() - start] > 0:
            continue
        before = [q for q in inside if q.end <= match.start()]
        after = [q for q in inside if q.start >= match.end()]
        if len(before) != 1 or len(after) != 1:
            return [(start, end)]
        if before[0].kind is not after[0].kind or before[0].unit != after[0].unit:
            return [(start, end)]
        return [(start, match.start()), (match.end(), end)]
    return [(start, end)]


def _region_parts(
    block: Block,
    quantities: list[Quantity],
    start: int,
    end: int,
    unit_of: Quantity | None,
    elide: bool = False,
    any_count: bool = False,
    merge_names: bool = False,
) -> tuple[list[Quantity], list[str]]:
    """First qualifying figure of each ``;`` segment of ``[start, end)``.  With ``elide`` (and
    ``unit_of``, the total), a bare whole number counts in the total's unit, as lists leave the
    unit to one item ("trung cấp là 13.791; cao cấp là 141 đồng chí"), provided one part of
    the list states that unit."""
    text = block.text
    parts: list[Quantity] = []
    labels: list[str] = []
    stated = not elide
    carried = ""  # a name's words before its comma, carried to the part they name
    for seg_start, seg_end in _list_segments(text, start, end, quantities):
        if parts and _OPENS_WITH_MARKER.match(text, seg_start, seg_end):
            break  # "…; trong đó có 27 dự án đã hoàn thành": a statement of its own
        depth_map = _depths(text, seg_start, seg_end)
        chosen = None
        first = bisect.bisect_left(quantities, seg_start, key=lambda q: q.start)
        last = bisect.bisect_right(quantities, seg_end, key=lambda q: q.start)
        inside = [q for q in quantities[first:last] if q.end <= seg_end]
        for position, quantity in enumerate(inside):
            if depth_map[quantity.start - seg_start] > 0:
                continue
            if _CHANGE_BEFORE.search(text[seg_start : quantity.start]):
                continue
            if not elide and _counts_the_namer(quantity, inside[position + 1 :], unit_of):
                continue  # "11 Chi cục thụ lý 17.614 việc": the part's figure is the second
            chosen = product_result(text, inside, quantity, unit_of)
            break
        if chosen is None:
            if parts and _has_figure(quantities, seg_end, end):
                # "gà 38.200 con, vịt 6.150 con và ngan, ngỗng 1.250 con": a name with a
                # comma of its own, or a part whose figure is not given? Not read, unless
                # asked to read the words as the start of the next part's name
                if not merge_names:
                    return [], []
                carried = text[seg_start:seg_end].strip(" :,-+") + ", "
                continue
            break
        if elide and unit_of is not None and _elided(unit_of, chosen):
            pass
        elif chosen.kind not in _COMPARABLE:
            break
        else:
            unit_of = unit_of or chosen
            if not _compatible(unit_of, chosen) and not (
                any_count
                and unit_of.kind is QuantityKind.COUNT
                and chosen.kind is QuantityKind.COUNT
            ):
                if parts and any(
                    chosen.end <= q.start and q.end <= end and _compatible(unit_of, q)
                    for q in quantities
                ):
                    # "… 1.862 người; trẻ em mồ côi 74 em và người đơn thân 236 người": a part
                    # counted by another noun, with more parts after it: not read
                    return [], []
                if (
                    parts
                    and unit_of.kind is QuantityKind.COUNT
                    and chosen.kind is QuantityKind.COUNT
                    and _AND_BEFORE.search(text, seg_start - 5, chosen.start)
                ):
                    # "32 cơ sở, gồm 14 cơ sở in, 11 cơ sở phát hành … và 07 cơ quan báo chí":
                    # the last part joined by "và", counted by another noun: not read
                    return [], []
                break
            stated = True
        parts.append(chosen)
        label = label_before_product(text[seg_start : chosen.start]).strip(" :,-+")
        labels.append(carried + (label or text[chosen.end : seg_end].strip(" :,.-+")))
        carried = ""
    # bare figures all leaving their unit to the total, none the value of a period ("năm trước
    # là 2.120; năm nay là 330": values of years, not kinds)
    bare = (
        unit_of is not None
        and all(_elided(unit_of, part) for part in parts)
        and not any(_PERIOD_WORD.match(label) for label in labels)
    )
    if not stated and not (elide and len(parts) >= 2 and bare):
        return [], []
    return parts, labels


_PERIOD_WORD = re.compile(r"(?:năm|tháng|quý|kỳ|đợt)\b", re.IGNORECASE)
# "và" opening a list's last segment
_AND_BEFORE = re.compile(r"(?:^|\s)và\s", re.IGNORECASE)


def _counts_the_namer(quantity: Quantity, later: list[Quantity], unit_of: Quantity | None) -> bool:
    """A bare number counting who a part is of ("11 Chi cục …"), with a figure of the list's
    unit after it in the part."""
    if quantity.kind is not QuantityKind.NUMBER or unit_of is None:
        return False
    return any(q.kind is not QuantityKind.NUMBER and _compatible(unit_of, q) for q in later)


def _elided(total: Quantity, part: Quantity) -> bool:
    """``part`` is a bare whole number that may count what ``total`` counts."""
    return (
        total.kind is QuantityKind.COUNT
        and part.kind is QuantityKind.NUMBER
        and part.unit is None
        and part.sign > 0
        and part.interval.width == total.interval.width
    )


class _Depths:
    """The parenthesis depth at each offset of ``text[start:end]`` (``depths[offset]``): an
    opening bracket counts from its own place, a closing one after it, and a stray closing
    bracket never takes the depth below 0. Read from the brackets alone, so that a long region
    costs one search, not a step per character."""

    __slots__ = ("_depths", "_places")

    def __init__(self, text: str, start: int, end: int) -> None:
        places, depths, depth = [0], [0], 0
        for match in PARENTHESIS.finditer(text, start, end):
            if match.group() == "(":
                depth += 1
                places.append(match.start() - start)
                depths.append(depth)
            elif depth:
                depth -= 1
                places.append(match.end() - start)
                depths.append(depth)
        self._places, self._depths = places, depths

    def __getitem__(self, offset: int) -> int:
        return self._depths[bisect.bisect_right(self._places, offset) - 1]


def _depths(text: str, start: int, end: int) -> _Depths:
    return _Depths(text, start, end)


def total_before(
    quantities: list[Quantity], block: Block, position: int, like: Quantity | None = None
) -> Quantity | None:
    """The nearest figure before ``position`` (in its sentence, or the previous one when the
    marker opens a sentence) that is not a change nor parenthesised; of ``like``'s kind and unit
    when given."""
    candidates, opens_sentence = _totals_before(quantities, block, position, like)
    if not candidates or (opens_sentence and len(candidates) > 1):
        return None  # "Tổng thu 100 tỷ, tổng chi 80 tỷ. Trong đó: …" splits which one?
    return candidates[0]


def _totals_before(
    quantities: list[Quantity], block: Block, position: int, like: Quantity | None = None
) -> tuple[list[Quantity], bool]:
    """The figures :func:`total_before` chooses from, nearest first, and whether the marker
    at ``position`` opens its sentence (the figures are then the previous sentence's)."""
    from lint.relations.marks import sentence_ends_before

    text = block.text
    ends = sentence_ends_before(_SENTENCE_END, text, position)
    sentence_start = ends[-1] if ends else 0
    opens_sentence = not text[sentence_start:position].strip()
    if opens_sentence:
        sentence_start = ends[-2] if len(ends) > 1 else 0
    while position > 0 and text[position - 1] in " .:,":
        position -= 1
    before = bisect.bisect_right(quantities, position, key=lambda q: q.start)
    opening = text.rfind("(", sentence_start, position)
    if opening >= 0 and text.find(")", opening, position) < 0 and not opens_sentence:
        # a marker inside a parenthesis that opens with a figure: "bằng 1,78% tổng chi ngân
        # sách huyện (352.193,8 triệu đồng, gồm …)" splits 352.193,8, not the figure before
        inside = _totals_in(quantities, text, opening + 1, before, position, like)
        if inside:
            return inside, False
    return _totals_in(quantities, text, sentence_start, before, position, like), opens_sentence


def _totals_in(
    quantities: list[Quantity],
    text: str,
    start: int,
    before: int,
    position: int,
    like: Quantity | None,
) -> list[Quantity]:
    """The figures from ``start`` (a sentence's start, or inside a parenthesis opened at
    ``start - 1``) to the marker at ``position`` that are not nested in a parenthesis nor a
    change, of ``like``'s kind and unit when given, nearest first (``before``: the index of
    the first figure starting after ``position``)."""
    found = []
    for at in range(before - 1, -1, -1):
        quantity = quantities[at]
        if quantity.end > position:
            continue
        if quantity.start < start:
            break
        if quantity.kind not in _COMPARABLE:
            continue
        if like is not None and not _compatible(quantity, like):
            continue
        if _CHANGE_BEFORE.search(text[max(start, quantity.start - 30) : quantity.start]):
            continue
        if depth_at(text, start, quantity.start) == 0:
            found.append(quantity)
    return found


def _evidenced_total(
    quantities: list[Quantity],
    block: Block,
    position: int,
    parts: list[Quantity],
    budget: Budget,
    exhaustive: bool,
    alone: bool = False,
) -> Quantity | None:
    """Of the figures of the sentence before a list that opens its own ("… 38 nhiệm vụ, gồm
    14 … và 24 …. Phân theo lĩnh vực: nông nghiệp 15 nhiệm vụ, …"; ``position``: where the
    list's marker or label is), the one the parts make up: the only one they add up to, else
    the only one a typo-shaped slip explains.  ``alone``: also when that sentence holds one."""
    from lint.relations.evidence import the_one_made_up

    if len(parts) < 2:
        return None
    candidates, opens_sentence = _totals_before(quantities, block, position, parts[0])
    if not opens_sentence:
        return None
    if len(candidates) >= (1 if alone else 2):
        decided, total = the_one_made_up(candidates, parts, budget, exhaustive=exhaustive)
        if decided:
            return total
    if not alone:
        return None
    # a list opening its own sentence after a sentence that compares the figure ("… đạt 6.842,5
    # tỷ đồng, tăng 1,9% so với tháng trước. Tháng 9/2024 đạt 6.714,8 tỷ đồng. Phân theo ngành
    # hoạt động: …"): the sentence before that one, on the same evidence
    from lint.relations.marks import sentence_ends_before

    ends = sentence_ends_before(_SENTENCE_END, block.text, position)
    if len(ends) < 2:
        return None
    earlier, _ = _totals_before(quantities, block, ends[-2], parts[0])
    return the_one_made_up(earlier, parts, budget, exhaustive=exhaustive)[1]


# a figure alone in a parenthesis closing right before a marker: "… chính trị (13.932 đồng
# chí), trong đó"
_CLOSING_BEFORE_MARKER = re.compile(r"\)[\s,]*$")


def _parenthesised_total(text: str, quantities: list[Quantity], position: int) -> Quantity | None:
    """The figure that is all a parenthesis holds, the parenthesis closing right before the
    marker at ``position``: ``… chính trị (13.932 đồng chí), trong đó``."""
    closing = _CLOSING_BEFORE_MARKER.search(text, 0, position)
    if closing is None:
        return None
    opening = text.rfind("(", 0, closing.start())
    inside = [q for q in quantities if opening < q.start and q.end <= closing.start()]
    if opening < 0 or len(inside) != 1:
        return None
    total = inside[0]
    if text[opening + 1 : total.start].strip() or text[total.end : closing.start()].strip():
        return None
    if total.kind not in _COMPARABLE or total.sign <= 0:
        return None
    return total


def _named_again(
    text: str, quantities: list[Quantity], position: int, parts: list[Quantity]
) -> Quantity | None:
    """The total of the sentence before, when the marker's sentence names it again before any
    figure: "Tổng giá trị sản xuất ước đạt 1.245,6 tỷ đồng, tăng 8,2% …. Cơ cấu giá trị sản
    xuất gồm: …" (the words "giá trị sản xuất" lead both)."""
    if not parts:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    if not ends:
        return None
    start = ends[-1]
    lead = _RESTATING.sub("", text[start:position].strip(" ,:")).lower()
    if len(lead.split()) < 2 or any(start <= q.start < position for q in quantities):
        return None
    earlier = ends[-2] if len(ends) > 1 else 0
    for quantity in quantities:
        if not earlier <= quantity.start < start:
            continue
        if lead in text[earlier : quantity.start].lower():
            if quantity.kind in _COMPARABLE and _compatible(quantity, parts[0]):
                return quantity  # the first figure after the words: the one they name
            return None
    return None


# words that restate a total's name as the whole it is split into ("Cơ cấu giá trị sản xuất")
_RESTATING = re.compile(r"^(?:cơ cấu|trong đó|tổng số|tổng|số)\s+", re.IGNORECASE)


def _region_end(text: str, start: int) -> int:
    """The end of a marker's list: its sentence's end, or the parenthesis closing around the
    marker ("(trong đó 09 thí sinh …); số thí sinh dự thi là 2.097": the list ends at ")")."""
    from lint.relations.marks import closing_before

    match = _SENTENCE_END.search(text, start)
    end = match.start() if match else len(text)
    closing = closing_before(text, start, end)
    return end if closing is None else closing


def _all_people(total: Quantity, parts: list[Quantity]) -> bool:
    """The total and its parts count people all ("42 cán bộ", "04 người", "31 giáo viên")."""
    from lint.relations.percent_claims import both_people

    return total.sign > 0 and all(part.sign > 0 and both_people(total, part) for part in parts)


def kinds_of_a_generic_count(total: Quantity, parts: list[Quantity] | tuple[Quantity, ...]) -> bool:
    """The total counts by a noun covering several kinds (:data:`lexicon.GENERIC_COUNT_NOUNS`)
    and its parts are counts by other nouns (of those kinds): "67 trường hợp, gồm: 24 hồ sơ
    …", "10 đơn vị hành chính cấp xã (09 xã và 01 thị trấn)"."""
    return (
        total.kind is QuantityKind.COUNT
        and total.unit in lexicon.GENERIC_COUNT_NOUNS
        and all(
            part.kind is QuantityKind.COUNT
            and part.unit not in lexicon.GENERIC_COUNT_NOUNS
            and part.sign > 0
            for part in parts
        )
    )


def _listed_in_full(
    text: str,
    quantities: list[Quantity],
    total: Quantity,
    marker: int,
    parts: list[Quantity],
    stop: int,
) -> bool:
    """``parts`` (counted by other nouns than the total) are all of the list of the total right
    before its marker: only words between the total and the marker ("42 cán bộ, giáo viên,
    nhân viên, gồm:"), and no figure left in the list after the last part ("…, 2.018 giáo viên
    và 304 nhân viên": a part not read)."""
    if not re.fullmatch(r"[\s,]*(?:[^\W\d]+(?![^\W\d])[\s,]*)*", text[total.end : marker]):
        return False
    return not any(
        parts[-1].end <= q.start < stop and q.kind is not QuantityKind.PERCENT for q in quantities
    )


def _may_have_marker(text: str) -> bool:
    """False when no breakdown marker (``trong đó``, ``gồm`` …) can be in ``text``."""
    lowered = text.lower()
    return any(word in lowered for word in _MARKER_WORDS)


def _inline(block: Block, quantities: list[Quantity], budget: Budget) -> list[Breakdown]:
    found: list[Breakdown] = []
    if not _may_have_marker(block.text):
        return found
    for match in _MARKER.finditer(block.text):
        start = match.end()
        if start >= len(block.text) - 1:
            continue
        parts, labels = _region_parts(
            block, quantities, start, _region_end(block.text, start), None
        )
        if not parts:
            parts, labels = _names_with_commas(block, quantities, match, budget)
        total = total_before(quantities, block, match.start(1), parts[0]) if parts else None
        if (
            total is not None
            and _CLASSIFYING.match(match.group(1))
            and ";" in block.text[total.end : match.start(1)]
        ):
            # "nam 5.918 người, nữ 8.434 người; phân theo độ tuổi: …": a classification of the
            # sentence's whole, not of the last part of the list before it
            total = None
        if total is None and parts:
            exhaustive = match.group(1).lower() not in _SUBSET_MARKERS
            total = _evidenced_total(quantities, block, match.start(1), parts, budget, exhaustive)
        if total is None:
            # "(13.932 đồng chí), trong đó … là 13.791; … là 141 đồng chí": the total alone in
            # a parenthesis before the marker, a part leaving the unit to another
            total = _parenthesised_total(block.text, quantities, match.start(1))
            total = total or total_before(quantities, block, match.start(1))
            total = total or _named_again(block.text, quantities, match.start(1), parts)
            if total is None:
                continue
            # parts leaving their unit to another ("tập thể 412, cá nhân 842"), or counting
            # the kinds of what the total counts ("2.346 cơ sở, gồm 86 doanh nghiệp và 2.260
            # hộ cá thể"), read only on strong evidence, as a list up to the first ";" or to
            # the sentence's end
            from lint.relations.evidence import adds_up_or_one_typo

            end = _region_end(block.text, start)
            semicolon = block.text.find(";", start, end)
            all_of_it = match.group(1).lower() not in _SUBSET_MARKERS  # "gồm": any may slip
            kinds = total.kind is QuantityKind.COUNT and all_of_it
            for stop, any_count in itertools.product(
                [e for e in (semicolon, end) if e > start], (False, True)
            ):
                if any_count and not kinds:
                    continue
                parts, labels = _region_parts(
                    block, quantities, start, stop, total, elide=not any_count, any_count=any_count
                )
                if len(parts) >= 2 and (
                    adds_up_or_one_typo(total, parts, budget, exhaustive=all_of_it)
                    # "Trung tâm có 42 cán bộ, giáo viên, nhân viên, gồm: cán bộ quản lý 04
                    # người, …": people all, counted under one noun and split under another
                    or (
                        all_of_it
                        and _all_people(total, parts)
                        and _listed_in_full(
                            block.text, quantities, total, match.start(1), parts, stop
                        )
                    )
                    # "67 trường hợp, gồm: 24 hồ sơ …, 19 hồ sơ …": a count of a noun covering
                    # several kinds, split by the kinds' own nouns
                    or (
                        all_of_it
                        and kinds_of_a_generic_count(total, parts)
                        and _listed_in_full(
                            block.text, quantities, total, match.start(1), parts, stop
                        )
                    )
                ):
                    break
            else:
                continue
        if any(total is part for breakdown in found for part in breakdown.parts):
            # "148 dự án, gồm 36 … và 112 …; trong đó có 27 dự án đã hoàn thành": of the
            # last part or of the whole? Not read
            continue
        marker = match.group(1).lower()
        if marker.startswith("trong số"):
            marker = "trong đó"  # "trong số này có 11 xã …": of which
        if " theo " in marker:
            marker = "phân theo"  # "Phân theo lĩnh vực:", "Cơ cấu theo loại tội phạm:"
        if marker == "như sau":
            # "… 721.186.000 đồng … bố trí như sau: A …; B …": "as follows" announces a list,
            # not that it is all of the figure before: read on strong evidence only
            from lint.relations.evidence import adds_up_or_one_typo

            if len(parts) < 2 or not adds_up_or_one_typo(total, parts, budget):
                continue
        if ";" in block.text[start : _region_end(block.text, start)]:
            parts, labels = _status_ends(parts, labels)
        if marker in _SUBSET_MARKERS:
            parts, labels = _comma_list(block, quantities, start, parts, labels)
            parts, labels = _done_only(block, total, parts, labels)
            parts, labels = _first_whole(total, parts, labels)
        else:
            parts, labels = _done_only(block, total, parts, labels)
            parts, labels = _comma_list_adding_up(
                block, quantities, start, total, parts, labels, budget
            )
        exhaustive = (
            marker not in _SUBSET_MARKERS
            or _has_remainder(labels)
            or _complementary(labels)
            or _shares_make_all(block.text, quantities, parts)
            or _named_by_the_total(block.text, total, labels)
        )
        if len(parts) >= (2 if exhaustive else 1):
            found.append(Breakdown(total, tuple(parts), exhaustive, marker, tuple(labels)))
    return found


# a total, a few words of what it is, then a colon and the list of its parts: "Về trình độ
# của 2.342 công chức đang có mặt: sau đại học 624 người (26,6%), đại học 1.652 người …"
_COLON_AFTER_TOTAL = re.compile(r"(?:,?\s+[^\W\d]+){0,8}\s*:\s*(?=[^\W\d])")


def _colon_lists(
    block: Block, quantities: list[Quantity], budget: Budget, found: list[Breakdown]
) -> list[Breakdown]:
    """A list after a colon that follows a total and the words naming it, with no marker
    ("gồm", "như sau" are read by :func:`_inline`): the colon does not say the list is all of
    the total, so it is read only on strong evidence (the parts add up, or one typo-shaped
    slip of the total or of a part above it explains them)."""
    text = block.text
    if ":" not in text:
        return []
    from lint.relations.evidence import adds_up_or_one_typo

    lists = []
    for total in quantities:
        colon = _COLON_AFTER_TOTAL.match(text, total.end)
        if colon is None or total.kind not in _COMPARABLE or total.value <= 0:
            continue
        if _MARKER.search(text, total.end, colon.end()) or any(
            breakdown.total is total for breakdown in found
        ):
            continue  # a marker's list, read already
        if _CHANGE_BEFORE.search(text[max(0, total.start - 30) : total.start]):
            continue
        start = colon.end()
        end = _region_end(text, start)
        parts, labels = _region_parts(block, quantities, start, end, None, merge_names=True)
        parts, labels = _comma_list_adding_up(
            block, quantities, start, total, parts, labels, budget
        )
        if len(parts) < 2 or any(part.kind is not total.kind for part in parts):
            continue
        if adds_up_or_one_typo(total, parts, budget):
            lists.append(Breakdown(total, tuple(parts), True, ":", tuple(labels)))
    return lists


# a label opening a sentence, then a colon: "Về trình độ chuyên môn:", "b) Về độ tuổi:"
_LABEL_COLON = re.compile(r"\s*(?:[a-zđ]\)\s*)?(?:[^\W\d]+(?![^\W\d])[\s,]*){1,8}:\s*(?=[^\W\d])")


def _labelled_lists(block: Block, quantities: list[Quantity], budget: Budget) -> list[Breakdown]:
    """A list after a label that opens its sentence ("Tổng số cán bộ là 441 người (…). Về
    trình độ chuyên môn: đại học trở lên 398 người (90,2%); cao đẳng, trung cấp 43 người"):
    the parts of the one figure of the sentence before that they add up to, or that one
    typo-shaped slip explains."""
    text = block.text
    if ":" not in text:
        return []
    starts = [q.start for q in quantities]
    lists = []
    for match in _SENTENCE_END.finditer(text):
        stop = match.end()
        label = _LABEL_COLON.match(text, stop)
        if label is None or bisect.bisect_left(starts, stop) < bisect.bisect_left(
            starts, label.end()
        ):
            continue  # no label, or a figure in it
        listed = _list_after_label(block, quantities, label.end())
        if listed is None:
            continue
        parts, labels = listed
        opening = stop + len(text[stop : label.end()]) - len(text[stop : label.end()].lstrip())
        total = _evidenced_total(quantities, block, opening, parts, budget, False, alone=True)
        if total is not None:
            lists.append(Breakdown(total, tuple(parts), True, ":", tuple(labels)))
    return lists


def _list_after_label(
    block: Block, quantities: list[Quantity], start: int
) -> tuple[list[Quantity], list[str]] | None:
    """The parts listed after a label's colon at ``start`` (a name with a comma of its own
    read as one), two or more of one kind; None otherwise."""
    parts, labels = _region_parts(
        block, quantities, start, _region_end(block.text, start), None, merge_names=True
    )
    if len(parts) < 2 or any(part.kind is not parts[0].kind for part in parts):
        return None
    return parts, labels


# a paragraph opening with what its list is classified by: "Phân theo ngành hoạt động:", "Về
# trình độ chuyên môn:", "Cơ cấu theo loại hình:"
_CLASSIFYING_OPENING = re.compile(
    r"\s*(?:(?:[^\W\d]+\s+){0,5}theo|về)(?:[\s,]+[^\W\d]+){1,6}\s*:\s*(?=[^\W\d])",
    re.IGNORECASE,
)


def _paragraph_opening_list(
    document: Document,
    block: Block,
    by_block: dict[int, list[Quantity]],
    budget: Budget,
    found: list[Breakdown],
) -> Breakdown | None:
    """A paragraph that opens with what its list classifies, the classified figure in the
    paragraph before ("Tổng mức bán lẻ … ước đạt 6.842,5 tỷ đồng, tăng 1,9% …. Tháng 9/2024
    đạt 6.714,8 tỷ đồng." then "Phân theo ngành hoạt động: bán lẻ 5.236,8 tỷ đồng; …"): the
    figure of that paragraph's last two sentences the parts add up to, or that one slip
    explains, the only one."""
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.index == 0:
        return None
    label = _CLASSIFYING_OPENING.match(block.text, block.label_end)  # past "2." of an item
    if label is None:
        return None
    quantities = by_block.get(block.index, [])
    if any(breakdown.parts and breakdown.parts[0].block == block.index for breakdown in found):
        return None  # read already
    listed = _list_after_label(block, quantities, label.end())
    if listed is None:
        return None
    parts, labels = listed
    if block.kind is BlockKind.LIST_ITEM:
        total = _item_before(document, block, by_block, parts, budget)
        return (
            None
            if total is None
            else Breakdown(total, tuple(parts), True, "phân theo", tuple(labels))
        )
    previous = document.blocks[block.index - 1]
    if previous.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return None
    earlier = by_block.get(previous.index, [])
    total = _evidenced_total(
        earlier, previous, len(previous.text.rstrip()), parts, budget, False, alone=True
    )
    if total is None:
        # the figure classified said in the paragraph's first sentences ("… có 1.286 doanh
        # nghiệp thành lập mới, …. Tổng vốn đăng ký …" then "Theo loại hình doanh nghiệp: …")
        from lint.relations.evidence import the_one_made_up

        largest = max(part.value for part in parts)
        candidates = [
            q
            for q in earlier
            if _compatible(q, parts[0])
            and q.value > largest
            and depth_at(previous.text, 0, q.start) == 0
            and not _CHANGE_LEAD.search(previous.text, max(0, q.start - 12), q.start)
        ]
        total = the_one_made_up(candidates, parts, budget, exhaustive=False)[1]
    if total is None:
        return None
    return Breakdown(total, tuple(parts), True, "phân theo", tuple(labels))


# a title saying what the items after it classify: "2. Phân loại theo cơ sở xảy ra cháy",
# "Cơ cấu theo nguồn vốn", "Chia theo loại hình"
_CLASSIFYING_TITLE = re.compile(
    r"^(?:phân loại|phân|chia|cơ cấu|kết quả)(?:\s+[^\W\d]+(?![^\W\d])){0,3}\s+theo\s+\S",
    re.IGNORECASE,
)


def _classified_under_title(
    document: Document, block: Block, by_block: dict[int, list[Quantity]], budget: Budget
) -> Breakdown | None:
    """A title (a heading, or a paragraph alone on its line) saying what the list items after
    it classify, the classified figure in the paragraph before it ("Năm 2024 xảy ra 38 vụ
    cháy …" then "2. Phân loại theo cơ sở xảy ra cháy" and "- Nhà ở riêng lẻ: 21 vụ, chiếm
    55,26%; - …"): the figure of that paragraph the items add up to, or that one typo-shaped
    slip explains, the only one."""
    if block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) or by_block.get(block.index):
        return None
    title = block.text[block.label_end :].strip(" *:")
    if len(title) > 120 or _CLASSIFYING_TITLE.match(title) is None:
        return None
    blocks = document.blocks
    if block.index + 1 >= len(blocks) or blocks[block.index + 1].kind is not BlockKind.LIST_ITEM:
        return None
    parts, labels, _ = _list_parts(blocks, block.index + 1, block, by_block, document)
    if len(parts) < 2 or any(not _compatible(parts[0], part) for part in parts):
        return None
    before = next(
        (
            b
            for b in reversed(blocks[: block.index])
            if b.kind is not BlockKind.HEADING and by_block.get(b.index)
        ),
        None,
    )
    if before is None or before.kind is not BlockKind.PARAGRAPH:
        return None
    from lint.relations.evidence import the_one_made_up

    largest = max(part.value for part in parts)
    candidates = [
        q
        for q in by_block.get(before.index, [])
        if _compatible(q, parts[0])
        and q.value > largest
        and not _CHANGE_LEAD.search(before.text, max(0, q.start - 12), q.start)
    ]
    total = the_one_made_up(candidates, parts, budget)[1]
    if total is None:
        return None
    return Breakdown(total, tuple(parts), True, "phân theo", tuple(labels))


def _item_before(
    document: Document,
    block: Block,
    by_block: dict[int, list[Quantity]],
    parts: list[Quantity],
    budget: Budget,
) -> Quantity | None:
    """For an item opening with what it classifies ("- Phân bố ca mắc theo địa bàn: …"), the
    figure of the items before it (up to :data:`_ITEMS_BACK`, and the paragraph they follow)
    that the parts add up to, or that one typo-shaped slip explains: the only one."""
    from lint.relations.evidence import the_one_made_up

    largest = max(part.value for part in parts)
    candidates: list[Quantity] = []
    for back in range(block.index - 1, max(-1, block.index - _ITEMS_BACK - 1), -1):
        holder = document.blocks[back]
        if holder.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            break
        candidates.extend(
            q
            for q in by_block.get(back, [])
            if _compatible(q, parts[0])
            and q.value > largest
            and not _CHANGE_LEAD.search(holder.text, max(0, q.start - 12), q.start)
        )
        if holder.kind is BlockKind.PARAGRAPH:
            break  # the paragraph the items follow
    return the_one_made_up(candidates, parts, budget)[1]


_ITEMS_BACK = 5
_NAME_REACH = 300  # characters before a total read for its name


def _named_by_the_total(text: str, total: Quantity, labels: list[str]) -> bool:
    """The total's name joins its parts' names with "và": "Tổng vốn đăng ký cấp mới và điều
    chỉnh tăng 18.624,5 tỷ đồng, trong đó vốn đăng ký cấp mới …, vốn điều chỉnh tăng …" (the
    "trong đó" parts are then all of it)."""
    if len(labels) < 2 or not all(labels):
        return False
    window = max(0, total.start - _NAME_REACH)
    stops = [m.end() for m in _SENTENCE_END.finditer(text, window, total.start)]
    name = " ".join(text[stops[-1] if stops else window : total.start].lower().split())
    if " và " not in name:
        return False
    words = [label.lower().split() for label in labels]
    shared = 0  # the words all the labels start with ("học sinh tiểu học", "học sinh THCS")
    while all(len(w) > shared + 1 and w[shared] == words[0][shared] for w in words):
        shared += 1
    return all(" ".join(w[shared:]) in name for w in words)


# between a part and its share: ", chiếm ", " (", the part's noun first ("1.028 phòng kiên cố (")
_SHARE_AFTER_PART = re.compile(
    r"(?:\s+[^\W\d]+){0,4}\s*(?:,\s*chiếm|\(\s*(?:chiếm)?)\s*", re.IGNORECASE
)


def _shares_make_all(text: str, quantities: list[Quantity], parts: list[Quantity]) -> bool:
    """Parts after "trong đó" each followed by its share, the shares totalling 100 within their
    rounding ("1.142 phòng học, trong đó 1.028 phòng kiên cố (90,0%), 114 phòng bán kiên cố
    (10,0%)"): the parts are all of the total."""
    if len(parts) < 2:
        return False
    starts = [q.start for q in quantities]
    total = Fraction(0)
    slack = Fraction(0)
    for part in parts:
        at = bisect.bisect_right(starts, part.start)
        if at >= len(quantities):
            return False
        share = quantities[at]
        if share.kind is not QuantityKind.PERCENT or not _SHARE_AFTER_PART.fullmatch(
            text, part.end, share.start
        ):
            return False
        total += share.value
        slack += share.interval.high - share.interval.low
    return bool(abs(total - 100) <= slack)


def _names_with_commas(
    block: Block, quantities: list[Quantity], match: re.Match[str], budget: Budget
) -> tuple[list[Quantity], list[str]]:
    """ "gồm: chuyển nhượng 2.104 hồ sơ, …, thừa kế 395 hồ sơ và đăng ký, xóa đăng ký thế
    chấp 223 hồ sơ": a part's name with a comma of its own, read only when the parts so read
    add up to the total before the marker, or one slip of any figure away from it."""
    from lint.relations.evidence import adds_up_or_one_typo

    start = match.end()
    parts, labels = _region_parts(
        block, quantities, start, _region_end(block.text, start), None, merge_names=True
    )
    total = total_before(quantities, block, match.start(1), parts[0]) if parts else None
    total = total or _evidenced_total(quantities, block, match.start(1), parts, budget, True)
    if total is None or len(parts) < 2 or match.group(1).lower() in _SUBSET_MARKERS:
        return [], []
    heads = {label.split()[0].lower() for label in labels if label and "," not in label}
    for label in labels:
        pieces = [piece.split() for piece in label.split(",")]
        if sum(1 for words in pieces if words and words[0].lower() in heads) >= 2:
            # "gồm vốn ngân sách 300 …, vốn vay, vốn khác 150 …": "vốn vay" is a part of its
            # own (named as the other parts are), its figure not given; "nuôi nước ngọt …
            # và nuôi mặn, lợ …" is one part
            return [], []
    if not adds_up_or_one_typo(total, parts, budget, exhaustive=True):
        return [], []
    return parts, labels


def _comma_list(
    block: Block, quantities: list[Quantity], start: int, parts: list[Quantity], labels: list[str]
) -> tuple[list[Quantity], list[str]]:
    """A ``trong đó`` list written with commas ends at the first ``;``: what follows is another
    clause of the sentence ("…, trong đó nữ 1.830 người, người dân tộc thiểu số 312 người;
    trình độ đạt chuẩn 2.398 người"), not one more part.  Read so when the text up to the ``;``
    alone lists two parts or more; a subset only loses parts by it."""
    semicolon = block.text.find(";", start, _region_end(block.text, start))
    if semicolon < 0 or _REMAINDER.match(block.text[semicolon + 1 :]):
        return parts, labels  # "…, Úc 9.870 lượt; còn lại 21.520 lượt": the rest, a part
    comma_parts, comma_labels = _region_parts(block, quantities, start, semicolon, None)
    if len(comma_parts) < 2:
        return parts, labels
    return comma_parts, comma_labels


def _comma_list_adding_up(
    block: Block,
    quantities: list[Quantity],
    start: int,
    total: Quantity,
    parts: list[Quantity],
    labels: list[str],
    budget: Budget,
) -> tuple[list[Quantity], list[str]]:
    """An exhaustive list written with commas may end at the first ``;`` too: "148 dự án, gồm
    36 dự án chuyển tiếp và 112 dự án khởi công mới; trong đó …", "gồm: trước hạn 8.925 hồ
    sơ, đúng hạn 3.547 hồ sơ, quá hạn 66 hồ sơ; đang giải quyết 182 hồ sơ".  Each ``;``
    segment may as well be one part with more figures about it ("xã A 300 hộ, 1.200 khẩu; xã
    B …"), so the list up to the ``;`` is read only when the ``;`` reading does not add up and
    it does, or one typo-shaped correction makes it."""
    from lint.relations.evidence import adds_up_or_one_typo

    semicolon = block.text.find(";", start, _region_end(block.text, start))
    if semicolon < 0 or (len(parts) >= 2 and adds_up(total, parts)):
        return parts, labels
    comma_parts, comma_labels = _region_parts(block, quantities, start, semicolon, total)
    comma_parts, comma_labels = _done_only(block, total, comma_parts, comma_labels)
    if len(comma_parts) < 2 or not adds_up_or_one_typo(total, comma_parts, budget):
        return parts, labels
    return comma_parts, comma_labels


def _status_ends(parts: list[Quantity], labels: list[str]) -> tuple[list[Quantity], list[str]]:
    """A list of kinds ends before a clause of what was done with them: "trong đó khởi tố mới
    245 vụ; đã giải quyết 268 vụ, đạt 85,9%" (the 268 are of all the cases, beside the new
    ones), unless the list itself is of such states ("trong đó đã giải quyết 100 hồ sơ; đang
    giải quyết 20 hồ sơ")."""
    if not labels or _STATUS.match(labels[0]):
        return parts, labels
    for count, label in enumerate(labels):
        if count and _STATUS.match(label):
            return parts[:count], labels[:count]
    return parts, labels


_STATUS = re.compile(r"(?:đã|đang|chưa)\s", re.IGNORECASE)


def _done_only(
    block: Block, total: Quantity, parts: list[Quantity], labels: list[str]
) -> tuple[list[Quantity], list[str]]:
    """A ``trong đó`` list of what is done ends at a figure not done yet by the same verb:
    "đã giải quyết 12.210 hồ sơ, trong đó đúng hạn 12.185 hồ sơ; đang giải quyết trong hạn 246
    hồ sơ" (the 246 are beside the 12.210, not among them).  A subset only loses parts by it."""
    done = _DONE_VERB.search(block.text, max(0, total.start - 40), total.start)
    if done is None:
        return parts, labels
    unfinished = re.compile(
        rf"(?:{lexicon.UNFINISHED_WORDS_RE})\s+{re.escape(done.group('verb'))}\b", re.IGNORECASE
    )
    for count, label in enumerate(labels):
        if count and unfinished.match(label):
            return parts[:count], labels[:count]
    return parts, labels


def _first_whole(
    total: Quantity, parts: list[Quantity], labels: list[str]
) -> tuple[list[Quantity], list[str]]:
    """A ``trong đó`` list whose first parts already make up the total ends there: the parts
    after them split the same total another way ("trong đó thành thị 345.210 người; nông thôn
    911.220 người; nam 624.560 người, nữ 631.870 người").  A subset only loses parts by it."""
    for count in range(2, len(parts)):
        if adds_up(total, parts[:count]):
            return parts[:count], labels[:count]
    return parts, labels


def _has_remainder(labels: list[str]) -> bool:
    """``…, còn lại 387 con``, ``…, công trình khác 33 giấy phép``: the last part is the rest,
    so the parts are all of it."""
    if len(labels) < 2:
        return False
    return bool(_REMAINDER.match(labels[-1]) or _OTHERS.search(labels[-1]))


def _complementary(labels: list[str]) -> bool:
    """Two parts whose names make all of the whole: a pair of kinds ("nam", "nữ"; "tập thể",
    "cá nhân") or a kind and its negation ("nghề nông nghiệp", "nghề phi nông nghiệp"), past
    the words both names open with."""
    if len(labels) != 2:
        return False
    first, second = (lexicon.fold(label).split() for label in labels)
    while first and second and first[0] == second[0]:
        first, second = first[1:], second[1:]
    a, b = " ".join(first), " ".join(second)
    if not a or not b:
        return False
    if (a, b) in lexicon.COMPLEMENTARY_PAIRS or (b, a) in lexicon.COMPLEMENTARY_PAIRS:
        return True
    return any(b == f"{p} {a}" or a == f"{p} {b}" for p in lexicon.NEGATING_PREFIXES)


# the last part named as "the others": "công trình khác", "các xã khác", "loại khác"
_OTHERS = re.compile(r"(?:^|\s)khác$", re.IGNORECASE)


def _footnoted(
    block: Block,
    quantities: list[Quantity],
    footnotes: dict[int, list[Block]],
    by_block: dict[int, list[Quantity]],
    budget: Budget | None = None,
) -> list[Breakdown]:
    found = []
    ending: dict[int, list[int]] = {}  # positions in ``quantities`` by end (one pass, not per ref)
    for position, quantity in enumerate(quantities):
        ending.setdefault(quantity.end, []).append(position)
    for ref in block.footnote_refs:
        at = sorted(ending.get(ref.position - 1, []) + ending.get(ref.position, []))
        totals = [quantities[position] for position in at]  # ending right before the mark
        definitions = footnotes.get(ref.number, [])
        if totals and block.text[totals[-1].end : ref.position].strip() == ")":
            # "(dự toán năm 7.506 triệu đồng)<sup>3</sup>": of the sentence, not of it
            totals = []
        elif not totals:
            # "352 suất quà Tết<sup>1</sup>": the figure and a few words naming what it counts
            before = [q for q in quantities if q.end <= ref.position]
            if before and _NAMING_WORDS.fullmatch(block.text, before[-1].end, ref.position):
                totals = before[-1:]
        if not totals and definitions and budget is not None:
            # a mark ending a sentence: the note splits the figure of the sentence its parts
            # make up, on the figures' evidence
            note_of = _note_of_the_sentence(
                block, quantities, ref.position, definitions[0], by_block, budget
            )
            if note_of is not None:
                found.append(note_of)
            continue
        if not totals or not definitions or totals[-1].kind not in _COMPARABLE:
            continue
        note = definitions[0]
        match = _ONLY_MARKER.match(note.text) or _MARKER.match(note.text)
        if not match or match.start(1) > 1:
            unmarked = _unmarked_note(note, by_block.get(note.index, []), totals[-1], budget)
            if unmarked is not None:
                found.append(unmarked)
            continue
        marker = match.group(1).lower()
        parts, labels = _region_parts(
            note,
            by_block.get(note.index, []),
            match.end(),
            _region_end(note.text, match.end()),
            totals[-1],
        )
        if marker in _SUBSET_MARKERS:
            # "Trong đó: đàn trâu 2.146 con, đàn bò 8.372 con, đàn lợn 24.650 con; đàn gia cầm
            # khoảng 386 nghìn con": a list by commas ends at the ";" (as in a sentence)
            parts, labels = _comma_list(
                note, by_block.get(note.index, []), match.end(), parts, labels
            )
        if ";" in note.text:
            # "Gồm 21 công trình sai phép và 16 công trình không phép; đã xử lý dứt điểm 35
            # công trình": a clause of what was done with them ends the list of kinds
            parts, labels = _status_ends(parts, labels)
        exhaustive = (
            marker not in _SUBSET_MARKERS or _has_remainder(labels) or _complementary(labels)
        )
        if len(parts) >= (2 if exhaustive else 1):
            found.append(Breakdown(totals[-1], tuple(parts), exhaustive, marker, tuple(labels)))
    return found


def _note_of_the_sentence(
    block: Block,
    quantities: list[Quantity],
    position: int,
    note: Block,
    by_block: dict[int, list[Quantity]],
    budget: Budget,
) -> Breakdown | None:
    """A note at the end of a sentence ("… ước đạt 64.518 tỷ đồng, tăng 10,3% so với năm 2023
    (58.493 tỷ đồng)<sup>3</sup>" with "³ Gồm: vốn khu vực nhà nước …; …"): its parts, all of
    a figure of the sentence, the only one (not a change nor in parentheses) they add up to or
    that one typo-shaped slip explains."""
    from lint.relations.evidence import the_one_made_up

    note_quantities = by_block.get(note.index, [])
    match = _ONLY_MARKER.match(note.text) or _MARKER.match(note.text)
    marked = match is not None and match.start(1) <= 1
    start = match.end() if marked and match is not None else 0
    parts, labels = _region_parts(
        note, note_quantities, start, _region_end(note.text, start), None, merge_names=True
    )
    if len(parts) < 2 or any(not _compatible(parts[0], part) for part in parts):
        return None
    subset = marked and match is not None and match.group(1).lower() in _SUBSET_MARKERS
    if subset and not _has_remainder(labels):
        return None  # "Trong đó …": some of a figure, unless its last part is the rest
    if not marked and len(parts) != len([q for q in note_quantities if _compatible(parts[0], q)]):
        return None  # a note saying more than a split
    candidates, _ = _totals_before(quantities, block, position, parts[0])
    total = the_one_made_up(candidates, parts, budget)[1]
    if total is None:
        return None
    marker = match.group(1).lower() if marked and match is not None else "footnote"
    return Breakdown(total, tuple(parts), True, marker, tuple(labels))


# words after a figure naming what it counts, up to a footnote mark: " quà Tết"
_NAMING_WORDS = re.compile(r"(?:\s+[^\W\d_]+){1,3}\s*")


def _each_item_splits(
    total: Quantity, parts: tuple[Quantity, ...], by_block: dict[int, list[Quantity]]
) -> bool:
    """Every item of a list holds two figures or more of the total's measure that add up to
    it: each is a split of the total of its own, not one part of it."""
    blocks = {part.block for part in parts}
    if len(parts) < 2 or len(blocks) < len(parts) or total.block in blocks:
        return False  # one part an item: parts sharing a block are one list of parts
    for part in parts:
        own = [q for q in by_block.get(part.block, []) if _compatible(total, q)]
        if len(own) < 2 or not adds_up(total, own):
            return False
    return True


def _listed(
    document: Document, by_block: dict[int, list[Quantity]], budget: Budget
) -> list[Breakdown]:
    found = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            continue
        # a marker alone on its line ("Trong đó:") belongs to the block before it
        only = _ONLY_MARKER.match(block.text) if index > 0 else None
        tail = None if only or not _may_have_marker(block.text) else _TAIL_MARKER.search(block.text)
        by_what = None
        if not only and tail is None and "theo" in block.text:
            tail = _CLASSIFIED_TAIL.search(block.text)
            if tail is None:
                # "Tổng kinh phí … là 148.620 triệu đồng, theo nguồn:": the figure's classes,
                # read on the figures' evidence
                tail = by_what = _BY_WHAT_TAIL.search(block.text)
        if only:
            holder, position = blocks[index - 1], len(blocks[index - 1].text)
        elif tail:
            holder, position = block, tail.start(1)
        else:
            continue
        if holder.kind is BlockKind.TABLE_CELL:
            continue
        marker = (only or tail).group(1).lower()  # type: ignore[union-attr]
        if marker.endswith(" theo") or by_what is not None:
            marker = "phân theo"  # "Kết quả theo trình độ:": a classification, as "Phân theo"
        parts, labels, restated = _list_parts(blocks, index + 1, holder, by_block, document)
        flat = _list_parts(blocks, index + 1, holder, by_block, None)
        if not parts:
            continue
        total = total_before(by_block.get(holder.index, []), holder, position, parts[0])
        if total is None:
            # the items' first figures of another measure than the total ("- Mầm non: định
            # mức 820 người, hiện có 702 giáo viên, còn thiếu 118 giáo viên" under "còn thiếu
            # 312 giáo viên"): the total is the figure before the marker, its parts the items'
            # figures said with its words
            stated = total_before(by_block.get(holder.index, []), holder, position)
            if stated is not None and _parts_said_alike(blocks, by_block, stated, parts):
                total = stated
            elif stated is not None and marker == "gồm" and _all_people(stated, parts):
                total = stated  # "412 đối tượng …, gồm: - Thương binh: 128 người; …":
                # people all, counted under one noun and listed under another
        if total is None:
            parts, labels, restated, total = _products_listed(
                blocks, index + 1, holder, position, by_block, document, budget
            )
            flat = (parts, labels, restated)
        if total is None:
            continue
        if flat[0] != parts and adds_up(total, flat[0]) and not adds_up(total, parts):
            # "-" and "+" used for one level: the items add up only read as one list
            parts, labels, restated = flat
        if not adds_up(total, parts):
            made = _the_figure_they_make(
                by_block.get(holder.index, []), holder, position, total, parts
            )
            if made is not None:
                total = made  # "Chín tháng có 2.220 lao động …, trong đó lao động nữ 763
                # người. Phân theo thị trường: …" (they add up to 2.220): the figure the
                # parts make, not the nearest before the marker
        alike = _said_alike(blocks, by_block, total, parts, labels, budget)
        if alike is None:
            continue
        parts, labels = alike
        if restated is not None and not _compatible(total, restated):
            restated = None
        exhaustive = marker not in _SUBSET_MARKERS
        if by_what is not None:
            from lint.relations.evidence import adds_up_or_one_typo

            if not adds_up_or_one_typo(total, parts, budget, exhaustive=True):
                continue
        if len(parts) >= (2 if exhaustive else 1):
            found.append(
                Breakdown(total, tuple(parts), exhaustive, marker, tuple(labels), restated)
            )
        second = _second_measure(blocks, by_block, parts, holder, position, budget)
        if second is not None and (exhaustive or adds_up(total, parts)):
            # the items are all of the first total (listed so, or adding up to it): their
            # second figures are all of the second
            found.append(Breakdown(second[0], second[1], True, marker, tuple(labels)))
    return found


# the words right before a total that say what it counts: "còn thiếu 2.887", "đã giải ngân
# 1.240" (past "là", "đạt", "được" or a colon)
_SAID_BEFORE = re.compile(
    r"(?P<words>[^\W\d]+\s+[^\W\d]+)\s+(?:(?:là|đạt|được|có)\s+)?:?\s*$", re.IGNORECASE
)


def said_alike(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    breakdown: Breakdown,
    budget: Budget | None = None,
) -> Breakdown | None:
    """``breakdown`` with, as its parts, the items' figures said with the total's words, when
    each item has one and it is not the figure read first ("còn thiếu 2.887 giáo viên, cụ
    thể: - Mầm non: định mức …, hiện có 4.796 giáo viên, còn thiếu 1.046 giáo viên; …"); read
    on the figures' evidence, and None without it (the first figures were no parts either)."""
    alike = _said_alike(
        blocks, by_block, breakdown.total, list(breakdown.parts), list(breakdown.labels), budget
    )
    if alike is None:
        return None
    return replace(breakdown, parts=tuple(alike[0]), labels=tuple(alike[1]))


def _said_alike(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    total: Quantity,
    parts: list[Quantity],
    labels: list[str],
    budget: Budget | None,
) -> tuple[list[Quantity], list[str]] | None:
    """The parts and labels of :func:`said_alike`: as given when no item says its figure with
    the total's words, those figures when they are evidenced, None when they are not."""
    from lint.relations.evidence import adds_up_or_one_typo

    said = _parts_said_alike(blocks, by_block, total, parts)
    if said is None:
        return parts, labels
    alike, words = said
    if not adds_up_or_one_typo(total, alike, budget, exhaustive=True):
        return None
    # each part named by its item's own name and the words it is said with ("Mầm non: còn
    # thiếu"), not by the words before the figure read first
    return alike, [f"{label.split(':')[0].strip()}: {words}" for label in labels]


def _parts_said_alike(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    total: Quantity,
    parts: list[Quantity],
) -> tuple[list[Quantity], str] | None:
    """In items that each give several figures of the total's measure, the one each says with
    the two words said before the total, when that is not the first (every item must have
    exactly one), and those words."""
    text = blocks[total.block].text
    said = _SAID_BEFORE.search(text, max(0, total.start - 40), total.start)
    if said is None or len(parts) < 2:
        return None
    words = said.group("words").lower().split()
    alike = []
    for part in parts:
        block_text = blocks[part.block].text
        found = [
            q
            for q in by_block.get(part.block, [])
            if _compatible(total, q)
            and block_text[max(0, q.start - 40) : q.start].lower().split()[-len(words) :] == words
        ]
        if len(found) != 1:
            return None
        alike.append(found[0])
    if all(a is p for a, p in zip(alike, parts, strict=True)):
        return None
    return alike, " ".join(words)


def _products_listed(
    blocks: list[Block],
    start: int,
    holder: Block,
    position: int,
    by_block: dict[int, list[Quantity]],
    document: Document,
    budget: Budget,
) -> tuple[list[Quantity], list[str], Quantity | None, Quantity | None]:
    """Items that write their products out ("- Nhà sập: 18 nhà × 40 triệu đồng = 720 triệu
    đồng") under a total of the results' measure ("Kinh phí 4.906 triệu đồng, gồm:"): the
    results are the parts; read only when they add up, or one typo-shaped correction makes
    them."""
    from lint.relations.evidence import adds_up_or_one_typo

    nothing: tuple[list[Quantity], list[str], Quantity | None, Quantity | None] = (
        [],
        [],
        None,
        None,
    )
    total = total_before(by_block.get(holder.index, []), holder, position)
    if total is None:
        return nothing
    parts, labels, restated = _list_parts(blocks, start, holder, by_block, document, total)
    if len(parts) < 2 or not all("=" in blocks[part.block].text for part in parts):
        return nothing
    if not adds_up_or_one_typo(total, parts, budget):
        return nothing
    return parts, labels, restated, total


def _second_measure(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    parts: list[Quantity],
    holder: Block,
    position: int,
    budget: Budget,
) -> tuple[Quantity, tuple[Quantity, ...]] | None:
    """Items giving a count and an amount each ("- Quà của tỉnh: 5.842 suất, kinh phí 2.921,0
    triệu đồng"), under a sentence giving both totals ("tặng 14.568 suất quà với tổng trị giá
    7.524,6 triệu đồng, gồm:"): the amounts are parts of the amount total too.  The amount of an
    item is its last figure of another measure than its count, not a change nor in
    parentheses; read only when the amounts add up, or one typo-shaped correction makes them."""
    from lint.relations.evidence import adds_up_or_one_typo

    amounts: list[Quantity] = []
    for part in parts:
        text = blocks[part.block].text
        others = [
            q
            for q in by_block.get(part.block, [])
            if q.start >= part.end
            and q.kind in _COMPARABLE
            and not _compatible(part, q)
            and depth_at(text, 0, q.start) == 0
            and not _CHANGE_BEFORE.search(text[max(0, q.start - 30) : q.start])
        ]
        if not others or (amounts and not _compatible(amounts[0], others[-1])):
            return None
        amounts.append(others[-1])
    if len(amounts) < 2:
        return None
    total = total_before(by_block.get(holder.index, []), holder, position, amounts[0])
    if total is None or not adds_up_or_one_typo(total, amounts, budget):
        return None
    return total, tuple(amounts)


def _inside(node: OutlineNode, ancestor: OutlineNode) -> bool:
    while node.parent is not None:
        node = node.parent
        if node is ancestor:
            return True
    return False


def _list_parts(
    blocks: list[Block],
    start: int,
    holder: Block,
    by_block: dict[int, list[Quantity]],
    document: Document | None,
    like: Quantity | None = None,
) -> tuple[list[Quantity], list[str], Quantity | None]:
    """One part per ``-``/``+`` item of the first item's level (all of the first item's
    measure), and a ``Tổng …`` item closing the list, if any.  Items nested in a part belong to
    it (the part is their total, see outline_breakdowns): they are not parts of this list."""
    parts: list[Quantity] = []
    labels: list[str] = []
    outline = document.outline if document is not None else None  # None: every item
    level = outline.parent_of(blocks[start]) if outline and start < len(blocks) else None
    for block in blocks[start:]:
        if block.kind is not BlockKind.LIST_ITEM:
            break
        parent = outline.parent_of(block) if outline else None
        if parent is not level and parent is not None:
            if level is not None and _inside(parent, level):
                continue  # an item of a part's own list
            break
        quantities = [q for q in by_block.get(block.index, []) if q.kind in _COMPARABLE]
        # "- 6 tháng đầu năm (mức lương cơ sở 1,8 triệu đồng): 1.356.480 nghìn đồng;": a figure
        # in an aside of the item's label is not its part
        quantities = [q for q in quantities if depth_at(block.text, 0, q.start) == 0] or quantities
        if block.text.lower().startswith("tổng"):
            same = [q for q in quantities if parts and _compatible(parts[0], q)]
            return parts, labels, (same[0] if same else None)
        if holder.kind is BlockKind.LIST_ITEM and block.label == holder.label:
            break
        if not quantities:
            if by_block.get(block.index) and parts and _more_items(blocks, block, outline, level):
                return [], [], None  # "- Bà mẹ Việt Nam anh hùng còn sống: 02;" (a bare
                # number) among parts in "người", more parts after it: not read
            break
        first = past_its_plan(block.text, quantities, quantities[0])
        if first is None:
            break
        part = product_result(block.text, quantities, first, like)
        if parts and not _compatible(parts[0], part) and not _people_of_people(parts, part):
            if _more_items(blocks, block, outline, level):
                # "- Tàu cá: 12 chiếc;" among items in "người": a part counted by another
                # noun, with more parts after it: the list is not read (its parts would be
                # some of them only)
                return [], [], None
            break
        if like is not None and not _compatible(like, part):
            break
        if _CHANGE_BEFORE.search(_ASIDE.sub("", block.text[: quantities[0].start])):
            break  # (not a change word in an aside: "… (độ mặn giảm đột ngột): 330,5 ha")
        parts.append(part)
        labels.append(label_before_product(block.text[: part.start]))
    return parts, labels, None


def _people_of_people(parts: list[Quantity], part: Quantity) -> bool:
    """Parts counting people under one noun and one more under another ("- Thương binh: 438
    người; - Bà mẹ Việt Nam anh hùng: 02 mẹ"): people all, one list."""
    from lint.relations.percent_claims import both_people

    return both_people(parts[0], part) and part.sign > 0


def _the_figure_they_make(
    quantities: list[Quantity], holder: Block, position: int, total: Quantity, parts: list[Quantity]
) -> Quantity | None:
    """Of the figures before the marker in its sentence (and the one before), of the total's
    measure (or people, as the parts), the only one other than ``total`` the parts add up to
    exactly."""
    from lint.relations.percent_claims import both_people

    text = holder.text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    start = ends[-2] if len(ends) >= 2 else 0
    made = [
        q
        for q in quantities
        if start <= q.start < position
        and q is not total
        and (_compatible(total, q) or both_people(q, parts[0]))
        and adds_up(q, parts)
    ]
    return made[0] if len(made) == 1 else None


def _more_items(
    blocks: list[Block], block: Block, outline: Outline | None, level: OutlineNode | None
) -> bool:
    """Another list item of ``block``'s level follows it."""
    following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    if following is None or following.kind is not BlockKind.LIST_ITEM:
        return False
    if outline is None:
        return following.label == block.label
    return outline.parent_of(following) is level


def past_its_plan(text: str, quantities: list[Quantity], chosen: Quantity) -> Quantity | None:
    """``chosen``, or when it is a plan ("Dự phòng ngân sách: dự toán 25.690 triệu đồng; đã sử
    dụng 4.350 triệu đồng") the next figure of its measure: an item's plan, then what was done,
    the part of a total of what was done.  None when the item states only its plan ("Dự
    phòng: dự toán 250 triệu đồng, chưa sử dụng"): what was done is not given."""
    if not _PLAN_BEFORE.search(text, max(0, chosen.start - 20), chosen.start):
        return chosen
    done = [q for q in quantities if q.start > chosen.start and _compatible(chosen, q)]
    return done[0] if done else None


def product_result(
    text: str, quantities: list[Quantity], chosen: Quantity, like: Quantity | None = None
) -> Quantity:
    """The figure an item stands for: ``chosen``, or the result after the last "=" when
    ``chosen`` is a factor of a product written out ("Nhà sập: 18 nhà × 40 triệu đồng = 720
    triệu đồng") and the result is of ``like``'s measure (the list's total), or of the factor's
    own when no total is known (720 for 40).  A factor in the list's measure ("2.460 suất x
    500.000 đồng = 1.230,0 triệu đồng" in a list of counts) stays the item's figure."""
    equals = text.rfind("=", 0, quantities[-1].start if quantities else 0)
    if equals < chosen.end:
        return chosen
    if not (_TIMES_BEFORE.search(text, 0, chosen.start) or _TIMES_AFTER.match(text, chosen.end)):
        return chosen
    measure = chosen if like is None else like
    if like is not None and _compatible(chosen, like):
        return chosen
    for quantity in quantities:
        if quantity.start > equals and _compatible(measure, quantity):
            return quantity
    return chosen


_TIMES_BEFORE = re.compile(r"[×x*]\s*$")
_TIMES_AFTER = re.compile(r"\s*[×x*]")


def label_before_product(text: str) -> str:
    """The item's words before its figures: "Nhà sập đổ hoàn toàn" of "Nhà sập đổ hoàn toàn: 18
    nhà × 40 triệu đồng ="."""
    cut = re.search(r"[:=×x*]|\d", text)
    if "=" in text and cut is not None:
        text = text[: cut.start()]
    return text.strip(" :")
