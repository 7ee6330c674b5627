from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_missing_item_is_flagged() -> None:
    text = "Các tiêu chí chưa đạt gồm: (1) Quy hoạch; (2) Giao thông; (3) Môi trường; (5) Văn hóa."
    found = run_rule("H102", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["(5)"]
    assert "(4)" in found[0].message.vi


def test_repeated_item_is_flagged() -> None:
    text = "Nhiệm vụ: (1) Thu ngân sách; (2) Giải ngân; (2) Quy hoạch; (3) Văn hóa."
    found = run_rule("H102", text)
    assert len(found) == 1
    assert "twice" in found[0].message.en


def test_enumeration_across_list_items() -> None:
    text = "1. Nhiệm vụ\n\n(1) Thu ngân sách.\n\n(2) Giải ngân.\n\n(3) Quy hoạch.\n"
    assert run_rule("H102", text, "report.txt") == []
    assert len(run_rule("H102", text.replace("(3)", "(4)"), "report.txt")) == 1


def test_a_new_heading_ends_the_enumeration() -> None:
    text = "## 1. A\n\n(1) x; (2) y.\n\n## 2. B\n\n(1) z; (2) w.\n"
    assert run_rule("H102", text) == []


def test_corpus_finds_the_missing_criterion(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("H102", text, "kim-tan-2023-h1.txt")
    assert [text[d.span.start : d.span.end] for d in found] == ["(5)"]
    assert "(4)" in found[0].message.vi
    kien_tuong = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("H102", kien_tuong, "kien-tuong-2020-h1.md") == []
