"""Percentages whose base is stated nearby: the plan, or last year's value.

:mod:`lint.relations.percentages` reads ``đạt X% dự toán`` and ``tăng X% so với cùng kỳ``
without the base they are taken of; reports usually state that base close by:

* in parentheses after the comparison: ``đạt 62,5% dự toán huyện giao (dự toán năm 4.800
  triệu đồng)``, ``so với dự toán (4.800 triệu đồng)``, ``tăng 12,7% so với cùng kỳ (6 tháng
  đầu năm 2024 đạt 172,8 tỷ đồng)``;
* in an earlier clause or sentence of the paragraph, or in the paragraph before: ``Dự toán
  năm 4.800 triệu đồng. Thu ngân sách ước đạt 3.245 triệu đồng, đạt 62,5% dự toán``,
  ``Cùng kỳ năm trước đạt 172,8 tỷ đồng``.

A base is taken only when it is the one figure of the subject's kind and unit that such a
place offers, when its clause names the same plan noun (``kế hoạch``, ``dự toán``, ``chỉ
tiêu``, ``mục tiêu``) or the same period (``cùng kỳ``, ``năm trước``, or the year before the
one the subject's sentence names, after the same period words), and when every other word of
its clause is a word of periods and issuers (``năm``, ``giao``, ``huyện`` …) or occurs in the
subject's sentence: ``Dự toán chi 5.000 triệu đồng`` is not the base of ``thu … đạt 62,5%
dự toán``.  Anything less clear is not read.

Also read here, each as a claim with its base: ``gấp N lần cùng kỳ`` (kind ``times``, value
÷ base = N), ``tăng từ A lên B, tăng X%`` / ``giảm từ A xuống còn B (giảm X%)`` and with the
rate first, ``tăng X%, từ A lên B`` (a growth of B over A), a done/total pair written with both units (``120 ha/150 ha, đạt 80%``), and the
shares of ``-`` items under ``Trong đó:`` (``Hộ nghèo 1.000 hộ, chiếm 33,3%``).
:func:`forced_shares` gives the slack of shares forced to total 100 (largest remainder).

The claims produced are the existing kinds: ``ratio`` (``base_source="plan"``; ``vượt X% kế
hoạch`` and ``vượt kế hoạch X%`` with ``offset=100``), and ``growth`` / ``index`` with a
``base`` (``base_source="previous"``), checked as ``value ÷ base × 100 = 100 ± X`` or ``= X``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from lint import lexicon
from lint.arithmetic import Expr
from lint.document import Block, BlockKind, Document
from lint.numbers.format import round_half_up
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.marks import closes_before
from lint.relations.percent_claims import PercentClaim, per_period_of
from lint.relations.percentages import value_said_aside
from lint.relations.share_groups import ratios_by_base

_PLAN_NOUNS = lexicon.PLAN_WORDS
_PLAN_NOUN = re.compile(rf"\b({lexicon.PLAN_WORDS_RE})\b", re.IGNORECASE)
_EXCEED_LEAD = re.compile(
    rf"vượt(?:\s+({lexicon.PLAN_WORDS_RE})(?:\s+[^\W\d]+){{0,2}})?\s*$", re.IGNORECASE
)
_EXCEED_PLAN_AFTER = re.compile(rf"^\s*(?:so với\s+)?({lexicon.PLAN_WORDS_RE})\b", re.IGNORECASE)
_PREVIOUS_WORDS = re.compile(rf"\b(?:{lexicon.PREVIOUS_PERIOD_WORDS_RE})\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ])|;")
_FULL_STOP = lexicon.FULL_STOP
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/]|[.,]\d)")
# Words of periods, places and issuers that do not change which indicator a base is for.
_NEUTRAL_WORDS = """năm tháng quý đầu cuối cả kỳ cùng trước giao được đạt là có ước huyện tỉnh
    thành phố xã thị trấn phường hđnd ubnd đề ra điều chỉnh ban hành theo của so với thực hiện
    số kế hoạch dự toán chỉ tiêu mục nhà nước trung ương địa phương i ii iii iv đồng triệu tỷ
    nghìn đến nay toàn hiện đã tính lũy kế từ trên địa bàn tổng còn chỉ mới khoảng gần hơn
    kết quả phê duyệt ngày thời điểm quy mô"""
_NEUTRAL = frozenset(_NEUTRAL_WORDS.split())
# the periods last year's value is the base of: "cùng kỳ", "năm trước", …, "đầu năm" (a tuple
# made once: mypyc compiles no starred tuple inside an "in" test)
_PREVIOUS_OR_YEAR_START = lexicon.PREVIOUS_PERIOD_WORDS + lexicon.YEAR_START_WORDS
_PERIOD_NUMBERS = re.compile(r"(?<![\d/.,])(?:(?:19|20)\d\d|\d{1,2}(?=\s+tháng\b))(?![\d/.,])")
# a quarter, month or day with its year: "quý I/2023", "6/2023", "31/12/2023" (the year in 1)
_DATED = re.compile(
    r"(?<![\d.,/])(?:[IV]{1,3}|\d{1,2})\s*/\s*(?:\d{1,2}\s*/\s*)?((?:19|20)\d\d)(?![\d/.,])"
)
_MEASURES = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE)


@dataclass(frozen=True, eq=False)
class Tolerance(Expr):
    """``[−width, +width]``: the slack a forced-rounded share is allowed."""

    width: Fraction

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        return Interval(-self.width, self.width)

    def figure_keys(self) -> Iterator[Hashable]:
        return iter(())

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        return None


def find_base_claims(
    document: Document, by_block: dict[int, list[Quantity]], claims: list[PercentClaim]
) -> list[PercentClaim]:
    """Claims with their base read from nearby text (see the module docstring)."""
    blocks = document.blocks
    found: list[PercentClaim] = []
    for claim in claims:
        if claim.base is not None:
            continue
        if claim.change is not None:
            if claim.kind not in ("growth", "index"):
                continue
            # "V, tăng X% so với cùng kỳ (B), tương ứng tăng N": the change is checked on its
            # own claim; the value against last period's too
            claim = replace(claim, change=None)
        if claim.kind not in ("plan", "growth", "index"):
            continue
        # "năng suất 58,5 tạ/ha, tăng 2,1% so với cùng kỳ (57,3 tạ/ha)": a rate grows too
        if claim.value.kind not in _MEASURES and not (
            claim.kind != "plan" and claim.value.kind is QuantityKind.RATE
        ):
            continue
        block = blocks[claim.percent.block]
        quantities = by_block.get(block.index, [])
        if claim.kind == "plan":
            noun = claim.comparison if claim.comparison != "kh" else "kế hoạch"
            base = _plan_base(blocks, by_block, block, quantities, claim, noun)
            if base is None:
                # "cấp 2.356 giấy với diện tích 312,8 ha, đạt 117,8% kế hoạch (2.000 giấy)":
                # the figure the area is said with is what the plan counts
                owner = _attribute_owner(block.text, quantities, claim.value)
                if owner is not None:
                    claim = replace(claim, value=owner)
                    base = _plan_base(blocks, by_block, block, quantities, claim, noun)
            if base is not None:
                found.append(
                    PercentClaim(
                        "ratio",
                        claim.percent,
                        claim.value,
                        base,
                        comparison=noun,
                        base_source="plan",
                    )
                )
        elif claim.comparison in _PREVIOUS_OR_YEAR_START or _NAMED_YEAR.fullmatch(claim.comparison):
            base = _previous_base(blocks, by_block, block, quantities, claim)
            if base is not None:
                found.append(
                    PercentClaim(
                        claim.kind,
                        claim.percent,
                        claim.value,
                        base,
                        None,
                        claim.direction,
                        claim.comparison,
                        base_source="previous",
                    )
                )
    claimed = {id(claim.percent) for claim in claims if claim.kind == "ratio"}
    planned = {
        (claim.value.block, claim.value.start): claim.base
        for claim in found
        if claim.base_source == "plan" and claim.base is not None
    }
    found.extend(_exceeded(document, by_block, planned))
    found.extend(_times(document, by_block))
    from lint.relations.multiples import find_multiples

    found.extend(find_multiples(document, by_block))
    found.extend(_from_to_rates(document, by_block))
    found.extend(_slashed(document, by_block, claimed))
    found.extend(_listed_shares(document, by_block, claimed))
    from lint.relations.share_lists import find_listed_shares

    claimed.update(id(claim.percent) for claim in found if claim.kind == "ratio")
    found.extend(find_listed_shares(document, by_block, claimed))
    from lint.relations.completion_rates import find_completion_rates

    claimed.update(id(claim.percent) for claim in found if claim.kind == "ratio")
    claimed.update(id(claim.percent) for claim in claims if claim.base is not None)
    found.extend(find_completion_rates(document, by_block, claimed))
    from lint.relations.named_growths import find_named_growths

    claimed.update(id(claim.percent) for claim in (*claims, *found) if claim.base is not None)
    found.extend(find_named_growths(document, by_block, claimed))
    from lint.relations.agreed_wholes import find_agreed_wholes

    # any reading of a percentage (a plan's, a growth's, even without its base) keeps it
    claimed.update(id(claim.percent) for claim in (*claims, *found))
    found.extend(find_agreed_wholes(document, by_block, claimed))
    return found


_ITEM_SHARE = re.compile(
    rf"\s*,?\s*(?:{lexicon.SHARE_VERBS_RE}|{lexicon.RATE_NOUNS_RE})(?:\s+(?:{lexicon.RATE_NOUNS_RE}))?(?:\s+là)?\s*:?\s*$"
)
_HOLDER_MARKER = re.compile(
    rf"(?:^|[\s,.])(trong đó|{lexicon.EXHAUSTIVE_MARKERS_RE})\s*:\s*$", re.IGNORECASE
)


def _listed_shares(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> Iterator[PercentClaim]:
    """``Trong đó:`` above ``-`` items ``Hộ nghèo 1.000 hộ, chiếm 33,3%``: shares of the total
    the marker splits (as :mod:`breakdowns` reads it)."""
    from lint.relations.breakdowns import total_before

    blocks = document.blocks
    for block in blocks:
        if block.kind is not BlockKind.LIST_ITEM:
            continue
        quantities = by_block.get(block.index, [])
        if len(quantities) < 2:
            continue
        value, percent = quantities[0], quantities[1]
        if percent.kind is not QuantityKind.PERCENT or id(percent) in claimed:
            continue
        if value.kind not in _MEASURES or not _ITEM_SHARE.fullmatch(
            block.text[value.end : percent.start]
        ):
            continue
        if not re.fullmatch(r"\s*[;.,]?\s*", block.text[percent.end :]):
            continue
        holder_index = block.index - 1
        while holder_index >= 0 and blocks[holder_index].kind is BlockKind.LIST_ITEM:
            if blocks[holder_index].label != block.label:
                break
            holder_index -= 1
        if holder_index < 1 or blocks[holder_index].kind is BlockKind.LIST_ITEM:
            continue
        holder = blocks[holder_index]
        marker = _HOLDER_MARKER.search(holder.text)
        if marker is None:
            continue
        if not holder.text[: marker.start(1)].strip():
            holder = blocks[holder_index - 1]
            position = len(holder.text)
            if holder.kind is BlockKind.TABLE_CELL:
                continue
        else:
            position = marker.start(1)
        total = total_before(by_block.get(holder.index, []), holder, position, value)
        if total is not None:
            yield PercentClaim("ratio", percent, value, total, base_source="trong đó")


def _exceeded(
    document: Document,
    by_block: dict[int, list[Quantity]],
    planned: dict[tuple[int, int], Quantity],
) -> Iterator[PercentClaim]:
    """``A …, vượt X% kế hoạch`` / ``vượt kế hoạch X%`` with the plan stated nearby, or the
    plan already found for A's share of it (``planned``: by A's position)."""
    blocks = document.blocks
    for block in blocks:
        if block.kind is BlockKind.TABLE_CELL or "vượt" not in block.text.lower():
            continue
        quantities = by_block.get(block.index, [])
        for index, percent in enumerate(quantities):
            if percent.kind is not QuantityKind.PERCENT or percent.sign < 0:
                continue
            text = block.text
            lead = _EXCEED_LEAD.search(text, max(0, percent.start - 40), percent.start)
            if lead is None:
                continue
            noun = lead.group(1)
            after = _EXCEED_PLAN_AFTER.match(text[percent.end :]) if noun is None else None
            noun = (noun or (after.group(1) if after else "")).lower()
            if not noun:
                continue
            subject = _subject_before(text, quantities[:index], lead.start())
            if subject is None:
                continue
            claim = PercentClaim("plan", percent, subject, comparison=noun)
            base = _plan_base(blocks, by_block, block, quantities, claim, noun)
            base = base or planned.get((subject.block, subject.start))
            if base is not None:
                yield PercentClaim(
                    "ratio",
                    percent,
                    subject,
                    base,
                    comparison=noun,
                    base_source="plan",
                    offset=100,
                )


_TIMES_LEAD = re.compile(r"(?:gấp|bằng)\s*$", re.IGNORECASE)
_TIMES_AFTER = re.compile(
    rf"\s*(?:so với\s+)?({lexicon.PREVIOUS_PERIOD_WORDS_RE})\b", re.IGNORECASE
)


def _times(document: Document, by_block: dict[int, list[Quantity]]) -> Iterator[PercentClaim]:
    """``A …, gấp N lần cùng kỳ`` with last year's value stated nearby: A = N × B."""
    blocks = document.blocks
    for block in blocks:
        if block.kind is BlockKind.TABLE_CELL or " lần" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        for index, times in enumerate(quantities):
            if times.kind is not QuantityKind.COUNT or times.unit != "lần" or times.value <= 0:
                continue
            text = block.text
            lead = _TIMES_LEAD.search(text, max(0, times.start - 12), times.start)
            after = _TIMES_AFTER.match(text, times.end)
            if lead is None or after is None:
                continue
            subject = _subject_before(text, quantities[:index], lead.start())
            if subject is None:
                continue
            claim = PercentClaim("times", times, subject, comparison=after.group(1).lower())
            base = _previous_base(blocks, by_block, block, quantities, claim)
            if base is not None:
                yield PercentClaim(
                    "times",
                    times,
                    subject,
                    base,
                    comparison=claim.comparison,
                    base_source="previous",
                )


