"""Word (.docx) reader: paragraphs, tables, footnotes and the list numbers Word generates.

The package is inflated and every XML part parsed by :mod:`lint.read.zipsafety` (size caps,
no DTD, no entity resolution), then walked here directly.  The *source text* of a .docx is its
paragraphs in reading order joined by newlines (every paragraph of a table cell is one line),
followed by the footnotes and then the endnotes, so a diagnostic's ``line`` is the paragraph
number and its ``column`` the character in that paragraph.  Footnote reference marks appear in
the source text as the number Word shows; superscript "2"/"3" after a length unit is an
exponent ("m²").  Automatic list numbers ("1.", "a)", "II.") are not in the text of a .docx:
they are computed from ``numbering.xml`` and prepended to the block as synthetic characters,
so the numbering rules see the label Word displays and every position still maps back.

:func:`paragraph_layouts` is shared with :mod:`lint.report.annotate`, which must find the runs
behind a source offset to anchor Word comments on the figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from lint.diagnostics import Message
from lint.document import (
    Block,
    BlockKind,
    Document,
    FootnoteRef,
    SourceText,
    Span,
    Table,
    TextBuilder,
)
from lint.errors import InputError
from lint.read.labels import find_label
from lint.read.zipsafety import content_types, parse_xml, read_package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_SKIPPED = {
    f"{W}del",
    f"{W}moveFrom",
    f"{W}pPr",
    f"{W}rPr",
    f"{W}instrText",
    f"{W}delText",
    f"{W}txbxContent",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
}
_UNIT_BEFORE_EXPONENT = re.compile(r"(?:^|[^\w])(?:k?m|cm|dm|mm|ha)$")
_EXPONENTS = {"2": "²", "3": "³"}
_BULLETS = "-+*•"


@dataclass
class Piece:
    """Characters ``[start, end)`` of a paragraph's source line and the XML they came from."""

    start: int
    end: int
    kind: str  # "text", "note" (footnote/endnote reference), "mark" (typed superscript number)
    node: etree._Element
    number: int | None = None


@dataclass
class ParagraphLayout:
    element: etree._Element
    text: str
    pieces: list[Piece] = field(default_factory=list)


@dataclass
class NoteNumbers:
    """Word's displayed numbers of footnotes and endnotes, by their XML ids."""

    footnotes: dict[str, int] = field(default_factory=dict)
    endnotes: dict[str, int] = field(default_factory=dict)


def note_numbers(body: etree._Element) -> NoteNumbers:
    numbers = NoteNumbers()
    for element in body.iter(f"{W}footnoteReference", f"{W}endnoteReference"):
        target = numbers.footnotes if element.tag == f"{W}footnoteReference" else numbers.endnotes
        note_id = element.get(f"{W}id", "")
        if note_id not in target:
            target[note_id] = len(target) + 1
    offset = len(numbers.footnotes)
    numbers.endnotes = {key: value + offset for key, value in numbers.endnotes.items()}
    return numbers


def layout(paragraph: etree._Element, notes: NoteNumbers) -> ParagraphLayout:
    """The source line of one ``w:p`` and the XML node behind every character."""
    result = ParagraphLayout(paragraph, "")
    parts: list[str] = []
    length = 0

    def add(text: str, kind: str, node: etree._Element, number: int | None = None) -> None:
        nonlocal length
        if not text:
            return
        result.pieces.append(Piece(length, length + len(text), kind, node, number))
        parts.append(text)
        length += len(text)

    for node in _leaves(paragraph):
        tag = node.tag
        if _hidden(node.getparent()):
            continue
        if tag == f"{W}t":
            text = node.text or ""
            if _superscript(node.getparent()) and text.strip().isdigit():
                digits = text.strip()
                before = "".join(parts)[-4:]
                if digits in _EXPONENTS and _UNIT_BEFORE_EXPONENT.search(before):
                    add(_EXPONENTS[digits], "text", node)
                else:
                    add(digits, "mark", node, int(digits))
            else:
                add(text, "text", node)
        elif tag in (f"{W}tab", f"{W}ptab"):
            add("\t", "text", node)
        elif tag in (f"{W}br", f"{W}cr"):
            add(" ", "text", node)
        elif tag == f"{W}noBreakHyphen":
            add("-", "text", node)
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            table = notes.footnotes if tag == f"{W}footnoteReference" else notes.endnotes
            number = table.get(node.get(f"{W}id", ""))
            if number is not None:
                add(str(number), "note", node, number)
    result.text = "".join(parts)
    return result


