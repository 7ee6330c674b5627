"""Percent statements: what a printed percentage says about the figures around it.

Kinds of :class:`PercentClaim` (``value`` is the figure the percentage is about):

* ``ratio``: ``value / base × 100``, read from a done/total pair (``36.929/43.845 người, đạt
  84,22%``), an explicit base (``210 hồ sơ, chiếm tỷ lệ 58,99% (trong tổng số 356 hồ sơ)``), a
  named base stated earlier, in the paragraph or one before it in the section (``thu nợ 12.789
  triệu đồng, chiếm 70,28% doanh số cho vay``) or the
  total of the enclosing ``trong đó`` (``Trong đó: Nợ quá hạn 343 triệu đồng, chiếm tỷ lệ
  0,17%``);
  ``A … trên tổng số B …, chiếm X%`` is read the same way;
* ``change``: ``tăng N (+X%)`` / ``giảm N (tỷ lệ giảm X%)`` after a current value ``value``:
  ``X = N / (value ∓ N) × 100``;
* ``plan``: ``đạt X% kế hoạch / dự toán``: ``plan = value ÷ X%``;
* ``index``: ``bằng X% so với cùng kỳ``: ``previous = value ÷ X%``;
* ``growth``: ``tăng/giảm X% so với cùng kỳ`` (or ``so với cùng kỳ tăng X%``):
  ``previous = value ÷ (1 ± X%)``.

Only the nearest figure of the same sentence is taken as ``value``, and only when nothing but
words separates them; anything less clear is not read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.marks import Parentheses, closes_before
from lint.relations.named_wholes import (
    NAMED_ELSEWHERE,
    NOT_A_NAME,
    named_whole,
    names_figure,
    total_of_the_sentence_before,
    wholes_named_before,
)
from lint.relations.percent_claims import (
    BARE_SHARE,
    PercentClaim,
    both_people,
    growth_word_before,
    same_measure,
    share_fits,
    single,
)

_SUBJECT = (QuantityKind.AMOUNT, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.RATE)
_RATIO_LEAD = re.compile(
    rf"(?:{lexicon.RATIO_VERBS_RE}|{lexicon.RATE_NOUNS_RE})(?:\s+là)?\s*:?\s*$", re.IGNORECASE
)
_BARE_OPENING = re.compile(r"\s*(?:[^\W\d_]+\s+){0,8}\(\s*")  # "1.856 hộ dùng nước sạch ("
_BARE_CLOSING = re.compile(r"\s*\)")
_SHARE_LEAD = re.compile(
    rf"(?:{lexicon.SHARE_VERBS_RE}(?:\s+(?:{lexicon.RATE_NOUNS_RE}))?|{lexicon.RATE_NOUNS_RE})(?:\s+là)?\s*$",
    re.IGNORECASE,
)
_EXPLICIT_BASE = re.compile(r"^\s*\(?\s*(?:trong|trên|so với)\s+tổng\s+số\s*$", re.IGNORECASE)
_PLAN_LEAD = re.compile(r"(?:đạt|hoàn thành|bằng)\s*$", re.IGNORECASE)
_PLAN_AFTER = re.compile(rf"^\s*(?:so với\s+|so\s+)?({lexicon.PLAN_WORDS_RE}|kh\b)", re.IGNORECASE)
_INDEX_LEAD = re.compile(r"bằng\s*$", re.IGNORECASE)
# the period compared with: "cùng kỳ", "năm trước", "đầu năm", or a year named ("năm 2023")
_COMPARED_PERIOD = (
    rf"{lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE}"
    rf"|{lexicon.NAMED_YEAR_RE}|{lexicon.NAMED_DATE_RE}"
)
_PREVIOUS_AFTER = re.compile(
    rf"^\s*(?:so với\s+|so\s+|với\s+)({_COMPARED_PERIOD})",
    re.IGNORECASE,
)
# a name of two words or more after a percentage, then the clause's end: "diện tích gieo trồng."
_NAMED_AFTER = re.compile(r"^\s*[^\W\d]+(?:\s+[^\W\d]+(?![^\W\d])){1,6}\s*(?:[.;,)]|$)")
_OF_A_WHOLE = re.compile(
    r"^\s*(?:tổng\s+(?!số\s+(?:tiền|vốn)\b)|số\s+(?!lượng\b)[^\W\d]+)", re.IGNORECASE
)  # "bằng 1,7% tổng chi …", "bằng 96,80% số hồ sơ tiếp nhận"
_BARE_PREVIOUS_AFTER = re.compile(rf"^\s*({lexicon.PREVIOUS_PERIOD_WORDS_RE})\b", re.IGNORECASE)
_GROWTH_LEAD = re.compile(rf"({lexicon.GROWTH_VERBS_RE})\s*$", re.IGNORECASE)
# a plan compared with and its value aside: " so với kế hoạch năm 2025 (", " so với dự toán ("
_PLAN_GIVEN = re.compile(
    rf"\s*so với\s+(?:{lexicon.PLAN_WORDS_RE})(?:\s+[^\W\d]+){{0,4}}?(?:\s+năm\s+\d{{4}})?\s*\(\s*",
    re.IGNORECASE,
)
_GROWTH_LEAD_AFTER_COMPARISON = re.compile(
    rf"so với\s+({lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE})\s*,?\s*({lexicon.GROWTH_VERBS_RE})\s*$",
    re.IGNORECASE,
)
# between a change and its rate: "(+", "(tỷ lệ giảm", or after a comma a rate noun and the
# verb (", tỷ lệ tăng") or "tương đương"; "so với năm trước" may come first
_CHANGE_OPEN = re.compile(
    rf"^\s*(?:so với\s+(?:{lexicon.PREVIOUS_PERIOD_WORDS_RE})(?:\s+[^\W\d]+){{0,2}}\s*)?"
    rf"(?:\(\s*(?:(?:{lexicon.RATE_NOUNS_RE}|tốc độ)\s+)?(?P<verb>{lexicon.GROWTH_VERBS_RE})?"
    rf"|,\s*(?:(?:{lexicon.RATE_NOUNS_RE}|tốc độ)\s+(?P<rate_verb>{lexicon.GROWTH_VERBS_RE})"
    rf"|(?:{lexicon.RESTATING_WORDS_RE})\s+(?:với\s+)?(?P<same_verb>{lexicon.GROWTH_VERBS_RE})?))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


_ATTRIBUTE_BEFORE = re.compile(r"(?:với|cho|của|trên)\s*$", re.IGNORECASE)
# "… vào lớp 1 trong tổng số", "… hộ nghèo là người dân tộc thiểu số trên tổng số": a few
# words (a label's number among them) before the whole
# a rate named before its figure: "tỷ lệ hộ nghèo còn ", "tỷ lệ tham gia đạt "
_NAMED_RATE = re.compile(
    rf"(?:{lexicon.RATE_NOUNS_RE})(?:\s+[^\W\d]+(?![^\W\d])){{1,5}}\s+(?:là|còn|đạt|chiếm)\s*$",
    re.IGNORECASE,
)
_OUT_OF = re.compile(r"\s*(?:(?:[^\W\d]+|\d+)\s+){0,8}(?:trên|trong) tổng số\s*", re.IGNORECASE)
_TRONG_DO = re.compile(r"trong đó", re.IGNORECASE)
# a few words describing the value, then its share: "98 xã đạt chuẩn nông thôn mới, chiếm",
# "… (chiếm"
# (a grade's number among the words: "trúng tuyển vào lớp 10, chiếm"; a comma before more
# words: "1.358 học viên đạt khá, giỏi, chiếm", "157 cụm loa hư hỏng, hoạt động không ổn định
# (chiếm")
_DESCRIBED_SHARE = re.compile(
    r"\s*(?P<words>[^\W\d](?:[^\d;:()%,]|,(?=\s*[^\W\d])|(?<=lớp )\d{1,2}|(?<=khối )\d{1,2})"
    r"{0,60}?)\s*[,(]\s*"
    r"(?:chiếm(?:\s+(?:tỷ|tỉ) lệ)?|(?:tỷ|tỉ) lệ)(?:\s+là)?\s*:?\s*",
    re.IGNORECASE,
)
# words that make the share another figure's: "…, còn lại chiếm", "tỷ lệ hộ nghèo … chiếm"
_NOT_THE_VALUES_SHARE = re.compile(
    r"còn lại|(?:tỷ|tỉ) lệ|so với|\bbằng\b|\btăng\b|\bgiảm\b|trong đó|\bgồm\b", re.IGNORECASE
)
# a part's growth that ends its list item: nothing after it but the item's end
_ENDS_PART = re.compile(r"^\s*(?:[;.]|$|,\s*(?:[^\W\d]+\s+){0,6}[^\W\d]+\s+\d)")
# the total's growth before "trong đó" in the same sentence: "tăng 4,2% so với cùng kỳ năm
# trước, trong đó"
_TOTAL_GROWTH_BEFORE = re.compile(
    rf"(?:{lexicon.GROWTH_VERBS_RE})\s+\d+(?:,\d+)?\s*%\s*so với\s+"
    rf"({lexicon.PREVIOUS_PERIOD_WORDS_RE})[^.;:%\d]{{0,30}},?\s*trong đó\b",
    re.IGNORECASE,
)


def _inherited_comparison(text: str, position: int) -> str | None:
    """The comparison ("cùng kỳ") of the total's growth stated before the "trong đó" that
    opens the list holding ``position``, in the same sentence."""
    sentence = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    found = None
    for match in _TOTAL_GROWTH_BEFORE.finditer(text, sentence, position):
        found = match
    return found.group(1).lower() if found is not None else None


def find_percent_claims(document: Document, extraction: Extraction) -> list[PercentClaim]:
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    claims: list[PercentClaim] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        quantities = by_block.get(block.index, [])
        clauses: _Clauses | None = None
        for index, quantity in enumerate(quantities):
            if quantity.kind is QuantityKind.PERCENT:
                clauses = clauses or _Clauses(block.text)
                claims.extend(_claims(block, quantities, index, clauses))
    claims = _evidenced_bare_shares(claims)
    claims = wholes_named_before(document, by_block, claims)
    from lint.relations.percent_bases import find_base_claims

    claims.extend(find_base_claims(document, by_block, claims))
    return claims


class _Clauses:
    """Where the clauses of a block start: after each ``;`` or sentence end outside
    parentheses, found once for all the percentages of the block."""

    def __init__(self, text: str) -> None:
        parentheses = Parentheses(text)
        self.ends = [
            match.end()
            for match in lexicon.CLAUSE_END.finditer(text)
            if parentheses.depth(match.start()) == 0
        ]

    def start(self, position: int) -> int:
        """Where the clause holding a figure that starts at ``position`` starts."""
        at = bisect.bisect_right(self.ends, position)
        return self.ends[at - 1] if at else 0


def _claims(
    block: Block, quantities: list[Quantity], index: int, clauses: _Clauses
) -> list[PercentClaim]:
    percent = quantities[index]
    text = block.text
    clause = clauses.start(percent.start)
    first = bisect.bisect_left(quantities, clause, 0, index, key=lambda q: q.start)
    earlier = quantities[first:index]
    lead = text[max(clause, percent.start - 60) : percent.start]
    after = text[percent.end : percent.end + 60]
    previous = earlier[-1] if earlier else None
    between = text[previous.end : percent.start] if previous else ""

    explained = _pair_after(text, quantities, index)
    if explained is not None:
        done, total = explained.parts
        return [PercentClaim("ratio", percent, done, total, base_source="pair")]
    written_out = _ratio_written_out(text, quantities, index)
    if written_out is not None:
        return [written_out]
    if previous is not None and previous.kind is QuantityKind.PAIR:
        shared = _words_only(between) or bool(_PAIR_THEN_PERCENT.fullmatch(between))
        if shared and _RATIO_LEAD.search(lead) and not _PREVIOUS_AFTER.match(after):
            done, total = previous.parts
            return [PercentClaim("ratio", percent, done, total, base_source="pair")]
        return []
    changes = _change(text, percent, earlier, between, quantities[index + 1 : index + 2])
    if changes:
        return changes
    subject = _subject(text, earlier, percent.start)
    if subject is None:
        return []
    found: list[PercentClaim] = []
    plan = _PLAN_AFTER.match(after)
    if plan and _PLAN_LEAD.search(lead):
        found.append(PercentClaim("plan", percent, subject, comparison=plan.group(1).lower()))
        return found
    compared = _PREVIOUS_AFTER.match(after)
    if compared is None and _INDEX_LEAD.search(lead):
        compared = _BARE_PREVIOUS_AFTER.match(after)  # "bằng 104,2% cùng kỳ"
    stated: PercentClaim | None = None
    if compared and _INDEX_LEAD.search(lead):
        stated = PercentClaim("index", percent, subject, comparison=compared.group(1).lower())
    growth = _GROWTH_LEAD.search(lead)
    if stated is None and compared and growth:
        direction = 1 if growth.group(1).lower() == "tăng" else -1
        comparison = compared.group(1).lower()
        stated = PercentClaim("growth", percent, subject, None, None, direction, comparison)
    growth_after = _GROWTH_LEAD_AFTER_COMPARISON.search(lead)
    if stated is None and growth_after:
        direction = 1 if growth_after.group(2).lower() == "tăng" else -1
        comparison = growth_after.group(1).lower()
        stated = PercentClaim("growth", percent, subject, None, None, direction, comparison)
    if stated is None and growth and previous is subject and _ENDS_PART.match(after):
        inherited = _inherited_comparison(text, subject.start)
        if inherited is not None:
            # "…, tăng 4,2% so với cùng kỳ, trong đó khai thác 28.450 tấn, tăng 2,8%; …": a
            # part's growth is against the period its total's is
            direction = 1 if growth.group(1).lower() == "tăng" else -1
            stated = PercentClaim("growth", percent, subject, None, None, direction, inherited)
    if stated is None and growth and previous is subject and index + 1 < len(quantities):
        # "312.480 triệu đồng, tăng 8,94% so với kế hoạch năm 2025 (286.840 triệu đồng)": a
        # rise over a plan (this year's or last year's) given aside
        base = quantities[index + 1]
        if (
            _PLAN_GIVEN.fullmatch(text, percent.end, base.start)
            and re.match(r"\s*\)", text[base.end : base.end + 3])
            and same_measure(subject, base)
            and not text.startswith("/", subject.end)  # "21,21 triệu đồng/cá thể/năm": a rate
        ):
            direction = 1 if growth.group(1).lower() == "tăng" else -1
            return [
                PercentClaim("growth", percent, subject, base, None, direction, "kế hoạch", "plan")
            ]
    if stated is not None:
        return [_with_change(stated, text, quantities, clause)]
    if previous is subject and (_SHARE_LEAD.search(lead) or _PLAN_LEAD.search(lead)):
        whole = _whole_in_parentheses(text, quantities, percent, subject)
        if whole is not None:
            return [PercentClaim("ratio", percent, subject, whole, base_source="named")]
    out_of_lead = _SHARE_LEAD.search(lead) or _PLAN_LEAD.search(lead) or _NAMED_RATE.search(lead)
    if out_of_lead and len(earlier) >= 2 and previous is subject:
        value = earlier[-2]
        if (
            _OUT_OF.fullmatch(text[value.end : subject.start])
            and (same_measure(value, subject) or both_people(value, subject))
            and _words_only(text[subject.end : percent.start])
        ):
            return [PercentClaim("ratio", percent, value, subject, base_source="out of")]
    if _SHARE_LEAD.search(lead) and previous is subject:
        ratio = _share(block, quantities, percent, subject, after)
        if ratio is not None:
            return [ratio]
    if (
        previous is subject
        and _PLAN_LEAD.search(lead)
        and _words_only(between)
        and _OF_A_WHOLE.match(after)
    ):
        # "Dự phòng ngân sách: 9.850 triệu đồng, bằng 1,7% tổng chi ngân sách huyện": a share
        # of a whole named with "tổng", in its paragraph or one before ("đã giải ngân 16.872
        # triệu đồng, đạt 92,03% tổng kinh phí")
        claim = named_whole(block, quantities, percent, subject, after)
        if claim is not None:
            return [claim]
    if (
        previous is subject
        and _PLAN_LEAD.search(lead)
        and _words_only(between)
        and _NAMED_AFTER.match(after)
        and not _PLAN_AFTER.match(after)
    ):
        # "Tổng diện tích gieo trồng … là 8.456,3 ha; diện tích được tưới là 8.124,7 ha, đạt
        # 96,1% diện tích gieo trồng": a whole named without "tổng", read only when its
        # paragraph states a figure right after that name
        claim = named_whole(block, quantities, percent, subject, after)
        if claim is not None and claim.kind == "ratio":
            return [claim]
    if previous is subject and _BARE_OPENING.fullmatch(between) and _BARE_CLOSING.match(after):
        share = _trong_do_share(block, quantities, percent, subject)
        if share is not None:
            return [replace(share, base_source=BARE_SHARE)]
    return found


# "05/12 thôn (chiếm 41,7%)", "88/98 hồ sơ (đạt 89,8%)": the share opens a parenthesis
_PAIR_THEN_PERCENT = re.compile(
    rf"[^\d;()]*\(\s*(?:{lexicon.RATIO_VERBS_RE}|{lexicon.RATE_NOUNS_RE})?(?:\s+là)?\s*:?\s*",
    re.IGNORECASE,
)
# "đạt 93,6% (12.480/13.333 người)": the pair the percentage is computed from, right after it
# or after the name of its whole ("đạt 95,6% dân số (1.198.346/1.280.286 người)")
_OPENS_PARENTHESIS = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}\(\s*")
_CLOSES_PARENTHESIS = re.compile(r"[^\d;()]{0,30}\)")
_CHANGED_BY = re.compile(rf"(?:{lexicon.CHANGE_WORDS_RE})\s*$", re.IGNORECASE)


def _pair_after(text: str, quantities: list[Quantity], index: int) -> Quantity | None:
    """The done/total pair alone in a parenthesis right after the percentage, unless the
    percentage is a change ("tăng 5%")."""
    percent = quantities[index]
    if index + 1 >= len(quantities) or quantities[index + 1].kind is not QuantityKind.PAIR:
        return None
    pair = quantities[index + 1]
    if not _OPENS_PARENTHESIS.fullmatch(text, percent.end, pair.start):
        return None
    if not _CLOSES_PARENTHESIS.match(text, pair.end):
        return None
    if _CHANGED_BY.search(text, max(0, percent.start - 12), percent.start):
        return None
    return pair


# "(dân số đô thị 512.640 người trên tổng dân số 1.335.000 người)": the two figures of a rate
# written out in a parenthesis right after it
_OVER = re.compile(
    r"\s+(?:trên|so với)\s+(?:tổng\s+(?:số\s+)?)?(?:[^\W\d]+\s+){0,4}", re.IGNORECASE
)


def _ratio_written_out(text: str, quantities: list[Quantity], index: int) -> PercentClaim | None:
    """The value and its whole, of one measure, in a parenthesis after the percentage (a few
    words may name what each is), joined by "trên" / "so với" (and "tổng số"); not when the
    percentage is a change."""
    percent = quantities[index]
    if index + 2 >= len(quantities) or "signed" in percent.flags:
        return None
    value, base = quantities[index + 1], quantities[index + 2]
    if not re.fullmatch(
        r"\s*(?:[^\W\d]+\s+){0,3}\(\s*(?:[^\W\d]+\s+){0,8}", text[percent.end : value.start]
    ):
        return None
    if not _OVER.fullmatch(text, value.end, base.start) or not same_measure(value, base):
        return None
    if not re.match(r"\s*\)", text[base.end : base.end + 3]) or base.value <= 0:
        return None
    if _CHANGED_BY.search(text, max(0, percent.start - 12), percent.start):
        return None
    return PercentClaim("ratio", percent, single(value), single(base), base_source="explicit")


def _words_only(text: str) -> bool:
    """Only words (an age or a grade naming who is counted, "trẻ 5 tuổi", "học sinh lớp 9",
    count as words)."""
    return not re.search(r"\d|[;()]", _GRADE.sub(" ", _AGE.sub(" ", text)))


_TOTAL_NAMED_AFTER = re.compile(r"[,;]\s*tổng(?:\s+số)?\s+[^\W\d]+", re.IGNORECASE)
_AGE = re.compile(r"\b\d{1,3}\s*tuổi\b")
_GRADE = re.compile(r"\b(?:lớp|khối)\s+\d{1,2}\b", re.IGNORECASE)  # "học sinh lớp 9"


def _subject(text: str, earlier: list[Quantity], position: int) -> Quantity | None:
    """The figure the percentage at ``position`` is about: the nearest earlier one that is
    not a change nor an aside in a parenthesis closed before the percentage ("đạt 12.845,6
    ha, đạt 100,4% kế hoạch (12.800 ha), bằng 99,2% so với cùng kỳ": the plan is not what
    the 99,2 % is about)."""
    attribute = None
    rated = False  # a percentage between the attribute and the figures before it
    for quantity in reversed(earlier):
        if quantity.kind is QuantityKind.PERCENT:
            rated = rated or attribute is not None
            continue
        if closes_before(text, quantity.end, position):
            continue
        if quantity.kind not in _SUBJECT:
            return None
        if growth_word_before(text, quantity):
            continue
        if _TOTAL_NAMED_AFTER.search(text, quantity.end, position):
            # "bổ sung 2.140 cuốn, tổng số sách tăng 5,9%": the rate is of the total named
            # after the figure, not of the figure
            return None
        if _ATTRIBUTE_BEFORE.search(text[max(0, quantity.start - 12) : quantity.start]):
            # "200.171 triệu đồng với 5.069 khách hàng": an attribute, not the subject; the
            # subject when the clause has no other ("giải quyết việc làm cho 18.650 lao động")
            attribute = attribute or quantity
            continue
        if attribute is not None and same_measure(quantity, attribute):
            return attribute  # "38.104 ha, trong đó sầu riêng … với 2.856 ha, tăng 18,4%": a
            # figure of the same measure after "với" is no attribute of the one before it
        if attribute is not None and rated:
            return attribute  # "mở 42 lớp, đạt 105% kế hoạch (40 lớp), với 1.236 học viên, đạt
            # 103% kế hoạch": the figure before already has its rate, the next is the attribute's
        return quantity
    return attribute


def _change(
    text: str, percent: Quantity, earlier: list[Quantity], between: str, later: list[Quantity]
) -> list[PercentClaim]:
    """``… V …, tăng N (+X%)`` / ``giảm N (tỷ lệ giảm X%)``; with last year's value B said
    aside after the rate ("tăng N, tương ứng tăng X% so với năm 2023 (B)"), also N ÷ B = X."""
    if not earlier:
        return []
    change = earlier[-1]
    aside = _PREVIOUS_ASIDE.search(text, max(0, change.start - 40), change.start)
    if aside is None:
        # "tăng 1.284 người so với năm 2022 (177.142 người), tốc độ tăng 0,72%"
        aside = _VALUE_ASIDE.search(text, max(0, change.start - 60), change.start)
    if aside is not None and len(earlier) >= 2 and text.find(")", change.end) < percent.start:
        # "giảm 38 ca so với cùng kỳ (cùng kỳ 85 ca), tương ứng giảm 44,7%": last year's value
        # said aside between the change and its rate
        close = text.find(")", change.end)
        earlier = earlier[:-1]
        change = earlier[-1]
        paren = aside.start("open") if "open" in aside.re.groupindex else aside.start()
        if not _TO_ASIDE.fullmatch(text, change.end, paren):
            return []
        between = text[close + 1 : percent.start]
    opening = _CHANGE_OPEN.match(between)
    word = growth_word_before(text, change)
    if not opening or not word or change.kind not in _SUBJECT:
        return []
    direction = 1 if word.group(1).lower() == "tăng" else -1
    verb = opening.group("verb") or opening.group("rate_verb") or opening.group("same_verb")
    if verb and (verb.lower() == "tăng") != (direction == 1):
        return []
    if "signed" in percent.flags and (percent.sign > 0) != (direction == 1):
        return []
    values = [
        value
        for value in earlier[:-1]
        if value.kind is change.kind
        and value.unit == change.unit
        and not growth_word_before(text, value)
        # "So với năm 2022 (148 vụ), … giảm 22 vụ": an aside, the value compared with
        and not closes_before(text, value.end, change.start)
    ]
    if len(values) == 2 and _FROM.search(text, max(0, values[0].start - 20), values[0].start):
        between = text[values[0].end : values[1].start]
        if _TO.fullmatch(between):
            values = values[1:]  # "giảm từ A xuống còn B, giảm N (giảm X%)": B is the value
    # "So với cùng kỳ năm 2023 (71 vụ), số vụ cháy giảm 13 vụ, tương ứng giảm 18,3%" /
    # "tăng 1.424 người, tương ứng tăng 1,12% so với năm 2023 (127.154 người)": the rate is
    # the change over the value said aside
    previous = value_said_aside(text, earlier[:-1], change) if not values else None
    if previous is None and _COMPARED_AFTER.match(text, percent.end):
        previous = value_said_aside(text, later, change)
    found = []
    if previous is not None:
        found.append(PercentClaim("ratio", percent, change, previous, base_source="previous"))
    if len(values) == 1:
        found.append(PercentClaim("change", percent, values[0], None, change, direction))
    # no current value, or several: "45 tỷ năm trước … 50 tỷ" is not readable
    return found


# after a change's rate (said aside or not), its comparison: " so với", ") so với"
_COMPARED_AFTER = re.compile(r"\s*\)?\s+so với\s")


def value_said_aside(text: str, earlier: list[Quantity], like: Quantity) -> Quantity | None:
    """The one figure of ``like``'s measure alone in a parenthesis after "so với <period>"
    among ``earlier`` ("So với năm 2023 (148 vụ), … giảm 22 vụ"; "412 người, giảm 36 người
    so với thời điểm 31/12/2023 (448 người), bằng 92,0% …")."""
    found = [
        value
        for value in earlier
        if value.kind is like.kind
        and value.unit == like.unit
        and (
            (
                _VALUE_ASIDE.search(text, max(0, value.start - 60), value.start)
                and re.match(r"\s*\)", text[value.end : value.end + 3])
            )
            or among_values_aside(text, earlier, value, like)
        )
    ]
    return found[0] if len(found) == 1 else None


# one of last year's values in a parenthesis naming several measures: "So với năm 2023 (52 vụ,
# 56 người bị nạn), số vụ giảm 6 vụ …, số người bị nạn giảm 7 người …"
_ASIDE_ITEM_END = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*(?:[,;]|\))")


