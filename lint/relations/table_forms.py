"""What the numbering of a budget-form table states: column formulas, row formulas, STT order.

Budget forms (Ministry of Finance forms and the provincial plans and resolutions copying them)
state more than their totals:

* the printed column-number row ("A | B | 1 | 2 | 3=1+2 | 4=3/2", :mod:`lint.numbers.column_numbers`)
  says how columns relate on every data row;
* a row label may carry a formula over other rows' STT numbers: "TỔNG THU NSĐP (A+B)",
  "Tổng chi cân đối (I+II+III)", "Bội chi (A-B)", "A = B + C";
* the STT column numbers sibling rows 1, 2, 3 … under each parent: a gap or a repeat is a slip.

Every cell is the interval of values that round to it (percentages: rounding or truncation), and
the relations are :mod:`lint.arithmetic` equations, so a row formula or a column formula holds
exactly when some values inside the printed intervals satisfy it.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, replace

from lint import lexicon
from lint.arithmetic import HUNDRED, Add, Const, Div, Expr, Mul, Spread, Sub, Sum, Var
from lint.document import Block
from lint.lexicon import fold_label as fold
from lint.numbers.column_numbers import ColumnFormula, parse_formula
from lint.numbers.fraction import Fraction
from lint.numbers.units import SCALES
from lint.relations.tables import (
    COST_HEADER,
    PRICE_HEADER,
    QUANTITY_HEADER,
    Row,
    TableModel,
    TableStatement,
    failing_sums,
    ratio_checks,
    signed_sum,
    table_statement,
)

# ---------------------------------------------------------------------------------------------
# Column formulas ("3=1+2", "4=3/2")


_PERCENT_COLUMN = re.compile(r"%|tỷ lệ|so sánh|\bso\b")


def column_formula_checks(model: TableModel) -> Iterator[TableStatement]:
    """Every data row's figures under every formula of the column-number row (family
    "table-formula"), then under the formulas the headers state ("table-product",
    "table-balance")."""
    yield from _printed_formula_checks(model)
    yield from _implied_products(model)
    yield from _implied_balances(model)


def _printed_formula_checks(model: TableModel) -> Iterator[TableStatement]:
    numbers = model.column_numbers
    if numbers is None:
        return
    for formula in numbers.formulas:
        columns = {n: numbers.numbers[n] for n in formula.operands}
        header = model.columns[formula.column].header if formula.column < len(model.columns) else ""
        rows = [
            row
            for row in model.rows
            if row.kind in ("data", "unclear")
            and not (formula.ratio and row.is_rate)
            and (formula.ratio or row.additive)
        ]
        hundred = formula.ratio and _percent(formula, header)
        checks = [c for row in rows if (c := _check(formula, row, columns, hundred)) is not None]
        if formula.ratio and _bare_quotient(formula):
            # "4=3/2" printed as a percentage or as a ratio: the reading more rows agree with
            other = [c for row in rows if (c := _check(formula, row, columns, not hundred))]
            if sum(c.satisfied for c in other) > sum(c.satisfied for c in checks):
                checks = other
        yield from checks


_UNIT = re.compile(r"\(([^()]*)\)")
IMPLIED_PRODUCT_MIN_HOLDING = 2  # rows that must hold before the others are checked


def _borne_out(checks: list[TableStatement]) -> list[TableStatement]:
    """A formula the headers state, checked on the rows when they bear it out: at least
    :data:`IMPLIED_PRODUCT_MIN_HOLDING` hold and at most one in four fails; else none."""
    holding = sum(check.satisfied for check in checks)
    if holding >= IMPLIED_PRODUCT_MIN_HOLDING and (len(checks) - holding) * 4 <= len(checks):
        return checks
    return []


def _implied_products(model: TableModel) -> Iterator[TableStatement]:
    """``Thành tiền`` = ``Số lượng`` × ``Đơn giá`` on every data row, read from the headers of
    a table with no column-number row saying so, when the rows bear it out: at least
    :data:`IMPLIED_PRODUCT_MIN_HOLDING` hold and at most one in four fails."""
    if model.column_numbers is not None and model.column_numbers.formulas:
        return
    found = [  # the price of one is no additive figure: a column of role "rate"
        next(
            (c for c in model.columns if c.role in ("value", "rate") and pattern.match(c.header)),
            None,
        )
        for pattern in (QUANTITY_HEADER, PRICE_HEADER, COST_HEADER)
    ]
    quantity, price, cost = found
    if quantity is None or price is None or cost is None:
        return
    factor = Const(_scale(price.header) / _scale(cost.header))  # "(đồng)", "(nghìn đồng)"
    checks = []
    for row in model.rows:
        if row.kind not in ("data", "unclear"):
            continue
        stated, n, each = (row.cells.get(c.index) for c in (cost, quantity, price))
        if any(cell is None or cell.value is None for cell in (stated, n, each)):
            continue
        assert stated is not None and n is not None and each is not None
        # how many of a unit, its price and the cost are set, not measured: whole figures exact
        stated, n, each = (replace(c, exact=True) for c in (stated, n, each))
        product = Mul(Mul(Var(n.key), Var(each.key)), factor)
        formula = f"{cost.title} = {quantity.title} × {price.title}"
        check = table_statement(
            "table-product", stated, (n, each), product, ratio=True, row=row, formula=formula
        )
        if check is not None:
            checks.append(check)
    yield from _borne_out(checks)


# A fund's or a debt's table: the balance at the start, what came in, what went out, the
# balance at the end ("Số dư đầu kỳ | Thu trong kỳ | Chi trong kỳ | Số dư cuối kỳ")
_OPENING_HEADER = re.compile(r"^(?:số dư|dư nợ|tồn|nợ|số)?\s*(?:quỹ\s+)?đầu (?:kỳ|năm)\b")
_INFLOW_HEADER = re.compile(r"^(?:tổng\s+)?(?:số\s+)?(?:thu|tăng|phát sinh|nhận|cho vay)\b")
_OUTFLOW_HEADER = re.compile(r"^(?:tổng\s+)?(?:số\s+)?(?:chi|giảm|sử dụng|trả|thu nợ)\b")
_CLOSING_HEADER = re.compile(r"^(?:số dư|dư nợ|tồn|nợ|số)?\s*(?:quỹ\s+)?cuối (?:kỳ|năm)\b")


def _implied_balances(model: TableModel) -> Iterator[TableStatement]:
    """``Số dư cuối kỳ`` = ``Số dư đầu kỳ`` + ``Thu`` − ``Chi`` on every data row, read from
    the headers (one column each) when the rows bear it out, as for a cost table."""
    values = [c for c in model.columns if c.role == "value"]
    roles = []
    for pattern in (_OPENING_HEADER, _INFLOW_HEADER, _OUTFLOW_HEADER, _CLOSING_HEADER):
        matching = [c for c in values if pattern.match(c.header)]
        if len(matching) != 1:
            return
        roles.append(matching[0])
    opening, inflow, outflow, closing = roles
    if len({c.index for c in roles}) != 4:
        return
    checks = []
    for row in model.rows:
        if row.kind not in ("data", "unclear") or not row.additive:
            continue
        cells = [row.cells.get(c.index) for c in roles]
        if any(cell is None or cell.value is None for cell in cells):
            continue
        start, came, went, end = (cell for cell in cells if cell is not None)
        formula = f"{closing.title} = {opening.title} + {inflow.title} − {outflow.title}"
        computing = Sub(Add(Var(start.key), Var(came.key)), Var(went.key))
        check = table_statement(
            "table-balance", end, (start, came, went), computing, row=row, formula=formula
        )
        if check is not None:
            checks.append(check)
    yield from _borne_out(checks)


def _scale(header: str) -> Fraction:
    """The scale of the currency unit a header names in parentheses ("(nghìn đồng)": 1.000);
    1 without one."""
    unit = _UNIT.search(header)
    words = unit.group(1).split() if unit else []
    if len(words) < 2 or words[-1] != "đồng":
        return Fraction(1)
    return SCALES.get(" ".join(words[:-1]), Fraction(1))


def _bare_quotient(formula: ColumnFormula) -> bool:
    return not re.search(r"100", formula.source)


def _percent(formula: ColumnFormula, header: str) -> bool:
    """A quotient printed as a percentage: "4=3/2" under "So sánh (%)", not "x 100" already."""
    constants = re.findall(r"\d+", formula.source)
    if "100" in constants and 100 not in formula.operands:
        return False
    return bool(_PERCENT_COLUMN.search(header))


def _check(
    formula: ColumnFormula, row: Row, columns: dict[int, int], hundred: bool
) -> TableStatement | None:
    stated = row.cells.get(formula.column)
    operands = [row.cells.get(columns[n]) for n in formula.operands]
    if stated is None or stated.value is None:
        return None
    cells = [cell for cell in operands if cell is not None and cell.value is not None]
    if len(cells) != len(operands):
        return None
    keys: dict[Hashable, Hashable] = {
        number: cell.key for number, cell in zip(formula.operands, cells, strict=True)
    }
    expression = _rekeyed(formula.expression, keys)
    if hundred:
        expression = Mul(expression, Const(HUNDRED))
    slack = None
    if hundred or (formula.ratio and "100" in formula.source):
        # a percentage, rounded or truncated: up to one unit of its last digit above
        slack = Spread(Fraction(0), Fraction(1, 2 * 10**stated.decimals))
    return table_statement(
        "table-formula",
        stated,
        tuple(cells),
        expression,
        slack,
        ratio=formula.ratio,
        row=row,
        formula=formula.text,
    )


def _rekeyed(expression: Expr, keys: Mapping[Hashable, Hashable]) -> Expr:
    """``expression`` over the column numbers, with each number's cell key instead (a printed
    formula has a few terms: recursion is bounded)."""
    if isinstance(expression, Var):
        return Var(keys[expression.key])
    if isinstance(expression, (Add, Sub, Mul, Div)):
        return type(expression)(_rekeyed(expression.left, keys), _rekeyed(expression.right, keys))
    if isinstance(expression, Sum):
        return Sum(tuple(_rekeyed(term, keys) for term in expression.terms))
    return expression


# ---------------------------------------------------------------------------------------------
# Row formulas in labels ("(I+II+III)", "(A+B)", "A-B", "(A=B+C)")

_LABEL_FORMULA = re.compile(
    r"\(\s*(?:(?P<own>[A-ZĐIVX\d]{1,4})\s*=\s*)?(?P<body>[A-ZĐIVX\d.]{1,6}(?:\s*[-+]\s*[A-ZĐIVX\d.]{1,6})+)\s*\)"
    r"|=\s*(?P<tail>[A-ZĐIVX\d.]{1,6}(?:\s*[-+]\s*[A-ZĐIVX\d.]{1,6})+)\s*$"
)
_TERM = re.compile(r"\s*([-+]?)\s*([A-ZĐIVX\d.]{1,6})")


@dataclass(frozen=True)
class RowFormula:
    """Row ``row`` = Σ ± ``terms`` (rows), as its label states."""

    row: Row
    text: str  # the formula as printed
    terms: tuple[tuple[int, Row], ...]  # (sign, row)


def row_formulas(model: TableModel) -> Iterator[RowFormula]:
    labels = [(row, _clean(cell.text)) for row, cell in model.numbers]
    for position, (row, own) in enumerate(labels):
        match = _LABEL_FORMULA.search(row.label_cell.text)
        if match is None or row.kind != "data":
            continue
        if match.group("own") and match.group("own") != own:
            continue  # "(B=C+D)" in row A: not this row's formula
        body = match.group("body") or match.group("tail")
        terms: list[tuple[int, str]] = []
        for term in _TERM.finditer(body):
            terms.append((-1 if term.group(1) == "-" else 1, term.group(2).rstrip(".")))
        resolved = _resolve(labels, position, [name for _, name in terms])
        if resolved is None or any(other is row for other in resolved):
            continue
        yield RowFormula(
            row,
            match.group(0).strip(),
            tuple((sign, other) for (sign, _), other in zip(terms, resolved, strict=True)),
        )


def _clean(text: str) -> str:
    return text.strip().rstrip(".").strip()


def _resolve(labels: list[tuple[Row, str]], position: int, names: list[str]) -> list[Row] | None:
    """The rows the names refer to: first among the rows after the formula's row (the rows it
    totals), else in the whole table; each name must then be one row only."""
    for scope in (labels[position + 1 :], labels):
        found: list[Row] = []
        for name in names:
            rows = [row for row, label in scope if label == name]
            if len(rows) != 1:
                break
            found.append(rows[0])
        if len(found) == len(names):
            return found
    return None


def row_formula_checks(model: TableModel) -> Iterator[tuple[RowFormula, TableStatement]]:
    for formula in row_formulas(model):
        for column in model.value_columns():
            stated = formula.row.cells.get(column.index)
            cells = [row.cells.get(column.index) for _, row in formula.terms]
            if stated is None or stated.value is None:
                continue
            present = [cell for cell in cells if cell is not None and cell.value is not None]
            if len(present) != len(cells):
                continue
            terms = [(sign, cell) for (sign, _), cell in zip(formula.terms, present, strict=True)]
            check = table_statement(
                "table-row-formula", stated, tuple(present), signed_sum(terms), formula=formula.text
            )
            assert check is not None  # a sum divides by nothing
            yield formula, check


# ---------------------------------------------------------------------------------------------
# The cell to blame


def failing_relations(model: TableModel) -> list[TableStatement]:
    """Every failing relation of the table (sums, ratio columns, column and row formulas)."""
    failing = failing_sums(model)
    failing += [c for _, _, c in ratio_checks(model) if not c.satisfied]
    failing += [c for c in column_formula_checks(model) if not c.satisfied]
    failing += [c for _, c in row_formula_checks(model) if not c.satisfied]
    return failing


# ---------------------------------------------------------------------------------------------
# STT numbering


@dataclass(frozen=True)
class NumberingProblem:
    """An STT label that does not follow its previous sibling (same kind, same parent)."""

    kind: str  # "gap" | "duplicate"
    row: Row
    cell: Block  # the STT cell
    previous: Row
    previous_cell: Block
    expected: str

    @property
    def label(self) -> str:
        return self.cell.text.strip()

    @property
    def previous_label(self) -> str:
        return self.previous_cell.text.strip()


_ALPHABET = "abcdđeghiklmnopqrstuvxy"
# Rows without a number that do not end the lists around them: they introduce a breakdown.
_CONTINUES = re.compile(
    rf"(?:-\s*)?(?:{lexicon.BREAKDOWN_MARKERS_RE}|{lexicon.LIST_ANNOUNCERS_RE})\b"
)


def _ordinal(label: str) -> tuple[str, int] | None:
    """(family, position) of an STT label: ("roman", 3) for "III", ("1.2.", 4) for "1.2.4"."""
    from lint.read.labels import roman_value

    text = _clean(label)
    if re.fullmatch(r"[IVXL]+", text):
        value = roman_value(text)
        return ("roman", value) if value else None
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){0,3}", text):
        head, _, last = text.rpartition(".")
        return (f"arabic:{head}", int(last))
    if re.fullmatch(r"[A-HĐ]", text) and text.lower() in _ALPHABET:
        return ("upper", _ALPHABET.index(text.lower()) + 1)
    if re.fullmatch(r"[a-zđ]\)?", text) and text[0] in _ALPHABET:
        return ("lower", _ALPHABET.index(text[0]) + 1)
    return None


def _skips_dd(family: str, before: int, position: int) -> bool:
    """ "d" then "e": many tables use the Latin alphabet, without "đ"."""
    d = _ALPHABET.index("d") + 1
    return family in ("lower", "upper") and before == d and position == d + 2


def _label_of(family: str, position: int) -> str:
    if family == "roman":
        return (
            ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][position]
            if (position <= 10)
            else str(position)
        )
    if family == "upper":
        return _ALPHABET[position - 1].upper() if position <= len(_ALPHABET) else "?"
    if family == "lower":
        return _ALPHABET[position - 1] if position <= len(_ALPHABET) else "?"
    head = family.partition(":")[2]
    return f"{head}.{position}" if head else str(position)


def numbering_problems(model: TableModel) -> list[NumberingProblem]:
    """Gaps and repeats among sibling rows of the STT column.

    Siblings are rows numbered in the same family ("I, II", "1, 2", "1.1, 1.2", "a, b") under
    the same parent row.  A restart at the first number is a new list; a row without a number
    (a section title, a district over its communes) ends every list, unless it introduces a
    breakdown ("Trong đó", "Chia ra"); nothing is said about the first number of a list.
    """
    problems: list[NumberingProblem] = []
    last: dict[str, tuple[Row, Block, int]] = {}  # family → previous sibling
    order: list[str] = []  # families from outermost to innermost, as they appear
    for row, cell in model.numbers:
        label = cell.text.strip()
        read = _ordinal(label)
        if read is None:
            if not label and not _CONTINUES.match(fold(row.label)):
                last.clear()
                order.clear()
            continue
        family, position = read
        if family in order:
            for inner in order[order.index(family) + 1 :]:
                last.pop(inner, None)  # a new parent: the inner lists start again
            del order[order.index(family) + 1 :]
        else:
            order.append(family)
        previous = last.get(family)
        last[family] = (row, cell, position)
        if previous is None:
            continue
        before, before_cell, before_position = previous
        if position == 1 and before_position != 1:
            continue  # a new list
        expected = _label_of(family, before_position + 1)
        if position == before_position:
            problems.append(NumberingProblem("duplicate", row, cell, before, before_cell, expected))
        elif position > before_position + 1 and not _skips_dd(family, before_position, position):
            problems.append(NumberingProblem("gap", row, cell, before, before_cell, expected))
    return problems


__all__ = [
    "NumberingProblem",
    "RowFormula",
    "TableStatement",
    "column_formula_checks",
    "failing_relations",
    "numbering_problems",
    "parse_formula",
    "row_formula_checks",
    "row_formulas",
]
