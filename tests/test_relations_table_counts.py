"""A count introducing a table against the table's data rows (S103)."""

from __future__ import annotations

from tests.conftest import run_rule

TABLE = """| STT | Tên đơn vị | Số vốn (triệu đồng) |
|---|---|---|
| 1 | Sở Y tế | 1.200 |
| 2 | Sở Giáo dục và Đào tạo | 2.300 |
| 3 | Sở Nông nghiệp | 800 |
| 4 | Sở Xây dựng | 700 |
| | Tổng cộng | 5.000 |
"""

UNNUMBERED = """| Tên dự án | Địa điểm | Vốn (triệu đồng) |
|---|---|---|
| A | B | 1 |
| Đường vào trung tâm xã | Xã Hòa Bình | 1.500 |
| Trường mầm non thôn 3 | Xã Tân Lập | 900 |
| Trạm y tế xã | Xã Tân Lập | 600 |
| Cộng | | 3.000 |
"""


def test_count_introducing_a_table_matches_its_rows() -> None:
    intro = "Năm 2025, tỉnh giao vốn cho 04 đơn vị, chi tiết theo bảng sau:\n\n"
    assert run_rule("S103", intro + TABLE) == []
    with_caption = intro + "Bảng 1. Vốn giao năm 2025\n\n" + TABLE
    assert run_rule("S103", with_caption) == []
    intro = "Bố trí vốn cho 3 dự án (chi tiết tại Phụ lục 01 kèm theo).\n\n"
    assert run_rule("S103", intro + UNNUMBERED) == []
    intro = "Danh mục gồm 3 dự án như sau:\n\nĐVT: triệu đồng\n\n"
    assert run_rule("S103", intro + UNNUMBERED) == []


def test_a_changed_count_is_caught_at_it() -> None:
    text = "Năm 2025, tỉnh giao vốn cho 05 đơn vị, chi tiết theo bảng sau:\n\n" + TABLE
    found = run_rule("S103", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "05"
    assert "4 items listed below: Sở Y tế; Sở Giáo dục và Đào tạo" in found[0].notes[0].en
    text = "Bố trí vốn cho 4 dự án (chi tiết tại Phụ lục 01 kèm theo).\n\n" + UNNUMBERED
    found = run_rule("S103", text)
    assert len(found) == 1 and "3 items" in found[0].notes[0].en


def test_tables_not_clearly_introduced_or_nested_are_not_read() -> None:
    # no words introducing the table
    assert run_rule("S103", "Năm 2025, tỉnh giao vốn cho 05 đơn vị.\n\n" + TABLE) == []
    # another paragraph between the sentence and the table
    text = (
        "Tỉnh giao vốn cho 05 đơn vị, chi tiết theo bảng sau:\n\n"
        "Các đơn vị triển khai ngay sau khi được giao.\n\n" + TABLE
    )
    assert run_rule("S103", text) == []
    # the table's headers do not name the counted unit
    text = "Tỉnh giao vốn cho 05 huyện, chi tiết theo bảng sau:\n\n" + TABLE
    assert run_rule("S103", text) == []
    # a nested table (groups numbered I, II)
    nested = TABLE.replace("| 1 | Sở Y tế", "| I | Khối sở |  |\n| 1 | Sở Y tế")
    text = "Tỉnh giao vốn cho 05 đơn vị, chi tiết theo bảng sau:\n\n" + nested
    assert run_rule("S103", text) == []
    # two counts in the sentence: which one the table lists is unclear
    text = "Tỉnh giao vốn cho 05 đơn vị và 12 dự án, chi tiết theo bảng sau:\n\n" + TABLE
    assert run_rule("S103", text) == []


def test_a_count_of_some_of_the_rows_is_not_read() -> None:
    text = "Còn 02 đơn vị chưa giải ngân hết vốn, chi tiết theo bảng sau:\n\n" + TABLE
    assert run_rule("S103", text) == []
