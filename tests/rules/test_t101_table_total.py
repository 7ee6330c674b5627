from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tables"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def excerpt(text: str, found: list) -> list[str]:  # type: ignore[type-arg]
    return [text[d.span.start : d.span.end] for d in found]


def test_consistent_table_passes() -> None:
    assert run_rule("T101", fixture("gdp-consistent.md")) == []


def test_wrong_total_is_flagged_at_the_total() -> None:
    text = fixture("gdp-consistent.md").replace("| TỔNG SỐ | 1200 |", "| TỔNG SỐ | 1250 |")
    found = run_rule("T101", text)
    assert excerpt(text, found) == ["1250"]
    # the total also breaks its own row (1250 + 1300 ≠ 2500): it is the cell to fix
    assert found[0].suggestion is not None and found[0].suggestion.en == "probably 1200"
    assert "1200" in found[0].message.en
    assert len(found[0].related) == 3


def test_wrong_child_is_localised_by_the_cumulative_column() -> None:
    text = fixture("gdp-consistent.md").replace("| Công nghiệp | 400 |", "| Công nghiệp | 410 |")
    found = run_rule("T101", text)
    assert excerpt(text, found) == ["410"]
    assert found[0].suggestion is not None and found[0].suggestion.en == "probably 400"


def test_indented_parent_is_checked() -> None:
    text = fixture("gdp-consistent.md").replace("|   Chăn nuôi | 100 |", "|   Chăn nuôi | 90 |")
    found = run_rule("T101", text)
    # 200 + 90 ≠ 300 (Nông nghiệp) and the grand total is unaffected by the grandchild
    assert len(found) == 1
    assert "Nông nghiệp" in found[0].message.en


def test_rounding_of_each_cell_is_tolerated() -> None:
    text = fixture("gdp-consistent.md").replace("| Dịch vụ | 500 |", "| Dịch vụ | 501 |")
    # 300 + 400 + 501 = 1201 vs 1200: within ±0,5 per printed integer
    assert run_rule("T101", text) == []


def test_subset_and_selection_rows_do_not_add_up() -> None:
    assert run_rule("T101", fixture("subset-and-selection.md")) == []


def test_partition_rows_under_phan_theo() -> None:
    text = fixture("population.md")
    found = run_rule("T101", text)
    assert excerpt(text, found) == ["1210,0"]
    assert "1200" in found[0].message.en


def test_total_row_closing_a_local_table() -> None:
    text = (
        "| Chỉ tiêu | Thực hiện |\n|---|---:|\n| Thu thuế | 7.200 |\n| Thu phí | 1.150 |\n"
        "| Cộng | 8.450 |\n"
    )
    found = run_rule("T101", text)
    assert excerpt(text, found) == ["8.450"]
    assert "8.350" in found[0].message.vi


def test_flat_rows_where_only_a_prefix_adds_up() -> None:
    text = (
        "| | Trị giá |\n|---|---:|\n| TỔNG TRỊ GIÁ | 355 |\n| Khu vực trong nước | 107 |\n"
        "| Khu vực có vốn đầu tư NN | 248 |\n| Dầu thô | 1 |\n| Hàng hóa khác | 247 |\n"
    )
    assert run_rule("T101", text) == []


@pytest.mark.parametrize(
    "name",
    [
        "gso-bieu-so-lieu-6-thang-2024.md",
        "gso-bieu-so-lieu-nam-2024.md",
        "gso-bieu-nong-nghiep-6-thang-2024.md",
        "kien-tuong-2020-h1.md",
        "kim-tan-2023-h1.txt",
    ],
)
def test_corpus_has_no_finding(corpus: Path, name: str) -> None:
    text = (corpus / name).read_text(encoding="utf-8")
    assert run_rule("T101", text, name) == []


