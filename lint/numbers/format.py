"""Write exact values the Vietnamese way: dot between thousands, comma before decimals.

``format_vi(Fraction(2506437))`` → ``"2.506.437"``; ``format_vi(Fraction(3541, 100), 2)`` →
``"35,41"``.  Rounding is half away from zero, on exact fractions (never floats).
"""

from __future__ import annotations

from lint.numbers.fraction import Fraction


def round_half_up(value: Fraction, decimals: int = 0) -> Fraction:
    """``value`` rounded to ``decimals`` places, halves away from zero, exactly."""
    factor = Fraction(10) ** decimals
    scaled = abs(value) * factor
    whole = scaled.numerator // scaled.denominator
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    rounded = Fraction(whole) / factor
    return -rounded if value < 0 else rounded


def format_vi(value: Fraction | int, decimals: int = 0, *, group: bool = True) -> str:
    """``value`` with ``decimals`` places, thousands dot (when ``group``) and decimal comma."""
    rounded = round_half_up(Fraction(value), decimals)
    negative = rounded < 0
    scaled = abs(rounded) * Fraction(10) ** decimals
    digits = str(scaled.numerator // scaled.denominator).rjust(decimals + 1, "0")
    integer, fraction = digits[: len(digits) - decimals], digits[len(digits) - decimals :]
    if group:
        groups: list[str] = []
        while len(integer) > 3:
            groups.insert(0, integer[-3:])
            integer = integer[:-3]
        integer = ".".join([integer, *groups])
    text = integer + ("," + fraction if decimals else "")
    return ("-" if negative and scaled else "") + text


def decimals_needed(value: Fraction, at_most: int = 6) -> int:
    """The fewest decimals (up to ``at_most``) that write ``value`` exactly."""
    for places in range(at_most + 1):
        if (value * Fraction(10) ** places).denominator == 1:
            return places
    return at_most
