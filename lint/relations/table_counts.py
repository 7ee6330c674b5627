"""Counts against the rows of the table that lists what they count.

``Năm 2025 giao vốn cho 04 đơn vị, chi tiết theo bảng sau:`` followed by a table whose
label column is headed by the count's unit (``Tên đơn vị``) states that the table has four
data rows.  Read only when:

* the column the unit names holds names, not figures (``Số đồng chí`` holds the counts the
  sentence's figure is the sum of);
* the count's sentence introduces the table (``theo bảng sau``, ``chi tiết tại/theo bảng …``,
  ``(chi tiết tại phụ lục …)``, ``như sau:``, ``gồm:``) and is the last sentence before it,
  with at most a caption or unit line (``Bảng 1. …``, ``ĐVT: …``) in between;
* the sentence holds exactly one count with a unit, no word after it says that only some of
  the rows are counted (``3 đơn vị chưa báo cáo``), and exactly one header of the table names
  that unit (not a ``Đơn vị tính`` column);
* the rows are flat: with a ``STT`` column, the rows numbered 1, 2, 3 … are counted (total,
  ``Trong đó`` and unnumbered rows are not), and any other numbering (``I``, ``1.1``, ``a``,
  ``-``) means a nested table, which is not read; without one, every row whose label is not a
  total is counted, and a label starting with ``-``, ``+`` or ``Trong đó`` stops the reading.

The result is a :class:`~lint.relations.named_lists.NamedList` whose names are the rows'
labels and whose blocks are their label cells, checked by S103 like the other lists.
"""

from __future__ import annotations

import re

from lint import lexicon
from lint.document import Block, BlockKind, Document, Table
from lint.numbers.quantity import Quantity, QuantityKind
from lint.relations.named_lists import NamedList

_INTRODUCES = re.compile(
    r"(?:theo|tại|ở|như)\s+(?:các\s+)?(?:bảng|biểu)\s+(?:sau|dưới đây|kèm theo)"
    r"|(?:chi tiết|cụ thể)\s*(?:theo|tại|như|ở)?\s*(?:bảng|biểu|phụ lục)\b"
    r"|(?:như sau|gồm|bao gồm|cụ thể)\s*:\s*$",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"^\s*[*_(]*\s*(?:bảng|biểu|phụ lục|đvt|đơn vị tính|đơn vị:)", re.IGNORECASE)
# Words after the count saying it counts only some of what the table lists.
_SOME = re.compile(
    r"\b(?:chưa|không|còn|chỉ|riêng|trong đó|trong số|ngoài|thiếu|vi phạm|chậm)\b", re.IGNORECASE
)
_TIME_UNITS = frozenset(["năm", "tháng", "ngày", "quý", "tuần", "giờ", "lần", "kỳ"])
_TOTAL = re.compile(
    r"^[*_\s]*(?:tổng|cộng|toàn\s|tất cả|trong đó|chia ra|bao gồm|gồm)", re.IGNORECASE
)
_STT_HEADER = re.compile(r"^[*_\s]*(?:stt|tt|số tt|số thứ tự)[*_\s.]*$", re.IGNORECASE)
_COLUMN_NUMBER = re.compile(
    r"^(?:\(?(?:[A-Z]|\d{1,2})\)?(?:\s*[=+\-*/x]\s*\(?(?:[A-Z]|\d{1,2})\)?)*)?$"
)
_FIGURE = re.compile(r"^[*_\s]*[\d.,]+[*_\s]*$")


def find_table_counts(document: Document, by_block: dict[int, list[Quantity]]) -> list[NamedList]:
    found: list[NamedList] = []
    blocks = document.blocks
    for table in document.tables:
        if not table.rows or not table.rows[0]:
            continue
        introduction = _introduction(blocks, table.rows[0][0].index)
        if introduction is None:
            continue
        listed = _counted(introduction, by_block.get(introduction.index, []), table)
        if listed is not None:
            found.append(listed)
    return found


def _introduction(blocks: list[Block], first_cell: int) -> Block | None:
    """The paragraph right before the table (past at most two caption or unit lines)."""
    index = first_cell - 1
    for _ in range(3):
        if index < 0:
            return None
        block = blocks[index]
        if block.kind is BlockKind.TABLE_CELL:
            return None
        if _BETWEEN.match(block.text) and len(block.text.split()) <= 25:
            index -= 1
            continue
        return block if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) else None
    return None


def _counted(block: Block, quantities: list[Quantity], table: Table) -> NamedList | None:
    text = block.text.rstrip()
    starts = [m.end() for m in lexicon.CLAUSE_END.finditer(text)]
    sentence_start = starts[-1] if starts else 0
    sentence = text[sentence_start:]
    introduces = _INTRODUCES.search(sentence)
    if introduces is None:
        return None
    counts = [
        q
        for q in quantities
        if q.start >= sentence_start
        and q.kind is QuantityKind.COUNT
        and q.unit
        and q.unit.lower() not in _TIME_UNITS
    ]
    if len(counts) != 1:
        return None
    count = counts[0]
    if count.start >= sentence_start + introduces.start() or count.value < 2 or count.sign < 0:
        return None
    if count.numbers and count.numbers[0].decimals:
        return None
    if _SOME.search(sentence[count.end - sentence_start : introduces.start()]):
        return None  # "3 đơn vị chưa báo cáo, chi tiết theo bảng sau": some of the rows
    labels = _data_labels(table, (count.unit or "").lower())
    if labels is None:
        return None
    return NamedList(count, tuple(b.text.strip() for b in labels), tuple(b.index for b in labels))


def _data_labels(table: Table, unit: str) -> list[Block] | None:
    """The label cells of the table's data rows, or None when the table is not a flat list
    of ``unit``\\ s."""
    header_rows = max(1, table.header_rows)
    headers = table.rows[:header_rows]
    unit_words = re.compile(r"(?<!\w)" + re.escape(unit) + r"(?!\w)", re.IGNORECASE)
    columns = {
        cell.column
        for row in headers
        for cell in row
        if cell.column is not None
        and unit_words.search(cell.text)
        and not re.search(r"tính|đvt", cell.text, re.IGNORECASE)
    }
    if len(columns) != 1:
        return None
    (label_column,) = columns
    column_cells = [c for row in table.rows[header_rows:] for c in row if c.column == label_column]
    if sum(1 for c in column_cells if _FIGURE.match(c.text)) * 2 > len(column_cells):
        return None  # "Số đồng chí": figures of the unit, which the count is the sum of
    stt_column = next(
        (
            cell.column
            for row in headers
            for cell in row
            if cell.column is not None and _STT_HEADER.match(cell.text)
        ),
        None,
    )
    labels: list[Block] = []
    for row in table.rows[header_rows:]:
        cells = {cell.column: cell for cell in row}
        label = cells.get(label_column)
        if label is None:
            continue
        if not labels and all(_COLUMN_NUMBER.match(c.text.strip()) for c in row):
            continue  # the column-number row ("A | B | 1 | 2 | 3=1+2")
        if stt_column is not None:
            number = cells[stt_column].text.strip(" .*_") if stt_column in cells else ""
            if not number:
                continue  # a total or "Trong đó" row: not one of the things counted
            if not number.isdigit():
                return None  # "I", "1.1", "a", "-": a nested table
            if _TOTAL.match(label.text):
                return None
            labels.append(label)
            continue
        name = label.text.strip()
        if not name or _TOTAL.match(name):
            continue
        if name[:1] in "-+•" or name.lower().startswith("trong đó"):
            return None
        labels.append(label)
    return labels if len(labels) >= 2 else None
