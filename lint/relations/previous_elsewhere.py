"""Last year's value stated elsewhere in the document, as the base of a growth or index.

``Tổng mức bán lẻ hàng hóa đạt 186,4 tỷ đồng, tăng 12,7% so với cùng kỳ`` may have no base
nearby (:mod:`percent_bases` looks in parentheses and the clauses before), while another
part of the report states ``Cùng kỳ năm trước, tổng mức bán lẻ hàng hóa đạt 172,8 tỷ đồng``
or ``Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2024 đạt 172,8 tỷ đồng``.

The figures are matched with the indicator mentions of :mod:`indicators` (the words right
before a figure, folded, fillers dropped), bucketed once by indicator words without period
words and by unit.  A mention is last year's value of the claim's figure when:

* its indicator words are those of the claim's figure (at least two words, periods aside),
  with the same kind and unit, and it is not a target, a change or a plan (no ``tăng``,
  ``giảm``, ``so với``, ``kế hoạch`` … in its clause, no ``%`` right after it);
* its clause says it is last year's (``cùng kỳ``, ``năm trước``) or names one year, the year
  before the one the claim's sentence names;
* it is not in the claim's paragraph or the one before (:mod:`percent_bases` reads those, and
  leaves them unread when unclear), and it is the only such mention in the document.

The result is the claim with its ``base`` (``base_source="elsewhere"``), checked by P105 as
``value ÷ base × 100 = 100 ± X`` (index: ``= X``).  Anything less clear is not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lint import lexicon
from lint.lexicon import fold
from lint.numbers.quantity import Quantity
from lint.relations.indicators import IndicatorMention
from lint.relations.percent_claims import PercentClaim

_PERIOD_WORDS = frozenset(
    [
        *("tháng", "đầu", "cuối", "năm", "quý", "cả", "kỳ", "cùng", "trước", "nay", "này"),
        *("sau", "i", "ii", "iii", "iv", "qua", "vừa", "lũy", "kế", "từ", "đến"),
    ]
)
_WHICH_YEAR = frozenset(["cùng", "kỳ", "trước", "nay", "này", "qua", "vừa", "sau"])
_NOT_A_LEVEL = re.compile(
    rf"\b(?:tăng|giảm|thêm|vượt|so với|chênh lệch|bình quân|{lexicon.PLAN_WORDS_RE}"
    rf"|phấn đấu|dự kiến|trong đó|{lexicon.REMAINDER_WORDS_RE})\b"
)


def _name(mention: IndicatorMention) -> tuple[str, ...]:
    return tuple(word for word in mention.key if word not in _PERIOD_WORDS)


def find_bases_elsewhere(
    claims: list[PercentClaim], mentions: list[IndicatorMention], texts: list[str]
) -> list[PercentClaim]:
    """Growth and index claims against ``cùng kỳ`` / ``năm trước`` that found no base nearby,
    with last year's value stated elsewhere (``texts``: the text of every block)."""
    based = {id(claim.percent) for claim in claims if claim.base is not None or claim.change}
    wanted = [
        claim
        for claim in claims
        if claim.kind in ("growth", "index")
        and claim.comparison in lexicon.PREVIOUS_PERIOD_WORDS
        and claim.base is None
        and claim.change is None
        and id(claim.percent) not in based
    ]
    if not wanted:
        return []
    by_quantity = {id(mention.quantity): mention for mention in mentions}
    buckets: dict[tuple[tuple[str, ...], object, str | None], list[IndicatorMention]] = {}
    for mention in mentions:
        name = _name(mention)
        if len(name) >= 2 and not mention.planned:
            key = (name, mention.quantity.kind, mention.quantity.unit)
            buckets.setdefault(key, []).append(mention)
    found = []
    for claim in wanted:
        mine = by_quantity.get(id(claim.value))
        if mine is None or len(_name(mine)) < 2:
            continue
        sentence = _sentence(texts[claim.value.block], claim.percent)
        candidates = [
            other
            for other in buckets.get((_name(mine), claim.value.kind, claim.value.unit), [])
            if other.quantity is not claim.value
            and not 0 <= claim.value.block - other.quantity.block <= 1  # nearby: percent_bases
            and _periods(other) == _periods(mine)
            and _last_years(other, claim.comparison, sentence)
        ]
        if len(candidates) != 1:
            continue
        base = candidates[0].quantity
        if base.value <= 0 or base.sign < 0:
            continue
        found.append(replace(claim, base=base, change=None, offset=0, base_source="elsewhere"))
    return found


def _periods(mention: IndicatorMention) -> tuple[str, ...]:
    """The period words of a mention's indicator words (``tháng đầu năm``), without those
    that say which year (``cùng kỳ``, ``trước``, ``nay``)."""
    return tuple(w for w in mention.key if w in _PERIOD_WORDS and w not in _WHICH_YEAR)


def _sentence(text: str, percent: Quantity) -> str:
    """The claim's sentence up to its percentage."""
    start = max(text.rfind(". ", 0, percent.start), text.rfind(";", 0, percent.start), -1)
    return text[start + 1 : percent.start]


def _last_years(mention: IndicatorMention, comparison: str, sentence: str) -> bool:
    from lint.relations.percent_bases import _earlier_year

    clause = mention.clause
    if _NOT_A_LEVEL.search(clause) or _NOT_A_LEVEL.search(mention.after):
        return False
    if "%" in mention.after:
        return False
    if comparison in clause:  # "cùng kỳ năm trước, …" / "năm trước …"
        return True
    return _earlier_year(clause, fold(sentence))
