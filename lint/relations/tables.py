"""Table understanding: columns and their roles, rows and their hierarchy, and the sums they state.

A statistical table ("Biểu số liệu") states arithmetic through its structure:

* a total row ("TỔNG SỐ", "Tổng cộng", "Cộng", "CẢ NƯỚC") or a parent row equals the sum of its
  exhaustive child rows.  Children are the rows indented under a parent, the flat rows after a
  total row, or the rows under a "Phân theo …"/"Chia ra" row.  Rows under "Trong đó" are a
  subset, rows under "Phân theo một số …" a selection: neither adds up;
* a cumulative column ("Cộng dồn 6 tháng") equals the sum of the period columns that cover
  exactly its months (quý I + quý II);
* a structure column ("Cơ cấu (%)") equals value ÷ total × 100 for its period, and shares of
  children add up to the share of their parent;
* a ratio column ("… so với cùng kỳ năm trước (%)", "so với kế hoạch") equals the ratio of the
  two columns it names, when both are in the table.

Every printed cell stands for the interval of values that round to it (GSO prints rounded
integers "2517636" and decimals "11,83"), so ±1 in the last digit between a total and its rounded
parts is not an inconsistency.  Rows and columns whose role is unclear (rates, yields, averages,
text cells, repeated page headers) take part in no relation.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from lint import lexicon
from lint.arithmetic import (
    Add,
    Const,
    Equation,
    Expr,
    Spread,
    Sub,
    Var,
    most_shared,
    percent_of,
    printed_interval,
    total_of,
    violation_counts,
)
from lint.document import Block, Document, Span, Table
from lint.lexicon import fold_label as fold
from lint.numbers.cells import read_cell
from lint.numbers.column_numbers import ColumnNumbers, find_column_numbers
from lint.numbers.format import format_vi
from lint.numbers.fraction import Fraction
from lint.numbers.interval import Interval
from lint.numbers.parse import names_unit, unit_phrase
from lint.numbers.scan import Extraction
from lint.relations.consistency import Statement
from lint.relations.figures import FigureKey

_MISSING = {"", "-", "x", "X", "..", "...", "…", "-/-"}
_TOTAL = re.compile(rf"^(?:{lexicon.TOTAL_ROW_RE}|toàn xã|tổng trị giá)\b")
_SUBSET = re.compile(r"^(?:-\s*)?trong đó\b")
_PARTITION = re.compile(rf"^(?:-\s*)?(?:{lexicon.TABLE_PARTITIONS_RE})\b")
_SELECTION = re.compile(rf"\b(?:{lexicon.SELECTION_WORDS_RE})\b")
_CONTINUATION = re.compile(r"\(tiếp theo\)")
# Rows and columns whose figures do not add up: rates, ratios, yields, averages, indices (not
# "Dân số trung bình", the mean population of a year, which adds up over places).
_NON_ADDITIVE = re.compile(
    r"%|‰|tỷ lệ|tỷ số|tỷ suất|năng suất|bình quân|(?:điểm|giá|mức|tuổi|thu nhập) (?:trung bình|tb\b|bq\b)|"
    r"trung bình (?:mỗi|một|/)|tuổi thọ|chỉ số|tốc độ|so với|so sánh|"
    r"cơ cấu|đơn giá|giá bình|mật độ|/\s*(?:ha|người|hộ|100|con|phụ nữ|km)|tạ/ha|\(\s*lần\s*\)|"
    r"/\s*(?:lớp|trường|giường|bác sĩ|giáo viên|xã|thôn)(?![^\W\d])|"
    r"\blần\s*$|\bgấp\b|(?:ngày|thời gian)\b.*\b(?:trung bình|tb|bq)\b"
)  # "(lần)", "… lần" ending the label: times; not "cấp lần đầu", "lần thứ hai" (which time);
# "Ngày điều trị trung bình", "Thời gian lưu trú TB", "Giá BQ": mean lengths of time, averages
# abbreviated (not "Dân số TB", the mean population, which adds up over places); "Giáo
# viên/lớp", "(học sinh/lớp)": a ratio per a thing counted (not "tấn/ngày": per day adds up)
# "Thu NSĐP hưởng 100%", "các khoản thu phân chia NSĐP hưởng theo tỷ lệ phần trăm (%)": the
# share of a revenue the local budget keeps names the revenue; the row holds amounts.
_SHARED_REVENUE = re.compile(r"hưởng\s+(?:\d+\s*%|theo tỷ lệ(?:\s+phần trăm)?(?:\s*\(%\))?)")
_RATE_LABEL = re.compile(r"%|‰|tỷ lệ|tỷ suất")
_RATE_UNIT = re.compile(r"%|‰")
_NON_ADDITIVE_UNIT = re.compile(r"%|/|‰|lần")
_UNIT_IN_LABEL = re.compile(r"\(([^()]*)\)\s*$")
_UNIT_WORD = re.compile(
    r"^(?:nghìn|ngàn|triệu|tỷ|tấn|tạ|kg|ha|m|km|người|lao động|dn|doanh nghiệp|dự án|con|hộ|"
    r"lượt|%|‰|tuổi|usd|đồng|lít|chiếc|cái|số)(?!\w)"
)
_SHARE = re.compile(r"cơ cấu")
_RATIO = re.compile(r"so với|so sánh|\bso (?:kh|ck|kế hoạch|dự toán|cùng kỳ)\b")
_PLAN = re.compile(rf"{lexicon.PLAN_BASES_RE}|\b(?:{lexicon.PLAN_ABBREVIATIONS_RE})\b")
_PREVIOUS = re.compile(rf"{lexicon.PREVIOUS_PERIOD_WORDS_RE}|\bck\b")
_ACTUAL = re.compile(r"thực hiện|\bth\b|ước")
_CUMULATIVE = re.compile(lexicon.CUMULATIVE_WORDS_RE)  # labels are folded: "luỹ" reads "lũy"
_STT_CELL = re.compile(
    r"[IVXL]+\.?|[A-HĐ]\.?|\d{1,3}(?:\.\d{1,2}){0,3}\.?|[a-zđ][.)]?|\(\d{1,3}\)|[-+*•–]"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_SEASON = re.compile(r"vụ (đông xuân|hè thu|thu đông|mùa)")


@dataclass(frozen=True)
class Period:
    """What a column header says about time: months covered, a season, or a named base."""

    months: frozenset[int] | None  # months of the year covered (quý II: 4, 5, 6)
    year: int | None
    season: str | None = None
    plan: bool = False  # "kế hoạch", "KH"


_ONE = Fraction(1)


@dataclass
class Cell:
    block: Block
    value: Fraction | None  # None: missing ("", "-", "x", "..") or text
    decimals: int = 0
    text: bool = False  # a text cell among figures (a repeated header, a note)
    exact: bool = False  # a whole count ("Số hộ", ĐVT "người"): not rounded, as in prose

    @property
    def span(self) -> Span:
        return self.block.whole_span

    @property
    def key(self) -> FigureKey:
        """The cell's figure key: its figure is the one starting the cell's block."""
        return (self.block.index, 0)

    @cached_property
    def interval(self) -> Interval:
        """The values that round to the printed figure (as for a prose figure's
        :class:`~lint.arithmetic.Figure` without a percent sign)."""
        assert self.value is not None
        return printed_interval(self.value, self.decimals, _ONE, self.exact and not self.decimals)


@dataclass
class Column:
    index: int
    header: str  # folded header text (all header rows joined)
    role: str  # "value" | "share" | "ratio" | "rate" | "label" | "unit" | "other"
    period: Period | None = None
    measure: str | None = None  # "lượng", "trị giá", "diện tích" … sub-header
    cumulative: bool = False
    numerator: Period | None = None  # ratio columns
    denominator: Period | None = None
    title: str = ""  # the header as printed (for messages)
    counted: bool = False  # its header names a count ("Số hộ", "(người)"): whole figures exact


@dataclass
class Row:
    index: int  # position in the table grid
    label: str  # folded label
    label_cell: Block
    level: int  # indentation (or numbering depth) of the label
    cells: dict[int, Cell]  # value columns only
    kind: str = "data"  # "data" | "label" | "header" | "unclear" (place in hierarchy unknown)
    additive: bool = True
    unit: str = ""  # the ĐVT cell, folded

    @property
    def is_rate(self) -> bool:
        """A row of percentages or per-mille: its "% so CK" may be a difference in points."""
        label = _SHARED_REVENUE.sub("", self.label) if "hưởng" in self.label else self.label
        return bool(_RATE_LABEL.search(label) or _RATE_UNIT.search(self.unit))

    @property
    def has_values(self) -> bool:
        return any(cell.value is not None for cell in self.cells.values())


@dataclass(frozen=True)
class RowGroup:
    """``parent`` = Σ ``children`` (rows), in every additive column where all have figures."""

    parent: Row
    children: tuple[Row, ...]
    how: str  # "indent" | "total" | "partition"
    flat: bool  # flat rows after a total: maybe only partly its parts (see _flat_failures)


@dataclass(frozen=True)
class CumulativeRelation:
    target: Column
    parts: tuple[Column, ...]


@dataclass(frozen=True)
class ColumnPartition:
    """ "Cả nước" = "Chia ra Miền Bắc" + "Chia ra Miền Nam": a total column and its parts."""

    total: Column
    parts: tuple[Column, ...]


@dataclass(frozen=True)
class ShareRelation:
    share: Column
    value: Column
    total: Row


@dataclass(frozen=True)
class RatioRelation:
    ratio: Column
    numerator: Column
    denominator: Column
    # read from a bare "Tỷ lệ (%)" / "So sánh (%)" header and the table's columns alone: checked
    # only when its rows bear it out (:data:`IMPLIED_RATIO_MIN_HOLDING`)
    implied: bool = False
    # a growth column ("Tăng, giảm (%)"): numerator ÷ denominator × 100 − 100
    offset: int = 0


@dataclass
class TableModel:
    table: Table
    columns: list[Column]
    rows: list[Row]
    groups: list[RowGroup] = field(default_factory=list)
    cumulative: list[CumulativeRelation] = field(default_factory=list)
    shares: list[ShareRelation] = field(default_factory=list)
    ratios: list[RatioRelation] = field(default_factory=list)
    partitions: list[ColumnPartition] = field(default_factory=list)
    column_numbers: ColumnNumbers | None = None  # "A | B | 1 | 2 | 3=1+2" under the titles
    numbers: list[tuple[Row, Block]] = field(default_factory=list)  # rows and their STT cells
    # failing_sums(self) and how many failing relations each cell is in, computed once:
    # every finding's culprit asks for them
    _failing_checks: list[TableStatement] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _failure_counts: dict[str, dict[Hashable, int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _pinned: frozenset[Hashable] | None = field(default=None, init=False, repr=False, compare=False)
    # ratio_checks(self), computed once: T104 reports them, the culprit search counts them
    _ratio_checks: list[tuple[RatioRelation, Row, TableStatement]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # compiled (mypyc) classes do not take an ``init=False`` field's default
        self._failing_checks = None
        self._failure_counts = {}
        self._pinned = None
        self._ratio_checks = None

    def column(self, index: int) -> Column:
        return self.columns[index]

    def value_columns(self, role: str = "value") -> list[Column]:
        return [column for column in self.columns if column.role == role]


def read_tables(document: Document, extraction: Extraction) -> list[TableModel]:
    del extraction  # cells are read from their own text: tables print bare figures
    source = document.source.text if document.format == "markdown" else None
    return [model for table in document.tables if (model := read_table(table, source)) is not None]


def read_table(table: Table, source: str | None = None) -> TableModel | None:
    """The model of one table; ``source``: the Markdown text, where "**bold**" labels show
    the row hierarchy of tables without an STT column or indentation."""
    numbers = find_column_numbers([[c.text for c in row] for row in table.rows], table.header_rows)
    skip = numbers.row if numbers is not None else -1  # not data, not a title either
    header = [
        row
        for i, row in enumerate(table.rows[: table.header_rows])
        if not _separator(row) and i != skip
    ]
    positions = [i for i in range(table.header_rows, len(table.rows)) if i != skip]
    body = [table.rows[i] for i in positions]
    if not body or not header:
        return None
    width = max(len(row) for row in table.rows)
    headers = [fold(" ".join(row[i].text for row in header if i < len(row))) for i in range(width)]
    label_index = _label_column(body, width)
    if label_index is None:
        label_index = _year_column(body, headers)
    if label_index is None:
        return None
    # a ragged row without its label cell (a Markdown row cut short) has no place in the table
    kept = [(i, row) for i, row in zip(positions, body, strict=True) if label_index < len(row)]
    positions = [i for i, _ in kept]
    body = [row for _, row in kept]
    if not body:
        return None
    columns = [_column(i, headers[i], i == label_index, i < label_index) for i in range(width)]
    _describing_columns(columns, body)
    table_counts = bool(table.unit_text) and _unit_line_names_count(table.unit_text or "")
    for column in columns:
        index = column.index
        column.title = " ".join(row[index].text for row in header if index < len(row)).strip()
        column.counted = column.role == "value" and (table_counts or _header_names_count(column))
    rows = [_row(i, cells, label_index, columns) for i, cells in zip(positions, body, strict=True)]
    unit_line = bool(table.unit_text) and _names_unit(fold(table.unit_text or ""))
    if not unit_line and not any(column.role == "unit" for column in columns):
        _small_whole_counts(columns, rows)
    stt = [row[label_index - 1].text if label_index - 1 < len(row) else "" for row in body]
    for row in rows:
        if not row.additive and _SHARED_REVENUE.search(row.label):
            label = _SHARED_REVENUE.sub("", row.label)
            row.additive = not _NON_ADDITIVE.search(label) and not _NON_ADDITIVE_UNIT.search(
                row.unit
            )
    if _cost_table(columns):
        # "ĐVT | Số lượng | Đơn giá | Thành tiền (đồng)": the ĐVT is the unit of the quantity
        # ("người/ngày", "bài"), not of the costs, which add up over the rows
        for row in rows:
            row.unit = ""
            row.additive = not _NON_ADDITIVE.search(row.label)
    if table.unit_text and _RATE_UNIT.search(table.unit_text):
        for row in rows:  # "Đơn vị tính: %" above the table: every figure is a rate
            row.additive = False
    if label_index > 0:
        _levels_from_numbering(rows, stt)
    if not (label_index > 0 and _has_numbers(stt)):
        prefixes = [_label_number(row.label_cell.text) for row in rows]
        numbered_rows = sum(
            1 for row, p in zip(rows, prefixes, strict=True) if p and row.has_values
        )
        if numbered_rows >= 2 and numbered_rows * 2 >= sum(1 for row in rows if row.has_values):
            _levels_from_numbering(rows, prefixes)  # "I. Thu cân đối", "1. Thu nội địa"
        else:
            _levels_from_style(rows, source)
    rows = _merge_wrapped_labels(_drop_repeated_headers(rows))
    model = TableModel(table, columns, rows, column_numbers=numbers)
    if label_index > 0:
        by_index = {row.index: row for row in rows}
        model.numbers = [
            (by_index[i], cells[label_index - 1])
            for i, cells in zip(positions, body, strict=True)
            if i in by_index and label_index - 1 < len(cells)
        ]
    numbered: dict[int, str] = {}
    if label_index > 0 and _has_numbers(stt):
        numbered = {i: text.strip() for i, text in zip(positions, stt, strict=True)}
    model.groups = list(_groups(rows, numbered))
    model.cumulative = list(_cumulative(columns))
    model.shares = list(_shares(columns, rows))
    model.ratios = list(_ratios(columns))
    model.ratios += _discovered_ratios(columns, rows, model.ratios)
    model.partitions = list(_column_partitions(columns))
    return model


def _separator(row: list[Block]) -> bool:
    return all(re.fullmatch(r":?-+:?", cell.text) for cell in row if cell.text)


def _label_column(body: list[list[Block]], width: int) -> int | None:
    for index in range(width):
        texts = [row[index].text for row in body if index < len(row) and row[index].text]
        if texts and sum(1 for t in texts if read_cell(t) is None) * 2 > len(texts):
            if all(_STT_CELL.fullmatch(t.strip()) for t in texts):
                continue  # an STT column of labels
            return index
    return None


# a row labelled by its year ("2021", "2023-2024") under a header "Năm"
_YEAR_LABEL = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?")
_YEAR_HEADER = re.compile(r"năm(?: học)?|niên độ|giai đoạn")


def _year_column(body: list[list[Block]], headers: list[str]) -> int | None:
    """The first column, headed "Năm", whose cells are years (and a total row's label): rows
    labelled by their year."""
    if not headers or not _YEAR_HEADER.fullmatch(headers[0].strip()):
        return None
    texts = [row[0].text.strip(" *_") for row in body if row and row[0].text.strip(" *_")]
    years = [text for text in texts if _YEAR_LABEL.fullmatch(text)]
    others = [text for text in texts if not _YEAR_LABEL.fullmatch(text)]
    if len(years) < 2 or not all(_TOTAL.match(fold(text)) for text in others):
        return None
    return 0


def _column(index: int, header: str, is_label: bool, before_label: bool) -> Column:
    if is_label:
        return Column(index, header, "label")
    if before_label or header in ("stt", "tt"):
        return Column(index, header, "other")
    if header in ("đvt", "đơn vị", "đơn vị tính") or header.startswith("ghi chú"):
        return Column(index, header, "unit" if header.startswith("đ") else "other")
    measure = _measure(header)
    if _SHARE.search(header):
        return Column(index, header, "share", _period(header), measure)
    if _RATIO.search(header):
        numerator, denominator = _ratio_periods(header)
        return Column(index, header, "ratio", numerator, measure, False, numerator, denominator)
    if _NON_ADDITIVE.search(header):
        return Column(index, header, "rate", _period(header), measure)
    cumulative = bool(_CUMULATIVE.search(header))
    return Column(index, header, "value", _period(header), measure, cumulative)


_MEASURES = ("lượng", "trị giá", "tổng mức", "diện tích", "sản lượng", "năng suất")


def _measure(header: str) -> str | None:
    header = re.sub(r"\([^()]*\)", "", header).strip()
    for measure in _MEASURES:
        if header.endswith(measure):
            return measure
    return None


def _period(text: str) -> Period | None:
    """Months and year a header speaks of ("quý II năm 2024", "6 tháng năm 2024", "cả năm")."""
    text = fold(text)
    year_match = re.search(r"(?:năm\s+)?(\d{4})", text)
    year = int(year_match.group(1)) if year_match else None
    plan = bool(re.search(r"kế hoạch|\bkh\b", text))
    season = _SEASON.search(text)
    if season:
        return Period(None, year, season.group(1), plan)
    quarter = re.search(r"quý\s+(iv|iii|ii|i|[1-4])\b", text)
    if quarter:
        q = _ROMAN.get(quarter.group(1)) or int(quarter.group(1))
        return Period(frozenset(range(3 * q - 2, 3 * q + 1)), year, None, plan)
    first = re.search(r"(\d{1,2})\s+tháng", text) or re.search(r"\b(\d{1,2})\s*t\s*/\s*\d{4}", text)
    if first and 1 <= int(first.group(1)) <= 12:
        return Period(frozenset(range(1, int(first.group(1)) + 1)), year, None, plan)
    month = re.search(r"tháng\s+(\d{1,2})\b", text)
    if month and 1 <= int(month.group(1)) <= 12:
        return Period(frozenset({int(month.group(1))}), year, None, plan)
    if re.search(r"\bcả năm\b", text):  # "Lũy kế cả năm", "Kế hoạch cả năm"
        return Period(frozenset(range(1, 13)), year, None, plan)
    if year is not None and (re.search(r"\bnăm\b", text) or _PLAN_OR_ACTUAL_YEAR.search(text)):
        return Period(frozenset(range(1, 13)), year, None, plan)
    return None


# "Dự toán 2024", "Ước TH 2024", "Thực hiện 2023": a year after the words of a plan or a result
_PLAN_OR_ACTUAL_YEAR = re.compile(
    r"^(?:dự toán|kế hoạch|kh|thực hiện|th|ước thực hiện|ước th|ước|ước tính)\s+\d{4}$"
)


def _ratio_periods(header: str) -> tuple[Period | None, Period | None]:
    """Numerator and denominator periods of "A so với B (%) [C]" headers (GSO flattening)."""
    left, _, right = header.partition("so với")
    right, _, tail = right.partition("(%)")
    left, right, tail = left.strip(), right.strip(), tail.strip()
    numerator = _period(left) if left else _period(_strip_measure(tail))
    if numerator is None:
        return None, None
    if right.startswith("cùng kỳ") or right in ("năm trước",):
        stated = _period(right)
        year = (
            stated.year
            if stated and stated.year
            else (numerator.year - 1 if numerator.year else None)
        )
        if year is None:
            return numerator, None
        return numerator, Period(numerator.months, year, numerator.season, False)
    denominator = _period(right) if right else _period(_strip_measure(tail))
    if denominator is not None and denominator.months is None and numerator.season:
        denominator = Period(None, denominator.year, denominator.season, denominator.plan)
    return numerator, denominator


def _strip_measure(text: str) -> str:
    for measure in _MEASURES:
        text = text.replace(measure, "")
    return text


_A_YEAR = re.compile(r"(?:19|20)\d\d")  # "2025" among "2024 - 2026": a year, not a figure


def _describing_columns(columns: list[Column], body: list[list[Block]]) -> None:
    """A column of words ("Địa điểm xây dựng": "An Hòa, Minh Tân"; "Thời gian KC-HT":
    "2022 - 2025") describes its rows; it holds no figures to add, and its words do not make
    every row a repeated header."""
    for column in columns:
        if column.role in ("label", "other", "unit"):
            continue
        texts = [row[column.index].text.strip() for row in body if column.index < len(row)]
        words = sum(
            1 for text in texts if text and text not in _MISSING and read_cell(text) is None
        )
        figures = sum(
            1
            for text in texts
            if text and read_cell(text) is not None and not _A_YEAR.fullmatch(text)
        )
        if words >= 2 and words > 2 * figures:
            column.role = "other"


def _row(index: int, cells: list[Block], label_index: int, columns: list[Column]) -> Row:
    label_cell = cells[label_index]
    values: dict[int, Cell] = {}
    text_cells = 0
    for column in columns:
        if column.role in ("label", "other", "unit") or column.index >= len(cells):
            continue
        block = cells[column.index]
        parsed = read_cell(block.text)
        if parsed is not None:
            values[column.index] = Cell(block, parsed.value, parsed.decimals, exact=column.counted)
        elif block.text.strip() in _MISSING:
            values[column.index] = Cell(block, None)
        else:
            values[column.index] = Cell(block, None, text=True)
            text_cells += 1
    label = fold(label_cell.text)
    unit = next(
        (fold(cells[c.index].text) for c in columns if c.role == "unit" and c.index < len(cells)),
        "",
    )
    row = Row(index, label, label_cell, label_cell.indent, values, unit=unit)
    if text_cells:
        row.kind = "header"
    elif not row.has_values:
        row.kind = "label"
    row.additive = not _NON_ADDITIVE.search(label) and not _NON_ADDITIVE_UNIT.search(unit)
    if unit and _names_count(unit):  # ĐVT "hộ", "người": the row's whole figures are counts
        for cell in values.values():
            cell.exact = True
    return row


# "Số hộ còn dư nợ", "Số lượt người", "Số lượng (chiếc)", "Dân số (người)": a header naming what
# its figures count; "(nghìn người)", "(triệu đồng)", "(ha)" name a scale or a measure instead
_COUNT_HEADER = re.compile(r"^(?:tổng\s+)?số\s+(?!lượng\b)(?P<noun>[^()]+?)\s*(?:\(|$)")
_HEADER_UNIT = re.compile(r"\((?P<unit>[^()]+)\)\s*$")
_UNIT_WORDS = re.compile(r"đơn vị|đvt|\(")  # the line above a table names a unit
_UNIT_LINE = re.compile(r"^\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(?P<unit>[^()]+?)\s*\)?$")


def _header_names_count(column: Column) -> bool:
    """The column's header names a count of things, with no scale or measure."""
    header = column.header
    unit = _HEADER_UNIT.search(header)
    if unit is not None:
        return _names_count(unit.group("unit").strip())
    noun = _COUNT_HEADER.match(header)
    return noun is not None and _names_count(noun.group("noun"))


# A cost table's columns: how many, the price of one, and what they cost ("Số lượng | Đơn giá
# | Thành tiền"), each header perhaps with its unit "(đồng)", "(nghìn đồng)"
QUANTITY_HEADER = re.compile(r"^(?:số lượng|khối lượng|sl)\b")
PRICE_HEADER = re.compile(r"^(?:đơn giá|mức chi|mức hỗ trợ|định mức)\b")
COST_HEADER = re.compile(r"^(?:thành tiền|kinh phí|số tiền|tổng tiền|dự toán)\b")


def _cost_table(columns: list[Column]) -> bool:
    """A unit column, a quantity, a price and a cost column."""
    headers = [c.header for c in columns]
    return any(c.role == "unit" for c in columns) and all(
        any(pattern.match(header) for header in headers)
        for pattern in (QUANTITY_HEADER, PRICE_HEADER, COST_HEADER)
    )


def _small_whole_counts(columns: list[Column], rows: list[Row]) -> None:
    """A column whose header names no unit and whose figures are all whole numbers below 1.000
    ("HCV": 4, 3, 5 … 12), in a table with no unit line or ĐVT column, counts things: nothing
    names a scale or a measure its figures could be rounded in."""
    for column in columns:
        if column.role != "value" or column.counted or "(" in column.header or column.measure:
            continue
        cells = [row.cells[column.index] for row in rows if column.index in row.cells]
        figures = [cell for cell in cells if cell.value is not None]
        if len(figures) < 3 or any(not _SMALL_WHOLE.fullmatch(c.block.text) for c in figures):
            continue
        column.counted = True
        for cell in figures:
            cell.exact = True


_SMALL_WHOLE = re.compile(r"\s*(?:\*\*)?\s*\d{1,3}\s*(?:\*\*)?\s*")  # "12", "**42**"


def _names_unit(text: str) -> bool:
    """The line above a table names a unit: "Đơn vị tính: …", "(ĐVT: …)", "Tỷ đồng"."""
    return _UNIT_WORDS.search(text) is not None or names_unit(text)


def _unit_line_names_count(text: str) -> bool:
    """The unit line above a table ("Đơn vị tính: hộ") names a count."""
    unit = _UNIT_LINE.match(fold(text))
    return unit is not None and _names_count(unit.group("unit"))


@lru_cache(maxsize=1024)
def _names_count(words: str) -> bool:
    """``words`` start with a count noun of the number grammar ("hộ", "người dân", "lượt"), not
    a scale, a currency, a measure or a rate."""
    from lint.numbers.units import NON_COUNT_WORDS, resolve

    phrase = unit_phrase(words)
    if phrase is None or phrase.unit is None or phrase.unit.per or phrase.unit.scale:
        return False
    if any(magnitude.has_scale for magnitude in phrase.magnitudes):
        return False
    if phrase.unit.base in NON_COUNT_WORDS:
        return False
    return resolve(phrase.unit.base, None, ()).kind == "count"


def _numbering_rank(text: str) -> int | None:
    """Depth of an STT label: A < I < 1 < 1.1 < 1.1.1 < a < - < + < *."""
    text = text.strip()
    for pattern, rank in _RANKS:
        if pattern.fullmatch(text):
            return rank
    return None


_RANKS = tuple(
    (re.compile(pattern), rank)
    for pattern, rank in (
        (r"[IVXL]+\.?", 2),
        (r"[A-HĐ]\.?", 1),
        (r"\d+\.?", 3),
        (r"\d+\.\d+\.?", 4),
        (r"\d+\.\d+\.\d+\.?", 5),
        (r"[a-zđ][.)]?", 6),
        (r"\(\d+\)", 6),
        (r"[-–]", 7),
        (r"\+", 8),
        (r"[*•]", 9),
    )
)


def _levels_from_numbering(rows: list[Row], numbers: list[str]) -> None:
    """Row levels from an STT column ("I", "1", "1.1", "a", "-"), where the table has one.

    A row without a number in such a table (other than a total) has no known place in the
    hierarchy: it is marked "unclear" and no row sum relies on it.
    """
    ranks = [_numbering_rank(text) for text in numbers]
    if not any(rank is not None for rank in ranks):
        return
    previous = ""  # "I" right after "H" continues the letters A … H, it is no roman numeral
    for position, text in enumerate(numbers):
        label = text.strip().rstrip(".")
        if label == "I" and previous == "H":
            ranks[position] = 1
        if ranks[position] in (1, 2):
            previous = label
    level = 0
    for row, rank, text in zip(rows, ranks, numbers, strict=False):
        if rank is not None:
            level = rank * 10
            row.level = level
        elif _TOTAL.match(row.label):
            row.level = 0
        elif text.strip():
            row.level = level
            row.kind = "unclear" if row.kind == "data" else row.kind
        else:
            row.level = level + 1
            row.kind = "unclear" if row.kind == "data" else row.kind


_LABEL_NUMBER = re.compile(r"([IVXL]+|[A-HĐ]|\d{1,2}(?:\.\d{1,2}){0,2}|[a-zđ])[.)]\s")


def _label_number(text: str) -> str:
    """The numbering a label starts with ("II. Thu từ đất" → "II"), or ""."""
    match = _LABEL_NUMBER.match(text.strip())
    return match.group(1) if match else ""


_UPPER_WORDS = re.compile(r"[^\W\d_]{2,}")
_BULLET_RANKS = {"-": 4, "–": 4, "+": 5, "*": 6, "•": 6}


def _style_rank(row: Row, source: str | None) -> int:
    """Depth a label's look gives: CAPITALS < **bold** < plain < "- item" < "+ item"."""
    text = row.label_cell.text.strip()
    if text[:1] in _BULLET_RANKS:
        return _BULLET_RANKS[text[:1]]
    words = _UPPER_WORDS.findall(text)
    if len(text.split()) >= 2 and words and all(word.isupper() for word in words):
        return 1  # "CHI ĐẦU TƯ PHÁT TRIỂN"; not one acronym ("THCS", "TH&THCS")
    if source is not None:
        span = row.label_cell.whole_span
        if source[max(0, span.start - 2) : span.start] in ("**", "__") and source[
            span.end : span.end + 2
        ] in ("**", "__"):
            return 2
    return 3


def _levels_from_style(rows: list[Row], source: str | None) -> None:
    """Row levels from capitals, bold and bullets, in a table whose labels are not indented.

    Budget tables often show their hierarchy only so: "CHI ĐẦU TƯ PHÁT TRIỂN" over "Chi đầu tư
    xây dựng cơ bản", or "**Chi thường xuyên**" over "- Chi sự nghiệp giáo dục".  Used only when
    every label sits at one indentation and the rows other than totals have at least two
    looks; a total row takes the level of the top rows (it is the sum of the rows at its
    level that follow it).
    """
    if not rows or len({row.level for row in rows}) != 1:
        return
    ranks = [_style_rank(row, source) for row in rows]
    looks = {
        rank
        for row, rank in zip(rows, ranks, strict=True)
        if row.kind == "data" and not _TOTAL.match(row.label)
    }
    if len(looks) < 2:
        return  # one look among the rows a total sums: the look says nothing
    base = rows[0].level
    for row, rank in zip(rows, ranks, strict=True):
        row.level = base + (min(looks) if _TOTAL.match(row.label) else rank)


def _drop_repeated_headers(rows: list[Row]) -> list[Row]:
    """Drop a page's repeated header ("5. (Tiếp theo) …" and the column titles under it)."""
    kept: list[Row] = []
    skipping = False
    for row in rows:
        if _CONTINUATION.search(row.label):
            skipping = True
            continue
        if skipping and row.kind != "data":
            continue
        skipping = False
        kept.append(row)
    return kept


def _merge_wrapped_labels(rows: list[Row]) -> list[Row]:
    """ "Bắc Trung Bộ" / "và duyên hải miền Trung" with the figures: one row."""
    merged: list[Row] = []
    for row in rows:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "label"
            and row.kind == "data"
            and row.level == previous.level
            and row.label_cell.text[:1].islower()
        ):
            row.label = previous.label + " " + row.label
            row.additive = row.additive and not _NON_ADDITIVE.search(row.label)
            merged[-1] = row
            continue
        merged.append(row)
    return merged


