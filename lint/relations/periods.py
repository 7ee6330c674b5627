"""Plan periods stated with their length: ``kế hoạch 5 năm 2021 - 2025``, ``Chiến lược 10 năm
2021-2030``, ``5 năm giai đoạn 2016-2020``, ``đầu tư công trung hạn 5 năm (2021 - 2025)``.

A :class:`PlanPeriod` is a count of years (digits, "05", or words: "năm năm", "mười năm")
followed by "năm" and, with nothing else between but "giai đoạn", "(" or ":", a range of two
four-digit years (1900–2100, the end after the start) that the figure scanner reads as a period.
The count should be the number of calendar years of the range, both ends counted
(2025 − 2021 + 1 = 5).

What is not a plan period, and left alone:

- a count the scanner does not read as a period before "năm" (a label, "lớp 12 năm …"; a
  decimal or grouped figure, "2,5 năm", "1.000 năm"), or one that ends a range of counts ("3-5
  năm", "từ 3 đến 5 năm");
- an approximate count or a bound (``lexicon.APPROXIMATION_WORDS``: "hơn 5 năm", "trên 10 năm",
  "gần 5 năm", "chưa đầy 1 năm"), or a change ("tăng 2 năm", ``lexicon.GROWTH_VERBS``; "thêm",
  "vượt", "kéo dài", "rút ngắn", "chậm"): years gained or lost over the period, not its length;
- a count that is the years elapsed between the two ends (2020 − 2010 = 10) after a word of
  elapsed time (``lexicon.ELAPSED_WORDS``: "sau 10 năm (2010 - 2020)", "tròn 5 năm"), or where
  no plan is named in the sentence (``lexicon.PLAN_PERIOD_WORDS``: "kế hoạch", "chiến lược",
  "giai đoạn" …): a term of office or a course ("khóa học 2 năm (2023 - 2025)") runs from one
  date to the same date years later, and only a plan is sure to count both ends;
- an anniversary (``lexicon.ANNIVERSARY_WORDS`` earlier in the sentence: "Kỷ niệm 50 năm (1975 -
  2025)" counts the years between the two dates, not the calendar years);
- a count with other words before the range ("sau 5 năm thực hiện Kế hoạch 2016-2020").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.document import Document
from lint.numbers.quantity import NonQuantity
from lint.numbers.scan import Extraction
from lint.numbers.words import parse_words

# What may stand between "năm" and the range (folded, cue text): "giai đoạn", "(", ":".
_BETWEEN = r"\s+năm\s*(?:[(:]\s*)?(?:giai đoạn\s*(?:[(:]\s*)?)?"
_NUMBER_WORD = r"(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|lăm|tư)"
_COUNT_BEFORE = re.compile(
    rf"(?:(?<![\w.,/-])(?P<digits>\d{{1,3}})|(?<!\w)(?P<words>{_NUMBER_WORD}(?:\s+{_NUMBER_WORD})*))"
    rf"{_BETWEEN}$"
)
_RANGE = re.compile(r"(?P<start>\d{4})\s*-\s*(?P<end>\d{4})")
# Before the count: an approximation, the end of a range of counts ("từ 3 đến 5 năm", "3 - 5")
# or, for words, an ordinal or a name ("thứ năm", "tháng năm").
_NOT_EXACT = re.compile(
    rf"(?<!\w)(?:{lexicon.APPROXIMATION_WORDS_RE}|{lexicon.GROWTH_VERBS_RE}|thêm|vượt|chênh lệch"
    r"|kéo dài|rút ngắn|chậm|đến|tới|từ|hoặc)\s*$|[-–/]\s*$"
)
_ELAPSED = re.compile(rf"(?<!\w)(?:{lexicon.ELAPSED_WORDS_RE})\s*$")
_WORDS_LABEL = re.compile(r"(?<!\w)(?:thứ|tháng|lớp|khóa|quý|số|ngày)\s*$")
_PLAN = re.compile(rf"(?<!\w)(?:{lexicon.PLAN_PERIOD_WORDS_RE})(?!\w)")
_ANNIVERSARY = re.compile(rf"(?<!\w)(?:{lexicon.ANNIVERSARY_WORDS_RE})(?!\w)")
_SENTENCE_END = re.compile(r"[.;!?]\s")
_REACH = 60  # characters before the range where its count may be


@dataclass(frozen=True)
class PlanPeriod:
    """A count of years and the period it names, in one block's analysis text."""

    block: int
    count: int
    count_text: str  # as printed ("5", "05", "năm")
    count_start: int
    count_end: int
    first: int  # the years of the range
    last: int
    range_text: str  # as printed ("2021 - 2025")
    range_start: int
    range_end: int

    @property
    def years(self) -> int:
        """The calendar years of the range, both ends counted."""
        return self.last - self.first + 1

    @property
    def agrees(self) -> bool:
        return self.count == self.years

    @property
    def ranges_of_count(self) -> tuple[str, str]:
        """The two ranges of ``count`` years keeping one end: from the start, to the end."""
        return (
            f"{self.first}-{self.first + self.count - 1}",
            f"{self.last - self.count + 1}-{self.last}",
        )


