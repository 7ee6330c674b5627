"""Generated paragraphs of this step's shapes: gaps to a named reference with its value in
parentheses, rates changed in percentage points with an aside or the change in parentheses,
changes against the start of the year past their rate aside, "chiếm" shares of a whole stated
before, parts carried over from last year, and footnotes ending a sentence.  Consistent raises
nothing; one digit changed (not the last, which rounding may absorb) is caught at a figure the
finding names."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from tests.test_properties_new_shapes import not_last_digit
from tests.test_properties_prose_shapes import Writer, caught, check, value

EXAMPLES = settings(max_examples=25, deadline=None)


def tenths(value: int) -> str:
    return format_vi(Fraction(value, 10), 1)


@EXAMPLES
@given(
    reference=st.integers(min_value=300, max_value=900),
    gap=st.integers(min_value=11, max_value=250),
    higher=st.booleans(),
    data=st.data(),
)
def test_gap_to_a_named_reference(
    reference: int, gap: int, higher: bool, data: st.DataObject
) -> None:
    value = reference + gap if higher else reference - gap
    assume(value > 100)
    way = "cao hơn" if higher else "thấp hơn"
    writer = Writer().words("Năng suất lúa bình quân đạt ").figure(tenths(value))
    writer.words(f" tạ/ha, {way} vụ trước ").figure(tenths(gap)).words(" tạ/ha (vụ trước đạt ")
    writer.figure(tenths(reference)).words(" tạ/ha).")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


@EXAMPLES
@given(
    earlier=st.integers(min_value=1_000, max_value=8_000),
    change=st.integers(min_value=110, max_value=1_500),
    shape=st.sampled_from(["aside", "parenthesis", "là"]),
    data=st.data(),
)
def test_rate_changed_in_points(earlier: int, change: int, shape: str, data: st.DataObject) -> None:
    later = earlier + change
    assume(later < 9_900)
    writer = Writer().words("Tỷ lệ che phủ rừng đạt ").figure(format_vi(Fraction(later, 100), 2))
    if shape == "aside":
        writer.words("% (tính trên diện tích tự nhiên 52.410 ha), tăng ")
    elif shape == "parenthesis":
        writer.words("% (tăng ")
    else:
        writer.words("%, tăng ")
    writer.figure(format_vi(Fraction(change, 100), 2)).words(" điểm phần trăm so với năm 2023 ")
    writer.words("là " if shape != "aside" else "(")
    writer.figure(format_vi(Fraction(earlier, 100), 2))
    writer.words("%)." if shape != "là" else "%.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


@EXAMPLES
@given(
    start=st.integers(min_value=1_000, max_value=90_000),
    change=st.integers(min_value=100, max_value=9_000),
    data=st.data(),
)
def test_change_against_the_start_of_the_year(start: int, change: int, data: st.DataObject) -> None:
    end = start + change
    rate = format_vi(Fraction(round(Fraction(change * 1000, start)), 10), 1)
    writer = Writer().words("Tổng dư nợ đạt ").figure(format_vi(end)).words(" tỷ đồng, tăng ")
    writer.figure(format_vi(change)).words(f" tỷ đồng (tăng {rate}%) so với đầu năm (đầu năm ")
    writer.figure(format_vi(start)).words(" tỷ đồng).")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


@EXAMPLES
@given(
    carried=st.integers(min_value=100, max_value=9_000),
    new=st.integers(min_value=100, max_value=9_000),
    data=st.data(),
)
def test_carried_over_and_new(carried: int, new: int, data: st.DataObject) -> None:
    writer = Writer().words("Tổng số việc phải thụ lý là ").figure(format_vi(carried + new))
    writer.words(" việc (năm trước chuyển sang ").figure(format_vi(carried))
    writer.words(" việc; thụ lý mới ").figure(format_vi(new)).words(" việc).")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


@EXAMPLES
@given(
    parts=st.lists(st.integers(min_value=1_000, max_value=40_000), min_size=3, max_size=3),
    data=st.data(),
)
def test_footnote_ending_a_sentence(parts: list[int], data: st.DataObject) -> None:
    total = sum(parts)
    writer = Writer().words("Tổng vốn đầu tư toàn xã hội ước đạt ").figure(format_vi(total))
    writer.words(" tỷ đồng (chưa gồm vốn tín dụng ưu đãi)<sup>2</sup>.\n\n---\n\n")
    writer.words("<sup>2</sup> Gồm: vốn khu vực nhà nước ").figure(format_vi(parts[0]))
    writer.words(" tỷ đồng; vốn khu vực ngoài nhà nước ").figure(format_vi(parts[1]))
    writer.words(" tỷ đồng; vốn đầu tư trực tiếp nước ngoài ").figure(format_vi(parts[2]))
    writer.words(" tỷ đồng.\n")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 3))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


@EXAMPLES
@given(
    whole=st.integers(min_value=120, max_value=9_000),
    share=st.integers(min_value=10, max_value=990),
    data=st.data(),
)
def test_share_of_a_whole_named_before(whole: int, share: int, data: st.DataObject) -> None:
    part = whole * share // 1000
    assume(part >= 10)
    rate = format_vi(Fraction(round(Fraction(part * 1000, whole)), 10), 1)
    writer = Writer().words("Tổng số cơ sở được kiểm tra là ").figure(format_vi(whole))
    writer.words(" cơ sở; số cơ sở đạt yêu cầu ").figure(format_vi(part))
    writer.words(" cơ sở, chiếm ").figure(rate).words("%.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    new = not_last_digit(writer, which, data)
    figures = [whole, part, Fraction(round(Fraction(part * 1000, whole)), 10)]
    figures[which] = value(new)
    assume(figures[1] < figures[0])  # a part above its whole reads otherwise
    # the change must break the share beyond the rounding of the printed figures
    assume(abs(Fraction(figures[1] * 100) / figures[0] - figures[2]) > Fraction(1, 10))
    caught(writer, which, writer.text, new)