def _unit_of(row: Row) -> str | None:
    """The unit a label states in parentheses ("Lượng (Nghìn tấn)") or the ĐVT cell gives."""
    match = _UNIT_IN_LABEL.search(row.label)
    if match and _UNIT_WORD.match(match.group(1)) and not re.search(r"\d", match.group(1)):
        return match.group(1)  # not "(Km 412 - Km 438)": a stretch of road, no unit
    return row.unit or None  # the ĐVT column


def _has_numbers(stt: list[str]) -> bool:
    return any(_numbering_rank(text) is not None for text in stt)


def _groups(rows: list[Row], numbered: dict[int, str] | None = None) -> Iterator[RowGroup]:
    """Row groups.  ``numbered``: the STT cell of each row, when levels come from an STT
    column; there a parent with one row numbered "1" (or "1.1", "a") under it is the total of
    that one row (a budget form lists every item), unlike a lone "-" row (an example)."""
    for position, row in enumerate(rows):
        if row.kind == "data" and row.additive and _between_numbers(rows, position, numbered):
            continue  # "4 | Chất thải", "| Tổng phát thải", "5 | LULUCF": a total inside a run
            # of numbered rows, of some of them; which, the numbers do not say
        if row.kind == "data" and row.additive:
            closed = None
            if _closing_total(row) and position > 0:
                closed = _closed_rows_above(rows, position)  # "Cộng 05 xã" below its rows
            if closed is not None:
                yield RowGroup(row, closed, "total", False)
                continue
            children = _indented_children(rows, position, numbered or {})
            if children is not None:
                yield RowGroup(row, children, "indent", False)
            elif _TOTAL.match(row.label) and not _numbered_item(rows, position, numbered or {}):
                flat = _flat_children(rows, position)
                if flat is not None:
                    after = flat[0].index > row.index  # rows after a total, not closed by it
                    yield RowGroup(row, flat, "total", after)
        elif row.kind == "label" and _PARTITION.match(row.label):
            if _SELECTION.search(row.label):
                continue
            parent = _partition_parent(rows, position)
            children = _indented_children(rows, position)
            if parent is not None and children is not None:
                yield RowGroup(parent, children, "partition", False)


