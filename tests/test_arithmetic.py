from __future__ import annotations

from fractions import Fraction

from lint.arithmetic import (
    AtMost,
    Equation,
    Figure,
    Var,
    factor_of,
    growth_percent,
    implied_base,
    localise,
    percent_interval,
    percent_of,
    ratio_percent,
    total_of,
    typo_variants,
)
from lint.numbers.format import format_vi, round_half_up
from lint.numbers.interval import Interval


def money(key: str, digits: str, decimals: int = 0, scale: int = 1) -> Figure:
    return Figure(key, digits, decimals, Fraction(scale), grouped=True, scale_word=scale > 1)


def count(key: str, digits: str) -> Figure:
    return Figure(key, digits, 0, exact=True, grouped=len(digits) > 3)


def percent(key: str, digits: str, decimals: int) -> Figure:
    return Figure(key, digits, decimals, percent=True)


def test_format_vi() -> None:
    assert format_vi(Fraction(300891000)) == "300.891.000"
    assert format_vi(Fraction(3541, 100), 1) == "35,4"
    assert format_vi(Fraction(-12345, 10), 1) == "-1.234,5"
    assert format_vi(Fraction(5, 1000), 2) == "0,01"
    assert format_vi(Fraction(1234), group=False) == "1234"
    assert round_half_up(Fraction(-25, 10)) == -3


def test_percent_interval_accepts_rounding_and_truncation() -> None:
    printed = percent_interval(Fraction(8422, 100), 2)
    assert printed.contains(ratio_percent(Interval.exact(36929), Interval.exact(43845)).low)
    assert printed.contains(Fraction(84215, 1000)) and not printed.contains(Fraction(8424, 100))


def test_growth_and_implied_base() -> None:
    growth = growth_percent(Interval.exact(Fraction(110)), Interval.exact(Fraction(100)))
    assert growth == Interval.exact(Fraction(10))
    base = implied_base(Interval.exact(Fraction(50)), Interval.exact(Fraction(1, 2)))
    assert base == Interval.exact(Fraction(100))


def test_sum_within_rounding_holds() -> None:
    figures = [money("t", "552054", 3, 10**9), money("a", "47421", 3, 10**9)]
    figures += [money("b", "179833", 3, 10**9), money("c", "324799", 3, 10**9)]
    table = {f.key: f for f in figures}
    assert localise([Equation(total_of("abc"), Var("t"))], table).violated == ()


def test_exhaustive_sum_without_typo_is_ambiguous_and_gives_required_values() -> None:
    figures = [money("t", "181691000"), money("a", "146446000"), money("b", "5445000")]
    figures.append(money("c", "149000000"))
    result = localise([Equation(total_of("abc"), Var("t"))], {f.key: f for f in figures})
    assert result.violated == (0,)
    assert result.ambiguous and result.best is None
    required = {s.key: s.required for s in result.suspects}
    assert required["c"] is not None and required["c"].contains(29800000)
    assert required["t"] is not None and required["t"].contains(300891000)


def test_figure_in_three_relations_is_named() -> None:
    figures = [count("t", "2583"), count("a", "915"), count("b", "1768")]
    figures += [percent("pa", "341", 1), percent("pb", "659", 1)]
    constraints = [
        Equation(total_of("ab"), Var("t")),
        Equation(percent_of(Var("a"), Var("t")), Var("pa")),
        Equation(percent_of(Var("b"), Var("t")), Var("pb")),
    ]
    result = localise(constraints, {f.key: f for f in figures})
    assert len(result.violated) == 3
    best = result.best
    assert best is not None and best.key == "t" and best.repairs == 3
    assert best.best_variant is not None and best.best_variant.text == "2.683"


def test_subset_inequality() -> None:
    figures = {f.key: f for f in (count("t", "10"), count("a", "7"), count("b", "5"))}
    assert localise([AtMost(total_of("ab"), Var("t"))], figures).violated == (0,)
    figures["t"] = count("t", "12")
    assert localise([AtMost(total_of("ab"), Var("t"))], figures).violated == ()


def test_implied_bases_reject_impossible_total_growth() -> None:
    # parts grow 15,4 %, 1,6 %, 9 %: the total cannot have grown only 2,3 %
    keys = [("a", "47421", "154"), ("b", "179833", "16"), ("c", "324799", "90")]
    figures = [money("t", "552054", 3, 10**9), percent("pt", "23", 1)]
    for key, digits, growth in keys:
        figures += [money(key, digits, 3, 10**9), percent("p" + key, growth, 1)]
    parts = None
    for key, _, _ in keys:
        term = Var(key) / factor_of("p" + key, 1)
        parts = term if parts is None else parts + term
    assert parts is not None
    constraint = Equation(parts, Var("t") / factor_of("pt", 1))
    result = localise([constraint], {f.key: f for f in figures})
    assert result.violated == (0,)
    total_growth = next(s for s in result.suspects if s.key == "pt").required
    assert total_growth is not None and total_growth.contains(Fraction(7))


def test_typo_variants_shapes() -> None:
    variants = list(typo_variants(money("x", "1200", 0, 10**6)))
    texts = {(v.text, v.kind) for v in variants}
    assert ("1.300", "digit") in texts and ("2.100", "swap") in texts
    assert ("1,200", "separator") in texts
    assert any(v.kind == "scale" and v.value == 1200 * 10**9 for v in variants)
    assert all(not v.text.startswith("0") for v in variants)


def test_a_two_digit_count_may_have_lost_its_leading_zero() -> None:
    # "07 vụ" typed "67 vụ": the first digit of a two-digit whole number may have been a 0
    assert "7" in {v.text for v in typo_variants(count("x", "67"))}
    assert "70" not in {v.text for v in typo_variants(count("x", "670"))}
    assert not any(v.text.startswith("0") for v in typo_variants(percent("x", "675", 1)))


def test_most_shared_figure_of_the_violated_relations() -> None:
    from lint.arithmetic import Equation, Var, most_shared, total_of, violation_counts

    column = Equation(Var("total"), total_of(["a", "b"]))  # a column's sum
    row = Equation(Var("a-cumulative"), total_of(["a", "a-q2"]))  # a's row sum
    counts = violation_counts([column, row])
    assert counts == {"total": 1, "a": 2, "b": 1, "a-cumulative": 1, "a-q2": 1}
    assert most_shared(["total", "a", "b"], counts) == "a"
    assert most_shared(["total", "b"], counts) is None  # in one violated relation only
    assert most_shared(["a", "a"], counts) is None  # a figure listed twice ties with itself
    assert most_shared(["total", "a"], counts, least=3) is None
