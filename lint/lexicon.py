"""The vocabulary of Vietnamese report language, in one place.

The relation finders (``lint/relations/``), the figure scanner (``lint/numbers/scan.py``) and
the label reader (``lint/read/labels.py``) recognise the same words: the markers announcing a
breakdown ("trong đó", "gồm", "chia ra"), the plan a figure is compared with ("kế hoạch", "dự
toán"), the previous period ("cùng kỳ", "năm trước"), the verbs of a change ("tăng", "giảm") or a
share ("chiếm"), the labels of a total ("tổng số", "cả nước"), the words of a period ("tháng",
"quý").  Each set is named here once, as a frozen tuple with what it means, and the regular
expression alternatives built from it (``*_RE``, plain strings to put inside a module's own
pattern, e.g. ``rf"\\b(?:{lexicon.PLAN_WORDS_RE})\\b"``).

Every word is written folded (:func:`fold`): lower case, NFC, new-style tone placement.  The
order of a tuple is the order of the alternatives in the patterns, and no word comes after a
word that is a prefix of it ("bao gồm" before "gồm" is not needed, but "gồm có" must come before
"gồm"), so that an alternation matches the longest word a position offers whatever the pattern
around it.

A finder keeps its own regular expression (the context around the words: what may come before
and after, the groups it reads); only the words come from here.  Where a finder accepts fewer or
more words of one kind than the set (a plan base without "mục tiêu", a previous period with
"đầu năm"), it says so with its own literal next to the set's name.
"""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------------------------------------
# Folding


# Old-style tone placement ("hoà", "thuỷ") and the new style ("hòa", "thủy") it is folded to.
_TONE_PLACEMENT = {
    old: new
    for olds, news in (
        (
            "oà oá oả oã oạ oè oé oẻ oẽ oẹ uỳ uý uỷ uỹ uỵ",
            "òa óa ỏa õa ọa òe óe ỏe õe ọe ùy úy ủy ũy ụy",
        ),
    )
    for old, new in zip(olds.split(), news.split(), strict=True)
}
# After "q" the "u" is part of the consonant ("quý", "quỹ" are already new-style): no move.
_TONE_RE = re.compile("(?<!q)(" + "|".join(_TONE_PLACEMENT) + r")(?!\w)")

# The three old-style spellings table headers and labels are folded by (anywhere in a word).
_LABEL_SPELLINGS = (("luỹ", "lũy"), ("hoá", "hóa"), ("thuỷ", "thủy"))


def fold(text: str) -> str:
    """The form prose is matched in: NFC, lower case, old-style tone placement folded.

    * ``unicodedata.normalize("NFC")`` first (a decomposed "ế" is one character again);
    * ``str.lower()`` (so "Đ" → "đ", "KẾ HOẠCH" → "kế hoạch");
    * the tone mark of "oa", "oe", "uy" at the end of a word moves to the second vowel
      ("hoà" → "hòa", "thuỷ" → "thủy", "Khoá" → "khóa"); inside a word ("khoáng") and after
      "q" ("quý", "quỹ": the "u" belongs to the consonant) nothing moves.

    Nothing else: spaces, punctuation, underscores and the other diacritics are kept, and on NFC
    text whose lower case has the same length (all Vietnamese text) the result has the length
    of the input, so offsets into it are offsets into the text.  Used by the indicator keys and
    the clause words (``relations/indicators.py``, ``relations/production.py``).
    """
    text = unicodedata.normalize("NFC", text).lower()
    return _TONE_RE.sub(lambda match: _TONE_PLACEMENT[match.group(1)], text)


def fold_label(text: str) -> str:
    """The form table headers and row labels are matched in: NFC, lower case, spaces collapsed.

    * NFC and ``str.lower()`` as :func:`fold`;
    * three old spellings replaced wherever they occur: "luỹ" → "lũy", "hoá" → "hóa",
      "thuỷ" → "thủy" (also inside a word: "khoáng" reads "khóang", harmless since both sides
      of every comparison of labels are folded alike);
    * every run of white space (spaces, tabs, line breaks of a header cut over two rows)
      becomes one space, and the ends are stripped.

    It is not :func:`fold`: it changes lengths (no offsets survive it) and it folds other
    spellings.  Table labels are compared with table labels (``relations/tables.py``,
    ``table_forms.py``, ``annex.py``); keeping its exact behaviour keeps every table reading.
    """
    text = unicodedata.normalize("NFC", text).lower()
    for old, new in _LABEL_SPELLINGS:
        text = text.replace(old, new)
    return " ".join(text.split())


