"""Plain-text reader, including text extracted from PDF.

PDF extraction hard-wraps every line and often puts a blank line between wrapped lines, so
blank lines do not separate paragraphs.  A new block starts at a list marker, at a heading or
enumeration label, after a title line in capitals, or after a line that ends a sentence and
is visibly shorter than the page width.  Otherwise the line continues the previous one (a
sentence, or a number and its unit, may span a wrap).  Every character keeps its original
line and column.
"""

from __future__ import annotations

import re

from lint.document import Block, BlockKind, Directive, Document, SourceText, Span, TextBuilder
from lint.read.labels import find_label, item_label
from lint.read.superscripts import SUPERSCRIPT_DIGITS

_LIST = re.compile(r"^([-+*•])\s+")
_DIRECTIVE = re.compile(r"^\s*(solieu:.*?)\s*$")
_TERMINAL = (".", ":", ";", "!", "?")


def read_text(path: str, text: str) -> Document:
    source = SourceText(path, text)
    lines: list[tuple[int, str]] = []  # (offset of first content char, content)
    directives: list[Directive] = []
    offset = 0
    for line in text.split("\n"):
        content = line.strip(" \t\r\u00a0\ufeff")
        if content:
            start = offset + line.index(content)
            directive = _DIRECTIVE.match(content)
            if directive:
                directives.append(Directive(content, Span(start, start + len(content))))
                lines.append((start, ""))  # a directive ends the block before it
            else:
                lines.append((start, content))
        offset += len(line) + 1
    width = _typical_width([content for _, content in lines if content])
    blocks: list[Block] = []
    builder: TextBuilder | None = None
    kind = BlockKind.PARAGRAPH
    label: str | None = None
    previous = ""
    for start, content in lines:
        if not content:
            _flush(blocks, builder, kind, label)
            builder = None
            previous = ""
            continue
        bullet = _LIST.match(content)
        labelled = find_label(content) or item_label(content)  # also "Thứ hai," "Một là,"
        new_block = (
            builder is None
            or bullet is not None
            or labelled is not None
            or content[:1] in SUPERSCRIPT_DIGITS  # a footnote typed as "¹ text"
            or _ends_block(previous, width)
            or (len(previous) < 0.7 * width and content[:1].isupper())
        )
        if new_block:
            _flush(blocks, builder, kind, label)
            builder = TextBuilder()
            kind = BlockKind.LIST_ITEM if bullet else BlockKind.PARAGRAPH
            label = bullet.group(1) if bullet else None
            skip = bullet.end() if bullet else 0
            builder.add_original(content, start, skip, len(content))
        else:
            assert builder is not None
            if not (previous.endswith("-") and previous[-2:-1].isdigit()):
                builder.add_synthetic(" ", start)
            builder.add_original(content, start, 0, len(content))
        previous = content
    _flush(blocks, builder, kind, label)
    for block in blocks:
        found = find_label(block.text)
        if found:
            block.label, block.label_end = found
            if _is_heading(block, width):
                block.kind = BlockKind.HEADING
    return Document(source, "text", blocks, [], directives)


def _flush(
    blocks: list[Block], builder: TextBuilder | None, kind: BlockKind, label: str | None
) -> None:
    if builder is not None and len(builder):
        builder.strip_trailing_space()
        block = Block.from_builder(kind, builder, index=len(blocks), label=label)
        block.trim()
        blocks.append(block)


def _typical_width(contents: list[str]) -> int:
    if not contents:
        return 80
    lengths = sorted(len(content) for content in contents)
    return lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]


def _ends_block(previous: str, width: int) -> bool:
    if not previous:
        return True
    if previous.isupper() and len(previous) > 3:
        return True
    return previous.endswith(_TERMINAL) and len(previous) < 0.85 * width


def _is_heading(block: Block, width: int) -> bool:
    rest = block.text[block.label_end :].strip()
    if block.label and block.label.startswith("("):
        return False
    return len(block.text) < 0.9 * width and not rest.endswith((";", ","))