def _between_numbers(rows: list[Row], position: int, numbered: dict[int, str] | None) -> bool:
    """An unnumbered total row between two rows numbered n and n + 1 (not a "Cộng …" row,
    which says it closes the rows above it)."""
    if not numbered or not 0 < position < len(rows) - 1 or not _TOTAL.match(rows[position].label):
        return False
    if _closing_total(rows[position]):
        return False
    if numbered.get(rows[position].index, "").strip():
        return False
    above = _whole_number(rows[position - 1], numbered)
    below = _whole_number(rows[position + 1], numbered)
    return above is not None and below == above + 1


def _numbered_item(rows: list[Row], position: int, numbered: dict[int, str]) -> bool:
    """A row labelled as a total but numbered in sequence with the row above or below it ("5
    | Tổng số huy chương" after "4 | Số nội dung thi đấu"): one more item of the list, not the
    total of the others."""
    mine = _whole_number(rows[position], numbered)
    if mine is None:
        return False
    for neighbour, step in ((position - 1, 1), (position + 1, -1)):
        if 0 <= neighbour < len(rows):
            theirs = _whole_number(rows[neighbour], numbered)
            if theirs is not None and mine == theirs + step:
                return True
    return False


def _whole_number(row: Row, numbered: dict[int, str]) -> int | None:
    """The row's number in the STT column when it is a whole number ("4", "4."), else None."""
    text = numbered.get(row.index, "").rstrip(".")
    return int(text) if text.isdigit() else None


