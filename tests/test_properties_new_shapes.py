"""Generated paragraphs of the trade balance, contributions to growth in percentage points and
rates changed in percentage points: consistent raises nothing; one digit changed (not the last,
which the rounding of the printed figures may absorb) is caught at a figure the finding names."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from tests.test_properties_prose_shapes import Writer, caught, check, edited

EXAMPLES = settings(max_examples=30, deadline=None)


def not_last_digit(writer: Writer, which: int, data: st.DataObject) -> str:
    """The ``which``-th figure with one digit changed, any but its last."""
    digits = sum(c.isdigit() for c in writer.figures[which].text)
    assume(digits >= 2)
    new = edited(writer.figures[which], data.draw(st.integers(0, digits - 2)))
    assume(new is not None)
    assert new is not None
    return new


@EXAMPLES
@given(
    imports=st.integers(min_value=100, max_value=90_000),
    balance=st.integers(min_value=10, max_value=9_000),
    surplus=st.booleans(),
    data=st.data(),
)
def test_trade_balance(imports: int, balance: int, surplus: bool, data: st.DataObject) -> None:
    exports = imports + balance if surplus else imports - balance
    assume(exports > 0)
    word = "xuất siêu" if surplus else "nhập siêu"
    writer = Writer().words("Kim ngạch xuất khẩu đạt ").figure(format_vi(exports))
    writer.words(" triệu USD; kim ngạch nhập khẩu đạt ").figure(format_vi(imports))
    writer.words(f" triệu USD; {word} ").figure(format_vi(balance)).words(" triệu USD.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


SECTORS = [
    "khu vực nông, lâm nghiệp và thủy sản",
    "khu vực công nghiệp và xây dựng",
    "khu vực dịch vụ",
    "thuế sản phẩm trừ trợ cấp sản phẩm",
]


@EXAMPLES
@given(
    contributions=st.lists(st.integers(min_value=5, max_value=900), min_size=4, max_size=4),
    data=st.data(),
)
def test_contributions_to_growth(contributions: list[int], data: st.DataObject) -> None:
    total = sum(contributions)
    writer = Writer().words("GRDP năm 2025 ước tăng ").figure(format_vi(Fraction(total, 100), 2))
    writer.words("% so với năm trước, trong đó: ")
    for number, (sector, points) in enumerate(zip(SECTORS, contributions, strict=True)):
        separator = "; " if number else ""
        writer.words(f"{separator}{sector} tăng 5,00%, đóng góp ")
        writer.figure(format_vi(Fraction(points, 100), 2)).words(" điểm phần trăm")
    writer.words(".")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 4))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))


@EXAMPLES
@given(
    before=st.integers(min_value=200, max_value=9_000),
    fall=st.integers(min_value=100, max_value=5_000),
    change_first=st.booleans(),
    data=st.data(),
)
def test_rates_changed_in_percentage_points(
    before: int, fall: int, change_first: bool, data: st.DataObject
) -> None:
    assume(fall < before)
    now = before - fall
    a, b, c = (format_vi(Fraction(n, 100), 2) for n in (before, now, fall))
    writer = Writer().words("Tỷ lệ hộ nghèo ")
    if change_first:
        writer.words("giảm ").figure(c).words(" điểm phần trăm (từ ").figure(a)
        writer.words("% xuống còn ").figure(b).words("%).")
    else:
        writer.words("giảm từ ").figure(a).words("% xuống còn ").figure(b)
        writer.words("%, giảm ").figure(c).words(" điểm phần trăm.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    caught(writer, which, writer.text, not_last_digit(writer, which, data))
