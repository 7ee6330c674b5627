"""Shapes of case, staffing and policy reports: carried-over parts, parts counted by who handles
them, a standard met before its rate, an adjusted level with its rate, a change with its rate
aside and the staffing quota ("biên chế") as a unit."""

from __future__ import annotations

import pytest

from tests.conftest import quantities, run_rule

# (rule, consistent text, figure, changed figure)
CAUGHT = [
    # carried over from last year + new = all handled, in parentheses with ";"
    (
        "S101",
        "Tổng số việc phải thụ lý là 9.468 việc (năm trước chuyển sang 3.207 việc; thụ lý mới "
        "6.261 việc).",
        "6.261",
        "6.861",
    ),
    (
        "S101",
        "Tổng số đơn đã xử lý là 612 đơn (kỳ trước chuyển sang 38 đơn, tiếp nhận mới 574 đơn).",
        "574",
        "544",
    ),
    # a standard met, said after the count, then its rate
    (
        "P101",
        "Tổng số giáo viên là 2.418 người; trong đó 2.356 người đạt chuẩn về trình độ đào tạo, "
        "đạt tỷ lệ 97,44%; còn 62 người chưa đạt chuẩn.",
        "97,44",
        "92,44",
    ),
    # an adjusted level, the date it applies from, and its rate
    (
        "P105",
        "Mức lương cơ sở được điều chỉnh từ 1.800.000 đồng lên 2.340.000 đồng kể từ ngày "
        "01/7/2024 (tăng 30,0%).",
        "30,0",
        "36,0",
    ),
    # a change with its rate aside, the base after "so với"
    (
        "S101",
        "Giao biên chế công chức năm 2025 là 1.864 biên chế, giảm 38 biên chế (tương ứng giảm "
        "2,0%) so với năm 2024 (1.902 biên chế).",
        "1.902",
        "1.932",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert run_rule(code, text) == []
    wrong = text.replace(figure, changed, 1)
    found = run_rule(code, wrong)
    assert len(found) == 1
    spans = {wrong[found[0].span.start : found[0].span.end]}
    spans.update(wrong[r.span.start : r.span.end] for r in found[0].related)
    assert any(changed in span for span in spans)


def test_parts_counted_by_who_handles_them() -> None:
    text = (
        "Tổng số việc thụ lý là 9.468 việc, gồm Cục Thi hành án dân sự tỉnh thụ lý 812 việc và "
        "11 Chi cục thụ lý {b} việc."
    )
    assert run_rule("S101", text.format(b="8.656")) == []
    (found,) = run_rule("S101", text.format(b="8.956"))
    assert "812 + 8.956 = 9.768 ≠ 9.468" in found.notes[0].vi


def test_a_period_value_in_parentheses_is_still_not_a_part() -> None:
    text = "Tổng số việc thụ lý năm nay là 9.468 việc (năm trước 8.120 việc; năm 2022 7.904 việc)."
    assert run_rule("S101", text) == []


def test_bien_che_is_a_unit() -> None:
    (found,) = quantities("Giao 1.864 biên chế.")
    assert found.unit == "biên chế"


def test_last_years_people_counted_as_nguoi() -> None:
    text = (
        "Năm 2024 đã chuyển đổi vị trí công tác đối với {v} công chức, viên chức, tăng 38 người "
        "so với năm 2023 (năm 2023 chuyển đổi 251 người)."
    )
    assert run_rule("S101", text.format(v="289")) == []
    assert len(run_rule("S101", text.format(v="259"))) == 1