def _indented_children(
    rows: list[Row], position: int, numbered: dict[int, str] | None = None
) -> tuple[Row, ...] | None:
    """Rows indented under ``rows[position]`` when they look like an exhaustive breakdown."""
    head = rows[position]
    run: list[Row] = []
    for row in rows[position + 1 :]:
        if row.level <= head.level or row.kind == "header":
            break
        run.append(row)
    if not run:
        return None
    level = min(row.level for row in run)
    if run[0].level != level:
        return None
    # "Phân theo một số tỉnh" (or "Phân theo ngành") at the children's level opens another
    # breakdown of the same head: the children are the rows before it
    for cut, row in enumerate(run):
        if cut and row.level == level and row.kind == "label" and _PARTITION.match(row.label):
            run = run[:cut]
            break
    direct = [row for row in run if row.level == level]
    if any(row.kind != "data" or not row.additive for row in direct):
        return None  # a section label, a subset or a rate among the children
    if any(_SUBSET.match(row.label) or _SELECTION.search(row.label) for row in direct):
        return None
    if any(_unit_of(row) not in (None, _unit_of(head)) for row in direct):
        return None
    if len(direct) == 1 and numbered:
        rank = _numbering_rank(numbered.get(direct[0].index, ""))
        return tuple(direct) if rank is not None and rank <= 6 else None
    return tuple(direct) if len(direct) >= 2 else None


