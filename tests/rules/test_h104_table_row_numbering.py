from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import quantities, run_rule

TABLE = """| STT | Nội dung | Kế hoạch |
|---|---|---:|
| I | Chi cân đối ngân sách | 4.700 |
| 1 | Chi đầu tư phát triển | 1.200 |
| 2 | Chi thường xuyên | 3.400 |
| 3 | Dự phòng ngân sách | 100 |
| II | Chi từ nguồn bổ sung có mục tiêu | 500 |
| 1 | Vốn đầu tư | 300 |
| 1.1 | Vốn trong nước | 200 |
| 1.2 | Vốn ngoài nước | 100 |
| 2 | Vốn sự nghiệp | 200 |
| a | Sự nghiệp giáo dục | 120 |
| b | Sự nghiệp y tế | 80 |
| III | Chi chuyển nguồn | 50 |
"""


def excerpts(text: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in run_rule("H104", text)]


def test_numbering_restarting_under_each_parent_passes() -> None:
    assert run_rule("H104", TABLE) == []
    assert run_rule("T101", TABLE) == []


def test_gap_among_siblings() -> None:
    text = TABLE.replace("| 3 | Dự phòng", "| 4 | Dự phòng")
    found = run_rule("H104", text)
    assert excerpts(text) == ["4"]
    assert "3" in found[0].message.en


def test_duplicate_among_siblings() -> None:
    text = TABLE.replace("| 1.2 | Vốn ngoài nước", "| 1.1 | Vốn ngoài nước")
    assert excerpts(text) == ["1.1"]


def test_gap_in_roman_and_letters() -> None:
    text = TABLE.replace("| III | Chi chuyển", "| IV | Chi chuyển").replace("| b |", "| c |")
    assert excerpts(text) == ["c", "IV"]


def test_section_title_without_number_starts_new_lists() -> None:
    text = """| STT | Chỉ tiêu | Số lượng |
|---|---|---:|
| | Phân theo loại hình | |
| 1 | Doanh nghiệp nhà nước | 12 |
| 2 | Doanh nghiệp tư nhân | 340 |
| | Phân theo ngành | |
| 3 | Công nghiệp | 150 |
"""
    assert run_rule("H104", text) == []


def test_stt_cells_are_not_figures() -> None:
    figures = [q.text for q in quantities(TABLE)]
    assert "1.1" not in figures and "1.2" not in figures
    assert figures[:2] == ["4.700", "1.200"]


@pytest.mark.parametrize(
    "name",
    [
        "gso-bieu-so-lieu-6-thang-2024.md",
        "gso-bieu-so-lieu-nam-2024.md",
        "gso-bieu-nong-nghiep-6-thang-2024.md",
        "gso-bieu-so-lieu-9-thang-2023.md",
        "kien-tuong-2020-h1.md",
    ],
)
def test_corpus_has_no_finding(corpus: Path, name: str) -> None:
    text = (corpus / name).read_text(encoding="utf-8")
    assert run_rule("H104", text, name) == []


def test_unnumbered_parent_rows_start_new_lists() -> None:
    text = """| STT | Danh mục | Vốn |
|---|---|---:|
| | Huyện An Lão | 1.000 |
| 1 | Trạm y tế xã An Quang | 1.000 |
| | Huyện Vân Canh | 800 |
| 1 | Trạm y tế xã Canh Hiển | 800 |
"""
    assert run_rule("H104", text) == []


def test_stt_column_named_after_a_code_column() -> None:
    text = """| Mã số | STT | Nội dung | Vốn |
|---|---|---|---:|
| | A | B | 1 |
| 01 | 1 | Vốn trong nước | 700 |
| 02 | 1.1 | Vốn ngân sách tỉnh | 400 |
| 03 | 1.2 | Vốn ngân sách huyện | 300 |
"""
    assert "1.1" not in [q.text for q in quantities(text)]


def test_letters_with_or_without_dd() -> None:
    rows = "".join(f"| {x} | Mục {x} | 10 |\n" for x in "abcde")
    head = "| STT | Nội dung | Số |\n|---|---|---:|\n"
    assert run_rule("H104", head + rows) == []
    rows = "".join(f"| {x} | Mục {x} | 10 |\n" for x in ["a", "b", "c", "d", "đ", "e"])
    assert run_rule("H104", head + rows) == []
    rows = "".join(f"| {x} | Mục {x} | 10 |\n" for x in ["a", "b", "d"])
    assert len(run_rule("H104", head + rows)) == 1


def test_letters_outside_the_vietnamese_alphabet_are_no_sequence() -> None:
    rows = "".join(f"| {x} | Phần {x} | 10 |\n" for x in "ABCDEFG")
    head = "| STT | Nội dung | Số |\n|---|---|---:|\n"
    assert run_rule("H104", head + rows) == []
    assert run_rule("T101", head + rows) == []
