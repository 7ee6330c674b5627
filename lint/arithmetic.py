"""Exact arithmetic on printed figures: consistency judgements and localisation of the wrong one.

Every printed figure stands for an interval of values (:class:`Figure`): a count is exact, an
amount is ± half its last printed unit, a percentage accepts both rounding and truncation
(``84,22 %`` stands for ``[84,215; 84,23]``).  A stated relation is an :class:`Equation` or an
:class:`AtMost` between two expressions over figures; it is *violated* only when no choice of
values inside the intervals satisfies it (the XBRL Calculations 1.1 rule).

Localisation (:func:`localise`) frees one figure at a time: it computes the values that would
satisfy every relation the figure is in (:meth:`Constraint.solve`), enumerates corrections shaped
like typing mistakes of the printed string (:func:`typo_variants`: one digit changed, two
adjacent digits swapped, decimal/thousands separator swapped, a nghìn/triệu/tỷ slip) and ranks
the figures by how many violated relations their correction repairs without breaking a satisfied
one.  It says when the answer is ambiguous.

Typical use (the relation layer builds the figures and constraints, rules read the result)::

    parts = [figure_a, figure_b, figure_c]
    constraint = Equation(total_of(parts), Var(total.key))
    result = localise([constraint], {f.key: f for f in (*parts, total)})
    result.best  # Suspect(key=…, variants=(Variant(text="29.800.000", …),), …) or None
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval

HUNDRED = Fraction(100)

# ---------------------------------------------------------------------------------------------
# Printed figures and their intervals


@dataclass(frozen=True)
class Figure:
    """A printed figure as arithmetic sees it.

    ``digits`` are the printed digits without separators and ``decimals`` how many of them
    follow the decimal mark, so the printed value is ``int(digits) / 10**decimals`` and the
    value in the base unit is that times ``scale`` (``149.000.000 đồng``: digits
    ``"149000000"``, decimals 0, scale 1; ``552,054 tỷ``: ``"552054"``, 3, 10⁹).
    """

    key: Hashable
    digits: str
    decimals: int
    scale: Fraction = Fraction(1)
    exact: bool = False  # counts of things: no rounding
    percent: bool = False  # percentages: rounded or truncated
    grouped: bool = False  # printed with thousands dots
    scale_word: bool = False  # printed with nghìn / triệu / tỷ

    @property
    def printed(self) -> Fraction:
        return Fraction(int(self.digits), 10**self.decimals)

    @property
    def value(self) -> Fraction:
        return self.printed * self.scale

    # memo of ``interval`` (a field rather than ``functools.cached_property``, which compiled
    # classes have no instance dictionary for)
    _interval: Interval | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # compiled (mypyc) classes do not take an ``init=False`` field's default
        object.__setattr__(self, "_interval", None)

    @property
    def interval(self) -> Interval:
        interval = self._interval
        if interval is None:
            interval = _figure_interval(
                self.digits, self.decimals, self.scale, self.exact, self.percent
            )
            object.__setattr__(self, "_interval", interval)
        return interval

    @property
    def text(self) -> str:
        """The figure written the Vietnamese way (in its printed unit)."""
        return format_vi(self.printed, self.decimals, group=self.grouped or self._long)

    @property
    def _long(self) -> bool:
        return len(self.digits) - self.decimals > 4


def printed_interval(
    printed: Fraction, decimals: int, scale: Fraction, exact: bool = False, percent: bool = False
) -> Interval:
    """Values a figure printed as ``printed`` (with ``decimals`` places) can stand for."""
    if exact:
        return Interval.exact(printed * scale)
    return _rounded(printed.numerator, printed.denominator, decimals, scale, percent)


def _figure_interval(
    digits: str, decimals: int, scale: Fraction, exact: bool, percent: bool
) -> Interval:
    """:attr:`Figure.interval` of a figure with these fields."""
    if exact:
        return Interval.exact(Fraction(int(digits), 10**decimals) * scale)
    return _rounded(int(digits), 10**decimals, decimals, scale, percent)


def _rounded(
    numerator: int, denominator: int, decimals: int, scale: Fraction, percent: bool
) -> Interval:
    """:func:`printed_interval` of ``numerator / denominator`` (not exact), in integers.

    ``[printed − ulp/2, printed + ulp/2]`` (``+ ulp`` for a percentage) × scale, with
    ``ulp = 10^-decimals``, over the common denominator ``2 × 10^decimals × denominator ×
    scale.denominator``: two fractions built instead of a dozen.
    """
    half_ulps = 2 * 10**decimals
    over = scale.denominator * denominator * half_ulps
    by = scale.numerator
    low = Fraction((numerator * half_ulps - denominator) * by, over)
    high = Fraction((numerator * half_ulps + (2 if percent else 1) * denominator) * by, over)
    return Interval(low, high) if by >= 0 else Interval(high, low)


def percent_interval(printed: Fraction, decimals: int) -> Interval:
    """A printed percentage, accepting rounding and truncation (84,22 for 84,226)."""
    return printed_interval(printed, decimals, Fraction(1), percent=True)


def ratio_percent(numerator: Interval, denominator: Interval) -> Interval:
    """``numerator / denominator × 100`` over intervals (denominator must exclude 0)."""
    low, high = numerator.low, numerator.high
    below, above = denominator.low, denominator.high
    if low.numerator >= 0 and below.numerator > 0:
        # non-negative ÷ positive (the usual case): each bound is one fraction, built once
        return Interval(
            Fraction(100 * low.numerator * above.denominator, low.denominator * above.numerator),
            Fraction(100 * high.numerator * below.denominator, high.denominator * below.numerator),
        )
    return (numerator / denominator).scale(HUNDRED)


def growth_percent(current: Interval, previous: Interval) -> Interval:
    """``(current / previous − 1) × 100``: the growth rate in %."""
    return (current / previous).scale(HUNDRED) - Interval.exact(HUNDRED)


def implied_base(value: Interval, factor: Interval) -> Interval:
    """The base a value was compared with: ``plan = value ÷ %plan``, ``previous = value ÷ (1+g)``."""
    return value / factor


def consistent(left: Interval, right: Interval) -> bool:
    """Calculations 1.1: a relation holds when some values of both intervals agree."""
    return left.intersects(right)


# ---------------------------------------------------------------------------------------------
# Expressions over figures


class Expr:
    """An arithmetic expression over figures (by key) and constants."""

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        raise NotImplementedError

    def figure_keys(self) -> Iterator[Hashable]:
        raise NotImplementedError

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        """Values of figure ``key`` (occurring once here) that put this expression in ``target``."""
        raise NotImplementedError

    def has_key(self, key: Hashable) -> bool:
        """Whether figure ``key`` occurs in this expression."""
        return any(found == key for found in self.figure_keys())

    def __add__(self, other: Expr) -> Expr:
        return Add(self, other)

    def __sub__(self, other: Expr) -> Expr:
        return Sub(self, other)

    def __mul__(self, other: Expr) -> Expr:
        return Mul(self, other)

    def __truediv__(self, other: Expr) -> Expr:
        return Div(self, other)


@dataclass(frozen=True, eq=False)
class Var(Expr):
    key: Hashable

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        return env[self.key]

    def figure_keys(self) -> Iterator[Hashable]:
        yield self.key

    def has_key(self, key: Hashable) -> bool:
        return bool(key == self.key)

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        return target if key == self.key else None


@dataclass(frozen=True, eq=False)
class Const(Expr):
    value: Fraction

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        return Interval.exact(self.value)

    def figure_keys(self) -> Iterator[Hashable]:
        return iter(())

    def has_key(self, key: Hashable) -> bool:
        return False

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        return None


@dataclass(frozen=True, eq=False)
class Spread(Expr):
    """``[low, high]``, no figure: the slack a stated figure is allowed beyond its rounding
    (a share adjusted to total 100, a percentage that may be truncated)."""

    low: Fraction
    high: Fraction

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        return Interval(self.low, self.high)

    def figure_keys(self) -> Iterator[Hashable]:
        return iter(())

    def has_key(self, key: Hashable) -> bool:
        return False

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        return None


# Expressions are walked with loops, not recursion, wherever they can grow with the input: a
# chain ``a + b + c + …`` built with ``+`` nests along its left operands, and a breakdown may
# have a thousand parts.


def _left_spine(expr: _Binary) -> list[_Binary]:
    """``expr`` and its left operands while they are binary operations (outermost first)."""
    spine = [expr]
    left = expr.left
    while isinstance(left, _Binary):
        spine.append(left)
        left = left.left
    return spine


@dataclass(frozen=True, eq=False)
class _Binary(Expr):
    left: Expr
    right: Expr

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        spine = _left_spine(self)
        value = spine[-1].left.evaluate(env)
        for node in reversed(spine):
            value = node._apply(value, node.right.evaluate(env))
        return value

    def _apply(self, left: Interval, right: Interval) -> Interval:
        raise NotImplementedError

    def figure_keys(self) -> Iterator[Hashable]:
        pending: list[Expr] = [self]
        while pending:
            expr = pending.pop()
            if isinstance(expr, _Binary):
                pending.append(expr.right)
                pending.append(expr.left)
            else:
                yield from expr.figure_keys()

    def has_key(self, key: Hashable) -> bool:
        pending: list[Expr] = [self]
        while pending:
            expr = pending.pop()
            if isinstance(expr, _Binary):
                pending.append(expr.right)
                pending.append(expr.left)
            elif expr.has_key(key):
                return True
        return False

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        expr: Expr = self
        while isinstance(expr, _Binary):
            in_left = expr.left.has_key(key)
            inner, other = (expr.left, expr.right) if in_left else (expr.right, expr.left)
            try:
                target = expr._target(target, other.evaluate(env), in_left)
            except ZeroDivisionError:
                return None
            expr = inner
        return expr.invert(key, target, env)

    def _target(self, target: Interval, other: Interval, in_left: bool) -> Interval:
        raise NotImplementedError


class Add(_Binary):
    def _apply(self, left: Interval, right: Interval) -> Interval:
        return left + right

    def _target(self, target: Interval, other: Interval, in_left: bool) -> Interval:
        return target - other


class Sub(_Binary):
    def _apply(self, left: Interval, right: Interval) -> Interval:
        return left - right

    def _target(self, target: Interval, other: Interval, in_left: bool) -> Interval:
        return target + other if in_left else other - target


class Mul(_Binary):
    def _apply(self, left: Interval, right: Interval) -> Interval:
        return left * right

    def _target(self, target: Interval, other: Interval, in_left: bool) -> Interval:
        return target / other


class Div(_Binary):
    def _apply(self, left: Interval, right: Interval) -> Interval:
        return left / right

    def _target(self, target: Interval, other: Interval, in_left: bool) -> Interval:
        return target * other if in_left else other / target


@dataclass(frozen=True, eq=False)
class Sum(Expr):
    """``t1 + t2 + … + tn`` as one node, so that a breakdown of many parts costs no recursion
    and each part can be freed in constant time during localisation.

    Interval addition is exact and adds the bounds, so the sum of all terms but some is the
    sum of all minus those terms (bound by bound): :meth:`_others` computes it from the terms'
    values memoised once per environment.  Environments are treated as snapshots: a mapping
    passed here must not be changed afterwards.
    """

    terms: tuple[Expr, ...]
    # memos (fields rather than ``functools.cached_property``, which compiled classes have no
    # instance dictionary for): the terms of each figure, and the terms' values in the last
    # environment
    _by_key: dict[Hashable, list[int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _memo: _SumValues | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # compiled (mypyc) classes do not take an ``init=False`` field's default
        object.__setattr__(self, "_by_key", None)
        object.__setattr__(self, "_memo", None)

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        values = [term.evaluate(env) for term in self.terms]
        return Interval(sum_fractions(v.low for v in values), sum_fractions(v.high for v in values))

    def figure_keys(self) -> Iterator[Hashable]:
        for term in self.terms:
            yield from term.figure_keys()

    def has_key(self, key: Hashable) -> bool:
        return key in self._terms_by_key

    @property
    def _terms_by_key(self) -> dict[Hashable, list[int]]:
        """For every figure in the sum, the indices of the terms it occurs in."""
        found = self._by_key
        if found is None:
            found = {}
            for index, term in enumerate(self.terms):
                for key in term.figure_keys():
                    indices = found.setdefault(key, [])
                    if not indices or indices[-1] != index:
                        indices.append(index)
            object.__setattr__(self, "_by_key", found)
        return found

    def terms_with(self, key: Hashable) -> list[int]:
        return self._terms_by_key.get(key, [])

    def _values(self, env: Mapping[Any, Interval]) -> _SumValues:
        memo = self._memo
        if memo is None or memo.env is not env:
            memo = _SumValues.of(self.terms, env)
            object.__setattr__(self, "_memo", memo)
        return memo

    def others(self, excluded: Sequence[int], env: Mapping[Any, Interval]) -> Interval:
        """The sum of the terms whose indices are not in ``excluded`` (sorted), evaluated in
        ``env``; raises ZeroDivisionError when one of them cannot be evaluated."""
        memo = self._values(env)
        failed = memo.failed
        low, high = memo.low, memo.high
        for index in excluded:
            value = memo.values[index]
            if value is None:
                failed -= 1
            else:
                low -= value.low
                high -= value.high
        if failed:
            raise ZeroDivisionError("a term of the sum divides by an interval containing zero")
        return Interval(low, high)

    def invert(
        self, key: Hashable, target: Interval, env: Mapping[Any, Interval]
    ) -> Interval | None:
        mine = self.terms_with(key)
        if len(mine) != 1:
            return None
        try:
            target = target - self.others(mine, env)
        except ZeroDivisionError:
            return None
        return self.terms[mine[0]].invert(key, target, env)


def sum_fractions(values: Iterable[Fraction]) -> Fraction:
    total = Fraction(0)
    for value in values:
        total += value
    return total


@dataclass(frozen=True)
class _SumValues:
    """The terms of a :class:`Sum` evaluated in one environment (None: division by zero)."""

    env: Mapping[Any, Interval]
    values: tuple[Interval | None, ...]
    low: Fraction  # sums of the bounds of the terms that could be evaluated
    high: Fraction
    failed: int  # how many could not

    @classmethod
    def of(cls, terms: Sequence[Expr], env: Mapping[Any, Interval]) -> _SumValues:
        values: list[Interval | None] = []
        for term in terms:
            try:
                values.append(term.evaluate(env))
            except ZeroDivisionError:
                values.append(None)
        known = [value for value in values if value is not None]
        return cls(
            env,
            tuple(values),
            sum_fractions(value.low for value in known),
            sum_fractions(value.high for value in known),
            len(values) - len(known),
        )


def total_of(keys: Iterable[Hashable]) -> Expr:
    """``Var(k1) + Var(k2) + …`` (one :class:`Sum` node)."""
    terms: tuple[Expr, ...] = tuple(Var(key) for key in keys)
    return terms[0] if len(terms) == 1 else Sum(terms)


def percent_of(numerator: Expr, denominator: Expr) -> Expr:
    """``numerator / denominator × 100``."""
    return Mul(Div(numerator, denominator), Const(HUNDRED))


def factor_of(percent: Hashable, offset: int = 0) -> Expr:
    """The ratio a percentage states: ``offset + sign × p / 100``.

    ``đạt p% kế hoạch`` and ``bằng p%`` → ``factor_of(p)``; ``tăng p%`` → ``factor_of(p, 1)``;
    ``giảm p%`` → ``Sub(Const(1), factor_of(p))``.
    """
    ratio = Mul(Var(percent), Const(Fraction(1, 100)))
    return Add(Const(Fraction(offset)), ratio) if offset else ratio


# ---------------------------------------------------------------------------------------------
# Constraints


class Constraint:
    """A relation the text states between figures."""

    def holds(self, env: Mapping[Any, Interval]) -> bool:
        raise NotImplementedError

    def figure_keys(self) -> tuple[Hashable, ...]:
        raise NotImplementedError

    def solve(self, key: Hashable, env: Mapping[Any, Interval]) -> Interval | None:
        """Values of ``key`` that satisfy this relation given the other figures (None: unknown)."""
        return None


@dataclass(frozen=True, eq=False)
class Equation(Constraint):
    """``left = right``: holds when the two intervals meet."""

    left: Expr
    right: Expr
    # memos of ``figure_keys`` and ``_counts`` (fields, not ``functools.cached_property``:
    # compiled classes have no instance dictionary)
    _keys: tuple[Hashable, ...] | None = field(default=None, init=False, repr=False)
    _sides: tuple[dict[Hashable, int], dict[Hashable, int]] | None = field(
        default=None, init=False, repr=False
    )

    def __post_init__(self) -> None:
        # compiled (mypyc) classes do not take an ``init=False`` field's default
        object.__setattr__(self, "_keys", None)
        object.__setattr__(self, "_sides", None)

    def sides(self, env: Mapping[Any, Interval]) -> tuple[Interval, Interval] | None:
        try:
            return self.left.evaluate(env), self.right.evaluate(env)
        except ZeroDivisionError:
            return None

    def holds(self, env: Mapping[Any, Interval]) -> bool:
        sides = self.sides(env)
        return sides is None or consistent(*sides)

    def figure_keys(self) -> tuple[Hashable, ...]:
        keys = self._keys
        if keys is None:
            keys = (*self.left.figure_keys(), *self.right.figure_keys())
            object.__setattr__(self, "_keys", keys)
        return keys

    @property
    def _counts(self) -> tuple[dict[Hashable, int], dict[Hashable, int]]:
        """How often each figure occurs on the left and on the right."""
        sides = self._sides
        if sides is None:
            sides = ({}, {})
            for side, expr in zip(sides, (self.left, self.right), strict=True):
                for key in expr.figure_keys():
                    side[key] = side.get(key, 0) + 1
            object.__setattr__(self, "_sides", sides)
        return sides

    def solve(self, key: Hashable, env: Mapping[Any, Interval]) -> Interval | None:
        left_counts, right_counts = self._counts
        in_left = left_counts.get(key, 0)
        if in_left + right_counts.get(key, 0) != 1:
            return None
        inner, other = (self.left, self.right) if in_left else (self.right, self.left)
        try:
            return inner.invert(key, other.evaluate(env), env)
        except ZeroDivisionError:
            return None


@dataclass(frozen=True, eq=False)
class AtMost(Constraint):
    """``left ≤ right`` for some values of the intervals (subset parts ≤ their total)."""

    left: Expr
    right: Expr
    # memo of ``figure_keys`` (see Equation)
    _keys: tuple[Hashable, ...] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keys", None)

    def sides(self, env: Mapping[Any, Interval]) -> tuple[Interval, Interval] | None:
        try:
            return self.left.evaluate(env), self.right.evaluate(env)
        except ZeroDivisionError:
            return None

    def holds(self, env: Mapping[Any, Interval]) -> bool:
        sides = self.sides(env)
        return sides is None or sides[0].low <= sides[1].high

    def figure_keys(self) -> tuple[Hashable, ...]:
        keys = self._keys
        if keys is None:
            keys = (*self.left.figure_keys(), *self.right.figure_keys())
            object.__setattr__(self, "_keys", keys)
        return keys


# ---------------------------------------------------------------------------------------------
# Typo-shaped corrections


KIND_RANK = {"digit": 0, "swap": 1, "separator": 2, "scale": 3}


@dataclass(frozen=True)
class Variant:
    """A correction of a printed figure shaped like a typing mistake."""

    figure: Figure  # the corrected figure
    kind: str  # digit | swap | separator | scale

    @property
    def text(self) -> str:
        return self.figure.text

    @property
    def value(self) -> Fraction:
        return self.figure.value


def typo_variants(figure: Figure) -> Iterator[Variant]:
    """Every figure one typing mistake away from ``figure`` (deterministic order)."""
    for typo in _typos(figure):
        yield _variant(figure, typo)


_Typo = tuple[str, int, Fraction, str]  # digits, decimals, scale, kind of a corrected figure


def _variant(figure: Figure, typo: _Typo) -> Variant:
    digits, decimals, scale, kind = typo
    return Variant(replace(figure, digits=digits, decimals=decimals, scale=scale), kind)


def _typos(figure: Figure) -> Iterator[_Typo]:
    """:func:`typo_variants` without building the figures (localisation tries a hundred)."""
    digits = figure.digits
    integer_length = len(digits) - figure.decimals
    # scales by numerator and denominator: equal fractions, and cheaper to hash
    seen = {(digits, figure.decimals, figure.scale.numerator, figure.scale.denominator)}

    def make(new_digits: str, decimals: int, scale: Fraction, kind: str) -> Iterator[_Typo]:
        if (new_digits, decimals, scale.numerator, scale.denominator) in seen:
            return
        seen.add((new_digits, decimals, scale.numerator, scale.denominator))
        yield new_digits, decimals, scale, kind

    # a leading zero is typed only before a small count ("07 sự cố" mistyped "67 sự cố"): a
    # whole number of two digits may have been one
    zero_led = integer_length == 2 and figure.decimals == 0
    for index, old in enumerate(digits):
        for new in "0123456789":
            if new == old or (index == 0 and new == "0" and integer_length > 1 and not zero_led):
                continue
            yield from make(
                digits[:index] + new + digits[index + 1 :], figure.decimals, figure.scale, "digit"
            )
    for index in range(len(digits) - 1):
        a, b = digits[index], digits[index + 1]
        if a != b and not (index == 0 and b == "0" and integer_length > 1):
            swapped = digits[:index] + b + a + digits[index + 2 :]
            yield from make(swapped, figure.decimals, figure.scale, "swap")
    if figure.decimals == 3:
        yield from make(digits, 0, figure.scale, "separator")
    elif figure.decimals == 0 and figure.grouped and len(digits) >= 4:
        yield from make(digits, 3, figure.scale, "separator")
    if figure.scale_word:
        for factor in (Fraction(1000), Fraction(1, 1000)):
            yield from make(digits, figure.decimals, figure.scale * factor, "scale")


# ---------------------------------------------------------------------------------------------
# Localisation


@dataclass(frozen=True)
class Suspect:
    """A figure whose correction would repair ``repairs`` violated relations and break none."""

    key: Hashable
    required: Interval | None  # values satisfying every relation of the figure (None: none/unknown)
    variants: tuple[Variant, ...]  # typo-shaped corrections repairing ``repairs`` relations
    repairs: int
    # the value the relations give with every other figure as printed, when it is one value
    # inside ``required`` (a sum of shares printed 30,5 + 25 + …: 44,5, not the middle of the
    # range their rounding and truncation allow)
    point: Fraction | None = None

    @property
    def best_variant(self) -> Variant | None:
        return self.variants[0] if self.variants else None


@dataclass(frozen=True)
class Localisation:
    violated: tuple[int, ...]  # indices of the violated constraints
    suspects: tuple[Suspect, ...]  # most likely first
    ambiguous: bool  # the first two suspects are equally good

    @property
    def best(self) -> Suspect | None:
        return self.suspects[0] if self.suspects and not self.ambiguous else None


def environment(figures: Mapping[Any, Figure]) -> dict[Any, Interval]:
    return {key: figure.interval for key, figure in figures.items()}


# The most figures localisation tries for one set of relations.  Each costs about a hundred
# trial values (linear in the relations it is in), so a breakdown of a thousand parts is
# localised in about a second; beyond this many, the wrong figure is not sought (the relation
# is still reported as violated, without a suggestion).
MAX_CANDIDATES = 2000


def localise(
    constraints: Sequence[Constraint],
    figures: Mapping[Any, Figure],
    *,
    max_candidates: int = MAX_CANDIDATES,
) -> Localisation:
    """Which single figure, corrected, best repairs the violated constraints (no suspects
    when more than ``max_candidates`` figures are in the violated constraints)."""
    env = environment(figures)
    holding = [c.holds(env) for c in constraints]
    violated = tuple(i for i, holds in enumerate(holding) if not holds)
    if not violated:
        return Localisation((), (), False)
    candidates: list[Hashable] = []
    seen: set[Hashable] = set()
    for index in violated:
        for key in constraints[index].figure_keys():
            if key in figures and key not in seen:
                candidates.append(key)
                seen.add(key)
    if len(candidates) > max_candidates:
        return Localisation(violated, (), False)
    # the constraints each candidate occurs in, found once rather than once per candidate
    occurs: dict[Hashable, list[int]] = {key: [] for key in candidates}
    for index, constraint in enumerate(constraints):
        for key in dict.fromkeys(constraint.figure_keys()):
            if key in occurs:
                occurs[key].append(index)
    suspects = []
    for key in candidates:
        suspect = _free(key, constraints, occurs[key], holding, figures, env)
        if suspect is not None and suspect.repairs:
            suspects.append(suspect)
    order = {key: i for i, key in enumerate(candidates)}
    suspects.sort(key=lambda s: (*_merit(s), order[s.key]))
    ambiguous = len(suspects) > 1 and _merit(suspects[0]) == _merit(suspects[1])
    return Localisation(violated, tuple(suspects), ambiguous)


def violation_counts(violated: Iterable[Constraint]) -> dict[Hashable, int]:
    """How many of the violated constraints each figure takes part in."""
    counts: dict[Hashable, int] = {}
    for constraint in violated:
        for key in dict.fromkeys(constraint.figure_keys()):
            counts[key] = counts.get(key, 0) + 1
    return counts


def most_shared(
    keys: Sequence[Hashable], counts: Mapping[Hashable, int], least: int = 2
) -> Hashable | None:
    """Localisation by shared figures: the one figure of ``keys`` (a violated relation's) that
    the most violated relations go through, at least ``least`` of them (``counts``: from
    :func:`violation_counts`).  A wrong cell of a table breaks its column's sum and its row's
    cumulative sum or formula; a figure no other breaks as many relations through is the
    likely culprit.  None when no figure is shared so, or two are equally (a figure listed
    twice in ``keys`` ties with itself)."""
    found = [counts.get(key, 0) for key in keys]
    best = max(found, default=0)
    if best < least or found.count(best) != 1:
        return None
    return keys[found.index(best)]


def _merit(suspect: Suspect) -> tuple[int, int, int]:
    variant = suspect.best_variant
    return (
        -suspect.repairs,
        0 if variant is not None else 1,
        KIND_RANK[variant.kind] if variant is not None else len(KIND_RANK),
    )


def _free(
    key: Hashable,
    constraints: Sequence[Constraint],
    mine: Sequence[int],
    holding: Sequence[bool],
    figures: Mapping[Any, Figure],
    env: Mapping[Any, Interval],
) -> Suspect | None:
    """``key``'s best corrections; ``mine`` are the indices of the constraints it occurs in."""
    broken = [_with_others_fixed(constraints[i], key, env) for i in mine if not holding[i]]
    kept = [_with_others_fixed(constraints[i], key, env) for i in mine if holding[i]]
    required = required_interval(key, [constraints[i] for i in mine], env)
    point = _point(key, [constraints[i] for i in mine], figures, required)
    figure = figures[key]
    best_typos: list[_Typo] = []
    best_repairs = 0
    for typo in _typos(figure):
        digits, decimals, scale, _ = typo
        interval = _figure_interval(digits, decimals, scale, figure.exact, figure.percent)
        if not all(holds(interval) for holds in kept):
            continue
        repairs = sum(1 for holds in broken if holds(interval))
        if repairs > best_repairs:
            best_typos, best_repairs = [typo], repairs
        elif repairs == best_repairs and repairs:
            best_typos.append(typo)
    best = [_variant(figure, typo) for typo in best_typos]
    best.sort(key=lambda v: (KIND_RANK[v.kind], abs(v.value - figures[key].value)))
    repairs = best_repairs
    if required is not None and len(broken) > best_repairs:
        middle = Interval.exact(required.mid)
        if all(holds(middle) for holds in (*kept, *broken)):
            repairs = len(broken)
            best = []
    return Suspect(key, required, tuple(best), repairs, point)


def _point(
    key: Hashable,
    constraints: Sequence[Constraint],
    figures: Mapping[Any, Figure],
    required: Interval | None,
) -> Fraction | None:
    """``key``'s value with the other figures at their printed values, when the relations give
    exactly one and it lies in ``required``."""
    if required is None:
        return None
    printed = {name: Interval.exact(figure.value) for name, figure in figures.items()}
    solved = required_interval(key, constraints, printed)
    if solved is None or solved.low != solved.high or not required.contains(solved.low):
        return None
    return solved.low


# Localisation tries a hundred-odd values of one figure against the same relations: everything
# in them that does not involve that figure is evaluated once (see _with_others_fixed).


@dataclass(frozen=True, eq=False)
class _Known(Expr):
    """A sub-expression free of the figure being tried, already evaluated."""

    value: Interval

    def evaluate(self, env: Mapping[Any, Interval]) -> Interval:
        return self.value

    def figure_keys(self) -> Iterator[Hashable]:
        return iter(())


class _Unsupported(Exception):
    """An expression or constraint type the partial evaluation does not know."""


def _with_others_fixed(
    constraint: Constraint, key: Hashable, env: Mapping[Any, Interval]
) -> Callable[[Interval], bool]:
    """``constraint.holds`` as a function of figure ``key``'s interval, the others as in ``env``.

    Gives the same answers as ``holds`` on a copy of ``env`` with ``key`` replaced, in far fewer
    operations: sub-expressions without ``key`` are evaluated once, and the known terms of a
    sum are added together first (exact addition is associative and commutative).  An equation
    ``key + k = t`` or ``key × k = t`` is solved once for ``key``: it holds exactly when the
    figure's interval meets ``t − k`` (``t ÷ k``, for a ``k`` without 0).
    """
    try:
        if type(constraint) not in (Equation, AtMost):
            raise _Unsupported
        assert isinstance(constraint, (Equation, AtMost))
        fixed = replace(
            constraint,
            left=_fix_others(constraint.left, key, env),
            right=_fix_others(constraint.right, key, env),
        )
    except ZeroDivisionError:
        return lambda interval: True  # a division by zero that no value of ``key`` avoids
    except _Unsupported:
        return lambda interval: constraint.holds({**env, key: interval})
    if isinstance(fixed, Equation):
        for inner, other in ((fixed.left, fixed.right), (fixed.right, fixed.left)):
            solved = _solve(inner, key, other.value) if isinstance(other, _Known) else None
            if solved is not None:
                return solved.intersects
    return lambda interval: fixed.holds({key: interval})


def _solve(expr: Expr, key: Hashable, target: Interval) -> Interval | None:
    """Values of ``key`` for which ``expr`` (a chain ``(key ∘ k1) ∘ k2 …`` of + and × by known
    values) meets ``target``; None for any other shape."""
    while not (isinstance(expr, Var) and expr.key == key):
        if not isinstance(expr, (Add, Mul)) or not isinstance(expr.right, _Known):
            return None
        known = expr.right.value
        if isinstance(expr, Add):
            target = target - known  # x + k meets t ⇔ x meets t − k
        elif known.contains(0):
            return None
        else:
            target = target / known  # x × k meets t ⇔ x meets t ÷ k (0 ∉ k)
        expr = expr.left
    return target


def _fix_others(expr: Expr, key: Hashable, env: Mapping[Any, Interval]) -> Expr:
    """``expr`` with every sub-expression not involving ``key`` replaced by its value."""
    if isinstance(expr, Var):
        return expr if expr.key == key else _Known(env[expr.key])
    if isinstance(expr, (Const, _Known)):
        return _Known(expr.evaluate(env))
    if isinstance(expr, Sum):
        return _fix_sum(expr, key, env)
    if not isinstance(expr, (Add, Sub, Mul, Div)):
        raise _Unsupported
    left, right = _fix_others(expr.left, key, env), _fix_others(expr.right, key, env)
    if isinstance(left, _Known) and isinstance(right, _Known):
        return _Known(type(expr)(left, right).evaluate(env))
    if isinstance(expr, Div) and isinstance(right, _Known):
        # x ÷ k = x × [1 ÷ k.high, 1 ÷ k.low], the reciprocal computed once (as ÷ does)
        expr, right = Mul(left, right), _Known(Interval.exact(1) / right.value)
    if isinstance(expr, (Add, Mul)):
        # regroup the known operands (exact interval + and × are associative and commutative,
        # so the value is the same): k ∘ x → x ∘ k, (x ∘ k1) ∘ k2 → x ∘ (k1 ∘ k2)
        if isinstance(left, _Known):
            left, right = right, left
        operation = type(expr)
        if isinstance(right, _Known) and type(left) is operation:
            assert isinstance(left, (Add, Mul))
            if isinstance(left.right, _Known):
                known = operation(left.right, right).evaluate(env)
                return operation(left.left, _Known(known))
    return type(expr)(left, right)


def _fix_sum(expr: Sum, key: Hashable, env: Mapping[Any, Interval]) -> Expr:
    """:func:`_fix_others` of a sum: the terms without ``key`` are one known value, computed
    in constant time from the memoised sum of all terms; ``x + k`` when one term holds ``key``."""
    mine = expr.terms_with(key)
    known = expr.others(mine, env)
    if not mine:
        return _Known(known)
    unknown = [_fix_others(expr.terms[index], key, env) for index in mine]
    inner = unknown[0] if len(unknown) == 1 else Sum(tuple(unknown))
    return inner if len(mine) == len(expr.terms) else Add(inner, _Known(known))


def required_interval(
    key: Hashable, constraints: Iterable[Constraint], env: Mapping[Any, Interval]
) -> Interval | None:
    """Values of ``key`` satisfying every given constraint (None when empty, unknown or ≤ 0)."""
    required: Interval | None = None
    for constraint in constraints:
        solved = constraint.solve(key, env)
        if solved is None:
            if isinstance(constraint, Equation):
                return None
            continue
        if required is None:
            required = solved
        elif required.intersects(solved):
            required = Interval(max(required.low, solved.low), min(required.high, solved.high))
        else:
            return None
    if required is None or required.high <= 0:
        return None
    return required