def _flat_children(rows: list[Row], position: int) -> tuple[Row, ...] | None:
    """Rows at the level of a total row, after it (or before it when it closes the table)."""
    head = rows[position]
    if _SECTION_TOTAL.match(head.label):
        return _section_totals(rows, position)  # "Cộng I" below its section's rows
    following = rows[position + 1 :]
    children: list[Row] = []
    index = 0
    while index < len(following):
        row = following[index]
        if row.level < head.level or row.kind == "header":
            break
        if row.level > head.level:
            index += 1
            continue  # a breakdown of the previous child
        if row.kind == "unclear":
            return None
        if row.kind == "label":
            if _SUBSET.match(row.label):
                index += 1
                while index < len(following) and following[index].level > head.level:
                    index += 1
                continue
            nxt = following[index + 1] if index + 1 < len(following) else None
            if nxt is not None and nxt.level > head.level and not _PARTITION.match(row.label):
                return None  # a member without figures ("Địa phương" over its levels)
            break  # a new section ("MẶT HÀNG CHỦ YẾU", "Phân theo …")
        if not row.additive or _unit_of(row) not in (None, _unit_of(head)):
            break
        if _TOTAL.match(row.label):
            return None
        children.append(row)
        index += 1
    if not children and position > 0:
        sections = _section_totals(rows, position)  # "Tổng cộng" under "Cộng I", "Cộng II"
        if sections is not None:
            return sections
    if not children and position > 0:  # "Cộng" closing the rows above it
        for row in reversed(rows[:position]):
            if row.level != head.level or row.kind != "data" or not row.additive:
                break
            if _unit_of(row) != _unit_of(head):
                break  # "Tổng giá trị thiệt hại (Tỷ đồng)" under rows of people and hectares
            children.insert(0, row)
        if not children:
            children = list(_numbered_rows_above(rows, position))
    return tuple(children) if len(children) >= 2 else None


def _closing_total(row: Row) -> bool:
    """A "Cộng …" total row (not "Cộng đồng", "Cộng hòa"): it closes the rows above it."""
    return row.label.startswith("cộng") and _TOTAL.match(row.label) is not None


def _closed_rows_above(rows: list[Row], position: int) -> tuple[Row, ...] | None:
    """The data rows right above ``position`` at its level, up to a label, a header or another
    total; None when fewer than two."""
    head = rows[position]
    if rows[position - 1].level < head.level:
        return None
    level = rows[position - 1].level  # numbered rows sit deeper than an unnumbered total
    children: list[Row] = []
    for row in reversed(rows[:position]):
        if row.level != level or row.kind != "data" or _TOTAL.match(row.label):
            if (
                row.kind == "data"
                and head.level <= row.level < level
                and not _TOTAL.match(row.label)  # the total of the group before ends it
            ):
                return None  # the rows above are the items of a group ("C. Khen thưởng")
            break
        if not row.additive or _unit_of(row) != _unit_of(head):
            return None
        children.insert(0, row)
    return tuple(children) if len(children) >= 2 else None


# "Cộng I", "Cộng II", "Cộng A", "Cộng 1": the total of one section of a table
_SECTION_TOTAL = re.compile(r"^cộng\s+(?:[ivxlc]+|[a-zđ]|\d+)$")


def _section_totals(rows: list[Row], position: int) -> tuple[Row, ...] | None:
    """A section's total below its rows ("I | Khối xã" … "Cộng I"): the data rows of the
    shallowest level since the section's label row; a grand total below such totals ("Tổng
    cộng (I + II)" under "Cộng I", "Cộng II"): those totals."""
    head = rows[position]
    above = rows[:position]
    if _SECTION_TOTAL.match(head.label):
        run: list[Row] = []
        for row in reversed(above):
            if row.kind == "label" or _TOTAL.match(row.label):
                break
            if row.kind != "data":
                return None
            run.insert(0, row)
        if not run:
            return None
        level = min(row.level for row in run)
        direct = [row for row in run if row.level == level]
    else:
        direct = [row for row in above if _SECTION_TOTAL.match(row.label)]
        if any(row.level != head.level for row in direct):
            return None
    if len(direct) < 2 or any(
        not row.additive or _unit_of(row) != _unit_of(head) for row in direct
    ):
        return None
    return tuple(direct)


def _numbered_rows_above(rows: list[Row], position: int) -> tuple[Row, ...]:
    """A total closing the table below rows set deeper than it (numbered 1, 2, 3 … in an STT
    column while the total row has no number): the rows of the shallowest level above it, when
    every row from the top of the body is one of them or a breakdown of one."""
    head = rows[position]
    run = rows[:position]
    if not run or any(row.level <= head.level or row.kind != "data" for row in run):
        return ()
    level = min(row.level for row in run)
    if run[0].level != level:
        return ()
    direct = [row for row in run if row.level == level]
    for row in direct:
        if row.kind != "data" or not row.additive or _TOTAL.match(row.label):
            return ()
        if _SUBSET.match(row.label) or _SELECTION.search(row.label):
            return ()
        if _unit_of(row) != _unit_of(head):
            return ()
    return tuple(direct)


def _partition_parent(rows: list[Row], position: int) -> Row | None:
    """The row a "Phân theo …" label breaks down: the nearest data row above, at its level."""
    label = rows[position]
    for row in reversed(rows[:position]):
        if row.level > label.level:
            continue
        if row.kind == "data":
            return row if row.additive else None
        if not _PARTITION.match(row.label) or _SELECTION.search(row.label):
            return None
    return None


def _cumulative(columns: list[Column]) -> Iterator[CumulativeRelation]:
    values = [c for c in columns if c.role == "value" and c.period and c.period.months]
    for target in values:
        if not target.cumulative or target.period is None or target.period.months is None:
            continue
        parts = [
            c
            for c in values
            if c is not target
            and not c.cumulative
            and c.measure == target.measure
            and c.period is not None
            and c.period.year == target.period.year
            and not c.period.plan
            and c.period.months is not None
            and c.period.months < target.period.months
        ]
        covered: set[int] = set()
        overlapping = False
        for part in parts:
            assert part.period is not None and part.period.months is not None
            overlapping = overlapping or bool(covered & part.period.months)
            covered |= part.period.months
        if len(parts) >= 2 and not overlapping and covered == set(target.period.months):
            yield CumulativeRelation(target, tuple(parts))


_SPLIT = re.compile(r"\b(?:chia ra|chia theo|trong đó)\b")
_WHOLE = re.compile(rf"\b(?:{lexicon.TOTAL_LABELS_RE})\b")


def _column_partitions(columns: list[Column]) -> Iterator[ColumnPartition]:
    """A total column followed by its "Chia ra …" columns under the same header."""
    for position, total in enumerate(columns):
        if total.role != "value" or not _WHOLE.search(total.header):
            continue
        prefix = total.header[: _WHOLE.search(total.header).start()].strip()  # type: ignore[union-attr]
        parts: list[Column] = []
        for column in columns[position + 1 :]:
            split = _SPLIT.search(column.header)
            if column.role != "value" or split is None:
                break
            if column.header[: split.start()].strip() != prefix or split.group(0) != "chia ra":
                parts = []
                break
            parts.append(column)
        if len(parts) >= 2:
            yield ColumnPartition(total, tuple(parts))


