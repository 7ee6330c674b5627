"""Parts named before a colon with bare figures: "Trong đó, huyện A: 500, huyện B: 700"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.engine import check_text
from lint.ruleset import rule_by_code


def codes(text: str) -> list[str]:
    rules = [rule_by_code(code) for code in ("S101", "S102")]
    return sorted(d.code for d in check_text(text, [r for r in rules if r is not None]))


@pytest.mark.parametrize(
    "text",
    [
        "Toàn tỉnh có 1.240 cán bộ. Trong đó, huyện A: 500, huyện B: 700.",
        "Tổng vốn 1.200 triệu đồng, gồm: ngân sách tỉnh: 800, ngân sách huyện: 400.",
        "Diện tích 12,5 ha, gồm: khu A: 7,5, khu B: 5,0.",
        "Có 30.953 cán_bộ , công_chức cấp xã .\nTrong đó , Bắc_Kạn : 2.405 , Cao_Bằng : 3.732 .",
    ],
)
def test_consistent_lists_raise_nothing(text: str) -> None:
    assert codes(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Toàn tỉnh có 1.240 cán bộ. Trong đó, huyện A: 500, huyện B: 900.", "S102"),
        ("Toàn tỉnh có 1.240 cán bộ. Trong đó, huyện A: 1.500, huyện B: 20.", "S102"),
        ("Tổng vốn 1.200 triệu đồng, gồm: ngân sách tỉnh: 800, ngân sách huyện: 500.", "S101"),
        ("Diện tích 12,5 ha, gồm: khu A: 7,5, khu B: 6,0.", "S101"),
    ],
)
def test_parts_beyond_the_total_are_caught(text: str, code: str) -> None:
    assert code in codes(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        # two totals of one unit: which one the parts belong to cannot be told
        "Tổng thu 100 tỷ đồng, tổng chi 80 tỷ đồng. Trong đó: xã A: 50, xã B: 60.",
        # a name holding a year is a period, not a part
        "Tổng vốn 500 tỷ đồng. Trong đó, năm 2024: 300, năm 2025: 250.",
        # words after a figure: not a bare part
        "Tổng vốn 500 tỷ đồng, gồm: vốn tỉnh: 300 đã giải ngân, vốn huyện: 250.",
        # a compound total: the unit of the bare parts is unknown
        "Tổng vốn 2 tỷ 500 triệu đồng, gồm: vốn tỉnh: 2, vốn huyện: 600.",
    ],
)
def test_what_is_not_this_shape_is_left_alone(text: str) -> None:
    assert codes(text + "\n") == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 9_999), min_size=2, max_size=6), st.data())
def test_a_changed_part_of_an_exhaustive_list_is_caught(
    parts: list[int], data: st.DataObject
) -> None:
    def vn(n: int) -> str:
        return f"{n:,}".replace(",", ".")

    def paragraph(values: list[int]) -> str:
        named = ", ".join(f"xã {chr(65 + i)}: {vn(v)}" for i, v in enumerate(values))
        return f"Toàn huyện có {vn(sum(parts))} hộ, gồm: {named}.\n"

    assert codes(paragraph(parts)) == []
    index = data.draw(st.integers(0, len(parts) - 1))
    changed = list(parts)
    changed[index] += data.draw(st.integers(1, 500))
    assert codes(paragraph(changed)) == ["S101"]
