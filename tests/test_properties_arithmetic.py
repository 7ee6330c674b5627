"""Property tests: consistent synthetic paragraphs pass; a one-digit edit is found and localised.

Paragraphs are generated in the phrasings the S1xx/P1xx rules read (parenthesised and ``gồm``
breakdowns, ``A/B hồ sơ, đạt X%``, ``tăng N (+X%)``, ``trong đó: a …, chiếm tỷ lệ p%; b …,
chiếm tỷ lệ q%``), with figures written the Vietnamese way.  Measured on 120 seeded one-digit
edits: the suggestion names the original value (unambiguously) in 68 %, and lists it among
equally good alternatives in 90 % (a lone sum is honestly ambiguous between its figures).  Whether an edit breaks its relation is decided here independently of ``lint.arithmetic``
(plain Fractions on the printed precision).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.numbers.format import format_vi
from lint.ruleset import rule_by_code

CODES = ("S101", "S102", "S103", "P101", "P102", "P103", "P104")
RULES = [rule_by_code(code) for code in CODES]
# consistent text must not trouble the cross-check rules either (when installed)
QUIET = [rule for rule in (rule_by_code(c) for c in (*CODES, "C101", "C102")) if rule is not None]
LABELS = ("Trung ương", "tỉnh", "huyện", "xã")


@dataclass
class Figure:
    text: str
    decimals: int
    start: int = 0


@dataclass
class Relation:
    kind: str  # sum | ratio | share | change
    figures: list[Figure]
    direction: int = 1
    exact: bool = False  # counts: the figures are exact


class Source:
    """Where a paragraph's random choices come from (Hypothesis, or a seeded generator)."""

    def __init__(self, draw: st.DrawFn | None = None, rng: random.Random | None = None) -> None:
        self.draw, self.rng = draw, rng

    def integer(self, low: int, high: int) -> int:
        if self.draw is not None:
            return self.draw(st.integers(low, high))
        assert self.rng is not None
        return self.rng.randint(low, high)

    def boolean(self) -> bool:
        return self.integer(0, 1) == 1

    def choice(self, options: tuple[int, ...]) -> int:
        return options[self.integer(0, len(options) - 1)]


@dataclass
class Paragraph:
    text: str = ""
    relations: list[Relation] = field(default_factory=list)

    def add(self, *pieces: str | Figure) -> list[Figure]:
        figures = []
        for piece in pieces:
            if isinstance(piece, Figure):
                piece.start = len(self.text)
                self.text += piece.text
                figures.append(piece)
            else:
                self.text += piece
        return figures


def number(value: Fraction, decimals: int) -> Figure:
    return Figure(format_vi(value, decimals), decimals)


