"""Breakdowns written inside a sentence (lint/relations/inline_breakdowns.py), through S101."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

SHAPES = [
    # (paragraph with {a} {b} {t} placeholders, parts a and b, total t): t = a + b
    "Năm 2025 bố trí vốn cho {t} công trình ({a} công trình chuyển tiếp và {b} công trình "
    "khởi công mới).",
    "Tổ chức {t} lớp tập huấn ({a} lớp cho cán bộ, {b} lớp cho nông dân).",
    "Toàn trường có {t} học sinh đạt giải ({a} giải nhì, {b} giải ba).",
    "Tiếp nhận {t} hồ sơ, đã giải quyết {a} hồ sơ, còn lại {b} hồ sơ đang xử lý.",
    "Đã giải quyết {a}/{t} đơn thư, còn lại {b} đơn đang xác minh.",
    "Kế hoạch vốn năm {t} triệu đồng, đã giải ngân {a} triệu đồng, đạt 46,7%, còn lại {b} triệu "
    "đồng chưa giải ngân.",
    "Tiếp nhận {t} hồ sơ, đã giải quyết {a} hồ sơ, còn {b} hồ sơ đang giải quyết.",
    "Tổng số hộ nghèo đầu năm {t} hộ, trong năm đã thoát nghèo {a} hộ, còn lại {b} hộ.",
    # parts graded by a bare number ("4 sao"), several words between the total and them
    "Có thêm {t} sản phẩm được công nhận đạt chuẩn OCOP ({a} sản phẩm 4 sao, {b} sản phẩm 3 sao).",
    # what is still missing of an allotment
    "Biên chế được giao {t} người, có mặt {a} người, còn thiếu {b} người so với số được giao.",
    # the rest after a semicolon and the share of the done part
    "Kế hoạch có {t} dự án, đến nay đã hoàn thành {a} dự án, chiếm 60,2%; còn {b} dự án đang "
    "triển khai.",
    "Đã bồi thường {a} hộ/{t} hộ, còn lại {b} hộ chưa nhận tiền.",
    "Số hộ nghèo giảm từ {t} hộ xuống còn {a} hộ, tương đương giảm {b} hộ.",
    "Diện tích cây ăn trái tăng từ {a} ha lên {t} ha, tăng thêm {b} ha.",
    # the time each value is of, after it
    "Số hộ nghèo giảm từ {t} hộ năm 2020 xuống còn {a} hộ năm 2024, giảm {b} hộ.",
    "Học sinh bỏ học giảm từ {t} học sinh năm học trước xuống còn {a} học sinh, giảm {b} học sinh.",
    "Số thuê bao tăng từ {a} thuê bao (cuối năm 2022) lên {t} thuê bao, tăng thêm {b} thuê bao.",
    # each value's rate said aside, in parentheses
    "Số hộ nghèo giảm từ {t} hộ (tỷ lệ 5,12%) đầu năm xuống còn {a} hộ (tỷ lệ 4,05%) cuối năm, "
    "giảm {b} hộ.",
    # pupils counted as "em"
    "Số học sinh bỏ học giảm từ {t} em năm học trước xuống còn {a} em, giảm {b} em.",
    # a change against last year's value stated nearby
    "Số hộ kinh doanh đạt {t} hộ, tăng {b} hộ so với cùng kỳ (cùng kỳ năm trước {a} hộ).",
    "Cùng kỳ năm trước có {t} hộ nghèo. Năm nay còn {a} hộ nghèo, giảm {b} hộ so với cùng kỳ.",
    # the plan's target opening the sentence, the rest after a semicolon
    "Chỉ tiêu trồng mới {t} ha rừng giai đoạn 2021-2025: đến nay đã thực hiện {a} ha, đạt "
    "46,7% kế hoạch; còn lại {b} ha phải hoàn thành trong năm 2025.",
    # against a year named, its value in parentheses
    "Số hộ kinh doanh cá thể đạt {t} hộ, tăng {b} hộ so với năm 2024 ({a} hộ).",
    # the change first, its two values in parentheses
    "So với đầu năm, số hộ nghèo giảm {b} hộ (từ {t} hộ xuống còn {a} hộ).",
    "Số cơ sở sản xuất tăng {b} cơ sở (từ {a} cơ sở lên {t} cơ sở).",
]

# rates and their change in percentage points: t = a + b
POINTS = [
    "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm từ {t}% xuống còn {a}%, giảm {b} điểm phần trăm.",
    "Tỷ lệ hộ nghèo giảm {b} điểm phần trăm (từ {t}% xuống còn {a}%).",
    "Tỷ lệ sinh con thứ ba chiếm {a}% tổng số trẻ sinh, giảm {b} điểm phần trăm so với năm 2024 "
    "({t}%).",
    "Tỷ lệ lao động qua đào tạo đạt {t}%, tăng {b} điểm % so với cùng kỳ (năm 2024: {a}%).",
]


@pytest.mark.parametrize("shape", POINTS)
def test_rates_and_their_change_in_percentage_points(shape: str) -> None:
    assert run_rule("S101", shape.format(a="12,45", b="1,32", t="13,77")) == []
    found = run_rule("S101", shape.format(a="12,45", b="1,82", t="13,77"))
    assert len(found) == 1, shape
    assert "12,45 + 1,82 = 14,27 ≠ 13,77" in found[0].notes[0].vi


@pytest.mark.parametrize(
    "shape",
    [
        "Tỷ lệ hộ nghèo giảm từ {t}% xuống còn {a}%, giảm {b}%.",
        "Tỷ lệ hộ nghèo giảm từ {t}% xuống còn {a}% (giảm {b}%).",
        "Tỷ lệ hộ nghèo giảm {b}% (từ {t}% xuống còn {a}%).",
    ],
)
def test_rates_and_their_change_written_with_a_percent_sign(shape: str) -> None:
    """ "giảm 1,31%" after two rates: percentage points, or the rates' relative change."""
    assert run_rule("S101", shape.format(t="4,52", a="3,21", b="1,31")) == []
    # 1,31 ÷ 4,52 = 29,0 %: the relative change
    assert run_rule("S101", shape.format(t="4,52", a="3,21", b="29,0")) == []
    (found,) = run_rule("S101", shape.format(t="4,52", a="3,21", b="1,81"))
    assert "3,21 + 1,81 = 5,02 ≠ 4,52" in found.notes[0].vi