def among_values_aside(
    text: str, quantities: list[Quantity], value: Quantity, change: Quantity
) -> bool:
    """``value`` is one item of ``(A unit, B other unit)`` opened right after ``so với
    <period>``, every other item of the parenthesis a figure of another unit; the words after
    its unit, if any, name ``change`` too (``56 người bị nạn`` … ``số người bị nạn giảm 7``)."""
    opening = text.rfind("(", max(0, value.start - 80), value.start)
    if opening < 0 or not _VALUE_ASIDE.search(text, max(0, opening - 60), opening + 1):
        return False
    closing = text.find(")", value.end)
    if closing < 0 or "(" in text[opening + 1 : closing]:
        return False
    inside = [q for q in quantities if opening < q.start and q.end <= closing]
    if len(inside) < 2 or len({(q.kind, q.unit) for q in inside}) != len(inside):
        return False
    position = opening + 1
    for item in inside:  # figures, each followed by a few words and "," / ";" / ")"
        item_end = _ASIDE_ITEM_END.match(text, item.end)
        if item_end is None or text[position : item.start].strip():
            return False
        position = item_end.end()
        if item is value:
            named = text[item.end : position - 1].lower().split()
            near = text[max(0, change.start - 120) : change.start].lower().split()
            if not set(named) <= set(near):
                return False
    return position == closing + 1


