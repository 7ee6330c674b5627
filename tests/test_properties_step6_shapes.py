"""Generated paragraphs of the sixth step's shapes: lists closed by "tổng cộng", a change and its
rate with last year's value after the rate, what was done with its rate and what remains, and
averages per month over the months the paragraph names.  Consistent raises nothing; the
leading digit of one figure changed is caught at a figure the finding names."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.ruleset import all_rules
from tests.test_properties_prose_shapes import Writer, edited

EXAMPLES = settings(max_examples=25, deadline=None)
RULES = list(all_rules())


def check(text: str) -> list[Diagnostic]:
    return check_text(text, RULES, "report.md")


def caught(writer: Writer, which: int, new: str) -> None:
    """The paragraph with the ``which``-th figure printed ``new`` has a finding at it."""
    changed = writer.figures[which]
    broken = writer.text[: changed.start] + new + writer.text[changed.start + len(changed.text) :]
    found = [f for f in check(broken) if f.severity.value != "info"]
    spans = [(sp.start, sp.end) for f in found for sp in (f.span, *(r.span for r in f.related))]
    assert any(
        s <= changed.start < e or changed.start <= s < changed.start + len(new) for s, e in spans
    ), (broken, [f.message.en for f in found])


def leading_digit(writer: Writer, which: int) -> str:
    """The ``which``-th figure with its first digit changed (d → d + 1, 9 → 8)."""
    new = edited(writer.figures[which], 0)
    assume(new is not None)
    assert new is not None
    return new


def rounded(value: Fraction, decimals: int) -> str:
    return format_vi(Fraction(round(value * 10**decimals), 10**decimals), decimals)


@EXAMPLES
@given(
    parts=st.lists(st.integers(min_value=120, max_value=4_000), min_size=2, max_size=4),
    data=st.data(),
)
def test_list_closed_by_its_total(parts: list[int], data: st.DataObject) -> None:
    writer = Writer().words("Kinh phí hỗ trợ: ")
    names = ["xã An Hòa", "xã Bình Minh", "xã Tân Phú", "xã Long Hựu"]
    for index, (name, part) in enumerate(zip(names, parts, strict=False)):
        writer.words(("" if index == 0 else ", ") + f"{name} ").figure(format_vi(part, 0))
        writer.words(" triệu đồng")
    writer.words("; tổng cộng ").figure(format_vi(sum(parts), 0)).words(" triệu đồng.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, len(parts)))
    caught(writer, which, leading_digit(writer, which))


@EXAMPLES
@given(
    base=st.integers(min_value=1_000, max_value=3_000),
    change=st.integers(min_value=100, max_value=900),
    data=st.data(),
)
def test_change_and_rate_with_last_years_value_after(
    base: int, change: int, data: st.DataObject
) -> None:
    rate = rounded(Fraction(change * 100, base), 2)
    writer = Writer().words("Số hộ tham gia tăng ").figure(format_vi(change, 0))
    writer.words(" hộ, tương ứng tăng ").figure(rate).words("% so với năm 2024 (")
    writer.figure(format_vi(base, 0)).words(" hộ).")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.sampled_from([0, 2]))
    caught(writer, which, leading_digit(writer, which))


@EXAMPLES
@given(
    done=st.integers(min_value=120, max_value=900),
    rest=st.integers(min_value=11, max_value=99),
    data=st.data(),
)
def test_done_its_rate_and_what_remains(done: int, rest: int, data: st.DataObject) -> None:
    rate = rounded(Fraction(done * 100, done + rest), 2)
    writer = Writer().words("Đã giải quyết dứt điểm ").figure(format_vi(done, 0))
    writer.words(" đơn, đạt ").figure(rate).words("%; còn ").figure(format_vi(rest, 0))
    writer.words(" đơn đang xác minh.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    new = leading_digit(writer, which)
    if which == 1:
        assume(Fraction(new.replace(",", ".")) < 100)
    caught(writer, which, new)


@EXAMPLES
@given(
    months=st.integers(min_value=2, max_value=11),
    average=st.integers(min_value=1_000, max_value=90_000),
    data=st.data(),
)
def test_average_per_month(months: int, average: int, data: st.DataObject) -> None:
    total = Fraction(average * months, 10)
    writer = Writer().words(f"Lũy kế {months} tháng doanh thu ước đạt ")
    writer.figure(format_vi(total, 1)).words(" tỷ đồng; bình quân mỗi tháng đạt ")
    writer.figure(format_vi(Fraction(average, 10), 1)).words(" tỷ đồng.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 1))
    caught(writer, which, leading_digit(writer, which))
