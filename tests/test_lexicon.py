"""The lexicon: its folds and its named cue sets (lint/lexicon.py)."""

from __future__ import annotations

import ast
import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint import lexicon
from lint.lexicon import CUE_SETS, alternation, cue_text, fold, fold_label

# Vietnamese letters (lower and upper, precomposed), spaces, punctuation and digits
_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
_ALPHABET = _VIETNAMESE + _VIETNAMESE.upper() + " _,.;:()%0123456789\t\n"
texts = st.text(alphabet=_ALPHABET, max_size=60)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_fold_is_idempotent_and_keeps_the_length_of_nfc_text(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert len(folded) == len(unicodedata.normalize("NFC", text))
    assert folded == folded.lower()


@settings(max_examples=150, deadline=None)
@given(texts)
def test_fold_label_is_idempotent_and_collapses_spaces(text: str) -> None:
    folded = fold_label(text)
    assert fold_label(folded) == folded
    assert "  " not in folded and "\t" not in folded and "\n" not in folded
    assert folded == folded.strip()


@settings(max_examples=100, deadline=None)
@given(texts)
def test_cue_text_keeps_offsets(text: str) -> None:
    cued = cue_text(text)
    assert len(cued) == len(text)
    assert "_" not in cued


def test_fold_moves_old_style_tones_at_the_end_of_a_word_only() -> None:
    assert fold("Hoà BÌNH, thuỷ lợi, Uỷ ban, khoá học") == "hòa bình, thủy lợi, ủy ban, khóa học"
    assert fold("hoàn thành, khoáng sản") == "hoàn thành, khoáng sản"
    assert fold("Ke\u0302\u0301 hoạch") == "kế hoạch"  # decomposed "ế" composed (NFC)
    assert fold("Bao_gồm") == "bao_gồm"  # underscores are cue_text's, not fold's


def test_fold_label_folds_three_spellings_and_white_space() -> None:
    assert fold_label("  Luỹ kế\n6 THÁNG ") == "lũy kế 6 tháng"
    assert fold_label("Thuỷ sản") == "thủy sản"
    assert fold_label("Hoá chất") == "hóa chất"
    # unlike fold, the other old spellings are kept
    assert fold_label("Hoà Bình") == "hoà bình"


def _documented() -> set[str]:
    tree = ast.parse(Path(lexicon.__file__).read_text(encoding="utf-8"))
    found = set()
    for statement, following in itertools.pairwise(tree.body):
        if (
            isinstance(statement, ast.Assign)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
            and following.value.value.strip()
        ):
            found.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return found


_DOCUMENTED = _documented()


@pytest.mark.parametrize("name", sorted(CUE_SETS))
def test_every_cue_set_is_non_empty_folded_and_documented(name: str) -> None:
    words = CUE_SETS[name]
    assert isinstance(words, tuple) and words
    assert getattr(lexicon, name) is words
    for word in words:
        assert word == fold(word) == word.strip(), word
        assert "  " not in word
    assert len(set(words)) == len(words)
    # a word never follows a word that is a prefix of it: an alternation then reads the
    # longest word a position offers
    for position, word in enumerate(words):
        assert not any(word.startswith(earlier) for earlier in words[:position]), word
    # the docstring of the set is the statement right after its assignment
    assert name in _DOCUMENTED, name


def test_every_set_has_its_alternation() -> None:
    for name, words in CUE_SETS.items():
        pattern = getattr(lexicon, f"{name}_RE", None)
        if pattern is None:
            continue
        assert pattern == alternation(words)
        compiled = re.compile(rf"^(?:{pattern})$")
        assert all(compiled.match(word) for word in words)
        assert not compiled.match("x" + words[0])


def _finds(pattern: str, text: str) -> list[str]:
    return re.findall(rf"(?<!\w)(?:{pattern})(?!\w)", fold(text))


def test_readings_of_the_breakdown_markers() -> None:
    sentence = "Tổng vốn 120 tỷ đồng, trong đó: vốn tỉnh 80 tỷ đồng, vốn huyện 40 tỷ đồng."
    assert _finds(lexicon.SUBSET_MARKERS_RE, sentence) == ["trong đó"]
    assert _finds(lexicon.EXHAUSTIVE_MARKERS_RE, "Có 12 trường, bao gồm: 5 trường mầm non") == [
        "bao gồm"
    ]
    assert _finds(lexicon.EXHAUSTIVE_MARKERS_RE, "Số hộ nghèo 35 hộ, chia ra: xã A 20 hộ") == [
        "chia ra"
    ]
    assert _finds(lexicon.BREAKDOWN_MARKERS_RE, "Cụ thể: xã A 3 công trình") == ["cụ thể"]
    assert _finds(lexicon.LIST_ANNOUNCERS_RE, "Kết quả cụ thể như sau:") == ["như sau"]
    assert _finds(lexicon.REMAINDER_WORDS_RE, "số còn lại 12 hộ") == ["còn lại"]
    assert _finds(lexicon.SELECTION_WORDS_RE, "Phân theo một số ngành chủ yếu") == [
        "một số",
        "chủ yếu",
    ]
    assert _finds(lexicon.TABLE_PARTITIONS_RE, "Phân theo loại hình kinh tế") == ["phân theo"]
    assert not _finds(lexicon.BREAKDOWN_MARKERS_RE, "Thu ngân sách đạt 520 tỷ đồng")


def test_readings_of_the_comparison_bases() -> None:
    assert _finds(lexicon.PLAN_WORDS_RE, "đạt 52% dự toán, 48% kế hoạch năm") == [
        "dự toán",
        "kế hoạch",
    ]
    assert _finds(lexicon.PLAN_BASES_RE, "hoàn thành 3/5 chỉ tiêu") == []
    assert _finds(lexicon.TARGET_WORDS_RE, "hoàn thành 3/5 chỉ tiêu") == ["chỉ tiêu"]
    assert _finds(lexicon.PLAN_ABBREVIATIONS_RE, "% so KH") == ["kh"]
    assert _finds(lexicon.PREVIOUS_PERIOD_WORDS_RE, "tăng 5% so với cùng kỳ năm trước") == [
        "cùng kỳ",
        "năm trước",
    ]
    assert _finds(lexicon.YEAR_START_WORDS_RE, "giảm 12 con so với đầu năm") == ["đầu năm"]
    assert _finds(lexicon.COMPARISON_WORDS_RE, "bằng 98% so với cùng kỳ") == ["so với"]


def test_readings_of_the_verbs() -> None:
    assert _finds(lexicon.GROWTH_VERBS_RE, "Đàn bò tăng 3%, đàn trâu giảm 2%") == ["tăng", "giảm"]
    assert _finds(lexicon.SHARE_VERBS_RE, "vốn tỉnh chiếm 60%") == ["chiếm"]
    assert _finds(lexicon.RATE_NOUNS_RE, "tỷ lệ hộ nghèo, tỉ lệ che phủ rừng") == [
        "tỷ lệ",
        "tỉ lệ",
    ]
    assert _finds(lexicon.RATIO_VERBS_RE, "đạt 95%, bằng 102%") == ["đạt", "bằng"]
    assert _finds(lexicon.CHANGE_WORDS_RE, "cao hơn 3 tỷ, chênh lệch 2 tỷ") == [
        "hơn",
        "chênh lệch",
    ]
    assert _finds(lexicon.NOT_A_PART_WORDS_RE, "Vốn huyện năm 2024") == ["năm"]
    assert not _finds(lexicon.NOT_A_PART_WORDS_RE, "Vốn ngân sách huyện")


def test_readings_of_totals_periods_and_parts() -> None:
    assert _finds(lexicon.TOTAL_LABELS_RE, "TỔNG SỐ") == ["tổng số"]
    assert _finds(lexicon.TOTAL_LABELS_RE, "Cả nước") == ["cả nước"]
    assert _finds(lexicon.TOTAL_LABELS_RE, "Tổng cộng") == ["tổng cộng"]
    assert _finds(lexicon.CUMULATIVE_WORDS_RE, "Cộng dồn 6 tháng") == ["cộng dồn"]
    assert re.findall(lexicon.CUMULATIVE_WORDS_RE, fold_label("Luỹ kế từ đầu năm")) == ["lũy kế"]
    assert _finds(lexicon.PERIOD_WORDS_RE, "6 tháng đầu năm, quý II") == ["tháng", "năm", "quý"]
    assert _finds(lexicon.DOCUMENT_PARTS_RE, "Chương II, Mục 1, Điều 5") == [
        "chương",
        "mục",
        "điều",
    ]


def test_readings_of_approximations_and_anniversaries() -> None:
    assert _finds(lexicon.APPROXIMATION_WORDS_RE, "hơn 5 năm, trên 10 năm, chưa đầy 1 năm") == [
        "hơn",
        "trên",
        "chưa đầy",
    ]
    assert _finds(lexicon.APPROXIMATION_WORDS_RE, "Gần 5 năm, khoảng 3 năm") == ["gần", "khoảng"]
    assert not _finds(lexicon.APPROXIMATION_WORDS_RE, "Kế hoạch 5 năm 2021 - 2025")
    assert _finds(lexicon.ANNIVERSARY_WORDS_RE, "Kỷ niệm 50 năm, kỉ niệm 30 năm") == [
        "kỷ niệm",
        "kỉ niệm",
    ]
    assert _finds(lexicon.ELAPSED_WORDS_RE, "Sau 10 năm, tròn 5 năm") == ["sau", "tròn"]
    assert _finds(lexicon.PLAN_PERIOD_WORDS_RE, "Kế hoạch 5 năm giai đoạn 2021-2025") == [
        "kế hoạch",
        "giai đoạn",
    ]


def test_compiled_patterns_are_built_once_from_the_sets() -> None:
    assert lexicon.PLAN_WORD.search(fold("đạt 90% Kế hoạch"))
    assert not lexicon.PLAN_WORD.search(fold("hoạch định, dự kiến"))
    assert lexicon.PREVIOUS_PERIOD_WORD.search(fold("so với CÙNG KỲ"))
    assert lexicon.BREAKDOWN_MARKER.search(fold("Trong đó: 5 xã"))
    assert not lexicon.BREAKDOWN_MARKER.search(fold("đồng bào dân tộc"))


def _read(text: str):  # type: ignore[no-untyped-def]
    from lint.numbers.scan import extract
    from lint.read import read_document

    document = read_document("report.md", text.encode("utf-8"))
    return document, extract(document)


# Words one module knew and another forgot, unified through the lexicon


def test_a_scale_is_read_after_both_spellings_of_ty_le() -> None:
    _, extraction = _read("Bản đồ quy hoạch tỉ lệ 1/2000 và bản đồ tỷ lệ 1/500 đã được duyệt.\n")
    assert [(n.kind, n.text) for n in extraction.non_quantities] == [
        ("scale", "1/2000"),
        ("scale", "1/500"),
    ]


def test_a_goal_is_a_plan_base_of_a_percentage() -> None:
    from lint.relations.percentages import find_percent_claims

    document, extraction = _read("Kim ngạch xuất khẩu ước đạt 120 triệu USD, đạt 80% mục tiêu.\n")
    claims = find_percent_claims(document, extraction)
    assert [(c.kind, c.comparison, c.percent.text) for c in claims] == [("plan", "mục tiêu", "80%")]


def test_a_budget_estimate_is_a_planned_figure() -> None:
    from lint.relations.indicators import find_mentions

    document, extraction = _read(
        "Dự toán thu ngân sách nhà nước năm 2025 là 500 tỷ đồng.\n\n"
        "Thu ngân sách nhà nước năm 2025 ước đạt 450 tỷ đồng.\n"
    )
    mentions = find_mentions(document, extraction)
    assert [(m.quantity.text, m.planned) for m in mentions] == [
        ("500 tỷ đồng", True),
        ("450 tỷ đồng", False),
    ]


def test_quy_keeps_its_spelling_when_folded() -> None:
    from lint.relations.indicators import indicator_key

    assert fold("Quý II, Quỹ đất") == "quý ii, quỹ đất"
    # the "quí" spelling is expanded to the folded "quý": both read one key
    assert indicator_key("Kết quả quí II") == indicator_key("Kết quả quý II")