def cue_text(text: str) -> str:
    """``text`` as cue words are matched in tokenised text: "Bao_gồm" reads "Bao gồm".

    Word-segmented corpora join the syllables of a word with "_"; each becomes a space, so the
    result has the length of ``text`` and every offset still holds.  No case or tone folding
    (the patterns matched against it are case-insensitive).
    """
    return text.replace("_", " ")


def alternation(words: tuple[str, ...]) -> str:
    """The words as regular-expression alternatives, in their order ("gồm|bao gồm|chia ra")."""
    return "|".join(re.escape(word) for word in words)


# ---------------------------------------------------------------------------------------------
# Breakdowns: the words that announce the parts of a total

EXHAUSTIVE_MARKERS = ("gồm", "bao gồm", "chia ra")
"""Words announcing every part of a total ("gồm", "bao gồm", "chia ra"): Σ parts = total."""

SUBSET_MARKERS = ("trong đó", "trong số này", "trong số đó", "cụ thể")
"""Words announcing some parts of a total ("trong đó", "trong số này/đó": of which; "cụ thể":
specifically, which may list only some): each part ≤ total, Σ parts ≤ total."""

LIST_ANNOUNCERS = ("như sau", "chi tiết")
"""Words announcing a list without saying whether it is complete ("như sau", "chi tiết")."""

CLASSIFICATION_OPENER_RE = r"\s*(?:(?:phân|chia|cơ cấu)\s+)?theo\s+(?:[^\W\d]+(?![^\W\d])\s*){1,8}:"
"""A block opening a classification of a whole stated before it ("Theo loại công trình:",
"Phân theo độ tuổi:", "Chia theo loại hình cơ sở:")."""

TABLE_PARTITIONS = ("phân theo", "chia theo", "chia ra", "bao gồm", "gồm")
"""Row or column labels opening a partition in a table ("Phân theo …", "Chia ra"): the rows
under them add up to the row above."""

REMAINDER_WORDS = ("còn lại", "còn thiếu", "còn phải")
"""The rest of a total after the listed parts ("còn lại", "số còn lại"), what is still
missing of it ("được giao 1.684 người, có mặt 1.597 người, còn thiếu 87 người"), or still to
be done of it ("đã thu hồi 817,0 triệu đồng; số tiền còn phải thu hồi là 448,3 triệu đồng")."""

PERSON_NOUNS = (
    *("người", "người dân", "lao động", "học sinh", "học viên", "sinh viên", "thí sinh", "em"),
    *("trẻ", "bệnh nhân", "đối tượng", "công dân", "cán bộ", "công chức", "viên chức"),
    *("đảng viên", "hội viên", "đoàn viên", "thành viên", "giáo viên", "bác sĩ", "đại biểu"),
    *("vận động viên", "khách hàng", "nhân khẩu", "cử tri", "nông dân", "đồng chí"),
    *("quân nhân", "tân binh", "cháu", "mẹ"),
)
"""Count nouns of people: what "/người" (per person) may divide ("326 lao động … bình quân 100
triệu đồng/người"); "mẹ" counts Vietnamese Heroic Mothers ("Bà mẹ Việt Nam anh hùng: 02 mẹ")."""

GENERIC_COUNT_NOUNS = ("trường hợp", "đối tượng", "đơn vị", "lượt", "phương tiện")
"""Count nouns that cover things of several kinds, so that their parts may be counted by the
kinds' own nouns: "1.126 trường hợp (1.097 hộ gia đình và 29 tổ chức)", "10 đơn vị hành chính
cấp xã (09 xã và 01 thị trấn)", "927 lượt (189 tập thể, 738 cá nhân)", "67 trường hợp, gồm: 24
hồ sơ …, 19 hồ sơ …"."""