# "tăng từ", "giảm từ"; "điều chỉnh từ", "nâng từ" say the way in their rate ("(tăng 35,72%)")
_FROM = re.compile(rf"({lexicon.GROWTH_VERBS_RE}|điều chỉnh|nâng)\s+từ\s*$", re.IGNORECASE)
_TO = {
    "tăng": re.compile(r"\s*lên\s*(?:mức\s+)?$", re.IGNORECASE),
    "giảm": re.compile(r"\s*xuống\s*(?:còn\s+|mức\s+)?$", re.IGNORECASE),
}
_RATE_AFTER = re.compile(
    r"(?:\s+(?:kể\s+)?từ\s+(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4})?"  # "kể từ ngày 01/7/2024"
    rf"\s*[,(]\s*(?:tương đương\s+|tức là\s+|tức\s+)?(?:(?:{lexicon.RATE_NOUNS_RE})\s+)?({lexicon.GROWTH_VERBS_RE})\s*"
    r"(?:tương ứng\s+)?$",
    re.IGNORECASE,
)


def _from_to_rates(
    document: Document, by_block: dict[int, list[Quantity]]
) -> Iterator[PercentClaim]:
    """``tăng từ A lên B, tăng X%`` / ``giảm từ A xuống (còn) B (giảm X%)``: B ÷ A = 1 ± X%."""
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or " từ " not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        text = block.text
        for index in range(len(quantities) - 2):
            first, second, percent = quantities[index : index + 3]
            if not _values_and_rate(first, second, percent):
                continue
            way = _FROM.search(text, max(0, first.start - 16), first.start)
            if way is None:
                continue
            word = way.group(1).lower()
            rate = _RATE_AFTER.match(text[second.end : percent.start])
            if rate is None:
                continue
            if word not in _TO:  # "điều chỉnh từ A lên B (tăng X%)": the way its rate says
                word = rate.group(1).lower()
            if not _TO[word].fullmatch(text[first.end : second.start]):
                continue
            if rate.group(1).lower() != word or ("signed" in percent.flags and percent.sign < 0):
                continue
            if re.match(r"\s*so với\b", text[percent.end :]):
                continue  # "…, tăng 1,5% so với cùng kỳ": against another base
            yield _growth_from(first, second, percent, word)
        yield from _rate_then_from_to(text, quantities)


