from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule

NOTES = "\n\n<sup>1</sup> Thu thuế 120 tỷ đồng.\n"


def test_reference_without_definition_is_flagged() -> None:
    text = "Thu ngân sách 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>." + NOTES
    found = run_rule("F101", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "<sup>2</sup>"


def test_defined_reference_passes() -> None:
    assert run_rule("F101", "Thu ngân sách 150 tỷ đồng<sup>1</sup>." + NOTES) == []


def test_no_definitions_at_all_is_reported_once() -> None:
    text = "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>, vay 5 tỷ đồng<sup>3</sup>."
    found = run_rule("F101", text)
    assert len(found) == 1
    assert "3" in found[0].message.en


def test_unit_superscript_is_not_a_reference() -> None:
    assert run_rule("F101", "Xây mới 120 m<sup>2</sup> nhà văn hóa." + NOTES) == []


def test_corpus_has_every_footnote(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("F101", text, "kien-tuong-2020-h1.md") == []
