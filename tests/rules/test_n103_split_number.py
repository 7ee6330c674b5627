from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_space_after_thousands_dot_is_flagged() -> None:
    found = run_rule("N103", "Tổng dự toán: 35. 126 triệu đồng.", "x.txt")
    assert len(found) == 1
    assert found[0].suggestion is not None and "35.126" in found[0].suggestion.en


def test_sentence_end_before_a_number_is_not_flagged() -> None:
    assert run_rule("N103", "Hoàn thành 9. 126 hộ được hỗ trợ.", "x.txt") == []
    assert run_rule("N103", "Tổng dự toán 35.126 triệu đồng.", "x.txt") == []


def test_corpus(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("N103", text, "kim-tan-2023-h1.txt")
    assert sorted(text[d.span.start : d.span.end] for d in found) == ["32. 426", "35. 126"]
    md = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("N103", md, "kien-tuong-2020-h1.md") == []
