from __future__ import annotations

from pathlib import Path

from lint.engine import check_document
from lint.read import read_document
from lint.ruleset import rule_by_code
from tests.conftest import run_rule


def test_dot_decimal_in_comma_document_is_flagged() -> None:
    found = run_rule("N101", "Tỷ lệ trước hạn 34.1%; tỷ lệ hài lòng 98,5%; đúng hạn 65,9%.")
    assert [d.code for d in found] == ["N101"]
    assert found[0].suggestion is not None and "34,1" in found[0].suggestion.en


def test_clear_convention_is_a_warning() -> None:
    found = run_rule("N101", "Tỷ lệ trước hạn 34.1%; tỷ lệ hài lòng 98,5%; đúng hạn 65,9%.")
    assert [d.severity.value for d in found] == ["warning"]


def test_one_dot_among_one_comma_is_reported_as_information() -> None:
    # the styles are mixed for certain; which one the author meant is not
    found = run_rule("N101", "Giải quyết trước hạn 915 hồ sơ, đạt 34.1%; hài lòng 98,5%.")
    assert [(d.code, d.severity.value) for d in found] == [("N101", "info")]
    text = "Tỷ lệ trước hạn 34.1%, đúng hạn 65.9%; tỷ lệ hài lòng 98,5%."
    assert [d.severity.value for d in run_rule("N101", text)] == ["info", "info"]


def test_document_without_comma_decimals_is_not_flagged() -> None:
    assert run_rule("N101", "Tỷ lệ trước hạn 34.1%; đúng hạn 65.9%.") == []


def test_thousands_dot_is_not_a_decimal() -> None:
    assert run_rule("N101", "Thu 1.250 triệu đồng, đạt 50,3% dự toán.") == []


def test_dot_decimal_beside_thousands_dots_is_information() -> None:
    text = (
        "Tổng thu ngân sách trên địa bàn đạt 1.250 triệu đồng; thu phí, lệ phí đạt 0.7 triệu "
        "đồng; vốn vay ưu đãi 1.25 tỷ đồng."
    )
    found = run_rule("N101", text)
    assert [(text[d.span.start : d.span.end], d.severity.value) for d in found] == [
        ("0.7", "info"),
        ("1.25", "info"),
    ]
    assert found[0].label is not None and found[0].label.vi == "đọc là 0,7"
    assert found[1].suggestion is not None and found[1].suggestion.en == "write 1,25"
    assert "1.250" in found[0].notes[0].en


def test_dot_decimal_without_thousands_dots_is_not_flagged() -> None:
    # nothing tells which style the author follows: "0.7" may be the document's own convention
    assert run_rule("N101", "Thu phí đạt 0.7 triệu đồng, vốn vay 12 tỷ đồng.") == []


def test_three_digits_after_a_lone_zero_are_not_read_beside_thousands_dots() -> None:
    # "0.700" is flagged dot-decimal by the scanner, but three digits after the dot could be
    # a thousands group mistyped after a stray 0: only one or two digits are certain
    assert run_rule("N101", "Thu 1.250 triệu đồng, phí đạt 0.700 triệu đồng.") == []


def test_bare_dotted_numbers_beside_thousands_dots_are_not_read_as_decimals() -> None:
    # a version, a clock time, a dotted date: no unit, no scale word, no percent sign
    text = "Thu 1.250 triệu đồng; phần mềm phiên bản 2.0, họp lúc 7.30, ngày 15.3.2024."
    assert run_rule("N101", text) == []
    found = run_rule("N101", "Thu 1.250 triệu đồng; tỷ lệ hộ nghèo còn 2.5%; đất 7.2 ha.")
    assert [d.figures for d in found] == [("2.5",), ("7.2",)]


def test_the_number_of_thousands_dots_required_is_an_option() -> None:
    text = "Thu 1.250 triệu đồng, phí đạt 0.7 triệu đồng."
    assert len(run_rule("N101", text)) == 1
    rule = rule_by_code("N101")
    assert rule is not None
    document = read_document("report.md", text.encode("utf-8"))
    assert check_document(document, [rule], {"N101": {"min-thousands-dots": 2}}) == []


def test_corpus_findings(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("N101", text, "kien-tuong-2020-h1.md")
    assert sorted(text[d.span.start : d.span.end] for d in found) == ["34.1", "65.9"]
    kim_tan = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    assert run_rule("N101", kim_tan, "kim-tan-2023-h1.txt") == []


def test_a_generation_named_4_0_is_no_decimal() -> None:
    text = (
        "Triển khai mô hình “Chợ 4.0” tại 03 chợ; ứng dụng công nghiệp 4.0 trong sản xuất. "
        "Tỷ lệ thanh toán không dùng tiền mặt đạt 45,6%."
    )
    assert run_rule("N101", text) == []
    # with a unit, or any other digits, it is a figure
    assert len(run_rule("N101", text.replace("03 chợ", "4.0 ha"))) == 1
    assert len(run_rule("N101", text.replace("công nghiệp 4.0", "công nghiệp 4.5"))) == 1