COMPLEMENTARY_PAIRS = (
    *(("nam", "nữ"), ("tập thể", "cá nhân"), ("đúng hạn", "quá hạn"), ("trong hạn", "quá hạn")),
    *(("trực tiếp", "trực tuyến"), ("thành thị", "nông thôn"), ("trong nước", "nước ngoài")),
    *(("công lập", "ngoài công lập"), ("nhà nước", "ngoài nhà nước")),
)
"""Two kinds that together are all of a whole ("trong đó nam 5.918 người, nữ 8.434 người")."""

NEGATING_PREFIXES = ("phi", "ngoài", "không", "chưa")
"""Words that make a kind the rest of another ("nông nghiệp" and "phi nông nghiệp")."""

SELECTION_WORDS = ("một số", "một vài", "chủ yếu")
"""Words saying a list is a selection ("một số", "chủ yếu"), not every part."""

UNFINISHED_WORDS = ("chưa", "đang")
"""Aspect words of what is not done yet ("chưa giải quyết", "đang giải quyết"): a figure so
described is no part of a total counted as done by the same verb ("đã giải quyết")."""

PARAGRAPH_MARKERS = ("cụ thể", "chi tiết", "như sau", "bao gồm", "gồm có", "gồm", "chia ra")
"""Words opening or closing a paragraph whose following paragraphs are the parts of an amount
("Cụ thể như sau:", "… gồm các khoản sau:"); "gồm có" counts as "gồm"."""

EXHAUSTIVE_MARKERS_RE = alternation(EXHAUSTIVE_MARKERS)
SUBSET_MARKERS_RE = alternation(SUBSET_MARKERS)
BREAKDOWN_MARKERS_RE = alternation(SUBSET_MARKERS + EXHAUSTIVE_MARKERS)
LIST_ANNOUNCERS_RE = alternation(LIST_ANNOUNCERS)
TABLE_PARTITIONS_RE = alternation(TABLE_PARTITIONS)
REMAINDER_WORDS_RE = alternation(REMAINDER_WORDS)
SELECTION_WORDS_RE = alternation(SELECTION_WORDS)
PARAGRAPH_MARKERS_RE = alternation(PARAGRAPH_MARKERS)
UNFINISHED_WORDS_RE = alternation(UNFINISHED_WORDS)

# ---------------------------------------------------------------------------------------------
# Bases of a comparison

PLAN_BASES = ("kế hoạch", "dự toán")
"""The documents a result is measured against: the plan ("kế hoạch"), the budget estimate
("dự toán")."""

TARGET_WORDS = ("chỉ tiêu", "mục tiêu")
"""A target item of a plan ("chỉ tiêu", also the header of a table's label column) or goal
("mục tiêu")."""

PLAN_WORDS = PLAN_BASES + TARGET_WORDS
"""What a figure is a share of when it "đạt X% …": a plan base or a target."""

PLAN_ABBREVIATIONS = ("kh", "dt")
"""The plan words as table headers abbreviate them ("% so KH", "so DT"); match with ``\\b``."""

PREVIOUS_PERIOD_WORDS = (
    *("cùng tháng năm trước", "cùng kỳ", "năm trước", "tháng trước", "quý trước"),
    *("năm học trước", "mùa khô năm trước", "mùa mưa năm trước", "vụ trước"),
)
"""The previous period a figure is compared with: the same period a year before ("cùng kỳ",
"cùng tháng năm trước" in a monthly report), the previous year ("năm trước"), month, quarter,
school year ("năm học trước"), season ("mùa khô năm trước") or crop ("vụ trước")."""

YEAR_START_WORDS = ("đầu năm", "đầu kỳ", "đầu quý", "đầu tháng")
"""The stock at the start of the year or of the period ("so với đầu năm", "so với đầu tháng"), a
base of stocks (debts, herds, inventories)."""

COMPARISON_WORDS = ("so với",)
"""The word introducing the base of a comparison ("so với cùng kỳ", "so với kế hoạch")."""

