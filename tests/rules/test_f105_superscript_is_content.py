from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def test_superscript_that_is_the_remaining_count_is_flagged() -> None:
    text = (
        "Đã giải quyết 40/45 hồ sơ<sup>1</sup>, đang thụ lý<sup>5</sup> hồ sơ.\n\n"
        "<sup>1</sup> Cấp mới 40 hồ sơ.\n"
    )
    found = run_rule("F105", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "<sup>5</sup>"
    assert any("45 − 40 = 5" in note.vi for note in found[0].notes)
    assert found[0].related


def test_superscript_out_of_sequence_before_count_noun_is_flagged() -> None:
    text = "Tổ chức 3 lớp tập huấn<sup>1</sup>, có<sup>7</sup> hộ tham gia."
    found = run_rule("F105", text)
    assert len(found) == 1
    assert "7 hộ" in found[0].message.vi


def test_real_footnote_mark_before_a_word_passes() -> None:
    text = (
        "Thực hiện các công trình<sup>1</sup> phục vụ Tết; hỗ trợ 3 xã<sup>2</sup> hộ nghèo.\n\n"
        "<sup>1</sup> Trồng cây.\n\n<sup>2</sup> Gồm 3 xã.\n"
    )
    assert run_rule("F105", text) == []


def test_corpus_finds_the_files_in_process(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    found = run_rule("F105", text, "kien-tuong-2020-h1.md")
    assert [text[d.span.start : d.span.end] for d in found] == ["<sup>10</sup>"]
    assert any("98 − 88 = 10" in note.vi for note in found[0].notes)
    kim_tan = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    assert run_rule("F105", kim_tan, "kim-tan-2023-h1.txt") == []
