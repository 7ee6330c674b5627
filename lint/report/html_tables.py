"""The HTML report's view of a workbook: its sheets as tables, figures of findings highlighted.

A workbook's source text (one line per row, cells joined by " | ") is no page to read; the
report shows what the reader of the workbook sees instead: each table with its sheet name and
caption, its header and body rows as HTML table rows, and the titles and notes around it as
paragraphs.  Cells and paragraphs involved in a finding carry the same highlight marks as the
text view, so clicking a finding scrolls to them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Protocol

from lint.diagnostics import Severity
from lint.document import Block, Document, Table

_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_CSS = (
    "<style>.sheet{border-collapse:collapse;margin:8px 16px 16px;font-size:14px}"
    ".sheet caption{text-align:left;font-weight:600;padding:4px 0}"
    ".sheet td,.sheet th{border:1px solid var(--line);padding:2px 6px;vertical-align:top}"
    ".sheet th{background:var(--bg);font-weight:600}.sheet td.num{text-align:right}"
    ".sheet-text{margin:4px 16px}</style>"
)


class Mark(Protocol):
    """A highlighted range of the source text (the HTML report's own marks)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def finding(self) -> str: ...
    @property
    def primary(self) -> bool: ...
    @property
    def severity(self) -> Severity: ...


def workbook_view(document: Document, marks: Sequence[Mark]) -> str:
    """The tables and paragraphs of a workbook document, in reading order."""
    parts = [_CSS]
    shown: set[int] = set()
    for block in document.blocks:
        if block.table is None:
            parts.append(f'<p class="sheet-text">{_marked(block, marks)}</p>')
        elif block.table not in shown:
            shown.add(block.table)
            parts.append(_table(document.tables[block.table], marks))
    return "".join(parts)


def _table(table: Table, marks: Sequence[Mark]) -> str:
    caption = " — ".join(part for part in (table.sheet, table.caption, table.unit_text) if part)
    rows = []
    for number, row in enumerate(table.rows):
        tag = "th" if number < table.header_rows else "td"
        cells = []
        for column, cell in enumerate(row):
            numeric = tag == "td" and column > 0 and cell.text[:1].isdigit()
            style = f' style="padding-left:{6 + 4 * cell.indent}px"' if column == 0 else ""
            kind = ' class="num"' if numeric else ""
            cells.append(f"<{tag}{kind}{style}>{_marked(cell, marks)}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<table class="sheet"><caption>{html.escape(caption)}</caption>{"".join(rows)}</table>'


def _marked(block: Block, marks: Sequence[Mark]) -> str:
    text = html.escape(block.text)
    if not block.starts or not text:
        return text
    span = block.whole_span
    covering = [m for m in marks if m.start < span.end and span.start < m.end]
    if not covering:
        return text
    ids = " ".join(sorted({m.finding for m in covering}))
    worst = min(_ORDER.index(m.severity) for m in covering)
    kind = " primary" if any(m.primary for m in covering) else ""
    return f'<mark class="hl sev-{_ORDER[worst].value}{kind}" data-findings="{ids}">{text}</mark>'