def _leaves(element: etree._Element) -> Iterator[etree._Element]:
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _SKIPPED:
            continue
        if len(child):
            yield from _leaves(child)
        else:
            yield child


def _hidden(run: etree._Element | None) -> bool:
    """Hidden text (``w:vanish``) is not part of the document a reader sees."""
    if run is None or run.tag != f"{W}r":
        return False
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val", "true") not in ("0", "false", "off")


def _in_table_of_contents(paragraph: etree._Element, style_name: str) -> bool:
    """A line of a table of contents (headings and page numbers, not report text)."""
    if style_name.lower().startswith("toc"):
        return True
    parent = paragraph.getparent()
    while parent is not None:
        if parent.tag == f"{W}sdt":
            gallery = parent.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
            if gallery is not None and gallery.get(f"{W}val", "") == "Table of Contents":
                return True
        parent = parent.getparent()
    return False


def _superscript(run: etree._Element | None) -> bool:
    if run is None:
        return False
    align = run.find(f"{W}rPr/{W}vertAlign")
    return align is not None and align.get(f"{W}val") == "superscript"


def body_items(container: etree._Element) -> Iterator[etree._Element]:
    """``w:p`` and ``w:tbl`` children in reading order (content controls opened)."""
    for child in container:
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent")
            yield from body_items(content if content is not None else child)


def paragraph_layouts(
    body: etree._Element, notes_parts: list[etree._Element], notes: NoteNumbers
) -> list[ParagraphLayout]:
    """Every paragraph in source-text order: body (table cells included), then notes."""
    found: list[ParagraphLayout] = []

    def walk(container: etree._Element) -> None:
        for item in body_items(container):
            if item.tag == f"{W}p":
                found.append(layout(item, notes))
            else:
                for row in item.iter(f"{W}tr"):
                    if _table_of(row) is not item:
                        continue
                    for cell in row.findall(f"{W}tc"):
                        walk(cell)

    walk(body)
    for part in notes_parts:
        for _number, note in _notes(part, notes):
            for paragraph in note.iter(f"{W}p"):
                found.append(layout(paragraph, notes))
    return found


