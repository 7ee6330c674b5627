"""Markdown reader: reports converted from Word (headings, lists, footnotes, tables).

Footnote references are ``<sup>N</sup>`` (or Markdown's ``[^N]``) after a word or figure;
footnote definitions are lines starting with ``<sup>N</sup>`` (or ``[^N]:``), usually far from
the reference, after a page break ``---``.  A paragraph cut by a page-end footnote block ("… ngân hàng chính sách xã hội" /
footnote 1 / "phục vụ tốt nhu cầu …") is joined again, so relations read whole sentences.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lint.document import (
    Block,
    BlockKind,
    Directive,
    Document,
    FootnoteRef,
    Offsets,
    SourceText,
    Span,
    Table,
    TextBuilder,
    is_plain,
)
from lint.read.labels import find_label

_HEADING = re.compile(r"^(#{1,6})\s+")
_LIST = re.compile(r"^\s{0,6}([-+*•])\s+")
# "<sup>1</sup> …" (from Word) or "[^1]: …" (Markdown's own footnotes)
_FOOTNOTE_DEF = re.compile(r"^\s*(?:<sup>\s*(\d{1,3})\s*</sup>|\[\^(\d{1,3})\]:)\s*")
_PAGE_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
# Inline markup: a footnote mark or superscript, an HTML comment, a line break, an escaped
# character, or emphasis (one to three "*", or one or two "_" not inside a word).  Every
# alternative starts with a literal character so that the regex engine jumps straight to the
# candidates instead of trying each alternative at every position (several times faster);
# hence emphasis is written "\*\*?\*?" for "\*{1,3}", "_(?<!\w_)_?" for "(?<!\w)_{1,2}" and
# "__?(?!\w)" for "_{1,2}(?!\w)".
_INLINE = re.compile(
    r"<sup>\s*(?P<sup>[^<]*?)\s*</sup>|\[\^(?P<mark>\d{1,3})\]|<!--(?P<comment>.*?)-->|<br\s*/?>"
    r"|\\(?P<escaped>[*_\\|])"
    r"|\*\*?\*?|_(?<!\w_)_?|__?(?!\w)"
)
_UNIT_BEFORE_SUP = re.compile(r"(?:^|[^\w])(?:k?m|cm|dm|mm|ha)$")
_SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_TERMINAL = (".", ":", ";", "!", "?", ")", "”", '"')
_SEPARATOR_ROW = "\x00separator"
_DIRECTIVE_COMMENT = re.compile(r"\s*<!--\s*(solieu:.*?)\s*-->\s*")
_TWO_DIGITS = re.compile(r"\d{2,}")
# a "|" not preceded by a backslash (the lookbehind after the bar lets the search skip to bars)
_UNESCAPED_BAR = re.compile(r"\|(?<!\\\|)")


@dataclass
class _Line:
    offset: int
    text: str


@dataclass
class _Raw:
    kind: BlockKind
    lines: list[_Line] = field(default_factory=list)
    content_start: int = 0  # characters of the first line before the content (marker)
    footnote: int | None = None
    label: str | None = None
    table_rows: list[_Line] = field(default_factory=list)
    barless: bool = False  # a table written without outer bars: a leading bar is an empty cell


def read_markdown(path: str, text: str) -> Document:
    source = SourceText(path, text)
    offsets = Offsets.copied(0, len(text) + 1)  # the identity: table cells slice their offsets
    raws, directives = _split(text)
    raws = _join_split_paragraphs(raws)
    blocks: list[Block] = []
    tables: list[Table] = []
    caption: str | None = None
    previous: _Raw | None = None
    for raw in raws:
        if raw.table_rows:
            unit_text = None
            if previous is not None and previous.kind is BlockKind.PARAGRAPH and blocks:
                candidate = blocks[-1].text.strip()
                if len(candidate) <= 40 and not _TWO_DIGITS.search(candidate):
                    unit_text = candidate
            table = _table(
                raw.table_rows, len(tables), blocks, caption, unit_text, offsets, raw.barless
            )
            tables.append(table)
        else:
            block = _block(raw, len(blocks), offsets)
            blocks.append(block)
            if block.kind is BlockKind.HEADING:
                caption = block.text
        previous = raw
    return Document(source, "markdown", blocks, tables, directives)


def _split(text: str) -> tuple[list[_Raw], list[Directive]]:
    raws: list[_Raw] = []
    directives: list[Directive] = []
    current: _Raw | None = None
    offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        line_offset = offset
        offset += len(line) + 1
        stripped = line.strip()
        comment = _DIRECTIVE_COMMENT.fullmatch(line)
        if comment:
            start = line_offset + comment.start(1)
            directives.append(Directive(comment.group(1), _span(start, comment.group(1))))
            current = None
            continue
        if not stripped:
            current = None
            continue
        if _PAGE_BREAK.match(line):
            raws.append(_Raw(BlockKind.PARAGRAPH))  # marker, removed when joining
            current = None
            continue
        if stripped.startswith("|") or _row_without_bars(stripped, current, lines, number):
            if current is None or not current.table_rows:
                current = _Raw(BlockKind.TABLE_CELL, barless=not stripped.startswith("|"))
                raws.append(current)
            # the first separator line ends the header rows; it is not a row of the table
            first_separator = _TABLE_SEPARATOR.match(line) and not any(
                row.text == _SEPARATOR_ROW for row in current.table_rows
            )
            text_of_row = _SEPARATOR_ROW if first_separator else line
            current.table_rows.append(_Line(line_offset, text_of_row))
            continue
        heading = _HEADING.match(line)
        if heading:
            current = _Raw(BlockKind.HEADING, [_Line(line_offset, line)], heading.end())
            raws.append(current)
            current = None
            continue
        footnote = _FOOTNOTE_DEF.match(line)
        if footnote:
            current = _Raw(BlockKind.FOOTNOTE, [_Line(line_offset, line)], footnote.end())
            current.footnote = int(footnote.group(1) or footnote.group(2))
            raws.append(current)
            continue
        bullet = _LIST.match(line)
        if bullet and not line.lstrip().startswith("**"):
            current = _Raw(BlockKind.LIST_ITEM, [_Line(line_offset, line)], bullet.end())
            current.label = bullet.group(1)
            raws.append(current)
            continue
        if current is None or current.table_rows or _starts_enumeration(line):
            # an enumeration label ("2. …", "b) …", "(3) …") starts an item of its own even
            # without a blank line before it, as in a Markdown ordered list
            current = _Raw(BlockKind.PARAGRAPH)
            raws.append(current)
        current.lines.append(_Line(line_offset, line))
    return raws, directives


def _starts_enumeration(line: str) -> bool:
    return find_label(line.strip().lstrip("*_").lstrip()) is not None


def _span(start: int, text: str) -> Span:
    return Span(start, start + len(text))


def _join_split_paragraphs(raws: list[_Raw]) -> list[_Raw]:
    """Join a body paragraph cut by page-end footnotes or a page break with its continuation."""
    result: list[_Raw] = []
    open_index: int | None = None
    for raw in raws:
        if not raw.lines and not raw.table_rows:  # page break marker
            continue
        if raw.kind is BlockKind.FOOTNOTE:
            result.append(raw)
            continue
        first = raw.lines[0].text.lstrip() if raw.lines else ""
        if (
            open_index is not None
            and raw.kind is BlockKind.PARAGRAPH
            and first[:1].islower()
            and not _starts_enumeration(first)
        ):
            result[open_index].lines.extend(raw.lines)
            last_line = result[open_index].lines[-1].text.rstrip()
            if last_line.endswith(_TERMINAL):
                open_index = None
            continue
        result.append(raw)
        open_index = None
        if raw.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and raw.lines:
            last_line = raw.lines[-1].text.rstrip()
            if last_line and not last_line.endswith(_TERMINAL):
                open_index = len(result) - 1
    return result


def _block(raw: _Raw, index: int, offsets: Offsets) -> Block:
    builder = TextBuilder(offsets)
    refs: list[FootnoteRef] = []
    for number, line in enumerate(raw.lines):
        start = raw.content_start if number == 0 else 0
        if number > 0 and len(builder):
            builder.strip_trailing_space()
            builder.add_synthetic(" ", line.offset)
        _inline(line.text, line.offset, start, builder, refs)
    block = Block.from_builder(raw.kind, builder, index=index, footnote=raw.footnote)
    block.footnote_refs = refs
    block.trim()
    if raw.kind is BlockKind.LIST_ITEM:
        block.label = raw.label
        first = raw.lines[0].text
        block.depth = (len(first) - len(first.lstrip(" "))) // 2  # list nesting
    elif raw.kind is BlockKind.HEADING:
        first = raw.lines[0].text
        block.depth = len(first) - len(first.lstrip("#"))  # "###" → 3
    labelled = find_label(block.text)
    if labelled and raw.kind is not BlockKind.FOOTNOTE:
        block.label, block.label_end = labelled
    return block


def _inline(
    line: str, offset: int, start: int, builder: TextBuilder, refs: list[FootnoteRef]
) -> None:
    position = start
    for match in _INLINE.finditer(line, start):
        builder.add_original(line, offset, position, match.start())
        position = match.end()
        sup = match.group("sup")
        mark = match.group("mark")
        if mark is not None:  # "[^1]": a Markdown footnote's reference
            span = Span(offset + match.start(), offset + match.end())
            refs.append(FootnoteRef(int(mark), len(builder), span))
        elif sup is not None:
            before = builder.tail(4)
            if sup.isdigit() and sup in ("2", "3") and _UNIT_BEFORE_SUP.search(before):
                superscript = sup.translate(_SUPERSCRIPT_DIGITS)
                builder.add_replacement(superscript, offset + match.start(), offset + match.end())
            elif sup.isdigit():
                span = Span(offset + match.start(), offset + match.end())
                refs.append(FootnoteRef(int(sup), len(builder), span))
            else:
                inner = match.start("sup")
                builder.add_original(line, offset, inner, inner + len(sup))
        elif match.group("escaped") is not None:
            builder.add_original(line, offset, match.start("escaped"), match.end("escaped"))
        elif match.group(0).startswith("<br"):
            builder.add_synthetic(" ", offset + match.start())
    builder.add_original(line, offset, position, len(line))


def _row_without_bars(stripped: str, current: _Raw | None, lines: list[str], number: int) -> bool:
    """A table row written without its outer bars ("TT | Đơn vị | Diện tích"): a line with a
    bar that continues a table, or that a separator line ("---|---|--:") follows."""
    if "|" not in stripped:
        return False
    if current is not None and current.table_rows:
        return True
    following = lines[number + 1] if number + 1 < len(lines) else ""
    return "|" in following and _TABLE_SEPARATOR.match(following) is not None


def _table(
    rows: list[_Line],
    index: int,
    blocks: list[Block],
    caption: str | None,
    unit: str | None,
    offsets: Offsets,
    barless: bool = False,
) -> Table:
    grid: list[list[Block]] = []
    header_rows = 0
    for row in rows:
        if row.text == _SEPARATOR_ROW:
            header_rows = len(grid)
            continue
        cells: list[Block] = []
        line = row.text
        bars = [m.start() for m in _UNESCAPED_BAR.finditer(line)]
        if barless or not line.strip().startswith("|"):
            bars.insert(0, -1)
        end = len(line.rstrip())
        if bars and bars[-1] < end - 1:
            bars.append(end)  # a row without its closing bar keeps its last cell: "| B | 6 | 7"
        # markup in a cell would be found in the whole row too: without any, no cell has some
        row_has_markup = _INLINE.search(line) is not None
        for column, (left, right) in enumerate(itertools.pairwise(bars)):
            raw = line[left + 1 : right]
            content = raw.lstrip(" ")
            cell_text = content.rstrip(" ")
            first = right - len(content)  # where cell_text is in line
            has_markup = row_has_markup and _INLINE.search(line, left + 1, right) is not None
            # the indentation of a label carries the row hierarchy: it counts the original
            # spaces, no-break spaces and tabs (the analysis text reads a run of spaces as one)
            if not has_markup and is_plain(line, first, first + len(cell_text)):
                # most cells are a plain figure or label padded with spaces: the general path
                # below would read the padding as one space at most and trim it, so the block
                # is the cell without its padding, each character its own original (built
                # here several times faster); the padding is only spaces, as the cell text
                # starts with neither a tab nor a no-break space
                start = row.offset + first
                stop = start + len(cell_text)
                cell = Block.table_cell(
                    cell_text,
                    offsets[start:stop],
                    offsets[start + 1 : stop + 1],
                    index=len(blocks),
                    table=index,
                    row=len(grid),
                    column=column,
                    indent=len(raw) - len(content),
                )
            else:
                builder = TextBuilder(offsets)
                refs: list[FootnoteRef] = []
                _inline(line[:right], row.offset, left + 1, builder, refs)
                cell = Block.from_builder(
                    BlockKind.TABLE_CELL,
                    builder,
                    index=len(blocks),
                    table=index,
                    row=len(grid),
                    column=column,
                )
                cell.footnote_refs = refs
                cell.trim()
                cell.indent = len(raw) - len(raw.lstrip(" \u00a0\t"))
            blocks.append(cell)
            cells.append(cell)
        grid.append(cells)
    return Table(index, grid, header_rows, unit, caption)
