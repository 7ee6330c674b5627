"""Exact closed intervals of rationals: the values a printed figure can stand for.

A figure printed as ``50,3`` stands for any value that rounds to it, ``[50,25; 50,35]``.
Arithmetic on intervals is exact (``fractions.Fraction``): a stated relation is violated only
when no choice of values inside the intervals satisfies it (the XBRL Calculations 1.1 rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lint.numbers.fraction import Fraction


@dataclass(frozen=True, slots=True)
class Interval:
    low: Fraction
    high: Fraction

    @classmethod
    def exact(cls, value: Fraction | int) -> Interval:
        if type(value) is not Fraction:
            value = Fraction(value)
        return cls(value, value)

    @classmethod
    def around(cls, value: Fraction, half_width: Fraction) -> Interval:
        return cls(value - half_width, value + half_width)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: Interval) -> Interval:
        if self.low.numerator >= 0 and other.low.numerator >= 0:
            # both non-negative (the usual case): the bounds are low × low and high × high
            return Interval(self.low * other.low, self.high * other.high)
        products = (
            self.low * other.low,
            self.low * other.high,
            self.high * other.low,
            self.high * other.high,
        )
        return Interval(min(products), max(products))

    def scale(self, factor: Fraction | int) -> Interval:
        if factor == 1:
            return self
        if type(factor) is not Fraction:
            factor = Fraction(factor)
        a, b = self.low * factor, self.high * factor
        return Interval(a, b) if factor.numerator >= 0 else Interval(b, a)

    def __truediv__(self, other: Interval) -> Interval:
        # the sign of a rational is the sign of its numerator (denominators are positive)
        if other.low.numerator <= 0 <= other.high.numerator:
            raise ZeroDivisionError("interval division by an interval containing zero")
        if self.low.numerator >= 0 and other.low.numerator > 0:
            # non-negative by positive (the usual case): the same bounds as the product below
            return Interval(self.low / other.high, self.high / other.low)
        return self * Interval(_reciprocal(other.high), _reciprocal(other.low))

    def intersects(self, other: Interval) -> bool:
        return _at_most(self.low, other.high) and _at_most(other.low, self.high)

    def contains(self, value: Fraction | int) -> bool:
        return _at_most(self.low, value) and _at_most(value, self.high)

    def hull(self, other: Interval) -> Interval:
        return Interval(min(self.low, other.low), max(self.high, other.high))

    def widen(self, below: Fraction, above: Fraction) -> Interval:
        return Interval(self.low - below, self.high + above)

    @property
    def mid(self) -> Fraction:
        return (self.low + self.high) / 2

    @property
    def width(self) -> Fraction:
        return self.high - self.low

    def distance(self, other: Interval) -> Fraction:
        """Gap between the two intervals (0 when they intersect)."""
        if self.intersects(other):
            return Fraction(0)
        return other.low - self.high if self.high < other.low else self.low - other.high


def _at_most(a: Fraction | int, b: Fraction | int) -> bool:
    """``a <= b`` by cross-multiplying (exact; cheaper than ``Fraction.__le__``)."""
    return a.numerator * b.denominator <= b.numerator * a.denominator


def _reciprocal(value: Fraction) -> Fraction:
    """``1 / value`` for a non-zero rational, without the generic division."""
    return Fraction(value.denominator, value.numerator)


def fraction_to_decimal(value: Fraction, places: int = 12) -> Decimal:
    """Exact decimal when the fraction terminates, else rounded to ``places`` places."""
    numerator, denominator = value.numerator, value.denominator
    d = denominator
    for prime in (2, 5):
        while d % prime == 0:
            d //= prime
    if d == 1:
        digits = 0
        scaled = Fraction(numerator, denominator)
        while scaled.denominator != 1:
            scaled *= 10
            digits += 1
        return Decimal(scaled.numerator).scaleb(-digits)
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(numerator) / Decimal(denominator)).quantize(quantum)


def decimal_string(value: Fraction) -> str:
    """Plain decimal string (no exponent) of an exact value, as used in the JSON output."""
    text = format(fraction_to_decimal(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
