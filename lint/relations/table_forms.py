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
from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from lint.arithmetic import HUNDRED, Const, Equation, Expr, Mul, Var, printed_interval
from lint.document import Block
from lint.numbers.column_numbers import ColumnFormula, parse_formula
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.relations.tables import Cell, Row, TableModel, failing_sums, fold

# ---------------------------------------------------------------------------------------------
# Column formulas ("3=1+2", "4=3/2")


@dataclass(frozen=True)
class FormulaCheck:
    """One row's figures under one stated formula (a column formula or a row formula)."""

    formula: str  # as printed: "3=1+2", "(I+II)"
    stated: Cell  # the cell the formula computes
    operands: tuple[Cell, ...]  # the cells it reads, in the formula's order
    computed: Interval
    ratio: bool  # a quotient or product (warning), not a sum (error)
    decimals: int  # how the stated cell is printed
    percent: bool  # the stated cell is a percentage (rounded or truncated)

    @property
    def holds(self) -> bool:
        value = self.stated.value
        assert value is not None
        stated = printed_interval(value, self.decimals, Fraction(1), percent=self.percent)
        return stated.intersects(self.computed)

    expression: Expr | None = None  # over ``keys``, the operands in order
    keys: tuple[Hashable, ...] = ()
    row: Row | None = None  # the row it is checked on

    @property
    def computed_text(self) -> str:
        return format_vi(self.computed.mid, self.decimals, group=_grouped(self.stated))

    def correction(self, cell: Cell) -> str | None:
        """What ``cell`` would have to read for the formula to hold, the others as printed."""
        if cell is self.stated:
            return self.computed_text
        if self.expression is None or cell.value is None:
            return None
        positions = [i for i, operand in enumerate(self.operands) if operand is cell]
        if len(positions) != 1:
            return None
        env: dict[Hashable, Interval] = {
            key: Interval.exact(operand.value or 0)
            for key, operand in zip(self.keys, self.operands, strict=True)
        }
        env["stated"] = Interval.exact(self.stated.value or 0)
        required = Equation(self.expression, Var("stated")).solve(self.keys[positions[0]], env)
        if required is None:
            return None
        return format_vi(required.mid, cell.decimals, group=_grouped(cell))


_PERCENT_COLUMN = re.compile(r"%|tỷ lệ|so sánh|\bso\b")


def column_formula_checks(model: TableModel) -> Iterator[FormulaCheck]:
    """Every data row's figures under every formula of the column-number row."""
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
            if sum(c.holds for c in other) > sum(c.holds for c in checks):
                checks = other
        yield from checks


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
) -> FormulaCheck | None:
    stated = row.cells.get(formula.column)
    operands = [row.cells.get(columns[n]) for n in formula.operands]
    if stated is None or stated.value is None:
        return None
    cells = [cell for cell in operands if cell is not None and cell.value is not None]
    if len(cells) != len(operands):
        return None
    env: dict[Hashable, Interval] = {
        number: cell.interval for number, cell in zip(formula.operands, cells, strict=True)
    }
    expression: Expr = formula.expression
    if hundred:
        expression = Mul(expression, Const(HUNDRED))
    sides = Equation(expression, Var("stated")).sides({**env, "stated": stated.interval})
    if sides is None:
        return None
    return FormulaCheck(
        formula.text,
        stated,
        tuple(cells),
        sides[0],
        formula.ratio,
        stated.decimals,
        hundred or (formula.ratio and "100" in formula.source),
        expression,
        formula.operands,
        row,
    )


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


def row_formula_checks(model: TableModel) -> Iterator[tuple[RowFormula, FormulaCheck]]:
    for formula in row_formulas(model):
        for column in model.value_columns():
            stated = formula.row.cells.get(column.index)
            cells = [row.cells.get(column.index) for _, row in formula.terms]
            if stated is None or stated.value is None:
                continue
            present = [cell for cell in cells if cell is not None and cell.value is not None]
            if len(present) != len(cells):
                continue
            computed = Interval.exact(0)
            for (sign, _), cell in zip(formula.terms, present, strict=True):
                computed = computed + cell.interval if sign > 0 else computed - cell.interval
            yield (
                formula,
                FormulaCheck(
                    formula.text, stated, tuple(present), computed, False, stated.decimals, False
                ),
            )


# ---------------------------------------------------------------------------------------------
# The cell to blame


def failing_relations(model: TableModel) -> list[tuple[Cell, ...]]:
    """The cells of every failing relation of the table (sums, column and row formulas)."""
    failing = [(check.total, *check.parts) for check in failing_sums(model)]
    failing += [(c.stated, *c.operands) for c in column_formula_checks(model) if not c.holds]
    failing += [(c.stated, *c.operands) for _, c in row_formula_checks(model) if not c.holds]
    return failing


def failure_counts(model: TableModel) -> dict[int, int]:
    """How many failing relations of the table each cell (by ``id``) takes part in."""
    if model._failing_relations is None:
        counts: dict[int, int] = {}
        for cells in failing_relations(model):
            for key in {id(cell) for cell in cells}:
                counts[key] = counts.get(key, 0) + 1
        model._failing_relations = counts
    return model._failing_relations


def suspect(model: TableModel, cells: tuple[Cell, ...]) -> Cell | None:
    """The one cell of ``cells`` that most failing relations of the table go through.

    A changed cell of a budget form breaks its column's sum (its parent row) and its row's
    column formula ("3=1+2"); the cell common to two or more failing relations is the culprit.
    """
    failing = failure_counts(model)
    counts = [failing.get(id(cell), 0) for cell in cells]
    best = max(counts, default=0)
    if best < 2 or counts.count(best) != 1:
        return None
    return cells[counts.index(best)]


def _grouped(cell: Cell) -> bool:
    return bool(re.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?", cell.block.text.strip()))


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
_CONTINUES = re.compile(r"(?:-\s*)?(?:trong đó|chia ra|bao gồm|gồm|chi tiết|cụ thể)\b")


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
    "FormulaCheck",
    "NumberingProblem",
    "RowFormula",
    "column_formula_checks",
    "failing_relations",
    "numbering_problems",
    "parse_formula",
    "row_formula_checks",
    "row_formulas",
    "suspect",
]
