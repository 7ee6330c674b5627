"""A figure of the prose and the same indicator, same period, in a table (own or annex).

A report states "Sản lượng lúa đông xuân 6 tháng năm 2024 ước đạt 3.590,9 nghìn tấn" and its
annex (a table of the report, or a workbook beside it) has a row "Sản lượng lúa đông xuân"
with a column "Ước tính 6 tháng năm 2024".  The two are the same figure and must agree.

Matching is strict, so that no unrelated figures are compared:

* the indicator: the words right before the prose figure (:func:`indicator_key`, at least two
  words) equal the row's label, or the column's measure ("Sản lượng") followed by the label;
* the period: the sentence up to the figure names exactly one period (months and year, read
  like a column header: "6 tháng năm 2024", "quý II năm 2024", "năm 2024") and the column's
  header names the same one; plan columns, ratio, share and rate columns never match;
* the unit: the cell's unit (the label's "(Nghìn tấn)", the ĐVT column, the column's
  "(Tỷ đồng)", or the unit line above the table) read with the figure gives the same base
  unit as the prose figure; a table without a readable unit matches nothing;
* the prose figure is a result (not a target, not in the tasks section, not a change).

A conflict is a prose figure whose interval meets none of the matching cells' intervals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lint import lexicon
from lint.document import Block, Document
from lint.lexicon import fold_label as fold
from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import Extraction, extract
from lint.relations.indicators import IndicatorMention, find_mentions, indicator_key
from lint.relations.tables import Cell, Column, Period, Row, TableModel, read_table
from lint.relations.tables import _period as header_period

_KINDS = frozenset({QuantityKind.AMOUNT, QuantityKind.MEASURE, QuantityKind.COUNT})
_SENTENCE_END = re.compile(r"[.;!?](?!\d)")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PAREN_UNIT = re.compile(r"\(([^()]{1,30})\)\s*$")
_UNIT_LINE = re.compile(r"^\(?\s*(?:đơn vị(?: tính)?|đvt)\s*[:：]\s*(.+?)\)?$")
# Words of a period, dropped from both sides' indicator words ("6 tháng đầu năm 2024")
_PERIOD_WORDS = frozenset(
    [
        "tháng",
        "năm",
        "quý",
        "đầu",
        "cuối",
        "i",
        "ii",
        "iii",
        "iv",
        "tính",
        "chung",
        "cả",
        "lũy",
        "luỹ",
        "kế",
        "cộng",
        "dồn",
        "ước",
    ]
)
_CHANGE = re.compile(rf"\b(?:{lexicon.CHANGE_WORDS_RE})\s*$")  # "hơn" covers "cao/thấp hơn"


@dataclass(frozen=True)
class AnnexConflict:
    """``mention`` (prose) differs from ``cell`` of ``table`` (in ``table_document``)."""

    mention: IndicatorMention
    prose: Document
    table_document: Document
    model: TableModel
    row: Row
    column: Column
    cell: Cell
    cell_quantity: Quantity  # the cell read with its unit


def find_annex_conflicts(
    prose: Document,
    extraction: Extraction,
    annexes: list[Document],
    mentions: list[IndicatorMention] | None = None,
) -> list[AnnexConflict]:
    """Conflicts between the prose figures of ``prose`` and the tables of ``annexes``
    (``mentions``: the prose's indicator mentions, when already found)."""
    if not any(document.tables for document in annexes):
        return []
    # the tables are read at the first mention that names one period (most prose has none)
    models: list[tuple[Document, TableModel]] | None = None
    found: list[AnnexConflict] = []
    if mentions is None:
        mentions = find_mentions(prose, extraction)
    for mention in mentions:
        quantity = mention.quantity
        if (
            mention.planned
            or mention.in_tasks_section
            or mention.in_footnote
            or quantity.kind not in _KINDS
            or len(_key(mention.key)) < 2
        ):
            continue
        block = prose.blocks[quantity.block]
        sentence = _sentence_before(block, quantity.start)
        if _CHANGE.search(fold(sentence)):
            continue  # "tăng 1.200 tấn": a change, not the level
        period = _one_period(sentence)
        if period is None:
            continue
        if models is None:
            models = [
                (document, model)
                for document in annexes
                for table in document.tables
                if (model := read_table(table)) is not None
            ]
        matches = [
            match
            for document, model in models
            for match in _cells(document, model, mention, period)
        ]
        if matches and not any(
            quantity.interval.intersects(match[4].interval) for match in matches
        ):
            document, model, row, column, cell_quantity, cell = matches[0]
            found.append(
                AnnexConflict(mention, prose, document, model, row, column, cell, cell_quantity)
            )
    return found


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for word in words if word not in _PERIOD_WORDS)


def _sentence_before(block: Block, start: int) -> str:
    text = block.text[block.label_end if block.label else 0 : start]
    cut = 0
    for match in _SENTENCE_END.finditer(text):
        cut = match.end()
    return text[cut:]


def _one_period(sentence: str) -> Period | None:
    """The one period a sentence names (None when it names none, or two years)."""
    if len(set(_YEAR.findall(sentence))) != 1:
        return None
    period = header_period(sentence)
    if period is None or period.months is None or period.plan or period.year is None:
        return None
    return period


def _cells(
    document: Document, model: TableModel, mention: IndicatorMention, period: Period
) -> list[tuple[Document, TableModel, Row, Column, Quantity, Cell]]:
    found = []
    for row in model.rows:
        label = _PAREN_UNIT.sub("", row.label_cell.text).strip()
        key = _key(indicator_key(label))
        if not key:
            continue
        for column in model.columns:
            if column.role != "value" or column.period is None or column.period.plan:
                continue
            if column.period.months != period.months or column.period.year != period.year:
                continue
            measure = indicator_key(column.measure) if column.measure else ()
            if _key(mention.key) != (*measure, *key):
                continue  # "Sản lượng" (the column's measure) + "lúa đông xuân" (the row)
            cell = row.cells.get(column.index)
            if cell is None or cell.value is None:
                continue
            unit = _unit(model, row, column)
            if unit is None:
                continue
            read = _read_with_unit(cell.block.text, unit)
            if read is None or read.unit != mention.quantity.unit:
                continue
            found.append((document, model, row, column, read, cell))
    return found


def _unit(model: TableModel, row: Row, column: Column) -> str | None:
    """The unit a cell is printed in, from the most specific place that names one."""
    for text in (row.label_cell.text, column.title):
        match = _PAREN_UNIT.search(text)
        if match and not re.search(r"%|so với", match.group(1)):
            return match.group(1)
    if row.unit and row.unit not in ('"', "-"):
        return row.unit
    line = model.table.unit_text
    if line and ";" not in line:
        stated = _UNIT_LINE.match(fold(line))
        return stated.group(1) if stated else line
    return None


def _read_with_unit(figure: str, unit: str) -> Quantity | None:
    """The quantity "<figure> <unit>" reads as (None unless it is one figure with a unit)."""
    from lint.read.text import read_text

    document = read_text("<cell>", f"{figure} {unit.strip().lower()}")
    quantities = extract(document).quantities
    if len(quantities) != 1 or quantities[0].unit is None:
        return None
    return quantities[0]
