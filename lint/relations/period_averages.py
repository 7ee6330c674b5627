"""An average per month (week, quarter) of a total over a period the text names.

Reports of a period give a total and what it comes to per month::

    Lũy kế 8 tháng ước đạt 162.478,5 tỷ đồng; bình quân mỗi tháng đạt 20.309,8 tỷ đồng.
    Tổng kinh phí chi trả trợ cấp năm 2023 là 68.448 triệu đồng, bình quân mỗi tháng 5.704
    triệu đồng.

Read here: a figure after "bình quân / trung bình mỗi tháng" (or "mỗi tuần", "mỗi quý"), and
in its sentence, before it, the one figure of its kind and unit outside parentheses that is
not a change (of several, the one larger than the average: the total).  The number of periods is the one "N tháng" (``6 tháng đầu năm``,
``Lũy kế 8 tháng``; for weeks also "tuần N", up to the end of week N) said before the average
in its paragraph; with none, a year named in the sentence ("năm 2023", "trong năm", "cả năm")
gives 12 months or 4 quarters.  The total is then the periods × the average, rounded or cut to
its last printed digit; read only when the figures agree or one typo-shaped slip of the total
or the average explains them (the period may be another than the words suggest).
"""

from __future__ import annotations

import re

from lint.document import BlockKind, Document
from lint.numbers.quantity import QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.averages import StatedAverage, sentence_figures
from lint.relations.breakdowns import figures_by_block
from lint.relations.evidence import holds_or_one_typo
from lint.relations.marks import depth_at

_PER_PERIOD = re.compile(
    r"\b(?:bình quân|trung bình)\s+(?:mỗi|một|hằng|hàng)\s+(?P<period>tháng|tuần|quý)\b"
    r"[^\d;.:()%]{0,30}?\s*:?\s*$",
    re.IGNORECASE,
)
_YEAR_NAMED = re.compile(r"\bnăm\s+(?:19|20)\d\d\b|\btrong năm\b|\bcả năm\b", re.IGNORECASE)
_IN_A_YEAR = {"tháng": 12, "quý": 4}
_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)


def find_period_averages(document: Document, extraction: Extraction) -> list[StatedAverage]:
    found: list[StatedAverage] = []
    for index, quantities in figures_by_block(extraction).items():
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL or "mỗi" not in block.text:
            continue
        text = block.text
        for position, average in enumerate(quantities):
            if average.kind not in _MEASURES or average.sign <= 0 or average.value <= 0:
                continue
            cue = _PER_PERIOD.search(text, max(0, average.start - 60), average.start)
            if cue is None:
                continue
            period = cue.group("period").lower()
            start, sentence = sentence_figures(text, quantities[:position], average)
            totals = [
                q
                for q in sentence
                if q.kind is average.kind
                and q.unit == average.unit
                and depth_at(text, start, q.start) == 0
            ]
            if len(totals) > 1:  # the one larger than the average (a slip may make it not)
                totals = [q for q in totals if q.value > average.value]
            periods = _periods(text[: cue.start()], text[start : cue.start()], period)
            if len(totals) != 1 or periods is None:
                continue
            reading = StatedAverage(
                totals[0], None, average, periods=periods, period=f"{periods} {period}"
            )
            if _evidenced(reading):
                found.append(reading)
    return found


def _periods(before: str, sentence: str, period: str) -> int | None:
    """How many periods the paragraph before the average names: one "N tháng" (or "tuần N"),
    else a year named in the sentence."""
    counted = {int(m.group(1)) for m in re.finditer(rf"\b(\d{{1,2}})\s+{period}\b", before)}
    if period == "tuần":
        counted |= {int(m.group(1)) for m in re.finditer(r"\btuần\s+(\d{1,2})\b", before)}
    if len(counted) == 1:
        (periods,) = counted
        return periods if periods > 1 else None
    if not counted and period in _IN_A_YEAR and _YEAR_NAMED.search(sentence):
        return _IN_A_YEAR[period]
    return None


def _evidenced(reading: StatedAverage) -> bool:
    """The total is the periods × the average, or one typo-shaped slip makes it so."""
    return holds_or_one_typo(reading.constraint(), (reading.total, reading.average))