_FROM = re.compile(r"(?:tăng|giảm)\s+từ\s*$", re.IGNORECASE)
# a period compared with: "cùng kỳ", "tháng trước", "năm 2023", "năm học 2022 - 2023",
# "tháng 5/2024", "quý II", "thời điểm 31/12/2023"
_EARLIER_PERIOD = (
    rf"(?:{lexicon.PREVIOUS_PERIOD_WORDS_RE}|tháng trước|quý trước|kỳ trước|đầu năm"
    rf"|năm(?: học)? \d{{4}}(?:\s*-\s*\d{{4}})?|tháng \d{{1,2}}(?:/\d{{4}})?|quý [IV]+|{lexicon.NAMED_DATE_RE})"
)
# last year's value opening a parenthesis: "(cùng kỳ 85 ca", "(tháng 5 là 15.000 đồng/kg"
_PREVIOUS_ASIDE = re.compile(
    rf"\(\s*{_EARLIER_PERIOD}(?:\s+[^\W\d]+){{0,2}}\s*(?:là|đạt)?\s*:?\s*$", re.IGNORECASE
)
# last year's value alone in a parenthesis after the period compared with: "so với năm 2022 (",
# "so với cùng kỳ năm 2023 (", with maybe a verb ("so với năm 2023 (tuyển được ")
# (the aside starts at the parenthesis; what comes before it is checked as below)
_VALUE_ASIDE = re.compile(
    rf"(?<=so với\s){_EARLIER_PERIOD}(?:\s+[^\W\d]+){{0,3}}(?:\s+\d{{4}})?\s*(?P<open>\()\s*"
    r"(?:(?:[^\W\d]+\s+){0,2}(?:là|đạt|được|có)\s*:?\s*)?$",
    re.IGNORECASE,
)
# between a change and that parenthesis: "so với cùng kỳ năm 2023 "
_TO_ASIDE = re.compile(
    rf"\s*(?:so với\s+{_EARLIER_PERIOD}(?:\s+[^\W\d]+){{0,3}}(?:\s+\d{{4}})?)?\s*",
    re.IGNORECASE,
)
_TO = re.compile(r"[^\d;.%]{0,30}?\s(?:xuống(?:\s+còn)?|lên(?:\s+đến)?)\s+", re.IGNORECASE)


