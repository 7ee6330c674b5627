"""Workbook formulas: a total typed by hand where its neighbours compute theirs.

A workbook table keeps, for every body cell, the formula it holds (``Table.sheet_cells``).
Totals in a sheet are usually formulas repeated along a row or a column: ``=SUM(C10:C36)``,
``=SUM(D10:D36)`` … in the total row, or ``=C11+D11``, ``=C12+D12`` … in a cumulative column.
When one cell of such a run holds a typed number instead, it no longer follows its parts: a
figure revised later is not carried into the total.

Formulas are compared in relative form (every reference as its offset from the cell holding
it, as Excel's R1C1 notation writes them), so ``=SUM(C10:C36)`` in C9 and ``=SUM(D10:D36)`` in
D9 are the same formula.  Only additive formulas count (``SUM`` of ranges, or references joined
by ``+``), and only when two neighbours on one line (left and right, or both on one side when
the other side has no figure; the same above and below) hold the same one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint.document import Block, Document, SheetCell, Table

_REFERENCE = re.compile(r"(?<![A-Z0-9_!'\"])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Z0-9_(])")
_ADDITIVE = re.compile(
    r"^=\+?(?:SUM\((?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?,?)+\)"
    r"|\$?[A-Z]{1,3}\$?\d+(?:\+\$?[A-Z]{1,3}\$?\d+)+)$"
)
_FIGURE = re.compile(r"^-?\d{1,3}(?:\.\d{3})*(?:,\d+)?%?$|^-?\d+(?:,\d+)?%?$")


@dataclass(frozen=True)
class HardCodedTotal:
    """``cell`` holds a typed figure where ``neighbours`` hold the same additive formula."""

    table: Table
    cell: Block
    neighbours: tuple[Block, Block]
    formulas: tuple[str, str]  # the neighbours' formulas as written
    expected: str  # the same formula written for ``cell``


def find_hard_coded_totals(document: Document) -> list[HardCodedTotal]:
    found: list[HardCodedTotal] = []
    for table in document.tables:
        if not table.sheet_cells:
            continue
        for (row, column), cell in sorted(table.sheet_cells.items()):
            block = table.rows[row][column]
            if cell.formula is not None or not _FIGURE.match(block.text):
                continue
            hit = _check(table, row, column, cell)
            if hit is not None:
                found.append(hit)
    return found


def _check(table: Table, row: int, column: int, cell: SheetCell) -> HardCodedTotal | None:
    for step in ((0, 1), (1, 0)):  # along the row, then along the column
        before = [_at(table, row - step[0] * k, column - step[1] * k) for k in (1, 2)]
        after = [_at(table, row + step[0] * k, column + step[1] * k) for k in (1, 2)]
        candidates = []
        if before[0] is not None and after[0] is not None:
            candidates.append((before[0], after[0]))
        elif before[0] is not None and before[1] is not None and after[0] is None:
            candidates.append((before[0], before[1]))
        elif after[0] is not None and after[1] is not None and before[0] is None:
            candidates.append((after[0], after[1]))
        for first, second in candidates:
            (first_block, first_cell), (second_block, second_cell) = first, second
            if first_cell.formula is None or second_cell.formula is None:
                continue
            shape = relative(first_cell.formula, first_cell)
            if shape is None or shape != relative(second_cell.formula, second_cell):
                continue
            if not _ADDITIVE.match(_compact(first_cell.formula)):
                continue
            return HardCodedTotal(
                table,
                table.rows[row][column],
                (first_block, second_block),
                (first_cell.formula, second_cell.formula),
                absolute(shape, cell),
            )
    return None


def _at(table: Table, row: int, column: int) -> tuple[Block, SheetCell] | None:
    """The figure cell at a grid position (None when empty, text or outside the body)."""
    cell = table.sheet_cells.get((row, column))
    if cell is None or row < table.header_rows or column < 0:
        return None
    block = table.rows[row][column]
    return (block, cell) if _FIGURE.match(block.text) else None


def _compact(formula: str) -> str:
    return formula.replace(" ", "").upper()


def relative(formula: str, cell: SheetCell) -> str | None:
    """``formula`` with every reference as its offset from ``cell`` (None: other sheets)."""
    text = _compact(formula)
    if "!" in text or "[" in text:
        return None

    def shift(match: re.Match[str]) -> str:
        column_fixed, letters, row_fixed, digits = match.groups()
        column = _column_number(letters)
        row = int(digits)
        column_part = f"C{column}" if column_fixed else f"C[{column - cell.column}]"
        row_part = f"R{row}" if row_fixed else f"R[{row - cell.row}]"
        return row_part + column_part

    return _REFERENCE.sub(shift, text)


_RELATIVE = re.compile(r"R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)")


def absolute(shape: str, cell: SheetCell) -> str:
    """A relative formula written back in A1 notation for ``cell``."""

    def back(match: re.Match[str]) -> str:
        row_text, column_text = match.groups()
        if row_text.startswith("["):
            row, row_mark = cell.row + int(row_text[1:-1]), ""
        else:
            row, row_mark = int(row_text), "$"
        if column_text.startswith("["):
            column, column_mark = cell.column + int(column_text[1:-1]), ""
        else:
            column, column_mark = int(column_text), "$"
        return f"{column_mark}{_column_letters(max(column, 1))}{row_mark}{max(row, 1)}"

    return _RELATIVE.sub(back, shape)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
