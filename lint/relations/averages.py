"""An average and the total and count it is the quotient of, stated in one sentence.

Reports give a total, what it is spread over, and the average per one::

    Toàn huyện có 42 lớp với 1.250 học sinh, bình quân 29,8 học sinh/lớp.
    Hỗ trợ 120 hộ nghèo với tổng kinh phí 240 triệu đồng, bình quân 2 triệu đồng/hộ.
    Diện tích tự nhiên 125,6 km2, dân số 56.520 người, mật độ dân số 450 người/km2.

Read here: a rate ``N/D`` (one unit over one unit: ``học sinh/lớp``, ``đồng/hộ``,
``người/km2``) introduced by ``bình quân``, ``trung bình`` or ``mật độ`` (a few words may come
between, none saying it is a change: ``bình quân tăng 2 triệu đồng/người`` is not read), or an
average per one named in words (``bình quân mỗi lớp có 29,8 học sinh``: ``N`` the figure's
unit, ``D`` the noun after ``mỗi``); and before it in its sentence a figure of unit ``N`` (the total) and a figure of unit ``D`` (the
count). The total is then the count × the average, where the average may have been rounded or
cut to its last printed digit.

Also a count per so many people ("118,6 thuê bao/100 dân", "12,5 giường bệnh/vạn dân") after
"đạt", "bình quân" or "mật độ": the total of its noun before it and the people before it or in
a parenthesis right after it ("(dân số … là 1.202.650 người)"), one of each.

Which total and count: when the sentence holds one figure of each unit before the average,
those. When it holds several (a whole and its parts), the average's own clause (after the last
``;`` or the sentence start) must hold exactly one of each, and no other pairing in the
sentence may give the average: a sentence that one pairing reads consistently is not checked
under another; then figures in parentheses (a breakdown of the count, a plan) give way to
the one total and count outside them. Changes (``tăng 50 học sinh``) are never totals or counts.
Turns of people ("2.236 lượt nông dân") are a total of people.  When no clause settles it, the
one pairing that gives the average, or with none the one a typo-shaped slip of one figure
makes give it, is read; and when the sentence names only the total or only the count, the
other may come from the sentence before, on the same evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.arithmetic import Add, Const, Equation, Expr, Mul, Var
from lint.document import BlockKind, Document
from lint.numbers.fraction import Fraction
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.breakdowns import figures_by_block
from lint.relations.evidence import localised, slip_explains
from lint.relations.figures import key_of
from lint.relations.marks import depth_at

# the words before an average: "bình quân", "trung bình mỗi lớp có", "mật độ dân số"
_AVERAGE = re.compile(
    r"\b(?:bình quân|trung bình|mật độ)(?P<words>[^\d;.:()%]{0,30}?)\s*:?\s*$", re.IGNORECASE
)
# an average per one named in words: "bình quân mỗi lớp có", "trung bình mỗi hộ được hỗ trợ"
_PER_EACH = re.compile(
    r"\b(?:bình quân|trung bình)\s+mỗi\s+(?P<noun>[^\W\d]+)(?P<words>[^\d;.:()%]{0,30}?)\s*:?\s*$",
    re.IGNORECASE,
)
# words that make the rate a change or a comparison, not the average itself
_NOT_THE_AVERAGE = re.compile(
    r"\b(?:tăng|giảm|hơn|so với|gấp|thêm|chênh lệch|kế hoạch|chỉ tiêu)\b", re.IGNORECASE
)
# the words before a figure that make it a change, not a total or a count
_CHANGE = re.compile(r"\b(?:tăng|giảm)(?:\s+thêm)?\s*(?:được\s+)?$", re.IGNORECASE)
# where a sentence ends: a full stop before a capital (not the thousands dot of "1.250")
_SENTENCE_END = lexicon.FULL_STOP
# the learners a class count is of: "1.250 học sinh … 29,8 em/lớp"
_SAME_NOUN = {"em": frozenset({"học sinh", "trẻ", "cháu", "em"})}
# masses in tấn (a yield per hectare is read in tạ/ha, a total in tấn) and areas in m²
# ("96,47 ha … bình quân 437,7 m²/hồ sơ"): an average in one unit of the total's measure
_MASS = {"tấn": Fraction(1), "tạ": Fraction(1, 10), "kg": Fraction(1, 1000)}
_AREA = {"m2": Fraction(1), "ha": Fraction(10_000), "km2": Fraction(1_000_000)}
_MEASURES = (_MASS, _AREA)


def _factor(average_unit: str, total_unit: str) -> Fraction | None:
    """The average's unit in the total's, when both are units of one measure."""
    for units in _MEASURES:
        if average_unit in units and total_unit in units:
            return units[average_unit] / units[total_unit]
    return None


_LOOK_BACK = 400  # characters before the average searched for its sentence


@dataclass(frozen=True)
class StatedAverage:
    """``total`` ÷ ``count`` = ``average`` (rounded or cut to its last printed digit)."""

    total: Quantity
    count: Quantity | None  # None: so many periods the text names ("Lũy kế 8 tháng")
    average: Quantity
    factor: Fraction = Fraction(1)  # the average's unit in the total's: tạ in tấn, 1/10
    per: str = ""  # what the average is per when the figure does not say: "/100 dân"
    periods: int = 0  # without a count: how many periods ("8" of "8 tháng")
    period: str = ""  # and as said: "8 tháng"

    @property
    def last_digit(self) -> Fraction:
        """One unit of the average's last printed digit, in its base unit."""
        number = self.average.numbers[-1]
        return Fraction(1, 10 ** max(number.decimals, 0)) * self.average.scale

    def constraint(self) -> Equation:
        """Count (or periods) × the average (printed ± half a digit for rounding, widened by
        another half for a cut last digit) × factor = the total."""
        from lint.relations.percent_bases import Tolerance

        read: Expr = Add(Var(key_of(self.average)), Tolerance(self.last_digit / 2))
        if self.count is None:  # "Lũy kế 8 tháng …; bình quân mỗi tháng …": so many periods
            made: Expr = Mul(read, Const(Fraction(self.periods)))
        else:
            made = Mul(Var(key_of(self.count)), read)
            if self.factor != 1:
                made = Mul(made, Const(self.factor))
        return Equation(made, Var(key_of(self.total)))


