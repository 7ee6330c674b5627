"""The printed column-number row of budget forms and the formulas it states.

Forms of the Ministry of Finance (and many provincial plans copying them) print, under the column
titles, one row that numbers the columns: letters for the text columns and numbers for the
figure columns, some of them with the formula that computes them::

    | A | B | 1 | 2 | 3=1+2 | 4=3/2 |
    | (1) | (2) | (3) | (4)=(3)-(2) | (5)=(4)/(2)*100 |

The row is not data: its "1", "2" are column names.  It states how columns relate on every data
row.  This module recognises the row (the readers and the number scanner both need it, so it
lives beside the scanner, not in the table relations) and reads its formulas as
:mod:`lint.arithmetic` expressions over column numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from lint.arithmetic import Add, Const, Div, Expr, Mul, Sub, Var
from lint.numbers.fraction import Fraction

_LETTER = re.compile(r"[A-ZĐ]")
_NUMBERED = re.compile(r"\(?(\d{1,2})\)?(?:\s*=\s*(.+))?")
_TOKEN = re.compile(r"\s*(?:(\(\d{1,2}\))|(\d+(?:,\d+)?)|([-+*/x×:()]))", re.IGNORECASE)
# How many body rows below the header the row may sit (Markdown puts it under the |---| line).
SEARCH_ROWS = 2


@dataclass(frozen=True)
class ColumnFormula:
    """Column ``column`` (printed number ``number``) = ``expression`` over column numbers."""

    column: int  # grid index of the computed column
    number: int
    text: str  # the formula as printed ("3=1+2")
    expression: Expr  # over ``Var(printed number)``
    operands: tuple[int, ...]  # printed numbers of the columns it reads, in order
    ratio: bool  # a product or quotient (rounded ratios, percentages): not a plain sum
    source: str = ""  # the right-hand side as printed

    def over(self, key: Callable[[int], Hashable]) -> Expr:
        """The expression with each column number replaced by ``key(number)``."""
        parsed = parse_formula(self.source, set(self.operands), key)
        assert parsed is not None  # it parsed once with the same columns
        return parsed[0]


@dataclass(frozen=True)
class ColumnNumbers:
    """The column-number row of a table: where it is and what it states."""

    row: int  # index in ``table.rows``
    numbers: dict[int, int]  # printed number → grid column index
    formulas: tuple[ColumnFormula, ...]


def read_column_numbers(
    texts: Sequence[str],
) -> tuple[dict[int, int], list[tuple[int, str]]] | None:
    """The numbers and formula texts of a row, if it is a column-number row.

    Every non-empty cell is a letter ("A", "B") or a number, optionally in parentheses and
    optionally followed by "= formula"; the numbers run 1, 2, 3 … from left to right (a gap or a
    repeat means the row is data), letters come before them, and there are at least two numbers.
    """
    numbers: dict[int, int] = {}
    formulas: list[tuple[int, str]] = []
    seen_number = False
    letters = 0
    for index, raw in enumerate(texts):
        text = raw.strip()
        if not text:
            continue
        if _LETTER.fullmatch(text.strip("()")):
            if seen_number:
                return None
            letters += 1
            continue
        match = _NUMBERED.fullmatch(text)
        if match is None:
            return None
        number = int(match.group(1))
        if numbers and number != max(numbers) + 1:
            return None
        seen_number = True
        numbers[number] = index
        if match.group(2):
            formulas.append((number, match.group(2).strip()))
    if len(numbers) < 2 or min(numbers) not in (0, 1):
        return None
    if not formulas and not letters and (len(numbers) < 3 or min(numbers.values()) != 0):
        # "1 | 2 | 3" from the first column on (the label column numbered too), or nothing:
        # a row of small figures under an empty label is data
        return None
    return numbers, formulas


def find_column_numbers(rows: Sequence[Sequence[str]], header_rows: int) -> ColumnNumbers | None:
    """The column-number row among the last header row and the first body rows."""
    first = max(header_rows - 1, 0)
    for position in range(first, min(len(rows), header_rows + SEARCH_ROWS)):
        read = read_column_numbers(rows[position])
        if read is None:
            continue
        numbers, texts = read
        formulas = []
        for number, text in texts:
            parsed = parse_formula(text, set(numbers) - {number})
            if parsed is not None:
                expression, operands, ratio = parsed
                formulas.append(
                    ColumnFormula(
                        numbers[number],
                        number,
                        f"{number}={text}",
                        expression,
                        operands,
                        ratio,
                        text,
                    )
                )
        return ColumnNumbers(position, numbers, tuple(formulas))
    return None


def parse_formula(
    text: str, columns: set[int], key: Callable[[int], Hashable] = lambda number: number
) -> tuple[Expr, tuple[int, ...], bool] | None:
    """``"1+2"``, ``"(4)/(2)*100"``, ``"3/2 x 100%"`` → (expression, operands, ratio?).

    A number that names a column of the row is that column (``Var(number)``); 100 and 1000 are
    constants; any other number makes the text no formula.  A trailing "%" only says the result is a percentage.  None when the text
    is not such a formula.
    """
    text = text.strip().rstrip("%").strip()
    tokens: list[tuple[str, str]] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            return None
        reference, number, operator = match.groups()
        if reference:
            value = int(reference.strip("()"))
            if value not in columns:
                return None
            tokens.append(("column", str(value)))
        elif number:
            if number.isdecimal() and int(number) in columns:
                tokens.append(("column", number))
            elif number in ("100", "1000"):
                tokens.append(("constant", number))  # "×100": a percentage, "/1000": a unit
            else:
                return None  # a column the row does not have
        else:
            tokens.append(("operator", operator.lower()))
        position = match.end()
    parser = _Parser(tokens, key)
    try:
        expression = parser.sum()
    except ValueError:
        return None
    if parser.position != len(tokens) or not parser.operands:
        return None
    ratio = any(kind == "operator" and value in "*/x×:" for kind, value in tokens)
    return expression, tuple(parser.operands), ratio


class _Parser:
    """Recursive descent over formula tokens: sum := product (± product)*; product := atom …"""

    def __init__(self, tokens: list[tuple[str, str]], key: Callable[[int], Hashable]) -> None:
        self.tokens = tokens
        self.key = key
        self.position = 0
        self.operands: list[int] = []

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def sum(self) -> Expr:
        expression = self.product()
        while (token := self._peek()) is not None and token in (
            ("operator", "+"),
            ("operator", "-"),
        ):
            self.position += 1
            right = self.product()
            expression = Add(expression, right) if token[1] == "+" else Sub(expression, right)
        return expression

    def product(self) -> Expr:
        expression = self.atom()
        while (
            (token := self._peek()) is not None and token[0] == "operator" and token[1] in "*/x×:"
        ):
            self.position += 1
            right = self.atom()
            expression = Mul(expression, right) if token[1] in "*x×" else Div(expression, right)
        return expression

    def atom(self) -> Expr:
        token = self._peek()
        if token is None:
            raise ValueError("formula ends early")
        self.position += 1
        kind, value = token
        if kind == "column":
            self.operands.append(int(value))
            return Var(self.key(int(value)))
        if kind == "constant":
            return Const(Fraction(value.replace(",", ".")))
        if value == "(":
            inner = self.sum()
            if self._peek() != ("operator", ")"):
                raise ValueError("unclosed parenthesis")
            self.position += 1
            return inner
        raise ValueError(f"unexpected {value}")
