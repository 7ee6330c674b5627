from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.ruleset import rule_by_code
from tests.conftest import quantities, run_rule

FORM = """Biểu số 03

Đơn vị: triệu đồng

| STT | Nội dung | Vốn trong nước | Vốn ngoài nước | Tổng số | So với năm trước (%) |
|---|---|---:|---:|---:|---:|
| A | B | 1 | 2 | 3=1+2 | 4=3/5 |
| I | Công trình giao thông | 2.450 | 1.050 | 3.500 | 116,7 |
| 1 | Đường liên xã | 1.450 | 550 | 2.000 | 125,0 |
| 2 | Cầu dân sinh | 1.000 | 500 | 1.500 | 107,1 |
"""


def excerpts(text: str, code: str) -> list[str]:
    return [text[d.span.start : d.span.end] for d in run_rule(code, text)]


def test_consistent_form_raises_nothing() -> None:
    text = FORM.replace("| 4=3/5 |", "| 4 |")
    assert run_rule("T105", text) == []
    assert run_rule("T101", text) == []


def test_broken_sum_is_an_error_at_the_sum() -> None:
    text = FORM.replace("| 4=3/5 |", "| 4 |").replace("| 550 | 2.000 |", "| 550 | 2.100 |")
    found = run_rule("T105", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["2.100"]
    assert found[0].severity.value == "error"
    assert "2.000" in found[0].message.en


def test_changed_part_is_blamed_when_the_column_total_also_breaks() -> None:
    # 1.450 → 1.650 breaks "3=1+2" on its row and the sum of column 1 under row I
    text = FORM.replace("| 4=3/5 |", "| 4 |").replace("| 1.450 | 550 |", "| 1.650 | 550 |")
    assert excerpts(text, "T105") == ["1.650"]
    assert excerpts(text, "T101") == ["1.650"]


def test_percent_formula_honours_rounding_and_is_a_warning() -> None:
    text = """| STT | Nội dung | Dự toán | Ước thực hiện | So dự toán (%) |
|---|---|---:|---:|---:|
| (1) | (2) | (3) | (4) | (5)=(4)/(3) |
| 1 | Thu tiền sử dụng đất | 3.000 | 2.737 | {p} |
| 2 | Thu thuế bảo vệ môi trường | 1.200 | 1.350 | 112,5 |
"""
    assert run_rule("T105", text.format(p="91,2")) == []  # 91,233…: rounded
    assert run_rule("T105", text.format(p="91,3")) == []  # rounding of 3.000 and 2.737 allows it
    found = run_rule("T105", text.format(p="81,2"))
    assert len(found) == 1 and found[0].severity.value == "warning"


def test_explicit_hundred_and_difference() -> None:
    text = """| TT | Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng, giảm | Tỷ lệ |
|---|---|---:|---:|---:|---:|
| A | B | 1 | 2 | 3=2-1 | 4=2/1x100% |
| 1 | Số hộ nghèo | 1.250 | 1.000 | {d} | 80,0 |
"""
    assert run_rule("T105", text.format(d="-250")) == []
    assert len(run_rule("T105", text.format(d="-350"))) == 1


def test_column_number_row_is_not_data() -> None:
    text = FORM.replace("| 4=3/5 |", "| 4 |")
    figures = [q.text for q in quantities(text)]
    assert "3" not in figures and "4" not in figures and "1.1" not in figures
    assert "2.450" in figures
    for code in ("N101", "T101", "T103", "T104", "H104"):
        assert run_rule(code, text) == [], code


def test_a_row_of_figures_is_not_a_column_number_row() -> None:
    text = """| Chỉ tiêu | Quý I | Quý II | Quý III |
|---|---:|---:|---:|
| Số vụ cháy | 1 | 2 | 3 |
| Số vụ tai nạn | 4 | 5 | 6 |
"""
    assert [q.text for q in quantities(text)] == ["1", "2", "3", "4", "5", "6"]


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
    assert run_rule("T105", text, name) == []


def test_formula_naming_a_missing_column_is_not_checked() -> None:
    text = FORM.replace("| 550 | 2.000 | 125,0 |", "| 550 | 2.000 | 5,0 |")
    assert run_rule("T105", text) == []


def test_quotient_printed_as_percent_without_a_percent_title() -> None:
    text = """| STT | Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng trưởng |
|---|---|---:|---:|---:|
| A | B | 1 | 2 | 3=2/1 |
| 1 | Doanh thu dịch vụ | 1.200 | 1.320 | 110,0 |
| 2 | Doanh thu thương mại | 2.000 | 2.300 | {r} |
"""
    assert run_rule("T105", text.format(r="115,0")) == []
    assert len(run_rule("T105", text.format(r="125,0"))) == 1


def test_small_figures_under_an_empty_label_are_data() -> None:
    text = """| | Quý I | Quý II | Quý III |
|---|---:|---:|---:|
| | 1 | 2 | 3 |
| Số vụ tai nạn | 4 | 5 | 6 |
"""
    assert [q.text for q in quantities(text)] == ["1", "2", "3", "4", "5", "6"]


def test_column_numbers_without_letters() -> None:
    text = """| STT | Nội dung | Năm 2023 | Năm 2024 | Cộng |
|---|---|---:|---:|---:|
| 1 | 2 | 3 | 4 | 5 |
| 1 | Xã An Hòa | 120 | 130 | 250 |
"""
    assert [q.text for q in quantities(text)] == ["120", "130", "250"]


def test_suggestion_for_the_blamed_cell() -> None:
    text = FORM.replace("| 4=3/5 |", "| 4 |").replace("| 1.450 | 550 |", "| 1.650 | 550 |")
    found = run_rule("T105", text)
    assert found[0].suggestion is not None and "1.450" in found[0].suggestion.en
    text = FORM.replace("| 4=3/5 |", "| 4 |").replace("| 550 | 2.000 |", "| 550 | 2.100 |")
    found = run_rule("T105", text)
    assert found[0].suggestion is not None and "2.000" in found[0].suggestion.en


BALANCE = Path(__file__).resolve().parent.parent / "fixtures" / "tables" / "budget-balance-form.md"
ALL_TABLE_RULES = ("T101", "T102", "T103", "T104", "T105", "H104", "N101")


def run_all(text: str) -> list[Diagnostic]:
    return check_text(text, [r for c in ALL_TABLE_RULES if (r := rule_by_code(c))], "bieu.md")


def test_budget_balance_form_is_consistent() -> None:
    text = BALANCE.read_text(encoding="utf-8")
    assert run_all(text) == []


def test_every_changed_figure_of_the_balance_form_is_caught_at_it() -> None:
    text = BALANCE.read_text(encoding="utf-8")
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("| A | TỔNG"))
    tried = 0
    for number in range(first, len(lines)):
        line = lines[number]
        if not line.startswith("|"):
            continue
        for match in re.finditer(r"\| ([\d.,]*[1-9][\d.,]*) (?=\|)", line):
            figure = match.group(1)
            if line.index(figure) < line.index("|", 2) + 3:
                continue  # the STT cell
            new = str(int(figure[0]) % 9 + 1) + figure[1:]
            start = sum(len(x) + 1 for x in lines[:number]) + match.start(1)
            changed = text[:start] + new + text[start + len(figure) :]
            found = run_all(changed)
            assert (start, start + len(new)) in {(d.span.start, d.span.end) for d in found}, (
                line,
                figure,
            )
            tried += 1
    assert tried > 50


