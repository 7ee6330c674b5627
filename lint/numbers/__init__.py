"""Numbers: the Lark grammar, the scanner for figure phrases, and the quantity model."""

from lint.numbers.interval import Interval
from lint.numbers.quantity import NonQuantity, Quantity, QuantityKind

__all__ = ["Interval", "NonQuantity", "Quantity", "QuantityKind"]
