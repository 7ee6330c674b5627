from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_orphan_footnote_is_flagged() -> None:
    text = (
        "Thu ngân sách 150 tỷ đồng<sup>1</sup>.\n\n"
        "<sup>1</sup> Thu thuế 120 tỷ đồng.\n\n<sup>2</sup> Thu phí 30 tỷ đồng.\n"
    )
    found = run_rule("F102", text)
    assert len(found) == 1
    assert text[found[0].span.start :].startswith("Thu phí")


def test_referenced_footnotes_pass() -> None:
    text = (
        "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>.\n\n"
        "<sup>1</sup> Thu thuế 120 tỷ đồng.\n\n<sup>2</sup> Chi thường xuyên 90 tỷ đồng.\n"
    )
    assert run_rule("F102", text) == []


def test_content_superscript_does_not_reference_its_number() -> None:
    text = (
        "Đã giải quyết 8/9 hồ sơ<sup>1</sup>, đang thụ lý<sup>1</sup> hồ sơ.\n\n"
        "<sup>1</sup> Cấp mới 8 hồ sơ.\n"
    )
    # the second superscript is the figure "1 hồ sơ" (9 − 8); footnote 1 is referenced once
    assert run_rule("F102", text) == []


def test_corpus_footnotes_are_all_referenced(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("F102", text, "kien-tuong-2020-h1.md") == []


def test_markdown_footnotes_are_checked_alike() -> None:
    text = (
        "Thu ngân sách 150 tỷ đồng[^1].\n\n[^1]: Thu thuế 120 tỷ đồng.\n[^2]: Thu phí 30 tỷ đồng.\n"
    )
    found = run_rule("F102", text)
    assert len(found) == 1
    assert text[found[0].span.start :].startswith("Thu phí")
    assert run_rule("F102", text.replace("đồng[^1].", "đồng[^1], phí[^2].")) == []