def _share(
    block: Block, quantities: list[Quantity], percent: Quantity, value: Quantity, after: str
) -> PercentClaim | None:
    text = block.text
    between = text[value.end : percent.start]
    described = _DESCRIBED_SHARE.fullmatch(between)
    if described is not None and _NOT_THE_VALUES_SHARE.search(described.group("words")):
        described = None
    if not re.fullmatch(r"\s*[,(]?\s*[\w\s]*", between) and described is None:
        return None
    later = [q for q in quantities if q.start >= percent.end]
    if later:
        gap = text[percent.end : later[0].start]
        if _EXPLICIT_BASE.match(gap) and same_measure(value, later[0]):
            return PercentClaim("ratio", percent, value, single(later[0]), base_source="explicit")
    if (
        re.match(r"^\s*(?:chiếm|tỷ lệ|tỉ lệ)", text[value.end :].lstrip(" ,(")) is None
        and described is None
    ):
        return None
    named = named_whole(block, quantities, percent, value, after)
    if named is not None and named.kind == NAMED_ELSEWHERE:
        # "2.450 vụ vi phạm giao thông. Trong đó, …; vi phạm tốc độ 245 vụ, chiếm 10,0% tổng
        # số vụ vi phạm": the whole named is the total the "trong đó" splits
        split = _trong_do_share(block, quantities, percent, value)
        if (
            split is not None
            and split.base is not None
            and names_figure(text, split.base, named.comparison)
        ):
            return split
    if named is not None:
        return named
    if re.match(r"^\s*[\w\s]{3,}", after) and not re.match(r"^\s*[,;.)]", after):
        return None  # the percentage is followed by words naming something we cannot find
    return (
        _trong_do_share(block, quantities, percent, value)
        or _whole_opening_the_sentence(text, quantities, percent, value)
        or total_of_the_sentence_before(text, quantities, percent, value)
    )


