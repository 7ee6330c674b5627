"""Completion rates: what was done of a total stated earlier in the paragraph, and its rate.

Reports of cases, dossiers and petitions give the total, then what was done with it and the
rate, without saying again what the rate is of::

    Xảy ra 245 vụ phạm pháp hình sự. Lực lượng Công an đã điều tra làm rõ 218 vụ, đạt 89,0%.
    Thụ lý 312 vụ việc; đã giải quyết 271 vụ việc, đạt 86,9%.

Read here: a percentage after "đạt" (or "đạt tỷ lệ"), ending its clause or followed only by
"số …"/"tổng số …"; right before it, in its clause, a count of something done ("đã … 218 vụ",
"giải quyết được 271 vụ việc"); and the base, the one earlier figure of the same unit in the
same sentence or in the sentence before it (in the same paragraph), not a change nor in
parentheses.  The rate may also stand alone in a parenthesis after what was done of a plan
("dự toán 25.690 triệu đồng; đã sử dụng 4.350 triệu đồng (16,93%)"): only then, as a bare
"(7,0%)" after a part of a list is that part's share of the list's total.  With no word tying the rate to that base, the reading is taken only on strong
evidence: the figures agree, or one typo-shaped correction of one of them makes them agree.

Shares are read the same way: "chiếm X%" after a part, of the one larger figure of its unit
in the sentence or the one before ("Tổng số cơ sở được kiểm tra là 214 cơ sở; số cơ sở đạt
yêu cầu 186 cơ sở, chiếm 86,9%", "kiểm tra 142 vụ, phát hiện và xử lý 118 vụ vi phạm, chiếm
83,1% số vụ kiểm tra").  A part may be a share of a whole stated elsewhere, so unless the share
names the whole ("số vụ kiểm tra") or the whole is named "tổng (số)", only a slip of the
percentage is evidence.

A rate named as such and followed by its count alone in parentheses ("Tỷ lệ người dân tham gia
bảo hiểm y tế đạt 94,2% (17.357 người)") is the count's share of the one figure of the
paragraph before it (of the count's unit, or people for people, outside parentheses) that it
fits or one slip explains.
"""

from __future__ import annotations

import bisect
import re

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.evidence import ratio_or_one_typo
from lint.relations.figures import key_of
from lint.relations.marks import Marks, Parentheses
from lint.relations.percent_claims import PercentClaim, has_own_share

# the whole named as such in its clause: "Tổng số cơ sở được kiểm tra là 214 cơ sở"
_WHOLE_NAMED = re.compile(r"\btổng(?:\s+số)?\b", re.IGNORECASE)
_RATE_VERB = re.compile(r"đạt|chiếm|\(\s*\d", re.IGNORECASE)
# (or the rate alone in a parenthesis after what was done: "đã sử dụng 4.350 triệu đồng (16,93%)")
_RATE_LEAD = re.compile(
    r"[,;(]\s*(?P<verb>đạt|chiếm)(?:\s+tỷ lệ)?\s*$|(?P<bare>\()\s*$", re.IGNORECASE
)
# (or a parenthesis splitting what was done: "đạt 85,85% (xây mới 718 căn, sửa chữa 386 căn)")
_RATE_ENDS = re.compile(
    r"\s*(?:(?:tổng\s+)?số\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+){0,8})\s*)?"
    rf"(?:[.;,)]|\((?!\s*(?:\d|{lexicon.PLAN_WORDS_RE}|{lexicon.PREVIOUS_PERIOD_WORDS_RE}))|$)",
    re.IGNORECASE,
)
# what was done: "đã …", "được …", or a verb of an outcome ("đỗ tốt nghiệp 138 học viên",
# "giải quyết 271 vụ việc", "thu hồi 7.012,8 triệu đồng")
_DONE = re.compile(
    r"\bđã\b|\bđược\b|\bđỗ\b|trúng tuyển|tốt nghiệp|hoàn thành|giải quyết|xử lý|thu hồi|"
    r"giải ngân|công nhận|phê duyệt|nghiệm thu",
    re.IGNORECASE,
)
_MET = re.compile(r"đạt chuẩn|đạt yêu cầu", re.IGNORECASE)  # a standard met, after the count
_CHANGE = re.compile(lexicon.CHANGED_FIGURE_LEAD_RE, re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ])|;|\.\s*$")
_PLAN = re.compile(r"kế hoạch|dự toán|chỉ tiêu", re.IGNORECASE)
_MEASURES = (QuantityKind.COUNT, QuantityKind.AMOUNT, QuantityKind.MEASURE)
_MIN_DIGITS = 2  # a one-digit count gives no evidence


