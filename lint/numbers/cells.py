"""The figure a table cell prints, read with the same number grammar as the prose.

Tables print bare figures ("2517636", "11,83", "1.234.560", "-5,2", "40.3", "12,5 %"); the scanner
reads them as phrases of ``grammar/numbers.lark`` and so does :func:`read_cell`: a cell is a
figure when one printed number (with its sign, and a percent sign at most) fills it, without a
unit or a scale word.  The unit of a column is in its header, the table's "Đơn vị tính" line or
the row's ĐVT cell, never in the cell itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from lint.numbers.fraction import Fraction
from lint.numbers.parse import parse_phrase


class CellFigure(NamedTuple):
    value: Fraction  # as printed, signed, without any unit
    decimals: int  # digits after the decimal mark
    percent: bool  # printed with "%"


@lru_cache(maxsize=65536)
def read_cell(text: str) -> CellFigure | None:
    """The figure filling a table cell, or None (text, a missing mark, a figure with a unit)."""
    text = text.strip()
    # the two commonest shapes ("2517636", "11,83") read as the grammar reads them, directly
    if text.isdecimal():
        return CellFigure(Fraction(int(text)), 0, False)
    integer, comma, decimal = text.partition(",")
    if comma and integer.isdecimal() and decimal.isdecimal():
        return CellFigure(Fraction(int(integer + decimal), 10 ** len(decimal)), len(decimal), False)
    phrase = parse_phrase(text) if text else None
    if phrase is None or phrase.end != len(text) or phrase.unit is not None:
        return None
    if phrase.form not in ("measure", "percent") or len(phrase.magnitudes) != 1:
        return None
    magnitude = phrase.magnitudes[0]
    if len(magnitude.components) != 1 or magnitude.components[0][1] is not None:
        return None
    if phrase.sign is not None and text[1:2].isspace():
        return None  # "- 5": a dash before an item, not a sign
    number = magnitude.numbers[0]
    value = -number.value if phrase.sign == "-" else number.value
    return CellFigure(value, number.decimals, phrase.form == "percent")
