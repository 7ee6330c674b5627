"""Shapes read in issue 11's ninth step: a threshold between a count and the names it
announces ("03 xã có trên 200 hộ nghèo gồm: …"), names of another noun brought in after a
count ("… được giới thiệu tại các hội chợ (…)"), a part's own share beside another's ("490 vụ,
chiếm 20,0%; … 245 vụ, chiếm 10,0% tổng số vụ vi phạm"), and an item stating only its plan
under a total of what was done."""

from __future__ import annotations

import pytest

from tests.conftest import assert_silent_then_caught, findings

CAUGHT = [
    # a threshold between the count and its names: the count is the first figure
    (
        "S103",
        "Toàn huyện có 03 xã có trên 200 hộ nghèo gồm: Tân Lập, Hòa Bình và Phú Thạnh.",
        "03 xã",
        "04 xã",
    ),
    (
        "S103",
        "Hiện còn 02 trường có từ 10 phòng học xuống cấp trở lên gồm: Trường Kim Đồng, Trường "
        "Võ Thị Sáu.",
        "02 trường",
        "03 trường",
    ),
    # "trên" right after a figure is a place ("on"), not a bound: the count is checked
    (
        "S103",
        "Tổ công tác đã kiểm tra 415 lượt trên 04 tuyến phố gồm: Lê Lợi, Trần Phú, Hùng Vương "
        "và Nguyễn Huệ.",
        "04 tuyến",
        "05 tuyến",
    ),
    # a clause after the last name, opening with a word no name opens with
    (
        "S103",
        "Có 03 xã chậm nộp báo cáo trong tháng 5/2025 gồm: Tân Hội, Tân Văn, Tân Lộc, đã được "
        "nhắc nhở.",
        "03 xã",
        "04 xã",
    ),
    (
        "S103",
        "Hiện còn 04 trường chưa có phòng y tế gồm: Kim Đồng, Lê Lợi, Hòa Bình, Quang Trung, "
        "hiện đang được bố trí kinh phí.",
        "04 trường",
        "05 trường",
    ),
    # names ending at a semicolon before a clause in lower case
    (
        "S103",
        "Bệnh cúm gia cầm xảy ra tại 03 thôn gồm: Đông Hải, Tây Hải, Nam Hải; số gia cầm tiêu "
        "hủy là 1.240 con (tăng 120 con so với cùng kỳ).",
        "03 thôn",
        "02 thôn",
    ),
    # a described value whose change's rate aside confirms the two figures compared
    (
        "S101",
        "Toàn ngành đã triển khai 46 cuộc thanh tra hành chính, tăng 4 cuộc (9,52%) so với năm "
        "2024 (42 cuộc).",
        "42 cuộc)",
        "62 cuộc)",
    ),
    # a figure moved "từ A lên B" by a verb that says no way, a monthly figure and its change
    (
        "S101",
        "Mức trợ cấp được điều chỉnh từ 360.000 đồng/tháng lên 500.000 đồng/tháng (tăng 140.000 "
        "đồng).",
        "140.000",
        "170.000",
    ),
    (
        "S101",
        "Năng suất lúa bình quân tăng từ 54,8 tạ/ha lên 56,8 tạ/ha, tăng 2,0 tạ/ha.",
        "2,0 tạ",
        "3,0 tạ",
    ),
    # a "và" inside a name the commas separate, the list's last two not joined by "và"
    (
        "S103",
        "Còn 03 trường chưa có nhà ăn gồm: PTDTBT TH Cô Ba, PTDTBT TH và THCS Hà Lâm, THCS Hồng "
        "Phong; học sinh ăn tạm tại phòng học.",
        "03 trường",
        "05 trường",
    ),
    # "lượt người" and "lượt": one measure
    (
        "P105",
        "Các trạm y tế đã khám bệnh cho 186.452 lượt người, tăng 7,3% so với năm 2024 (173.768 "
        "lượt); trong đó khám bảo hiểm y tế 158.317 lượt, chiếm 84,9%.",
        "173.768",
        "172.768",
    ),
    (
        "P101",
        "Các trạm y tế đã khám bệnh cho 186.452 lượt người, tăng 7,3% so với năm 2024 (173.768 "
        "lượt); trong đó khám bảo hiểm y tế 158.317 lượt, chiếm 84,9%.",
        "84,9%",
        "74,9%",
    ),
    # the second comparison of one rate, past the first
    (
        "S101",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,68% dân số, vượt 0,18 điểm phần trăm so với chỉ tiêu "
        "tỉnh giao (92,5%) và tăng 0,94 điểm phần trăm so với năm 2024 (91,74%).",
        "91,74%",
        "91,84%",
    ),
    # a gap between two rates in "%": percentage points, or relative to the reference
    (
        "S101",
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,68% dân số, vượt 0,18% so với chỉ tiêu tỉnh giao "
        "(92,50%).",
        "0,18%",
        "0,28%",
    ),
    # last year's value after the compared period and "là"
    (
        "P105",
        "Chỉ tiêu giao quân năm 2025 là 260 công dân, tăng 4,00% so với năm 2024 là 250 công dân.",
        "250 công",
        "550 công",
    ),
    # a share naming the whole the "trong đó" before it splits
    (
        "P101",
        "Năm 2025 toàn huyện phát hiện 2.450 vụ vi phạm giao thông. Trong đó, vi phạm về nồng "
        "độ cồn 490 vụ, chiếm 20,0%; vi phạm về tốc độ 245 vụ, chiếm 10,0% tổng số vụ vi phạm.",
        "245 vụ",
        "345 vụ",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


SILENT = [
    # the threshold is no count of the names, and an approximate count is not checked
    "Có 05 phường có trên 120 doanh nghiệp đăng ký mới gồm: phường 1, phường 2, phường 3, "
    "phường 4 và phường 5.",
    "Có hơn 3 xã gồm: Tân Lập, Hòa Bình, Phú Thạnh và Long Hựu đã hoàn thành chỉ tiêu.",
    # the names in the parenthesis are of the noun the description brings in
    "Có 18 sản phẩm được giới thiệu tại các hội chợ xúc tiến thương mại (Techmart, Agroviet, "
    "Hội chợ Xuân).",
    "Đã có 12 hộ xuất khẩu lao động sang các nước (Nhật Bản, Hàn Quốc).",
    # names going on after a semicolon: the list is not cut there
    "Có 05 xã gồm: Tân An, Tân Bình; Phú Lộc, Phú Hòa và Long Hựu (đều đạt 100%).",
    # the list's own "và" joins its last two: a clause after them is no name
    "Có 4 xã chưa đạt là Lâm Hà, Ngân Hà, Kim Hà và Trường Hà, chủ yếu do chưa đạt tiêu chí an "
    "toàn, phòng chống tai nạn.",
    # a gap in "%" relative to the reference (0,19% of 92,50%) is not read as points
    "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,68% dân số, vượt 0,19% so với chỉ tiêu tỉnh giao (92,50%).",
    # a plan after "so với … là" is no last year's value
    "Số công dân nhập ngũ là 260 công dân, tăng 4,00% so với kế hoạch giao là 300 công dân.",
    # a part's own share is no whole for the share beside it
    "Lực lượng chức năng xử lý 3.600 trường hợp vi phạm. Trong đó, không đội mũ bảo hiểm "
    "1.080 trường hợp, chiếm 30,0%; chở quá số người 360 trường hợp, chiếm 10,0% tổng số "
    "trường hợp vi phạm.",
]


@pytest.mark.parametrize("text", SILENT)
def test_nothing_is_raised(text: str) -> None:
    assert findings(text) == []


ONLY_ITS_PLAN = """Tổng chi ngân sách xã là 5.000 triệu đồng, đạt 70,0% dự toán, cụ thể:

a) Chi đầu tư phát triển: 1.200 triệu đồng.

b) Chi thường xuyên: 3.800 triệu đồng.

c) Dự phòng ngân sách: dự toán 150 triệu đồng, chưa sử dụng.
"""


def test_an_item_stating_only_its_plan_is_no_part_of_what_was_done() -> None:
    assert findings(ONLY_ITS_PLAN) == []


USED_AFTER_ITS_PLAN = """Tổng chi ngân sách xã là 5.000 triệu đồng, gồm:

- Chi đầu tư phát triển: 1.200 triệu đồng;

- Chi thường xuyên: 3.710 triệu đồng;

- Dự phòng ngân sách: dự toán 150 triệu đồng, đã sử dụng 90 triệu đồng.
"""


def test_an_item_stating_what_was_used_after_its_plan_is_read_as_that() -> None:
    assert findings(USED_AFTER_ITS_PLAN) == []
    assert findings(USED_AFTER_ITS_PLAN.replace("3.710", "3.810"))


NAMED_TWICE = """Tổng vốn đầu tư nước ngoài đăng ký cấp mới và tăng thêm đạt 1.486,72 triệu USD. Trong đó:

- Cấp mới: 48 dự án với tổng vốn đăng ký 862,45 triệu USD;

- Điều chỉnh: 31 lượt dự án tăng thêm 624,27 triệu USD.

Theo đối tác, Hàn Quốc dẫn đầu với 598,61 triệu USD, chiếm 40,26% tổng vốn đăng ký.
"""


def test_a_whole_named_paragraphs_away_is_read_on_the_figures_evidence_only() -> None:
    # "tổng vốn đăng ký" names the 862,45 of new projects, the share is of all 1.486,72: the
    # share fits neither as a slip of one figure, so nothing is said
    assert findings(NAMED_TWICE) == []
    # a share one slip away from the whole so named is still checked
    assert findings(NAMED_TWICE.replace("40,26%", "69,41%").replace("598,61", "598,81"))


def test_people_turns_still_give_an_average_per_session() -> None:
    text = "Đã tổ chức 186 buổi tuyên truyền cho 14.520 lượt người nghe, bình quân 78 người/buổi."
    assert findings(text) == []
    assert findings(text.replace("14.520", "16.520"))


def test_horsepower_is_a_measure_whose_average_per_boat_is_checked() -> None:
    text = (
        "Toàn tỉnh có 2.480 tàu cá đã đăng ký, tổng công suất 903.216 CV, công suất bình quân "
        "364,2 CV/tàu."
    )
    assert findings(text) == []
    found = findings(text.replace("364,2", "384,2"))
    assert found and found[0].startswith("U104")


def test_power_units_are_read_as_measures() -> None:
    from lint.numbers.scan import extract
    from lint.read import read_document

    document = read_document("r.md", "Công suất 50 MW, 1.200 kW và 350 CV.".encode())
    units = [(q.kind.value, q.unit) for q in extract(document).quantities]
    assert units == [("measure", "kW"), ("measure", "kW"), ("measure", "CV")]
