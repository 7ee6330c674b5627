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


CAUGHT_MORE = [
    # a gap to a reference stated earlier in the sentence by the same words
    (
        "S101",
        "Tổng giá khởi điểm của 05 lô đất là 12,640 tỷ đồng, tổng giá trúng đấu giá 15,285 tỷ "
        "đồng, cao hơn giá khởi điểm 2,645 tỷ đồng.",
        "2,645",
        "2,945",
    ),
    (
        "S101",
        "Dự toán chi thường xuyên giao 8.420 triệu đồng; thực hiện 7.965 triệu đồng, thấp hơn "
        "dự toán giao 455 triệu đồng.",
        "7.965",
        "7.865",
    ),
    # a change between the start and the end of a period, with no "so với"
    (
        "S101",
        "Số hộ cận nghèo đầu năm là 214 hộ (chiếm 6,12%), đến cuối năm còn 168 hộ (chiếm "
        "4,78%), giảm 46 hộ.",
        "46 hộ",
        "56 hộ",
    ),
    (
        "S101",
        "Đầu năm toàn huyện có 2.350 thuê bao internet cáp quang; đến nay có 2.915 thuê bao, "
        "tăng 565 thuê bao.",
        "2.915",
        "2.965",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT_MORE)
def test_gaps_and_period_changes_are_caught_at_the_changed_figure(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def test_a_change_in_the_year_is_not_the_gap_between_start_and_end() -> None:
    # the second figure is what was added in the year, not the count at its end
    text = "Đầu năm có 1.250 thuê bao; trong năm phát triển mới 1.420 thuê bao, tăng 270 thuê bao."
    assert run_rule("S101", text) == []


def test_a_reference_named_with_one_word_is_not_looked_for() -> None:
    text = "Kế hoạch 500 hộ. Thực hiện 420 hộ, thấp hơn kế hoạch 50 hộ do thiếu vốn."
    assert run_rule("S101", text) == []


def test_a_dash_inside_a_listed_name_does_not_end_the_list() -> None:
    text = (
        "Có 03 trường đạt chuẩn mức độ 2 gồm: Trường Tiểu học Kim Đồng - Phân hiệu Bắc, Trường "
        "THCS Lê Lợi, Trường Mầm non Họa Mi."
    )
    assert run_rule("S103", text) == []
    assert run_rule("S103", text.replace("03 trường", "04 trường"))


def test_an_average_column_is_not_added() -> None:
    text = """| Trường | Số thí sinh | Điểm trung bình |
|---|---:|---:|
| Trường A | 320 | 7,12 |
| Trường B | 415 | 6,48 |
| Trường C | 298 | 6,05 |
| **Toàn huyện** | **1.033** | **6,55** |
"""
    assert run_rule("T101", text) == []


CAUGHT_WITH_NEW_NOUNS = [
    # a count noun the grammar does not know, said with several figures of the paragraph
    (
        "S101",
        "Toàn huyện có 2.418 gian hàng kinh doanh tại các chợ, tăng 156 gian hàng so với năm "
        "2024 (2.262 gian hàng).",
        "2.418",
        "2.448",
    ),
    (
        "S101",
        "Hệ thống có 36 trạm bơm điện, gồm 31 trạm hoạt động tốt và 05 trạm phải sửa chữa.",
        "31 trạm",
        "34 trạm",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT_WITH_NEW_NOUNS)
def test_count_nouns_the_grammar_does_not_know_are_read(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def test_an_unknown_word_after_one_figure_only_is_no_count_noun() -> None:
    from tests.conftest import quantities

    # the categories of a list whose first item gave the unit stay bare numbers
    found = quantities("Có 640 cán bộ trình độ đại học, 250 cao đẳng, 120 trung cấp.")
    assert [q.unit for q in found] == ["cán bộ", None, None]
    # a word said after two figures counts them; grades and sizes never do
    found = quantities("Có 12 trạm bơm và 3 trạm biến áp; 04 sản phẩm 4 sao, 08 sản phẩm 3 sao.")
    assert [q.unit for q in found] == ["trạm", "trạm", "sản phẩm", None, "sản phẩm", None]
    # a shortened known unit is that unit: "phòng" for "phòng học"
    found = quantities("Có 1.142 phòng học, trong đó 1.028 phòng kiên cố, 114 phòng bán kiên cố.")
    assert [q.unit for q in found] == ["phòng học", "phòng học", "phòng học"]


OUTLINE_TWO_MEASURES = """### 2. Kết quả thực hiện

Năm 2025 đã thực hiện 18 dự án, giải ngân 6.240,0 triệu đồng. Cụ thể:

a) Hỗ trợ máy móc, thiết bị: 09 dự án, kinh phí 3.600,0 triệu đồng;

b) Đào tạo nghề: 05 dự án, kinh phí 1.140,0 triệu đồng;

c) Hội chợ, triển lãm: 04 dự án, kinh phí 1.500,0 triệu đồng.
"""


def test_each_child_s_figure_of_a_second_measure_is_a_breakdown_too() -> None:
    from lint.engine import check_text
    from lint.ruleset import rule_by_code

    rules = [rule for code in ("S101", "S102") if (rule := rule_by_code(code))]
    assert check_text(OUTLINE_TWO_MEASURES, rules, "report.md") == []
    # the counts are each child's first figure; the amounts, its second, are checked too
    found = check_text(OUTLINE_TWO_MEASURES.replace("1.140,0", "1.340,0"), rules, "report.md")
    assert found and "1.340" in found[0].notes[0].en
    # the second measure is read only against a total it adds up to or one typo from
    unrelated = OUTLINE_TWO_MEASURES.replace("6.240,0", "2.100,0")
    assert check_text(unrelated, rules, "report.md") == []


def test_last_year_s_done_figure_is_no_complement_of_this_year_s_rest() -> None:
    text = (
        "Đến hết năm, huyện đã giải ngân 12.460 triệu đồng, đạt 88,0% dự toán, tăng 8,2% so với "
        "năm trước (năm 2024 giải ngân 11.515 triệu đồng); số còn lại chưa giải ngân là 1.700 "
        "triệu đồng."
    )
    assert run_rule("S101", text) == []


def test_a_rate_of_a_total_named_after_the_figure_is_not_the_figure_s() -> None:
    text = (
        "Trong năm bổ sung 1.260 cuốn sách, tổng số sách tăng 4,6% so với cuối năm trước (27.390 "
        "cuốn)."
    )
    assert run_rule("P105", text) == []


def test_names_of_where_the_counted_things_come_from_are_not_the_things() -> None:
    text = "Hội chợ có 215 gian hàng, trong đó 18 doanh nghiệp nước ngoài (Lào, Thái Lan)."
    assert run_rule("S103", text) == []


CAUGHT_LISTS_AND_BALANCES = [
    # names ending at a semicolon, another clause after them
    (
        "S103",
        "Có 03 đơn vị được tặng Cờ thi đua, gồm: Hội Nông dân xã Tân Hòa, Hội Nông dân xã Tân "
        "Lập và Hội Nông dân thị trấn Mỹ Lộc; 14 tập thể được tặng Bằng khen.",
        "03 đơn vị",
        "04 đơn vị",
    ),
    # firms' names, longer than places'
    (
        "S103",
        "Đã cấp phép cho 03 cơ sở, gồm: Công ty TNHH Cơ khí Hòa Bình, Công ty CP Thực phẩm Sao "
        "Mai và Hợp tác xã Dịch vụ Nông nghiệp Yên Phú.",
        "03 cơ sở",
        "05 cơ sở",
    ),
    # an account's revenue, spending and what is left
    (
        "S101",
        "Tổng thu quỹ 318.400.000 đồng, tổng chi 276.150.000 đồng; số kinh phí còn dư là "
        "42.250.000 đồng.",
        "276.150.000",
        "278.150.000",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT_LISTS_AND_BALANCES)
def test_named_lists_and_balances_are_caught_at_the_changed_figure(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def test_a_long_lower_case_phrase_is_no_firm_s_name() -> None:
    text = (
        "Có 03 cơ sở vi phạm, gồm: Công ty TNHH An Phú, cơ sở sản xuất nước đá của hộ ông Lê "
        "Văn Tám và một số hộ kinh doanh nhỏ lẻ chưa đăng ký."
    )
    assert run_rule("S103", text) == []


CAUGHT_RESTS = [
    # the rate's base named before the rest
    (
        "C102",
        "Đã thu hồi về ngân sách 3.418,6 triệu đồng, đạt 82,4% số tiền kiến nghị thu hồi; số "
        "tiền còn phải thu hồi là 730,2 triệu đồng.",
        "730,2",
        "780,2",
    ),
    (
        "C102",
        "Đã ban hành quyết định xử phạt 864 vụ, đạt 95,05% số vụ lập biên bản; còn lại 45 vụ "
        "chuyển cơ quan có thẩm quyền xử lý.",
        "45 vụ",
        "75 vụ",
    ),
    # a total, then after a semicolon the done part and the rest
    (
        "S101",
        "Toàn huyện có 1.246 hồ sơ đề nghị; trong đó đã giải quyết 1.180 hồ sơ, còn lại 66 hồ "
        "sơ đang thẩm định.",
        "66 hồ",
        "96 hồ",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT_RESTS)
def test_rests_are_caught_at_the_changed_figure(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


def test_a_share_whose_whole_is_the_figure_of_the_clause_before() -> None:
    assert_silent_then_caught(
        "P101",
        "Đoàn kiểm tra liên ngành đã kiểm tra 864 cơ sở kinh doanh; phát hiện 97 cơ sở vi phạm, "
        "chiếm 11,2% số cơ sở được kiểm tra.",
        "97 cơ",
        "87 cơ",
    )
    # a sibling part stated with its own share is not the whole
    text = (
        "Kết quả có 1.206 mẫu đạt yêu cầu, chiếm 96,63% tổng số mẫu; số mẫu vi phạm là 42 mẫu, "
        "chiếm tỷ lệ 3,37%."
    )
    assert run_rule("P101", text) == []


def test_a_part_of_the_total_area_is_not_the_whole_a_share_names() -> None:
    text = (
        "Tổng diện tích cây ăn quả toàn huyện là 2.480,0 ha.\n\n"
        "Trong tổng diện tích, diện tích đã cho thu hoạch là 2.106,5 ha.\n\n"
        "Diện tích sản xuất theo tiêu chuẩn VietGAP là 620,0 ha, chiếm 25,0% tổng diện tích.\n"
    )
    assert run_rule("P101", text) == []
    assert run_rule("P101", text.replace("620,0", "820,0"))


def test_a_list_reading_that_stopped_early_gives_way_to_the_outline() -> None:
    text = (
        "### 1. Hiện trạng\n\n"
        "Toàn huyện có 38 nghĩa trang với tổng diện tích 96,40 ha, gồm:\n\n"
        "- Nghĩa trang nhân dân: 02 nghĩa trang (Đồi Thông, Núi Cấm), diện tích 35,20 ha;\n"
        "- Nghĩa trang liệt sĩ: 03 nghĩa trang, diện tích 3,60 ha;\n"
        "- Nghĩa địa do các thôn quản lý: 33 điểm, diện tích 57,60 ha.\n"
    )
    assert run_rule("S101", text) == []
    assert run_rule("S101", text.replace("57,60", "67,60"))


def test_a_closing_total_below_its_rows_is_their_sum() -> None:
    text = """| TT | Xã | Tổng đàn (con) | Đã tiêm (con) |
|---|---|---:|---:|
| 1 | Xã A | 1.240 | 1.012 |
| 2 | Xã B | 986 | 805 |
| 3 | Xã C | 1.105 | 874 |
| | *Cộng 03 xã trọng điểm* | *3.331* | *2.691* |
| 4 | Các xã còn lại | 18.420 | 13.560 |
| | **Toàn huyện** | **21.751** | **16.251** |
"""
    assert run_rule("T101", text) == []
    assert run_rule("T101", text.replace("| 986 |", "| 936 |"))


def test_a_rate_of_completion_is_no_part_of_a_structure() -> None:
    text = (
        "Tổng kinh phí thực hiện: 6.200 triệu đồng. Trong đó:\n\n"
        "a) Ngân sách trung ương: 4.650 triệu đồng, chiếm 75,0%;\n\n"
        "b) Ngân sách địa phương: 1.550 triệu đồng, chiếm 25,0%.\n\n"
        "Số kinh phí đã giải ngân: 5.890 triệu đồng, đạt 95,0% tổng kinh phí.\n"
    )
    assert run_rule("P104", text) == []


def test_items_stating_counts_of_a_total_are_parts_not_names() -> None:
    text = (
        "Trong tổng số 530 trường hợp vi phạm:\n\n"
        "- Lấn chiếm vỉa hè để kinh doanh: 312 trường hợp;\n"
        "- Để xe trái phép: 146 trường hợp;\n"
        "- Quảng cáo sai quy định: 72 trường hợp.\n"
    )
    assert run_rule("S103", text) == []


def test_an_average_worked_out_in_parentheses() -> None:
    assert_silent_then_caught(
        "U104",
        "Bình quân mỗi hộ được hỗ trợ 2,35 triệu đồng (486,45 triệu đồng/207 hộ).",
        "2,35",
        "2,85",
    )


def test_a_count_of_another_noun_between_a_count_and_the_names_names_them() -> None:
    text = (
        "Đã cắt tỉa 286 cây có nguy cơ gãy đổ tại 03 tuyến phố chính gồm: Trần Hưng Đạo, Lê "
        "Lợi và Nguyễn Du."
    )
    assert run_rule("S103", text) == []
    assert run_rule("S103", text.replace("03 tuyến", "04 tuyến"))
