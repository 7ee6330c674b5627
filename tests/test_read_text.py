"""Plain-text reader (PDF text layer): re-flow of hard wraps with original lines and columns."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from lint.document import BlockKind, Document
from lint.engine import check_file
from lint.numbers.scan import extract
from lint.read import read_document

# A report as a PDF text layer gives it: every line hard-wrapped, blank lines between lines.
REPORT = """\
UỶ BAN NHÂN DÂN XÃ AN PHÚ

BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM

I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU

1. Về kinh tế.

Tổng thu ngân sách trên địa bàn ước đạt 2.506 tỷ

437 triệu đồng, đạt 50,3% kế hoạch, tăng 5,2% so với cùng kỳ; tổng diện tích gieo trồng

1.200 ha, năng suất lúa bình quân 68 tạ/ha.

1.1. Trồng trọt

Diện tích lúa 615 ha, đạt 98% kế hoạch.

- Chăn nuôi: tổng đàn gia súc 1.095 con, tăng 3% so với cùng kỳ năm
trước.
"""


def read(text: str = REPORT, path: str = "report.txt") -> Document:
    return read_document(path, text.encode("utf-8"))


def test_hard_wrapped_lines_are_reflowed_into_paragraphs() -> None:
    blocks = [(b.kind, b.label, b.text) for b in read().blocks]
    assert blocks == [
        (BlockKind.PARAGRAPH, None, "UỶ BAN NHÂN DÂN XÃ AN PHÚ"),
        (BlockKind.PARAGRAPH, None, "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM"),
        (BlockKind.HEADING, "I.", "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
        (BlockKind.HEADING, "1.", "1. Về kinh tế."),
        (
            BlockKind.PARAGRAPH,
            None,
            "Tổng thu ngân sách trên địa bàn ước đạt 2.506 tỷ 437 triệu đồng, đạt 50,3% kế "
            "hoạch, tăng 5,2% so với cùng kỳ; tổng diện tích gieo trồng 1.200 ha, năng suất "
            "lúa bình quân 68 tạ/ha.",
        ),
        (BlockKind.HEADING, "1.1.", "1.1. Trồng trọt"),
        (BlockKind.PARAGRAPH, None, "Diện tích lúa 615 ha, đạt 98% kế hoạch."),
        (
            BlockKind.LIST_ITEM,
            "-",
            "Chăn nuôi: tổng đàn gia súc 1.095 con, tăng 3% so với cùng kỳ năm trước.",
        ),
    ]


def test_number_spanning_a_wrap_is_one_quantity_with_original_positions() -> None:
    document = read()
    amount = extract(document).quantities[0]
    assert amount.text == "2.506 tỷ 437 triệu đồng"
    assert amount.value == 2_506_437_000_000
    location = document.source.locate(amount.span)
    assert (location.line, location.column) == (9, REPORT.splitlines()[8].index("2.506") + 1)
    assert (location.end_line, location.end_column) == (11, len("437 triệu đồng") + 1)


def test_every_character_keeps_its_line_and_column() -> None:
    document = read()
    lines = REPORT.splitlines()
    for block in document.blocks:
        for index, char in enumerate(block.text):
            if block.starts[index] == block.ends[index]:
                assert char == " "  # the space standing for a line break
                continue
            line, column = document.source.line_column(block.starts[index])
            assert lines[line - 1][column - 1] == char


def test_nfd_input_is_analysed_as_nfc_with_original_columns() -> None:
    text = unicodedata.normalize("NFD", "Diện tích lúa 615 ha, năng suất 68 tạ/ha.\n")
    document = read(text)
    assert document.blocks[0].text == "Diện tích lúa 615 ha, năng suất 68 tạ/ha."
    rate = extract(document).quantities[1]
    assert rate.text == "68 tạ/ha"
    assert unicodedata.normalize("NFC", document.source.excerpt(rate.span)) == "68 tạ/ha"
    # columns count characters of the original (decomposed) line
    assert document.source.locate(rate.span).column == text.index("68") + 1


def test_crlf_line_ends_do_not_shift_columns() -> None:
    document = read(REPORT.replace("\n", "\r\n"))
    amount = extract(document).quantities[0]
    assert amount.text == "2.506 tỷ 437 triệu đồng"
    location = document.source.locate(amount.span)
    assert (location.end_line, location.end_column) == (11, len("437 triệu đồng") + 1)


def test_title_in_capitals_and_short_line_end_blocks() -> None:
    text = "TÌNH HÌNH CHUNG\nKinh tế tiếp tục phát triển ổn định.\nThu ngân sách 12 tỷ đồng.\n"
    blocks = [b.text for b in read(text).blocks]
    assert blocks[0] == "TÌNH HÌNH CHUNG"


def test_hyphenated_range_across_a_wrap_is_not_split_by_a_space() -> None:
    text = "Kế hoạch giai đoạn 2021-\n2025 được triển khai đúng tiến độ trên toàn địa bàn xã.\n"
    document = read(text)
    assert "2021-2025" in document.blocks[0].text
    assert [(n.kind, n.text) for n in extract(document).non_quantities] == [("period", "2021-2025")]


def test_standard_input_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Tổng đàn gia cầm 12.500 con, tăng 3,5% so với cùng kỳ.\n".encode()

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin)
    result = check_file("-", [])
    assert result.error is None and result.extraction is not None
    assert [q.text for q in result.extraction.quantities] == ["12.500 con", "3,5%"]
    assert result.path == "<stdin>"


def test_corpus_pdf_text_reflows_wrapped_figures(corpus: Path) -> None:
    path = corpus / "kim-tan-2023-h1.txt"
    text = path.read_text(encoding="utf-8")
    document = read_document(path.name, path.read_bytes())
    quantities = extract(document).quantities
    assert len(quantities) > 100
    # no quantity of the re-flowed text differs from the original text at its span except by
    # the line breaks the re-flow replaced with a space
    for quantity in quantities:
        original = document.source.excerpt(quantity.span)
        assert " ".join(original.split()) == quantity.text
    # paragraphs are joined: far fewer blocks than non-empty lines
    assert len(document.blocks) < len([line for line in text.splitlines() if line.strip()]) / 2


def test_words_joined_by_underscores_read_as_words() -> None:
    from lint.numbers.scan import extract
    from lint.read import read_document

    tokenised = "Toàn tỉnh có 1.250 cán_bộ , trong đó nữ 1.400 cán_bộ .\n"
    document = read_document("r.txt", tokenised.encode("utf-8"))
    block = document.blocks[0]
    assert "cán bộ" in block.text and "_" not in block.text
    start = block.text.index("cán bộ")
    span = block.span(start, start + len("cán bộ"))
    assert tokenised[span.start : span.end] == "cán_bộ"  # offsets still point at the file
    assert [q.unit_text for q in extract(document).quantities] == ["cán bộ", "cán bộ"]
    # a blank to fill in, or an underscore not between two letters, is left alone
    blank = read_document("r.txt", "Số: ____/BC-UBND\n".encode()).blocks[0]
    assert "____" in blank.text
