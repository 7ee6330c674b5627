"""Generated paragraphs of the prose shapes of ``share_lists``, ``multiples`` and
``table_counts``: consistent raises nothing; one digit changed beyond rounding is caught at a
figure the finding names.

Shapes: shares of one whole in the sentence or item before, one part per sentence or ``-``
item (rounded, or forced to total 100 by largest remainder); ``gấp N lần năm YYYY (B)`` and
``tăng từ A lên B, gấp N lần``; ``tăng thêm C`` against the year before; a count introducing
the table that lists it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.numbers.format import format_vi, round_half_up
from lint.ruleset import rule_by_code

CODES = ("S101", "S102", "S103", "P101", "P104", "P105")
RULES = [rule for code in CODES if (rule := rule_by_code(code))]
EXAMPLES = settings(max_examples=30, deadline=None)


def check(text: str) -> list[Diagnostic]:
    return check_text(text, RULES, "report.md")


@dataclass
class Printed:
    """A figure of the generated text: where it starts and how it is printed."""

    start: int
    text: str


class Writer:
    """Builds a paragraph and remembers where each figure is printed."""

    def __init__(self) -> None:
        self.text = ""
        self.figures: list[Printed] = []

    def words(self, text: str) -> Writer:
        self.text += text
        return self

    def figure(self, printed: str) -> Writer:
        self.figures.append(Printed(len(self.text), printed))
        self.text += printed
        return self


def edited(figure: Printed, position: int) -> str | None:
    """The figure with its ``position``-th digit (mod their number) changed: d → d + 1, 9 → 8;
    None when that makes a leading zero."""
    digits = [i for i, c in enumerate(figure.text) if c.isdigit()]
    index = digits[position % len(digits)]
    old = figure.text[index]
    new = "8" if old == "9" else str(int(old) + 1)
    text = figure.text[:index] + new + figure.text[index + 1 :]
    if text[0] == "0" and len(digits) > 1 and text[1].isdigit():
        return None
    return text


def value(printed: str) -> Fraction:
    return Fraction(printed.replace(".", "").replace(",", "."))


def caught(writer: Writer, which: int, text: str, new: str) -> None:
    changed = writer.figures[which]
    broken = writer.text[: changed.start] + new + writer.text[changed.start + len(changed.text) :]
    found = check(broken)
    spans = [
        (span.start, span.end) for f in found for span in (f.span, *(r.span for r in f.related))
    ]
    assert any(
        s <= changed.start < e or changed.start <= s < changed.start + len(new) for s, e in spans
    ), (
        broken,
        [f.message.en for f in found],
    )


def largest_remainder(parts: list[int], decimals: int) -> list[Fraction]:
    total = sum(parts)
    unit = Fraction(1, 10**decimals)
    exact = [Fraction(p * 100, total) for p in parts]
    floors = [Fraction(int(e / unit)) * unit for e in exact]
    missing = int((100 - sum(floors)) / unit)
    order = sorted(range(len(parts)), key=lambda i: exact[i] - floors[i], reverse=True)
    for i in order[:missing]:
        floors[i] += unit
    return floors


LABELS = ["Hộ nông nghiệp", "Hộ kinh doanh", "Hộ làm công", "Hộ cán bộ", "Hộ khác"]


def shares_paragraph(parts: list[int], extra: int, forced: bool, items: bool) -> Writer:
    whole = sum(parts) + extra  # extra > 0: the parts are only some of the whole
    if forced:
        shares = largest_remainder(parts, 1)
    else:
        shares = [round_half_up(Fraction(p * 100, whole), 1) for p in parts]
    writer = Writer().words("Toàn xã có ").figure(format_vi(whole)).words(" hộ")
    writer.words(", cụ thể:\n\n" if items else ". ")
    for index, (label, part, share) in enumerate(zip(LABELS, parts, shares, strict=False)):
        last = index == len(parts) - 1
        writer.words(f"- {label}: " if items else f"{label} ").figure(format_vi(part))
        writer.words(" hộ, chiếm ").figure(format_vi(share, 1)).words("%")
        writer.words(("." if last else ";") + "\n" if items else ". ")
    return writer


@EXAMPLES
@given(
    parts=st.lists(st.integers(min_value=1, max_value=5_000), min_size=2, max_size=5),
    extra=st.integers(min_value=0, max_value=3_000),
    items=st.booleans(),
    data=st.data(),
)
def test_listed_shares(parts: list[int], extra: int, items: bool, data: st.DataObject) -> None:
    forced = extra == 0 and data.draw(st.booleans())
    writer = shares_paragraph(parts, extra, forced, items)
    assume(all(value(f.text) > 0 for f in writer.figures))  # a 0 % share is not read
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, len(writer.figures) - 1))
    new = edited(writer.figures[which], data.draw(st.integers(0, 9)))
    assume(new is not None)
    assert new is not None
    figures = [value(f.text) for f in writer.figures]
    figures[which] = value(new)
    whole, rest = figures[0], figures[1:]
    counts, percents = rest[0::2], rest[1::2]
    assume(all(count <= whole for count in counts))  # else that figure is no whole: not read
    ulp = Fraction(1, 10)
    # beyond rounding (−ulp/2, +ulp for truncation) and the forced slack (±ulp) of any share
    assume(any(abs(c * 100 / whole - p) > 3 * ulp for c, p in zip(counts, percents, strict=True)))
    caught(writer, which, writer.text, new)


@EXAMPLES
@given(
    base=st.integers(min_value=100, max_value=9_999),
    times=st.integers(min_value=12, max_value=95),
    from_to=st.booleans(),
    data=st.data(),
)
def test_multiples(base: int, times: int, from_to: bool, data: st.DataObject) -> None:
    now = round_half_up(Fraction(base * times, 10))  # tenths of tỷ đồng
    stated = round_half_up(Fraction(now) / base, 1)
    b, v, n = (
        format_vi(Fraction(base, 10), 1),
        format_vi(Fraction(now, 10), 1),
        format_vi(stated, 1),
    )
    writer = Writer()
    if from_to:
        writer.words("Doanh thu tăng từ ").figure(b).words(" tỷ đồng năm 2020 lên ").figure(v)
        writer.words(" tỷ đồng năm 2025, gấp ").figure(n).words(" lần.")
    else:
        writer.words("Doanh thu năm 2025 đạt ").figure(v).words(" tỷ đồng, gấp ").figure(n)
        writer.words(" lần năm 2020 (").figure(b).words(" tỷ đồng).")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    new = edited(writer.figures[which], data.draw(st.integers(0, 9)))
    assume(new is not None)
    assert new is not None
    figures = {f.text: value(f.text) for f in writer.figures}
    named = [b, v, n] if from_to else [v, n, b]
    values = [figures[t] for t in named]
    values[named.index(writer.figures[which].text)] = value(new)
    base_v, now_v, times_v = (
        (values[0], values[1], values[2]) if from_to else (values[2], values[0], values[1])
    )
    half = Fraction(1, 20)
    assume(base_v - half > 0)
    low, high = (now_v - half) / (base_v + half), (now_v + half) / (base_v - half)
    assume(high < times_v - 2 * half or low > times_v + 2 * half)
    caught(writer, which, writer.text, new)


@EXAMPLES
@given(
    before=st.integers(min_value=10, max_value=9_000),
    change=st.integers(min_value=1, max_value=900),
    rise=st.booleans(),
    data=st.data(),
)
def test_increments(before: int, change: int, rise: bool, data: st.DataObject) -> None:
    assume(rise or change < before)
    now = before + change if rise else before - change
    word = "tăng thêm" if rise else "giảm"
    writer = Writer().words("Năm 2024 toàn tỉnh có ").figure(format_vi(before))
    writer.words(" hợp tác xã. Năm 2025 có ").figure(format_vi(now))
    writer.words(f" hợp tác xã, {word} ").figure(format_vi(change)).words(" hợp tác xã.")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    new = edited(writer.figures[which], data.draw(st.integers(0, 9)))
    assume(new is not None)
    assert new is not None
    caught(writer, which, writer.text, new)


UNITS = ["Sở Y tế", "Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Công Thương"]


@EXAMPLES
@given(rows=st.integers(min_value=2, max_value=len(UNITS)), total=st.booleans(), data=st.data())
def test_count_introducing_a_table(rows: int, total: bool, data: st.DataObject) -> None:
    writer = Writer().words("Năm 2025 giao vốn cho ").figure(f"{rows:02d}")
    writer.words(" đơn vị, chi tiết theo bảng sau:\n\n| STT | Tên đơn vị | Vốn (triệu đồng) |\n")
    writer.words("|---|---|---|\n")
    for index, name in enumerate(UNITS[:rows], start=1):
        writer.words(f"| {index} | {name} | {index * 100} |\n")
    if total:
        writer.words(f"| | Tổng cộng | {sum(i * 100 for i in range(1, rows + 1))} |\n")
    assert check(writer.text) == [], writer.text
    new = edited(writer.figures[0], data.draw(st.integers(0, 1)))
    assume(new is not None and int(new) != rows)
    assert new is not None
    caught(writer, 0, writer.text, new)


@EXAMPLES
@given(
    before=st.integers(min_value=1_000, max_value=99_999),
    growth=st.integers(min_value=-300, max_value=600),
    index=st.booleans(),
    data=st.data(),
)
def test_growth_against_a_value_stated_elsewhere(
    before: int, growth: int, index: bool, data: st.DataObject
) -> None:
    now = round_half_up(Fraction(before) * (1000 + growth) / 1000)
    assume(now > 0)
    ratio = Fraction(now, before) * 100
    if index:
        stated, word = round_half_up(ratio, 1), "bằng"
    else:
        stated = round_half_up(abs(ratio - 100), 1)
        word = "tăng" if ratio >= 100 else "giảm"
    writer = Writer().words("# I. Kết quả 6 tháng đầu năm 2025\n\nDoanh thu dịch vụ đạt ")
    writer.figure(format_vi(Fraction(now, 10), 1)).words(f" tỷ đồng, {word} ")
    writer.figure(format_vi(stated, 1)).words("% so với cùng kỳ.\n\n# II. Số liệu so sánh\n\n")
    writer.words("Cùng kỳ năm trước, doanh thu dịch vụ đạt ")
    writer.figure(format_vi(Fraction(before, 10), 1)).words(" tỷ đồng.\n")
    assert check(writer.text) == [], writer.text
    which = data.draw(st.integers(0, 2))
    new = edited(writer.figures[which], data.draw(st.integers(0, 9)))
    assume(new is not None)
    assert new is not None
    values = [value(f.text) for f in writer.figures]
    values[which] = value(new)
    now_v, stated_v, before_v = values
    half = Fraction(1, 20)
    low, high = (now_v - half) / (before_v + half) * 100, (now_v + half) / (before_v - half) * 100
    if not index:
        low, high = (low - 100, high - 100) if word == "tăng" else (100 - high, 100 - low)
    assume(high < stated_v - 2 * half or low > stated_v + 2 * half)
    caught(writer, which, writer.text, new)
