"""Figures that only look like numbers must never be read as quantities (issue 2)."""

from __future__ import annotations

import pytest

from lint.numbers.scan import Extraction, extract
from lint.read import read_document


def scan(text: str, path: str = "report.md") -> Extraction:
    return extract(read_document(path, text.encode("utf-8")))


def non_quantities(text: str) -> list[tuple[str, str]]:
    return [(n.kind, n.text) for n in scan(text).non_quantities]


def quantity_texts(text: str) -> list[str]:
    return [q.text for q in scan(text).quantities]


@pytest.mark.parametrize(
    ("sentence", "kind", "figure"),
    [
        # dates and months
        ("Hội nghị họp ngày 09/4/2020 tại xã.", "date", "09/4/2020"),
        ("Từ 10/3/2020 các trường cho học sinh nghỉ.", "date", "10/3/2020"),
        ("Số liệu đến hết tháng 6/2020 như sau.", "date", "6/2020"),
        ("Kế hoạch giao đến 31/12 phải hoàn thành.", "date", "31/12"),
        # periods
        ("Nhiệm vụ năm học 2019-2020 đã hoàn thành.", "period", "2019-2020"),
        ("Giai đoạn 2021 - 2025 đầu tư nhiều công trình.", "period", "2021 - 2025"),
        # document codes
        ("Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ.", "code", "42/NQ-CP"),
        ("Theo Quyết định số 15/2020/QĐ-TTg ngày 24/4.", "code", "15/2020/QĐ-TTg"),
        ("Triển khai Chỉ thị 05-CT/TW của Bộ Chính trị.", "code", "05-CT/TW"),
        # names with numbers
        ("Nâng cấp vỉa hè đường 30/4 trong quý.", "name", "30/4"),
        ("Sửa chữa mặt đường Quốc lộ 62 qua thị trấn.", "name", "62"),
        ("Khu phố 5 có nhiều hộ kinh doanh.", "name", "5"),
        ("Phường 2 tổ chức ra quân dọn vệ sinh.", "name", "2"),
        # map scales
        ("Lập quy hoạch chi tiết tỷ lệ 1/500 khu dân cư.", "scale", "1/500"),
        # ordinals
        ("Đại hội Đảng bộ lần thứ 15 thành công tốt đẹp.", "ordinal", "15"),
        ("Kỳ họp thứ 7 của Hội đồng nhân dân.", "ordinal", "7"),
    ],
)
def test_non_quantity_is_classified_and_not_a_quantity(
    sentence: str, kind: str, figure: str
) -> None:
    assert (kind, figure) in non_quantities(sentence)
    assert all(figure not in text for text in quantity_texts(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Phòng, chống dịch Covid-19 được tăng cường.",
        "Đơn vị K73 tìm kiếm hài cốt liệt sĩ.",
        "Cán bộ huyện2 tham gia tập huấn.",
        "Số:      /BC-UBND",
        "Năm 2020 là năm cuối của nhiệm kỳ.",
    ],
)
def test_glued_digits_codes_and_years_are_no_quantity(sentence: str) -> None:
    assert quantity_texts(sentence) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1.1. Trồng trọt\n", "1.1."),
        ("a) Chăn nuôi\n", "a)"),
        ("(5) Công tác y tế\n", "(5)"),
        ("Phần I\n", "Phần I"),
        ("II. LĨNH VỰC VĂN HÓA - XÃ HỘI\n", "II."),
    ],
)
def test_labels_are_labels_not_numbers(text: str, label: str) -> None:
    for path in ("report.md", "report.txt"):
        found = scan(text, path)
        assert ("label", label) in [(n.kind, n.text) for n in found.non_quantities]
        assert found.quantities == []


def test_footnote_mark_is_not_a_figure() -> None:
    found = scan("Thu ngân sách 12 tỷ đồng<sup>3</sup> trong kỳ.\n\n<sup>3</sup> Gồm thu thuế.\n")
    assert [q.text for q in found.quantities] == ["12 tỷ đồng"]
    assert found.quantities[0].value == 12 * 10**9


def test_label_numbers_inside_lists_and_headings_stay_labels() -> None:
    text = "## 2.3. Giáo dục\n\n- 1.1 Mầm non\n"
    assert quantity_texts(text) == []


def test_historical_date_is_a_date_not_a_pair() -> None:
    text = "Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2020)."
    assert ("date", "19/5/1890") in non_quantities(text)
    assert quantity_texts(text) == []


def test_three_slashed_numbers_are_never_a_pair() -> None:
    assert quantity_texts("Hồ sơ lưu trữ 12/45/78 đã chuyển.") == []


def test_numbered_stage_before_a_count_noun_is_a_label() -> None:
    text = "Dự án đường tránh (giai đoạn 1 đợt 1) đã bồi thường; tổng số 120 hộ đã nhận tiền."
    assert [(n.kind, n.text) for n in scan(text).non_quantities] == [("label", "1"), ("label", "1")]
    assert quantity_texts(text) == ["120 hộ"]


TABLE = """\
| Chỉ tiêu | 2020 | 2021 |
|---|---|---|
| Cao su | 2011 | 3420 |
| 2019 | 1.200 | 1.350 |
"""


def test_year_like_value_in_a_table_data_cell_is_a_figure() -> None:
    found = scan(TABLE)
    assert ("year", "2020") in [(n.kind, n.text) for n in found.non_quantities]  # header
    assert ("year", "2019") in [(n.kind, n.text) for n in found.non_quantities]  # row label
    assert [q.text for q in found.quantities] == ["2011", "3420", "1.200", "1.350"]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Mọi phản ánh gửi về đường dây nóng: 0239.3875.115.", "0239.3875.115"),
        ("Liên hệ Phòng Tài chính, số điện thoại 0237.3852.466.", "0237.3852.466"),
        ("Cán bộ trực: 098-765-4321 (đồng chí Hùng).", "098-765-4321"),
        ("Điện thoại: 024 3825 1234.", "024 3825 1234"),
        ("Tổng đài hỗ trợ 1900.1234 hoạt động 24/7.", "1900.1234"),
    ],
)
def test_telephone_numbers_are_not_quantities(sentence: str, figure: str) -> None:
    assert ("phone", figure) in non_quantities(sentence)
    assert quantity_texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "figures"),
    [
        # a row number and the figures of a table line extracted from a PDF
        ("01 125 130 140", ["01", "125", "130", "140"]),
        # a count with a leading zero, then a decimal
        ("Có 05 xã, tỷ lệ 0,85%.", ["05 xã", "0,85%"]),
        # "1900" without a word naming a telephone is a year or a figure
        ("Năm 1900.1234 là số liệu lạ.", ["1900.1234"]),
    ],
)
def test_figures_that_only_look_like_telephone_numbers_stay_figures(
    sentence: str, figures: list[str]
) -> None:
    assert quantity_texts(sentence) == figures


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Huy động trẻ 5 tuổi ra lớp.", "5"),
        ("Số người từ 60 tuổi trở lên được chúc thọ.", "60"),
        ("Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế.", "6"),
    ],
)
def test_an_age_naming_who_is_counted_is_no_quantity(sentence: str, figure: str) -> None:
    assert ("age", figure) in non_quantities(sentence)


def test_a_measured_age_stays_a_figure() -> None:
    assert quantity_texts("Tuổi thọ bình quân đạt 74,5 tuổi.") == ["74,5"]