# "Trong tổng số 9.850 ha lúa, diện tích … là 6.420 ha, chiếm 65,2%": the whole opening the
# sentence the share closes
_WHOLE_OPENING = re.compile(r"(?:^|[.;:]\s+)(?:trong|trên) tổng số\s*$", re.IGNORECASE)


# what was examined, opening the sentence: "Qua đánh giá 1.095 bản tin …, có 981 bản tin đạt
# yêu cầu, tỷ lệ 89,59%", "Kiểm tra 214 cơ sở, phát hiện 63 cơ sở vi phạm (chiếm 29,4%)"
_EXAMINED = re.compile(
    r"(?:^|[.;:]\s+)(?:qua\s+|đã\s+)?(?:đánh giá|kiểm tra|rà soát|xét nghiệm|khảo sát|thẩm định|"
    r"giám sát|phân tích|lấy)(?:\s+[^\W\d]+(?![^\W\d])){0,2}\s*$",
    re.IGNORECASE,
)


def _whole_opening_the_sentence(
    text: str, quantities: list[Quantity], percent: Quantity, value: Quantity
) -> PercentClaim | None:
    """The whole opening the value's sentence after "Trong tổng số", or as what was examined
    ("Qua kiểm tra 640 mẫu", read on the figures' evidence)."""
    for quantity in quantities:
        if quantity.start >= value.start:
            return None
        lead = max(0, quantity.start - 40)
        examined = _EXAMINED.search(text, lead, quantity.start) is not None and same_measure(
            value, quantity
        )
        if not examined and not _WHOLE_OPENING.search(text, lead, quantity.start):
            continue
        if not same_measure(value, quantity) or quantity.value <= value.value:
            return None
        between = text[quantity.end : value.start]
        if re.search(r"[.;]\s", between) or any(
            quantity.end <= q.start < value.start and same_measure(value, q) for q in quantities
        ):
            return None  # another sentence, or another figure of the measure between
        if examined:
            from lint.relations.evidence import ratio_or_one_typo

            if not ratio_or_one_typo(value, single(quantity), percent):
                return None
        return PercentClaim("ratio", percent, value, single(quantity), base_source="explicit")
    return None


