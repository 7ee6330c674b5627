"""Shares of one whole listed across sentences, clauses or list items (no ``trong đó``)."""

from __future__ import annotations

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.percentages import find_percent_claims
from tests.conftest import run_rule

ITEMS = """Toàn xã có 3.000 hộ, cụ thể:

- Hộ nghèo: 1.000 hộ, chiếm 33,3%;
- Hộ cận nghèo: 1.000 hộ, chiếm 33,3%;
- Hộ thoát nghèo: 1.000 hộ, chiếm 33,4%.
"""

SENTENCES = (
    "Toàn huyện có 420 người lao động. Nữ 189 người, chiếm 45%. "
    "Người dân tộc thiểu số 84 người, là 20%."
)

CLAUSES = (
    "Tổng số hồ sơ tiếp nhận là 356 hồ sơ; giải quyết đúng hạn 210 hồ sơ, chiếm 58,99%; "
    "quá hạn 146 hồ sơ, chiếm tỷ lệ 41,01%."
)


def listed(text: str) -> list[tuple[str, str, str]]:
    document = read_document("report.md", text.encode("utf-8"))
    return [
        (c.percent.literal, c.value.literal, c.base.literal if c.base else "")
        for c in find_percent_claims(document, extract(document))
        if c.base_source == "listed"
    ]


def test_parts_in_items_sentences_and_clauses_are_shares_of_the_whole_before() -> None:
    assert listed(ITEMS) == [
        ("33,3", "1.000", "3.000"),
        ("33,3", "1.000", "3.000"),
        ("33,4", "1.000", "3.000"),
    ]
    assert listed(SENTENCES) == [("45", "189", "420"), ("20", "84", "420")]
    assert listed(CLAUSES) == [("58,99", "210", "356"), ("41,01", "146", "356")]


def test_consistent_shares_raise_nothing() -> None:
    for text in (ITEMS, SENTENCES, CLAUSES):
        assert run_rule("P101", text) == []
        assert run_rule("P104", text) == []


def test_a_changed_share_is_caught_at_it() -> None:
    text = ITEMS.replace("33,4", "38,4")
    found = run_rule("P101", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "38,4"
    assert "1.000 / 3.000" in found[0].notes[0].en
    text = SENTENCES.replace("45%", "48%")
    found = run_rule("P101", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["48"]


def test_a_changed_count_is_caught() -> None:
    text = CLAUSES.replace("146 hồ sơ", "148 hồ sơ")
    found = run_rule("P101", text)
    assert len(found) == 1
    spans = {text[found[0].span.start : found[0].span.end]}
    spans.update(text[r.span.start : r.span.end] for r in found[0].related)
    assert "148" in spans


def test_weak_evidence_is_not_read() -> None:
    # a sibling before the parts is not their whole
    assert listed("Nam 231 người. Nữ 189 người, chiếm 45%. Trẻ em 84 người, chiếm 20%.") == []
    # one part alone, other units, and a share of something named after it
    assert listed("Toàn huyện có 420 người. Nữ 189 người, chiếm 45%.") == []
    assert listed("Toàn huyện có 420 hộ. Nữ 189 người, chiếm 45%. Nam 231 người, chiếm 55%.") == []
    text = (
        "Toàn huyện có 420 người. Nữ 189 người, chiếm 45% số lao động. Nam 9 người, chiếm 2% số hộ."
    )
    assert listed(text) == []
    # a share of a whole named after it that is not the whole before
    text = "Toàn huyện có 15.000 hộ. Hộ nghèo 600 hộ, chiếm 4% tổng số hộ toàn tỉnh. Hộ cận nghèo 450 hộ, chiếm 3% tổng số hộ toàn tỉnh."
    assert listed(text) == []
    assert len(listed(text.replace(" toàn tỉnh", ""))) == 2
    # a part larger than the figure before: that figure is not the whole
    assert listed("Toàn xã có 300 hộ. Hộ A 1.000 hộ, chiếm 50%. Hộ B 1.000 hộ, chiếm 50%.") == []
    # a change is no whole
    text = "Số hộ tăng thêm 300 hộ. Hộ A 100 hộ, chiếm 33,3%. Hộ B 200 hộ, chiếm 66,7%."
    assert listed(text) == []


def test_overlapping_listed_shares_are_not_totalled() -> None:
    text = (
        "Toàn huyện có 420 người lao động. Lao động nữ 189 người, chiếm 45%. "
        "Lao động qua đào tạo 300 người, chiếm 71,4%."
    )
    assert run_rule("P104", text) == []
    assert run_rule("P101", text) == []
    assert len(run_rule("P101", text.replace("71,4", "77,4"))) == 1


def test_shares_in_parentheses() -> None:
    text = (
        "Tổng số cán bộ toàn huyện có 250 người, cụ thể:\n\n"
        "- Cấp huyện: 90 người (chiếm 36%);\n- Cấp xã: 160 người (64%).\n"
    )
    assert listed(text) == [("36", "90", "250"), ("64", "160", "250")]
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("(64%)", "(61%)"))
    assert [text.replace("(64%)", "(61%)")[d.span.start : d.span.end] for d in found] == ["61"]
    # an unclosed or unrelated parenthesis is not read
    assert listed(text.replace("(64%)", "(64% năm trước)")) == []
