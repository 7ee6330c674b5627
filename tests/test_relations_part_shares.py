"""Shares stated after the parts of a breakdown (lint/relations/part_shares.py), through P101."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

SHAPES = [
    "Diện tích tự nhiên của xã là 2.480,6 ha, gồm: đất nông nghiệp 1.736,4 ha (chiếm {p}%); "
    "đất phi nông nghiệp 702,5 ha (chiếm 28,32%); đất chưa sử dụng 41,7 ha (chiếm 1,68%).",
    "Giá trị sản xuất ước đạt 2.318,4 tỷ đồng. Cơ cấu giá trị sản xuất gồm: nông nghiệp 1.622,9 "
    "tỷ đồng, chiếm {p}%; dịch vụ 695,5 tỷ đồng, chiếm 30,00%.",
    "Tổng số lao động 12.460 người, trong đó lao động nông nghiệp 8.722 người, chiếm tỷ lệ {p}%.",
]


@pytest.mark.parametrize("shape", SHAPES)
def test_share_after_each_part(shape: str) -> None:
    assert run_rule("P101", shape.format(p="70,00")) == []
    found = run_rule("P101", shape.format(p="76,00"))
    assert len(found) == 1
    assert found[0].suggestion is not None and "70" in found[0].suggestion.vi


@pytest.mark.parametrize(
    "text",
    [
        # a rate of the part's own population, not its share of the total
        "Số hộ nghèo giảm từ 86 hộ (tỷ lệ 2,45%) xuống còn 61 hộ (tỷ lệ 1,72%), giảm 25 hộ.",
        # the share names a base of its own
        "Tiếp nhận 2.583 hồ sơ, trong đó trực tuyến 210 hồ sơ, chiếm tỷ lệ 58,99% (trong tổng "
        "số 356 hồ sơ đủ điều kiện).",
        # a share of the plan, not of the total
        "Tổng vốn 500 tỷ đồng, gồm: vốn tỉnh 300 tỷ đồng, đạt 95%; vốn huyện 200 tỷ đồng, đạt 80%.",
    ],
)
def test_percentages_after_parts_that_are_not_their_shares(text: str) -> None:
    assert run_rule("P101", text) == []


def test_two_bare_shares_one_a_slip_of_its_percentage() -> None:
    text = (
        "Tổng số công chức là 512 người (nam 301 người, nữ 211 người), bình quân 20,5 người/xã. "
        "Về trình độ chuyên môn: đại học trở lên 463 người ({a}%); cao đẳng, trung cấp 49 người "
        "(9,6%)."
    )
    assert run_rule("P101", text.format(a="90,4")) == []
    (found,) = run_rule("P101", text.format(a="96,4"))
    assert found.suggestion is not None and "90,4" in found.suggestion.vi


def test_bare_shares_beside_one_said_in_words() -> None:
    text = (
        "### II. Thu Quỹ\n\nTổng thu Quỹ năm 2024 đạt 12.500,0 triệu đồng. Chi tiết theo nguồn "
        "thu:\n\n"
        "1. Thu từ các tổ chức kinh tế: 5.625,0 triệu đồng, chiếm 45,0% tổng thu;\n"
        "2. Thu từ cán bộ, công chức: 3.750,0 triệu đồng ({a}%);\n"
        "3. Thu từ người lao động khác: 2.500,0 triệu đồng (20,0%);\n"
        "4. Lãi tiền gửi ngân hàng: 625,0 triệu đồng (5,0%).\n"
    )
    assert run_rule("P101", text.format(a="30,0")) == []
    (found,) = run_rule("P101", text.format(a="38,0"))
    assert found.suggestion is not None and "30,0" in found.suggestion.vi


def test_shares_named_before_their_parts() -> None:
    text = (
        "Tổng kinh phí hỗ trợ là 612.480.000 đồng, trong đó:\n"
        "- Ngân sách tỉnh hỗ trợ 60%: {a} đồng;\n"
        "- Ngân sách huyện đảm bảo 40%: 244.992.000 đồng.\n"
    )
    assert run_rule("P101", text.format(a="367.488.000")) == []
    (found,) = run_rule("P101", text.format(a="347.488.000"))
    assert found.suggestion is not None and "367.488.000" in found.suggestion.vi