# "chiếm 3,12% tổng số hộ dân cư (", "đạt 87,3% kinh phí được phê duyệt ("
_WHOLE_THEN_PARENTHESIS = re.compile(
    # the whole's name: words, and an age in it ("dân số từ 15 tuổi trở lên")
    r"\s*(?:của\s+|so với\s+)?((?:[^\d,.;:()%]|\d{1,3}(?=\s+tuổi\b)){3,50}?)\s*"
    r"\(\s*(?:(?:tổng số|tổng|là|gồm)\s*)?:?\s*"
    # the name said again before the figure: "(dân số trung bình năm 2024 là 156.310 người)"
    r"(?P<again>(?:(?:[^\W\d]+|(?:19|20)\d\d)\s+){1,8}?(?:(?:là|đạt|có)\s+)?)?"
)
# after the whole's figure in its parenthesis: the end, or the whole's own breakdown
# ("(352.193,8 triệu đồng, gồm chi của các đơn vị dự toán …)")
_WHOLE_PARENTHESIS_END = re.compile(r"\s*(?:\)|[,;:]\s*(?:bao gồm|gồm|trong đó)\b)", re.IGNORECASE)
_NOT_THE_WHOLE_AGAIN = re.compile(
    rf"\b(?:{lexicon.PLAN_WORDS_RE}|{lexicon.PREVIOUS_PERIOD_WORDS_RE}|tăng|giảm)\b", re.IGNORECASE
)