def find_completion_rates(
    document: Document, by_block: dict[int, list[Quantity]], claimed: set[int]
) -> list[PercentClaim]:
    found: list[PercentClaim] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or not _RATE_VERB.search(block.text):
            continue
        quantities = by_block.get(block.index, [])
        marks: _BlockMarks | None = None
        for index in range(1, len(quantities)):
            percent = quantities[index]
            if percent.kind is not QuantityKind.PERCENT or id(percent) in claimed:
                continue
            marks = marks or _BlockMarks(block.text)
            claim = _read(block, quantities, index, marks) or _rate_then_count(
                marks, quantities, index
            )
            if claim is not None:
                found.append(claim)
    return found


class _BlockMarks:
    """The clause marks, sentence ends and parentheses of a block, found once for all its
    percentages."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clause_marks = Marks(text, ",;:.")
        self.sentence_ends = [match.end() for match in _SENTENCE_END.finditer(text)]
        self.parentheses = Parentheses(text)

    def clause(self, position: int) -> int:
        """Where the clause holding ``position`` starts: after the last ``,;:.`` before it."""
        mark = self.clause_marks.last_before(position)
        return 0 if mark is None else mark + 1

    def sentence_starts(self, clause: int) -> list[int]:
        """Where the sentence holding the clause starting at ``clause`` starts, and the one
        before it (the ends read up to ``clause``: a "." right before it ends a sentence)."""
        ends = self.sentence_ends[: bisect.bisect_right(self.sentence_ends, clause)]
        if clause and self.text[clause - 1] == "." and (not ends or ends[-1] != clause):
            ends.append(clause)
        return [ends[-1] if ends else 0, ends[-2] if len(ends) > 1 else 0]


def _read(
    block: Block, quantities: list[Quantity], index: int, marks: _BlockMarks
) -> PercentClaim | None:
    text = block.text
    percent, done = quantities[index], quantities[index - 1]
    lead = _RATE_LEAD.search(text, done.end, percent.start)
    if lead is None or percent.sign < 0:
        return None
    share = (lead.group("verb") or "").lower() == "chiếm"
    ends = _RATE_ENDS.match(text, percent.end)
    if ends is None:
        return None
    if done.kind not in _MEASURES or done.sign < 0 or done.unit is None:
        return None
    if text[max(0, done.start - 1) : done.start] == "/":
        return None  # "268 vụ/482 bị can": the second count of a pair of two units
    named = ends.group("noun")
    if named and not _names_the_unit(named.lower(), done.unit):
        return None  # "đạt 85,9% số vụ" is not a rate of "bị can"
    clause = marks.clause(done.start)
    if _CHANGE.search(text, clause, done.start):
        return None
    base = _base(marks, quantities[: index - 1], done, clause)
    if base is None:
        return None
    if share and any(
        base.end <= q.start < done.start and _same_things(q, done) for q in quantities
    ):
        return None  # another part between the whole and this one: whose share is it?
    if share and has_own_share(text, base):
        return None  # "… cồn 490 vụ, chiếm 20,0%; … tốc độ 245 vụ, chiếm 10,0%": two parts
    if share and _said_as_siblings(text, marks.clause(base.start), base, clause, done):
        return None  # "huy động bằng VND 65.918 tỷ đồng; huy động bằng ngoại tệ 2.534 tỷ
        # đồng, chiếm 3,7%": two parts said alike, the share of their sum
    # a share ("chiếm") of a whole it does not name may be of another whole: of the slips
    # that explain it, only one of the percentage is evidence
    if lead.group("bare") and not (
        _PLAN.search(text, marks.clause(base.start), base.start)
        and _DONE.search(text, clause, done.start)
    ):
        return None  # a bare "(7,0%)" is a part's share of a list, unless of a plan used
    named_whole = named or _WHOLE_NAMED.search(text, marks.clause(base.start), base.start)
    slips = None if not share or named_whole else frozenset({key_of(percent)})
    if not ratio_or_one_typo(done, base, percent, slips, min_digits=_MIN_DIGITS):
        return None
    if share:
        return PercentClaim("ratio", percent, done, base, base_source="completion")
    # what was done ("đã giải quyết 271 vụ việc"), or of a plan ("tổng kế hoạch vốn là 159.800
    # triệu đồng, giải ngân 108.806 triệu đồng, đạt 68,1%")
    base_clause = marks.clause(base.start)
    # the verb may stand a clause before ("đã chi trả tiền bồi thường, hỗ trợ cho 1.108 hộ")
    done_from = max(base.end, marks.sentence_starts(clause)[0])
    # or said after the count, in its clause ("1.487 người đạt chuẩn về trình độ …, đạt tỷ lệ")
    done_after = _DONE.search(text, done.end, lead.start()) or _MET.search(
        text, done.end, lead.start()
    )
    if (
        not _DONE.search(text, done_from, done.start)
        and not done_after
        and not _PLAN.search(text, base_clause, base.start)
    ):
        return None
    return PercentClaim("ratio", percent, done, base, base_source="completion")


def _said_as_siblings(
    text: str, base_clause: int, base: Quantity, clause: int, done: Quantity
) -> bool:
    """The whole and the part are said with the same two opening words (after a label's
    colon): two parts of one list, not a whole and its part."""
    said = [
        text[start:end].rsplit(":", 1)[-1].lower().split()[:2]
        for start, end in ((base_clause, base.start), (clause, done.start))
    ]
    return len(said[0]) == 2 and said[0] == said[1]


# "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2% (17.357 người)": a rate, then its count
_RATE_NAMED = re.compile(
    rf"(?:{lexicon.RATE_NOUNS_RE})[^.;:()]{{0,80}}(?:đạt|là)\s*$", re.IGNORECASE
)
_COUNT_ASIDE = re.compile(r"\s*\(\s*")


def _rate_then_count(
    marks: _BlockMarks, quantities: list[Quantity], index: int
) -> PercentClaim | None:
    """A rate followed by its count alone in a parenthesis; the whole, the one figure of the
    paragraph before it (of the count's unit, or people for people) the rate is the count's
    share of, or one typo-shaped slip away from, outside parentheses."""
    from lint.relations.percent_claims import both_people, share_fits

    text = marks.text
    percent = quantities[index]
    if index + 1 >= len(quantities) or not _RATE_NAMED.search(text, 0, percent.start):
        return None
    value = quantities[index + 1]
    if value.kind is not QuantityKind.COUNT or not _COUNT_ASIDE.fullmatch(
        text, percent.end, value.start
    ):
        return None
    if not text[value.end :].lstrip().startswith(")"):
        return None
    candidates = [
        q
        for q in quantities[:index]
        if q.kind is QuantityKind.COUNT
        and (q.unit == value.unit or both_people(value, q))
        and q.value > value.value
        and marks.parentheses.balanced(q.start)
        and not _CHANGE.search(text, max(0, q.start - 12), q.start)
    ]
    fitting = [q for q in candidates if share_fits(value, q, percent)]
    if fitting:
        base = fitting[0] if len(fitting) == 1 else None
    else:
        slipped = [q for q in candidates if ratio_or_one_typo(value, q, percent, min_digits=3)]
        base = slipped[0] if len(slipped) == 1 else None
    if base is None:
        return None
    return PercentClaim("ratio", percent, value, base, base_source="completion")


def _base(
    marks: _BlockMarks, earlier: list[Quantity], done: Quantity, clause: int
) -> Quantity | None:
    """The one figure of ``done``'s unit in the sentence, or else the sentence before."""
    text = marks.text
    for start in dict.fromkeys(marks.sentence_starts(clause)):
        first = bisect.bisect_left(earlier, start, key=lambda q: q.start)
        candidates = [
            q
            for q in earlier[first:]
            if q.start < clause
            and q.kind is done.kind
            and _same_things(q, done)
            and q.sign > 0
            and not _CHANGE.search(text, max(0, q.start - 12), q.start)
            and marks.parentheses.balanced(q.start)
        ]
        if len(candidates) > 1:  # "245 vụ, trong đó 30 vụ ma túy": not the smaller ones
            candidates = [q for q in candidates if q.value >= done.value]
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            return None  # two totals of that unit: which one?
    return None


def _names_the_unit(named: str, unit: str) -> bool:
    """The words after "số" name the figure's unit, or people when it counts people ("chiếm
    36,4% số lao động được giải quyết việc làm" after "1.184 người")."""
    if named.startswith(unit.lower()):
        return True
    return unit in lexicon.PERSON_NOUNS and any(
        named.startswith(noun) for noun in lexicon.PERSON_NOUNS
    )


def _same_things(base: Quantity, done: Quantity) -> bool:
    """Of one unit, or people counted by their role and then as "người" or "đồng chí" ("214
    công chức, viên chức; … tập huấn cho 192 người", "5.318 quân nhân dự bị; đã sắp xếp …
    4.876 đồng chí")."""
    if base.unit == done.unit:
        return True
    return done.unit in _ANY_PERSON and base.unit in lexicon.PERSON_NOUNS


_ANY_PERSON = ("người", "đồng chí")
