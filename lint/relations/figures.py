"""Quantities as the arithmetic layer sees them: one :class:`~lint.arithmetic.Figure` each.

A figure is keyed by ``(block index, offset of its first printed number)``, which is unique
in a document and stable across relation families, so that the constraints of breakdowns,
percentages and cross-checks can be localised together.
"""

from __future__ import annotations

from lint.arithmetic import Figure
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.quantity import Quantity, QuantityKind

FigureKey = tuple[int, int]


def key_of(quantity: Quantity) -> FigureKey:
    return (quantity.block, quantity.number_start)


def figure_of(quantity: Quantity) -> Figure:
    """The figure of a quantity (a pair's done part for a ``pair``; sign dropped)."""
    if quantity.kind is QuantityKind.PAIR and quantity.parts:
        quantity = quantity.parts[0]
    decimals = quantity.numbers[-1].decimals if quantity.numbers else 0
    shifted = abs(quantity.value) / quantity.scale * 10**decimals  # printed digits as a number
    digits = str(shifted.numerator // shifted.denominator)
    digits = digits.rjust(decimals + 1, "0")
    return Figure(
        key_of(quantity),
        digits,
        decimals,
        quantity.scale,
        exact=quantity.exact,
        percent=quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERMILLE),
        grouped="grouped" in quantity.flags or len(quantity.numbers) > 1,
        scale_word="scaled" in quantity.flags,
    )


def display_scale(quantities: list[Quantity]) -> Fraction:
    """The unit to show a computation in: the smallest printed scale among the figures."""
    return min((q.scale for q in quantities), default=Fraction(1))


def display(value: Fraction, scale: Fraction, decimals: int) -> str:
    """``value`` (base unit) written in units of ``scale`` with ``decimals`` places."""
    return format_vi(value / scale, decimals, group=True)


def display_decimals(quantities: list[Quantity], scale: Fraction) -> int:
    """Decimals needed to show every figure in units of ``scale``."""
    most = 0
    for quantity in quantities:
        figure = figure_of(quantity)
        shift = figure.scale / scale
        places = figure.decimals
        while shift >= 10 and places > 0:
            shift /= 10
            places -= 1
        most = max(most, places)
    return most