def _values_and_rate(first: Quantity, second: Quantity, percent: Quantity) -> bool:
    """Two values of one measure, the first a positive base, and a percentage."""
    return (
        percent.kind is QuantityKind.PERCENT
        and _same_measure(first, second)
        and first.kind in _MEASURES
        and first.sign >= 0
        and first.value > 0
    )


def _growth_from(first: Quantity, second: Quantity, percent: Quantity, word: str) -> PercentClaim:
    """``percent`` as the growth (``word``: tăng / giảm) of ``second`` over ``first``."""
    direction = 1 if word == "tăng" else -1
    return PercentClaim(
        "growth", percent, second, first, None, direction, "từ", base_source="previous"
    )


# "tăng 25%, từ 1.200 ha lên 1.500 ha": the rate first, then the two values
_RATE_LEAD = re.compile(rf"({lexicon.GROWTH_VERBS_RE})\s*$", re.IGNORECASE)
_RATE_THEN_FROM = re.compile(r"\s*[,(]?\s*(?:tức là\s+|tức\s+)?từ\s*", re.IGNORECASE)


def _rate_then_from_to(text: str, quantities: list[Quantity]) -> Iterator[PercentClaim]:
    """``tăng X%, từ A lên B`` / ``giảm X%, từ A xuống (còn) B``: B ÷ A = 1 ± X%."""
    for index in range(len(quantities) - 2):
        percent, first, second = quantities[index : index + 3]
        if not _values_and_rate(first, second, percent):
            continue
        lead = _RATE_LEAD.search(text, max(0, percent.start - 8), percent.start)
        if lead is None or "signed" in percent.flags:
            continue
        word = lead.group(1).lower()
        if not _RATE_THEN_FROM.fullmatch(text[percent.end : first.start]):
            continue
        if not _TO[word].fullmatch(text[first.end : second.start]):
            continue
        yield _growth_from(first, second, percent, word)


