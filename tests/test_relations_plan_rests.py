"""What remains of a plan stated beside the result (lint/relations/plan_rests.py), through S101."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

SHAPES = [
    "Thu ngân sách 6 tháng đạt 2.184,5 tỷ đồng, đạt 42,0% dự toán (dự toán năm 5.201,2 tỷ "
    "đồng); số còn lại phải thu trong 6 tháng cuối năm là {r} tỷ đồng.",
    "Đã giải ngân 834,5 tỷ đồng, đạt 67,0% kế hoạch (kế hoạch 1.245,5 tỷ đồng), còn lại {r} tỷ "
    "đồng chưa giải ngân.",
]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_rest_of_the_plan(shape: str) -> None:
    right = "3.016,7" if "5.201,2" in shape else "411,0"
    wrong = "3.046,7" if "5.201,2" in shape else "441,0"
    assert run_rule("S101", shape.format(r=right)) == []
    found = run_rule("S101", shape.format(r=wrong))
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the rest of another indicator
        "Đã giải ngân 834,5 tỷ đồng, đạt 67,0% kế hoạch (kế hoạch 1.245,5 tỷ đồng); vốn ODA còn "
        "lại 120,0 tỷ đồng.",
        # a new sentence: not read
        "Đã giải ngân 834,5 tỷ đồng, đạt 67,0% kế hoạch (kế hoạch 1.245,5 tỷ đồng). Còn lại "
        "120,0 tỷ đồng là vốn năm trước chuyển sang.",
    ],
)
def test_figures_that_are_not_the_rest(text: str) -> None:
    assert run_rule("S101", text) == []