_PART_OF_A_YEAR = (
    r"(?:\d{1,2} tháng(?: đầu| cuối)?|cùng thời điểm|vụ [^\W\d]+(?: [^\W\d]+)?|mùa [^\W\d]+)"
)
NAMED_YEAR_RE = (
    rf"(?:{_PART_OF_A_YEAR} )?năm \d{{4}}(?!\s*-)|{_PART_OF_A_YEAR} năm trước"
    r"|(?:năm học|mùa khô|mùa mưa|niên vụ|vụ [^\W\d]+(?: [^\W\d]+)?) \d{4}\s*-\s*\d{4}"
)
"""A year named as the base of a comparison ("so với năm 2023"), not a span ("năm 2021-2025"),
or a school year, season or crop year spanning two ("so với năm học 2022 - 2023", "so với
mùa khô 2022-2023", "so với niên vụ 2023-2024", "so với vụ Đông Xuân 2022-2023"),
maybe with the part of it meant: "so với 9 tháng năm 2023", "so với vụ Hè Thu năm 2023",
"so với mùa khô năm 2023", "so với cùng thời điểm năm 2023"; or that part of the year before
("so với vụ Đông Xuân năm trước")."""

NAMED_DATE_RE = r"(?:thời điểm|ngày) \d{1,2}/\d{1,2}/\d{4}|cuối năm (?:\d{4}|trước)"
"""A date named as the base of a comparison ("so với thời điểm 31/12/2023", "so với cuối năm
2023", "so với cuối năm trước")."""

NAMED_MONTH_RE = r"(?:tháng \d{1,2}|quý [IV]{1,3})(?:/\d{4}|\s+năm \d{4})?(?![\d/])"
"""A month or quarter named as the base of a comparison ("so với tháng 9/2024", "so với quý
II")."""

PERCENTAGE_POINTS_RE = r"điểm\s*(?:phần trăm|%)"
"""The unit of a difference of two rates ("giảm 0,7 điểm phần trăm", "0,7 điểm %")."""

PLAN_BASES_RE = alternation(PLAN_BASES)
TARGET_WORDS_RE = alternation(TARGET_WORDS)
PLAN_WORDS_RE = alternation(PLAN_WORDS)
PLAN_ABBREVIATIONS_RE = alternation(PLAN_ABBREVIATIONS)
PREVIOUS_PERIOD_WORDS_RE = alternation(PREVIOUS_PERIOD_WORDS)
YEAR_START_WORDS_RE = alternation(YEAR_START_WORDS)
COMPARISON_WORDS_RE = alternation(COMPARISON_WORDS)

# ---------------------------------------------------------------------------------------------
# Verbs: change, share, ratio

GROWTH_VERBS = ("tăng", "giảm")
"""The two directions of a change ("tăng" up, "giảm" down)."""

OUTFLOW_WORDS = (
    *("chi", "giảm", "giải thể", "thoát", "thu nợ", "xóa", "trả", "chuyển đi", "ra khỏi"),
    *("từ trần", "thanh lý", "ngừng", "chấm dứt", "thu hồi", "hết hiệu lực"),
)
"""What takes a flow out of a stock over a period: spending ("chi"), dissolving ("giải
thể"), leaving ("thoát nghèo", "chuyển đi"), ending ("chấm dứt hoạt động", "hết hiệu lực")."""
OUTFLOW_WORDS_RE = alternation(OUTFLOW_WORDS)

SHARE_VERBS = ("chiếm",)
"""The verb of a share of a whole ("chiếm X%": makes up X%)."""

RATE_NOUNS = ("tỷ lệ", "tỉ lệ")
""""Rate, ratio" in its two spellings ("tỷ lệ", "tỉ lệ")."""

RATIO_VERBS = ("đạt", "bằng", "chiếm")
"""Verbs before a ratio of two figures ("đạt", "bằng", "chiếm" X%)."""

RESTATING_WORDS = ("tương ứng", "tương đương", "tức là", "tức")
"""Words that restate a figure in another measure ("giảm 7 người, tức giảm 15,56%":
"that is", "equivalent to")."""

