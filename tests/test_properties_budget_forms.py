"""Generated budget forms (STT column, column-number row, formula labels), in Markdown and .docx:
a consistent form raises nothing; one changed figure is caught at that figure."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_document, check_text
from lint.numbers.format import format_vi, round_half_up
from lint.read import read_document
from lint.ruleset import rule_by_code
from tests.docx_builder import DocxBuilder

CODES = ("T101", "T102", "T103", "T104", "T105", "H104", "N101")
RULES = [rule for code in CODES if (rule := rule_by_code(code))]
ROMAN = ["I", "II", "III", "IV"]
HEADER = [
    "STT",
    "Nội dung",
    "Vốn trong nước",
    "Vốn ngoài nước",
    "Tổng số",
    "Tỷ lệ vốn ngoài nước (%)",
]

Item = tuple[int, int]  # (vốn trong nước, vốn ngoài nước), triệu đồng
SECTIONS = st.lists(
    st.lists(st.tuples(st.integers(100, 9_999), st.integers(100, 9_999)), min_size=1, max_size=4),
    min_size=2,
    max_size=4,
)


def grid(sections: list[list[Item]]) -> list[list[str]]:
    """The form as a grid of cell texts: titles, column numbers, total, sections, items."""
    total = "+".join(ROMAN[: len(sections)])
    rows = [HEADER, ["A", "B", "1", "2", "3=1+2", "4=2/3"]]

    def row(stt: str, label: str, domestic: int, foreign: int) -> list[str]:
        share = round_half_up(Fraction(foreign * 100, domestic + foreign), 1)
        figures = [format_vi(Fraction(v), 0, group=True) for v in (domestic, foreign)]
        figures.append(format_vi(Fraction(domestic + foreign), 0, group=True))
        return [stt, label, *figures, format_vi(share, 1, group=False)]

    sums = [(sum(a for a, _ in items), sum(b for _, b in items)) for items in sections]
    rows.append(row("", f"TỔNG SỐ ({total})", sum(a for a, _ in sums), sum(b for _, b in sums)))
    for number, (items, (a, b)) in enumerate(zip(sections, sums, strict=True)):
        rows.append(row(ROMAN[number], f"Huyện số {number + 1}", a, b))
        for index, (c, d) in enumerate(items):
            rows.append(row(str(index + 1), f"Dự án trạm y tế xã {number + 1}-{index + 1}", c, d))
    return rows


def markdown(rows: list[list[str]]) -> str:
    lines = ["Biểu số 02", "", "Đơn vị: triệu đồng", ""]
    lines.append("| " + " | ".join(rows[0]) + " |")
    lines.append("|" + "---|" * len(rows[0]))
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines) + "\n"


def changed(rows: list[list[str]], pick: int) -> tuple[list[list[str]], int, int]:
    """The grid with one figure's first digit changed (far beyond rounding), and where."""
    cells = [(r, c) for r in range(2, len(rows)) for c in range(2, 6)]
    r, c = cells[pick % len(cells)]
    old = rows[r][c]
    digit = int(old[0])
    new = str(digit + 1 if digit < 9 else digit - 1) + old[1:]
    if new[0] == "0":  # "1.234" → "0.234" is not how a figure is written; go up instead
        new = "2" + old[1:]
    copy = [list(row) for row in rows]
    copy[r][c] = new
    return copy, r, c


def primary_spans(found: list[Diagnostic]) -> set[tuple[int, int]]:
    return {(d.span.start, d.span.end) for d in found}


@settings(max_examples=25, deadline=None)
@given(sections=SECTIONS)
def test_consistent_form_raises_nothing(sections: list[list[Item]]) -> None:
    assert check_text(markdown(grid(sections)), RULES, "bieu.md") == []


@settings(max_examples=25, deadline=None)
@given(sections=SECTIONS, pick=st.integers(min_value=0))
def test_one_changed_figure_is_caught_at_that_figure(sections: list[list[Item]], pick: int) -> None:
    rows, r, c = changed(grid(sections), pick)
    text = markdown(rows)
    lines = text.split("\n")
    line = 4 + 2 + (r - 1)  # preamble, title line and |---| line, then the grid rows
    cells = lines[line].split("|")
    start = sum(len(x) + 1 for x in lines[:line]) + len("|".join(cells[: c + 1])) + 2
    assert text[start : start + len(rows[r][c])] == rows[r][c]
    found = check_text(text, RULES, "bieu.md")
    assert found, "the changed figure went unnoticed"
    assert (start, start + len(rows[r][c])) in primary_spans(found)


def docx_document(rows: list[list[str]], header_rows: int):  # type: ignore[no-untyped-def]
    builder = DocxBuilder().paragraph("Đơn vị: triệu đồng").table(rows, header_rows=header_rows)
    return read_document("bieu.docx", builder.to_bytes())


@settings(max_examples=10, deadline=None)
@given(sections=SECTIONS, pick=st.integers(min_value=0), header_rows=st.sampled_from([1, 2]))
def test_docx_form_consistent_then_one_change_caught(
    sections: list[list[Item]], pick: int, header_rows: int
) -> None:
    rows = grid(sections)
    assert check_document(docx_document(rows, header_rows), RULES) == []
    rows, r, c = changed(rows, pick)
    document = docx_document(rows, header_rows)
    cell = next(block for block in document.blocks if block.row == r and block.column == c)
    found = check_document(document, RULES)
    assert found, "the changed figure went unnoticed"
    assert (cell.whole_span.start, cell.whole_span.end) in primary_spans(found)