def find_averages(document: Document, extraction: Extraction) -> list[StatedAverage]:
    found: list[StatedAverage] = []
    for index, quantities in figures_by_block(extraction).items():
        block = document.blocks[index]
        if block.kind is BlockKind.TABLE_CELL:
            continue
        text = block.text
        for position, average in enumerate(quantities):
            per_people = _per_people(text, quantities, position)
            if per_people is not None:
                found.append(per_people)
                continue
            worked = _worked_out(text, quantities, position)
            if worked is not None:
                found.append(worked)
                continue
            units = _units(text, average)
            if units is None:
                continue
            if _ADJUSTED_AFTER.match(text, _unit_end(text, average)):
                continue  # "613.497 đồng/ha (sau khi trích 10% chi phí quản lý)": of a total
                # adjusted first, not of the total stated
            reading = _total_and_count(text, quantities[:position], average, units)
            if reading is not None:
                total, count = reading
                factor = _factor(units[0], _plain(total.unit or "")) or Fraction(1)
                slashed = _SLASHED_NOUN.match(text, average.end)
                # what the figure does not say: "/tổ" of "6,1 thành viên/tổ", " hòa giải viên/tổ"
                per = ""
                if slashed is not None and average.kind is not QuantityKind.RATE:
                    per = (" " if slashed.group("over") else "") + slashed.group(0).strip()
                found.append(StatedAverage(total, count, average, factor, per))
    from lint.relations.period_averages import find_period_averages

    found.extend(find_period_averages(document, extraction))
    return found


