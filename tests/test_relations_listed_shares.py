"""Parts listed in one sentence with their shares, the whole left to their sum (P101)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from tests.conftest import run_rule

POSITIONS = (
    "Phân theo trình độ: đại học 1.284 người (52,11%), cao đẳng 652 người (26,46%), trung cấp "
    "318 người (12,91%) và sơ cấp 210 người (8,52%)."
)


def test_consistent_shares_of_listed_parts_raise_nothing() -> None:
    assert run_rule("P101", POSITIONS) == []


def test_a_changed_part_is_caught_once_at_it() -> None:
    wrong = POSITIONS.replace("652 người", "682 người")
    found = run_rule("P101", wrong)
    assert len(found) == 1
    assert wrong[found[0].span.start : found[0].span.end] == "682"
    assert "1.284 / (1.284 + 682 + 318 + 210)" in found[0].notes[0].en
    assert "652" in str(found[0].suggestion.en)


def test_a_changed_share_is_caught_at_it() -> None:
    wrong = POSITIONS.replace("12,91", "17,91")
    found = run_rule("P101", wrong)
    assert len(found) == 1
    assert wrong[found[0].span.start : found[0].span.end] == "17,91"


def test_two_complementary_kinds_and_one_share() -> None:
    text = "Về giới tính: nữ 1.356 người, chiếm 62,43%; nam 816 người."
    assert run_rule("P101", text) == []
    found = run_rule("P101", text.replace("816", "876"))
    assert len(found) == 1 and "1.356 / (1.356 + 876)" in found[0].notes[0].en


def test_shares_that_do_not_total_100_are_no_listed_whole() -> None:
    # shares of a whole stated elsewhere, some parts left out: not the parts' sum
    text = (
        "Trong đó: đại học 1.284 người (42,11%), cao đẳng 652 người (21,38%), trung cấp 318 "
        "người (10,43%)."
    )
    assert run_rule("P101", text) == []


def test_two_kinds_that_are_not_complementary_are_not_read() -> None:
    text = "Cán bộ lãnh đạo 126 người, chiếm 21,5%; chuyên viên 312 người."
    assert run_rule("P101", text) == []


def _shares(parts: list[int], decimals: int) -> list[Fraction]:
    """Shares rounded by the largest remainder, so that they total exactly 100."""
    total = sum(parts)
    unit = Fraction(1, 10**decimals)
    exact = [Fraction(p * 100, total) for p in parts]
    floors = [(e // unit) * unit for e in exact]
    left = int((100 - sum(floors)) / unit)
    order = sorted(range(len(parts)), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[:left]:
        floors[i] += unit
    return floors


def _sentence(parts: list[int], shares: list[Fraction], decimals: int) -> str:
    labels = ["nông nghiệp", "công nghiệp", "xây dựng", "dịch vụ", "thương mại"]
    items = [
        f"{label} {format_vi(Fraction(part), 0, group=True)} người ({format_vi(share, decimals)}%)"
        for label, part, share in zip(labels, parts, shares, strict=False)
    ]
    return "Phân theo ngành: " + ", ".join(items[:-1]) + " và " + items[-1] + "."


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(150, 9_999), min_size=3, max_size=5),
    st.sampled_from([1, 2]),
    st.data(),
)
def test_generated_lists_hold_and_one_changed_part_is_caught(
    parts: list[int], decimals: int, data: st.DataObject
) -> None:
    shares = _shares(parts, decimals)
    if any(share <= 0 for share in shares):
        return
    text = _sentence(parts, shares, decimals)
    assert run_rule("P101", text) == []
    # one part's leading digit changed, far beyond what rounding can hide
    pick = data.draw(st.integers(0, len(parts) - 1))
    printed = format_vi(Fraction(parts[pick]), 0, group=True)
    digit = int(printed[0])
    changed = str(digit + 1 if digit < 9 else digit - 1) + printed[1:]
    wrong = text.replace(f" {printed} người", f" {changed} người", 1)
    if (
        wrong == text
        or sum(1 for p in parts if format_vi(Fraction(p), 0, group=True) == printed) > 1
    ):
        return
    assert run_rule("P101", wrong), wrong
