from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tables"


def test_ratio_to_plan_is_checked() -> None:
    text = (FIXTURES / "local-plan.md").read_text(encoding="utf-8")
    found = run_rule("T104", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["75,6"]
    assert "57,6" in found[0].message.vi


def test_ratio_between_named_periods_is_checked() -> None:
    text = (
        "| | Tháng 5 năm 2024 | Tháng 6 năm 2024 | Tháng 6 năm 2024 so với (%) Tháng 5 năm 2024 |"
        "\n|---|---:|---:|---:|\n| Doanh nghiệp thành lập mới | 13207 | 15724 | {r} |\n"
    )
    assert run_rule("T104", text.format(r="119,1")) == []
    found = run_rule("T104", text.format(r="109,1"))
    assert len(found) == 1


def test_same_period_previous_year() -> None:
    text = (
        "| | 6 tháng năm 2024 | 6 tháng năm 2024 so với cùng kỳ năm 2023 (%) | 6 tháng năm 2023 |"
        "\n|---|---:|---:|---:|\n| Vốn đăng ký | 744238 | {r} | 707457 |\n"
    )
    assert run_rule("T104", text.format(r="105,2")) == []
    assert len(run_rule("T104", text.format(r="115,2"))) == 1


def test_ratio_whose_base_is_absent_is_not_checked() -> None:
    text = (
        "| | Quý I năm 2024 | So với cùng kỳ năm trước (%) Quý I năm 2024 |\n|---|---:|---:|\n"
        "| TỔNG SỐ | 1399517 | 150,0 |\n"
    )
    assert run_rule("T104", text) == []


@pytest.mark.parametrize(
    "name",
    [
        "gso-bieu-so-lieu-6-thang-2024.md",
        "gso-bieu-so-lieu-nam-2024.md",
        "gso-bieu-nong-nghiep-6-thang-2024.md",
    ],
)
def test_corpus_has_no_finding(corpus: Path, name: str) -> None:
    text = (corpus / name).read_text(encoding="utf-8")
    assert run_rule("T104", text, name) == []


def test_local_plan_table_with_stt_column() -> None:
    text = (FIXTURES / "local-stt.md").read_text(encoding="utf-8")
    assert run_rule("T104", text) == []
    found = run_rule("T104", text.replace("| 57,1 | 114,3 |", "| 57,1 | 104,3 |"))
    assert len(found) == 1 and "114,3" in found[0].message.vi


def test_rate_rows_are_not_checked() -> None:
    text = (FIXTURES / "local-stt.md").read_text(encoding="utf-8")
    text = text.replace("| 2,85 | x | x |", "| 2,85 | 109,6 | -0,25 |")
    assert run_rule("T104", text) == []


def test_ratio_column_with_a_printed_formula_is_left_to_t105() -> None:
    text = """| STT | Chỉ tiêu | Dự toán năm | Thực hiện 6 tháng | So dự toán (%) |
|---|---|---:|---:|---:|
| A | B | 1 | 2 | 3=2/1 |
| 1 | Thu thuế | 12.500 | 7.200 | 75,6 |
"""
    assert run_rule("T104", text) == []
    assert len(run_rule("T105", text)) == 1


BUDGET = """ĐVT: triệu đồng

| STT | Nội dung | Dự toán năm | Thực hiện 6 tháng | Tỷ lệ (%) |
| --- | --- | --- | --- | --- |
| | TỔNG THU | 12.500 | 7.230 | 57,8 |
| 1 | Thu thuế | 8.000 | 4.650 | 58,1 |
| 2 | Thu phí, lệ phí | 1.500 | 880 | 58,7 |
| 3 | Thu tiền sử dụng đất | 3.000 | 1.700 | 56,7 |
"""

HERD = """| Loại | Năm 2023 (con) | Năm 2024 (con) | So sánh (%) |
| --- | --- | --- | --- |
| Trâu | 1.250 | 1.180 | 94,4 |
| Bò | 3.400 | 3.620 | 106,5 |
| Lợn | 15.600 | 16.900 | 108,3 |
| Tổng cộng | 20.250 | 21.700 | 107,2 |
"""


def test_a_bare_ratio_header_after_a_plan_and_an_actual_column() -> None:
    assert run_rule("T104", BUDGET) == []
    (found,) = run_rule("T104", BUDGET.replace("| 58,7 |", "| 68,7 |"))
    assert "880 ÷ 1.500 × 100 = 58,7%" in found.message.en
    # a wrong actual figure: T104 at its ratio, T101 blames the figure, not the total
    wrong = BUDGET.replace("| 880 |", "| 980 |")
    assert [d.code for d in run_rule("T104", wrong)] == ["T104"]
    (total,) = run_rule("T101", wrong)
    assert total.suggestion is not None and "880" in total.suggestion.en


def test_a_bare_ratio_header_after_two_consecutive_years() -> None:
    assert run_rule("T104", HERD) == []
    (found,) = run_rule("T104", HERD.replace("| 106,5 |", "| 104,5 |"))
    assert "3.620 ÷ 3.400 × 100 = 106,5%" in found.message.en


def test_a_bare_ratio_column_the_rows_do_not_bear_out_is_not_read() -> None:
    # "Tỷ lệ (%)" here is each row's share of the total: not actual ÷ plan
    shares = BUDGET.replace("| 57,8 |", "| 100 |").replace("| 58,1 |", "| 64,3 |")
    shares = shares.replace("| 58,7 |", "| 12,2 |").replace("| 56,7 |", "| 23,5 |")
    assert run_rule("T104", shares) == []
    # too few rows to tell
    two = "\n".join(line for line in HERD.splitlines() if "Lợn" not in line and "Tổng" not in line)
    assert run_rule("T104", two.replace("| 106,5 |", "| 104,5 |")) == []


DISBURSED = """\
| STT | Đơn vị | Kế hoạch vốn (triệu đồng) | Đã giải ngân (triệu đồng) | Tỷ lệ {what} (%) |
|---|---|---|---|---|
| 1 | Ban Quản lý dự án huyện | 48.200 | 39.560 | 82,1 |
| 2 | Phòng Kinh tế và Hạ tầng | 12.750 | 8.925 | {rate} |
| 3 | UBND các xã | 9.430 | 8.110 | 86,0 |
| 4 | Trung tâm Phát triển quỹ đất | 6.120 | 5.202 | 85,0 |
"""


def test_ratio_column_named_after_the_actual_column() -> None:
    assert run_rule("T104", DISBURSED.format(what="giải ngân", rate="70,0")) == []
    found = run_rule("T104", DISBURSED.format(what="giải ngân", rate="79,0"))
    assert len(found) == 1 and "70,0%" in found[0].message.vi
    # a rate of something else is no ratio of the two columns
    assert run_rule("T104", DISBURSED.format(what="hộ nghèo", rate="79,0")) == []


BUDGET_YEARS = """\
| TT | Địa phương | Dự toán 2025 | Ước TH 2025 | So dự toán (%) | Thực hiện 2024 | So cùng kỳ (%) |
|---|---|---|---|---|---|---|
| 1 | Xã An Hòa | 120,0 | 126,0 | 105,0 | 112,5 | {index} |
| 2 | Xã Bình Minh | 80,0 | 76,0 | 95,0 | 80,0 | 95,0 |
"""


def test_bare_years_after_plan_and_result_words_are_periods() -> None:
    assert run_rule("T104", BUDGET_YEARS.format(index="112,0")) == []
    found = run_rule("T104", BUDGET_YEARS.format(index="118,0"))
    assert len(found) == 1 and "112,0%" in found[0].message.vi


SCHOOLS = """\
| Cấp học | Tổng số trường | Trường đạt chuẩn | Tỷ lệ (%) |
|---|---:|---:|---:|
| Mầm non | 120 | 84 | 70,0 |
| Tiểu học | 150 | 126 | {rate} |
| Trung học cơ sở | 90 | 72 | 80,0 |
| Trung học phổ thông | 40 | 26 | 65,0 |
"""


def test_bare_ratio_column_after_a_whole_and_its_part() -> None:
    assert run_rule("T104", SCHOOLS.format(rate="84,0")) == []
    found = run_rule("T104", SCHOOLS.format(rate="89,0"))
    assert len(found) == 1 and "84,0%" in found[0].message.vi
    # neither column the whole, and the rows do not bear the ratio out: no reading
    text = SCHOOLS.replace("Tổng số trường", "Trường công lập").replace("| 80,0 |", "| 83,0 |")
    assert run_rule("T104", text.format(rate="89,0")) == []


PROCEDURES = """\
| STT | Lĩnh vực | Tiếp nhận | Đã giải quyết | Đúng và trước hạn | Quá hạn | Tỷ lệ đúng hạn (%) |
|---|---|---:|---:|---:|---:|---:|
| 1 | Đất đai | 1.310 | 1.236 | 1.204 | 32 | 97,41 |
| 2 | Hộ tịch | 845 | 840 | 840 | 0 | 100 |
| 3 | Xây dựng | 214 | 198 | 187 | 11 | {rate} |
| 4 | Đăng ký kinh doanh | 392 | 388 | 381 | 7 | 98,20 |
"""


def test_a_ratio_column_whose_columns_the_rows_reveal() -> None:
    """ "Tỷ lệ đúng hạn (%)" names neither column: the one pair the rows reproduce is read."""
    assert run_rule("T104", PROCEDURES.format(rate="94,44")) == []
    (found,) = run_rule("T104", PROCEDURES.format(rate="91,44"))
    assert "91,44% but 187 ÷ 198 × 100" in found.message.en


def test_a_revealed_ratio_needs_rows_enough_and_one_pair_only() -> None:
    # three rows, one of them wrong: two rows cannot reveal the formula
    three = "\n".join(line for line in PROCEDURES.splitlines() if "Hộ tịch" not in line)
    assert run_rule("T104", three.format(rate="91,44")) == []
    # a rate column no pair of columns gives (a satisfaction score) is not read
    scores = PROCEDURES.replace("| 97,41 |", "| 88,5 |").replace("| 98,20 |", "| 91,2 |")
    assert run_rule("T104", scores.replace("| 100 |", "| 95,0 |").format(rate="93,1")) == []


def test_a_ratio_header_naming_two_columns_by_their_initials() -> None:
    text = PROCEDURES.replace("Tỷ lệ đúng hạn (%)", "Tỷ lệ ĐH/GQ (%)")
    (found,) = run_rule("T104", text.format(rate="91,44"))
    assert "187 ÷ 198 × 100" in found.message.en
    # a rate of something no column is of: not read
    text = PROCEDURES.replace("Tỷ lệ đúng hạn (%)", "Tỷ lệ hài lòng (%)")
    assert run_rule("T104", text.format(rate="91,44")) == []


GROWTH = """| STT | Mặt hàng | Năm 2023 | Năm 2024 | Tăng, giảm (%) |
|---|---|---:|---:|---:|
| 1 | Gạo | 412,6 | 468,3 | 13,5 |
| 2 | Cà phê | 286,4 | 271,9 | -5,1 |
| 3 | Thủy sản | 198,7 | 226,2 | 13,8 |
| | **Tổng** | **897,7** | **966,4** | **7,7** |
"""


def test_growth_column_is_the_later_over_the_earlier_less_100() -> None:
    assert run_rule("T104", GROWTH) == []
    found = run_rule("T104", GROWTH.replace("| 13,8 |", "| 18,8 |"))
    assert len(found) == 1
    assert found[0].message.en == "Row “Thủy sản”: 18,8% but 226,2 ÷ 198,7 × 100 − 100 = 13,8%"
    assert len(run_rule("T104", GROWTH.replace("| -5,1 |", "| -3,1 |"))) == 1
    # not two years in a row: read only because the other rows bear out later ÷ earlier − 100
    other = GROWTH.replace("Năm 2023", "Kế hoạch").replace("| 13,5 |", "| 18,5 |")
    assert len(run_rule("T104", other)) == 1
    two_wrong = other.replace("| 13,8 |", "| 18,8 |")
    assert run_rule("T104", two_wrong) == []


GROWTH_IN_OTHER_WORDS = """\
| TT | Loại phí | Mức thu hiện hành | Mức thu mới | {header} |
|---|---|---:|---:|---:|
| 1 | Phí tham quan - người lớn | 30.000 | 40.000 | 33,3 |
| 2 | Phí tham quan - trẻ em | 15.000 | 20.000 | 33,3 |
| 3 | Phí thẩm định hồ sơ | 1.000.000 | 1.250.000 | 25,0 |
| 4 | Phí sử dụng bến bãi | 12.000 | 15.000 | {last} |
"""


@pytest.mark.parametrize(
    "header", ["Tăng (%)", "Tăng trưởng (%)", "Tăng so với mức hiện hành (%)", "Tăng/giảm (%)"]
)
def test_growth_column_named_in_other_words_on_its_rows_evidence(header: str) -> None:
    table = GROWTH_IN_OTHER_WORDS.replace("{header}", header)
    assert run_rule("T104", table.replace("{last}", "25,0")) == []
    (found,) = run_rule("T104", table.replace("{last}", "35,0"))
    assert "15.000 ÷ 12.000 × 100 − 100 = 25,0%" in found.message.en
    # rows that do not bear it out: another kind of column, not read
    other = table.replace("| 33,3 |", "| 12,0 |").replace("{last}", "35,0")
    assert run_rule("T104", other) == []
