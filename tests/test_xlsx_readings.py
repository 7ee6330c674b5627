"""The shapes of statistical annex sheets the .xlsx reader reads, each on a sheet of our own."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from lint.document import Document
from lint.read import read_document
from lint.relations.tables import read_table
from tests.conftest import run_rule
from tests.xlsx_builder import workbook_bytes


def _read(fill: Callable[[Worksheet], None]) -> Document:
    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Biểu 5"
        fill(sheet)

    return read_document("phu-luc.xlsx", workbook_bytes(build))


def _rows(sheet: Worksheet, first: int, rows: list[tuple[object, ...]]) -> None:
    for number, values in enumerate(rows, start=first):
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(number, column, value)


def _levels(document: Document, table: int = 0) -> list[tuple[str, int]]:
    return [(row[0].text, row[0].indent) for row in document.tables[table].rows[1:]]


def test_bold_labels_stand_above_regular_ones_at_the_same_place() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(sheet, 1, [("Chỉ tiêu", None, "Tháng 3 năm 2024"), ("Tổng trị giá", None, 900)])
        _rows(sheet, 3, [(None, "Khu vực trong nước", 300), (None, "Khu vực FDI", 600)])
        _rows(sheet, 5, [(None, "Dầu thô", 100), (None, "Hàng hóa khác", 500)])
        for cell in ("A2", "B3", "B4"):
            sheet[cell].font = Font(bold=True)
        sheet.merge_cells("A2:B2")

    document = _read(fill)
    model = read_table(document.tables[0])
    assert model is not None
    groups = {g.parent.label: [c.label for c in g.children] for g in model.groups}
    assert groups["tổng trị giá"] == ["khu vực trong nước", "khu vực fdi"]
    assert groups["khu vực fdi"] == ["dầu thô", "hàng hóa khác"]


def test_items_aligned_under_trong_do_are_siblings() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(
            sheet,
            1,
            [
                ("Sản phẩm", "Năm 2024"),
                ("Bia các loại", 1700),
                ("   Trong đó: Bia hơi", 240),
                ("                  Bia chai", 1060),
                ("Giấy, bìa", 1250),
            ],
        )

    levels = dict(_levels(_read(fill)))
    assert levels["Trong đó: Bia hơi"] == levels["Bia chai"] > levels["Bia các loại"]


def test_a_label_written_over_two_rows_keeps_one_level() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(sheet, 1, [("Địa phương", "Diện tích năm 2024 (Nghìn ha)")])
        _rows(sheet, 2, [("Bắc Trung Bộ",), ("và duyên hải miền Trung", 583.2)])
        _rows(sheet, 4, [("Thanh Hóa", 114.3), ("Nghệ An", 91.6)])
        for row in (4, 5):
            sheet[f"A{row}"].alignment = Alignment(indent=1)
        for row in (2, 3):
            sheet[f"A{row}"].font = Font(bold=True)

    levels = _levels(_read(fill))
    assert levels[0][1] == levels[1][1] < levels[2][1]


def test_a_year_in_the_header_does_not_start_the_body() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(sheet, 1, [("Chỉ tiêu", "Quý I năm", "Quý II năm"), (None, 2024, 2024)])
        _rows(sheet, 3, [("Tổng số", 30, 40), ("Bắc", 10, 15), ("Nam", 20, 25)])

    table = _read(fill).tables[0]
    assert [cell.text for cell in table.rows[0]] == [
        "Chỉ tiêu",
        "Quý I năm 2024",
        "Quý II năm 2024",
    ]
    assert [row[0].text for row in table.rows[1:]] == ["Tổng số", "Bắc", "Nam"]


def test_two_tables_on_one_sheet_and_a_continued_table() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(sheet, 1, [("5. Diện tích lúa năm 2024",), (None, "Năm 2024"), ("Cả nước", 30)])
        _rows(sheet, 4, [("Bắc", 10), ("5. (Tiếp theo) Diện tích lúa năm 2024",)])
        _rows(sheet, 6, [(None, "Năm 2024"), ("Nam", 20)])
        _rows(sheet, 9, [("6. Sản lượng ngô",), (None, "Quý I", "Quý II"), ("Cả nước", 7, 8)])

    document = _read(fill)
    assert [row[0].text for row in document.tables[0].rows[1:]] == ["Cả nước", "Bắc", "Nam"]
    assert document.tables[1].caption == "6. Sản lượng ngô"
    assert [cell.text for cell in document.tables[1].rows[0]] == ["", "Quý I", "Quý II"]


def test_working_columns_right_of_the_printed_table_are_dropped() -> None:
    def fill(sheet: Worksheet) -> None:
        sheet["B1"] = "Ước tính tháng 3 năm 2024"
        sheet.merge_cells("B1:C1")
        _rows(sheet, 2, [(None, "Lượng", "Trị giá", None, "nháp")])
        _rows(sheet, 3, [("Tổng trị giá", 10, 20, None, 99), ("Gạo", 4, 8, None, 98)])

    table = _read(fill).tables[0]
    assert len(table.rows[0]) == 3
    assert [cell.text for cell in table.rows[0]] == [
        "",
        "Ước tính tháng 3 năm 2024 Lượng",
        "Ước tính tháng 3 năm 2024 Trị giá",
    ]


def test_a_count_of_months_is_not_a_blank_month() -> None:
    assert run_rule("D101", "Kết quả thực hiện 6 tháng năm 2024 và tám tháng năm 2011.") == []
    assert len(run_rule("D101", "Hà Nội, ngày 05 tháng    năm 2024")) == 1


def test_cong_hoa_is_a_country_not_a_total_row() -> None:
    table = (
        "| Nước | Số dự án |\n|---|---:|\n| Hàn Quốc | 62 |\n| Nhật Bản | 21 |\n"
        "| Cộng hòa Síp | 1 |\n"
    )
    assert run_rule("T101", table) == []
    total = "| Nước | Số dự án |\n|---|---:|\n| Hàn Quốc | 62 |\n| Nhật Bản | 21 |\n| Cộng | 90 |\n"
    assert len(run_rule("T101", total)) == 1


def test_a_percent_unit_line_makes_every_row_a_rate() -> None:
    rates = (
        "Đơn vị tính: %\n\n| Chỉ tiêu | Năm 2024 |\n|---|---:|\n| Tỷ lệ thất nghiệp | 2,4 |\n"
        "| Năm 2023 | 2,3 |\n| Quý I | 2,2 |\n"
    )
    assert run_rule("T101", rates) == []


def test_a_group_heading_with_a_colon_heads_every_column_after_it() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(sheet, 1, [("Đơn vị tính: Nghìn người",), (None, "Tổng", "Chia ra:")])
        _rows(sheet, 3, [(None, "số", "Nông nghiệp", "Công nghiệp", "Dịch vụ")])
        _rows(sheet, 4, [("Năm 2024",), ("Quý I", 100, 30, 30, 40), ("Quý II", 110, 30, 35, 45)])
        sheet.merge_cells("C2:D2")

    document = _read(fill)
    header = [cell.text for cell in document.tables[0].rows[0]]
    assert header == [
        "",
        "Tổng số",
        "Chia ra: Nông nghiệp",
        "Chia ra: Công nghiệp",
        "Chia ra: Dịch vụ",
    ]
    model = read_table(document.tables[0])
    assert model is not None and len(model.partitions[0].parts) == 3


def test_section_labels_left_of_the_labels_and_a_unit_line_under_the_header() -> None:
    def fill(sheet: Worksheet) -> None:
        _rows(
            sheet,
            1,
            [("3. Lao động",), (None, None, "Quý I", "Quý II"), (None, None, "Nghìn người")],
        )
        _rows(
            sheet, 4, [("1. Lực lượng lao động",), (None, "Tổng số", 50, 52), (None, "Nam", 26, 27)]
        )
        _rows(sheet, 7, [(None, "Nữ", 24, 25)])

    document = _read(fill)
    table = document.tables[0]
    assert [row[0].text for row in table.rows[1:]] == [
        "1. Lực lượng lao động",
        "Tổng số",
        "Nam",
        "Nữ",
    ]
    assert table.caption == "3. Lao động"


def test_a_total_closing_rows_of_other_units_adds_nothing() -> None:
    table = (
        "| Chỉ tiêu | ĐVT | Quý I |\n|---|---|---:|\n| Số người bị thương | Người | 51 |\n"
        '| Diện tích lúa hư hại | Ha | 38.605 |\n| Nhà bị sập đổ | " | 20 |\n'
        "| Tổng giá trị thiệt hại | Tỷ đồng | 836 |\n"
    )
    assert run_rule("T101", table) == []
    same = (
        "| Chỉ tiêu | ĐVT | Quý I |\n|---|---|---:|\n| Thu thuế | Tỷ đồng | 500 |\n"
        "| Thu phí | Tỷ đồng | 300 |\n| Tổng cộng | Tỷ đồng | 900 |\n"
    )
    assert len(run_rule("T101", same)) == 1