def truncate(value: Fraction, decimals: int) -> Fraction:
    scaled = value * 10**decimals
    return Fraction(scaled.numerator // scaled.denominator, 10**decimals)


def build(source: Source) -> Paragraph:
    paragraph = Paragraph()
    # an exhaustive breakdown, parenthesised or with "gồm"
    decimals = source.integer(0, 2)
    unit = "hộ" if decimals == 0 and source.boolean() else "triệu đồng"
    count = source.integer(2, 4)
    parts = [Fraction(source.integer(1, 99_999), 10**decimals) for _ in range(count)]
    total = sum(parts, Fraction(0))
    figures = paragraph.add("Tổng kinh phí hỗ trợ ", number(total, decimals), f" {unit}")
    if source.boolean():
        paragraph.add(" (")
        for index, part in enumerate(parts):
            separator = "; " if index else ""
            figures += paragraph.add(
                f"{separator}{LABELS[index]}: ", number(part, decimals), f" {unit}"
            )
        paragraph.add("). ")
    else:
        paragraph.add(", gồm: ")
        for index, part in enumerate(parts):
            separator = "; " if index else ""
            figures += paragraph.add(
                f"{separator}{LABELS[index]} ", number(part, decimals), f" {unit}"
            )
        paragraph.add(". ")
    paragraph.relations.append(Relation("sum", figures, exact=unit == "hộ"))
    # a done/total pair with its percentage, rounded or truncated
    whole = source.integer(20, 99_999)
    done = source.integer(1, whole)
    places = source.integer(1, 2)
    exact = Fraction(done * 100, whole)
    shown = truncate(exact, places) if source.boolean() else exact
    figures = paragraph.add(
        "Giải quyết được ",
        number(Fraction(done), 0),
        "/",
        number(Fraction(whole), 0),
        " hồ sơ, đạt ",
        number(shown, places),
        "%. ",
    )
    paragraph.relations.append(Relation("ratio", figures))
    # a stated change and its rate
    previous = source.integer(1_000, 999_999)
    change = source.integer(max(1, previous // 200), previous // 2)
    direction = source.choice((1, -1))
    current = previous + direction * change
    rate = Fraction(change * 100, previous)
    word, sign = ("tăng", "+") if direction > 0 else ("giảm", "-")
    figures = paragraph.add(
        "Dư nợ đạt ",
        number(Fraction(current), 0),
        f" triệu đồng, {word} ",
        number(Fraction(change), 0),
        f" triệu đồng ({sign}",
        number(rate, 2),
        "%) so với đầu năm.",
    )
    paragraph.relations.append(Relation("change", figures, direction))
    # shares of a total split by "trong đó", adding up to 100 %
    early = source.integer(1, 5_000)
    late = source.integer(1, 5_000)
    shares = [Fraction(early * 100, early + late), Fraction(late * 100, early + late)]
    if source.boolean():
        shares = [truncate(share, 1) for share in shares]
    total, first, first_share, second, second_share = paragraph.add(
        " Đã giải quyết ",
        number(Fraction(early + late), 0),
        " hồ sơ, trong đó: trước hạn ",
        number(Fraction(early), 0),
        " hồ sơ, chiếm tỷ lệ ",
        number(shares[0], 1),
        "%; đúng hạn ",
        number(Fraction(late), 0),
        " hồ sơ, chiếm tỷ lệ ",
        number(shares[1], 1),
        "%.",
    )
    paragraph.relations.append(Relation("sum", [total, first, second], exact=True))
    paragraph.relations.append(Relation("share", [first, total, first_share]))
    paragraph.relations.append(Relation("share", [second, total, second_share]))
    return paragraph


def value_of(text: str, decimals: int) -> Fraction:
    return Fraction(int(text.replace(".", "").replace(",", "")), 10**decimals)


def interval(
    figure: Figure, exact: bool = False, percent: bool = False
) -> tuple[Fraction, Fraction]:
    value = value_of(figure.text, figure.decimals)
    if exact:
        return value, value
    ulp = Fraction(1, 10**figure.decimals)
    return value - ulp / 2, value + (ulp if percent else ulp / 2)


def holds(relation: Relation) -> bool:
    """The relation on intervals, coded independently of lint.arithmetic."""
    figures = relation.figures
    if relation.kind == "sum":
        total = interval(figures[0], relation.exact)
        parts = [interval(f, relation.exact) for f in figures[1:]]
        low, high = sum(p[0] for p in parts), sum(p[1] for p in parts)
        return low <= total[1] and total[0] <= high
    if relation.kind in ("ratio", "share"):
        done, whole = (value_of(f.text, 0) for f in figures[:2])
        if whole == 0:
            return True
        low, high = interval(figures[2], percent=True)
        return low <= done * 100 / whole <= high
    current, change = interval(figures[0]), interval(figures[1])
    low_rate, high_rate = interval(figures[2], percent=True)
    if relation.direction > 0:
        lowest = change[0] / (current[1] - change[0])
        highest = change[1] / (current[0] - change[1]) if current[0] > change[1] else None
    else:
        lowest = change[0] / (current[1] + change[0])
        highest = change[1] / (current[0] + change[1])
    return (highest is None or lowest * 100 <= high_rate) and (
        highest is None or highest * 100 >= low_rate
    )


def check(text: str) -> list[Diagnostic]:
    return check_text(text, [r for r in RULES if r is not None], "report.md")


def edit(figure: Figure, position: int, digit: str) -> str | None:
    digits = [i for i, c in enumerate(figure.text) if c.isdigit()]
    index = digits[position % len(digits)]
    if figure.text[index] == digit or (index == 0 and digit == "0" and len(digits) > 1):
        return None
    return figure.text[:index] + digit + figure.text[index + 1 :]


def touches(diagnostic: Diagnostic, start: int, end: int) -> bool:
    spans = [diagnostic.span, *(r.span for r in diagnostic.related)]
    return any(s.start < end and start < s.end for s in spans)


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    return build(Source(draw=draw))


@settings(max_examples=40, deadline=None)
@given(paragraphs())
def test_consistent_paragraphs_raise_nothing(paragraph: Paragraph) -> None:
    assert check_text(paragraph.text, QUIET, "report.md") == []


@settings(max_examples=40, deadline=None)
@given(paragraphs(), st.data())
def test_one_digit_edit_beyond_rounding_is_found(paragraph: Paragraph, data: st.DataObject) -> None:
    relation = data.draw(st.sampled_from(paragraph.relations))
    figure = data.draw(st.sampled_from(relation.figures))
    edited = edit(figure, data.draw(st.integers(0, 20)), data.draw(st.sampled_from("0123456789")))
    assume(edited is not None)
    assert edited is not None
    original = figure.text
    figure.text = edited
    broken = not holds(relation)
    worked_out = worked_out_of_two(relation)
    figure.text = original
    assume(broken)
    # the one shape solieu declines by design: a total below two of its parts and their
    # difference reads as worked out from them ("tiết kiệm X (đã cấp A, quyết toán B)")
    assume(not worked_out)
    text = paragraph.text[: figure.start] + edited + paragraph.text[figure.start + len(original) :]
    found = check(text)
    assert any(touches(d, figure.start, figure.start + len(edited)) for d in found), text


def worked_out_of_two(relation: Relation) -> bool:
    """A sum whose total is below two of its parts and within rounding of their difference."""
    if relation.kind != "sum":
        return False
    total = interval(relation.figures[0], relation.exact)
    parts = [interval(f, relation.exact) for f in relation.figures[1:]]
    if sum(part[0] > total[1] for part in parts) < 2:
        return False
    return any(
        a[0] - b[1] <= total[1] and total[0] <= a[1] - b[0]
        for a in parts
        for b in parts
        if a is not b
    )


def test_localisation_names_the_original_value() -> None:
    """Rate at which the suggestion restores the original figure of a one-digit edit."""
    rng = random.Random(20240621)
    tried = named = listed = 0
    by_kind: dict[str, list[int]] = {}
    while tried < 120:
        paragraph = build(Source(rng=rng))
        relation = rng.choice(paragraph.relations)
        figure = rng.choice(relation.figures)
        edited = edit(figure, rng.randrange(20), rng.choice("0123456789"))
        if edited is None:
            continue
        original = figure.text
        figure.text = edited
        broken = not holds(relation)
        figure.text = original
        if not broken:
            continue
        tried += 1
        text = (
            paragraph.text[: figure.start] + edited + paragraph.text[figure.start + len(original) :]
        )
        found = [d for d in check(text) if touches(d, figure.start, figure.start + len(edited))]
        restores = [
            d.suggestion.en
            for d in found
            if d.suggestion is not None
            and (f"→ {original}" in d.suggestion.en or f"be {original}" in d.suggestion.en)
        ]
        hit = any(
            suggestion.startswith("probably") or "should probably be" in suggestion
            for suggestion in restores
        )
        named += hit
        listed += bool(restores)
        by_kind.setdefault(relation.kind, [0, 0])
        by_kind[relation.kind][0] += hit
        by_kind[relation.kind][1] += 1
    rate = named / tried
    print(
        f"\nlocalisation named the original value in {named}/{tried} = {rate:.0%}"
        f" (among the alternatives: {listed}/{tried} = {listed / tried:.0%})",
        by_kind,
    )
    assert rate >= 0.55
