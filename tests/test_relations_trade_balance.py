"""The trade balance (lint/relations/trade_balance.py), through S101."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

SHAPES = [
    "Kim ngạch xuất khẩu ước đạt {x} triệu USD, tăng 12,4%; kim ngạch nhập khẩu đạt {m} triệu "
    "USD, tăng 8,1%; xuất siêu {b} triệu USD.",
    "Tháng 11, xuất khẩu hàng hóa đạt {x} triệu USD, nhập khẩu hàng hóa đạt {m} triệu USD. Cán "
    "cân thương mại xuất siêu {b} triệu USD.",
]


@pytest.mark.parametrize("shape", SHAPES)
def test_exports_minus_imports_is_the_surplus(shape: str) -> None:
    assert run_rule("S101", shape.format(x="1.846,3", m="1.212,7", b="633,6")) == []
    found = run_rule("S101", shape.format(x="1.846,3", m="1.212,7", b="683,6"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "1.212,7 + 683,6 = 1.896,3 ≠ 1.846,3 triệu USD"


def test_imports_minus_exports_is_the_deficit() -> None:
    text = "Xuất khẩu đạt 412,5 triệu USD; nhập khẩu đạt 530,2 triệu USD; nhập siêu {b} triệu USD."
    assert run_rule("S101", text.format(b="117,7")) == []
    assert len(run_rule("S101", text.format(b="147,7"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the total of exports and imports is not an export value
        "Tổng kim ngạch xuất nhập khẩu đạt 3.059,0 triệu USD; nhập khẩu 1.212,7 triệu USD; xuất "
        "siêu 633,6 triệu USD.",
        # a change of exports is not their value
        "Xuất khẩu tăng 120,5 triệu USD; nhập khẩu đạt 1.212,7 triệu USD; xuất siêu 633,6 triệu "
        "USD.",
    ],
)
def test_unclear_balances_are_not_read(text: str) -> None:
    assert run_rule("S101", text) == []


def test_a_year_among_the_words_before_the_value() -> None:
    text = (
        "Kim ngạch xuất khẩu năm 2024 ước đạt 1.246,8 triệu USD, tăng 9,2% so với năm 2023. "
        "Kim ngạch nhập khẩu năm 2024 ước đạt 873,5 triệu USD. Cán cân thương mại xuất siêu "
        "373,3 triệu USD."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("373,3", "393,3"))) == 1


BUDGET = (
    "Tổng thu ngân sách xã 6 tháng là 4.216,5 triệu đồng; tổng chi là 3.874,2 triệu đồng; kết dư "
    "ngân sách xã đến ngày 30/6/2024 là 342,3 triệu đồng."
)


def test_a_budgets_revenue_less_spending_is_its_balance() -> None:
    assert run_rule("S101", BUDGET) == []
    assert len(run_rule("S101", BUDGET.replace("342,3", "372,3"))) == 1
    assert len(run_rule("S101", BUDGET.replace("3.874,2", "3.844,2"))) == 1


def test_a_deficit_is_spending_less_revenue() -> None:
    text = (
        "Tổng thu ngân sách địa phương được hưởng 1.245.600 triệu đồng; tổng chi ngân sách địa "
        "phương 1.287.400 triệu đồng; bội chi ngân sách địa phương 41.800 triệu đồng."
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("41.800", "47.800"))) == 1


def test_figures_that_are_no_balance_are_not_read() -> None:
    # the balance of another pair of figures (the plan's): far from one slip of these
    other = BUDGET.replace("342,3", "1.120,6")
    assert run_rule("S101", other) == []
