"""The whole a share names in words ("chiếm 6,55% tổng lượt khách", "bằng 96,80% số hồ sơ
tiếp nhận"): the figure so named before it in its block, or in the paragraphs before it in its
section."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.marks import ends_before
from lint.relations.percent_claims import (
    PercentClaim,
    both_people,
    growth_word_before,
    has_own_share,
    same_measure,
    share_fits,
    single,
)

NOT_A_NAME = re.compile(
    rf"{lexicon.PLAN_WORDS_RE}|{lexicon.PREVIOUS_PERIOD_WORDS_RE}|năm|tháng|so với", re.IGNORECASE
)
_NAMED_BASE = re.compile(r"^\s*(?:so với\s+)?(?:tổng\s+)?([^\d,.;:()%]{4,40}?)\s*(?:[,.;)]|$)")


def named_whole(
    block: Block, quantities: list[Quantity], percent: Quantity, value: Quantity, after: str
) -> PercentClaim | None:
    """The share of the whole named right after the percentage ("chiếm 70,28% doanh số cho
    vay"): the figure so named before it in the block, else a claim resolved against the
    paragraphs before (:func:`_wholes_named_before`); None when no name follows, or when a
    footnote mark follows the name ("đạt 87,5% tổng đàn<sup>2</sup>": the footnote says what
    the whole is, which may not be the figure the block names so)."""
    text = block.text
    aside = _NAMED_THEN_FIGURE.match(text, percent.end)
    if aside is not None and not NOT_A_NAME.search(aside.group("name")):
        # "bằng 1,9% tổng thu ngân sách địa phương được hưởng (9.810.500 triệu đồng)": the
        # whole's figure right after its name
        inside = [q for q in quantities if aside.start("figure") <= q.start < aside.end()]
        if len(inside) == 1 and same_measure(value, inside[0]):
            return PercentClaim("ratio", percent, value, single(inside[0]), base_source="named")
    named = _NAMED_BASE.match(after)
    if named is None or NOT_A_NAME.search(named.group(1)):
        return None
    name_end = percent.end + named.end(1)
    for ref in block.footnote_refs:
        if percent.end < ref.position <= name_end + 1:
            # "đạt 87,56% tổng đàn<sup>2</sup>": the footnote says what the whole is (resolved
            # by :func:`wholes_named_before`), whatever the block names so
            return PercentClaim(IN_A_FOOTNOTE, percent, value, comparison=str(ref.number))
    name = named.group(1).strip().lower()
    base = None
    if re.match(r"\s*(?:so với\s+)?tổng\s", after, re.IGNORECASE):
        # "(chiếm 63,9% tổng vốn)": the figure named "tổng vốn" before any other "vốn"
        base = _named_base(text, quantities, value, f"tổng {name}")
    base = base or _named_base(text, quantities, value, name)
    if base is not None:
        return PercentClaim("ratio", percent, value, base, base_source="named")
    said_total = re.match(r"\s*(?:so với\s+)?tổng\s", after, re.IGNORECASE) is not None
    return PercentClaim(
        NAMED_ELSEWHERE, percent, value, comparison=f"tổng {name}" if said_total else name
    )


# a share of a whole it names but whose figure its paragraph does not give: "Khách quốc tế:
# 186.420 lượt, chiếm 6,55% tổng lượt khách" (resolved against the paragraphs before)
NAMED_ELSEWHERE = "named elsewhere"
# a share of a whole whose name a footnote mark follows: the footnote gives it ("chiếm 87,56%
# tổng đàn<sup>2</sup>" … "<sup>2</sup> Tổng đàn trâu, bò là 1.784 con …")
IN_A_FOOTNOTE = "in a footnote"
_BLOCKS_BACK = 8  # paragraphs searched for the whole a share names
# words that make a figure other than the whole a share names: a target, last year's value,
# a change
_NOT_THE_WHOLE = re.compile(
    rf"\b(?:{lexicon.PLAN_WORDS_RE}|{lexicon.PREVIOUS_PERIOD_WORDS_RE}|so với|tăng|giảm|"
    r"phấn đấu|dự kiến|kế hoạch|bình quân)\b",
    re.IGNORECASE,
)


def wholes_named_before(
    document: Document, by_block: dict[int, list[Quantity]], claims: list[PercentClaim]
) -> list[PercentClaim]:
    """Shares naming their whole (``chiếm 6,55% tổng lượt khách``) whose paragraph does not
    give it, with the whole from the nearest paragraph before (in the same section, at most
    :data:`_BLOCKS_BACK` back) that states a figure of the share's measure right after that
    name (``tổng lượt khách du lịch … ước đạt 2.845.600 lượt``), larger than the part, not a
    target, last year's value nor a change, and the only such figure of that paragraph.
    Unresolved shares are dropped."""
    from lint.relations.evidence import ratio_or_one_typo

    kept = []
    for claim in claims:
        if claim.kind == IN_A_FOOTNOTE:
            whole = _whole_in_footnote(document, by_block, claim)
            if whole is not None:
                kept.append(replace(claim, kind="ratio", base=whole, base_source="named"))
            continue
        if claim.kind != NAMED_ELSEWHERE:
            kept.append(claim)
            continue
        # "chiếm 0,93% tổng dư nợ": the figure named "tổng dư nợ" first, before any "dư nợ …"
        # (a part: "Dư nợ trung và dài hạn: 1.834,31 tỷ đồng")
        name = claim.comparison
        whole = _whole_before(document, by_block, claim.value, name)
        if whole is None and name.startswith("tổng "):
            # the name without "tổng", not said as a part ("Trong tổng diện tích, diện tích đã
            # cho thu hoạch là …" is some of it)
            whole = _whole_before(document, by_block, claim.value, name[len("tổng ") :], part=True)
        if whole is None:
            whole = _whole_of_another_noun(document, by_block, claim)
        if whole is None:
            # "… có 32 cụm công nghiệp với tổng diện tích 1.586,4 ha. … 1.212,6 ha (chiếm
            # 76,44% diện tích quy hoạch)": named otherwise, the total of the sentence before
            text = document.blocks[claim.value.block].text
            quantities = by_block.get(claim.value.block, [])
            said = total_of_the_sentence_before(text, quantities, claim.percent, claim.value)
            whole = said.base if said is not None else None
        if whole is None or claim.percent.value >= 100:
            continue
        if not ratio_or_one_typo(claim.value, whole, claim.percent):
            continue  # "48 dự án với tổng vốn đăng ký 862,45 triệu USD" in a paragraph before,
            # then "598,61 triệu USD, chiếm 40,26% tổng vốn đăng ký" (of 1.486,72): named so,
            # a whole found paragraphs away is read on the figures' evidence only
        kept.append(replace(claim, kind="ratio", base=whole, base_source="named", comparison=""))
    return kept


def _whole_in_footnote(
    document: Document, by_block: dict[int, list[Quantity]], claim: PercentClaim
) -> Quantity | None:
    """The whole a footnote gives for a share that names it with the footnote's mark: the
    footnote's first figure of the share's measure, larger than the part, not a change; read
    on the figures' evidence (the share holds, or one slip explains it)."""
    from lint.relations.evidence import ratio_or_one_typo

    if claim.percent.value >= 100:
        return None
    for block in document.footnote_definitions().get(int(claim.comparison), []):
        for quantity in by_block.get(block.index, []):
            if not same_measure(claim.value, quantity):
                continue
            if growth_word_before(block.text, quantity):
                continue
            whole = single(quantity)
            if whole.value <= claim.value.value:
                return None  # a part first ("trâu 1.246 con, bò 538 con"): no whole given
            return whole if ratio_or_one_typo(claim.value, whole, claim.percent) else None
    return None


_A_PART = re.compile(r"\btrong (?:tổng|đó|số)\b", re.IGNORECASE)


def paragraphs_before(document: Document, index: int, limit: int = 8) -> Iterator[Block]:
    """The blocks before block ``index``, nearest first, up to ``limit`` of them that are not
    table cells (a table between a whole and what is said of it is passed over whole)."""
    counted = 0
    for back in range(index - 1, -1, -1):
        block = document.blocks[back]
        if block.kind is BlockKind.TABLE_CELL:
            continue
        counted += 1
        if counted > limit:
            return
        yield block


def _whole_before(
    document: Document,
    by_block: dict[int, list[Quantity]],
    value: Quantity,
    name: str,
    part: bool = False,
) -> Quantity | None:
    for block in paragraphs_before(document, value.block, _BLOCKS_BACK):
        if block.kind is BlockKind.HEADING:
            return None
        index, text = block.index, block.text
        found = []
        for quantity in by_block.get(index, []):
            quantity = single(quantity)
            if not same_measure(value, quantity) or quantity.value <= value.value:
                continue
            lead = _lead(text, quantity)
            if _named_in(lead, name) and not _NOT_THE_WHOLE.search(lead):
                if name.startswith("số ") and _narrowed(lead, name):
                    continue
                if part and _A_PART.search(lead):
                    continue
                if name in lead and "," in lead[lead.rfind(name) + len(name) :]:
                    continue  # "Trong tổng diện tích, diện tích đã cho thu hoạch là": a part
                found.append(quantity)
        if found:
            return found[0] if len({q.value for q in found}) == 1 else None
    return None


# the name of a whole, then its figure alone in a parenthesis: " tổng thu ngân sách địa
# phương được hưởng theo phân cấp (9.810.500 triệu đồng)"
_NAMED_THEN_FIGURE = re.compile(
    r"\s*(?:so với\s+)?(?P<name>tổng\s+[^\d,.;:()%]{3,60}?)\s*"
    r"\(\s*(?P<figure>\d[\d.,]*(?:\s+[^\W\d()]+){0,3})\s*\)",
    re.IGNORECASE,
)


# a comparison word right before a whole's name: the figure after the name is a gap from it
_AGAINST_THE_NAME = re.compile(r"\b(?:hơn|vượt|so với|thiếu|dư)\s+(?:[^\W\d]+(?![^\W\d])\s*){1,4}$")


def _named_base(
    text: str, quantities: list[Quantity], value: Quantity, name: str
) -> Quantity | None:
    earlier = [q for q in quantities if q.end <= value.start]
    for index in range(len(earlier) - 1, -1, -1):
        quantity = earlier[index]
        if not same_measure(value, quantity) or quantity is value:
            continue
        if growth_word_before(text, quantity):
            continue  # "tổng dư nợ đạt 6.815 tỷ đồng, tăng 668 tỷ đồng": not the whole
        # the name since the figure before: "tổng vốn 86,4 tỷ đồng; trong đó vốn ngân sách
        # 31,2 tỷ đồng" names 86,4 "tổng vốn", not 31,2
        since = earlier[index - 1].end if index else 0
        before = text[max(since, quantity.start - 100) : quantity.start].lower()
        if _named_in(before, name):
            if _AGAINST_THE_NAME.search(before) and before.rstrip().endswith(name):
                continue  # "thấp hơn định mức 1.709 người": a gap from what is named
            return single(quantity)
    # "… là 19 vụ, chiếm 32,8% số vụ đã giải quyết" after "Đã giải quyết 58/62 vụ", "1.836 em
    # trúng tuyển, chiếm 70,1% số học sinh tốt nghiệp" after "tốt nghiệp THCS cho 2.618/2.631
    # học sinh": the one figure of the unit (or of people, for people) said after the name's
    # words (but "đã", "được") in its clause
    named = []
    for q in earlier:
        if q is value or not (
            same_measure(value, q) or both_people(value, q) or _turns_of(text, q, value)
        ):
            continue
        if has_own_share(text, q):
            continue  # "Trong đó, vi phạm nồng độ cồn 1.368 trường hợp, chiếm 20,0%; vi phạm
            # tốc độ 912 trường hợp, chiếm 13,3% tổng số trường hợp vi phạm": a part beside
            # the value, not the whole both are shares of
        # the noun as printed ("vụ việc"), else the unit it counts in ("vụ")
        core = _core_name(name, single(q).unit_text) or _core_name(name, single(q).unit)
        if not core and _turns_of(text, q, value):
            core = _core_name(name, value.unit)  # "số cơ sở được kiểm tra" of "lượt cơ sở"
        words = " ".join(w for w in core.split() if w not in _ASPECT)
        if core and words and _named_in(_clause_before(text, q.start), words):
            named.append(q)
    if len({single(q).value for q in named}) == 1:
        return single(named[0])
    # "còn 2.134 hộ nghèo trên tổng số 35.745 hộ, …; … 1.263 hộ, chiếm 59,2% tổng số hộ
    # nghèo": the one figure whose own words, right after its number, are the name
    printed = [
        q for q in earlier if q is not value and same_measure(value, q) and _says(text, q, name)
    ]
    if len(printed) == 1:
        return single(printed[0])
    return None


def _says(text: str, quantity: Quantity, name: str) -> bool:
    """The words right after ``quantity``'s number (its unit and what follows) open with
    ``name`` (without "số"): "2.134 hộ nghèo …" says "số hộ nghèo"."""
    words = name.lower().split()
    if words and words[0] == "số":
        words = words[1:]
    noun = (quantity.unit_text or quantity.unit or "").lower().split()
    if len(words) <= max(1, len(noun)):
        return False  # the noun alone ("số công trình") names every figure of it
    said = text[quantity.numbers[-1].end : quantity.numbers[-1].end + 80].lower().split()
    return said[: len(words)] == words


_ASPECT = ("đã", "được")


def _turns_of(text: str, turns: Quantity, value: Quantity) -> bool:
    """``turns`` counts turns of what ``value`` counts: "kiểm tra 214 lượt cơ sở, phát hiện 63
    cơ sở vi phạm"."""
    return (
        turns.kind is QuantityKind.COUNT
        and turns.unit == "lượt"
        and value.kind is QuantityKind.COUNT
        and bool(value.unit)
        and text.startswith(f" {value.unit}", turns.end)
    )


def _clause_before(text: str, position: int) -> str:
    """The words of the clause before ``position`` (after the last ``,;:.(``), lower case."""
    lead = text[max(0, position - 60) : position]
    cut = max(lead.rfind(mark) for mark in ",;:.(")
    return lead[cut + 1 :].lower()


def _core_name(name: str, unit: str | None) -> str:
    """A whole's name without "số" and the count noun its figure prints after it: "số vụ đã
    giải quyết" of "vụ" → "đã giải quyết" (as in "Đã giải quyết 58 vụ"); "" when no more than
    two words are left."""
    words = name.split()
    if words and words[0] == "số":
        words = words[1:]
    noun = (unit or "").lower().split()
    if not noun or words[: len(noun)] != noun:
        return ""
    rest = words[len(noun) :]
    return " ".join(rest) if len(rest) >= 2 else ""


def names_figure(text: str, quantity: Quantity, name: str) -> bool:
    """``name`` (a whole a share names, without "tổng"/"số") is said of ``quantity`` in its
    clause, before or after it: "2.450 vụ vi phạm giao thông" is "tổng số vụ vi phạm"."""
    words = [w for w in name.lower().split() if w not in ("tổng", "số", "cộng")]
    if not words:
        return False
    stop = _CLAUSE_MARK.search(text, quantity.end, quantity.end + 60)
    after = text[quantity.start : stop.start() if stop else quantity.end + 60].lower()
    said = " ".join(words)
    return _named_in(after, said) or _named_in(_lead(text, quantity), said)


_CLAUSE_MARK = re.compile(r"[,;.()]")


def _lead(text: str, quantity: Quantity) -> str:
    """The words of ``quantity``'s clause before it (up to 60 characters), lower case."""
    lead = text[max(0, quantity.start - 60) : quantity.start]
    cut = max(lead.rfind(". "), lead.rfind(";"), lead.rfind("("), lead.rfind(")"))
    return lead[cut + 1 :].lower()


def _whole_of_another_noun(
    document: Document, by_block: dict[int, list[Quantity]], claim: PercentClaim
) -> Quantity | None:
    """A share of a whole counted in another noun that it names ("14.352 người, bằng 96,80% số
    hồ sơ tiếp nhận" of "đã tiếp nhận 14.826 hồ sơ"): of the figures of that noun whose words
    before them hold the name's other words, in the paragraphs before (the section), the one
    the share fits, or one typo-shaped slip away from it, the only one."""
    from lint.relations.evidence import ratio_or_one_typo

    value = claim.value
    if value.kind is not QuantityKind.COUNT or value.unit not in _COUNTED_ENTITIES:
        return None
    words = claim.comparison.removeprefix("tổng ").removeprefix("số ")
    candidates: list[Quantity] = []
    for block in paragraphs_before(document, value.block, _BLOCKS_BACK):
        if block.kind is BlockKind.HEADING:
            break
        for quantity in by_block.get(block.index, []):
            quantity = single(quantity)
            unit = quantity.unit or ""
            if quantity.kind is not QuantityKind.COUNT or unit not in _COUNTED_ENTITIES:
                continue
            if unit == value.unit or quantity.value <= value.value:
                continue
            core = _core_name(f"số {words}", unit) if words.startswith(unit + " ") else ""
            lead = _lead(block.text, quantity)
            if core and _named_in(lead, core) and not _NOT_THE_WHOLE.search(lead):
                candidates.append(quantity)
    fitting = [q for q in candidates if share_fits(value, q, claim.percent)]
    if fitting:
        return fitting[0] if len(fitting) == 1 else None
    slipped = [q for q in candidates if ratio_or_one_typo(value, q, claim.percent, min_digits=3)]
    return slipped[0] if len(slipped) == 1 else None


# what a process counts, where a part in one noun is a share of a whole in another ("người"
# of "hồ sơ", "hồ sơ" of "trường hợp")
_COUNTED_ENTITIES = frozenset(
    {*lexicon.PERSON_NOUNS, "hồ sơ", "trường hợp", "đơn", "vụ", "vụ việc", "việc", "hộ"}
)


# what may follow a count's name before its figure without narrowing it: "số công trình là",
# "số hộ toàn huyện có", "số đơn năm 2024 đạt"
_NOT_NARROWING = re.compile(
    r"\s*(?:(?:toàn|cả)\s+[^\W\d]+\s*)?(?:năm\s+\d{4}\s*)?(?:là|đạt|có)?\s*:?\s*",
    re.IGNORECASE,
)


def _narrowed(lead: str, name: str) -> bool:
    """Words after ``name`` in ``lead`` narrow it to some of what it counts ("số công trình
    bền vững và tương đối bền vững là" is not "số công trình")."""
    at = lead.rfind(name)
    return at >= 0 and not _NOT_NARROWING.fullmatch(lead, at + len(name))


def _named_in(lead: str, name: str) -> bool:
    """``name``'s words stand in ``lead`` in their order, other words allowed between ("giá
    trị thiệt hại" in "tổng giá trị tài sản bị thiệt hại ước")."""
    if name in lead:
        return True
    words = lead.split()
    at = 0
    for word in name.split():
        try:
            at = words.index(word, at) + 1
        except ValueError:
            return False
    return True


# "… với tổng số 1.499 học viên", "Tổng cộng có 412 công trình": a total said as such
_SAID_TOTAL = re.compile(
    r"(?:tổng số|tổng cộng|tổng)(?:\s+[^\W\d]+){0,3}\s*(?:là|có|đạt)?\s*:?\s*$", re.IGNORECASE
)


def total_of_the_sentence_before(
    text: str, quantities: list[Quantity], percent: Quantity, value: Quantity
) -> PercentClaim | None:
    """``… với tổng số 1.499 học viên. Kết quả có 1.358 học viên đạt khá, giỏi, chiếm
    90,59%``: a share naming no whole, of the one figure of its measure said as a total in the
    sentence before, read when the share fits or one typo-shaped slip explains it."""
    from lint.relations.evidence import ratio_or_one_typo

    stops = ends_before(lexicon.FULL_STOP, text, value.start)
    if not stops:
        return None
    start = stops[-2] if len(stops) > 1 else 0
    said = [
        q
        for q in quantities
        if start <= q.start < stops[-1]
        and (same_measure(value, q) or both_people(value, q))
        and _SAID_TOTAL.search(text, max(start, q.start - 40), q.start)
    ]
    if len(said) != 1 or single(said[0]).value <= value.value:
        return None
    whole = single(said[0])
    if any(stops[-1] <= q.start < value.start and same_measure(value, q) for q in quantities):
        return None  # another figure of the measure before the share in its sentence
    if not ratio_or_one_typo(value, whole, percent, min_digits=3):
        return None
    return PercentClaim("ratio", percent, value, whole, base_source="explicit")