_SLASH = re.compile(r"\s*(?:[^\W\d]+(?![^\W\d])\s*){0,2}/\s*")  # "86 hộ/100 hộ"
_SLASH_LEAD = re.compile(
    rf"^\s*(?:[^\W\d]+(?![^\W\d])\s*){{0,3}},?\s*(?:{lexicon.RATIO_VERBS_RE}|{lexicon.RATE_NOUNS_RE})(?:\s+tỷ lệ)?(?:\s+là)?\s*:?\s*$"
)


def _slashed(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> Iterator[PercentClaim]:
    """``120 ha/150 ha, đạt 80%``: a done/total pair written with the unit on both sides."""
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "/" not in block.text:
            continue
        quantities = by_block.get(block.index, [])
        text = block.text
        for index in range(2, len(quantities)):
            done, total, percent = quantities[index - 2 : index + 1]
            if percent.kind is not QuantityKind.PERCENT or id(percent) in claimed:
                continue
            if done.kind not in _MEASURES or not _same_measure(done, total):
                continue
            if not _SLASH.fullmatch(text[done.end : total.start]) or done.sign < 0:
                continue
            if _SLASH_LEAD.match(text[total.end : percent.start]):
                yield PercentClaim("ratio", percent, done, total, base_source="pair")


def _subject_before(text: str, earlier: list[Quantity], position: int) -> Quantity | None:
    """The figure right before ``vượt`` in its clause, separated by words and a comma only, or
    by the share of the plan it already stated and the plan in parentheses ("356 ha, đạt
    118,7% kế hoạch (kế hoạch 300 ha), vượt 18,7% kế hoạch")."""
    earlier = [
        q
        for q in earlier
        if q.kind is not QuantityKind.PERCENT and not closes_before(text, q.end, position)
    ]
    if not earlier:
        return None
    subject = earlier[-1]
    between = _ASIDES.sub(" ", text[subject.end : position])
    if subject.kind not in _MEASURES or not re.fullmatch(
        r"[\s,]*(?:[^\W\d]+(?![^\W\d])[\s,]*){0,3}", between
    ):
        return None
    if re.search(
        r"\b(?:tăng|giảm|thêm|vượt)\W*$", text[max(0, subject.start - 12) : subject.start]
    ):
        return None
    return subject


# what may stand between a result and its "vượt X%": the plan in parentheses, "đạt 118,7% kế
# hoạch"
_ASIDES = re.compile(r"\([^()]*\)|(?:đạt|bằng)\s+\d+(?:,\d+)?\s*%(?:\s+[^\W\d,;()]+){0,3}")


def _same_measure(a: Quantity, b: Quantity) -> bool:
    return a.kind is b.kind and a.unit == b.unit and b.sign > 0 and b.value > 0


def _people_both(a: Quantity, b: Quantity) -> bool:
    """Counts of people both, one of them as "người" ("317 công chức" and "272 người")."""
    from lint.relations.percent_claims import both_people

    return "người" in (a.unit, b.unit) and both_people(a, b) and b.sign > 0 and b.value > 0


def _said_aside(text: str, quantities: list[Quantity], claim: PercentClaim) -> Quantity | None:
    """The base said aside between the value and its percentage: "412 người, giảm 36 người so
    với thời điểm 31/12/2023 (448 người), bằng …" (:func:`value_said_aside`)."""
    value, percent = claim.value, claim.percent
    between = [q for q in quantities if value.end <= q.start and q.end <= percent.start]
    return value_said_aside(text, between, value)


def _sentence_of(text: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _SENTENCE_BREAK.finditer(text, 0, position):
        start = match.end()
    end_match = _SENTENCE_BREAK.search(text, position)
    return start, (end_match.start() if end_match else len(text))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _same_named(base_clause: str, subject_sentence: str, subject_words: str) -> bool:
    """For a base in another sentence: a clause that names something (``Dự toán thu ngân
    sách …``) must name all the subject does (``Thu ngân sách từ thuế`` is another one)."""
    if not _same_indicator(base_clause, subject_sentence):
        return False
    named = {word for word in _words(base_clause) if word not in _NEUTRAL}
    named |= _abbreviations(base_clause, subject_sentence)[1]
    if not named:
        return True  # "Dự toán năm 4.800 triệu đồng.": about what the next sentence names
    return all(word in named or word in _NEUTRAL for word in _words(subject_words))


_CHANGE_WORDS = re.compile(
    rf"\b(?:{lexicon.GROWTH_VERBS_RE}|thêm|vượt|hơn|chênh lệch|bình quân|mỗi|{lexicon.REMAINDER_WORDS_RE}|trong đó)\b",
    re.IGNORECASE,
)


def _same_indicator(base_clause: str, subject_sentence: str) -> bool:
    """Every word of the base's clause is neutral or occurs in the subject's sentence, and
    none says the figure is a change or a part (``tăng 21 tỷ đồng``, ``trong đó …``)."""
    if _CHANGE_WORDS.search(base_clause):
        return False
    known = set(_words(subject_sentence)) | _abbreviations(base_clause, subject_sentence)[0]
    return all(word in _NEUTRAL or word in known for word in _words(base_clause))


# an abbreviation defined in parentheses after the words it stands for: "quy trình canh tác
# lúa cải tiến (SRI)"
_DEFINED = re.compile(r"\(\s*([A-ZĐ]{2,8})\s*\)")


def _abbreviations(base_clause: str, subject_sentence: str) -> tuple[set[str], set[str]]:
    """The words an abbreviation defined in the base's clause stands for, when the subject's
    sentence uses it ("… lúa cải tiến (SRI) toàn huyện là 1.600 ha" and "diện tích áp dụng SRI
    đạt 1.850 ha"), and the abbreviations themselves."""
    words: set[str] = set()
    names: set[str] = set()
    for match in _DEFINED.finditer(base_clause):
        abbreviation = match.group(1)
        if not re.search(rf"\b{abbreviation}\b", subject_sentence):
            continue
        words.update(_words(base_clause[: match.start()])[-8:])
        words.add(abbreviation.lower())
        names.add(abbreviation.lower())
    return words, names


def _plan_base(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    block: Block,
    quantities: list[Quantity],
    claim: PercentClaim,
    noun: str,
) -> Quantity | None:
    text = block.text
    sentence_start, sentence_end = _sentence_of(text, claim.percent.start)
    subject_sentence = text[sentence_start : claim.percent.start]
    subject_words = text[sentence_start : claim.value.start]
    inside = _parenthesised(text, quantities, claim, sentence_end) or _stated_after(
        text, quantities, claim, sentence_end
    )
    if inside is not None:
        base, clause = inside
        nouns = {m.group(1).lower() for m in _PLAN_NOUN.finditer(clause)}
        if nouns <= {noun} and _same_indicator(clause, subject_sentence):
            return base
        return None
    aside = _said_aside(text, quantities, claim)
    if aside is not None:
        return aside
    following = _following_clause(text, quantities, claim, sentence_end)
    if following is not None:
        base, before, clause = following
        nouns = {m.group(1).lower() for m in _PLAN_NOUN.finditer(clause)}
        if (
            nouns == {noun}
            and _PLAN_NOUN.match(before)
            and _same_indicator(clause, subject_sentence)
        ):
            return base
        return None
    if _PLAN_NOUN.search(_EXCEED_LEAD.sub("", text[claim.value.end : claim.percent.start])):
        return None  # "đạt 62,5% … dự toán" after another plan figure: not read
    opening = _opening_clause(text, quantities, claim, sentence_start, noun)
    if opening is not None:
        return opening

    def accept(holder: Block, start: int, end: int, quantity: Quantity) -> bool:
        if not _same_measure(claim.value, quantity):
            return False
        clause = holder.text[start:end]
        before = holder.text[start : quantity.start]
        nouns = {m.group(1).lower() for m in _PLAN_NOUN.finditer(clause)}
        if not _same_plan(nouns, noun) or not _PLAN_NOUN.search(before):
            return False
        rest = before + " " + holder.text[quantity.end : end]
        if "%" in clause or _CHANGE_WORDS.search(clause):
            return False
        # "Chỉ tiêu … được duyệt là 312,50 ha; kết quả thực hiện 198,75 ha, đạt 63,60% kế
        # hoạch": a subject naming nothing is the one the plan's clause names
        return unnamed or _same_named(rest, subject_sentence, subject_words)

    unnamed = all(
        word in _NEUTRAL for word in _words(subject_sentence.replace(claim.value.text, " "))
    )
    return _nearest(blocks, block, sentence_start, by_block, accept) or _assigned(
        text, quantities, claim, noun, sentence_start
    )


# what a plan assigns: "được giao 48.620 triệu đồng", "tỉnh giao 1.850 trẻ"
_ASSIGNED = re.compile(r"\bgiao(?:\s+[^\W\d]+){0,3}?\s*(?:là|:)?\s*$", re.IGNORECASE)


def _assigned(
    text: str, quantities: list[Quantity], claim: PercentClaim, noun: str, sentence_start: int
) -> Quantity | None:
    """``Vốn … được giao 48.620 triệu đồng, …. Đến nay đã giải ngân 44.364 triệu đồng, đạt
    91,2% kế hoạch vốn``: the figure assigned in an earlier sentence of the paragraph, of the
    rate's measure and naming no other plan, that the rate is of or one typo-shaped slip away
    from, the only one."""
    from lint.relations.evidence import ratio_or_one_typo

    candidates = []
    for q in quantities:
        if q.end > sentence_start or not _same_measure(claim.value, q):
            continue
        assigned = _ASSIGNED.search(text, max(0, q.start - 40), q.start)
        if assigned is None or q.value <= claim.value.value:
            continue
        start = _sentence_of(text, q.start)[0]
        nouns = {m.group(1).lower() for m in _PLAN_NOUN.finditer(text, start, q.start)}
        if nouns <= {noun}:
            candidates.append(q)
    agreed = [
        q for q in candidates if ratio_or_one_typo(claim.value, q, claim.percent, min_digits=3)
    ]
    return agreed[0] if len(agreed) == 1 else None


_CLAUSE_COMMA = re.compile(r"[,:](?!\d)")
# a plan and its targets are one base: "Chỉ tiêu trồng mới 5.000 ha: …, đạt 77% kế hoạch"
_TARGETS_OF_A_PLAN = frozenset({"kế hoạch", "chỉ tiêu", "mục tiêu"})


def _same_plan(nouns: set[str], noun: str) -> bool:
    """The plan nouns of a base's clause name the plan the claim is a share of: the same noun,
    or a target of the plan for its "kế hoạch" ("Chỉ tiêu … được duyệt là 312,50 ha; … đạt
    63,60% kế hoạch")."""
    return nouns == {noun} or (len(nouns) == 1 and nouns | {noun} <= _TARGETS_OF_A_PLAN)


def _opening_clause(
    text: str, quantities: list[Quantity], claim: PercentClaim, sentence_start: int, noun: str
) -> Quantity | None:
    """``Kế hoạch năm B, đã thực hiện A, đạt X% kế hoạch``, ``Chỉ tiêu trồng mới B: đến nay đã
    thực hiện A, đạt X% kế hoạch``: the one figure of the clause that opens the subject's
    sentence with the same plan noun (a plan and its targets are one), no other figure of the subject's
    measure standing between that clause and the subject."""
    comma = _CLAUSE_COMMA.search(text, sentence_start, claim.value.start)
    if comma is None:
        return None
    clause = text[sentence_start : comma.start()]
    lead = _PLAN_NOUN.match(clause.lstrip(" -+*:"))
    if lead is None or "%" in clause:
        return None
    if not _same_plan({lead.group(1).lower()}, noun):
        return None
    inside = [q for q in quantities if sentence_start <= q.start and q.end <= comma.start()]
    if len(inside) != 1 or not _same_measure(claim.value, inside[0]):
        return None
    if any(
        comma.end() <= q.start and q.end <= claim.value.start and _same_measure(claim.value, q)
        for q in quantities
    ):
        return None
    if _CHANGE_WORDS.search(clause):
        return None
    return inside[0]


# from the percentage to the parenthesis of its base: " so với cùng kỳ năm 2023 (", " so với
# thời điểm 31/12/2023 ("
# after the comparison ("…) so với đầu năm (" when the rate is an aside), up to the parenthesis
_OPENING = re.compile(
    r"(?:\s*\))?[^\d().;,%]{0,50}?"
    rf"(?:(?:{lexicon.NAMED_YEAR_RE})\s*|năm\s+\d{{4}}\s*|\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*|(?:{lexicon.NAMED_MONTH_RE})\s*)?\("
)


def _parenthesised(
    text: str, quantities: list[Quantity], claim: PercentClaim, sentence_end: int
) -> tuple[Quantity, str] | None:
    """The one figure of the subject's measure in a parenthesis right after the comparison."""
    opening = _OPENING.match(text, claim.percent.end)
    if opening is None or opening.end() > sentence_end + 1:
        return None
    start = opening.end()
    close = text.find(")", start)
    if close < 0 or "(" in text[start:close]:
        return None
    inside = [q for q in quantities if start <= q.start and q.end <= close]
    if len(inside) != 1:
        return None
    if not (
        _same_measure(claim.value, inside[0])
        or _people_both(claim.value, inside[0])  # "317 công chức … (năm 2023 … 272 người)"
        or (per_period_of(claim.value, inside[0]) and inside[0].value > 0)  # "/năm" and not
    ):
        return None
    base = inside[0]
    before = text[start : base.start]
    undated = _PERIOD_NUMBERS.sub("", _DATED.sub("", before))
    if re.search(r"[;,%]|\d", undated) or "%" in text[base.end : close]:
        return None
    clause = before + " " + text[base.end : close]
    return base, clause


# the period compared with, then its value after "là" or a colon: "so với năm 2024 là ", "so với
# cùng kỳ năm trước: "
_STATED_AFTER = re.compile(
    r"\s*(?:\)\s*)?so với\s+[^\d().;,%]{0,40}?(?:\d{4}\s*)?(?:là|:)\s*", re.IGNORECASE
)


def _stated_after(
    text: str, quantities: list[Quantity], claim: PercentClaim, sentence_end: int
) -> tuple[Quantity, str] | None:
    """``…, tăng 4,00% so với năm 2024 là 250 công dân``: the figure right after the compared
    period and "là", of the subject's measure, and the words before it."""
    base = next((q for q in quantities if q.start >= claim.percent.end), None)
    if base is None or base.start > sentence_end:
        return None
    stated = _STATED_AFTER.fullmatch(text, claim.percent.end, base.start)
    if stated is None:
        return None
    if not (_same_measure(claim.value, base) or _people_both(claim.value, base)):
        return None
    return base, text[claim.percent.end : base.start]


def _following_clause(
    text: str, quantities: list[Quantity], claim: PercentClaim, sentence_end: int
) -> tuple[Quantity, str, str] | None:
    """``…, đạt X% dự toán, dự toán năm B`` / ``…, tăng X% so với cùng kỳ, cùng kỳ năm trước
    đạt B``: the one figure of the clause right after the comparison, the words before it
    (without a leading ``trong khi``) and the clause's words without the figure."""
    comma = re.compile(r"[^\d().;,%]{0,50}?,\s*(?:trong khi\s+)?").match(text, claim.percent.end)
    if comma is None or comma.end() >= sentence_end:
        return None
    start = comma.end()
    stop = re.compile(r",(?!\d)|[;(]").search(text, start, sentence_end)
    end = stop.start() if stop else sentence_end
    inside = [q for q in quantities if start <= q.start and q.end <= end]
    if len(inside) != 1 or not _same_measure(claim.value, inside[0]):
        return None
    base = inside[0]
    before = text[start : base.start]
    if re.search(r"\d|%", _PERIOD_NUMBERS.sub("", before)) or text[base.end : end].strip(" ."):
        return None
    return base, before, before


def _earlier_clauses(
    blocks: list[Block], block: Block, sentence_start: int
) -> Iterator[list[tuple[Block, int, int]]]:
    """Clauses of ``block`` before ``sentence_start``; then those of the block before it."""
    for holder, stop in ((block, sentence_start), (_previous_block(blocks, block), None)):
        if holder is None:
            continue
        end = len(holder.text) if stop is None else stop
        start = 0
        clauses = []
        for match in _SENTENCE_BREAK.finditer(holder.text, 0, end):
            clauses.append((holder, start, match.start()))
            start = match.end()
        if start < end:
            clauses.append((holder, start, end))
        yield clauses


def _nearest(
    blocks: list[Block],
    block: Block,
    sentence_start: int,
    by_block: dict[int, list[Quantity]],
    accept: Callable[[Block, int, int, Quantity], bool],
) -> Quantity | None:
    """The one accepted figure of the earlier clauses of ``block``, else of the block before
    (several in the nearer place: none)."""
    for clauses in _earlier_clauses(blocks, block, sentence_start):
        candidates = [
            quantity
            for holder, start, end in clauses
            for quantity in by_block.get(holder.index, [])
            if start <= quantity.start
            and quantity.end <= end
            and accept(holder, start, end, quantity)
        ]
        if candidates:
            return candidates[0] if len(candidates) == 1 else None
    return None


def _previous_block(blocks: list[Block], block: Block) -> Block | None:
    if block.index == 0:
        return None
    previous = blocks[block.index - 1]
    if previous.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return None
    return previous


def previous_value(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    block: Block,
    quantities: list[Quantity],
    claim: PercentClaim,
) -> Quantity | None:
    """Last year's value of ``claim.value`` stated nearby (``claim.percent`` marks where the
    comparison is written): in parentheses, in the next clause, or in an earlier one."""
    return _previous_base(blocks, by_block, block, quantities, claim)


_NAMED_YEAR = re.compile(rf"{lexicon.NAMED_YEAR_RE}|{lexicon.NAMED_DATE_RE}")
# "2.356 giấy với diện tích 312,8 ha", "45 dự án với tổng vốn 1.200 tỷ đồng"
_WITH_ATTRIBUTE = re.compile(r"(?:\s+[^\W\d]+){0,3}\s+với\s+(?:[^\W\d]+\s+){0,3}")


def _attribute_owner(text: str, quantities: list[Quantity], value: Quantity) -> Quantity | None:
    """The figure ``value`` is said with ("2.356 giấy với diện tích 312,8 ha"), right before it."""
    earlier = [q for q in quantities if q.end <= value.start]
    if not earlier or earlier[-1].kind not in _MEASURES:
        return None
    owner = earlier[-1]
    if _same_measure(owner, value) or not _WITH_ATTRIBUTE.fullmatch(text, owner.end, value.start):
        return None
    return owner


def _previous_base(
    blocks: list[Block],
    by_block: dict[int, list[Quantity]],
    block: Block,
    quantities: list[Quantity],
    claim: PercentClaim,
) -> Quantity | None:
    text = block.text
    sentence_start, sentence_end = _sentence_of(text, claim.percent.start)
    subject_sentence = text[sentence_start : claim.percent.start]
    subject_words = text[sentence_start : claim.value.start]
    # the start of the period said earlier in the sentence, past a ";" ("đầu năm … 84 hộ …;
    # đến nay giảm còn 71 hộ, giảm 13 hộ so với đầu năm")
    full_stops = [m.end() for m in _FULL_STOP.finditer(text, 0, claim.percent.start)]
    opening = _start_of_period(text, quantities, claim, full_stops[-1] if full_stops else 0)
    if opening is not None:
        return opening
    inside = _parenthesised(text, quantities, claim, sentence_end) or _stated_after(
        text, quantities, claim, sentence_end
    )
    if inside is not None:
        base, clause = inside
        if _PLAN_NOUN.search(clause) or not _same_indicator(clause, subject_sentence):
            return None
        years = {int(m.group(1)) for m in _YEAR.finditer(clause)}
        years |= {int(m.group(1)) for m in _DATED.finditer(clause)}
        if years and _YEAR.search(subject_sentence):
            if not _earlier_year(clause, subject_sentence):
                return None  # a year that is not the year before: another period
        elif years and not _year_before_the_report(years, blocks):
            return None  # "(năm 2020 …)" in a report about 2025: not last year
        return base
    aside = _said_aside(text, quantities, claim)
    if aside is not None:
        return aside
    following = _following_clause(text, quantities, claim, sentence_end)
    if following is not None:
        base, before, clause = following
        if (
            re.match(r"cùng kỳ|năm trước", before, re.IGNORECASE)
            and not _PLAN_NOUN.search(clause)
            and _same_indicator(clause, subject_sentence)
        ):
            return base
        return None

    def accept(holder: Block, start: int, end: int, quantity: Quantity) -> bool:
        clause = holder.text[start:end]
        if "%" in clause or _PLAN_NOUN.search(clause) or not _same_measure(claim.value, quantity):
            return False
        if not (_PREVIOUS_WORDS.search(clause) or _earlier_year(clause, subject_sentence)):
            return False
        rest = holder.text[start : quantity.start] + " " + holder.text[quantity.end : end]
        return _same_named(rest, subject_sentence, subject_words)

    return _nearest(blocks, block, sentence_start, by_block, accept)


def _start_of_period(
    text: str, quantities: list[Quantity], claim: PercentClaim, sentence_start: int
) -> Quantity | None:
    """``tồn kho đầu tháng A, cuối tháng B (tăng X% so với đầu tháng)``: the one figure of the
    value's measure said right after the start of the period compared with, earlier in the
    sentence."""
    if claim.comparison not in lexicon.YEAR_START_WORDS:
        return None
    # "đầu năm 84 hộ", "đầu năm toàn xã có 84 hộ nghèo": a few words may name who
    said = re.compile(
        rf"\b{claim.comparison}(?:\s+[^\W\d]+){{0,4}}?\s*(?:là|đạt|có)?\s*:?\s*$", re.IGNORECASE
    )
    found = [
        q
        for q in quantities
        if sentence_start <= q.start < claim.value.start
        and _same_measure(claim.value, q)
        and said.search(text, max(sentence_start, q.start - 40), q.start)
    ]
    return found[0] if len(found) == 1 else None


def _year_before_the_report(years: set[int], blocks: list[Block]) -> bool:
    """The one year named is the year before one the report names, or the only year named."""
    if len(years) != 1:
        return False
    (year,) = years
    named = {
        int(m.group(1))
        for block in blocks
        if block.kind is not BlockKind.TABLE_CELL
        for m in _YEAR.finditer(block.text)
    }
    return year + 1 in named or named <= {year}


def _earlier_year(clause: str, subject_sentence: str) -> bool:
    """The clause names the year before the one the subject's sentence names, after the same
    period words (``6 tháng đầu năm 2024`` / ``6 tháng đầu năm 2025``)."""
    mine, theirs = _years_named(clause), _years_named(subject_sentence)
    if len(mine) != 1 or len(theirs) != 1:
        return False
    (year, period), (other, other_period) = mine[0], theirs[0]
    return int(other) == int(year) + 1 and period == other_period


# the end of a year, a stock's date: "(đến) ngày 31/12/2024" stands for "năm 2024"
_YEAR_END = re.compile(r"(?<![\d/])31\s*/\s*12\s*/\s*((?:19|20)\d\d)(?![\d/])")


def _years_named(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The years a text names, each with the period words before it (a year's end date as
    the year itself)."""
    named = [(m.group(1), _period_words(text[: m.start()])) for m in _YEAR.finditer(text)]
    named += [(m.group(1), ("năm",)) for m in _YEAR_END.finditer(text)]
    return named


def _period_words(text: str) -> tuple[str, ...]:
    match = re.search(r"((?:\d+\s+)?(?:tháng|quý|năm)(?:\s+[^\W\d]+){0,3})\s*$", text.lower())
    return tuple(match.group(1).split()) if match else ()


def forced_shares(claims: list[PercentClaim]) -> dict[int, Fraction]:
    """Shares of all of one base (printed to total exactly 100 %, or whose parts add up to the
    base) when plain rounding does not total 100: each may be off by one unit of its last
    printed digit (largest-remainder rounding).  ``id(claim)`` → allowed slack."""
    by_base = ratios_by_base(claims)
    slack: dict[int, Fraction] = {}
    for group in by_base.values():
        if len(group) < 2:
            continue
        printed_total = sum((c.percent.value for c in group), Fraction(0))
        parts = sum((c.value.value for c in group), Fraction(0))
        base = group[0].base
        assert base is not None
        if printed_total != 100 and not base.interval.contains(parts):
            continue  # neither printed as all of it nor visibly all of it
        rounded = Fraction(0)
        for claim in group:
            assert claim.base is not None
            if claim.base.value <= 0:
                break
            decimals = claim.percent.numbers[0].decimals if claim.percent.numbers else 0
            rounded += round_half_up(claim.value.value * 100 / claim.base.value, decimals)
        else:
            if rounded == 100:
                continue  # plain rounding already totals 100: nothing was forced
            for claim in group:
                decimals = claim.percent.numbers[0].decimals if claim.percent.numbers else 0
                slack[id(claim)] = Fraction(1, 10**decimals)
    return slack