def _shares(columns: list[Column], rows: list[Row]) -> Iterator[ShareRelation]:
    for share in (c for c in columns if c.role == "share"):
        candidates = [
            c
            for c in columns
            if c.role == "value"
            and c.period is not None
            and c.period == share.period
            and (c.measure is None or c.measure != "cơ cấu")
        ]
        if len(candidates) != 1:
            continue
        total = next((row for row in rows if row.kind == "data"), None)
        if total is None:
            continue
        cell = total.cells.get(share.index)
        if cell is None or cell.value != 100:
            continue
        yield ShareRelation(share, candidates[0], total)
    yield from _unnamed_shares(columns, rows)


def _unnamed_shares(columns: list[Column], rows: list[Row]) -> Iterator[ShareRelation]:
    """A rate column headed "Tỷ lệ (%)" or "Tỷ lệ theo số vụ (%)" whose total row (first or
    last, labelled as a total) prints 100: the share of each row's figure in the total's, of
    the value column it names or the only one, read when its rows bear it out.  The column is
    a share column from then on (its cells are checked as shares and add up as shares)."""
    data = [row for row in rows if row.kind == "data"]
    totals = [row for row in (data[:1] + data[-1:]) if _TOTAL.match(row.label)] if data else []
    for position, share in enumerate(columns):
        if share.role != "rate" or _GROWTH_HEADER.fullmatch(share.header):
            continue
        worded = _WORDED_RATIO.fullmatch(share.header)
        if not (_BARE_RATIO.fullmatch(share.header) or worded):
            continue
        values = [c for c in columns if c.role == "value" and c.period == share.period]
        if worded is not None:
            named = set(worded.group(1).split()) - _GENERIC_RATIO_WORDS - {"theo"}
            values = [c for c in values if named and named <= set(c.header.split())]
        if len(values) != 1:
            continue
        for total in totals:
            cell = total.cells.get(share.index)
            if cell is None or cell.value != 100:
                continue
            if _shares_bear_out(rows, share, values[0], total):
                columns[position] = replace(share, role="share")
                yield ShareRelation(columns[position], values[0], total)
                break