def test_local_table_hierarchy_from_stt_column() -> None:
    text = fixture("local-stt.md")
    assert run_rule("T101", text) == []
    changed = text.replace(
        "| a | Thu thuế | triệu đồng | 700 |", "| a | Thu thuế | triệu đồng | 750 |"
    )
    found = run_rule("T101", changed)
    # the changed cell breaks its group's sum and its row's "% so CK" ratio: it is the culprit
    assert excerpt(changed, found) == ["750"]
    assert found[0].suggestion is not None and "700" in found[0].suggestion.en


def test_row_without_number_in_a_numbered_table_is_not_summed() -> None:
    text = fixture("local-stt.md").replace("| - | Phí chợ |", "|  | Phí chợ |")
    assert run_rule("T101", text) == []


def test_structure_rules_on_the_whole_corpus(corpus: Path) -> None:
    """Exactly what F1xx, H1xx and T1xx say on the shared corpus (each finding reviewed)."""
    codes = [f"F10{i}" for i in range(1, 6)] + ["H101", "H102", "H103"]
    codes += ["T101", "T102", "T103", "T104"]
    said = []
    for path in sorted(corpus.iterdir()):
        if path.suffix not in (".md", ".txt") or path.name == "README.md":
            continue
        text = path.read_text(encoding="utf-8")
        for code in codes:
            for found in run_rule(code, text, path.name):
                said.append((path.name, code, text[found.span.start : found.span.end]))
    assert said == [
        ("kien-tuong-2020-h1.md", "F105", "<sup>10</sup>"),  # 98 − 88 = 10 hồ sơ in process
        ("kim-tan-2023-h1.txt", "H102", "(5)"),  # "(1) (2) (3) (5)": (4) is missing
    ]


def test_flat_selection_without_a_phan_theo_line_is_not_a_finding() -> None:
    text = (
        "| | Số dự án | Vốn đăng ký |\n|---|---:|---:|\n| TỔNG SỐ | 1538 | 9536,8 |\n"
        "| Bà Rịa - Vũng Tàu | 20 | 1533,1 |\n| Quảng Ninh | 23 | 1358,0 |\n| Bắc Ninh | 224 | 1076,2 |\n"
    )
    assert run_rule("T101", text) == []
    # parts larger than the whole are wrong whatever the rows are
    assert len(run_rule("T101", text.replace("| TỔNG SỐ | 1538 |", "| TỔNG SỐ | 200 |"))) == 1


def test_flat_parts_with_one_column_off_are_flagged() -> None:
    text = (
        "| | Tháng 5 | Tháng 6 |\n|---|---:|---:|\n| TỔNG SỐ | 516775 | 522502 |\n"
        "| Bán lẻ hàng hóa | 399694 | 403764 |\n| Dịch vụ lưu trú, ăn uống | 59987 | 60629 |\n"
        "| Du lịch lữ hành | 5021 | 5143 |\n| Dịch vụ khác | 52073 | 52966 |\n"
    )
    assert run_rule("T101", text) == []
    changed = text.replace("| 52073 |", "| 42073 |")
    assert excerpt(changed, run_rule("T101", changed)) == ["516775"]


def test_total_column_and_its_chia_ra_columns() -> None:
    text = (
        "| | Năm 2024 Cả nước | Năm 2024 Chia ra Miền Bắc | Năm 2024 Chia ra Miền Nam |\n"
        "|---|---:|---:|---:|\n| Diện tích (Nghìn ha) | 2954,0 | 1059,8 | 1894,2 |\n"
        "| Năng suất (Tạ/ha) | 68,8 | 64,8 | 71,1 |\n"
    )
    assert run_rule("T101", text) == []  # yields are not summed
    changed = text.replace("| 2954,0 |", "| 2945,0 |")
    found = run_rule("T101", changed)
    assert excerpt(changed, found) == ["2945,0"]
    assert "2954,0" in found[0].message.vi


