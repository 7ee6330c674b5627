"""Property tests: the fast paths of the exact arithmetic give exactly what the definitions give.

Interval products, quotients and scalings, printed-figure intervals, table sums and the partial
evaluation localisation uses are all computed with shortcuts (integer arithmetic, known operands
folded once); each is checked here against the plain definition on Fractions.
"""

from __future__ import annotations

from fractions import Fraction
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.arithmetic import (
    Add,
    AtMost,
    Const,
    Div,
    Equation,
    Expr,
    Mul,
    Sub,
    Var,
    _with_others_fixed,
    percent_of,
    printed_interval,
    ratio_percent,
    total_of,
)
from lint.numbers.interval import Interval
from lint.relations.tables import Cell, sum_statement

fractions = st.builds(Fraction, st.integers(-500, 500), st.sampled_from([1, 2, 3, 4, 10, 100, 7]))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = draw(fractions), draw(fractions)
    return Interval(min(a, b), max(a, b))


def corners(a: Interval, b: Interval) -> Interval:
    products = (a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high)
    return Interval(min(products), max(products))


def same(a: Interval, b: Interval) -> bool:
    return (a.low, a.high) == (b.low, b.high)


@settings(max_examples=300)
@given(intervals(), intervals(), fractions)
def test_interval_operations_match_their_definitions(a: Interval, b: Interval, f: Fraction) -> None:
    assert same(a * b, corners(a, b))
    scaled = (a.low * f, a.high * f)
    assert same(a.scale(f), Interval(min(scaled), max(scaled)))
    assert a.intersects(b) == (a.low <= b.high and b.low <= a.high)
    assert a.contains(f) == (a.low <= f <= a.high)
    if b.low <= 0 <= b.high:
        return
    assert same(a / b, corners(a, Interval(1 / b.high, 1 / b.low)))
    assert same(ratio_percent(a, b), corners(a, Interval(1 / b.high, 1 / b.low)).scale(100))


@settings(max_examples=300)
@given(
    st.integers(0, 10**8),
    st.integers(0, 4),
    st.sampled_from([Fraction(1), Fraction(1000), Fraction(1, 1000), Fraction(10**9)]),
    st.booleans(),
)
def test_printed_interval_matches_its_definition(
    digits: int, decimals: int, scale: Fraction, percent: bool
) -> None:
    printed = Fraction(digits, 10**decimals)
    ulp = Fraction(1, 10**decimals)
    expected = Interval(printed - ulp / 2, printed + (ulp if percent else ulp / 2))
    assert same(printed_interval(printed, decimals, scale, percent=percent), expected.scale(scale))


@settings(max_examples=300)
@given(st.lists(st.tuples(st.integers(-50000, 50000), st.integers(0, 4)), min_size=2, max_size=8))
def test_table_sums_match_adding_the_cell_intervals(values: list[tuple[int, int]]) -> None:
    def cell(index: int, digits: int, decimals: int) -> Cell:
        block = SimpleNamespace(index=index, text=str(digits))
        return Cell(block, Fraction(digits, 10**decimals), decimals)  # type: ignore[arg-type]

    cells = [cell(index, digits, decimals) for index, (digits, decimals) in enumerate(values)]
    total = Interval.exact(0)
    for read, (digits, decimals) in zip(cells, values, strict=True):
        value, half = Fraction(digits, 10**decimals), Fraction(1, 2 * 10**decimals)
        assert same(read.interval, Interval(value - half, value + half))
        if read is not cells[0]:
            total = total + read.interval
    statement = sum_statement("table-rows", cells[0], tuple(cells[1:]))
    assert same(statement.computed, total)
    assert statement.satisfied == total.intersects(cells[0].interval)


@st.composite
def expressions(draw: st.DrawFn, depth: int = 0) -> Expr:
    if depth > 2 or draw(st.integers(0, 2)) == 0:
        if draw(st.integers(0, 5)) == 0:
            return Const(draw(fractions))
        return Var(draw(st.integers(0, 3)))
    operation = draw(st.sampled_from([Add, Sub, Mul, Div]))
    return operation(draw(expressions(depth + 1)), draw(expressions(depth + 1)))


@st.composite
def constraints(draw: st.DrawFn) -> Equation | AtMost:
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return Equation(Var(0), total_of([1, 2, 3]))
    if shape == 1:
        return Equation(percent_of(Var(0), Var(1)), Var(2))
    kind = Equation if shape == 2 else AtMost
    return kind(draw(expressions()), draw(expressions()))


@settings(max_examples=500)
@given(constraints(), st.lists(intervals(), min_size=4, max_size=4), intervals(), st.integers(0, 3))
def test_partial_evaluation_agrees_with_holds(
    constraint: Equation | AtMost, values: list[Interval], trial: Interval, key: int
) -> None:
    env = dict(enumerate(values))
    holds = _with_others_fixed(constraint, key, env)
    assert holds(trial) == constraint.holds({**env, key: trial})
