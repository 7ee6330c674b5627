"""An amount of the text and the total of the appendix table the text refers it to.

Decisions and plans state an amount and send the reader to an appendix for its detail::

    - Đề án nâng cao năng lực y tế cơ sở: 50.000 triệu đồng (Chi tiết tại Phụ lục 02 kèm
      theo Quyết định này).
    …
    PHỤ LỤC 02
    DANH MỤC DỰ ÁN VÀ KẾ HOẠCH VỐN …
    ĐVT: triệu đồng
    | STT | Danh mục dự án | Kế hoạch vốn năm 2023 |
    |     | TỔNG SỐ        | 50.000               |

The amount and the appendix's total are one figure.  Matching is strict:

* the reference ("chi tiết tại / theo / như Phụ lục [số] 02") follows the amount in its
  sentence with no other figure between them;
* the appendix is the block that opens with "Phụ lục [số] 02" (leading zeros aside; the
  reference itself does not count), and its table is the first table after it, before the
  next "Phụ lục" block;
* the table's total is its first row labelled as a total ("Tổng số", "Tổng cộng", "Tổng",
  "Cộng"), in its only value column with a figure on that row, or else in the first value
  column whose title is a total ("Tổng số", "Tổng vốn");
* the cell is read in the table's unit (:func:`lint.relations.annex._unit`) and must give the
  amount's unit; a table without a readable unit matches nothing;
* the two differ as a typing slip does (:attr:`AppendixTotal.one_typo_apart`): an amount far
  from the total may detail a part of the appendix or another of its columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.document import BlockKind, Document
from lint.lexicon import fold_label as fold
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction
from lint.relations.annex import _read_with_unit, _unit
from lint.relations.evidence import one_typo_away
from lint.relations.tables import Cell, Column, Row, TableModel

REFERENCE_REACH = 60  # characters between the amount and "(chi tiết tại Phụ lục 02"
# "(Chi tiết tại Phụ lục 02 kèm theo)", "theo Phụ lục số II", "như Phụ lục 1a đính kèm"
_REFERENCE = re.compile(
    r"(?:chi tiết|cụ thể)?\s*(?:tại|theo|như|ở)\s+(?:các\s+)?phụ lục\s+(?:số\s+)?"
    r"(?P<name>\d{1,3}[a-z]?|[ivxl]{1,6}[a-z]?)(?![\w/])",
    re.IGNORECASE,
)
# a block opening an appendix: "PHỤ LỤC 02", "Phụ lục số II:", "Phụ lục 1a."
_APPENDIX = re.compile(
    r"^[*_#\s]*phụ lục\s+(?:số\s+)?(?P<name>\d{1,3}[a-z]?|[ivxl]{1,6}[a-z]?)(?![\w/])",
    re.IGNORECASE,
)
_TOTAL_LABEL = re.compile(rf"^(?:{lexicon.TOTAL_ROW_RE})(?!\w)")


@dataclass(frozen=True)
class AppendixTotal:
    """``amount`` (prose) is detailed in ``model`` (the table of appendix ``name``), whose
    total row ``row`` states ``cell`` in ``column``, read with its unit as ``cell_quantity``."""

    amount: Quantity
    name: str  # as the reference prints it ("02", "II")
    model: TableModel
    row: Row
    column: Column
    cell: Cell
    cell_quantity: Quantity

    @property
    def agrees(self) -> bool:
        return self.amount.interval.intersects(self.cell_quantity.interval)

    @property
    def one_typo_apart(self) -> bool:
        """One typo-shaped correction of either figure makes them equal: evidence that the
        amount is meant to be the appendix's total, not a part of it or another column's."""
        return one_typo_away(self.cell_quantity, [self.amount], exhaustive=True)


def find_appendix_totals(
    document: Document, extraction: Extraction, models: list[TableModel]
) -> list[AppendixTotal]:
    if not models or "phụ lục" not in document.source.text.lower():
        return []
    appendices = _appendix_tables(document, models)
    if not appendices:
        return []
    by_block: dict[int, list[Quantity]] = {}
    for quantity in extraction.quantities:
        by_block.setdefault(quantity.block, []).append(quantity)
    found: list[AppendixTotal] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL or "phụ lục" not in block.text.lower():
            continue
        quantities = by_block.get(block.index, [])
        for match in _REFERENCE.finditer(block.text):
            name = _name(match.group("name"))
            if name not in appendices:
                continue
            before = [q for q in quantities if q.end <= match.start()]
            if not before or match.start() - before[-1].end > REFERENCE_REACH:
                continue
            amount = before[-1]
            if amount.kind is not QuantityKind.AMOUNT or amount.sign <= 0:
                continue
            total = _total(appendices[name])
            if total is None:
                continue
            row, column, cell, read = total
            if read.unit != amount.unit:
                continue
            printed = match.group("name")
            found.append(AppendixTotal(amount, printed, appendices[name], row, column, cell, read))
    return found


def _name(text: str) -> str:
    """An appendix's name compared: lower case, leading zeros dropped ("02" is "2")."""
    text = text.lower()
    return (text.lstrip("0") or "0") if text[:1].isdigit() else text


def _appendix_tables(document: Document, models: list[TableModel]) -> dict[str, TableModel]:
    """Each appendix (by name) and the first table after its opening block, when it has one
    before the next appendix; an appendix opened twice is ambiguous and left out."""
    openings: list[tuple[int, str]] = []
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            continue
        match = _APPENDIX.match(block.text)
        if match is not None:
            openings.append((block.index, _name(match.group("name"))))
    names = [name for _, name in openings]
    starts = sorted((model.table.rows[0][0].index, model) for model in models if model.table.rows)
    tables: dict[str, TableModel] = {}
    for position, (index, name) in enumerate(openings):
        if names.count(name) != 1:
            continue
        end = openings[position + 1][0] if position + 1 < len(openings) else len(document.blocks)
        first = next((model for start, model in starts if index < start < end), None)
        if first is not None:
            tables[name] = first
    return tables


def _total(model: TableModel) -> tuple[Row, Column, Cell, Quantity] | None:
    """The table's total: its first row with figures, or else its last, labelled a total."""
    rows = [r for r in model.rows if r.has_values]
    totals = [r for r in rows[:1] + rows[-1:] if _TOTAL_LABEL.match(fold(r.label_cell.text))]
    if not totals:
        return None
    row = totals[0]
    filled = [c for c in model.value_columns() if (cell := row.cells.get(c.index)) and cell.value]
    if len(filled) != 1:
        filled = [c for c in filled if _TOTAL_LABEL.match(fold(c.title))][:1]
    if not filled:
        return None
    column = filled[0]
    cell = row.cells[column.index]
    unit = _unit(model, row, column)
    read = _read_with_unit(cell.block.text, unit) if unit is not None else None
    if read is None:
        return None
    return row, column, cell, read