def test_rows_of_another_unit_are_not_parts() -> None:
    text = (
        "| Chỉ tiêu | ĐVT | Năm 2024 |\n|---|---|---:|\n| Tổng đàn gia súc | con | 1.095 |\n"
        "| Đàn bò | con | 970 |\n| Đàn trâu | con | 125 |\n| Sản lượng thịt | tấn | 310 |\n"
    )
    assert run_rule("T101", text) == []
    wrong = text.replace("| 970 |", "| 990 |")
    assert excerpt(wrong, run_rule("T101", wrong)) == ["1.095"]


BUDGET = """Biểu số 12

Đơn vị: triệu đồng

| STT | Nội dung | Dự toán | Ước thực hiện |
|---|---|---:|---:|
| A | TỔNG THU NGÂN SÁCH ĐỊA PHƯƠNG (I+II) | 9.800 | 10.150 |
| I | Thu cân đối | 7.300 | 7.600 |
| 1 | Thu nội địa | 6.500 | 6.750 |
|  | Trong đó: thu tiền sử dụng đất | 2.000 | 2.300 |
| 2 | Thu kết dư | 800 | 850 |
| II | Thu bổ sung từ ngân sách cấp trên | 2.500 | 2.550 |
| B | TỔNG CHI NGÂN SÁCH ĐỊA PHƯƠNG | 9.500 | 9.900 |
| 1 | Chi đầu tư phát triển | 3.000 | 3.100 |
| 2 | Chi thường xuyên | 6.500 | 6.800 |
| C | KẾT DƯ NGÂN SÁCH (A-B) | 300 | 250 |
"""


def excerpts(text: str, code: str = "T101") -> list[str]:
    return [text[d.span.start : d.span.end] for d in run_rule(code, text)]


def test_budget_form_consistent() -> None:
    assert run_rule("T101", BUDGET) == []


def test_trong_do_row_is_not_summed_into_its_parent() -> None:
    # the subset row is 2.000 of 6.500: never a part of "Thu cân đối"
    text = BUDGET.replace(
        "| Trong đó: thu tiền sử dụng đất | 2.000 |", "| Trong đó: thu tiền sử dụng đất | 2.500 |"
    )
    assert run_rule("T101", text) == []


def test_formula_label_difference_is_checked() -> None:
    text = BUDGET.replace("| KẾT DƯ NGÂN SÁCH (A-B) | 300 |", "| KẾT DƯ NGÂN SÁCH (A-B) | 400 |")
    found = run_rule("T101", text)
    assert excerpts(text) == ["400"]
    assert "(A-B)" in found[0].message.en and "300" in found[0].message.en


def test_formula_label_sum_of_sections() -> None:
    text = BUDGET.replace(
        "| II | Thu bổ sung từ ngân sách cấp trên | 2.500 |",
        "| II | Thu bổ sung từ ngân sách cấp trên | 3.500 |",
    )
    # "(I+II)" and the rows under A both break: one finding at A's cell
    assert excerpts(text) == ["9.800"]


def test_formula_with_own_label() -> None:
    text = """| STT | Chỉ tiêu | Năm 2024 |
|---|---|---:|
| A | Tổng nguồn vốn (A=B+C) | {a} |
| B | Vốn ngân sách | 1.500 |
| C | Vốn huy động | 700 |
"""
    assert run_rule("T101", text.format(a="2.200")) == []
    assert [d.figures[0] for d in run_rule("T101", text.format(a="2.300"))] == ["2.300"]


def test_total_named_tong_thu_off_by_one_digit() -> None:
    text = """| Chỉ tiêu | Thực hiện 6 tháng |
|---|---:|
| TỔNG THU | {total} |
| Thu thuế | 7.200 |
| Thu phí, lệ phí | 1.150 |
| Thu khác | 10.050 |
"""
    assert run_rule("T101", text.format(total="18.400")) == []
    assert excerpts(text.format(total="18.500")) == ["18.500"]
    # a shortfall of another shape may be a selection of rows: not reported
    assert run_rule("T101", text.format(total="21.730")) == []