def _whole_in_parentheses(
    text: str, quantities: list[Quantity], percent: Quantity, value: Quantity
) -> Quantity | None:
    """The whole a share or an achievement is of, named after the percentage and given alone
    in parentheses: ``1.245 hộ nghèo, chiếm 3,12% tổng số hộ dân cư (39.904 hộ)``, ``đã chi
    trả 412,6 tỷ đồng, đạt 87,3% kinh phí được phê duyệt (472,6 tỷ đồng)``; not a plan or a
    period compared with (read as such elsewhere)."""
    later = [q for q in quantities if q.start >= percent.end]
    if not later:
        return None
    base = single(later[0])
    named = _WHOLE_THEN_PARENTHESIS.fullmatch(text, percent.end, later[0].start)
    if named is None or NOT_A_NAME.search(named.group(1)):
        return None
    if not (same_measure(value, base) or both_people(value, base)):
        return None  # "2.815 đồng chí, bằng 1,48% dân số toàn huyện (190.210 người)": people
    if not _WHOLE_PARENTHESIS_END.match(text, later[0].end):
        return None
    if (percent.value < 100) != (base.value > single(value).value):
        return None  # "… đạt 45,13% giá trị tài sản (43,69 tỷ đồng)": the figure aside is the
        # share's own amount, not its whole
    again = named.group("again")
    if again is not None and not _names_again(named.group(1), again):
        return None  # "(năm 2023 là 1.200 hộ)": another figure than the whole named
    return base


def _names_again(name: str, again: str) -> bool:
    """The words before a figure in a parenthesis (``again``) name the whole named before it
    (``name``): they open with its first word ("dân số (dân số trung bình năm 2024 là …)")
    and say no plan, earlier period or change."""
    words = [w for w in name.lower().split() if w not in ("tổng", "số")]
    said = again.lower().split()
    return bool(words and said) and said[0] == words[0] and not _NOT_THE_WHOLE_AGAIN.search(again)


