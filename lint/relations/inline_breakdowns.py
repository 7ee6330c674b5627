"""Breakdowns written inside a sentence, in the shapes :mod:`breakdowns` does not read.

* a parenthesis whose parts are joined by ``và`` (``bố trí 137 công trình (64 công trình
  chuyển tiếp và 73 công trình khởi công mới)``), or counted in another unit that the words
  before the parenthesis make the same things (``12 học sinh đạt giải (01 giải nhất, 04 giải
  nhì, 07 giải ba)``: the parts' unit, ``giải``, is a word of ``đạt giải``);
* a remainder after the total in the same sentence: ``tiếp nhận 120 hồ sơ, đã giải quyết 100
  hồ sơ, còn lại 20 hồ sơ đang giải quyết`` (``120 = 100 + 20``), also from a done/total pair
  (``giải quyết 100/120 hồ sơ, còn lại 20 hồ sơ``);
* a change between two stated values: ``giảm từ A xuống (còn) B, (tương đương) giảm C``
  (``A = B + C``) and ``tăng từ A lên B, tăng (thêm) C`` (``B = A + C``);
* a change against last year's value stated nearby (read as for a growth rate by
  :mod:`percent_bases`): ``V …, tăng N so với cùng kỳ (cùng kỳ năm trước B)`` (``V = B + N``).

Every part must be the one figure of its segment, of the total's kind (and unit, but for the
second parenthesis shape) and positive; anything else is not read.  The results are
:class:`~lint.relations.breakdowns.Breakdown`\\ s, checked by S101 like the others.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import Breakdown, change_sum, kinds_of_a_generic_count
from lint.relations.marks import ends_before

_COMPARABLE = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)
# a change of a rate is a difference like any other: "59,6 tạ/ha, tăng 1,8 tạ/ha so với cùng kỳ
# (57,8 tạ/ha)"; a rate is never a part of a sum, so only the changes read them
_DIFFERENCE_KINDS = (*_COMPARABLE, QuantityKind.RATE)
_AND_LIST = re.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+")
_NOT_A_PART = re.compile(
    rf"{lexicon.NOT_A_PART_WORDS_RE}|%|\d|bình quân|mỗi"
    r"|tổng|trên|khoảng|gần|hơn|\bnhư\b|v\.v|\.\.\.|…",
    re.IGNORECASE,
)
# ", còn lại", "; số còn lại là", "; diện tích còn lại chưa cấp là": the rest, maybe named by a
# noun before and words ending in "là" after
_REMAINDER = re.compile(
    rf"^\s*[,;]?\s*(?:số\s+)?(?:[^\W\d]+\s+){{0,2}}?(?:{lexicon.REMAINDER_WORDS_RE})"
    r"(?:\s*(?:là\s*)?|(?:\s+[^\W\d]+){1,3}?\s+là\s*|(?<=phải)(?:\s+[^\W\d]+){1,3}\s*):?\s*$",
    re.IGNORECASE,
)  # ("còn phải thu hồi 248,3 triệu đồng": the verb after "còn phải", "là" or not)
# between the total and the done part: ", đã giải ngân", or the total's words and period then a
# colon, "rừng giai đoạn 2021-2025: đến nay đã thực hiện"
_DONE_BEFORE = re.compile(
    r"^(?:(?:\s+[^\W\d]+){1,4}(?:\s+\d{4}\s*-\s*\d{4})?\s*:|(?:\s+[^\W\d]+){0,3}\s*[,;])\s*(?:trong đó\s*)?(?:trong năm\s+|đến nay\s+)?(?:đã\s+)?[^\W\d]+(?:\s+[^\W\d]+){0,3}"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# "còn" alone before the rest ("…, còn 3 hồ sơ đang giải quyết"), unless what follows says the
# figure was carried over from before
_BARE_REST = re.compile(r"^\s*[,;]\s*còn\s*$", re.IGNORECASE)
_REST_NAMED_AFTER = re.compile(rf"\s+(?:{lexicon.REMAINDER_WORDS_RE})\b", re.IGNORECASE)
# a sentence naming the rest: "Số trẻ còn lại chưa được tiêm trong 24 giờ đầu là 69 trẻ",
# at most this far after the part before it
_REST_SENTENCE_REACH = 160
_REST_SENTENCE = re.compile(
    r"(?:^|\.\s+|;\s*)số\s+(?:[^\W\d]+\s+){0,2}còn lại(?:\s+[^\s.;,]+){0,12}?\s+là\s*:?\s*$",
    re.IGNORECASE,
)
_CARRIED = re.compile(  # ("tồn tại", a shortcoming, is a noun, not "carried")
    r"tồn(?!\s+tại)|chuyển sang|chuyển tiếp|kỳ trước|năm trước|từ trước|cùng kỳ", re.IGNORECASE
)
_CLAUSE_STOP = re.compile(r"[,;.]")
_SLASH = re.compile(r"\s*(?:[^\W\d]+(?![^\W\d])\s*){0,2}/\s*")  # "86 hộ/100 hộ"
_OUT_OF_TOTAL = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}(?:trên|trong)\s+tổng\s+(?:số\s+)?", re.IGNORECASE
)
_INFLOW = re.compile(r"thêm|tăng|giảm|nhận|mới|phát sinh|bổ sung", re.IGNORECASE)
_FROM_TO = re.compile(rf"(?P<way>{lexicon.GROWTH_VERBS_RE})\s+từ\s*$", re.IGNORECASE)
# a verb that says no way, the way said by "lên"/"xuống": "điều chỉnh từ A lên B (tăng C)"
_MOVED_FROM = re.compile(
    r"(?:điều chỉnh|nâng|hạ|chuyển)(?:\s+(?:mức|mức hưởng|mức hỗ trợ))?\s+từ\s*$", re.IGNORECASE
)
# the time a value of "từ A xuống còn B" is of, after it: "năm 2020", "(cuối năm 2021)", "năm
# học trước", "đầu kỳ" (no other figure, no clause break)
_WHEN = (
    r"(?:\s*\(?\s*(?:năm học|niên khóa|cuối năm|đầu năm|cuối kỳ|đầu kỳ|năm|vụ|quý|tháng|kỳ)"
    r"(?:\s+(?:trước|nay|này|qua|\d{4}(?:\s*-\s*\d{4})?|[IV]+))?\s*\)?)?"
)
_TO_WORD = {
    "giảm": re.compile(rf"^{_WHEN}\s*xuống\s+(?:còn\s+)?$"),
    "tăng": re.compile(rf"^{_WHEN}\s*lên\s+(?:đến\s+|tới\s+)?$"),
}
_CHANGE_AFTER = {
    "giảm": re.compile(
        rf"^{_WHEN}\s*[,(]\s*(?:tương đương\s+|tức là\s+|tức\s+)?(?:đã\s+)?giảm\s+(?:được\s+)?$",
        re.IGNORECASE,
    ),
    "tăng": re.compile(
        rf"^{_WHEN}\s*[,(]\s*(?:tương đương\s+|tức là\s+|tức\s+)?(?:đã\s+)?tăng\s+(?:thêm\s+)?$",
        re.IGNORECASE,
    ),
}
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)|;")


def find_inline_breakdowns(document: Document, extraction: Extraction) -> list[Breakdown]:
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    found: list[Breakdown] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        quantities = by_block.get(block.index, [])
        if len(quantities) < 2:
            continue
        found.extend(_parenthesised(block, quantities))
        found.extend(_remainders(block, quantities))
        found.extend(_remainder_of_a_whole_opening(block, quantities, found))
        found.extend(_from_to(block, quantities))
    found.extend(_changes_with_base(document, by_block))
    from lint.relations.gaps import find_gaps
    from lint.relations.multiples import find_increments

    found.extend(find_increments(document, by_block))
    found.extend(find_gaps(document, by_block))
    from lint.relations.aside_changes import find_aside_changes

    found.extend(find_aside_changes(document, by_block))
    from lint.relations.savings import find_savings

    found.extend(find_savings(document, by_block))
    from lint.relations.classifications import find_classifications

    found.extend(find_classifications(document, by_block))
    from lint.relations.named_changes import find_named_changes

    found.extend(find_named_changes(document, by_block))
    return found


# after a change printed without its unit: its comparison or the clause's end, no noun
_BARE_CHANGE_END = re.compile(r"\s*(?:so với\b|[(,;.]|$)", re.IGNORECASE)
_CHANGE_LEAD = re.compile(rf"({lexicon.GROWTH_VERBS_RE})\s+(?:thêm\s+)?$", re.IGNORECASE)
# "tăng 668 tỷ đồng (tăng 10,9%) so với đầu năm", "giảm 45 biên chế (tương ứng giảm 2,02%) so
# với năm 2024": the change, its rate aside, its base
_CHANGE_COMPARED = re.compile(
    r"(?:\s*\(\s*(?:(?:tương ứng|tương đương|tức là|tức)\s+)?(?:tăng|giảm|[+\-−])?\s*\d+(?:,\d+)?\s*%\s*\))?"
    rf"\s*(?:so với\s+)((?:{lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE}"
    rf"|{lexicon.NAMED_YEAR_RE}|{lexicon.NAMED_DATE_RE})\b|{lexicon.NAMED_MONTH_RE})",
    re.IGNORECASE,
)
# the end of a period the value is stated at, a few words before it: "đến cuối năm còn ",
# "hiện nay có ", "tính đến 31/12/2024 là "
_PERIOD_END = re.compile(
    r"(?:cuối năm|cuối kỳ|cuối quý|cuối tháng|đến nay|hiện nay|hiện còn|thời điểm báo cáo|"
    r"đến (?:ngày )?\d{1,2}/\d{1,2}(?:/\d{4})?)(?:\s+[^\W\d]+){0,3}\s*:?\s*$",
    re.IGNORECASE,
)
_START_WORD = re.compile(lexicon.YEAR_START_WORDS_RE, re.IGNORECASE)
# after the change, the end of its clause or sentence (no comparison of its own)
_CHANGE_ENDS = re.compile(r"\s*(?:[.;]|$)")


# the comparison said before the change's verb: ", so với cùng kỳ giảm 11 vụ"
_COMPARED_FIRST = re.compile(
    rf"\bso với\s+({lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE}"
    rf"|{lexicon.NAMED_YEAR_RE})\s*,?\s*$",
    re.IGNORECASE,
)
# a parenthesis opening right before a change: "312 đội hình (tăng 27 …"
_OPENING_ASIDE = re.compile(r"\s*\(\s*$")
_LOWER_WORD = re.compile(r"\s+([^\W\d]+)(?![^\W\d])")


def _past_noun_words(text: str, end: int) -> int:
    """Past at most two lower-case words after a figure that go on naming what it counts
    ("tăng 15 điểm bán so với …": "bán"), not words of the sentence."""
    for _ in range(2):
        word = _LOWER_WORD.match(text, end)
        if word is None or not word.group(1).islower():
            break
        if word.group(1) in lexicon.NOT_COUNT_NOUNS:
            break
        end = word.end()
    return end


def _periods_bounded(text: str, change: Quantity) -> str | None:
    """The start of the period ("đầu năm") said earlier in the sentence of a change that ends
    its clause with no comparison of its own; None otherwise."""
    if not _CHANGE_ENDS.match(text, change.end):
        return None
    ends = ends_before(lexicon.FULL_STOP, text, change.start)
    sentence = text[ends[-1] if ends else 0 : change.start].lower()
    starts = [word for word in lexicon.YEAR_START_WORDS if word in sentence]
    return starts[0] if len(starts) == 1 else None


# what the value is of, between it and its change: "412 người nghiện ma túy có hồ sơ quản lý,
# giảm 26 người", "412 thiết bị X-quang đang hoạt động, tăng 26 thiết bị": words (no figure,
# no clause or sentence end), ending at a comma (or a parenthesis opening before the change)
_DESCRIBED_VALUE = re.compile(r"(?:\s*[^\W\d]+(?:-[^\W\d]+)*(?![^\W\d])){1,12}\s*,\s*")


def _changes_with_base(document: Document, by_block: dict[int, list[Quantity]]) -> list[Breakdown]:
    """``V …, tăng N so với cùng kỳ`` with last year's value B stated nearby (as for a growth
    rate, :mod:`percent_bases`): V = B + N (``giảm``: B = V + N).  Without "so với", a change
    ending its clause compares the end of a period with its start when the sentence names both
    ("đầu năm là 68 hộ …, đến cuối năm còn 41 hộ …, giảm 27 hộ")."""
    from lint.relations.percent_bases import previous_value
    from lint.relations.percent_claims import PercentClaim, both_people, per_period_of

    found = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        text = block.text
        if "so với" not in text and not _START_WORD.search(text):
            continue
        quantities = by_block.get(block.index, [])
        for index, change in enumerate(quantities):
            if index == 0 or not _usable(change, (*_DIFFERENCE_KINDS, QuantityKind.NUMBER)):
                continue
            lead = _CHANGE_LEAD.search(text, max(0, change.start - 12), change.start)
            if lead is None:
                continue
            compared = _CHANGE_COMPARED.match(text, _past_noun_words(text, change.end))
            compared_first = _COMPARED_FIRST.search(text, max(0, lead.start() - 60), lead.start())
            if compared is not None:
                comparison = compared.group(1).lower()
            elif compared_first is not None:
                # "52 vụ, so với cùng kỳ giảm 11 vụ (cùng kỳ 63 vụ)": the comparison first
                comparison = compared_first.group(1).lower()
            else:
                # "đầu năm là 68 hộ …, đến cuối năm còn 41 hộ …, giảm 27 hộ.": the period's
                # start and end stated, the change compares them without "so với"
                start_word = _periods_bounded(text, change)
                if start_word is None:
                    continue
                comparison = start_word
            value = quantities[index - 1]
            between_end = lead.start()
            if compared is None and compared_first is not None:
                between_end = compared_first.start()
            if value.kind is QuantityKind.PERCENT and index >= 2:
                # "71 hộ (chiếm 2,36%), giảm 13 hộ": the value's share said aside
                aside = _RATE_ASIDE.match(text, quantities[index - 2].end)
                clause = _RATE_CLAUSE_LEAD.search(text, quantities[index - 2].end, value.start)
                if aside is not None and aside.end() > value.end:
                    value = quantities[index - 2]
                # "34.508 hộ được công nhận, đạt 91,0% số hộ đăng ký, tăng 1.126 hộ": a clause
                # of its rate between the value and its change
                elif clause and _RATE_CLAUSE_TAIL.fullmatch(text, value.end, lead.start()):
                    value, between_end = quantities[index - 2], clause.start()
            between = _RATE_ASIDE.sub("", text[value.end : between_end], count=1)
            # "312 đội hình (tăng 27 đội hình so với năm 2023 là 285 đội hình)": the change
            # said aside, right after the value
            opened = _OPENING_ASIDE.search(between)
            if opened is not None:
                between = between[: opened.start()] + ", "
            if between_end != lead.start():
                between += ", "
            # "317 công chức, viên chức, tăng 45 người": people both; "28,6 triệu đồng/năm,
            # tăng 2,4 triệu đồng": a value a year and its change
            # "62,5 tạ/ha, tăng 1,8 so với năm 2023 (60,7 tạ/ha)": the change printed without
            # its unit, no noun after it
            bare_rate_change = (
                value.kind in _DIFFERENCE_KINDS
                and change.kind is QuantityKind.NUMBER
                and change.unit is None
                and change.sign > 0
                and _BARE_CHANGE_END.match(text, change.end) is not None
            )
            if not (
                _same(value, change, _DIFFERENCE_KINDS)
                or both_people(value, change)
                or per_period_of(value, change)
                or bare_rate_change
            ):
                continue
            if not _usable(value, _DIFFERENCE_KINDS):
                continue
            described = False
            if not re.fullmatch(r"[\s,]*(?:[^\W\d]+(?![^\W\d])[\s,]*){0,2}", between):
                if not _DESCRIBED_VALUE.fullmatch(between):
                    continue
                described = True  # a longer description: read only on the figures' evidence
            if _CHANGE_LEAD.search(text, max(0, value.start - 12), value.start):
                continue
            # where the comparison is written: the change, or its rate aside "(tăng 9,2%)"
            marker = change
            if compared is None and compared_first is None:
                if not _PERIOD_END.search(text, max(0, value.start - 60), value.start):
                    continue  # the value is not the period's end: the change is of another
            elif (
                compared is not None
                and compared.start(1) > change.end
                and "(" in text[change.end : compared.start(1)]
            ):
                asides = [q for q in quantities if change.end < q.start < compared.start(1)]
                marker = asides[0] if len(asides) == 1 else change
            claim = PercentClaim("growth", marker, value, comparison=comparison)
            base = previous_value(document.blocks, by_block, block, quantities, claim)
            if base is None or base is value or base is change:
                continue
            if bare_rate_change and not _same(value, base, _DIFFERENCE_KINDS):
                continue
            up = lead.group(1).lower() == "tăng"
            total, parts = change_sum(value, base, change, up)
            if (
                described
                and not _adds_up_or_one_slip(total, parts)
                and not _rate_confirms(marker, value, change, up)
            ):
                continue  # a longer description: read only on the figures' evidence
            labels = ("cùng kỳ", "tăng") if up else ("kỳ này", "giảm")
            found.append(Breakdown(total, parts, True, "so với cùng kỳ", labels))
    return found


def _rate_confirms(rate: Quantity, value: Quantity, change: Quantity, up: bool) -> bool:
    """The change's rate said aside ("tăng 4 cuộc (9,52%)") is what the value and the change
    give (4 of the 42 before): the two figures are the ones compared, whatever the base."""
    from lint.arithmetic import percent_interval, ratio_percent

    if rate.kind is not QuantityKind.PERCENT or not rate.numbers:
        return False
    before = value.interval - change.interval if up else value.interval + change.interval
    if before.low <= 0:
        return False
    stated = percent_interval(rate.value, rate.numbers[0].decimals)
    return ratio_percent(change.interval, before).intersects(stated)


def _adds_up_or_one_slip(total: Quantity, parts: list[Quantity] | tuple[Quantity, ...]) -> bool:
    """``total = Σ parts`` holds, or one typo-shaped slip of any of them explains it."""
    from lint.relations.evidence import adds_up_or_one_typo

    return adds_up_or_one_typo(total, parts, exhaustive=True)


def _single(quantity: Quantity) -> Quantity:
    if quantity.kind is QuantityKind.PAIR and quantity.parts:
        return quantity.parts[0]
    return quantity


def _usable(quantity: Quantity, kinds: tuple[QuantityKind, ...] = _COMPARABLE) -> bool:
    return quantity.kind in kinds and quantity.sign > 0 and quantity.value > 0


def _parenthesised(block: Block, quantities: list[Quantity]) -> list[Breakdown]:
    text = block.text
    found = []
    for index, total in enumerate(quantities):
        if not _usable(total):
            continue
        opening = _WORDS_THEN_PARENTHESIS.match(text, total.end)
        if opening is None:
            continue
        start = opening.end()
        close = text.find(")", start)
        if close < 0 or "(" in text[start:close]:
            continue
        inside = []
        for position in range(index + 1, len(quantities)):
            following = quantities[position]
            if following.start > close:
                break  # in order of their start: none further is inside
            if start <= following.start and following.end <= close:
                inside.append(following)
        inside, grades = _without_grades(text, inside)
        if len(inside) < 2 or not all(_usable(q) for q in inside):
            continue
        units = {(q.kind, q.unit) for q in inside}
        bridge = text[total.end : start - 1]
        if _generic_whole(total, inside, bridge):
            labels = _segment_labels(text, start, close, inside, text)
            if labels is not None and (
                (not bridge.strip() and _adds_up_or_one_slip(total, inside)) or not any(labels)
            ):
                found.append(Breakdown(total, tuple(inside), True, "parenthesis", labels))
                continue
        if len(units) != 1:
            continue
        same = inside[0].kind is total.kind and inside[0].unit == total.unit
        if len(bridge.split()) > (8 if same else 4):
            continue  # the parts of another unit name it within a few words
        if same:
            if not bridge.strip() and " và " not in f" {text[start:close]} ":
                continue  # read by breakdowns.py
        elif not (
            inside[0].kind is QuantityKind.COUNT
            and total.kind is QuantityKind.COUNT
            and inside[0].unit
            and (
                re.search(
                    rf"\b(?:đạt|được|nhận)\s+{re.escape(inside[0].unit)}\b", bridge, re.IGNORECASE
                )
                # "2.148 lượt người (ốm đau 1.862 lượt, thai sản 286 lượt)": counted by another
                # noun right after the total, read on the figures' evidence
                or (not bridge.strip() and _adds_up_or_one_slip(total, inside))
            )
        ):
            continue
        checked = text
        for grade in grades:  # "4 sao": words of its part's label, not a figure
            checked = (
                checked[: grade.start] + "#" * (grade.end - grade.start) + checked[grade.end :]
            )
        labels = _segment_labels(text, start, close, inside, checked)
        if labels is not None:
            found.append(Breakdown(total, tuple(inside), True, "parenthesis", labels))
    return found


# what may stand between such a count and its parenthesis: a few words saying what it counts
# ("hành chính cấp xã", "được khen thưởng"), no figure, no punctuation
_QUALIFIER = re.compile(r"(?:\s+[^\W\d]+(?![^\W\d])){0,5}\s*")


def _generic_whole(total: Quantity, inside: list[Quantity], bridge: str) -> bool:
    """A count of a noun covering several kinds, split in a parenthesis right after it (past a
    few words of what it counts) into counts of those kinds.  The caller reads it when the
    parts are bare kinds ("09 xã và 01 thị trấn": the words say they are all of it), or, right
    after the count, on the figures' evidence (they add up, or one slip makes them)."""
    return _QUALIFIER.fullmatch(bridge) is not None and kinds_of_a_generic_count(total, inside)


