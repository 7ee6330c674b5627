from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_second_definition_is_flagged() -> None:
    text = (
        "Thu 150 tỷ đồng<sup>1</sup>.\n\n"
        "<sup>1</sup> Thu thuế 120 tỷ đồng.\n\n<sup>1</sup> Thu phí 30 tỷ đồng.\n"
    )
    found = run_rule("F104", text)
    assert len(found) == 1
    assert text[found[0].span.start :].startswith("Thu phí")
    assert text[found[0].related[0].span.start :].startswith("Thu thuế")


def test_distinct_definitions_pass() -> None:
    text = (
        "Thu 150 tỷ đồng<sup>1</sup>, phí 30 tỷ đồng<sup>2</sup>.\n\n"
        "<sup>1</sup> Thu thuế 120 tỷ đồng.\n\n<sup>2</sup> Phí chợ 30 tỷ đồng.\n"
    )
    assert run_rule("F104", text) == []


def test_corpus_has_no_duplicate(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("F104", text, "kien-tuong-2020-h1.md") == []
