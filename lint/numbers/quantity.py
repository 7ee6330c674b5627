"""The quantity model: a figure of the report with its exact value, interval, unit and span."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from lint.document import Span
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval


class QuantityKind(str, Enum):
    AMOUNT = "amount"  # money
    PERCENT = "percent"
    PERMILLE = "permille"
    COUNT = "count"  # a count of things (con, hộ, hồ sơ …)
    MEASURE = "measure"  # ha, tấn, m …
    RATE = "rate"  # tạ/ha, triệu đồng/ha …
    PAIR = "pair"  # done/total: 88/98 hồ sơ
    RANGE = "range"  # 33-34, 6,6-6,8
    NUMBER = "number"  # a figure without a unit


@dataclass(frozen=True, slots=True)
class NumberLiteral:
    """One printed number: ``2.506``, ``50,3``, ``98,587``, ``34.1``."""

    text: str
    value: Fraction
    decimals: int  # digits after the decimal separator
    start: int  # position in the block's analysis text
    end: int
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure: value and interval in the base unit, kind, unit and where it is."""

    kind: QuantityKind
    text: str  # the phrase as it appears in the analysis text
    value: Fraction
    interval: Interval
    unit: str | None
    block: int
    start: int  # phrase position in the block's analysis text
    end: int
    span: Span  # phrase span in the original file
    numbers: tuple[NumberLiteral, ...]  # the printed numbers, in order
    scale: Fraction = Fraction(1)  # multiplier of the last printed number into the base unit
    unit_text: str | None = None
    flags: frozenset[str] = frozenset()
    parts: tuple[Quantity, ...] = field(default=(), compare=False)
    sign: int = 1

    @property
    def exact(self) -> bool:
        return self.interval.low == self.interval.high

    @property
    def literal(self) -> str:
        return " ".join(number.text for number in self.numbers)

    @property
    def number_start(self) -> int:
        return self.numbers[0].start if self.numbers else self.start

    @property
    def number_end(self) -> int:
        return self.numbers[-1].end if self.numbers else self.end

    def with_parts(self, parts: tuple[Quantity, ...]) -> Quantity:
        return Quantity(
            self.kind,
            self.text,
            self.value,
            self.interval,
            self.unit,
            self.block,
            self.start,
            self.end,
            self.span,
            self.numbers,
            self.scale,
            self.unit_text,
            self.flags,
            parts,
            self.sign,
        )


@dataclass(frozen=True, slots=True)
class NonQuantity:
    """Something that looks like a number but is not a quantity (date, code, name, label …)."""

    kind: str  # date | year | period | code | name | scale | ordinal | label | time | footnote | phone | age
    text: str
    block: int
    start: int
    end: int
    span: Span