CHANGE_WORDS = ("tăng", "giảm", "hơn", "thêm", "vượt", "so với", "chênh lệch")
"""Words before a figure that make it a difference, not a level ("tăng 5 tỷ", "hơn 3 ha",
"chênh lệch 2 tỷ")."""

NOT_A_PART_WORDS = (
    "tăng",
    "giảm",
    "so với",
    "cùng kỳ",
    "kế hoạch",
    "đạt",
    "chiếm",
    "bằng",
    "trong đó",
    "năm",
    "tháng",
    *("không tính", "không kể", "chưa tính", "chưa kể", "tổng số"),
)
"""Words that make the phrase before a figure a change, a comparison, a share, a breakdown, a
period, what is left out or a whole ("tăng 5%", "so với cùng kỳ", "đạt 90% kế hoạch", "năm
2024", "không tính 247 đồng chí được miễn", "tổng số … là 6.768"), never the name of one part
of a breakdown."""

CARRIED_OVER_RE = (
    r"(?:(?:năm|kỳ|tháng|quý)\s+(?:trước|\d{4})\s+chuyển\s+(?:sang|qua)"
    r"|chuyển tiếp\s+từ\s+(?:các\s+|những\s+)?(?:năm|kỳ)\s+trước"
    r"|(?:mở mới|mới|phát sinh|khởi công mới|thụ lý mới|tiếp nhận mới)(?:\s+trong)?\s+năm\s+\d{4})"
)
"""Cases, dossiers, tasks or money carried over from the previous period or new in this one
("năm trước chuyển sang 6.215 việc", "năm 2023 chuyển sang 138 hồ sơ", "chuyển tiếp từ các năm
trước 22 nhiệm vụ", "mở mới năm 2024 là 19 nhiệm vụ"): the parts of what is handled; their
period words do not make them a period's value."""

GROWTH_VERBS_RE = alternation(GROWTH_VERBS)
NOT_A_PART_WORDS_RE = alternation(NOT_A_PART_WORDS)
SHARE_VERBS_RE = alternation(SHARE_VERBS)
RATE_NOUNS_RE = alternation(RATE_NOUNS)
RATIO_VERBS_RE = alternation(RATIO_VERBS)
CHANGE_WORDS_RE = alternation(CHANGE_WORDS)
RESTATING_WORDS_RE = alternation(RESTATING_WORDS)

# ---------------------------------------------------------------------------------------------
# Totals and periods

TOTAL_LABELS = ("tổng số", "tổng cộng", "tổng", "cả nước", "toàn tỉnh", "toàn huyện")
"""Labels of a total row or column ("Tổng số", "Tổng cộng", "CẢ NƯỚC", "Toàn tỉnh")."""

CUMULATIVE_WORDS = ("cộng dồn", "lũy kế")
"""Cumulative since the start of the period ("cộng dồn", "lũy kế"; the old spelling "luỹ kế"
folds to "lũy kế")."""

PERIOD_WORDS = ("tháng", "năm", "ngày", "tuần", "quý")
"""Units of calendar time ("6 tháng", "quý II", "năm 2024")."""

