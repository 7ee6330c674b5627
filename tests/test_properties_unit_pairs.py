"""Generated done/total pairs written with the unit on both sides ("3.245 tỷ đồng/4.800 tỷ
đồng, đạt 67,6%"): a consistent sentence raises nothing; a changed percentage is caught there."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.engine import check_text
from lint.numbers.format import format_vi, round_half_up
from lint.ruleset import rule_by_code

P101 = rule_by_code("P101")
UNITS = ("triệu đồng", "tỷ đồng", "nghìn tỷ đồng", "ha", "tấn")
SENTENCE = "Kết quả thực hiện đạt {done} {unit}/{total} {unit}, đạt {percent}% kế hoạch năm."


def percent_of(done: int, total: int) -> Fraction:
    return round_half_up(Fraction(done * 100, total), 1)


def sentence(done: int, total: int, unit: str, percent: Fraction) -> str:
    return SENTENCE.format(
        done=format_vi(Fraction(done)),
        total=format_vi(Fraction(total)),
        unit=unit,
        percent=format_vi(percent, 1, group=False),
    )


PAIRS = st.tuples(st.integers(10, 99_999), st.integers(10, 99_999)).filter(
    lambda pair: pair[0] <= pair[1] * 2
)
# four digits or more: the printed precision (half a unit) then moves the ratio by less than
# 0,2 points, so a shift of 2 points is beyond rounding
PRECISE_PAIRS = PAIRS.filter(lambda pair: min(pair) >= 1000)


@settings(max_examples=60, deadline=None)
@given(PAIRS, st.sampled_from(UNITS))
def test_consistent_pair_is_silent(pair: tuple[int, int], unit: str) -> None:
    assert P101 is not None
    done, total = pair
    assert check_text(sentence(done, total, unit, percent_of(done, total)), [P101]) == []


@settings(max_examples=60, deadline=None)
@given(PRECISE_PAIRS, st.sampled_from(UNITS), st.integers(2, 30), st.booleans())
def test_changed_percentage_is_caught_at_it(
    pair: tuple[int, int], unit: str, shift: int, up: bool
) -> None:
    assert P101 is not None
    done, total = pair
    right = percent_of(done, total)
    wrong = right + shift if up or right - shift <= 0 else right - shift
    text = sentence(done, total, unit, wrong)
    found = check_text(text, [P101])
    # one finding, its computation showing the stated percentage (the figure it marks is the
    # one a single mistyped digit explains best: the percentage, or a side of the pair)
    printed = format_vi(wrong, 1, group=False)
    assert len(found) == 1
    assert found[0].notes[0].vi.endswith(f"≠ {printed}%")
    assert text[found[0].span.start : found[0].span.end] in (
        printed,
        format_vi(Fraction(done)),
        format_vi(Fraction(total)),
    )


@settings(max_examples=40, deadline=None)
@given(st.integers(100, 999), st.integers(11, 99))
def test_consistent_pair_with_different_scale_words_is_silent(done: int, tenths: int) -> None:
    # "950 triệu đồng/1,2 tỷ đồng": each side keeps its own scale word
    assert P101 is not None
    total = Fraction(tenths, 10)
    percent = round_half_up(Fraction(done, tenths), 1)  # done triệu / (tenths × 100 triệu)
    text = (
        f"Đã giải ngân {done} triệu đồng/{format_vi(total, 1)} tỷ đồng, "
        f"đạt {format_vi(percent, 1, group=False)}% kế hoạch vốn."
    )
    assert check_text(text, [P101]) == []