def _table_of(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != f"{W}tbl":
        parent = parent.getparent()
    return parent


def _notes(part: etree._Element, notes: NoteNumbers) -> list[tuple[int, etree._Element]]:
    """Referenced notes of a footnotes/endnotes part, by displayed number."""
    endnotes = part.tag == f"{W}endnotes"
    table = notes.endnotes if endnotes else notes.footnotes
    tag = f"{W}endnote" if endnotes else f"{W}footnote"
    found = [
        (table[note.get(f"{W}id", "")], note)
        for note in part.findall(tag)
        if note.get(f"{W}id", "") in table
    ]
    return sorted(found, key=lambda item: item[0])


@dataclass
class Package:
    """The parsed parts a reader needs."""

    body: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    notes_parts: list[etree._Element]


def open_package(path: str, data: bytes) -> Package:
    parts = read_package(path, data)
    types = content_types(parts, path)

    def part(kind: str) -> etree._Element | None:
        for name, content_type in sorted(types.items()):
            if content_type == f"{_TYPE}{kind}+xml" and name in parts:
                return parse_xml(parts[name], path, name)
        return None

    main = part("document.main")
    body = main.find(f"{W}body") if main is not None else None
    if body is None:
        raise InputError(path, Message.of("malformed Word file: the main document has no body"))
    notes = [found for found in (part("footnotes"), part("endnotes")) if found is not None]
    return Package(body, part("styles"), part("numbering"), notes)


def read_docx(path: str, data: bytes) -> Document:
    package = open_package(path, data)
    notes = note_numbers(package.body)
    layouts = paragraph_layouts(package.body, package.notes_parts, notes)
    source = SourceText(path, "\n".join(item.text for item in layouts))
    builder = _Builder(source, layouts, _Styles(package.styles), _Numbering(package.numbering))
    builder.body(package.body)
    for part in package.notes_parts:
        for number, note in _notes(part, notes):
            builder.note(note, number)
    return Document(source, "docx", builder.blocks, builder.tables, [])


class _Builder:
    def __init__(
        self,
        source: SourceText,
        layouts: list[ParagraphLayout],
        styles: _Styles,
        numbering: _Numbering,
    ) -> None:
        self.source = source
        self.lines = {id(item.element): (number, item) for number, item in enumerate(layouts)}
        self.offsets: list[int] = []
        offset = 0
        for item in layouts:
            self.offsets.append(offset)
            offset += len(item.text) + 1
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.caption: str | None = None

    def body(self, body: etree._Element) -> None:
        previous: Block | None = None
        for item in body_items(body):
            if item.tag == f"{W}p":
                previous = self.paragraph(item)
            else:
                unit = None
                if previous is not None and previous.kind is BlockKind.PARAGRAPH:
                    candidate = previous.text.strip()
                    if len(candidate) <= 40 and not re.search(r"\d{2,}", candidate):
                        unit = candidate
                self.table(item, unit)
                previous = None

    def _fill(
        self, builder: TextBuilder, paragraph: etree._Element, refs: list[FootnoteRef]
    ) -> int:
        """Append one paragraph's characters; return its 1-based paragraph number."""
        number, item = self.lines[id(paragraph)]
        offset = self.offsets[number]
        for piece in item.pieces:
            if piece.kind == "text":
                builder.add_original(item.text, offset, piece.start, piece.end)
            elif piece.number is not None:
                span = Span(offset + piece.start, offset + piece.end)
                refs.append(FootnoteRef(piece.number, len(builder), span))
        return number + 1

    def paragraph(self, paragraph: etree._Element) -> Block | None:
        builder = TextBuilder()
        refs: list[FootnoteRef] = []
        number, _item = self.lines[id(paragraph)]
        style = self.styles.of(paragraph)
        if _in_table_of_contents(paragraph, self.styles.name(style)):
            return None
        num_id, level = self.styles.numbering(paragraph, style)
        numbered = self.numbering.next_label(num_id, level)
        kind = (
            BlockKind.HEADING if self.styles.is_heading(paragraph, style) else BlockKind.PARAGRAPH
        )
        bullet: str | None = None
        if numbered is not None:
            label, is_bullet = numbered
            if is_bullet:
                bullet = label if label in _BULLETS else "•"
                if kind is BlockKind.PARAGRAPH:
                    kind = BlockKind.LIST_ITEM
            else:
                builder.add_synthetic(f"{label} ", self.offsets[number])
        line = self._fill(builder, paragraph, refs)
        block = Block.from_builder(kind, builder, index=len(self.blocks))
        block.footnote_refs = refs
        block.trim()
        if not block.text:
            return None
        block.label = bullet
        found = find_label(block.text)
        if found:
            block.label, block.label_end = found
        block.location = Message.of("paragraph {line}", line=line)
        block.depth = (
            self.styles.heading_level(paragraph, style) if kind is BlockKind.HEADING else 0
        )
        if numbered is not None and kind is not BlockKind.HEADING:
            block.depth = level  # the list level Word shows
        self.blocks.append(block)
        if kind is BlockKind.HEADING:
            self.caption = block.text
        return block

    def table(self, table: etree._Element, unit: str | None) -> None:
        index = len(self.tables)
        grid: list[list[Block]] = []
        header_rows = 0
        rows = [row for row in table.iter(f"{W}tr") if _table_of(row) is table]
        for row_number, row in enumerate(rows):
            if row.find(f"{W}trPr/{W}tblHeader") is not None and header_rows == row_number:
                header_rows = row_number + 1
            cells: list[Block] = []
            before = row.find(f"{W}trPr/{W}gridBefore")
            for _ in range(_int(before, 0)):
                cells.append(self._cell(None, index, len(grid), len(cells)))
            for cell in row.findall(f"{W}tc"):
                merge = cell.find(f"{W}tcPr/{W}vMerge")
                continued = merge is not None and merge.get(f"{W}val", "continue") == "continue"
                cells.append(self._cell(None if continued else cell, index, len(grid), len(cells)))
                for _ in range(_int(cell.find(f"{W}tcPr/{W}gridSpan"), 1) - 1):
                    cells.append(self._cell(None, index, len(grid), len(cells)))
            grid.append(cells)
        self.tables.append(Table(index, grid, header_rows or min(1, len(grid)), unit, self.caption))

    def _cell(self, cell: etree._Element | None, table: int, row: int, column: int) -> Block:
        builder = TextBuilder()
        refs: list[FootnoteRef] = []
        if cell is not None:
            for paragraph in _cell_paragraphs(cell):
                if len(builder):
                    builder.strip_trailing_space()
                    number, _item = self.lines[id(paragraph)]
                    builder.add_synthetic(" ", self.offsets[number])
                self._fill(builder, paragraph, refs)
        block = Block.from_builder(
            BlockKind.TABLE_CELL,
            builder,
            index=len(self.blocks),
            table=table,
            row=row,
            column=column,
        )
        block.footnote_refs = refs
        block.trim()
        block.indent = _indent(cell, self) if cell is not None else 0
        block.location = Message.of(
            "table {value}, row {value2}, column {value3}",
            value=table + 1,
            value2=row + 1,
            value3=column + 1,
        )
        self.blocks.append(block)
        return block

    def note(self, note: etree._Element, number: int) -> None:
        builder = TextBuilder()
        refs: list[FootnoteRef] = []
        for paragraph in note.iter(f"{W}p"):
            if len(builder):
                builder.strip_trailing_space()
                line, _item = self.lines[id(paragraph)]
                builder.add_synthetic(" ", self.offsets[line])
            self._fill(builder, paragraph, refs)
        block = Block.from_builder(
            BlockKind.FOOTNOTE, builder, index=len(self.blocks), footnote=number
        )
        block.trim()
        if block.text:
            block.location = Message.of("footnote {number}", number=number)
            self.blocks.append(block)


def _indent(cell: etree._Element, builder: _Builder) -> int:
    """Indentation of a cell's label: its leading spaces, else its paragraph indent (≈ spaces)."""
    for paragraph in _cell_paragraphs(cell):
        text = builder.lines[id(paragraph)][1].text
        if not text.strip():
            continue
        spaces = len(text) - len(text.lstrip(" \u00a0\t"))
        if spaces:
            return spaces
        indent = paragraph.find(f"{W}pPr/{W}ind")
        if indent is None:
            return 0
        for name in ("start", "left", "firstLine"):
            value = indent.get(f"{W}{name}")
            if value and value.lstrip("-").isdigit():
                return max(0, int(value) // 120)  # 120 twips ≈ one space of 12 pt text
        return 0
    return 0


def _cell_paragraphs(cell: etree._Element) -> Iterator[etree._Element]:
    for item in body_items(cell):
        if item.tag == f"{W}p":
            yield item
        else:
            for row in item.iter(f"{W}tr"):
                if _table_of(row) is item:
                    for inner in row.findall(f"{W}tc"):
                        yield from _cell_paragraphs(inner)


def _int(element: etree._Element | None, default: int, limit: int = 64) -> int:
    """A ``w:val`` number, clamped to ``[0, limit]`` (spans and levels are small)."""
    if element is None:
        return default
    try:
        return max(0, min(int(element.get(f"{W}val", default)), limit))
    except ValueError:
        return default


class _Styles:
    """Paragraph styles: heading levels and the numbering a style carries (with inheritance)."""

    def __init__(self, root: etree._Element | None) -> None:
        self.styles: dict[str, etree._Element] = {}
        if root is not None:
            for style in root.findall(f"{W}style"):
                if style.get(f"{W}type") == "paragraph":
                    self.styles[style.get(f"{W}styleId", "")] = style

    def of(self, paragraph: etree._Element) -> str | None:
        found = paragraph.find(f"{W}pPr/{W}pStyle")
        return found.get(f"{W}val") if found is not None else None

    def _chain(self, style_id: str | None) -> Iterator[etree._Element]:
        seen: set[str] = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            based = style.find(f"{W}basedOn")
            style_id = based.get(f"{W}val") if based is not None else None

    def name(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or "")
        found = style.find(f"{W}name") if style is not None else None
        return found.get(f"{W}val", "") if found is not None else ""

    def is_heading(self, paragraph: etree._Element, style_id: str | None) -> bool:
        if paragraph.find(f"{W}pPr/{W}outlineLvl") is not None:
            return _int(paragraph.find(f"{W}pPr/{W}outlineLvl"), 9) < 9
        for style in self._chain(style_id):
            name = style.find(f"{W}name")
            text = (name.get(f"{W}val", "") if name is not None else "").lower()
            if text.startswith("heading") or text == "title":
                return True
            level = style.find(f"{W}pPr/{W}outlineLvl")
            if level is not None:
                return _int(level, 9) < 9
        return False

    def heading_level(self, paragraph: etree._Element, style_id: str | None) -> int:
        """1 for "Heading 1" / outline level 0, … (0 when the style does not say)."""
        own = paragraph.find(f"{W}pPr/{W}outlineLvl")
        if own is not None:
            return _int(own, 8) + 1
        for style in self._chain(style_id):
            level = style.find(f"{W}pPr/{W}outlineLvl")
            if level is not None:
                return _int(level, 8) + 1
            name = style.find(f"{W}name")
            text = (name.get(f"{W}val", "") if name is not None else "").lower()
            found = re.fullmatch(r"heading\s*(\d)", text)
            if found:
                return int(found.group(1))
        return 0

    def numbering(self, paragraph: etree._Element, style_id: str | None) -> tuple[str, int]:
        """``(numId, ilvl)`` of a paragraph ("0" when it is not numbered)."""
        candidates = [paragraph.find(f"{W}pPr/{W}numPr")]
        candidates += [style.find(f"{W}pPr/{W}numPr") for style in self._chain(style_id)]
        num_id: str | None = None
        level: int | None = None
        for numbered in candidates:
            if numbered is None:
                continue
            found_id = numbered.find(f"{W}numId")
            found_level = numbered.find(f"{W}ilvl")
            if num_id is None and found_id is not None:
                num_id = found_id.get(f"{W}val", "0")
            if level is None and found_level is not None:
                level = _int(found_level, 0)
        return num_id or "0", min(level or 0, 8)


@dataclass
class _Level:
    start: int
    format: str
    text: str


MAX_LABEL = 64  # characters of a numbering label (and of its lvlText pattern)


class _Numbering:
    """Counters of Word's automatic numbering, advanced paragraph by paragraph."""

    def __init__(self, root: etree._Element | None) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, list[int | None]] = {}
        if root is None:
            return
        for abstract in root.findall(f"{W}abstractNum"):
            levels: dict[int, _Level] = {}
            for level in abstract.findall(f"{W}lvl"):
                fmt = level.find(f"{W}numFmt")
                text = level.find(f"{W}lvlText")
                levels[_int_attr(level, "ilvl", 0)] = _Level(
                    _int(level.find(f"{W}start"), 1, 100_000),
                    fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
                    # Word's own labels are short ("Điều %1.", "%1.%2.%3."); a hostile
                    # one ("%1." 100.000 times) would repeat in every paragraph
                    (text.get(f"{W}val", "") if text is not None else "")[:MAX_LABEL].rstrip("%"),
                )
            self.abstract[abstract.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            reference = num.find(f"{W}abstractNumId")
            overrides = {
                _int_attr(override, "ilvl", 0): _int(override.find(f"{W}startOverride"), 1, 100_000)
                for override in num.findall(f"{W}lvlOverride")
                if override.find(f"{W}startOverride") is not None
            }
            abstract_id = reference.get(f"{W}val", "") if reference is not None else ""
            self.nums[num.get(f"{W}numId", "")] = (abstract_id, overrides)

    def next_label(self, num_id: str, level: int) -> tuple[str, bool] | None:
        """Advance the list ``num_id`` at ``level``; return (label, is_bullet)."""
        if num_id == "0" or num_id not in self.nums:
            return None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id, {})
        if level not in levels:
            return None
        definition = levels[level]
        if definition.format == "bullet":
            return definition.text, True
        if definition.format == "none":
            return None
        key = num_id if overrides else abstract_id
        counters = self.counters.setdefault(key, [None] * 9)

        def start(at: int) -> int:
            return overrides.get(at, levels[at].start if at in levels else 1)

        current = counters[level]
        counters[level] = start(level) if current is None else current + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = None

        def value(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            if at not in levels:
                return ""
            count = counters[at] if counters[at] is not None else start(at)
            return _format(count or 0, levels[at].format)

        label = re.sub(r"%([1-9])", value, definition.text).strip()[:MAX_LABEL]
        return (label, False) if label else None


def _int_attr(element: etree._Element, name: str, default: int) -> int:
    try:
        return int(element.get(f"{W}{name}", default))
    except ValueError:
        return default


_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def _format(count: int, fmt: str) -> str:
    """A counter in a Word number format (Word's letters are the English a-z, then aa, bb…)."""
    if fmt in ("upperRoman", "lowerRoman") and count > 0:
        digits = []
        rest = count
        for worth, numeral in _ROMAN:
            while rest >= worth:
                digits.append(numeral)
                rest -= worth
        roman = "".join(digits)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter") and count > 0:
        letter = chr(ord("a") + (count - 1) % 26) * min((count - 1) // 26 + 1, MAX_LABEL)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero":
        return f"{count:02d}"
    return str(count)