def find_plan_periods(document: Document, extraction: Extraction) -> list[PlanPeriod]:
    """Every count of years directly followed by the period it spans (agreeing or not)."""
    by_block: dict[int, list[NonQuantity]] = {}
    for item in extraction.non_quantities:
        if item.kind == "period":
            by_block.setdefault(item.block, []).append(item)
    found = []
    for index, periods in by_block.items():
        text = lexicon.cue_text(document.blocks[index].text)
        counts = {(item.start, item.text) for item in periods}
        for item in periods:
            period = _period(index, text, item, counts)
            if period is not None:
                found.append(period)
    return found


def _period(
    block: int, text: str, item: NonQuantity, counts: set[tuple[int, str]]
) -> PlanPeriod | None:
    years = _RANGE.fullmatch(item.text)
    if years is None:
        return None
    first, last = int(years.group("start")), int(years.group("end"))
    if not (1900 <= first < last <= 2100):
        return None
    reach = max(0, item.start - _REACH)
    before = lexicon.fold(text[reach : item.start])
    match = _COUNT_BEFORE.search(before)
    if match is None:
        return None
    start, end = reach + match.start(), reach + match.end(match.lastgroup or "digits")
    if match.group("digits") is not None:
        count_text = match.group("digits")
        if (start, count_text) not in counts:  # a label, part of a larger figure …
            return None
        count = int(count_text)
    else:
        count_text = text[start:end]
        words = parse_words(count_text)
        if words is None or words.end != len(count_text) or words.scaled:
            return None
        count = words.value
        if _WORDS_LABEL.search(lexicon.fold(text[max(0, start - 8) : start])):
            return None
    before_count = lexicon.fold(text[max(0, start - 200) : start])
    if count < 1 or not _exact(before_count):
        return None
    if count == last - first and (
        _ELAPSED.search(before_count)
        or not _PLAN.search(_sentence(before_count) + lexicon.fold(text[end : item.start]))
    ):
        return None  # "sau 10 năm (2010 - 2020)", "khóa học 2 năm (2023 - 2025)": elapsed years
    return PlanPeriod(
        block, count, count_text, start, end, first, last, item.text, item.start, item.end
    )


def _exact(before: str) -> bool:
    """No approximation right before the count, and no anniversary earlier in its sentence."""
    if _NOT_EXACT.search(before):
        return False
    return _ANNIVERSARY.search(_sentence(before)) is None


def _sentence(before: str) -> str:
    """The part of ``before`` after its last sentence end."""
    sentence = before
    for mark in _SENTENCE_END.finditer(before):
        sentence = before[mark.end() :]
    return sentence
