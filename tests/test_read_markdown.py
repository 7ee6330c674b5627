"""Markdown reader (reports converted from Word): structure, footnotes, tables, positions."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.document import Block, BlockKind, Document
from lint.numbers.scan import extract
from lint.read import read_document

REPORT = """\
# BÁO CÁO

## I. KINH TẾ

1. Nông nghiệp: diện tích *gieo trồng* 1.200 ha<sup>1</sup>, đất ở 500 m<sup>2</sup>, tăng **5,2%** so
với cùng kỳ và đạt

---

<sup>1</sup> Số liệu ước tính đến ngày 15/6.

---

kế hoạch năm.

- Chăn nuôi: tổng đàn 1.095 con.
+ Gia cầm 12.500 con

Đơn vị: ha

| TT | Chỉ tiêu | Thực hiện |
|---|---|---|
| 1 | Lúa | 1.200 |
| 2 | Ngô \\| màu | 35,5 |
"""


def read(text: str = REPORT) -> Document:
    return read_document("report.md", text.encode("utf-8"))


def kinds(document: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in document.blocks if b.kind is not BlockKind.TABLE_CELL]


def test_headings_paragraphs_lists_and_footnote_definitions() -> None:
    assert kinds(read()) == [
        (BlockKind.HEADING, "BÁO CÁO"),
        (BlockKind.HEADING, "I. KINH TẾ"),
        (
            BlockKind.PARAGRAPH,
            "1. Nông nghiệp: diện tích gieo trồng 1.200 ha, đất ở 500 m², tăng 5,2% so "
            "với cùng kỳ và đạt kế hoạch năm.",
        ),
        (BlockKind.FOOTNOTE, "Số liệu ước tính đến ngày 15/6."),
        (BlockKind.LIST_ITEM, "Chăn nuôi: tổng đàn 1.095 con."),
        (BlockKind.LIST_ITEM, "Gia cầm 12.500 con"),
        (BlockKind.PARAGRAPH, "Đơn vị: ha"),
    ]


def test_labels_of_headings_and_list_markers() -> None:
    blocks = read().blocks
    assert (blocks[1].label, blocks[1].label_end) == ("I.", 2)
    assert blocks[2].label == "1."
    assert [b.label for b in blocks if b.kind is BlockKind.LIST_ITEM] == ["-", "+"]


def test_footnote_reference_and_definition_across_page_breaks() -> None:
    document = read()
    paragraph = document.blocks[2]
    [ref] = paragraph.footnote_refs
    assert ref.number == 1
    assert paragraph.text[: ref.position].endswith("1.200 ha")
    assert document.source.excerpt(ref.span) == "<sup>1</sup>"
    [definition] = document.footnote_definitions()[1]
    assert definition.footnote == 1


def test_unit_superscript_is_part_of_the_unit() -> None:
    found = extract(read()).quantities
    area = next(q for q in found if q.unit == "m²")
    assert area.text == "500 m²" and area.value == 500
    assert read().source.excerpt(area.span) == "500 m<sup>2</sup>"


def test_emphasis_is_removed_and_spans_point_into_the_original() -> None:
    document = read()
    found = extract(document).quantities
    percent = next(q for q in found if q.unit == "%")
    assert percent.text == "5,2%"
    assert document.source.excerpt(percent.span) == "5,2%"
    location = document.source.locate(percent.span)
    line = REPORT.splitlines()[4]
    assert (location.line, location.column) == (5, line.index("**5,2%**") + 3)


def test_joined_paragraph_keeps_original_lines() -> None:
    document = read()
    paragraph = document.blocks[2]
    start = paragraph.text.index("kế hoạch năm")
    span = paragraph.span(start, start + len("kế hoạch năm"))
    assert document.source.locate(span).line == 14


def cells(document: Document) -> list[list[str]]:
    return [[cell.text for cell in row] for row in document.tables[0].rows]


def test_table_rows_header_unit_and_escaped_bar() -> None:
    document = read()
    [table] = document.tables
    assert cells(document) == [
        ["TT", "Chỉ tiêu", "Thực hiện"],
        ["1", "Lúa", "1.200"],
        ["2", "Ngô | màu", "35,5"],
    ]
    assert table.header_rows == 1
    assert table.unit_text == "Đơn vị: ha"
    assert table.caption == "I. KINH TẾ"
    cell: Block = table.rows[2][2]
    assert (cell.table, cell.row, cell.column) == (0, 2, 2)
    assert document.source.excerpt(cell.whole_span) == "35,5"


def test_separator_line_is_not_a_row_but_a_later_dash_row_is() -> None:
    text = "| A | B |\n|---|---|\n| 1 | 2 |\n|---|---|\n"
    document = read(text)
    assert cells(document) == [["A", "B"], ["1", "2"], ["---", "---"]]
    assert document.tables[0].header_rows == 1


@pytest.mark.parametrize(
    "text",
    [
        # GFM allows one dash per cell, and a colon on each side to centre it ("|:-:|-|--:|")
        "| TT | Xã | Số hộ |\n|:-:|-|--:|\n| 1 | Tân Lập | 120 |\n| | Tổng cộng | 120 |\n\nHết.\n",
        # the outer bars are optional; then a row opening with a bar has an empty first cell
        "TT | Xã | Số hộ\n---|---|--:\n1 | Tân Lập | 120\n | Tổng cộng | 120\n\nHết.\n",
    ],
    ids=["single-dash-separator", "no-outer-bars"],
)
def test_other_ways_of_writing_a_table(text: str) -> None:
    document = read(text)
    assert cells(document) == [
        ["TT", "Xã", "Số hộ"],
        ["1", "Tân Lập", "120"],
        ["", "Tổng cộng", "120"],
    ]
    assert document.tables[0].header_rows == 1
    assert document.blocks[-1].kind is BlockKind.PARAGRAPH


def test_a_bar_in_prose_makes_no_table() -> None:
    document = read("Tỷ lệ A | B là 3 | 4.\n\nDòng khác.\n")
    assert not document.tables


def test_markdown_footnotes_are_footnotes() -> None:
    # "[^1]" marks a reference (the mark is not part of the text), "[^1]: …" defines it
    text = "Đã giải ngân 1.118 triệu đồng, đạt 89,4%[^1]; trong đó vốn tỉnh[^2]: 600 triệu đồng.\n\n[^1]: Số liệu đến ngày 30/11.\n[^2]: Gồm cả vốn chuyển nguồn.\n"
    document = read(text)
    body, first, second = document.blocks
    assert body.text.endswith("đạt 89,4%; trong đó vốn tỉnh: 600 triệu đồng.")
    assert [ref.number for ref in body.footnote_refs] == [1, 2]
    assert (first.kind, first.footnote, first.text) == (
        BlockKind.FOOTNOTE,
        1,
        "Số liệu đến ngày 30/11.",
    )
    assert (second.kind, second.footnote) == (BlockKind.FOOTNOTE, 2)


def test_table_cells_hold_quantities() -> None:
    document = read()
    values = [
        q.value
        for q in extract(document).quantities
        if q.block >= document.tables[0].rows[1][0].index
    ]
    assert 1200 in values and any(v * 10 == 355 for v in values)


def test_corpus_markdown_reads_footnotes_and_tables(corpus: Path) -> None:
    document = read_document(
        "kien-tuong-2020-h1.md", (corpus / "kien-tuong-2020-h1.md").read_bytes()
    )
    definitions = document.footnote_definitions()
    references = {ref.number for block in document.blocks for ref in block.footnote_refs}
    assert definitions and references
    assert references <= set(definitions)
    for path in sorted(corpus.glob("gso-*.md")):
        tables = read_document(path.name, path.read_bytes()).tables
        assert tables
        for table in tables:
            assert all(
                not set(c.text) <= set("-: ") or not c.text for row in table.rows[:1] for c in row
            )


def test_enumeration_lines_without_blank_lines_are_separate_items() -> None:
    text = (
        "Nhiệm vụ:\n1. Thu ngân sách\n2. Chi ngân sách\n\nGiải pháp\n\na) Tăng thu\nb) Giảm chi\n"
    )
    document = read_document("r.md", text.encode("utf-8"))
    assert [block.label for block in document.blocks] == [None, "1.", "2.", None, "a)", "b)"]
