from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule

LIST = (
    "Tổng số công trình còn nợ 9 công trình.\n\nTrong đó:\n\n"
    "- Đã phê duyệt quyết toán: 04 công trình\n"
    "- Đang thi công: 05 công trình\n"
    "- Tổng dự toán {n} công trình: 35.126 triệu đồng.\n"
)


def test_restated_count_differs() -> None:
    text = LIST.format(n=10)
    found = run_rule("S103", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "10"
    assert found[0].severity.value == "warning"
    assert found[0].notes[0].vi == "4 + 5 = 9 ✓ công trình"


def test_restated_count_agrees() -> None:
    assert run_rule("S103", LIST.format(n=9)) == []


def test_unconfirmed_count_is_not_used_as_reference() -> None:
    text = LIST.format(n=10).replace("05 công trình", "03 công trình")
    assert run_rule("S103", text) == []


def test_corpus_finds_the_ten_works(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("S103", text, "kim-tan-2023-h1.txt")
    assert [text[d.span.start : d.span.end] for d in found] == ["10"]
    kien_tuong = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert run_rule("S103", kien_tuong, "kien-tuong-2020-h1.md") == []
