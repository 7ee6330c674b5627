"""Shapes read in issue 11's eighth step: a change whose value's rate is said in a clause
between them ("…, đạt 91,0% số hộ đăng ký, tăng 1.126 hộ so với năm 2023 (B)"), a yearly figure
("triệu đồng/năm") and its change or last year's value in the unit without the period, a rate
(tạ/ha, đồng/kg) growing against last period's value, and the whole counts of a table (a
header or ĐVT naming a count, or small whole figures with no unit named) added exactly."""

from __future__ import annotations

import pytest

from tests.conftest import assert_silent_then_caught, run_rule

# (rule, consistent paragraph, figure to change, changed figure)
CAUGHT = [
    # a clause of the value's rate between the value and its change
    (
        "S101",
        "Năm 2025, toàn xã có 1.846 hộ đạt danh hiệu gia đình văn hóa, đạt 93,2% tổng số hộ, "
        "tăng 57 hộ so với năm 2024 (1.789 hộ).",
        "57 hộ",
        "87 hộ",
    ),
    (
        "S101",
        "Số cơ sở kinh doanh được kiểm tra là 412 cơ sở, chiếm 38,5% số cơ sở trên địa bàn; "
        "giảm 36 cơ sở so với cùng kỳ (448 cơ sở).",
        "448",
        "478",
    ),
    # a yearly figure and its change in the unit without the period
    (
        "S101",
        "Thu nhập bình quân của lao động trong các hợp tác xã đạt 64,8 triệu đồng/người/năm, "
        "tăng 5,1 triệu đồng (tăng 8,5%) so với năm 2024 (59,7 triệu đồng).",
        "5,1",
        "6,1",
    ),
    # a yearly figure against last year's value without the period
    (
        "P105",
        "Thu nhập bình quân đầu người khu vực nông thôn đạt 47,3 triệu đồng/năm, tăng 11,3% so "
        "với năm 2024 (42,5 triệu đồng).",
        "42,5",
        "45,5",
    ),
    # a rate growing against last period's value
    (
        "P105",
        "Năng suất lúa vụ Mùa bình quân đạt 56,8 tạ/ha, tăng 3,6% so với vụ Mùa năm 2024 (54,8 "
        "tạ/ha).",
        "54,8",
        "51,8",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def test_a_monthly_figure_is_not_compared_with_a_yearly_amount_of_another_unit() -> None:
    # "/tấn" is no period: the price and the amount are different things
    text = (
        "Giá thu mua bình quân đạt 7,2 triệu đồng/tấn, tăng 0,4 triệu đồng so với năm 2024 (86,5 "
        "triệu đồng)."
    )
    assert run_rule("S101", text) == []


TABLE = """Kết quả theo môn:

| Môn thi đấu | HCV | HCB | HCĐ | Tổng |
|---|---:|---:|---:|---:|
| Cờ vua | 3 | 2 | 4 | 9 |
| Bắn nỏ | 2 | 3 | 1 | 6 |
| Kéo co | 1 | 1 | 3 | 5 |
| Đẩy gậy | 2 | 2 | 2 | 6 |
| Đá cầu | 1 | 3 | 2 | 6 |
| **Tổng cộng** | **9** | **11** | **12** | **32** |
"""


def test_small_whole_figures_of_a_table_with_no_unit_are_added_exactly() -> None:
    assert run_rule("T101", TABLE) == []
    found = run_rule("T101", TABLE.replace("**12**", "**14**"))
    assert found and "12, not 14" in found[0].notes[0].en


def test_a_unit_line_above_the_table_keeps_the_figures_rounded() -> None:
    # "Đơn vị tính: tỷ đồng": the figures are rounded amounts, a total 2 off five parts holds
    text = TABLE.replace("Kết quả theo môn:", "Đơn vị tính: tỷ đồng").replace("**12**", "**14**")
    assert run_rule("T101", text) == []


COUNTED = """| Đơn vị | Số hộ còn dư nợ | Dư nợ (triệu đồng) |
|---|---:|---:|
| Tổ 1 | 1.204 | 58.312 |
| Tổ 2 | 987 | 46.105 |
| Tổ 3 | 1.115 | 51.270 |
| Tổ 4 | 1.342 | 62.018 |
| Tổ 5 | 876 | 40.391 |
| **Tổng số** | **5.524** | **258.096** |
"""


def test_a_header_naming_a_count_makes_its_figures_exact() -> None:
    assert run_rule("T101", COUNTED) == []
    assert run_rule("T101", COUNTED.replace("5.524", "5.526"))  # a count: 2 off is wrong
    # an amount in millions: five rounded parts may give a total 2 off
    assert run_rule("T101", COUNTED.replace("258.096", "258.098")) == []