NOT_COUNT_NOUNS = frozenset(
    {
        # words of the sentence that follow a figure ("12 và", "5 của", "30 trở lên")
        *("và", "với", "của", "là", "có", "được", "bị", "đã", "đang", "sẽ", "vẫn", "còn", "chưa"),
        *("không", "cũng", "đều", "trong", "ngoài", "so", "tại", "theo", "cho", "từ", "đến"),
        *("tới", "trên", "dưới", "hơn", "thì", "mà", "nhưng", "hoặc", "hay", "để", "do", "vì"),
        *("nên", "này", "đó", "kia", "nào", "gì", "trở", "trước", "sau", "gồm", "về", "ra"),
        *("vào", "lên", "xuống", "nữa", "thêm", "mới", "cùng", "khác", "như", "tức"),
        *("tăng", "giảm", "đạt", "chiếm", "bằng", "gấp", "vượt", "chỉ", "riêng", "trừ", "số"),
        *("phần", "lớn", "nhỏ", "cao", "thấp", "nhất", "thứ", "khoảng", "gần", "tương"),
        # time, age, order and repetition: not things counted
        *PERIOD_WORDS,
        *("giờ", "phút", "giây", "đêm", "buổi", "tuổi", "lần", "độ", "kỳ", "khóa", "đời"),
        # grades and sizes of a thing, not a count of things ("sản phẩm 4 sao", "nhà 3 tầng")
        *("sao", "hạng", "bậc", "tầng", "làn", "cấp", "chiều", "loại", "cỡ"),
    }
)
"""Words that follow a figure without naming what it counts: when a figure is followed by a
lower-case word the number grammar does not know, that word is read as the figure's count noun
("2.846 gian hàng", "48 trạm bơm") unless it is one of these."""

APPROXIMATION_WORDS = (
    "hơn",
    "trên",
    "gần",
    "khoảng",
    "dưới",
    "chưa đầy",
    "hàng",
    "xấp xỉ",
    "ngót",
)
"""Words before a count that make it approximate or a bound, not an exact figure ("hơn 5 năm",
"trên 10 năm", "gần 5 năm", "khoảng 3 năm", "dưới 2 năm", "chưa đầy 1 năm", "hàng chục năm"):
a duration so stated is not the length of the period after it."""

ANNIVERSARY_WORDS = ("kỷ niệm", "kỉ niệm", "chặng đường")
"""Words of an anniversary or a road travelled ("Kỷ niệm 50 năm (1975 - 2025)", "chặng đường
30 năm 1986 - 2016"): the years between two dates (2025 − 1975), not the calendar years of a
period counting both ends."""

PLAN_PERIOD_WORDS = ("kế hoạch", "chiến lược", "quy hoạch", "trung hạn", "giai đoạn")
"""Names of a plan and its period ("kế hoạch 5 năm", "Chiến lược 10 năm", "quy hoạch",
"đầu tư công trung hạn", "giai đoạn 2021 - 2025"): a period counted with both ends, unlike a
term of office ("nhiệm kỳ 2020 - 2025") or a course ("khóa học 2 năm (2023 - 2025)") that run
from one date to the same date years later."""

ELAPSED_WORDS = ("sau", "qua", "tròn", "được")
"""Words before a count of years that may count the years elapsed between two dates ("sau 10
năm (2010 - 2020)", "tròn 5 năm", "được 3 năm"): 2020 − 2010, where a plan counts both ends."""

TOTAL_LABELS_RE = alternation(TOTAL_LABELS)
TOTAL_ROW_RE = rf"(?:{TOTAL_LABELS_RE})(?! hợp\b)|cộng(?! hòa| hoà| đồng| tác| sự)"
"""The label of a total row: the total labels (not "Tổng hợp", a mixed kind: "Trang trại tổng
hợp"), or "Cộng" (not "Cộng hòa", "Cộng đồng" — a community —, "Cộng tác viên", "Cộng sự")."""
CUMULATIVE_WORDS_RE = alternation(CUMULATIVE_WORDS)
PERIOD_WORDS_RE = alternation(PERIOD_WORDS)
APPROXIMATION_WORDS_RE = alternation(APPROXIMATION_WORDS)
ANNIVERSARY_WORDS_RE = alternation(ANNIVERSARY_WORDS)
ELAPSED_WORDS_RE = alternation(ELAPSED_WORDS)

CHANGED_FIGURE_LEAD_RE = r"(?:tăng|giảm|hơn|thêm)\s+(?:[^\W\d]+\s+)?$"
"""Right before a figure, the words that make it a change (``tăng 12 vụ``, ``giảm thêm 3 hộ``,
``hơn 5 ha``): no total, no value of a period; match it ending at the figure."""

FULL_STOP_RE = r"\.(?=\s+[A-ZĐÀ-Ỹ])"
"""The end of a sentence: a full stop before a capital (not the thousands dot of "1.250")."""

