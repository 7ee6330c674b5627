from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_out_of_order_reference_is_flagged() -> None:
    text = "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>3</sup>, vay 10 tỷ đồng<sup>2</sup>."
    found = run_rule("F103", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["<sup>3</sup>", "<sup>2</sup>"]


def test_reused_reference_is_flagged() -> None:
    text = "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>. Vay 10 tỷ đồng<sup>2</sup>."
    found = run_rule("F103", text)
    assert len(found) == 1
    assert "already" in found[0].message.en
    assert found[0].related


def test_sequential_references_pass() -> None:
    text = "Thu 150 tỷ đồng<sup>1</sup>, chi 90 tỷ đồng<sup>2</sup>, vay 10 tỷ đồng<sup>3</sup>."
    assert run_rule("F103", text) == []


def test_content_superscript_is_left_to_f105(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("F103", text, "kien-tuong-2020-h1.md") == []