# words after an average saying it is of the total adjusted first: "(sau khi trích 10% …)",
# "(đã trừ …)", "(không kể …)"
_ADJUSTED_AFTER = re.compile(
    r"\s*[,(]?\s*(?:sau khi|đã trừ|trừ|không kể|chưa kể|không tính|chưa tính|ngoài)\b",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"(?:/\s*[^\W\d]+(?:\s+[^\W\d]+)?)*")


def _unit_end(text: str, average: Quantity) -> int:
    """Where an average's printed unit ends, its "/…" included ("đồng/ha")."""
    unit = _UNIT_AFTER.match(text, average.end)
    return unit.end() if unit is not None else average.end


# a rate per so many people after a count: "118,6 thuê bao/100 dân", "12,5 giường bệnh/vạn
# dân", "7,0 doanh nghiệp/1.000 dân"
_PER_PEOPLE = re.compile(
    r"\s*/\s*(?P<many>100|1\.000|10\.000|nghìn|vạn)\s+(?:dân|người)\b", re.IGNORECASE
)
_MANY = {"100": 100, "1.000": 1000, "nghìn": 1000, "10.000": 10000, "vạn": 10000}
# the cue of such a rate: "mật độ thuê bao đạt", "bình quân", "tỷ lệ … là"
_RATE_CUE = re.compile(
    r"\b(?:bình quân|trung bình|mật độ|đạt|là)\b[^\d;.:()%]{0,40}$", re.IGNORECASE
)
# the population in a parenthesis right after the rate: "(dân số trung bình năm 2024 là "
_POPULATION_AFTER = re.compile(r"\s*\(\s*dân số[^;()]{0,50}$", re.IGNORECASE)


# "bình quân mỗi trường hợp nộp 1,55 triệu đồng (687,45 triệu đồng/444 trường hợp)": the
# average, then its total and count in a parenthesis, divided by a slash
_AVERAGE_CUE = re.compile(r"\b(?:bình quân|trung bình)\b[^\d;.:()%]{0,50}$", re.IGNORECASE)
_OPEN = re.compile(r"\s*\(\s*$")
_SLASH_BETWEEN = re.compile(
    r"(?:\s*[^\W\d/]+(?![^\W\d/]))*\s*/\s*$"
)  # " triệu đồng/": the total's unit
_CLOSES = re.compile(r"(?:\s*[^\W\d()]+(?![^\W\d()]))*\s*\)")  # " trường hợp)": the count's noun


def _worked_out(text: str, quantities: list[Quantity], position: int) -> StatedAverage | None:
    """``bình quân … X (A/B)``: X = A ÷ B, the total A of X's kind and unit, B a count."""
    if position + 2 >= len(quantities):
        return None
    average, total, count = quantities[position : position + 3]
    if average.kind not in (QuantityKind.AMOUNT, QuantityKind.MEASURE):
        return None
    if not _AVERAGE_CUE.search(text, max(0, average.start - 60), average.start):
        return None
    if not _OPEN.match(text[average.end : total.start]):
        return None
    if not _SLASH_BETWEEN.match(text[total.end : count.start]):
        return None
    if total.kind is not average.kind or total.unit != average.unit:
        return None
    if count.kind is not QuantityKind.COUNT or not _CLOSES.match(text, count.end):
        return None
    if total.value <= 0 or count.value <= 0:
        return None
    return StatedAverage(total, count, average)


