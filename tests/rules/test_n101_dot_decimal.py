from __future__ import annotations

from pathlib import Path

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


def test_corpus_findings(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("N101", text, "kien-tuong-2020-h1.md")
    assert sorted(text[d.span.start : d.span.end] for d in found) == ["34.1", "65.9"]
    kim_tan = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    assert run_rule("N101", kim_tan, "kim-tan-2023-h1.txt") == []