def _shares_bear_out(rows: list[Row], share: Column, value: Column, total: Row) -> bool:
    """Rows print their figure's share of the total's (within :data:`SHARE_SLACK`): at least
    two, and at most one row in four does not (one of three may not)."""
    base = total.cells.get(value.index)
    if base is None or base.value is None or base.interval.low <= 0:
        return False
    holding = failing = 0
    for row in rows:
        if row is total or row.kind != "data" or row.is_rate:
            continue
        stated, figure = row.cells.get(share.index), row.cells.get(value.index)
        if stated is None or stated.value is None or figure is None or figure.value is None:
            continue
        check = _share_statement(stated, figure, base)
        if check is not None and check.satisfied:
            holding += 1
        else:
            failing += 1
    return holding >= 2 and failing <= max(1, (holding + failing) // 4)


def _ratios(columns: list[Column]) -> Iterator[RatioRelation]:
    values = [c for c in columns if c.role == "value" and c.period is not None]
    for rate in (c for c in columns if c.role == "rate"):
        if _GROWTH_HEADER.fullmatch(rate.header):
            implied = _implied_ratio(rate, columns)
            later = implied.numerator.period if implied else None
            earlier = implied.denominator.period if implied else None
            if implied and later and earlier and earlier.year and later.year == earlier.year + 1:
                # "Năm 2023 | Năm 2024 | Tăng, giảm (%)": the later over the earlier, less 100
                yield replace(implied, offset=100)
            continue
        worded = _WORDED_RATIO.fullmatch(rate.header)
        if not _BARE_RATIO.fullmatch(rate.header) and worded is None:
            continue
        implied = _implied_ratio(rate, columns)
        if implied is None:
            continue
        if worded is not None and worded.group(1) not in implied.numerator.header:
            continue  # "Tỷ lệ hộ nghèo (%)" is no ratio of "Kế hoạch" and "Thực hiện"
        yield implied
    for ratio in (c for c in columns if c.role == "ratio"):
        if ratio.numerator is None or ratio.denominator is None:
            named = _named_ratio(ratio, columns)
            if named is None and _BARE_RATIO.fullmatch(ratio.header):
                named = _implied_ratio(ratio, columns)
            if named is not None:
                yield named
            continue
        numerators = [c for c in values if _same(c, ratio.numerator, ratio.measure)]
        denominators = [c for c in values if _same(c, ratio.denominator, ratio.measure)]
        if len(numerators) == 1 and len(denominators) == 1 and numerators != denominators:
            yield RatioRelation(ratio, numerators[0], denominators[0])


def _discovered_ratios(
    columns: list[Column], rows: list[Row], known: list[RatioRelation]
) -> list[RatioRelation]:
    """Ratio columns whose header does not say which columns they divide ("Tỷ lệ đúng hạn
    (%)" beside "Đã giải quyết" and "Đúng và trước hạn"; "So sánh QT/DT (%)"): the one pair of
    value columns A, B whose A ÷ B × 100 the rows reproduce, read as the column's formula when
    it is the only pair to do so on at least :data:`IMPLIED_RATIO_MIN_HOLDING` rows (two of
    them with A ≠ B) with at most one row in four failing; checked as an implied ratio.  A
    header naming what it is a rate of ("Tỷ lệ hộ nghèo (%)") takes only a pair one of whose
    headers shares a word with it."""
    done = {relation.ratio.index for relation in known}
    values = [c for c in columns if c.role == "value"]
    found = []
    for ratio in columns:
        if ratio.role not in ("ratio", "rate") or ratio.index in done:
            continue
        if _BROAD_GROWTH_HEADER.fullmatch(ratio.header):
            growth = _growth_of_the_two_before(rows, ratio, values)
            if growth is not None:
                found.append(growth)
            continue
        worded = _WORDED_RATIO.fullmatch(ratio.header)
        # "Tỷ lệ hộ nghèo (%)" names what it is a rate of; "Tỷ lệ TH/KH (%)" two columns
        named = set(worded.group(1).split()) - _GENERIC_RATIO_WORDS if worded else set()
        if "/" in ratio.header:
            named = set()
        fitting = [
            RatioRelation(ratio, a, b, implied=True)
            for a in values
            for b in values
            if a is not b
            and (not named or named & set(f"{a.header} {b.header}".split()))
            and _rows_bear_out(rows, ratio, a, b)
        ]
        if len(fitting) == 1:
            found.append(fitting[0])
    return found


# a growth column named in other words: "Tăng trưởng (%)", "Tăng (%)", "Tăng so với cuối năm
# 2023 (%)", "Tăng/giảm so với năm trước (%)": read only on its rows' evidence
_BROAD_GROWTH_HEADER = re.compile(
    r"(?:tăng(?:\s*trưởng)?|tăng\s*[,/]?\s*giảm)(?:\s+so với[^()%]{0,40})?\s*\(%\)"
)


def _growth_of_the_two_before(
    rows: list[Row], rate: Column, values: list[Column]
) -> RatioRelation | None:
    """The growth column right after two value columns: the later ÷ the earlier × 100 − 100,
    when the rows bear it out (as :func:`_rows_bear_out` for a ratio)."""
    before = [c for c in values if c.index < rate.index]
    if len(before) < 2 or before[-1].index != rate.index - 1:
        return None
    earlier, later = before[-2], before[-1]
    if not _rows_bear_out(rows, rate, later, earlier, offset=100):
        return None
    return RatioRelation(rate, later, earlier, implied=True, offset=100)


# words of a ratio header that do not say what is divided: "tỷ lệ thực hiện so với (%)"
_GENERIC_RATIO_WORDS = {"thực", "hiện", "so", "với", "đạt", "chung", "bình", "quân"}


def _rows_bear_out(rows: list[Row], ratio: Column, a: Column, b: Column, offset: int = 0) -> bool:
    """The rows reproduce ``a`` ÷ ``b`` × 100 − ``offset`` in ``ratio`` (see
    :func:`_discovered_ratios`)."""
    holding = failing = distinct = 0
    # at most one row in four fails: more failures than a quarter of the rows end the search
    most_failing = len(rows) // 4
    for _row, stated, numerator, denominator in _ratio_cells(rows, ratio, a, b):
        assert stated.value is not None and numerator.value is not None
        assert denominator.value is not None
        # a quick look in floating point first (most pairs miss by far), with a margin twice
        # what the printed figures' rounding can move the ratio
        rough = float(numerator.value) / float(denominator.value) * 100
        spread = float(numerator.interval.high - numerator.interval.low) / float(
            numerator.value or 1
        ) + float(denominator.interval.high - denominator.interval.low) / float(denominator.value)
        margin = abs(rough) * spread * 2 + float(stated.interval.high - stated.interval.low) + 0.05
        if abs(rough - offset - float(stated.value)) > margin:
            failing += 1
        else:
            computed = (numerator.interval / denominator.interval).scale(100)
            if offset:
                computed = Interval(computed.low - offset, computed.high - offset)
            if computed.intersects(stated.interval):
                holding += 1
                distinct += numerator.value != denominator.value
            else:
                failing += 1
        if failing > most_failing:
            return False
    return (
        holding >= IMPLIED_RATIO_MIN_HOLDING and distinct >= 2 and failing * 4 <= holding + failing
    )


# a ratio column that names neither of its columns: "Tỷ lệ (%)", "So sánh (%)", "%", "Tỷ lệ
# thực hiện (%)"
_BARE_RATIO = re.compile(r"(?:(?:tỷ lệ|tỉ lệ)(?: thực hiện)?|so sánh)?\s*\(?%\)?|tỷ lệ|so sánh")


# a ratio column naming the actual column's measure: "Tỷ lệ giải ngân (%)" after "Kế hoạch
# vốn" and "Giải ngân đến 31/12" (read only when the actual column's header has those words)
_WORDED_RATIO = re.compile(r"(?:tỷ lệ|tỉ lệ) ([^\d()%]{2,30}?)\s*\(?%\)?")
# a growth column: "Tăng, giảm (%)", "Tăng (+), giảm (-) (%)", "Tốc độ tăng (%)"
_GROWTH_HEADER = re.compile(
    r"(?:tăng\s*(?:\(\+\))?\s*[,/]?\s*giảm\s*(?:\(-\))?|tốc độ tăng(?:\s*trưởng)?)\s*\(%\)"
)


def _implied_ratio(ratio: Column, columns: list[Column]) -> RatioRelation | None:
    """A bare ratio column after the table's only plan and only actual column (actual ÷ plan),
    or after its only two value columns: of one period, one of them the whole ("Tổng số …":
    the other ÷ it), or of consecutive years (the later ÷ the earlier)."""
    values = [c for c in columns if c.role == "value" and c.index < ratio.index]
    plans = [c for c in values if _PLAN.search(c.header)]
    actuals = [c for c in values if c not in plans]
    if len(plans) == 1 and len(actuals) == 1:
        return RatioRelation(ratio, actuals[0], plans[0], implied=True)
    if plans or len(values) != 2:
        return None
    earlier, later = values
    wholes = [c for c in values if _WHOLE_HEADER.match(c.header)]
    if len(wholes) == 1 and earlier.period == later.period:
        # "Tổng số trường | Trường đạt chuẩn | Tỷ lệ (%)": the part ÷ the whole
        part = later if wholes[0] is earlier else earlier
        return RatioRelation(ratio, part, wholes[0], implied=True)
    if (
        earlier.period is None
        or later.period is None
        or earlier.period.year is None
        or later.period.year != earlier.period.year + 1
        or earlier.period.months != later.period.months
        or earlier.measure != later.measure
    ):
        return None
    return RatioRelation(ratio, later, earlier, implied=True)


# a column of the whole the other column is part of: "Tổng số trường", "Tổng số hộ"
_WHOLE_HEADER = re.compile(r"(?:tổng số|tổng)\b")


def _named_ratio(ratio: Column, columns: list[Column]) -> RatioRelation | None:
    """ "So dự toán (%)", "% so KH", "% so CK": the actual column ÷ the plan or same-period one.

    The actual column is the only "thực hiện"/"ước"/"TH" column, or the one of the latest year;
    the same-period column ("CK") is named so, or is the actual column of the year before.
    """
    base = re.search(r"\bso (kh|kế hoạch|dự toán|ck|cùng kỳ)\b", ratio.header)
    if base is None:
        return None
    values = [c for c in columns if c.role == "value"]
    plans = [c for c in values if _PLAN.search(c.header)]
    actuals = [c for c in values if _ACTUAL.search(c.header) and c not in plans]
    named_previous = [c for c in actuals if _PREVIOUS.search(c.header)]
    current = [c for c in actuals if c not in named_previous]
    years = {c.period.year for c in current if c.period is not None and c.period.year}
    if len(current) > 1 and len(years) == len(current):
        latest = max(years)
        current = [c for c in current if c.period is not None and c.period.year == latest]
    if len(current) != 1:
        return None
    numerator = current[0]
    if _PLAN.match(base.group(1)):
        denominators = plans
    elif named_previous:
        denominators = named_previous
    else:
        period = numerator.period
        denominators = [
            c
            for c in actuals
            if period is not None
            and c.period is not None
            and period.year is not None
            and c.period.year == period.year - 1
            and c.period.months == period.months
        ]
    if len(denominators) != 1:
        return None
    return RatioRelation(ratio, numerator, denominators[0])


def _same(column: Column, period: Period, measure: str | None) -> bool:
    if column.period is None or column.measure != measure:
        return False
    mine = column.period
    return (
        mine.months == period.months
        and mine.year == period.year
        and mine.season == period.season
        and mine.plan == period.plan
    )


# ---------------------------------------------------------------------------------------------
# The relations a table states, as statements over its cells (checked here, rules only read)


@dataclass(eq=False)
class TableStatement(Statement):
    """A relation a table's structure states over its cells: ``computing`` = the stated cell.

    ``cells`` holds the stated cell first (a total, a cumulative cell, a share, a ratio, a
    computed column), then the cells it is computed from.  The constraint is an
    :class:`~lint.arithmetic.Equation` over the cells' figure keys, checked once when the
    statement is made: ``satisfied`` is its verdict and ``computed`` the value of
    ``computing`` over the cells' intervals.
    """

    cells: tuple[Cell, ...] = ()
    computing: Expr | None = None
    computed: Interval = field(default_factory=lambda: Interval.exact(0))
    satisfied: bool = True
    row: Row | None = None  # the row a column relation is checked on
    formula: str = ""  # a printed formula ("3=1+2", "(I+II)")
    ratio: bool = False  # a quotient or product, not a sum

    @property
    def stated(self) -> Cell:
        return self.cells[0]

    @property
    def operands(self) -> tuple[Cell, ...]:
        return self.cells[1:]

    # a sum's names for its cells (properties of their own: compiled classes take no
    # aliases of properties)
    @property
    def total(self) -> Cell:
        return self.stated

    @property
    def parts(self) -> tuple[Cell, ...]:
        return self.operands

    @property
    def numerator(self) -> Cell:
        """A share's or ratio's value (``stated`` = numerator ÷ denominator × 100)."""
        return self.cells[1]

    @property
    def denominator(self) -> Cell:
        return self.cells[2]

    @property
    def decimals(self) -> int:
        return self.stated.decimals

    @property
    def computed_text(self) -> str:
        """The computed value written like the stated cell."""
        return format_vi(self.computed.mid, self.stated.decimals, group=_grouped(self.stated))

    def required(self, cell: Cell) -> Fraction | None:
        """The printed value ``cell`` would need for the relation to hold exactly, the other
        cells as printed (the stated cell: the computed value)."""
        if cell is self.stated:
            return self.computed.mid
        if self.computing is None or sum(1 for other in self.operands if other is cell) != 1:
            return None
        exact = {other.key: Interval.exact(other.value or 0) for other in self.cells}
        solved = Equation(self.computing, Var(self.stated.key)).solve(cell.key, exact)
        return None if solved is None else solved.mid

    def correction(self, cell: Cell | None) -> str | None:
        """:meth:`required` written like the cell (decimals, thousands dots)."""
        value = None if cell is None else self.required(cell)
        if cell is None or value is None:
            return None
        return format_vi(value, cell.decimals, group=_grouped(cell))


def table_statement(
    family: str,
    stated: Cell,
    operands: tuple[Cell, ...],
    computing: Expr,
    slack: Spread | None = None,
    *,
    ratio: bool = False,
    row: Row | None = None,
    formula: str = "",
) -> TableStatement | None:
    """The statement ``computing`` (over the operands' keys) = ``stated`` (± ``slack``),
    checked over the cells' intervals; None when it cannot be evaluated (a division by an
    interval holding 0)."""
    right: Expr = Var(stated.key) if slack is None else Add(Var(stated.key), slack)
    constraint = Equation(computing, right)
    env = {cell.key: cell.interval for cell in (stated, *operands)}
    sides = constraint.sides(env)
    if sides is None:
        return None
    return TableStatement(
        family,
        constraint,
        (),
        cells=(stated, *operands),
        computing=computing,
        computed=sides[0],
        satisfied=sides[0].intersects(sides[1]),
        row=row,
        formula=formula,
        ratio=ratio,
    )


def sum_statement(family: str, total: Cell, parts: tuple[Cell, ...]) -> TableStatement:
    statement = table_statement(family, total, parts, total_of(part.key for part in parts))
    assert statement is not None  # a sum divides by nothing
    return statement


def signed_sum(terms: list[tuple[int, Cell]]) -> Expr:
    """``0 ± a ± b …`` over the cells' keys."""
    expression: Expr = Const(Fraction(0))
    for sign, cell in terms:
        expression = Add(expression, Var(cell.key)) if sign > 0 else Sub(expression, Var(cell.key))
    return expression


def group_checks(
    model: TableModel, role: str = "value"
) -> Iterator[tuple[RowGroup, list[TableStatement]]]:
    """For each row group: the per-column sums that fail (empty list: consistent)."""
    for group in model.groups:
        columns = [c for c in model.columns if c.role == role]
        failing = _failing_sums(group.parent, group.children, columns)
        if failing and group.flat:
            failing = _flat_failures(group, columns, failing)
        yield group, failing


def _flat_failures(
    group: RowGroup, columns: list[Column], failing: list[TableStatement]
) -> list[TableStatement]:
    """Failures of flat rows after a total that are errors, not a misread of the table.

    Flat rows may be only partly the total's parts: the first few add up and the rest break
    one of them down (GSO exports: sectors, then "Dầu thô" under one of them), or they are a
    selection of provinces with no "Phân theo một số" line.  So a shortfall is reported only
    when another column of the same rows adds up (the rows are the parts, one cell is off),
    and an excess (parts larger than the whole) always.
    """
    for cut in range(2, len(group.children)):
        checks = _sums(group.parent, group.children[:cut], columns)
        if checks and all(check.satisfied for check in checks):
            return []
    holding = len(_sums(group.parent, group.children, columns)) > len(failing)
    return [
        c for c in failing if holding or c.computed.low > c.total.interval.high or _one_digit_off(c)
    ]


def _one_digit_off(check: TableStatement) -> bool:
    """The total and its rows' sum differ in one digit only ("18.500" for 18.400): a slip in
    typing one figure, not a selection of rows that happens to fall short."""
    total = check.total
    if total.value is None:
        return False
    scale = 10**total.decimals
    stated = str(round(total.value * scale))
    summed = str(round(check.computed.mid * scale))
    if len(stated) != len(summed) or stated == summed:
        return False
    return sum(1 for a, b in zip(stated, summed, strict=True) if a != b) == 1


def _sums(parent: Row, children: tuple[Row, ...], columns: list[Column]) -> list[TableStatement]:
    checks: list[TableStatement] = []
    for column in columns:
        total = parent.cells.get(column.index)
        parts = [child.cells.get(column.index) for child in children]
        if total is None or total.value is None:
            continue
        if any(part is None or part.value is None for part in parts):
            continue
        cells = tuple(part for part in parts if part is not None)
        checks.append(sum_statement("table-rows", total, cells))
    return checks


def _failing_sums(
    parent: Row, children: tuple[Row, ...], columns: list[Column]
) -> list[TableStatement]:
    return [check for check in _sums(parent, children, columns) if not check.satisfied]


def cumulative_checks(
    model: TableModel,
) -> Iterator[tuple[CumulativeRelation, Row, TableStatement]]:
    for relation in model.cumulative:
        for row, check in _column_sums(model, "table-cumulative", relation.target, relation.parts):
            yield relation, row, check


def partition_checks(model: TableModel) -> Iterator[tuple[ColumnPartition, Row, TableStatement]]:
    for relation in model.partitions:
        for row, check in _column_sums(model, "table-partition", relation.total, relation.parts):
            yield relation, row, check


def _column_sums(
    model: TableModel, family: str, target: Column, sources: tuple[Column, ...]
) -> Iterator[tuple[Row, TableStatement]]:
    for row in model.rows:
        if row.kind not in ("data", "unclear") or not row.additive:
            continue
        total = row.cells.get(target.index)
        parts = [row.cells.get(c.index) for c in sources]
        if total is None or total.value is None:
            continue
        if any(part is None or part.value is None for part in parts):
            continue
        cells = tuple(part for part in parts if part is not None)
        yield row, sum_statement(family, total, cells)


# Statistical offices adjust shares so that they total exactly 100 ("100,00"): a share may be
# one unit of its last digit away from value ÷ total (GSO: 8,66 printed for 8,6536).
SHARE_SLACK = 1


def share_checks(model: TableModel) -> Iterator[tuple[ShareRelation, Row, TableStatement]]:
    for relation in model.shares:
        base = relation.total.cells.get(relation.value.index)
        if base is None or base.value is None or base.value <= 0:
            continue
        for row in model.rows:
            if row is relation.total or row.kind != "data":
                continue
            stated = row.cells.get(relation.share.index)
            value = row.cells.get(relation.value.index)
            if stated is None or stated.value is None or value is None or value.value is None:
                continue
            check = _share_statement(stated, value, base)
            if check is not None:
                yield relation, row, check


def _share_statement(stated: Cell, value: Cell, base: Cell) -> TableStatement | None:
    """``stated`` = ``value`` ÷ ``base`` × 100, within :data:`SHARE_SLACK` of its last digit."""
    unit = Fraction(SHARE_SLACK, 10**stated.decimals)
    computing = percent_of(Var(value.key), Var(base.key))
    return table_statement(
        "table-share", stated, (value, base), computing, Spread(-unit, unit), ratio=True
    )


# An implied ratio column is checked when at least this many rows hold, and at most one row in
# four fails: a "Tỷ lệ (%)" column may be a share of the total or of something not in the table.
IMPLIED_RATIO_MIN_HOLDING = 3


def ratio_checks(model: TableModel) -> list[tuple[RatioRelation, Row, TableStatement]]:
    """Every row's check of every ratio column of the table (computed once per table)."""
    if model._ratio_checks is None:
        found = []
        for relation in model.ratios:
            checks = list(_ratio_checks(model, relation))
            if relation.implied:
                failing = sum(1 for _, check in checks if not check.satisfied)
                holding = len(checks) - failing
                if holding < IMPLIED_RATIO_MIN_HOLDING or failing * 4 > len(checks):
                    continue
            found += [(relation, row, check) for row, check in checks]
        model._ratio_checks = found
    return list(model._ratio_checks)


def _ratio_checks(
    model: TableModel, relation: RatioRelation
) -> Iterator[tuple[Row, TableStatement]]:
    cells = _ratio_cells(model.rows, relation.ratio, relation.numerator, relation.denominator)
    for row, stated, numerator, denominator in cells:
        computing = percent_of(Var(numerator.key), Var(denominator.key))
        if relation.offset:
            computing = Sub(computing, Const(Fraction(relation.offset)))
        check = table_statement(
            "table-ratio", stated, (numerator, denominator), computing, ratio=True
        )
        if check is not None:
            yield row, check


def _ratio_cells(
    rows: list[Row], ratio: Column, numerator: Column, denominator: Column
) -> Iterator[tuple[Row, Cell, Cell, Cell]]:
    """The rows of figures (not of rates) with a stated ratio, a numerator and a positive
    denominator, and those three cells."""
    for row in rows:
        if row.kind not in ("data", "unclear") or row.is_rate:
            continue
        stated = row.cells.get(ratio.index)
        above = row.cells.get(numerator.index)
        below = row.cells.get(denominator.index)
        if stated is None or stated.value is None:
            continue
        if above is None or above.value is None:
            continue
        if below is None or below.value is None or below.value <= 0:
            continue
        if below.interval.low <= 0:
            continue
        yield row, stated, above, below


def failing_sums(model: TableModel) -> list[TableStatement]:
    """Every row-group, cumulative and column-partition sum of the table that does not hold."""
    if model._failing_checks is None:
        failing = [check for _, checks in group_checks(model) for check in checks]
        failing += [check for _, _, check in cumulative_checks(model) if not check.satisfied]
        failing += [check for _, _, check in partition_checks(model) if not check.satisfied]
        model._failing_checks = failing
    return list(model._failing_checks)


def culprit(model: TableModel, check: TableStatement, among: str = "sums") -> Cell | None:
    """The one cell of ``check`` that the most failing relations of the table go through
    (:func:`lint.arithmetic.most_shared`), two at least; ``among``: "sums" (the sums of the
    table) or "all" (its sums and its printed column and row formulas).

    A wrong child cell breaks both its parent's column sum and its own row's cumulative sum
    or formula; the cell common to all the failing relations it takes part in is the likely
    culprit.
    """
    counts = model._failure_counts.get(among)
    if counts is None:
        if among == "sums":
            failing = failing_sums(model)
        else:
            from lint.relations.table_forms import failing_relations

            failing = failing_relations(model)
        counts = violation_counts(statement.constraint for statement in failing)
        model._failure_counts[among] = counts
    key = most_shared([cell.key for cell in check.cells], counts)
    return None if key is None else next(cell for cell in check.cells if cell.key == key)


def unpinned(model: TableModel, check: TableStatement) -> Cell | None:
    """The one cell of ``check`` that no relation holding elsewhere in the table pins down
    (:func:`pinned_cells`), when every other cell is pinned: the others agree with the rest of
    the table, so that one is the likely wrong figure."""
    pinned = pinned_cells(model)
    free = [cell for cell in check.cells if cell.key not in pinned]
    return free[0] if len(free) == 1 and len(check.cells) > 1 else None


def pinned_cells(model: TableModel) -> frozenset[Hashable]:
    """The cells taking part in a row-group, cumulative or partition sum of the table that
    holds: a wrong figure there would break that sum too."""
    if model._pinned is None:
        columns = model.value_columns()
        holding = [
            check
            for group in model.groups
            for check in _sums(group.parent, group.children, columns)
            if check.satisfied
        ]
        holding += [check for _, _, check in cumulative_checks(model) if check.satisfied]
        holding += [check for _, _, check in partition_checks(model) if check.satisfied]
        model._pinned = frozenset(cell.key for check in holding for cell in check.cells)
    return model._pinned


def _grouped(cell: Cell) -> bool:
    return bool(re.fullmatch(r"[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?", cell.block.text.strip()))
