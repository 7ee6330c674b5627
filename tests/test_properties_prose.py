"""Generated prose paragraphs: consistent raises nothing; one changed figure is caught there.

Shapes: a plan stated in parentheses (P101), last year's value in parentheses (P105), a
breakdown in parentheses joined by "và" and a remainder "còn lại" (S101), and shares of one
total forced to add up to 100 % by largest-remainder rounding (P101, P104, S101 silent).
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.numbers.format import format_vi, round_half_up
from lint.ruleset import rule_by_code

RULES = [rule for code in ("S101", "S102", "P101", "P104", "P105") if (rule := rule_by_code(code))]
EXAMPLES = settings(max_examples=25, deadline=None)


def check(text: str) -> list[Diagnostic]:
    return check_text(text, RULES, "report.md")


def marked(text: str, finding: Diagnostic) -> str:
    return text[finding.span.start : finding.span.end]


def involved(text: str, finding: Diagnostic) -> list[str]:
    """The figures a finding underlines: the one it blames first, then the related ones."""
    return [marked(text, finding)] + [text[r.span.start : r.span.end] for r in finding.related]


def bump(printed: str) -> str:
    """Change the first digit of a printed figure (a one-digit slip)."""
    digit = printed[0]
    return ("5" if digit != "5" else "7") + printed[1:]


amounts = st.integers(min_value=1_000, max_value=99_999)  # tenths of tỷ đồng


@EXAMPLES
@given(value=amounts, ratio=st.integers(min_value=3_000, max_value=9_900))
def test_plan_in_parentheses(value: int, ratio: int) -> None:
    plan = Fraction(value) * 10_000 / ratio  # value / plan = ratio / 100 %
    plan_text = format_vi(round_half_up(plan / 10, 1), 1)
    plan_value = round_half_up(plan / 10, 1)
    percent = round_half_up(Fraction(value, 10) / plan_value * 100, 1)
    value_text = format_vi(Fraction(value, 10), 1)
    text = (
        f"Thu ngân sách ước đạt {value_text} tỷ đồng, đạt {format_vi(percent, 1)}% dự toán "
        f"(dự toán năm {plan_text} tỷ đồng)."
    )
    assert check(text) == []
    wrong = format_vi(percent + 7, 1)
    text = text.replace(f"{format_vi(percent, 1)}%", f"{wrong}%")
    found = check(text)
    assert [f.code for f in found] == ["P101"]
    assert wrong in involved(text, found[0])
    assert "≠" in found[0].notes[0].vi


@EXAMPLES
@given(before=amounts, growth=st.integers(min_value=-300, max_value=600))
def test_growth_against_last_year_in_parentheses(before: int, growth: int) -> None:
    now = round_half_up(Fraction(before) * (1000 + growth) / 1000)
    if now <= 0:
        return
    rate = round_half_up((now / before - 1) * 100, 1)
    word = "tăng" if rate >= 0 else "giảm"
    text = (
        f"Doanh thu dịch vụ đạt {format_vi(now / 10, 1)} tỷ đồng, {word} "
        f"{format_vi(abs(rate), 1)}% so với cùng kỳ (cùng kỳ năm trước đạt "
        f"{format_vi(Fraction(before, 10), 1)} tỷ đồng)."
    )
    assert check(text) == []
    wrong = format_vi(abs(rate) + 5, 1)
    text = text.replace(f"{format_vi(abs(rate), 1)}%", f"{wrong}%")
    found = check(text)
    assert [f.code for f in found] == ["P105"]
    assert wrong in involved(text, found[0])


counts = st.integers(min_value=1, max_value=4_000)


@EXAMPLES
@given(a=counts, b=counts, remainder=st.booleans())
def test_breakdowns_in_the_sentence(a: int, b: int, remainder: bool) -> None:
    total = a + b
    if remainder:
        shape = "Tiếp nhận {t} hồ sơ, đã giải quyết {a} hồ sơ, còn lại {b} hồ sơ đang xử lý."
    else:
        shape = "Bố trí vốn cho {t} công trình ({a} công trình chuyển tiếp và {b} công trình mới)."
    show = lambda n: format_vi(n)  # noqa: E731
    assert check(shape.format(t=show(total), a=show(a), b=show(b))) == []
    wrong = bump(show(total))
    if Fraction(wrong.replace(".", "")) == total:
        return
    text = shape.format(t=wrong, a=show(a), b=show(b))
    found = check(text)
    assert [f.code for f in found] == ["S101"]
    assert "≠" in found[0].notes[0].vi


def largest_remainder(parts: list[int], decimals: int) -> list[Fraction]:
    """Shares in % of ``parts``, rounded so that they total exactly 100."""
    total = sum(parts)
    unit = Fraction(1, 10**decimals)
    exact = [Fraction(p * 100, total) for p in parts]
    floors = [Fraction(int(e / unit)) * unit for e in exact]
    missing = int((100 - sum(floors)) / unit)
    order = sorted(range(len(parts)), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[:missing]:
        floors[i] += unit
    return floors


@EXAMPLES
@given(parts=st.lists(st.integers(min_value=1, max_value=5_000), min_size=2, max_size=5))
def test_shares_forced_to_100(parts: list[int]) -> None:
    shares = largest_remainder(parts, 1)
    names = ["hộ nông nghiệp", "hộ kinh doanh", "hộ làm công", "hộ cán bộ", "hộ khác"]
    items = "; ".join(
        f"{name} {format_vi(p)} hộ, chiếm {format_vi(s, 1)}%"
        for name, p, s in zip(names, parts, shares, strict=False)
    )
    text = f"Toàn xã có {format_vi(sum(parts))} hộ, trong đó: {items}."
    assert check(text) == []
    # a share two units off its computed value is a mistake even when forced
    exact = Fraction(parts[0] * 100, sum(parts))
    wrong = format_vi(round_half_up(exact, 1) + Fraction(3, 10), 1)
    text = text.replace(f"chiếm {format_vi(shares[0], 1)}%", f"chiếm {wrong}%", 1)
    found = check(text)
    assert found, text
    assert any(wrong in involved(text, f) for f in found), [f.message.en for f in found]


@EXAMPLES
@given(
    before=st.integers(min_value=200, max_value=90_000),
    growth=st.integers(min_value=-400, max_value=900),
    plan=st.booleans(),
)
def test_base_in_the_sentence_before(before: int, growth: int, plan: bool) -> None:
    now = round_half_up(Fraction(before) * (1000 + growth) / 1000)
    if now <= 0:
        return
    if plan:
        percent = round_half_up(now / before * 100, 1)
        stated, wrong = format_vi(percent, 1), format_vi(percent + 4, 1)
        text = (
            f"Chỉ tiêu năm 2025 là {format_vi(before)} hộ. Đến nay số hộ tham gia đạt "
            f"{format_vi(now)} hộ, đạt {stated}% chỉ tiêu."
        )
        code = "P101"
    else:
        rate = round_half_up((now / before - 1) * 100, 1)
        word = "tăng" if rate >= 0 else "giảm"
        stated, wrong = format_vi(abs(rate), 1), format_vi(abs(rate) + 4, 1)
        text = (
            f"Cùng kỳ năm trước, số lượt khách đạt {format_vi(before)} lượt. Năm nay số lượt "
            f"khách đạt {format_vi(now)} lượt, {word} {stated}% so với cùng kỳ."
        )
        code = "P105"
    assert check(text) == []
    text = text.replace(f"{stated}%", f"{wrong}%")
    found = check(text)
    assert [f.code for f in found] == [code]
    assert wrong in involved(text, found[0])


NAMES = ["An Bình", "Tân Phú", "Hòa Lợi", "Phú Mỹ", "Long Hựu", "Bình Thạnh", "Mỹ Lệ"]


@EXAMPLES
@given(count=st.integers(min_value=2, max_value=len(NAMES)), items=st.booleans())
def test_counts_against_named_lists(count: int, items: bool) -> None:
    names = NAMES[:count]
    rules = [rule for rule in (rule_by_code("S103"),) if rule]

    def paragraph(stated: int) -> str:
        if items:
            bullets = "".join(f"- Xã {name};\n" for name in names)
            return f"# Xây dựng nông thôn mới\n\nCó {stated:02d} xã đạt chuẩn:\n\n{bullets}"
        listed = ", ".join(names[:-1]) + " và " + names[-1]
        return f"Có {stated:02d} xã đạt chuẩn, gồm các xã: {listed}."

    assert check_text(paragraph(count), rules, "report.md") == []
    text = paragraph(count + 1)
    found = check_text(text, rules, "report.md")
    assert len(found) == 1
    assert marked(text, found[0]) == f"{count + 1:02d}"
