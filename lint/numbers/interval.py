"""Exact closed intervals of rationals: the values a printed figure can stand for.

A figure printed as ``50,3`` stands for any value that rounds to it, ``[50,25; 50,35]``.
Arithmetic on intervals is exact (``fractions.Fraction``): a stated relation is violated only
when no choice of values inside the intervals satisfies it (the XBRL Calculations 1.1 rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction


@dataclass(frozen=True)
class Interval:
    low: Fraction
    high: Fraction

    @classmethod
    def exact(cls, value: Fraction | int) -> Interval:
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
        products = (
            self.low * other.low,
            self.low * other.high,
            self.high * other.low,
            self.high * other.high,
        )
        return Interval(min(products), max(products))

    def scale(self, factor: Fraction | int) -> Interval:
        factor = Fraction(factor)
        a, b = self.low * factor, self.high * factor
        return Interval(min(a, b), max(a, b))

    def __truediv__(self, other: Interval) -> Interval:
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError("interval division by an interval containing zero")
        return self * Interval(1 / other.high, 1 / other.low)

    def intersects(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def contains(self, value: Fraction | int) -> bool:
        return self.low <= value <= self.high

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
