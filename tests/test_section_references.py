"""Section and appendix numbers in prose ("biểu số 2.3", "mục 2.1") are references, not decimals."""

from __future__ import annotations

import pytest

from tests.conftest import quantities, run_rule

DECIMALS = "Tỷ lệ hộ nghèo còn 3,5%; độ che phủ rừng 45,2%; lao động qua đào tạo 70,1%. "


@pytest.mark.parametrize(
    "phrase",
    [
        "chi tiết tại biểu số 2.3 kèm theo",
        "theo Phụ lục 1.2 đính kèm",
        "nội dung nêu tại mục 2.1,",
        "như tiểu mục 1.1.2 của Kế hoạch",
        "quy định tại điểm 2.1 và khoản 3.2",
        "xem Bảng 4.1 và Hình 2.3.",
        "theo Mẫu số 1.4 ban hành kèm theo",
    ],
)
def test_reference_is_not_a_figure(phrase: str) -> None:
    text = DECIMALS + "Số liệu " + phrase + " Thông tư."
    assert [q.text for q in quantities(text)] == ["3,5%", "45,2%", "70,1%"]
    assert run_rule("N101", text) == []


def test_decimal_after_other_words_is_still_read() -> None:
    text = DECIMALS + "Tăng trưởng kinh tế đạt 7.2%."
    assert [q.text for q in quantities(text)][-1] == "7.2%"
    assert len(run_rule("N101", text)) == 1


def test_amount_after_khoan_is_still_a_figure() -> None:
    # "khoản" also means "an amount": a unit or a decimal comma after it keeps the figure
    texts = [
        q.text for q in quantities("Còn khoản 3,2 tỷ đồng chưa giải ngân; khoản 1.500 triệu đồng.")
    ]
    assert texts == ["3,2 tỷ đồng", "1.500 triệu đồng"]


def test_dotted_amount_after_khoan_keeps_its_unit() -> None:
    assert [q.text for q in quantities("Còn khoản 3.2 tỷ đồng chưa giải ngân.")] == ["3.2 tỷ đồng"]


def test_row_numbers_at_the_start_of_table_labels_are_not_figures() -> None:
    text = """| Nội dung | Vốn |
|---|---:|
| 1. Chi đầu tư | 1.200 |
| 1.1. Vốn trong nước | 700 |
| 1.2 Vốn nước ngoài | 500 |
| a) Vốn khác 2.5 | 5 |
| 3.5 ống cống | 5 |
"""
    assert [q.text for q in quantities(text)] == ["1.200", "700", "500", "2.5", "5", "3.5", "5"]