def _per_people(text: str, quantities: list[Quantity], position: int) -> StatedAverage | None:
    """``1.426.350 thuê bao … 118,6 thuê bao/100 dân (dân số … 1.202.650 người)``: total ÷
    people × 100 = the rate; the people before the rate in its sentence or right after it in
    parentheses, and the total before it, one of each."""
    average = quantities[position]
    per = _PER_PEOPLE.match(text, average.end)
    if per is None or average.kind is not QuantityKind.COUNT or average.value <= 0:
        return None
    if not _RATE_CUE.search(text, max(0, average.start - 60), average.start):
        return None
    _, earlier = sentence_figures(text, quantities[:position], average)
    totals = [q for q in earlier if _of_unit(q, average.unit or "", total=True, text=text)]
    people = [q for q in earlier if _people(q)]
    if position + 1 < len(quantities):
        after = quantities[position + 1]
        if _people(after) and _POPULATION_AFTER.fullmatch(text, per.end(), after.start):
            people = [after]
    if len(totals) != 1 or len(people) != 1:
        return None
    many = _MANY[per.group("many").lower()]
    return StatedAverage(totals[0], people[0], average, Fraction(1, many), per.group(0).strip())


def _people(quantity: Quantity) -> bool:
    return (
        quantity.kind is QuantityKind.COUNT
        and quantity.unit in ("người", "người dân", "nhân khẩu", "khẩu")
        and quantity.value > 0
    )


# after a figure, a unit over a noun the grammar does not know: " hòa giải viên/tổ" (after a
# bare number), "/tổ" (after a count): one noun under the line, no period after it
_SLASHED_NOUN = re.compile(
    r"(?:\s+(?P<over>[^\W\d]+(?:\s+[^\W\d]+){0,2}))?\s*/\s*(?P<under>[^\W\d]+)(?![\w/])"
)


def _units(text: str, average: Quantity) -> tuple[str, str] | None:
    """The units over and under the line of an average: ``("học sinh", "lớp")`` of ``bình
    quân 29,8 học sinh/lớp`` and of ``bình quân mỗi lớp có 29,8 học sinh``; None when the
    figure is not introduced as an average (or is a change of one)."""
    if average.sign <= 0 or average.value <= 0:
        return None
    lead = max(0, average.start - 60)
    if average.kind is QuantityKind.RATE:
        cue = _AVERAGE.search(text, lead, average.start)
        pieces = (average.unit or "").split("/")
        if cue is None or len(pieces) != 2 or not all(piece.strip() for piece in pieces):
            return None
        over, under = _plain(pieces[0].strip()), pieces[1].strip()
    elif (slashed := _SLASHED_NOUN.match(text, average.end)) is not None and (
        average.kind is QuantityKind.NUMBER or slashed.group("over") is None
    ):
        # a noun the grammar does not know after the slash: "bình quân 6,1 thành viên/tổ",
        # "bình quân 7,04 hòa giải viên/tổ"
        cue = _AVERAGE.search(text, lead, average.start)
        over = slashed.group("over") or average.unit or ""
        if cue is None or not over or average.kind is QuantityKind.PERCENT:
            return None
        over, under = _plain(over.strip().lower()), slashed.group("under").lower()
    elif average.kind in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.AMOUNT):
        cue = _PER_EACH.search(text, lead, average.start)
        if cue is None or not average.unit:
            return None
        over, under = average.unit, cue.group("noun").lower()
    else:
        return None
    if _NOT_THE_AVERAGE.search(cue.group("words")):
        return None
    return over, _plain(under)


