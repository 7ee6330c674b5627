"""Counts written in words in prose ("ba xã", "hai công trình") are quantities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numbers.quantity import QuantityKind
from lint.numbers.words import number_words
from tests.conftest import quantities, run_rule


def test_counts_in_words_are_read() -> None:
    text = (
        "Huyện có ba xã đạt chuẩn nông thôn mới; trường có mười hai học sinh đạt giải; "
        "Hai công trình đã hoàn thành; ba mươi tư hộ được hỗ trợ.\n"
    )
    found = [(q.text, q.value, q.unit, q.kind) for q in quantities(text)]
    assert found == [
        ("ba xã", 3, "xã", QuantityKind.COUNT),
        ("mười hai học sinh", 12, "học sinh", QuantityKind.COUNT),
        ("Hai công trình", 2, "công trình", QuantityKind.COUNT),
        ("ba mươi tư hộ", 34, "hộ", QuantityKind.COUNT),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Một số xã còn khó khăn.",
        "Một trong những nhiệm vụ trọng tâm.",
        "Hai bên đã thống nhất phương án.",
        "Thực hiện phong trào ba cùng với nhân dân.",
        "Năm 2024 là năm bản lề.",
        "Thứ hai, về công tác cải cách hành chính.",
        "Trong tháng Ba, lớp Ba xã đã tổ chức.",
        "Một là, tăng cường công tác chỉ đạo. Hai là, đẩy mạnh tuyên truyền.",
        "Mười phân vẹn mười.",
        "Hai mươi năm qua, tăng trưởng đạt hai con số.",
        "năm xã của huyện",
        "Chi hai triệu đồng cho người dân.",
    ],
)
def test_idioms_and_names_are_not_counts(text: str) -> None:
    assert quantities(text + "\n") == []


def test_word_counts_take_part_in_breakdowns() -> None:
    good = (
        "Năm 2024 bố trí vốn cho 6 công trình, trong đó hai công trình chuyển tiếp "
        "và bốn công trình khởi công mới.\n"
    )
    assert run_rule("S101", good) == [] and run_rule("S102", good) == []
    bad = good.replace("6 công trình", "5 công trình")
    found = run_rule("S101", bad) + run_rule("S102", bad)
    assert len(found) == 1
    assert any("2 + 4 = 6" in note.vi for note in found[0].notes)


def test_word_counts_in_an_exhaustive_breakdown() -> None:
    good = "Toàn huyện có 5 xã, gồm: hai xã đồng bằng và ba xã miền núi.\n"
    assert run_rule("S101", good) == []
    found = run_rule("S101", good.replace("5 xã", "6 xã"))
    assert len(found) == 1
    assert any("2 + 3 = 5" in note.vi for note in found[0].notes)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=99), st.integers(min_value=2, max_value=99))
def test_generated_breakdowns_in_words(first: int, second: int) -> None:
    total = first + second
    text = (
        f"Toàn tỉnh có {total} xã, gồm: {number_words(first)} xã đồng bằng và "
        f"{number_words(second)} xã miền núi.\n"
    )
    if "năm" in (number_words(first), number_words(second)):
        return  # a lone "năm" is never read as five
    assert run_rule("S101", text) == []
    found = run_rule("S101", text.replace(f"có {total} xã", f"có {total + 1} xã"))
    assert len(found) == 1
    assert any(f"{first} + {second} = {total}" in note.vi for note in found[0].notes)


def test_word_counts_announce_enumerations() -> None:
    text = "Huyện triển khai {} dự án trọng điểm gồm: (1) Dự án giao thông; (2) Dự án trường học.\n"
    assert run_rule("H103", text.format("hai")) == []
    found = run_rule("H103", text.format("ba"))
    assert len(found) == 1
    assert any("ba dự án" in note.vi for note in found[0].notes)