def test_single_numbered_item_is_the_whole_of_its_parent() -> None:
    text = """| STT | Danh mục | Kế hoạch vốn |
|---|---|---:|
| | TỔNG SỐ | 3.000 |
| I | HUYỆN A | 1.200 |
| 1 | Trạm y tế xã B | {item} |
| II | HUYỆN C | 1.800 |
| 1 | Trạm y tế xã D | 1.000 |
| 2 | Trạm y tế xã E | 800 |
"""
    assert run_rule("T101", text.format(item="1.200")) == []
    assert [d.figures for d in run_rule("T101", text.format(item="1.500"))] == [("1.200", "1.500")]


def test_the_one_cell_no_holding_sum_pins_is_blamed() -> None:
    # "HUYỆN A" 1.200 agrees with TỔNG SỐ; its one item 1.500 is the figure nothing confirms
    text = """| STT | Danh mục | Kế hoạch vốn |
|---|---|---:|
| | TỔNG SỐ | 3.000 |
| I | HUYỆN A | 1.200 |
| 1 | Trạm y tế xã B | {b} |
| II | HUYỆN C | 1.800 |
| 1 | Trạm y tế xã D | {d} |
| 2 | Trạm y tế xã E | 800 |
"""
    changed = text.format(b="1.500", d="1.000")
    (found,) = run_rule("T101", changed)
    assert excerpt(changed, [found]) == ["1.500"]
    assert found.label is not None and "neighbours agree" in found.label.en
    # two items of HUYỆN C are free: either may be the wrong one, so the total row is shown
    changed = text.format(b="1.200", d="1.100")
    assert excerpt(changed, run_rule("T101", changed)) == ["1.800"]


CAPITALS = """| Chỉ tiêu | Dự toán năm 2024 |
|---|---:|
| TỔNG CHI NGÂN SÁCH | 10.000 |
| CHI ĐẦU TƯ PHÁT TRIỂN | 3.000 |
| Chi đầu tư xây dựng cơ bản | 2.000 |
| Chi đầu tư khác | 1.000 |
| CHI THƯỜNG XUYÊN | 7.000 |
| Chi sự nghiệp giáo dục | 4.000 |
| Chi quản lý hành chính | 3.000 |
"""

BOLD = """| Chỉ tiêu | Dự toán năm 2024 |
|---|---:|
| **Tổng chi ngân sách** | 10.000 |
| **Chi đầu tư phát triển** | 3.000 |
| Chi đầu tư xây dựng cơ bản | 2.000 |
| Chi đầu tư khác | 1.000 |
| **Chi thường xuyên** | 7.000 |
| Bao gồm: | |
| - Chi sự nghiệp giáo dục | 4.000 |
| - Chi quản lý hành chính | 3.000 |
"""


@pytest.mark.parametrize("text", [CAPITALS, BOLD])
def test_levels_from_capitals_bold_and_bullets(text: str) -> None:
    assert run_rule("T101", text) == []
    changed = text.replace("| 2.000 |", "| 2.500 |")
    assert excerpts(changed) == ["3.000"]  # the parent of the changed row, not the grand total
    changed = text.replace("| 3.000 |\n", "| 3.500 |\n", 1)
    found = run_rule("T101", changed)
    assert len(found) == 2  # "Chi đầu tư phát triển" fits neither its rows nor the total


def test_trong_do_rows_in_a_table_with_looks_are_not_parts() -> None:
    text = CAPITALS.replace(
        "| CHI THƯỜNG XUYÊN | 7.000 |",
        "| CHI THƯỜNG XUYÊN | 7.000 |\n| Trong đó: chi sự nghiệp môi trường | 500 |",
    )
    assert run_rule("T101", text) == []


