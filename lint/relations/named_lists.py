"""Counts followed by the list of what they count.

* names in the same sentence: ``5 xã đạt chuẩn nông thôn mới, gồm các xã: An Bình, Tân Phú,
  Hòa Lợi, Phú Mỹ và Long Hựu`` (after ``gồm``/``bao gồm``/``là`` and ``các <unit>``, or
  names each starting with the unit: ``gồm xã An Bình, xã Tân Phú …``), or in a parenthesis
  right after the count (``03 dự án (dự án A, dự án B, dự án C)``);
* ``-``/``+`` items: a paragraph ending with the count (99 at most: a larger one is not
  listed item by item) and a colon (``Triển khai 03 dự án trọng điểm:``) followed by list
  items, counted up to the first block that is not an item with the same marker.

What the count is of may be described up to the names, a figure among the words ("05 huyện bị
thiệt hại nặng: …", "04 xã đạt số thu trên 50 tỷ đồng: …"), but no other count: "921 biên chế,
phân bổ cho 08 huyện: …" names the 08 huyện.

Names must be short (at most eight words), hold no digit and start with a capital letter (or
with the unit, or with the kind of place: "xã Phú Lộc", "thị trấn Phú Hòa", "các huyện Nghi
Lộc, Hưng Nguyên"; or with a place's kind in lower case before its own name: "nút giao Ngã
Ba Huế"), so that a list of descriptions or figures is not read.  A body's name may be longer
("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh", "Văn phòng Công chứng …").  A
bare count and its noun ("4 khu di tích") is read against names that repeat the noun, or
against proper names after a colon.  The noun's other name may stand in parentheses after the
count ("09 khu dân cư (thôn) gồm: …"), and a clause in lower case may follow the last name
("… Phước Lợi và Long Thạnh để xảy ra trễ hạn").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.document import Block, BlockKind, Document
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction


@dataclass(frozen=True)
class NamedList:
    count: Quantity
    names: tuple[str, ...]
    blocks: tuple[int, ...]  # the list items (empty for names in the sentence)
    noun: str = ""  # what is counted, when the count has no unit ("02 Đề án")


# what the count is of, up to the names: words (a figure among them: "trên 50 tỷ đồng"), then
# "gồm", "là" or a colon ("05 huyện bị thiệt hại nặng: …", "08 huyện, thị xã, thành phố: …")
_INTRO = re.compile(
    r"[\s,]*(?:(?:[^\W\d]+(?:-[^\W\d]+)*|\d{1,2}/(?:\d{1,2}/)?\d{4}|\d+(?:[.,]\d+)*(?![.,/]?\d)%?)"
    r"(?:[\s,]+|(?=\s*:))){0,20}?"
    r"(?:(?:gồm(?:\s+có)?|bao gồm|đó là|là)\b|(?=:))\s*:?\s*"
    r"(?:các\s+(?P<unit>[^\W\d]+(?:\s+[^\W\d]+)?)\s*:?\s*)?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;)\s*(?:và\s+)?|\s+và\s+")
# the list ends at a full stop, a closing parenthesis, a dash (not one inside a name: "Bệnh
# viện Sản - Nhi", "Trường Mầm non Hoa Sen - Phân hiệu 2") or the block's end
_END = re.compile(r"[.)](?=\s|$)|\s+-\s(?![A-ZĐÀ-Ỹ])|$")
_INCOMPLETE = re.compile(
    rf"[()]|v\.v|\.\.\.|…|\bnhư\b|\bvà các\b|\b(?:{lexicon.REMAINDER_WORDS_RE})\b", re.IGNORECASE
)
# words saying only some are named: "…, tiêu biểu là các xã: …", "điển hình như …" (not a
# description of all of them: "03 mô hình tiêu biểu gồm: …")
_SOME = re.compile(
    rf"trong đó|\bnhư\b|(?:tiêu biểu|điển hình|nổi bật)(?!\s+(?:gồm|bao gồm)\b)|"
    rf"{lexicon.SELECTION_WORDS_RE}|ví dụ",
    re.IGNORECASE,
)
# another name of the counted noun in parentheses right after the count: "(thôn)", "(tổ dân phố)"
_ALIAS = re.compile(r"\s*\(\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*\)(?=\s*(?:gồm|bao gồm|là|:))")
# the administrative unit a name may open with: "xã Phú Lộc", "thị trấn Phú Hòa"
# ("các huyện Tân Yên, Bảo Lâm, …": the kind said once for the names after it)
_PLACE = re.compile(
    r"^(?:các\s+)?(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|thôn|ấp|bản|"
    r"tổ dân phố)\s+(?=\S)"
)
# words saying where what is counted comes from: the names after them are of places
_ORIGIN = re.compile(r"\b(?:nước ngoài|quốc tế|đến từ|từ các|của các)\b", re.IGNORECASE)
# a description bringing in another noun, which the names in a parenthesis after it are of:
# "… được đưa lên các sàn (…)", "… tham gia hội chợ tại (…)"
_ANOTHER_NOUN = re.compile(
    r"\b(?:các|những|tại|ở|lên|vào|sang|tới|đến|cho|với|của|qua|bằng)\b", re.IGNORECASE
)  # ("34 vụ mua bán pháo thông qua mạng xã hội (Facebook, Zalo, TikTok)": the networks)
_COLON_END = re.compile(r"^(?:\s+[^\W\d]+){0,5}\s*:\s*$")
# a few words describing what is counted, a grade's number among them, then a parenthesis:
# "02 xã đạt chuẩn PCGD THCS mức độ 3 (", "03 hồ chứa thủy lợi lớn ("
_DESCRIBED_THEN_PARENTHESIS = re.compile(
    r"(?:\s+(?:[^\W\d]+|(?<=độ )\d|(?<=loại )\d|(?<=hạng )\d)){1,10}\s*\(\s*"
)


def find_named_lists(document: Document, extraction: Extraction) -> list[NamedList]:
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    found: list[NamedList] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        for quantity in by_block.get(block.index, []):
            if quantity.numbers and quantity.numbers[0].decimals:
                continue
            if _is_bound(block.text, quantity):
                continue  # "Có 02 xã còn từ 08 phòng học tạm trở lên gồm: …": a threshold
            if quantity.kind is QuantityKind.NUMBER and quantity.sign > 0:
                listed = _noun_repeated(block, quantity, by_block[block.index])
            elif quantity.kind is not QuantityKind.COUNT or not quantity.unit:
                continue
            else:
                listed = _in_sentence(block, quantity, by_block[block.index]) or _items(
                    document, block, quantity
                )
            if listed is not None:
                found.append(listed)
    from lint.relations.counted_items import find_counted_items

    found.extend(find_counted_items(document, extraction, found))
    return found


# a threshold or an approximate figure, not a count of things listed: "trên 100 doanh nghiệp",
# "từ 08 phòng học tạm trở lên", "ít nhất 3 lần"
_BOUND_BEFORE = re.compile(
    rf"(?<!\w)(?:{lexicon.APPROXIMATION_WORDS_RE}|ít nhất|tối thiểu|tối đa|không quá|"
    r"không dưới)\s*$",
    re.IGNORECASE,
)
# "trên"/"dưới" right after a figure are places, not bounds: "kiểm tra 1.286 lượt trên 06 phường"
# (but "05 xã có trên 100 hộ": a bound after a verb)
_PLACE_AFTER_FIGURE = re.compile(
    r"\d\s*(?:(?!(?:có|đạt|với|còn)\b)[^\W\d]+\s+){0,2}(?:trên|dưới)\s*$", re.IGNORECASE
)
_BOUND_AFTER = re.compile(r"(?:\s+[^\W\d]+(?![^\W\d])){0,3}\s+trở\s+(?:lên|xuống)\b", re.IGNORECASE)


def _is_bound(text: str, quantity: Quantity) -> bool:
    lead = max(0, quantity.start - 30)
    if _BOUND_BEFORE.search(text, lead, quantity.start) and not _PLACE_AFTER_FIGURE.search(
        text, lead, quantity.start
    ):
        return True
    return _BOUND_AFTER.match(text, quantity.end) is not None


def _name_ok(name: str, unit: str) -> bool:
    with_unit = name.lower().startswith(unit.lower() + " ")
    # a name may end with its number: "Tổ 4", "Thôn 3", "Khu phố 2", or its stage
    numbered = _TRAILING_NUMBER.sub("", _STAGE.sub("", name))
    words = numbered.split()
    longest = _LONGEST_BODY_NAME if _BODY_NOUN.match(numbered) else 12 if with_unit else 8
    if not words or len(words) > longest or re.search(r"\d|%", numbered):
        return False
    return _PLACE.sub("", name)[:1].isupper() or with_unit or _kind_then_name(name)


# a noun the figure grammar does not know as a unit, after a bare count: "6 KCN", "3 Đề án"
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[A-ZĐ]{2,}|[^\W\d]+)\b")


# a count of kinds: a classifier and the noun it classifies ("05 thứ tiếng", "04 loại cây")
_CLASSIFIED = re.compile(r"\s+(?P<noun>(?:thứ|loại|nhóm|kiểu|dạng)\s+[^\W\d]+)(?![^\W\d])")


def _noun_repeated(block: Block, count: Quantity, others: list[Quantity]) -> NamedList | None:
    """``Có 5 KCN thu hút được dự án mới là: KCN Đồng Văn I, KCN Châu Sơn, …``: a bare count,
    its noun, and names that each open with that noun."""
    noun = _NOUN_AFTER.match(block.text, count.end)
    if noun is None or count.value > 99 or count.value != int(count.value):
        return None
    unit = noun.group("noun")
    classified = _CLASSIFIED.match(block.text, count.end)
    if classified is not None:
        # "05 thứ tiếng gồm: Mông, Dao, Tày và Giáy", "04 loại hình …": kinds of a thing
        noun, unit = classified, classified.group("noun")
    elif unit.lower() in lexicon.NOT_COUNT_NOUNS:
        return None  # "02 sản phẩm đạt 5 sao gồm: …": a grade, a period, a word of the sentence
    listed = _in_sentence(block, count, others, unit, noun.end())
    if listed is None:
        return None
    # names repeating the noun ("KCN Đồng Văn I, KCN Châu Sơn"), or proper names after a colon
    # ("4 khu di tích: Đền Thái Vi, Chùa Bích Động, Động Thiên Hà và Hang Múa")
    repeated = all(name.lower().startswith(unit.lower() + " ") for name in listed.names)
    first = block.text.find(listed.names[0], noun.end())
    # proper names after a colon or in a parenthesis ("05 hồ chứa lớn (Phú Ninh, Khe Tân …)")
    announced = max(
        block.text.find(":", noun.end(), first), block.text.find("(", noun.end(), first)
    )
    if not repeated and not (announced >= 0 and all(_proper_name(n) for n in listed.names)):
        return None
    said = _NOUN_PHRASE.match(block.text, count.end)
    if not repeated and said is not None:
        unit = said.group("noun")  # "05 chủ đầu tư gồm: …": the whole noun, as said
    return NamedList(count, listed.names, (), noun=unit)


# a bare count's noun of up to four words, right before the words announcing the names
_NOUN_PHRASE = re.compile(
    r"\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+){0,3}?)\s*(?=(?:gồm|bao gồm|là)\b|:)", re.IGNORECASE
)


def _in_sentence(
    block: Block,
    count: Quantity,
    others: list[Quantity],
    noun: str | None = None,
    after: int | None = None,
) -> NamedList | None:
    """The names a count is of in its sentence (``noun``: the count's noun when it has no unit,
    ``after``: where the count's phrase ends)."""
    text = block.text
    unit = noun or count.unit or ""
    end_of_count = count.end if after is None else after
    alias = _ALIAS.match(text, end_of_count)
    if alias is not None:
        end_of_count = alias.end()  # "09 khu dân cư (thôn) gồm: …": another name of the noun
    parenthesis = re.compile(r"\s*\(").match(text, end_of_count)
    opening = parenthesis or _DESCRIBED_THEN_PARENTHESIS.match(text, end_of_count)
    if opening is not None:
        # "03 dự án (dự án A, dự án B, dự án C)"; "02 xã đạt chuẩn mức độ 3 (Tân Lập, Bình
        # Quới)": the names in the parenthesis after the count, or after a few words
        # describing what is counted, proper names in that case
        start = opening.end()
        close = text.find(")", start)
        if close < 0:
            return None
        if _INCOMPLETE.search(text[start:close]):
            return None
        names = _names(text[start:close])
        if len(names) < 2:
            return None
        if parenthesis is not None and all(n.lower().startswith(unit.lower() + " ") for n in names):
            return _checked(count, names, unit)
        # after a description, only proper names: "216 văn bản phát hành bằng bản giấy (văn
        # bản mật, văn bản gửi cá nhân …)" gives kinds, not the items counted
        if parenthesis is None and all(_proper_name(n) for n in names):
            if _ORIGIN.search(text, end_of_count, opening.end()):
                return None  # "24 doanh nghiệp nước ngoài (Thái Lan, Hàn Quốc, Nhật Bản)":
                # the names say where the things counted are from, not what they are
            if _ANOTHER_NOUN.search(text, end_of_count, opening.end()):
                return None  # "27 sản phẩm được đưa lên các sàn thương mại điện tử (Postmart,
                # Voso, Shopee)": the names are of the noun the description brings in
            return _checked(count, names, unit)
        return None
    intro = _INTRO.match(text, end_of_count)
    if intro is None or _SOME.search(intro.group(0)):
        return None  # "…, tiêu biểu là các xã: …" names only some of them
    listed = _listed_after(count, text, others, unit, intro)
    if listed is not None and _of_another_count(text, count, others, listed.names):
        return None
    return listed


def _listed_after(
    count: Quantity, text: str, others: list[Quantity], unit: str, intro: re.Match[str]
) -> NamedList | None:
    """The names after the words introducing them (``intro``)."""
    if any(
        count.end <= q.start < intro.end()
        and q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
        and not _is_bound(text, q)
        for q in others
    ):
        return None  # "921 biên chế, phân bổ cho 08 huyện: …", "412 cây … tại 03 tuyến
        # đường gồm: …": another count (maybe of a noun the grammar does not know) names them
    named_unit = intro.group("unit")
    region = _without_asides(text[intro.end() : _list_end(text, intro.end())])
    if _INCOMPLETE.search(region):
        # "07 xã gồm: Hoa Thành, …, Sơn Thành; số lợn mắc bệnh là 386 con (…)": the names end
        # at the semicolon before a clause in lower case, what follows is not read
        head, semicolon, rest = region.partition(";")
        if not semicolon or not rest.strip()[:1].islower() or _INCOMPLETE.search(head):
            return None
        return _names_in(count, head, unit, named_unit)
    if ";" in region and len([p for p in region.split(";") if p.strip()]) == count.value:
        return None  # "4 khối kiến thức: Chủ nghĩa Mác-Lênin và tư tưởng Hồ Chí Minh; đường
        # lối …; …; …": as many pieces as the count, split by the semicolons (names or not)
    listed = _names_in(count, region, unit, named_unit)
    if listed is None and ";" in region and (named_unit or unit).lower() == unit.lower():
        # "gồm: Bồi thường, GPMB Khu công nghiệp A mở rộng; Khu tái định cư B; …": names
        # that may hold commas, each opening with a capital, split by the semicolons
        names = [n.strip(" :,") for n in _SEMICOLON_SPLIT.split(region.strip()) if n.strip()]
        if len(names) >= 2 and all(_long_name_ok(n) for n in names):
            return NamedList(count, tuple(names), ())
    if listed is None and ";" in region:
        # "gồm: Hội CCB xã A, Hội CCB xã B và Hội CCB thị trấn C; 27 tập thể …": the names
        # end at the semicolon, another clause follows
        listed = _names_in(count, region[: region.index(";")], unit, named_unit)
    return listed


def _list_end(text: str, start: int) -> int:
    """Where the names after ``start`` end (:data:`_END`), past the parentheses opened among
    them ("Tam Tiến (huyện Yên Thế), Cương Sơn, Lục Sơn (huyện Lục Nam) và Tân Sơn")."""
    for end in _END.finditer(text, start):
        if end.group() == ")" and text.count("(", start, end.start()) > text.count(
            ")", start, end.start()
        ):
            continue
        return end.start()
    return len(text)


# an aside after a name, or after the last one, saying where it is or what the rest are:
# "Tam Tiến (huyện Yên Thế)", "… Ý Yên (các huyện còn lại chưa có hộ đăng ký)"; not one that
# says the list goes on ("(và các xã khác)", "(v.v.)") or lists more ("(gồm A, B)")
_ASIDE = re.compile(r"\s*\((?P<words>[^()\d,;]*)\)")
_GOES_ON = re.compile(r"^\s*(?:và|cùng|với)\b|v\.v|\.\.\.|…|một số|\bnhư\b", re.IGNORECASE)


def _without_asides(region: str) -> str:
    return _ASIDE.sub(
        lambda aside: aside.group() if _GOES_ON.search(aside.group("words")) else "", region
    )


def _of_another_count(
    text: str, count: Quantity, others: list[Quantity], names: tuple[str, ...]
) -> bool:
    """The names open with the noun of another figure said just before the count ("Còn 03
    khu với 56 lô chưa đấu giá gồm: Khu dân cư A, Khu dân cư B …": the names are of the
    "khu", not of the "lô")."""
    for other in others:
        if other is count or not count.start - 60 <= other.start < count.start:
            continue
        noun = _NOUN_AFTER.match(text, other.end)
        word = (other.unit or (noun.group("noun") if noun else "")).lower()
        if (
            word
            and word != (count.unit or "").lower()
            and all(f"{name.lower()} ".startswith(word + " ") for name in names)
        ):
            return True
    return False


def _names_in(count: Quantity, region: str, unit: str, named_unit: str | None) -> NamedList | None:
    """The names of ``region`` split by commas, semicolons and "và", up to a clause after
    the last one: names repeating the unit, or proper names."""
    region = _COMMA_IN_A_NAME.sub(_glue, region)  # restored by _checked
    names = _names(region)
    names = _until_clause_after_last(names, region)
    if len(names) != count.value and names and f" và {names[-1]}" not in region:
        # "PTDTBT THCS Cô Ba, PTDTBT TH và THCS Thượng Hà, THCS Hồng Trị": a "và" inside a
        # name the commas separate is part of it when the list's last two are not joined by
        # "và" (its own "và" joins them: "A, B và C")
        joined = _names_joined_but_last(region)
        if joined is not None and len(joined) == count.value:
            names = joined
    if len(names) != count.value:
        bodies = [p.strip(" :;,") for p in re.split(r"\s*[,;]\s*", region.strip()) if p.strip()]
        if (
            len(bodies) == count.value
            and all(_BODY_NOUN.match(body) for body in bodies)
            and not _and_another_body(bodies[-1])
        ):
            # "Công ty CP Muối Hải Ninh, …, Công ty CP Muối và Thương mại Đầm Vua": bodies
            # each opening with their kind, a "và" inside the last one's name
            names = bodies
    if len(names) < 2:
        return None
    if named_unit is not None:
        if named_unit.lower() != unit.lower():
            return None
    elif not all(n.lower().startswith(unit.lower() + " ") for n in names) and not all(
        _proper_name(n) for n in names
    ):
        return None
    return _checked(count, names, unit)


# the name of the departments of culture, sports and tourism ("Sở Văn hóa, Thể thao và Du
# lịch"), whose comma and "và" split no list: written while the names are split with a low
# comma and a sign for "and", which no list is split at
_COMMA_IN_A_NAME = re.compile(r"Văn hóa, Thể thao và Du lịch", re.IGNORECASE)


def _glue(match: re.Match[str]) -> str:
    return match.group().replace(", ", "\u201a ").replace(" và ", " \u2227 ")


def _unglued(name: str) -> str:
    return name.replace("\u201a ", ", ").replace(" \u2227 ", " và ")


def _and_another_body(name: str) -> bool:
    """A "và" before another body's kind: two names joined ("Khu dân cư Đại Lào và Khu dân cư
    Lý Thường Kiệt"), not one name holding a "và" ("Công ty CP Muối và Thương mại Đầm Vua")."""
    return any(_BODY_NOUN.match(name, m.end()) for m in re.finditer(r"\s+và\s+", name))


def _names_joined_but_last(region: str) -> list[str] | None:
    """The names of ``region`` split at commas and semicolons, only the last piece also at
    "và"; None when no other piece holds a "và"."""
    pieces = [p.strip(" :;,") for p in re.split(r"\s*[,;]\s*", region.strip()) if p.strip(" :;,")]
    if not any(" và " in f" {piece} " for piece in pieces[:-1]):
        return None
    last = [p for p in re.split(r"\s+và\s+", pieces[-1]) if p] if pieces else []
    return _until_clause_after_last([*pieces[:-1], *last], region)


def _until_clause_after_last(names: list[str], region: str) -> list[str]:
    """The names up to the one joined by "và", when a clause in lower case follows it ("… Kim
    Thủy và Trường Sơn, chủ yếu do …", "… Phước Lợi và Long Thạnh để xảy ra …"), or up to a
    clause opening with a word that no name opens with ("… Thạch Hội, Thạch Văn, đã được nhắc
    nhở", "… Hải Chính, hiện đang được hỗ trợ"): that clause is no name."""
    joined = _JoinedByAnd(region)
    proper = True  # every name before ``index`` is a proper name
    for index, name in enumerate(names):
        if index >= 2 and not name[:1].isupper() and joined(names[index - 1]):
            return names[:index]
        if index >= 2 and proper and _CLAUSE_OPENING.match(name):
            return names[:index]
        proper = proper and _proper_name(name)
    if len(names) >= 2 and f" và {names[-1]}" in region and not _BODY_NOUN.match(names[-1]):
        # "… Phước Lợi và Long Thạnh để xảy ra trễ hạn": the name is the capitalised words
        # (not "… và Khu tái định cư Đồng Me": a body's kind in lower case before its name)
        words = names[-1].split()
        run = 0
        while run < len(words) and words[run][:1].isupper():
            run += 1
        if 0 < run < len(words) and all(_proper_name(n) for n in names[:-1]):
            return [*names[:-1], " ".join(words[:run])]
    return names


class _JoinedByAnd:
    """Whether a name follows " và " in ``region`` (``joined(name)``), with one search of the
    region for all the names of a list."""

    def __init__(self, region: str) -> None:
        self._region = region
        self._after = [match.start() + 4 for match in _AND.finditer(region)]
        self._by_length: dict[int, set[str]] = {}

    def __call__(self, name: str) -> bool:
        length = len(name)
        if length not in self._by_length:
            self._by_length[length] = {self._region[p : p + length] for p in self._after}
        return name in self._by_length[length]


_AND = re.compile("(?= và )")  # (overlapping: " và và B")


# words opening a clause after a list of names, never a name: "đã được nhắc nhở", "hiện đang …"
_CLAUSE_OPENING = re.compile(
    r"(?:đã|đang|được|sẽ|hiện|chưa|do|nên|vì|để|tuy|song|nhưng|riêng|còn lại|nguyên nhân|"
    r"chủ yếu)\b"
)


def _proper_name(name: str) -> bool:
    """A place's or body's own name, its first and last words capitalised ("Lâm Thủy",
    "Mầm non Hoa Sen"): what a list after "là" / "gồm" / a colon names when it does not repeat
    the unit ("5 xã chưa đạt là Lâm Thủy, …")."""
    bare = _TRAILING_NUMBER.sub("", _STAGE.sub("", _PLACE.sub("", name)))  # "Tổ 4": "Tổ"
    words = bare.split()
    body = _BODY_NOUN.match(bare)
    if body is not None and bare[:1].isupper():
        # "Trung tâm Dịch vụ việc làm", "Nhà máy chế biến thức ăn chăn nuôi Đồng Hỷ": a
        # body's kind, then its own name opening with a capital (or ending with one); or the
        # kind itself written as a title ("Ban Quản lý dự án đầu tư xây dựng tỉnh")
        rest = bare[body.end() :].split()
        titled = sum(word[:1].isupper() for word in body.group().split()) >= 2
        return (
            bool(rest)
            and len(words) <= _LONGEST_BODY_NAME
            and (titled or rest[0][:1].isupper() or rest[-1][:1].isupper())
        )
    if _kind_then_name(bare):
        return True  # "mỏ than Khánh Hòa": a place's kind, then its own name
    # a firm's name is longer: "Công ty CP Bao bì Minh Phát"
    most = 8 if words and words[0].lower() in _BODY_WORDS else 5
    return 1 <= len(words) <= most and words[0][:1].isupper() and words[-1][:1].isupper()


# a body's name may be long: "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh"
_LONGEST_BODY_NAME = 16
# the kind of body or work a name opens with, its own name after it
_BODY_NOUN = re.compile(
    r"(?:trung tâm|bệnh viện|nhà máy|khu công nghiệp|cụm công nghiệp|khu đô thị|khu dân cư|"
    r"khu nhà ở|khu tái định cư|công ty|hợp tác xã|ban quản lý|chi cục|ngân hàng|nhà văn hóa|"
    r"trạm y tế|trường|văn phòng|sở|ủy ban nhân dân|ubnd|chi nhánh)\s+",
    re.IGNORECASE,
)


def _kind_then_name(name: str) -> bool:
    """A place's kind in one to three words in lower case, then its own name in two to five
    capitalised words ("mỏ than Khánh Hòa", "nút giao Túc Duyên", "khu vực Cam Giá")."""
    words = name.split()
    kind = 0
    while kind < len(words) and words[kind].isalpha() and words[kind].islower():
        kind += 1
    own = words[kind:]
    return 1 <= kind <= 3 and 2 <= len(own) <= 5 and all(w[:1].isupper() for w in own)


# a stage or an extension after a work's own name: "… Phú Bình giai đoạn 2", "… Điềm Thụy mở
# rộng"
_STAGE = re.compile(r"\s+(?:\(?giai đoạn\s+(?:\d{1,2}|[IVX]{1,4})\)?|mở rộng)$", re.IGNORECASE)


# the words a body's or a firm's own name opens with
_BODY_WORDS = {"công", "hợp", "htx", "hộ", "doanh", "tổng", "chi", "ngân", "trung", "hội", "quỹ"}


_SEMICOLON_SPLIT = re.compile(r"\s*;\s*(?:và\s+)?")
# a name may end with its number: "Khu dân cư Nam cầu Trà Khúc 2", "Cụm công nghiệp Tân Phong II"
# (not a numbered label: "Tiêu chí số 1")
_TRAILING_NUMBER = re.compile(r"(?<!số)\s+(?:\d{1,2}|[IVX]{1,4})$")


def _long_name_ok(name: str) -> bool:
    """A name of a ";" list: a capital first, at most fourteen words, no figure but its own
    number at the end."""
    bare = _TRAILING_NUMBER.sub("", name)
    return bare[:1].isupper() and 1 <= len(bare.split()) <= 14 and not re.search(r"\d|%", bare)


def _names(text: str) -> list[str]:
    return [piece.strip(" :;,") for piece in _SPLIT.split(text.strip()) if piece.strip(" :;,")]


def _checked(count: Quantity, names: list[str], unit: str) -> NamedList | None:
    names = [_unglued(name) for name in names]
    if not all(_name_ok(name, unit) for name in names):
        return None
    return NamedList(count, tuple(names), ())


def _items(document: Document, block: Block, count: Quantity) -> NamedList | None:
    if block.kind is not BlockKind.PARAGRAPH or not _COLON_END.match(block.text[count.end :]):
        return None
    if count.value > 99:
        return None  # "Trong tổng số 1.236 học viên có:" then groups of them: no list of each
    if _SOME.search(block.text[count.end :]):
        return None  # "03 dự án, trong đó:" / "như:" lists only some of them
    blocks = document.blocks
    items: list[Block] = []
    for following in blocks[block.index + 1 :]:
        if following.kind is not BlockKind.LIST_ITEM:
            break
        if items and following.label != items[0].label:
            continue  # a sub-item ("+" under "-"): not one of the counted items
        items.append(following)
    if len(items) < 2 or not items[0].label or items[0].label not in ("-", "+", "*", "•"):
        return None
    names = [item.text.strip(" ;.") for item in items]
    if any(len(name.split()) > 30 or not name[:1].isupper() for name in names):
        return None
    unit = re.escape(count.unit or "")
    if unit and all(re.search(rf"\d[\d.,]*\s+{unit}\b", name) for name in names):
        return None  # "Trong tổng số 842 trường hợp: - Lấn chiếm …: 516 trường hợp; …": parts
    return NamedList(count, tuple(names), tuple(item.index for item in items))
