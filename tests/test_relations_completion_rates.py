"""Completion rates of a total stated just before (lint/relations/completion_rates.py), through
P101."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

SHAPES = [
    "Xảy ra 245 vụ phạm pháp hình sự. Lực lượng Công an đã điều tra làm rõ 218 vụ, đạt {p}%.",
    "Thụ lý 312 vụ việc; đã giải quyết 271 vụ việc, đạt {p}%.",
    "Tòa án thụ lý 486 vụ án, đã giải quyết được 437 vụ án, đạt tỷ lệ {p}%.",
    # a verb of an outcome without "đã"
    "Trung tâm có 146 học viên dự thi, đỗ tốt nghiệp 138 học viên, đạt {p}%.",
    "Hội đồng xem xét 268 sáng kiến; công nhận 246 sáng kiến, đạt {p}%.",
    # people counted by their role, then as "người"
    "Sở có 214 công chức, viên chức; đã tập huấn kỹ năng số cho 192 người, đạt {p}%.",
    # the verb a clause before the count
    "Có 1.246 hộ bị ảnh hưởng; đã chi trả tiền bồi thường, hỗ trợ cho 1.108 hộ, đạt {p}%.",
]
RIGHT = ("89,0", "86,9", "89,9", "94,5", "91,8", "89,7", "88,9")


@pytest.mark.parametrize(("shape", "right"), list(zip(SHAPES, RIGHT, strict=True)))
def test_rate_of_what_was_done(shape: str, right: str) -> None:
    assert run_rule("P101", shape.format(p=right)) == []
    wrong = right[0] + str((int(right[1]) + 5) % 10) + right[2:]
    found = run_rule("P101", shape.format(p=wrong))
    assert len(found) == 1 and found[0].severity.value == "warning"
    assert found[0].suggestion is not None and right in found[0].suggestion.vi


@pytest.mark.parametrize(
    "text",
    [
        # two totals of the unit before: which one is the rate of?
        "Tiếp nhận 612 đơn, trong đó đơn thuộc thẩm quyền 186 đơn; đã giải quyết 164 đơn, đạt "
        "72,5%.",
        # the figures are far from any reading: a rate of something else
        "Tiếp nhận 500 hồ sơ. Đã giải quyết 450 hồ sơ, đạt 42,5%.",
        # nothing done: a plain count
        "Có 500 hộ. Năm nay 450 hộ, đạt 95%.",
    ],
)
def test_unclear_rates_are_not_read(text: str) -> None:
    assert run_rule("P101", text) == []


def test_a_rate_naming_its_unit_is_of_that_unit() -> None:
    text = (
        "Thụ lý 312 vụ/568 bị can, trong đó khởi tố mới 245 vụ/436 bị can; đã giải quyết 268 "
        "vụ/482 bị can, đạt 85,9% số vụ."
    )
    assert run_rule("P101", text) == []


def test_rate_of_a_plan_named_before_the_result() -> None:
    text = (
        "Đối với 05 dự án trọng điểm, tổng kế hoạch vốn là 159.800 triệu đồng, giải ngân "
        "108.806 triệu đồng, đạt {p}%; chi tiết như sau:"
    )
    assert run_rule("P101", text.format(p="68,1")) == []
    assert len(run_rule("P101", text.format(p="63,1"))) == 1


def test_the_done_count_changed_above_its_total() -> None:
    text = "Xảy ra 245 vụ, giảm 12 vụ so với cùng kỳ. Đã điều tra làm rõ {d} vụ, đạt 89,0%."
    assert run_rule("P101", text.format(d="218")) == []
    assert len(run_rule("P101", text.format(d="248"))) == 1


SHARES = [
    # the whole named "Tổng số" in the clause before, the share ending its clause
    "Tổng số cơ sở được kiểm tra là 238 cơ sở; số cơ sở đạt yêu cầu 207 cơ sở, chiếm {p}%; "
    "số cơ sở vi phạm 31 cơ sở.",
    # the share naming the whole's unit after "số"
    "Đoàn đã kiểm tra 164 vụ, phát hiện và xử lý 131 vụ vi phạm, chiếm {p}% số vụ kiểm tra.",
    # people counted as "lao động", then as "người"
    "Năm 2024 giải quyết việc làm cho 4.120 lao động, trong đó đưa 1.386 người đi làm việc ở "
    "nước ngoài, chiếm {p}% số lao động được giải quyết việc làm.",
    # the share in parentheses
    "Tiếp nhận 486 lượt khiếu nại, trong đó lĩnh vực đất đai 352 lượt (chiếm {p}%).",
]
SHARE_RIGHT = ("87,0", "79,9", "33,6", "72,4")


@pytest.mark.parametrize(("shape", "right"), list(zip(SHARES, SHARE_RIGHT, strict=True)))
def test_share_of_a_whole_stated_before(shape: str, right: str) -> None:
    assert run_rule("P101", shape.format(p=right)) == []
    wrong = right[0] + str((int(right[1]) + 5) % 10) + right[2:]
    found = run_rule("P101", shape.format(p=wrong))
    assert len(found) == 1
    assert found[0].suggestion is not None and right in found[0].suggestion.vi


@pytest.mark.parametrize(
    "text",
    [
        # a share of another whole: the figures are far from any reading
        "Toàn huyện có 2.145 hộ tham gia mô hình; 412 hộ nghèo, chiếm 5,2%.",
        # the share names another unit than the figure's
        "Kiểm tra 1.245 tổ chức, cá nhân; phát hiện 312 tổ chức, cá nhân vi phạm, chiếm 25,1% "
        "số hộ kinh doanh.",
        # two wholes of the unit before
        "Có 612 cơ sở sản xuất và 418 cơ sở kinh doanh; 186 cơ sở đạt chuẩn, chiếm 30,4%.",
    ],
)
def test_unclear_shares_are_not_read(text: str) -> None:
    assert run_rule("P101", text) == []
