"""Counts against the items that follow them: children of an outline part, ";" pieces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import run_rule

EXAMPLES = settings(max_examples=15, deadline=None)

PLANS = [
    "Đề án phát triển giao thông nông thôn giai đoạn 2021-2025 của tỉnh: 12.000 triệu đồng.",
    "Đề án nâng cấp trạm y tế xã vùng sâu, vùng xa trên địa bàn tỉnh: 8.500 triệu đồng.",
    "Đề án kiên cố hóa trường lớp học mầm non và tiểu học: 9.300 triệu đồng.",
    "Đề án hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo: 4.100 triệu đồng.",
]


def decision(count: str, items: int) -> str:
    body = "\n\n".join(f"- {plan}" for plan in PLANS[:items])
    return (
        "# QUYẾT ĐỊNH\n\n"
        f"Điều 1. Phân bổ kế hoạch vốn năm 2024 để thực hiện {count} Đề án sau:\n\n{body}\n\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )


def test_count_matching_the_children_passes() -> None:
    assert run_rule("S103", decision("02", 2)) == []
    assert run_rule("S103", decision("04", 4)) == []


def test_count_not_matching_the_children_is_caught_at_the_count() -> None:
    text = decision("03", 2)
    found = run_rule("S103", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "03"
    assert "03 Đề án" in found[0].message.en


def test_children_not_opening_with_the_noun_are_not_counted() -> None:
    text = decision("03", 2).replace("- Đề án", "- Hỗ trợ")
    assert run_rule("S103", text) == []


def test_some_of_them_are_not_counted() -> None:
    text = decision("03", 2).replace("03 Đề án sau:", "03 Đề án, trong đó:")
    assert run_rule("S103", text) == []


SEMICOLONS = (
    "Chương trình gồm 1.200 tiết học, tổ chức theo {n} khối kiến thức: lý luận cơ bản; "
    "đường lối của Đảng; khoa học lãnh đạo, quản lý; các chuyên đề bổ trợ."
)


def test_semicolon_pieces_after_a_colon() -> None:
    assert run_rule("S103", SEMICOLONS.format(n=4)) == []
    found = run_rule("S103", SEMICOLONS.format(n=5))
    assert len(found) == 1
    assert "5 khối kiến thức" in found[0].message.en


def test_an_open_list_is_not_counted() -> None:
    text = SEMICOLONS.format(n=5).replace("bổ trợ.", "bổ trợ, v.v.")
    assert run_rule("S103", text) == []


@EXAMPLES
@given(items=st.integers(min_value=2, max_value=4), stated=st.integers(min_value=2, max_value=9))
def test_any_count_against_its_children(items: int, stated: int) -> None:
    found = run_rule("S103", decision(f"{stated:02d}", items))
    assert len(found) == (0 if stated == items else 1)
