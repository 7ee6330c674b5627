from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_production_that_only_fits_thousands_is_flagged() -> None:
    found = run_rule("N102", "Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn.")
    assert len(found) == 1
    assert found[0].suggestion is not None and "7.200" in found[0].suggestion.en
    assert len(found[0].related) == 2


def test_decimal_with_scale_word_is_left_alone() -> None:
    assert run_rule("N102", "Tổng thu nhập 1.552,054 tỷ đồng; thu 552,054 tỷ đồng.") == []


def test_consistent_decimal_production_is_left_alone() -> None:
    text = "Diện tích 1.200 ha; năng suất 60 tạ/ha; sản lượng 7.200 tấn; phân bón 2,125 tấn."
    assert run_rule("N102", text) == []


def test_count_unit_cannot_be_fractional() -> None:
    found = run_rule("N102", "Tổng đàn gia cầm 12.500 con; đàn ong 1,351 đàn.")
    assert len(found) == 1


def test_corpus_finds_only_the_rice_production(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("N102", text, "kien-tuong-2020-h1.md")
    assert [text[d.span.start : d.span.end] for d in found] == ["98,587"]
    kim_tan = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    assert run_rule("N102", kim_tan, "kim-tan-2023-h1.txt") == []


def test_english_thousands_commas_in_a_vietnamese_report_are_a_style_slip() -> None:
    text = "Dân số trung bình đạt 2,345,678 người, tăng 1,2% so với cùng kỳ; có 1.204 hộ nghèo.\n"
    found = run_rule("N102", text)
    assert len(found) == 1
    assert found[0].severity.value == "warning"
    assert "2.345.678" in found[0].message.vi
    assert found[0].suggestion is not None and "2.345.678" in found[0].suggestion.vi


def test_english_thousands_commas_are_read_as_thousands() -> None:
    from tests.conftest import quantities

    (population,) = quantities("Dân số đạt 2,345,678 người.\n")
    assert population.value == 2_345_678 and "comma-thousands" in population.flags
    (amount,) = quantities("Doanh thu 1,234,567.5 USD.\n")
    assert amount.value * 10 == 12_345_675


def test_an_english_style_report_is_left_alone() -> None:
    assert run_rule("N102", "Population 2,345,678 people, revenue 1,234,567.5 USD.\n") == []