def test_levels_from_numbers_inside_the_labels() -> None:
    text = """| Chỉ tiêu | Dự toán | Thực hiện |
|---|---:|---:|
| Tổng thu ngân sách | 9.000 | 9.400 |
| I. Thu cân đối | 7.000 | 7.300 |
| 1. Thu nội địa | 5.000 | {x} |
| 2. Thu kết dư | 2.000 | 2.100 |
| II. Thu bổ sung | 2.000 | 2.100 |
"""
    assert run_rule("T101", text.format(x="5.200")) == []
    changed = text.format(x="5.900")
    assert excerpts(changed) == ["7.300"]


def test_trong_do_items_are_a_subset_and_chia_ra_items_the_parts() -> None:
    text = (FIXTURES / "budget-subsets.md").read_text(encoding="utf-8")
    assert run_rule("T101", text) == []
    assert run_rule("H104", text) == []
    # a "Trong đó" item larger or smaller changes nothing: it is not a part
    assert (
        run_rule("T101", text.replace("| 2.000 |\n| - | Thu xổ số", "| 2.600 |\n| - | Thu xổ số"))
        == []
    )
    changed = text.replace("| 1.200 |", "| 1.300 |")
    assert excerpts(changed) == ["3.000"]


def test_letter_i_after_h_is_a_letter() -> None:
    head = "| STT | Nội dung | Số |\n|---|---|---:|\n"
    rows = "".join(f"| {x} | Phần {x} | {n}0 |\n" for n, x in enumerate("ABCDEGHI", start=10))
    assert run_rule("T101", head + rows) == []


# a report's own table: rows numbered 1, 2, 3 in an STT column, the total last and unnumbered
DISBURSED = """\
| STT | Đơn vị | Kế hoạch vốn (triệu đồng) | Đã giải ngân (triệu đồng) | Tỷ lệ giải ngân (%) |
|---|---|---|---|---|
| 1 | Ban Quản lý dự án huyện | 48.200 | 39.560 | 82,1 |
| 2 | Phòng Kinh tế và Hạ tầng | 12.750 | {second} | 70,0 |
| 3 | UBND các xã | 9.430 | 8.110 | 86,0 |
| | **Tổng cộng** | **70.380** | **56.595** | **80,4** |
"""


def test_total_row_closing_numbered_rows() -> None:
    assert run_rule("T101", DISBURSED.format(second="8.925")) == []
    found = run_rule("T101", DISBURSED.format(second="8.825"))
    assert len(found) == 1
    assert "39.560 + 8.825 + 8.110 = 56.495" in found[0].notes[0].vi


def test_total_row_closing_rows_of_another_level_mixed_with_its_own() -> None:
    # a row at the total's level among the numbered ones: not read as a closing total
    text = DISBURSED.replace("| 3 | UBND các xã |", "| | UBND các xã |")
    assert run_rule("T101", text.format(second="8.825")) == []


ROADS = """\
| Tuyến đường | Số vụ | Số người chết |
|---|---:|---:|
| Quốc lộ 1A (Km 412 - Km 438) | {a} | 10 |
| Đường tỉnh ĐT.528 | 8 | 5 |
| Đường huyện | 7 | 4 |
| **Tổng số** | **29** | **19** |
"""


def test_a_stretch_of_road_in_parentheses_is_no_unit() -> None:
    assert run_rule("T101", ROADS.format(a="14")) == []
    (found,) = run_rule("T101", ROADS.format(a="24"))
    assert "29" in found.message.en


SCHOOLS_BY_LEVEL = """\
| Cấp học | Số trường | Số lớp |
|---|---:|---:|
| Mầm non | 24 | 312 |
| Tiểu học | {a} | 498 |
| THCS | 19 | 286 |
| TH&THCS | 2 | 34 |
| **Tổng cộng** | **68** | **1.130** |
"""


def test_an_acronym_label_is_no_heading_in_capitals() -> None:
    assert run_rule("T101", SCHOOLS_BY_LEVEL.format(a="23")) == []
    (found,) = run_rule("T101", SCHOOLS_BY_LEVEL.format(a="28"))
    assert "68" in found.message.en