def _total_and_count(
    text: str, earlier: list[Quantity], average: Quantity, units: tuple[str, str]
) -> tuple[Quantity, Quantity] | None:
    numerator, denominator = units
    start, sentence = sentence_figures(text, earlier, average)
    totals = [
        q
        for q in sentence
        if _of_unit(q, numerator, total=True, text=text) and not _an_average(text, q)
    ]
    counts = [q for q in sentence if _of_unit(q, denominator, total=False, text=text)]
    if not totals or not counts:
        # the total or the count said in the sentence before ("Thành lập mới 1.286 doanh
        # nghiệp. Tổng vốn đăng ký … 14.825,6 tỷ đồng; vốn bình quân 11,53 tỷ đồng/doanh
        # nghiệp"), read on the figures' evidence
        if start == 0 or not (totals or counts):
            return None  # both in another sentence: the average may be of a part
        before = sentence_figures(text, earlier, average, start - 1)[1]
        if not totals:
            totals = [q for q in before if _of_unit(q, numerator, total=True, text=text)]
        if not counts:
            counts = [q for q in before if _of_unit(q, denominator, total=False, text=text)]
        return _evidenced_pairing(
            _outside(text, start, totals), _outside(text, start, counts), average
        )
    if len(totals) == 1 and len(counts) == 1:
        return totals[0], counts[0]
    if any(_gives(t, c, average) for t in totals for c in counts):
        return None  # one pairing reads the sentence consistently
    # figures in parentheses detail or compare the ones outside ("23 người (nghỉ hưu trước
    # tuổi 15 người, thôi việc 08 người)", "đạt 103,9% kế hoạch (12.000 lượt)")
    outside_totals = _outside(text, start, totals)
    outside_counts = _outside(text, start, counts)
    if len(outside_totals) == 1 and len(outside_counts) == 1:
        return outside_totals[0], outside_counts[0]
    clause = text.rfind(";", start, average.start) + 1
    own_totals = [q for q in totals if q.start >= clause]
    own_counts = [q for q in counts if q.start >= clause]
    if len(own_totals) == 1 and len(own_counts) == 1:
        return own_totals[0], own_counts[0]
    # "cho vay 2.654 tỷ đồng, …, tổng dư nợ 6.815 tỷ đồng, … với 142.360 khách hàng …; dư nợ
    # bình quân 41,9 triệu đồng/khách hàng": the one pairing one slip away
    return _evidenced_pairing(outside_totals or totals, outside_counts or counts, average)


def _outside(text: str, start: int, figures: list[Quantity]) -> list[Quantity]:
    """The figures not in parentheses (counted from ``start``, before them all)."""
    start = min([start, *(q.start for q in figures)])
    return [q for q in figures if depth_at(text, start, q.start) == 0]


_PAIRINGS = 12  # pairings of a total and a count tried for one average, at most


def _evidenced_pairing(
    totals: list[Quantity], counts: list[Quantity], average: Quantity
) -> tuple[Quantity, Quantity] | None:
    """The one pairing of a total and a count that gives the average, or with none, the one
    that one typo-shaped slip of a figure makes give it."""
    pairings = [(t, c) for t in totals for c in counts if t is not c]
    if not pairings or len(pairings) > _PAIRINGS:
        return None
    giving = [pairing for pairing in pairings if _gives(*pairing, average)]
    if giving:
        return giving[0] if len(giving) == 1 else None
    slipped = [pairing for pairing in pairings if _one_slip(*pairing, average)]
    return slipped[0] if len(slipped) == 1 else None


def _one_slip(total: Quantity, count: Quantity, average: Quantity) -> bool:
    """One typo-shaped correction of one of the three figures makes the total ÷ the count
    give the average (a total of three significant digits at least)."""
    constraint = StatedAverage(total, count, average).constraint()
    return slip_explains(localised(constraint, (total, count, average), total, 3))


def sentence_figures(
    text: str, earlier: list[Quantity], average: Quantity, end: int | None = None
) -> tuple[int, list[Quantity]]:
    """Where the average's sentence starts (read at most :data:`_LOOK_BACK` characters back),
    and the figures of ``earlier`` in it that are not changes; with ``end``, of the sentence
    ending there (the one before)."""
    stop = average.start if end is None else end
    start = max(0, stop - _LOOK_BACK)
    for match in _SENTENCE_END.finditer(text, start, stop):
        start = match.end()
    return start, [q for q in earlier if start <= q.start < stop and not _a_change(text, q)]