def _trong_do_share(
    block: Block, quantities: list[Quantity], percent: Quantity, value: Quantity
) -> PercentClaim | None:
    """``value``'s share ``percent`` of the total split by the ``trong đó`` before it."""
    markers = [m for m in _TRONG_DO.finditer(block.text, 0, value.start)]
    if not markers:
        return None
    opened = block.text.rfind("(", markers[-1].end(), value.start)
    if opened >= 0 and block.text.find(")", opened, value.start) < 0:
        # "trong đó lúa 6.800 ha (lúa chất lượng cao 4.420 ha, chiếm 65,0%)": a share said
        # in the parenthesis after a part is of that part
        part = next((q for q in reversed(quantities) if q.end <= opened), None)
        if part is None or not same_measure(part, value) or part.value <= value.value:
            return None
        if block.text[part.end : opened].strip(" ,"):
            return None
        return PercentClaim("ratio", percent, value, part, base_source="trong đó")
    base = _enclosing_total(block, quantities, markers[-1].start(), value)
    if base is None:
        return None
    return PercentClaim(
        "ratio",
        percent,
        value,
        _pair_base(quantities, base, value, percent),
        base_source="trong đó",
    )


def _evidenced_bare_shares(claims: list[PercentClaim]) -> list[PercentClaim]:
    """Bare ``(51,3%)`` after the parts of one ``trong đó`` total are their shares of it only
    when two parts or more have one and one of them is that share (a lone ``(85%)`` after a
    part may be its share of a plan): the others are kept, the claims of a total without such
    evidence dropped."""
    groups: dict[int, list[PercentClaim]] = {}
    for claim in claims:
        if claim.base_source == BARE_SHARE and claim.base is not None:
            groups.setdefault(id(claim.base), []).append(claim)
    dropped: set[int] = set()
    for group in groups.values():
        fits = [
            claim.base is not None and share_fits(claim.value, claim.base, claim.percent)
            for claim in group
        ]
        if len(group) < 2 or not any(fits):
            dropped.update(id(claim) for claim in group)
    return [claim for claim in claims if id(claim) not in dropped]


def _pair_base(
    quantities: list[Quantity], base: Quantity, value: Quantity, percent: Quantity
) -> Quantity:
    """Of a done/total pair split by ``trong đó``, the figure the share is taken of.

    ``98/100 hồ sơ, trong đó đúng hạn 90 hồ sơ, chiếm 90%``: shares are usually of the done
    figure, sometimes of the total; the total is taken only when it alone fits.
    """

    pair = next((q for q in quantities if q.parts and q.parts[0] is base), None)
    if pair is None or percent.value <= 0:
        return base
    fits = [share_fits(value, side, percent) for side in pair.parts]
    return pair.parts[1] if fits == [False, True] else base


def _enclosing_total(
    block: Block, quantities: list[Quantity], marker: int, value: Quantity
) -> Quantity | None:
    """The figure a ``trong đó`` splits (as breakdowns read it), of the value's measure."""
    from lint.relations.breakdowns import total_before

    return total_before([single(q) for q in quantities], block, marker, value)


_CHANGE_COMPARED = re.compile(
    rf"^\s*,?\s*so với\s+({lexicon.PREVIOUS_PERIOD_WORDS_RE}|{lexicon.YEAR_START_WORDS_RE})",
    re.IGNORECASE,
)


# after a growth and its comparison (and last period's value aside), the change restated:
# "tăng 2,69% so với cuối năm 2023 (59.870 thành viên), tương ứng tăng "
_RESTATED_CHANGE = re.compile(
    r"\s*so với\s+[^\d,;()%]{0,40}(?:\d{1,2}/)?(?:\d{4})?\s*(?:\([^()]*\))?\s*,\s*"
    rf"(?:{lexicon.RESTATING_WORDS_RE})\s+(tăng|giảm)(?:\s+thêm)?\s+",
    re.IGNORECASE,
)


def _restated_change(
    claim: PercentClaim, text: str, quantities: list[Quantity], stop: int
) -> tuple[Quantity, int] | None:
    """``V, tăng X% so với cùng kỳ năm 2023, tương ứng tăng C``: the change C."""
    said = _RESTATED_CHANGE.match(text, claim.percent.end, stop)
    if said is None:
        return None
    for quantity in quantities:
        if quantity.start == said.end() and same_measure(claim.value, quantity):
            return quantity, 1 if said.group(1).lower() == "tăng" else -1
    return None


def _with_change(
    claim: PercentClaim, text: str, quantities: list[Quantity], clause: int
) -> PercentClaim:
    """An index or growth whose clause also states the change: ``tăng N … so với cùng kỳ``.

    The change is attached only when it is the one change of the subject's measure in the
    clause, against the same comparison and (for a growth) in the same direction.
    """
    end = lexicon.CLAUSE_END.search(text, claim.percent.end)
    stop = end.start() if end else len(text)
    # "…, tương ứng tăng N" restating the growth after its comparison
    restated = _restated_change(claim, text, quantities, stop)
    changes = [restated] if restated is not None else []
    for quantity in quantities:
        if restated is not None:
            break
        if not (clause <= quantity.start and quantity.end <= stop):
            continue
        if quantity is claim.value or not same_measure(claim.value, quantity):
            continue
        word = growth_word_before(text, quantity)
        if word is None:
            continue
        compared = _CHANGE_COMPARED.match(text[quantity.end :])
        if compared is None or compared.group(1).lower() != claim.comparison:
            return claim
        changes.append((quantity, 1 if word.group(1).lower() == "tăng" else -1))
    if len(changes) != 1 or claim.value.start > changes[0][0].start:
        return claim
    change, direction = changes[0]
    if claim.kind == "growth" and direction != claim.direction:
        return claim
    return PercentClaim(
        claim.kind, claim.percent, claim.value, None, change, direction, claim.comparison
    )