PLAN_PERIOD_WORDS_RE = alternation(PLAN_PERIOD_WORDS)

# ---------------------------------------------------------------------------------------------
# Document structure

NUMBERED_CATEGORIES = (
    *("loại", "nhóm", "hạng", "cấp", "bậc", "mức", "khu vực", "vùng", "tổ", "đội", "khối"),
    *("tuyến", "đợt", "giai đoạn"),
)
"""Words before a number that makes it the name of a category or a stage, not a figure
("thôn loại 1", "nhóm 2", "khu vực 3", "đợt 1": "(thôn loại 1: 244 triệu đồng; thôn loại 2:
96 triệu đồng)" is a list of two parts)."""

NUMBERED_CATEGORY_RE = rf"\b(?:{alternation(NUMBERED_CATEGORIES)})\s+(?:\d{{1,2}}|[IVX]{{1,4}})\b"

DOCUMENT_PARTS = ("phần", "chương", "mục", "điều")
"""The structural words of a legal document, in their order (Phần > Chương > Mục > Điều)."""

DOCUMENT_PARTS_RE = alternation(DOCUMENT_PARTS)

CUE_SETS: dict[str, tuple[str, ...]] = {
    "EXHAUSTIVE_MARKERS": EXHAUSTIVE_MARKERS,
    "SUBSET_MARKERS": SUBSET_MARKERS,
    "LIST_ANNOUNCERS": LIST_ANNOUNCERS,
    "TABLE_PARTITIONS": TABLE_PARTITIONS,
    "REMAINDER_WORDS": REMAINDER_WORDS,
    "SELECTION_WORDS": SELECTION_WORDS,
    "UNFINISHED_WORDS": UNFINISHED_WORDS,
    "PLAN_BASES": PLAN_BASES,
    "TARGET_WORDS": TARGET_WORDS,
    "PLAN_WORDS": PLAN_WORDS,
    "PLAN_ABBREVIATIONS": PLAN_ABBREVIATIONS,
    "PREVIOUS_PERIOD_WORDS": PREVIOUS_PERIOD_WORDS,
    "YEAR_START_WORDS": YEAR_START_WORDS,
    "OUTFLOW_WORDS": OUTFLOW_WORDS,
    "COMPARISON_WORDS": COMPARISON_WORDS,
    "GROWTH_VERBS": GROWTH_VERBS,
    "SHARE_VERBS": SHARE_VERBS,
    "RATE_NOUNS": RATE_NOUNS,
    "RATIO_VERBS": RATIO_VERBS,
    "CHANGE_WORDS": CHANGE_WORDS,
    "RESTATING_WORDS": RESTATING_WORDS,
    "NOT_A_PART_WORDS": NOT_A_PART_WORDS,
    "TOTAL_LABELS": TOTAL_LABELS,
    "CUMULATIVE_WORDS": CUMULATIVE_WORDS,
    "PERIOD_WORDS": PERIOD_WORDS,
    "APPROXIMATION_WORDS": APPROXIMATION_WORDS,
    "ANNIVERSARY_WORDS": ANNIVERSARY_WORDS,
    "ELAPSED_WORDS": ELAPSED_WORDS,
    "PLAN_PERIOD_WORDS": PLAN_PERIOD_WORDS,
    "DOCUMENT_PARTS": DOCUMENT_PARTS,
    "NUMBERED_CATEGORIES": NUMBERED_CATEGORIES,
}
"""Every cue set by name (for the tests and the documentation)."""

# Compiled once, at import: whether a text holds any word of a set (folded text).
PLAN_WORD = re.compile(rf"\b(?:{PLAN_WORDS_RE})\b")
FULL_STOP = re.compile(FULL_STOP_RE)
CLAUSE_END = re.compile(FULL_STOP_RE + "|;")  # a sentence's end or a ";" clause's
PREVIOUS_PERIOD_WORD = re.compile(rf"\b(?:{PREVIOUS_PERIOD_WORDS_RE})\b")
BREAKDOWN_MARKER = re.compile(rf"(?<!\w)(?:{BREAKDOWN_MARKERS_RE})(?!\w)")
