"""Readings of figures written in another style than the report's: English thousands commas,
a decimal point after a lone 0."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import quantities


def test_a_thousands_group_after_a_lone_zero_is_a_decimal_point() -> None:
    (amount,) = quantities("Doanh thu đạt 0.700 triệu đồng.\n")
    assert amount.value == 700_000 and "dot-decimal" in amount.flags
    (phone,) = quantities("Số điện thoại 0.913.456.789.\n")
    assert phone.value == 913_456_789  # several groups: not a decimal


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=10**6, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_english_thousands_commas_read_as_thousands(value: int, cents: int) -> None:
    english = f"{value:,}"
    (count,) = quantities(f"Dân số đạt {english} người.\n")
    assert count.value == value and "comma-thousands" in count.flags
    (amount,) = quantities(f"Doanh thu {english}.{cents:02d} USD.\n")
    assert amount.value == value + Fraction(cents, 100)