def _of_unit(quantity: Quantity, unit: str, total: bool, text: str) -> bool:
    """``quantity`` counts or measures ``unit``: the same unit, a longer name of it ("lớp học"
    for "lớp"), times it ("14.520 lượt người", "3.860 lượt vận động viên" for "người",
    "vận động viên"), the learners of "em", or any count of people for "người"."""
    if quantity.sign <= 0 or quantity.value <= 0:
        return False
    if quantity.kind is QuantityKind.NUMBER:
        # a whole number, then the noun the grammar does not know as a unit: "112 tổ công
        # nghệ số … bình quân 6,1 thành viên/tổ", "9.274 hòa giải viên … hòa giải viên/tổ"
        return (
            quantity.value == int(quantity.value)
            and not (quantity.numbers and quantity.numbers[-1].decimals)
            and re.match(rf"\s+{re.escape(unit)}(?![^\W\d])", text[quantity.end :], re.I)
            is not None
        )
    if quantity.kind not in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.AMOUNT):
        return False
    own = _plain(quantity.unit or "")
    if not own:
        return False
    if total and own in _SAME_NOUN.get(unit, ()):
        return True
    if total and unit == "người" and own in lexicon.PERSON_NOUNS:
        return True  # "12.465 hộ với 48.200 nhân khẩu, bình quân 3,9 người/hộ"
    if own == unit or (quantity.kind is QuantityKind.COUNT and own.startswith(unit + " ")):
        return True
    if total and _factor(unit, own) is not None:
        return True  # "258 tấn … bình quân 120 kg/ha" (read as 1,2 tạ/ha); "96,47 ha … m²/hồ sơ"
    if quantity.kind is not QuantityKind.COUNT:
        return False
    printed = _plain(quantity.unit_text or "")  # "lượt người", read as "lượt"
    if f"lượt {unit}" in (own, printed) or (
        own == "lượt" and text.startswith(f" {unit}", quantity.end)
    ):
        return True
    people = unit == "người" or unit.removeprefix("lượt ") in lexicon.PERSON_NOUNS
    if total and people and _person_turns(quantity, text):
        return True  # "12.465 lượt cán bộ … bình quân 84,2 lượt học viên/lớp"
    return not total and unit == "người" and own in lexicon.PERSON_NOUNS


def _an_average(text: str, quantity: Quantity) -> bool:
    """``quantity`` is itself an average, so no total: said after "bình quân" ("Bình quân toàn
    huyện đạt 17,62 tiêu chí …/xã"), or a count of things with decimals."""
    if _AVERAGE.search(text, max(0, quantity.start - 60), quantity.start):
        return True
    number = quantity.numbers[-1] if quantity.numbers else None
    return (
        quantity.kind is QuantityKind.COUNT
        and number is not None
        and number.decimals > 0
        and "scaled" not in quantity.flags
    )


def _person_turns(quantity: Quantity, text: str) -> bool:
    """Turns of people: "12.465 lượt cán bộ", "2.236 lượt nông dân"."""
    if quantity.unit != "lượt":
        return False
    if (quantity.unit_text or "").removeprefix("lượt ") in lexicon.PERSON_NOUNS:
        return True  # "14.520 lượt người"
    following = text[quantity.end : quantity.end + 20].lower()
    return any(following.startswith(f" {noun}") for noun in lexicon.PERSON_NOUNS)


def _plain(unit: str) -> str:
    """``km2`` and ``km²`` alike."""
    return unit.replace("²", "2").replace("³", "3")


def _a_change(text: str, quantity: Quantity) -> bool:
    return _CHANGE.search(text, max(0, quantity.start - 20), quantity.start) is not None


def _gives(total: Quantity, count: Quantity, average: Quantity) -> bool:
    """``total`` ÷ ``count`` is the average within a unit of its last printed digit."""
    reading = StatedAverage(total, count, average)
    low = count.interval.low * (average.interval.low - reading.last_digit / 2)
    high = count.interval.high * (average.interval.high + reading.last_digit / 2)
    return total.interval.high >= low and total.interval.low <= high