# a few words after a figure, then a parenthesis: "137 công trình (", "12 sản phẩm được công
# nhận đạt chuẩn OCOP (", "214 lượt cán bộ lãnh đạo, quản lý ("
_WORDS_THEN_PARENTHESIS = re.compile(r"(?:,?\s+[^\W\d]+){0,8}\s*\(")


def _without_grades(text: str, inside: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The figures of a parenthesis without the bare numbers right after a part that grade it
    ("04 sản phẩm 4 sao, 08 sản phẩm 3 sao"), and those grades."""
    kept: list[Quantity] = []
    grades: list[Quantity] = []
    for quantity in inside:
        if (
            kept
            and quantity.kind is QuantityKind.NUMBER
            and kept[-1].kind is not QuantityKind.NUMBER
            and not text[kept[-1].end : quantity.start].strip()
        ):
            grades.append(quantity)
            continue
        kept.append(quantity)
    return kept, grades


def _segment_labels(
    text: str, start: int, close: int, parts: list[Quantity], checked: str | None = None
) -> tuple[str, ...] | None:
    """Labels of a list ``a, b và c`` whose every segment holds exactly one part (``checked``:
    the text with the grades of parts masked, for the checks)."""
    checked = text if checked is None else checked
    cuts = [start]
    for previous, following in pairwise(parts):
        gap = checked[previous.end : following.start]
        separators = list(_AND_LIST.finditer(gap))
        if len(separators) > 1:
            # "cấp sở và tương đương 38 lượt, cấp phòng và tương đương 146 lượt": "và" within
            # the labels, the one comma between the parts
            separators = [m for m in separators if m.group(0).strip()[:1] in (",", ";")]
        if len(separators) > 1 and len({m.group(0).strip()[:1] for m in separators}) == 1:
            # "(ô tô 38 chiếc, mô tô, xe máy 574 chiếc)": a comma within a label; labels said
            # before their figures end at the first one, labels said after them at the last
            if checked[start : parts[0].start].strip(" :"):
                separators = separators[:1]
            elif not checked[parts[-1].end : close].strip(" :;,."):
                separators = separators[-1:]
        if len(separators) != 1:
            return None
        cuts.append(previous.end + separators[0].end())
    cuts.append(close)
    labels = []
    for part, (a, b) in zip(parts, pairwise(cuts), strict=True):
        before = text[a : part.start].strip(" :")
        after = _AND_LIST.split(text[part.end : b])[0].strip(" :")
        checked_before = checked[a : part.start]
        pieces = _AND_LIST.split(checked[part.end : b])
        checked_after = pieces[0]
        if _NOT_A_PART.search(checked_before) or _NOT_A_PART.search(checked_after):
            return None
        if any(re.search(r"\d", piece) for piece in pieces[1:]):
            return None  # "(…, cấp xã 38 hội nghị, thôn 144 buổi họp dân)": a segment whose
            # figure is not read as a part
        labels.append(before or after)
    return tuple(labels)


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The sentence (or ";" clause) holding ``position``: where it starts and ends."""
    from lint.relations.marks import sentence_ends_before

    ends = sentence_ends_before(_SENTENCE_END, text, position)
    start = ends[-1] if ends else 0
    end = _SENTENCE_END.search(text, position)
    return start, (end.start() if end else len(text))


def _remainders(block: Block, quantities: list[Quantity]) -> list[Breakdown]:
    """``T …, A …, còn lại R``: T = A + R (A may be the done part of a pair ``A/T``); a share
    of the plan between them (``…, đạt 59,6%, còn lại …``) is passed over."""
    text = block.text
    found = []
    quantities = [q for q in quantities if q.kind is not QuantityKind.PERCENT]
    for index, rest in enumerate(quantities):
        if index < 1 or not _usable(rest):
            continue
        previous = quantities[index - 1]
        gap = rest.start - previous.end
        if gap > _REST_SENTENCE_REACH:
            continue
        # "…. Số trẻ còn lại chưa được tiêm trong 24 giờ đầu là 69 trẻ": a sentence of the rest
        named_rest = _REST_SENTENCE.search(text, previous.end, rest.start)
        segment = _last_segment(text, previous.end, rest.start)
        bare = _BARE_REST.match(segment)
        # "; 15 làng nghề còn lại chưa có …": the rest named after its figure
        said = _REMAINDER.match(segment) or (
            not segment.strip(" ,;") and _REST_NAMED_AFTER.match(text, rest.end) is not None
        )
        if gap > (100 if said else 60) and not named_rest:
            continue
        if not (bare or said or named_rest):
            continue
        if bare and _CARRIED.search(text, rest.end, _clause_end(text, rest.end)):
            continue  # "…, còn 5 hồ sơ tồn từ năm trước": carried over, not the rest
        sentence_start, sentence_end = _sentence(text, rest.start)
        if segment.lstrip().startswith(";"):  # "…, đạt 77,0% kế hoạch; còn lại 1.150 ha"
            sentence_start = _sentence(text, previous.start)[0]
        after = bisect.bisect_left(quantities, rest.end, key=lambda q: q.start)
        until = bisect.bisect_left(quantities, sentence_end, key=lambda q: q.start)
        if any(_same(q, rest) for q in quantities[after:until]):
            continue  # "còn lại 15 hồ sơ …, 5 hồ sơ …": the rest is split again
        if (
            previous.kind is QuantityKind.PAIR
            and previous.parts
            and previous.start >= sentence_start
        ):
            done, total = previous.parts
            # "412/628 hồ …; còn lại 216 hồ": a pair the grammar gave no unit, the rest's noun
            # after it
            named = (
                done.unit is None
                and rest.kind is QuantityKind.COUNT
                and bool(rest.unit)
                and re.match(rf"\s+{re.escape(rest.unit or '')}(?![^\W\d])", text[previous.end :])
                is not None
            )
            kinds = (*_COMPARABLE, QuantityKind.NUMBER) if named else _COMPARABLE
            if (_same(done, rest) or named) and _usable(done, kinds) and _usable(total, kinds):
                found.append(Breakdown(total, (done, rest), True, "còn lại", ("", "còn lại")))
            continue
        if not _same(previous, rest):
            continue
        if index < 2 or quantities[index - 2].start < sentence_start:
            across = _whole_of_the_clause_before(text, quantities, index, sentence_start)
            if across is not None:
                found.append(across)
                continue
            # "Tổng số dự án … là 148 dự án, gồm …. Đến nay đã hoàn thành 104 dự án, chiếm
            # 70,3%; còn 44 dự án …": the total in the sentence before, on the figures' evidence
            earlier = _total_a_sentence_before(text, quantities[: index - 1], previous, rest)
            if earlier is not None and not _CARRIED.search(
                text, rest.end, _clause_end(text, rest.end)
            ):
                found.append(Breakdown(earlier, (previous, rest), True, "còn lại", ("", "còn lại")))
            continue
        total = quantities[index - 2]
        if (
            _SLASH.fullmatch(text[total.end : previous.start])
            or _OUT_OF_TOTAL.fullmatch(text, total.end, previous.start)
        ) and _same(total, rest):
            # "86 hộ/100 hộ, còn lại 14 hộ": a done/total pair written with both units;
            # "đã cấp 37.815,2 ha trên tổng số 38.642,5 ha …; diện tích còn lại là 827,3 ha"
            if total.start >= sentence_start and _usable(total):
                found.append(Breakdown(previous, (total, rest), True, "còn lại", ("", "còn lại")))
            continue
        if total.start < sentence_start or not _alike(total, rest) or not _usable(total):
            continue
        if not _DONE_BEFORE.match(text[total.end : previous.start]):
            continue
        if _INFLOW.search(text[total.end : previous.start]):
            continue  # "tồn 100 hồ sơ, tiếp nhận thêm 30 hồ sơ": an inflow, not a part
        if any(
            q.start < total.start and q.start >= sentence_start
            for q in quantities
            if _same(q, rest)
        ):
            continue  # an earlier figure of the same measure in the sentence: which is the total?
        stops = ends_before(_FULL_STOP, text, total.start)
        whole_start = stops[-1] if stops else 0  # the sentence, across its ";" clauses
        wholes = [
            q
            for q in quantities
            if whole_start <= q.start < sentence_start and _same(q, rest) and _usable(q)
        ]
        if wholes:
            # "Sau sáp nhập có 71 nhà dôi dư; đã chuyển đổi 38 nhà, bán đấu giá 12 nhà, còn 21
            # nhà …": the three are the parts of the whole the clause before states
            if _adds_up_or_one_slip(wholes[-1], (total, previous, rest)):
                labels = ("", "", "còn lại")
                found.append(
                    Breakdown(wholes[-1], (total, previous, rest), True, "còn lại", labels)
                )
            continue
        # the done part's words, after the total's own ("240 cơ sở vi phạm, đã xử lý 228 …")
        label = re.split(r"[,:]", text[total.end : previous.start].strip(" ,:"))[-1].strip()
        found.append(Breakdown(total, (previous, rest), True, "còn lại", (label, "còn lại")))
    return found


# between a whole and its done part across a semicolon: words ending the whole's clause, then
# "đã" and the done verb ("12 đơn thư của người lao động; đã giải quyết dứt điểm 10 đơn", "37
# người tâm thần có biểu hiện kích động, có nguy cơ gây nguy hiểm cho cộng đồng; đã đưa 29 người")
_DONE_ACROSS = re.compile(
    r"^(?:[\s,]+[^\W\d]+(?![^\W\d])){0,24}\s*;\s*(?:đến nay\s+|trong năm\s+|hiện nay\s+)?đã\s+[^\W\d]+"
    r"(?:\s+[^\W\d]+){0,3}\s*$",
    re.IGNORECASE,
)


def _whole_of_the_clause_before(
    text: str, quantities: list[Quantity], index: int, sentence_start: int
) -> Breakdown | None:
    """``T …; đã <done> A, còn R``: the whole T ends the clause before, the done part A and
    the rest R follow in the next ("Tiếp nhận 12 đơn; đã giải quyết 10 đơn, còn 02 đơn đang
    giải quyết"): T = A + R, stated by the words."""
    if index < 2 or text[sentence_start - 1 : sentence_start] != ";":
        return None
    total, previous, rest = quantities[index - 2], quantities[index - 1], quantities[index]
    clause_start = _sentence(text, sentence_start - 1)[0]
    if previous.start < sentence_start or total.start < clause_start:
        return None
    if not (_usable(total) and _alike(total, rest) and _same(previous, rest)):
        return None
    between = text[total.end : previous.start]
    if not _DONE_ACROSS.match(between) or _INFLOW.search(between):
        return None
    if any(clause_start <= q.start < total.start and _same(q, rest) for q in quantities):
        return None  # another figure of the measure in the whole's clause: which is it?
    if _CARRIED.search(text, rest.end, _clause_end(text, rest.end)):
        return None
    label = between.split(";")[-1].strip()
    return Breakdown(total, (previous, rest), True, "còn lại", (label, "còn lại"))


def _total_a_sentence_before(
    text: str, earlier: list[Quantity], part: Quantity, rest: Quantity
) -> Quantity | None:
    """Of the figures of ``rest``'s measure in the sentence before ``part``'s (not changes), the
    one ``part`` and ``rest`` make up, or that one typo-shaped slip explains: the only one."""
    from lint.relations.evidence import the_one_made_up

    start = _sentence(text, part.start)[0]
    if start == 0:
        return None
    before = _sentence(text, start - 1)[0]
    candidates = [
        q
        for q in earlier
        if before <= q.start < start
        and _same(q, rest)
        and _usable(q)
        and q.value > part.value
        and not _CHANGE_LEAD.search(text, max(0, q.start - 12), q.start)
    ]
    return the_one_made_up(candidates, (part, rest))[1]


# "Trong tổng số 486 dự án, …", "Trong tổng số chi 1.797,0 triệu đồng của Quỹ, …": the whole
# the sentence's parts are of opens it
_WHOLE_OPENING = re.compile(
    r"\b(?:trong|trên) tổng số(?:\s+[^\W\d]+(?![^\W\d])){0,3}\s*$", re.IGNORECASE
)
_FULL_STOP = lexicon.FULL_STOP
# "; còn lại là các giống lúa thuần khác với 2.280 ha": the rest, a few words describing it
_REST_DESCRIBED = re.compile(
    rf"^\s*[,;]\s*(?:số\s+)?(?:{lexicon.REMAINDER_WORDS_RE})\b[^\d;:()%]{{0,50}}$",
    re.IGNORECASE,
)


def _remainder_of_a_whole_opening(
    block: Block, quantities: list[Quantity], found: list[Breakdown]
) -> list[Breakdown]:
    """``Trong tổng số T, A …; B …; còn lại R``: T = A + B + R, the parts each in a clause of
    their own; read on the figures' evidence (they add up, or one slip of any explains them)."""
    text = block.text
    if "tổng số" not in text.lower():
        return []
    read = {id(part) for breakdown in found for part in breakdown.parts}
    lists = []
    figures = [q for q in quantities if q.kind is not QuantityKind.PERCENT]
    starts = [q.start for q in quantities]
    stops: list[int] | None = None  # where the block's sentences start, found once
    for index, rest in enumerate(figures):
        if index < 2 or id(rest) in read or not _usable(rest):
            continue
        segment = _last_segment(text, figures[index - 1].end, rest.start)
        if not _REST_DESCRIBED.match(segment):
            continue
        if stops is None:
            stops = [0, *(m.end() for m in _FULL_STOP.finditer(text))]
        start = stops[bisect.bisect_right(stops, rest.start) - 1]  # the sentence, across ";"
        whole = bisect.bisect_left(starts, start)  # the sentence's first figure
        if whole >= len(quantities) or not _same(quantities[whole], rest):
            continue
        first = bisect.bisect_left(figures, start, key=lambda q: q.start)
        same = [q for q in figures[first:index] if _same(q, rest)]
        if len(same) < 2 or same[0] is not quantities[whole]:
            continue
        if not _WHOLE_OPENING.search(text, start, same[0].start):
            continue
        total, parts = same[0], same[1:]
        if (
            not all(_usable(q) for q in (total, *parts))
            or "trong đó" in text[total.end : rest.start]
        ):
            continue
        if any(_CHANGE_LEAD.search(text, max(0, q.start - 12), q.start) for q in parts):
            continue
        if _adds_up_or_one_slip(total, (*parts, rest)):
            labels = (*("" for _ in parts), "còn lại")
            lists.append(Breakdown(total, (*parts, rest), True, "còn lại", labels))
    return lists


def _clause_end(text: str, start: int) -> int:
    stop = _CLAUSE_STOP.search(text, start)
    return stop.start() if stop else len(text)


def _last_segment(text: str, start: int, end: int) -> str:
    gap = text[start:end]
    comma = max(gap.rfind(","), gap.rfind(";"))
    return gap[comma:] if comma >= 0 else gap


def _same(a: Quantity, b: Quantity, kinds: tuple[QuantityKind, ...] = _COMPARABLE) -> bool:
    return a.kind is b.kind and a.unit == b.unit and a.kind in kinds


def _alike(whole: Quantity, part: Quantity) -> bool:
    """Of one measure, or people both ("2.862 lao động …, còn lại 928 người")."""
    from lint.relations.percent_claims import both_people

    return _same(whole, part) or both_people(whole, part)


# ", đạt 91,0% số hộ đăng ký, ", ", chiếm 27,5% tổng số hồ; ": a clause stating a value's rate,
# between the value and its change (the lead up to the rate, then its base's words)
_RATE_CLAUSE_LEAD = re.compile(r"\s*,\s*(?:đạt|chiếm|bằng)\s+$", re.IGNORECASE)
_RATE_CLAUSE_TAIL = re.compile(r"(?:\s+[^\W\d]+){0,6}\s*[,;]\s*")
# "(tỷ lệ 5,12%)", "(5,12%)": a value's rate said aside
_RATE_ASIDE = re.compile(r"\s*\(\s*(?:tỷ lệ|tỉ lệ|chiếm)?\s*(?::\s*)?\d+(?:,\d+)?\s*%\s*\)")


def _rate_in_parentheses(text: str, quantity: Quantity) -> bool:
    """``quantity`` is the percentage of a ``(tỷ lệ 5,12%)`` aside."""
    if quantity.kind is not QuantityKind.PERCENT:
        return False
    opening = text.rfind("(", 0, quantity.start)
    closing = text.find(")", quantity.end)
    if opening < 0 or closing < 0:
        return False
    return _RATE_ASIDE.fullmatch(text, opening, closing + 1) is not None


def _from_to(block: Block, quantities: list[Quantity]) -> list[Breakdown]:
    """``giảm từ A xuống còn B, giảm C`` (A = B + C); ``tăng từ A lên B, tăng thêm C``; the
    change first, ``giảm C (từ A xuống còn B)``; rates and their change in percentage points,
    ``giảm từ 9,8% xuống còn 9,1%, giảm 0,7 điểm phần trăm``."""
    text = block.text
    found = []
    reads: list[_Read] = []
    for index, rate in enumerate(quantities):
        # the rate compared with, alone in parentheses: "… so với năm 2023 (13,3%)"
        following = _after_aside(text, quantities, index, 4)
        if rate.kind is QuantityKind.PERCENT and len(following) >= 2:
            read = _rate_then_points(text, rate, following[0], following[1])
            if read is None and len(following) == 4:
                # "92,68%, vượt 0,18 điểm phần trăm so với chỉ tiêu (92,5%) và tăng 0,94 điểm
                # phần trăm so với năm 2023 (91,74%)": the second comparison of the rate
                read = _rate_then_points(text, rate, following[2], following[3])
            if read is not None:
                reads.append(read)
    # a rate in parentheses after a value ("1.245 hộ (tỷ lệ 5,12%) đầu năm") is passed over
    quantities = [q for q in quantities if not _rate_in_parentheses(text, q)]
    for index in range(len(quantities) - 2):
        first, second, third = (_single(q) for q in quantities[index : index + 3])
        if quantities[index].kind is QuantityKind.PAIR:
            continue
        read = _values_then_change(text, first, second, third)
        if read is None:
            read = _change_then_values(text, first, second, third)
        if read is not None:
            reads.append(read)
    for word, earlier, later, change in reads:
        up = word != "giảm"
        total, parts = change_sum(later, earlier, change, up)
        marker, labels = ("từ … lên", ("từ", "tăng")) if up else ("từ … xuống", ("còn", "giảm"))
        found.append(Breakdown(total, parts, True, marker, labels))
    return found


_Read = tuple[str, Quantity, Quantity, Quantity]  # the way, the earlier, later value, change


def _values_then_change(
    text: str, first: Quantity, second: Quantity, third: Quantity
) -> _Read | None:
    """``giảm từ A xuống còn B, giảm C``."""
    if not _values_and_change(text, first, second, third):
        return None
    way = _FROM_TO.search(text, max(0, first.start - 20), first.start)
    between = _RATE_ASIDE.sub(" ", text[first.end : second.start])
    if way is not None:
        word = way.group("way").lower()
    elif _MOVED_FROM.search(text, max(0, first.start - 30), first.start):
        word = next((w for w, to in _TO_WORD.items() if to.match(between)), "")
        if not word:
            return None
    else:
        return None
    if not _TO_WORD[word].match(between):
        return None
    if not _CHANGE_AFTER[word].match(_RATE_ASIDE.sub(" ", text[second.end : third.start])):
        return None
    if _COMPARED_AFTER.match(text, _points_end(text, third)):
        return None  # "…, giảm 30 hộ so với cùng kỳ": a change against another base
    return word, first, second, third


def _change_then_values(
    text: str, first: Quantity, second: Quantity, third: Quantity
) -> _Read | None:
    """``giảm C (từ A xuống còn B)``: the change, then its two values in parentheses."""
    if not _values_and_change(text, second, third, first):
        return None
    way = _CHANGE_WORD_BEFORE.search(text, max(0, first.start - 20), first.start)
    if way is None:
        return None
    word = way.group("way").lower()
    if not _FROM_IN_PARENTHESES.fullmatch(text, _points_end(text, first), second.start):
        return None
    if not _TO_WORD[word].match(text[second.end : third.start]):
        return None
    if not _CLOSING.match(text, third.end):
        return None
    return word, second, third, first


def _after_aside(
    text: str, quantities: list[Quantity], index: int, count: int = 2
) -> list[Quantity]:
    """The ``count`` figures after ``quantities[index]``, past a parenthesis right after it
    that is not a change ("43,2% (tính trên diện tích tự nhiên 52.410 ha), tăng …")."""
    later = quantities[index + 1 : index + 10]
    aside = _ASIDE.match(text, quantities[index].end)
    if aside is not None:
        later = [q for q in later if q.start >= aside.end()]
    return later[:count]


def _rate_then_points(
    text: str, first: Quantity, second: Quantity, third: Quantity
) -> _Read | None:
    """``chiếm 12,0%, giảm 1,3 điểm phần trăm so với năm 2023 (13,3%)``: a rate, its change
    in percentage points, and the rate it is compared with, in parentheses or after ``là``;
    the change may itself be in parentheses (``68,2% (tăng 2,1 điểm phần trăm so với năm 2023
    là 66,1%)``) and the rate may have an aside before it."""
    if first.kind is not QuantityKind.PERCENT or third.kind is not QuantityKind.PERCENT:
        return None
    if not _values_and_change(text, third, first, second):
        return None
    way = _CHANGE_WORD_BEFORE.search(text, max(0, second.start - 20), second.start)
    if way is None:
        return None
    aside = _ASIDE.match(text, first.end)
    between = text[aside.end() if aside else first.end : way.start()]
    opened = _OPENS_CHANGE.fullmatch(between) is not None
    if not opened and not _TO_CHANGE.fullmatch(between):
        return None
    against = _AGAINST_STATED.fullmatch(text, _points_end(text, second), third.start)
    if against is None:
        return None
    in_parentheses = against.group("paren") is not None
    if in_parentheses and opened:
        return None  # "(tăng … so với năm 2023 (…" nested: not this shape
    if (in_parentheses or opened) and not _CLOSING.match(text, third.end):
        return None
    if not (in_parentheses or opened) and not _CLAUSE_END.match(text, third.end):
        return None
    return way.group("way").lower(), third, first, second


def _values_and_change(text: str, earlier: Quantity, later: Quantity, change: Quantity) -> bool:
    """Two values of one kind and their change in it, or two rates and their change in
    percentage points."""
    if earlier.kind is QuantityKind.PERCENT and later.kind is QuantityKind.PERCENT:
        if change.kind is QuantityKind.PERCENT and change.sign > 0:
            # "giảm từ 4,52% xuống còn 3,21%, giảm 1,31%": percentage points, unless the
            # change is relative to the earlier rate (29 %); when either reading holds, the
            # sentence is not checked under the other
            return not relative_change_holds(earlier, later, change)
        return (
            change.kind is QuantityKind.NUMBER
            and change.sign > 0
            and _POINTS.match(text, change.end) is not None
        )
    from lint.relations.percent_claims import per_period_of

    kinds = _DIFFERENCE_KINDS  # "từ 54,8 tạ/ha lên 56,8 tạ/ha, tăng 2,0 tạ/ha": rates too
    if not (_usable(later, kinds) and _usable(change, kinds) and _same(earlier, later, kinds)):
        return False
    # "từ 360.000 đồng/tháng lên 500.000 đồng/tháng (tăng 140.000 đồng)": a monthly figure and
    # its change in the unit without the period
    return _same(earlier, change, kinds) or per_period_of(earlier, change)


def relative_change_holds(earlier: Quantity, later: Quantity, change: Quantity) -> bool:
    """|earlier − later| ÷ earlier × 100 can be the printed change (rates' relative change)."""
    low, high = earlier.interval, later.interval
    if low.low <= 0:
        return False
    moved = (low - high) if earlier.value >= later.value else (high - low)
    relative = Interval(max(moved.low, Fraction(0)), max(moved.high, Fraction(0))) / low
    return relative.scale(100).intersects(change.interval)


def _points_end(text: str, change: Quantity) -> int:
    """Where a change ends, its "điểm phần trăm" included."""
    points = _POINTS.match(text, change.end)
    return points.end() if points else change.end


# a change of rates in percentage points: "0,7 điểm phần trăm", "0,7 điểm %"
_POINTS = re.compile(rf"\s*{lexicon.PERCENTAGE_POINTS_RE}", re.IGNORECASE)
_COMPARED_AFTER = re.compile(r"\s*so với\b", re.IGNORECASE)
_CHANGE_WORD_BEFORE = re.compile(r"(?P<way>giảm|tăng)\s+(?:được\s+|thêm\s+)?$", re.IGNORECASE)
# between a rate and the word of its change: ", giảm", " tổng số trẻ sinh, giảm"
# (past another comparison of the same rate: "92,68% dân số, vượt 0,18 điểm phần trăm so với
# chỉ tiêu tỉnh giao (92,5%) và tăng 0,94 điểm phần trăm so với năm 2023 (91,74%)")
_TO_CHANGE = re.compile(
    r"[^\d;.()%]{0,60}"
    r"(?:(?:vượt|tăng|giảm|cao hơn|thấp hơn)\s+\d+(?:,\d+)?\s*(?:điểm phần trăm|%)"
    r"\s+so với[^\d;.()%]{0,40}\(\s*\d+(?:,\d+)?\s*%\s*\)\s*(?:,\s*|và\s+|,\s*và\s+))?",
    re.IGNORECASE,
)
# "so với năm 2023 (", "so với cùng kỳ (năm 2023: ", "so với đầu năm (là ", "so với năm 2023
# (năm 2023 đạt ", "so với năm 2023 là ": a period, then the rate in parentheses or after "là"
_AGAINST_STATED = re.compile(
    r"\s*so với\s+(?:cùng kỳ|năm|đầu năm|cuối năm|đầu kỳ|kỳ|quý|tháng|vụ|niên độ)\b"
    r"[^\d;.()%]{0,25}?(?:\d{4}\s*)?"
    r"(?:(?P<paren>\(\s*(?:[^\W\d]+(?![^\W\d])\s*){0,3}(?:\d{4}\s*)?(?::|là|đạt)?)|(?::|là))\s*",
    re.IGNORECASE,
)
# a parenthesis right after a rate, not opening its change: "(tính trên tổng diện tích …)"
_ASIDE = re.compile(r"\s*\((?!\s*(?:tăng|giảm)\b)[^()]*\)", re.IGNORECASE)
# the change opening a parenthesis right after the rate: "68,2% (tăng 2,1 điểm …"
_OPENS_CHANGE = re.compile(r"\s*\(\s*")
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$)")
_FROM_IN_PARENTHESES = re.compile(r"\s*\(\s*từ\s+", re.IGNORECASE)
_CLOSING = re.compile(r"\s*\)")
