"""Excel (.xlsx) reader: every visible worksheet as a table of printed figures.

The package is first checked by :mod:`lint.read.zipsafety` (size caps, part count, no DTD, no
macros): openpyxl only ever sees a package that passed.  It is then read in openpyxl's
read-only (streaming) mode for the cells, their formulas and styles.  The values Excel cached
beside formulas when it last saved the file (openpyxl computes nothing), merged ranges and
hidden rows and columns are read from the sheet's XML part, already parsed safely.

A cell's text is what Excel prints: its value rendered with its number format in Vietnamese
notation (:mod:`lint.read.numfmt`), so ``2137412.999993181`` under ``0`` is ``2137413`` and its
precision comes from the format.  Each sheet becomes one table of the same model as Markdown
and Word tables:

* title rows above the header (a lone cell at the left, or a unit line such as "Tỷ đồng",
  "Đơn vị tính: %") give the table's caption and unit; they are also paragraphs;
* header rows run from there to the first body row; a merged header cell is spread over the
  columns it covers, as the reader sees it;
* the body starts at the first row with a label and a figure right of it, and ends at the last
  such row; label columns that are never filled in the same row (parent labels in column A,
  child labels in B) are one label column, and the label's level is its column, its alignment
  indent and its leading spaces;
* rows below the body (notes, sources) are paragraphs.

Hidden sheets, hidden rows and hidden columns are skipped (the reader does not see them), and
so are chart sheets.  The source text is one line per sheet name and one per row (non-empty
cells joined by " | "); every cell block's location is "Sheet!D12".
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass, field

from lint.diagnostics import Message
from lint.document import Block, BlockKind, Document, SheetCell, SourceText, Table, TextBuilder
from lint.errors import InputError
from lint.read.labels import find_label
from lint.read.numfmt import render
from lint.read.zipsafety import EXCEL, parse_xml, read_package

MAX_CELLS = 2_000_000  # non-empty cells in the workbook
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SEPARATOR = " | "
_CONTINUED = re.compile(r"\(tiếp(?: theo)?\)")
_UNIT_LINE = re.compile(
    r"^\(?\s*(?:đơn vị(?: tính)?|đvt)\s*[:：]|"
    r"^\(?\s*(?:nghìn|ngàn|triệu|tỷ|tấn|tạ|kg|ha|km|m2|m3|người|lao động|doanh nghiệp|dự án|"
    r"con|hộ|lượt|%|‰|usd|đồng|lít|chiếc|cái|lần)\b[\w /%‰.,;-]{0,24}\)?$"
)
_STT = re.compile(r"[IVXLC]+|\d+(?:\.\d+)*\.?|[a-zđ]\)?\.?|[-+*]")
_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")


@dataclass
class _Cell:
    column: int
    text: str
    numeric: bool
    formula: str | None
    indent: int  # alignment indent levels
    coordinate: str
    bold: bool = False


@dataclass
class _Sheet:
    name: str
    rows: list[tuple[int, dict[int, _Cell]]]  # non-empty visible rows, in order
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


def read_xlsx(path: str, data: bytes) -> Document:
    if path.lower().endswith((".xlsm", ".xltm")):
        raise InputError(
            path,
            Message.same("refused: macro-enabled Excel file (.xlsm); save it as a plain .xlsx"),
        )
    parts = read_package(path, data, EXCEL)
    sheets = _load(path, data, parts)
    return _Builder(path, sheets).build()


def _load(path: str, data: bytes, parts: dict[str, bytes]) -> list[_Sheet]:
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency
        raise InputError(
            path, Message.same("reading .xlsx needs openpyxl (pip install openpyxl)")
        ) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            try:
                return _sheets(path, workbook, parts)
            finally:
                workbook.close()
    except InputError:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged workbooks
        raise InputError(
            path, Message.same(f"malformed Excel file: {type(error).__name__}: {error}")
        ) from None


def _sheets(path: str, workbook: object, parts: dict[str, bytes]) -> list[_Sheet]:
    found: list[_Sheet] = []
    count = 0
    for sheet in workbook.worksheets:  # type: ignore[attr-defined]
        if getattr(sheet, "sheet_state", "visible") != "visible":
            continue
        part = str(getattr(sheet, "_worksheet_path", "")).lstrip("/")
        layout = _layout(path, parts.get(part))
        merges, hidden_rows, hidden_columns, cached = layout
        sheet.reset_dimensions()
        rows: list[tuple[int, dict[int, _Cell]]] = []
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number in hidden_rows:
                continue
            cells: dict[int, _Cell] = {}
            for cell in row:
                raw = getattr(cell, "value", None)
                if raw is None:
                    continue
                column = cell.column
                if column in hidden_columns:
                    continue
                formula = raw if isinstance(raw, str) and raw.startswith("=") else None
                if formula is None and not isinstance(raw, (str, int, float)):
                    formula = str(getattr(raw, "text", "") or "=") or None  # array formulas
                value = cached.get(cell.coordinate) if formula is not None else raw
                text = render(value, cell.number_format)
                if not text.strip():
                    continue
                numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
                alignment = cell.alignment
                indent = int(alignment.indent or 0) if alignment is not None else 0
                font = cell.font
                bold = bool(font is not None and font.b)
                cells[column] = _Cell(column, text, numeric, formula, indent, cell.coordinate, bold)
                count += 1
                if count > MAX_CELLS:
                    raise InputError(
                        path, Message.same(f"refused: more than {MAX_CELLS} filled cells")
                    )
            if cells:
                rows.append((number, cells))
        found.append(_Sheet(sheet.title, rows, merges))
    return found


_SheetXml = tuple[list[tuple[int, int, int, int]], set[int], set[int], dict[str, object]]


def _layout(path: str, data: bytes | None) -> _SheetXml:
    """Merged ranges, hidden rows, hidden columns and the values Excel cached for the formula
    cells of one sheet part (read here: openpyxl would load the whole workbook again)."""
    merges: list[tuple[int, int, int, int]] = []
    hidden_rows: set[int] = set()
    hidden_columns: set[int] = set()
    cached: dict[str, object] = {}
    if data is None:
        return merges, hidden_rows, hidden_columns, cached
    root = parse_xml(data, path, "worksheet", EXCEL)
    for cell in root.iter(f"{_MAIN}c"):
        if cell.find(f"{_MAIN}f") is None:
            continue
        value = cell.find(f"{_MAIN}v")
        if value is not None and value.text is not None:
            cached[cell.get("r", "")] = _cached(value.text, cell.get("t", "n"))
    for merge in root.iter(f"{_MAIN}mergeCell"):
        ref = merge.get("ref", "")
        first, _, last = ref.partition(":")
        start, end = _position(first), _position(last or first)
        if start and end:
            merges.append((start[0], start[1], end[0], end[1]))
    for column in root.iter(f"{_MAIN}col"):
        if column.get("hidden") in ("1", "true"):
            low, high = _number(column.get("min")), _number(column.get("max"))
            if low and high and high - low < 16_384:
                hidden_columns.update(range(low, high + 1))
    for row in root.iter(f"{_MAIN}row"):
        if row.get("hidden") in ("1", "true"):
            number = _number(row.get("r"))
            if number:
                hidden_rows.add(number)
    return merges, hidden_rows, hidden_columns, cached


def _cached(text: str, kind: str) -> object:
    """A formula's cached ``<v>`` as openpyxl would give it (number, text, bool, error)."""
    if kind == "n":
        try:
            return int(text) if re.fullmatch(r"-?\d+", text) else float(text)
        except ValueError:
            return None
    if kind == "b":
        return text.strip() in ("1", "true")
    if kind in ("str", "e", "inlineStr"):
        return text
    return None  # a shared-string index: not written for formulas by Excel