@pytest.mark.parametrize("shape", SHAPES)
def test_consistent_then_one_changed_figure(shape: str) -> None:
    assert run_rule("S101", shape.format(a=64, b=73, t=137)) == []
    text = shape.format(a=64, b=73, t=187)
    found = run_rule("S101", text)
    assert len(found) == 1, text
    assert "64 + 73 = 137 ≠ 187" in found[0].notes[0].vi
    assert found[0].suggestion is not None and "187 → 137" in found[0].suggestion.vi


@pytest.mark.parametrize(
    "text",
    [
        # parts of another unit the sentence does not make the same things
        "Có 12 học sinh tham gia (01 giải nhất, 04 giải nhì, 08 giải ba).",
        # a part that is a change, not a share of the total
        "Bố trí 137 công trình (tăng 64 công trình và 70 công trình mới).",
        # remainder after two candidate totals
        "Năm trước 130 hồ sơ; năm nay tiếp nhận 120 hồ sơ, 100 hồ sơ, còn lại 25 hồ sơ.",
        # carried over from before, not the rest
        "Tiếp nhận 120 hồ sơ, đã giải quyết 100 hồ sơ, còn 25 hồ sơ tồn từ năm trước.",
        # an inflow, not a part
        "Tồn 100 hồ sơ, tiếp nhận thêm 30 hồ sơ, còn lại 20 hồ sơ chuyển kỳ sau.",
        # the rest split again
        "Tiếp nhận 120 hồ sơ, đã giải quyết 100 hồ sơ, còn lại 15 hồ sơ chưa đủ điều kiện và "
        "5 hồ sơ đang xử lý.",
        # examples only
        "Có 137 công trình (như 64 công trình giao thông và 70 công trình thủy lợi).",
        # the other unit is not what the sentence counts
        "Có 15 xã tham gia hội thi (32 giải cá nhân, 5 giải tập thể).",
        # the change is against another base
        "Số hộ nghèo giảm từ 320 hộ xuống còn 250 hộ, giảm 30 hộ so với cùng kỳ.",
        "Số hộ nghèo giảm từ 320 hộ năm 2020 xuống còn 250 hộ năm 2024, giảm 30 hộ so với năm 2019.",
        # another figure between the two values: which one is "from"?
        "Số hộ nghèo giảm từ 320 hộ năm 2020 (trong đó 40 hộ) xuống còn 250 hộ, giảm 30 hộ.",
        # "từ … xuống" without the change restated
        "Số hộ nghèo giảm từ 320 hộ xuống còn 250 hộ, chiếm 5%.",
        # a change of a rate in percentage points against a rate of another thing
        "Tỷ lệ hộ nghèo còn 3,12%, giảm 1,07 điểm phần trăm so với tỷ lệ cận nghèo (5,20%).",
    ],
)
def test_unclear_shapes_are_not_read(text: str) -> None:
    assert run_rule("S101", text) == []


def test_emphasised_parenthesis_and_trong_do_inside_parentheses() -> None:
    text = (
        "Tổng kinh phí 96 triệu đồng (*ngân sách tỉnh 54 triệu đồng; ngân sách huyện {b} "
        "triệu đồng*)."
    )
    assert run_rule("S101", text.format(b=42)) == []
    assert len(run_rule("S101", text.format(b=12))) == 1
    subset = "Toàn xã có 250 hộ (trong đó {a} hộ nghèo, 40 hộ cận nghèo)."
    assert run_rule("S102", subset.format(a=120)) == []
    found = run_rule("S102", subset.format(a=320))
    assert len(found) == 1 and found[0].severity.value == "error"


def test_last_years_value_said_with_co_in_parentheses() -> None:
    text = "Triển khai 126 nhiệm vụ, tăng 14 nhiệm vụ so với năm 2023 (năm 2023 có {a} nhiệm vụ)."
    assert run_rule("S101", text.format(a="112")) == []
    assert len(run_rule("S101", text.format(a="142"))) == 1


def test_a_remainder_of_a_total_in_the_sentence_before() -> None:
    text = (
        "Tổng số dự án được bố trí vốn là 236 dự án, gồm 81 dự án chuyển tiếp và 155 dự án khởi "
        "công mới. Đến nay đã hoàn thành 172 dự án, chiếm 72,9%; còn {r} dự án đang triển khai."
    )
    assert run_rule("S101", text.format(r="64")) == []
    (found,) = run_rule("S101", text.format(r="84"))
    assert "172 + 84 = 256 ≠ 236" in found.notes[0].vi
    # the rest far from any figure of the sentence before: which whole? Not read
    assert run_rule("S101", text.format(r="27")) == []
    # carried over, not the rest
    carried = text.format(r="17").replace("đang triển khai", "từ năm trước chuyển sang")
    assert run_rule("S101", carried) == []