COST_TABLE = """| TT | Nội dung | ĐVT | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |
|---|---|---|---:|---:|---:|
| 1 | Thuê hội trường | ngày | 2 | 3.500.000 | 7.000.000 |
| 2 | Bồi dưỡng báo cáo viên | buổi | 4 | 1.200.000 | 4.800.000 |
| 3 | Nước uống đại biểu | người/ngày | 180 | 25.000 | 4.500.000 |
| 4 | Tài liệu | bộ | 90 | 40.000 | 3.600.000 |
| | **Tổng cộng** | | | | **19.900.000** |
"""


def test_a_cost_table_states_its_product_in_its_headers() -> None:
    assert run_rule("T105", COST_TABLE) == []
    found = run_rule("T105", COST_TABLE.replace("| 25.000 |", "| 28.000 |"))
    assert len(found) == 1
    assert "4.500.000" in found[0].message.en and "5.040.000" in found[0].message.en
    # the cost agrees with the column's total: no corrected cost is proposed
    assert found[0].suggestion is None
    assert "quantity or the price" in found[0].notes[-1].en


def test_a_cost_table_in_thousands_scales_the_price() -> None:
    text = COST_TABLE.replace("Thành tiền (đồng)", "Thành tiền (nghìn đồng)")
    for cost in ("7.000.000", "4.800.000", "4.500.000", "3.600.000", "19.900.000"):
        text = text.replace(cost, cost[:-4])
    assert run_rule("T105", text) == []
    assert run_rule("T105", text.replace("| 4.800 |", "| 4.600 |"))


def test_headers_the_rows_do_not_bear_out_are_not_a_formula() -> None:
    # "Kinh phí" here is a budget line of its own, not quantity × price
    text = COST_TABLE.replace("| 7.000.000 |", "| 17.000.000 |").replace(
        "| 4.800.000 |", "| 14.800.000 |"
    )
    text = text.replace("| 4.500.000 |", "| 14.500.000 |").replace(
        "**19.900.000**", "**49.900.000**"
    )
    assert run_rule("T105", text) == []


def test_the_total_row_of_a_cost_table_is_checked() -> None:
    assert run_rule("T101", COST_TABLE) == []
    assert run_rule("T101", COST_TABLE.replace("**19.900.000**", "**19.400.000**"))


FUND_TABLE = """| TT | Đơn vị | Số dư đầu kỳ | Thu trong kỳ | Chi trong kỳ | Số dư cuối kỳ |
|---|---|---:|---:|---:|---:|
| 1 | Xã An Bình | 412,5 | 930,0 | 1.105,2 | 237,3 |
| 2 | Xã An Phú | 268,0 | 1.204,6 | 987,4 | 485,2 |
| 3 | Thị trấn | 530,1 | 2.016,3 | 1.844,0 | 702,4 |
| | **Tổng cộng** | **1.210,6** | **4.150,9** | **3.936,6** | **1.424,9** |
"""


def test_a_fund_table_states_its_balance_in_its_headers() -> None:
    assert run_rule("T105", FUND_TABLE) == []
    found = run_rule("T105", FUND_TABLE.replace("| 485,2 |", "| 455,2 |"))
    assert len(found) == 1 and "485,2" in found[0].message.en


def test_section_totals_and_the_grand_total_of_them_are_checked() -> None:
    text = """| TT | Đơn vị | Số thu |
|---|---|---:|
| **I** | **Khối xã** | |
| 1 | Xã A | 120,5 |
| 2 | Xã B | 98,0 |
| | **Cộng I** | **218,5** |
| **II** | **Khối huyện** | |
| 1 | Phòng C | 45,0 |
| 2 | Phòng D | 61,5 |
| | **Cộng II** | **106,5** |
| | **Tổng cộng (I + II)** | **325,0** |
"""
    assert run_rule("T101", text) == []
    assert run_rule("T101", text.replace("| 61,5 |", "| 66,5 |"))
    assert run_rule("T101", text.replace("**325,0**", "**355,0**"))
