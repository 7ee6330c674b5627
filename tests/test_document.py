"""Analysis text and positions: the TextBuilder, Block spans and the fast paths of the readers.

The readers take shortcuts for plain text (whole slices instead of characters, table cells
without the general inline parser); these tests pin the results the shortcuts must keep.
"""

from __future__ import annotations

from lint.document import Block, BlockKind, SourceText, Span, TextBuilder, is_plain
from lint.read import read_document


def built(*pieces: str) -> TextBuilder:
    builder = TextBuilder()
    offset = 0
    for piece in pieces:
        builder.add_original(piece, offset, 0, len(piece))
        offset += len(piece)
    return builder


def test_plain_text_keeps_one_position_per_character() -> None:
    builder = built("Lúa 1.200 ha")
    assert builder.text() == "Lúa 1.200 ha"
    assert builder.starts == list(range(12))
    assert builder.ends == list(range(1, 13))


def test_runs_of_spaces_read_as_one_also_across_pieces() -> None:
    builder = built("a   b ", " c")
    assert builder.text() == "a b c"
    assert builder.starts == [0, 1, 4, 5, 7]


def test_mapped_dropped_and_combining_characters() -> None:
    # no-break space and tab read as spaces, the soft hyphen is dropped, "e" + acute is one
    # letter standing for both original characters
    builder = built("x\u00a0y\tz\u00adw e\u0301")
    assert builder.text() == "x y zw é"
    assert builder.starts[-1] == 8
    assert builder.ends[-1] == 10


def test_shared_offsets_give_the_same_positions() -> None:
    text = "Tổng  số\u00a0ca: 12"
    plain, shared = TextBuilder(), TextBuilder(list(range(len(text) + 1)))
    for builder in (plain, shared):
        builder.add_original(text, 0, 0, len(text))
    assert (shared.text(), shared.starts, shared.ends) == (plain.text(), plain.starts, plain.ends)


def test_strip_trailing_space_and_tail() -> None:
    builder = built("ab  ")
    builder.add_synthetic(" ", 4)  # synthetic text is added as it is
    assert builder.text() == "ab  "
    builder.strip_trailing_space()
    assert (builder.text(), builder.starts, builder.ends) == ("ab", [0, 1], [1, 2])
    builder.add_replacement("²", 2, 14)
    assert builder.tail(2) == "b²"
    assert builder.tail(10) == "ab²"


def test_is_plain_spots_what_needs_mapping() -> None:
    assert is_plain("Nông, lâm nghiệp: 1.200", 0, 23)
    assert not is_plain("a  b", 0, 4)
    assert is_plain("a  b", 2, 4)  # the second space alone is no run
    assert not is_plain("a\u00a0b", 0, 3)
    assert not is_plain("e\u0301", 0, 2)


def test_block_span_clamps_and_trim_keeps_positions() -> None:
    block = Block(BlockKind.PARAGRAPH, "  ab ", [0, 1, 2, 3, 4], [1, 2, 3, 4, 5])
    assert block.trim() == 2
    assert (block.text, block.starts, block.ends) == ("ab", [2, 3], [3, 4])
    assert block.span(0, 2) == Span(2, 4)
    assert block.span(-5, 100) == Span(2, 4)
    assert block.span(1, 1) == Span(3, 4)
    assert Block(BlockKind.PARAGRAPH, "", [], []).span(0, 3) == Span(0, 0)


def test_line_starts() -> None:
    source = SourceText("r.txt", "ab\n\ncd\n")
    assert [source.line_column(offset) for offset in (0, 3, 4, 7)] == [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
    ]
    assert source.line_count == 4


def test_padded_table_cells_read_like_the_general_path() -> None:
    text = "| TT |   Chỉ tiêu  |\u00a0 Lúa |**5**| a  b |  |\n|---|---|---|---|---|---|\n"
    document = read_document("bảng.md", text.encode("utf-8"))
    cells = document.tables[0].rows[0]
    assert [cell.text for cell in cells] == ["TT", "Chỉ tiêu", "Lúa", "5", "a b", ""]
    assert [cell.indent for cell in cells] == [1, 3, 2, 0, 1, 2]
    label = cells[1]
    assert text[label.whole_span.start : label.whole_span.end] == "Chỉ tiêu"
    assert label.starts == list(range(text.index("Chỉ"), text.index("Chỉ") + len("Chỉ tiêu")))


def test_emphasis_markers_and_underscores_inside_words() -> None:
    text = "Mã so_lieu_2024 đạt **12** và __7__ và _3_ ha.\n"
    document = read_document("r.md", text.encode("utf-8"))
    # an underscore between two letters reads as a space (word-segmented text); not before a digit
    assert document.blocks[0].text == "Mã so lieu_2024 đạt 12 và 7 và 3 ha."