def _number(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0


def _position(ref: str) -> tuple[int, int] | None:
    match = _REF.match(ref.replace("$", "").upper())
    if not match:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


@dataclass
class _Layout:
    """One sheet cut into its parts (row positions in ``_Sheet.rows``)."""

    titles: list[int]
    header: list[int]
    body: list[int]
    notes: list[int]
    groups: list[list[int]]  # logical columns: the sheet columns of each
    label_group: int


class _Builder:
    def __init__(self, path: str, sheets: list[_Sheet]) -> None:
        self.path = path
        self.sheets = sheets
        self.lines: list[str] = []
        self.length = 0  # characters of the source text so far
        self.blocks: list[Block] = []
        self.tables: list[Table] = []

    def build(self) -> Document:
        for sheet in self.sheets:
            self._add_line(sheet.name)
            self._sheet(sheet)
        source = SourceText(self.path, "\n".join(self.lines))
        return Document(source, "xlsx", self.blocks, self.tables, [])

    def _add_line(self, text: str) -> int:
        """Append a source line; return the offset where it starts."""
        offset = self.length
        self.lines.append(text)
        self.length += len(text) + 1
        return offset

    def _row_line(self, cells: list[_Cell]) -> dict[int, int]:
        """Append the line of a row's cells; return the source offset of each cell's text."""
        offsets: dict[int, int] = {}
        parts: list[str] = []
        position = self.length
        for cell in cells:
            if parts:
                parts.append(_SEPARATOR)
                position += len(_SEPARATOR)
            text = _flat(cell.text)
            offsets[cell.column] = position
            parts.append(text)
            position += len(text)
        self._add_line("".join(parts))
        return offsets

    def _block(
        self, kind: BlockKind, cell: _Cell, offset: int, sheet: str, **fields: object
    ) -> Block:
        text = _flat(cell.text)
        builder = TextBuilder()
        builder.add_original(text, offset, 0, len(text))
        block = Block.from_builder(kind, builder, index=len(self.blocks), **fields)
        lead = len(text) - len(text.lstrip(" "))
        block.trim()
        block.indent = lead
        where = f"{sheet}!{cell.coordinate}"
        block.location = Message.same(where)
        return block

    def _paragraphs(self, sheet: _Sheet, position: int) -> None:
        ordered = _unique(sheet.rows[position][1])
        offsets = self._row_line(ordered)
        for cell in ordered:
            if cell.numeric and len(ordered) > 1:
                continue
            block = self._block(BlockKind.PARAGRAPH, cell, offsets[cell.column], sheet.name)
            if not block.text:
                continue
            found = find_label(block.text)
            if found:
                # the figures start after the label, but the numbers of sheet titles ("1.",
                # "2." …) form no sequence: each sheet is its own table, often reordered
                block.label_end = found[1]
            self.blocks.append(block)

    def _sheet(self, sheet: _Sheet) -> None:
        low = 0
        layouts: list[_Layout] = []
        rest: list[int] = []
        while low < len(sheet.rows):
            layout, following = _cut(sheet, low)
            if layout is None:
                rest = list(range(low, len(sheet.rows)))
                break
            titles = " ".join(
                cell.text for p in layout.titles for cell in sheet.rows[p][1].values()
            ).lower()
            if (
                layouts
                and _CONTINUED.search(titles)
                and len(layout.groups) == len(layouts[-1].groups)
            ):
                # "(Tiếp theo)": the same table continued on the next printed page
                layouts[-1].body.extend(layout.body)
                layouts[-1].notes = layout.notes
            else:
                layouts.append(layout)
            low = max(following, low + 1)
        for layout in layouts:
            self._table(sheet, layout)
        for position in rest:
            self._paragraphs(sheet, position)

    def _table(self, sheet: _Sheet, layout: _Layout) -> None:
        self._titles(sheet, layout.titles)
        caption, unit = _caption_and_unit(sheet, layout.titles)
        index = len(self.tables)
        table = Table(index, [], 1, unit, caption, sheet.name)
        spread = _spread_headers(sheet, layout.header, [c for g in layout.groups for c in g])
        # the header rows, each on its source line, read as one row: each column's header is
        # its cells from top to bottom ("Thực hiện" / "7 tháng" / "năm 2011")
        offsets: dict[int, int] = {}
        header_cells: list[list[_Cell]] = [[] for _ in layout.groups]
        for position in layout.header:
            cells = spread.get(position, sheet.rows[position][1])
            offsets.update(self._row_line(_unique(cells)))
            for column, group in enumerate(layout.groups):
                for member in (cells[c] for c in group if c in cells):
                    if all(member is not seen for seen in header_cells[column]):
                        header_cells[column].append(member)
        table.rows.append(
            [
                self._table_cell(members, offsets, sheet.name, index, 0, column)[0]
                for column, members in enumerate(header_cells)
            ]
        )
        levels = _subset_levels(sheet, layout)
        for grid_row, position in enumerate(layout.body, start=1):
            number, cells = sheet.rows[position]
            offsets = self._row_line(_unique(cells))
            row_blocks: list[Block] = []
            for column, group in enumerate(layout.groups):
                members = [cells[c] for c in group if c in cells][:1]
                block, chosen = self._table_cell(
                    members, offsets, sheet.name, index, grid_row, column
                )
                if chosen is not None:
                    if column == layout.label_group:
                        block.indent = levels.get(position, _level(chosen, group))
                    table.sheet_cells[(grid_row, column)] = SheetCell(
                        number, chosen.column, chosen.formula
                    )
                row_blocks.append(block)
            table.rows.append(row_blocks)
        self.tables.append(table)
        for position in layout.notes:
            self._paragraphs(sheet, position)

    def _titles(self, sheet: _Sheet, titles: list[int]) -> None:
        """Title rows: a title written over several rows is one paragraph; a unit line its own."""
        pending: list[tuple[_Cell, int]] = []

        def flush() -> None:
            if not pending:
                return
            builder = TextBuilder()
            for cell, offset in pending:
                text = _flat(cell.text)
                if len(builder):
                    builder.strip_trailing_space()
                    builder.add_synthetic(" ", offset)
                builder.add_original(text, offset, 0, len(text))
            block = Block.from_builder(BlockKind.PARAGRAPH, builder, index=len(self.blocks))
            block.trim()
            if block.text:
                found = find_label(block.text)
                if found:
                    # the figures start after the label, but the numbers of sheet titles
                    # ("1.", "2." …) form no sequence: each sheet is its own table
                    block.label_end = found[1]
                where = f"{sheet.name}!{pending[0][0].coordinate}"
                block.location = Message.same(where)
                self.blocks.append(block)
            pending.clear()

        for position in titles:
            cells = _unique(sheet.rows[position][1])
            offsets = self._row_line(cells)
            for cell in cells:
                if _unit_line(cell.text):
                    flush()
                    pending.append((cell, offsets[cell.column]))
                    flush()
                elif not cell.numeric:
                    pending.append((cell, offsets[cell.column]))
        flush()

    def _table_cell(
        self,
        members: list[_Cell],
        offsets: dict[int, int],
        sheet: str,
        table: int,
        row: int,
        column: int,
    ) -> tuple[Block, _Cell | None]:
        if not members:
            block = Block.table_cell(
                "", [], [], index=len(self.blocks), table=table, row=row, column=column, indent=0
            )
            self.blocks.append(block)
            return block, None
        chosen = members[0]
        if len(members) == 1:
            block = self._block(
                BlockKind.TABLE_CELL,
                chosen,
                offsets[chosen.column],
                sheet,
                table=table,
                row=row,
                column=column,
            )
        else:  # a header written over several cells
            builder = TextBuilder()
            for member in members:
                text = _flat(member.text)
                if len(builder):
                    builder.strip_trailing_space()
                    builder.add_synthetic(" ", offsets[member.column])
                builder.add_original(text, offsets[member.column], 0, len(text))
            block = Block.from_builder(
                BlockKind.TABLE_CELL,
                builder,
                index=len(self.blocks),
                table=table,
                row=row,
                column=column,
            )
            block.trim()
            where = f"{sheet}!{chosen.coordinate}"
            block.location = Message.same(where)
        self.blocks.append(block)
        return block, chosen


def _level(cell: _Cell, group: list[int]) -> int:
    """The level of a label: its column in the label columns, its alignment indent and its
    leading spaces; at the same place a bold label stands above a regular one (GSO prints
    "Khu vực có vốn đầu tư NN" in bold over "Dầu thô")."""
    lead = len(cell.text) - len(cell.text.lstrip(" "))
    place = lead + (cell.column - group[0]) * 4 + cell.indent * 2
    return 2 * place + (0 if cell.bold else 1)


def _unique(cells: dict[int, _Cell]) -> list[_Cell]:
    """A row's cells in column order, a merged cell spread over several columns once."""
    seen: dict[int, _Cell] = {}
    for column in sorted(cells):
        seen.setdefault(id(cells[column]), cells[column])
    return list(seen.values())


_SUBSET_LABEL = re.compile(r"^\s*trong đó\s*:\s*\S", re.IGNORECASE)


def _subset_levels(sheet: _Sheet, layout: _Layout) -> dict[int, int]:
    """Rows aligned under the item after "Trong đó:" ("Trong đó: Bia hơi" / "Bia chai") are
    its siblings, not its children: they take the level of the "Trong đó" row."""
    levels: dict[int, int] = {}
    group = layout.groups[layout.label_group]
    level: int | None = None

    def level_of(position: int) -> tuple[int, str] | None:
        cells = sheet.rows[position][1]
        for column in group:
            if column in cells and _is_text(cells[column]):
                cell = cells[column]
                return _level(cell, group), cell.text
        return None

    previous: tuple[int, bool] | None = None  # level of the last label, and if it had figures
    for position in layout.body:
        found = level_of(position)
        if found is None:
            continue
        indent, text = found
        figures = any(cell.numeric for cell in sheet.rows[position][1].values())
        if previous is not None and not previous[1] and text.lstrip()[:1].islower():
            # "Bắc Trung Bộ" / "và duyên hải miền Trung": one label written over two rows
            levels[position] = indent = previous[0]
        previous = (indent, figures)
        if level is not None and indent > level:
            levels[position] = level
            continue
        level = indent if _SUBSET_LABEL.match(text) else None
    return levels


def _flat(text: str) -> str:
    """A cell's text on one source line (line breaks inside a cell read as spaces)."""
    return text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _is_text(cell: _Cell) -> bool:
    return not cell.numeric and bool(cell.text.strip())


def _unit_line(text: str) -> bool:
    """ "Tỷ đồng", "Nghìn tấn; Triệu USD", "Đơn vị tính: %" (a year makes it a header)."""
    folded = " ".join(text.lower().split())
    if len(folded) > 40 or re.search(r"\b(?:19|20)\d{2}\b", folded):
        return False
    return bool(_UNIT_LINE.search(folded))


_MISSING = {"-", "x", "X", "..", "...", "…", "-/-", '"'}


def _cut(sheet: _Sheet, low: int = 0) -> tuple[_Layout | None, int]:
    """The table starting at row position ``low`` and the position after it (where the next
    table of the sheet, if any, starts)."""
    rows = sheet.rows
    texts: dict[int, int] = {}
    numbers: dict[int, int] = {}
    for _number, cells in rows:
        for column, cell in cells.items():
            tally = numbers if cell.numeric else texts
            tally[column] = tally.get(column, 0) + 1
    # a label column holds mostly text, a value column mostly figures (a header's year or a
    # "2015 so với" line does not make a row of figures)
    labels = {column for column, count in texts.items() if count > numbers.get(column, 0)}
    first_value: int | None = None
    data_rows: list[int] = []
    end = len(rows)
    for position in range(low, len(rows)):
        cells = rows[position][1]
        if data_rows and (
            _header_like(cells, labels)
            or any(_CONTINUED.search(cell.text.lower()) for cell in cells.values())
        ):
            end = position  # a new table (or the next page of this one) starts here
            break
        label_cells = [c for c, cell in cells.items() if c in labels and _is_text(cell)]
        if not label_cells:
            continue
        leftmost = min(label_cells)
        found = [
            column
            for column, cell in cells.items()
            if cell.numeric and column > leftmost and column not in labels
        ]
        if found:
            data_rows.append(position)
            first_value = min(found) if first_value is None else min(first_value, min(found))
    if not data_rows or first_value is None:
        return None, len(rows)
    first, last = data_rows[0], data_rows[-1]
    following = end if end < len(rows) else len(rows)
    # header: the non-empty rows right above the first data row, up to a title or unit line
    label_columns = {
        column
        for position in data_rows
        for column, cell in rows[position][1].items()
        if column < first_value and _is_text(cell)
    }
    # rows right above the first data row holding only a label ("Phân theo cấp quản lý",
    # "A. NGHÌN HÀNH KHÁCH") are body rows
    left_labels = label_columns | {column for column in labels if column < first_value}
    start = first
    while start > low:
        cells = rows[start - 1][1]
        if all(column in left_labels for column in cells) and not any(
            _merged_down(sheet, rows[start - 1][0], column) or _unit_line(cell.text)
            for column, cell in cells.items()
        ):
            start -= 1
        else:
            break
    top = start
    while top > low:
        _number, cells = rows[top - 1]
        if len(cells) == 1:
            only = next(iter(cells.values()))
            unit = _unit_line(only.text)
            titled = unit or only.column <= max(label_columns, default=1)
            if unit and top == start and top - 1 > low:
                pass  # a unit line between the header and the body ("Nghìn người")
            elif titled and not _merged_down(sheet, rows[top - 1][0], only.column):
                break
        if rows[top][0] - rows[top - 1][0] > 2 and top < start:
            break  # a gap of blank rows: what is above belongs to the titles
        top -= 1
    header = list(range(top, start))
    if not header:
        return None, len(rows)
    body = list(range(start, last + 1))
    titles = list(range(low, top))
    # rows after the body: notes, unless another table follows (then they are its titles)
    notes = list(range(last + 1, len(rows))) if end == len(rows) else []
    following = len(rows) if end == len(rows) else last + 1
    columns = sorted(
        {column for position in header + body for column in rows[position][1]}
        | set(_merge_columns(sheet, [rows[p][0] for p in header]))
    )
    # working columns right of the printed table (a header written only in a lower header
    # row, right of everything the top header row covers) are not part of it
    top_extent = max([*rows[header[0]][1], *_merge_columns(sheet, [rows[header[0]][0]])], default=0)
    beyond = [column for column in columns if column > top_extent]
    if len(header) > 1 and top_extent > first_value and beyond and beyond[0] > top_extent + 1:
        # only past an empty or hidden column: a heading merged over too few columns ("Chia
        # ra:" over two of three) does not cut the table
        columns = [column for column in columns if column <= top_extent]
    groups, label_group = _groups(rows, body, columns, left_labels)
    return _Layout(titles, header, body, notes, groups, label_group), following


def _header_like(cells: dict[int, _Cell], labels: set[int]) -> bool:
    """A row of column headings: two or more words right of the label columns, none in them."""
    if any(column in labels and _is_text(cell) for column, cell in cells.items()):
        return False
    words = [
        cell
        for column, cell in cells.items()
        if column not in labels and _is_text(cell) and cell.text.strip() not in _MISSING
    ]
    return len(words) >= 2


def _merge_columns(sheet: _Sheet, header_rows: list[int]) -> list[int]:
    found: list[int] = []
    for top, left, bottom, right in sheet.merges:
        if top in header_rows and right - left < 64:
            found.extend(range(left, right + 1))
        del bottom
    return found


def _merged_down(sheet: _Sheet, row: int, column: int) -> bool:
    """Whether the cell at (row, column) starts a merged range over several rows."""
    return any(
        top == row and left == column and bottom > top for top, left, bottom, _ in sheet.merges
    )


def _groups(
    rows: list[tuple[int, dict[int, _Cell]]],
    body: list[int],
    columns: list[int],
    label_columns: set[int],
) -> tuple[list[list[int]], int]:
    """Logical columns: label columns never filled in the same body row form one."""
    groups: list[list[int]] = []
    label_group = -1
    for column in columns:
        texts = [rows[p][1][column].text.strip() for p in body if column in rows[p][1]]
        stt = bool(texts) and all(len(t) <= 6 and _STT.fullmatch(t) for t in texts)
        if (
            column in label_columns
            and not stt
            and label_group >= 0
            and label_group == len(groups) - 1
            and not any(
                column in rows[p][1] and any(c in rows[p][1] for c in groups[label_group])
                for p in body
            )
        ):
            groups[label_group].append(column)
            continue
        if column in label_columns and not stt and label_group < 0:
            label_group = len(groups)
        groups.append([column])
    return groups, max(label_group, 0)


def _spread_headers(
    sheet: _Sheet, header: list[int], columns: list[int]
) -> dict[int, dict[int, _Cell]]:
    """Header rows as the reader sees them: a merged cell's text over the columns it covers,
    and a group heading ending in a colon ("Chia ra:", "Trong đó:") over the empty cells after
    it (GSO often merges it over fewer columns than it heads)."""
    spread: dict[int, dict[int, _Cell]] = {}
    by_row = {sheet.rows[position][0]: position for position in header}
    for top, left, _bottom, right in sheet.merges:
        position = by_row.get(top)
        if position is None or right <= left:
            continue
        cells = dict(spread.get(position, sheet.rows[position][1]))
        origin = cells.get(left)
        if origin is None:
            continue
        for column in range(left + 1, min(right, left + 64) + 1):
            cells.setdefault(column, origin)
        spread[position] = cells
    for position in header[:-1]:  # a heading over the rows below it, not the last header row
        cells = dict(spread.get(position, sheet.rows[position][1]))
        for column, origin in sorted(cells.items()):
            if column != origin.column or not origin.text.strip().endswith(":"):
                continue
            for after in (c for c in columns if c > column):
                if after in cells and cells[after] is not origin:
                    break
                cells[after] = origin
        spread[position] = cells
    return spread


def _caption_and_unit(sheet: _Sheet, titles: list[int]) -> tuple[str | None, str | None]:
    caption: str | None = None
    unit: str | None = None
    for position in titles:
        for cell in sheet.rows[position][1].values():
            text = " ".join(cell.text.split())
            if not text or cell.numeric:
                continue
            if _unit_line(text):
                unit = text
            elif caption is None:
                caption = text
    return caption, unit