PROJECTS = """\
| TT | Danh mục dự án | Địa điểm xây dựng | Thời gian KC-HT | Tổng mức đầu tư | Kế hoạch vốn 2025 |
|---|---|---|---|---:|---:|
| 1 | Đường liên xã An Hòa - Minh Tân | An Hòa, Minh Tân | 2024 - 2026 | 14.500 | {a} |
| 2 | Trường Mầm non xã Phú Lộc | Phú Lộc | 2025 - 2026 | 9.800 | 6.200 |
| 3 | Nhà văn hóa trung tâm xã Đông Hòa | Đông Hòa | 2025 | 4.500 | 3.150 |
| | **Tổng cộng** | | | **28.800** | **17.850** |
"""


def test_a_column_of_words_describing_the_rows_leaves_the_totals_checked() -> None:
    assert run_rule("T101", PROJECTS.format(a="8.500")) == []
    (found,) = run_rule("T101", PROJECTS.format(a="8.800"))
    assert "17.850" in found.message.en


def test_a_community_row_is_no_total_row() -> None:
    text = (
        "| STT | Nguồn vốn | Số tiền |\n|---|---|---:|\n| 1 | Ngân sách tỉnh | 200.000 |\n"
        "| 2 | Ngân sách huyện | 71.552 |\n| 3 | Cộng đồng dân cư đóng góp | 14.900 |\n"
        "| | **Tổng cộng** | **{t}** |\n"
    )
    assert run_rule("T101", text.format(t="286.452")) == []
    (found,) = run_rule("T101", text.format(t="286.752"))
    assert "286.752" in found.message.en


YEARS = """Biểu 3. Số lớp bồi dưỡng đã mở

| Năm | Cấp tỉnh | Cấp huyện | Tổng số |
|---|---:|---:|---:|
| 2022 | 38 | 126 | 164 |
| 2023 | 41 | 133 | 174 |
| 2024 | 45 | 139 | 184 |
| **Cộng** | **124** | **398** | **522** |
"""


def test_rows_labelled_by_their_year() -> None:
    assert run_rule("T101", YEARS) == []
    found = run_rule("T101", YEARS.replace("| 2023 | 41 | 133 |", "| 2023 | 41 | 183 |"))
    assert found
    # a first column of years under another header is a column of figures, not labels
    assert run_rule("T101", YEARS.replace("| Năm |", "| Mã |").replace("**398**", "**498**")) == []


def test_a_table_whose_separator_centres_one_dash_is_checked() -> None:
    # "|:-:|" is a separator line (GFM): the rows under it, numbered in the TT column, are
    # what the unnumbered total row at the bottom closes
    text = (
        "| TT | Đơn vị | Diện tích (ha) |\n|:-:|---|--:|\n"
        "| 1 | Xã Tân Lập | 1.250,4 |\n| 2 | Xã Hòa Bình | 986,1 |\n| 3 | Xã Phú Thạnh | 1.402,0 |\n"
        "| | **Tổng cộng** | **{total}** |\n"
    )
    assert run_rule("T101", text.format(total="3.638,5")) == []
    (found,) = run_rule("T101", text.format(total="3.688,5"))
    assert "3.688,5" in found.message.en


def test_a_density_column_is_not_summed() -> None:
    # people per km² of the district is its people over its area, not the communes' sum
    text = (
        "| TT | Đơn vị | Diện tích (km²) | Dân số (người) | Mật độ dân số (người/km²) |\n"
        "|---|---|--:|--:|--:|\n"
        "| | **Toàn huyện** | **100,0** | **{people}** | **300** |\n"
        "| 1 | Xã A | 40,0 | 8.000 | 200 |\n"
        "| 2 | Xã B | 60,0 | 22.000 | 367 |\n"
    )
    assert run_rule("T101", text.format(people="30.000")) == []
    (found,) = run_rule("T101", text.format(people="36.000"))
    assert "36.000" in found.message.en
