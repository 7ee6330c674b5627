"""Footnote marks typed as superscripts, whatever the reader.

Reports converted from PDF or typed by hand carry their footnotes as plain superscripts:

- a Unicode superscript number glued to a word or a figure ("350.195 tỷ đồng³",
  "87.293,9⁴") is a footnote mark, not part of the figure or its unit: it is taken out of the
  analysis text and recorded as a :class:`~lint.document.FootnoteRef`, as the Markdown reader
  does with ``<sup>3</sup>``.  A ² or ³ right after a length unit ("m²", "km²", "m³") stays:
  it is an exponent;
- a paragraph that starts with a superscript number followed by text ("³ Số liệu ước tính",
  or in Word a superscript run "4" then "Chưa gồm …") is that footnote's definition, as
  ``<sup>N</sup> text`` at a line start is in Markdown.

Applied to every document after its reader (:func:`lint.read.read_document`); positions keep
mapping to the original file.
"""

from __future__ import annotations

import re

from lint.document import Block, BlockKind, Document, FootnoteRef

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_ANY = re.compile(f"[{SUPERSCRIPT_DIGITS}]")
# glued to what comes before, and not followed by a letter or digit (a word of its own)
_MARK = re.compile(f"(?<=[^\\s{SUPERSCRIPT_DIGITS}])[{SUPERSCRIPT_DIGITS}]{{1,3}}(?![\\w])")
_DEFINITION = re.compile(f"^([{SUPERSCRIPT_DIGITS}]{{1,3}})[ \\t]*(?=\\S)")
_EXPONENT_UNIT = re.compile(r"(?:^|[^\w])(?:k|c|d|m)?m$")
_EXPONENTS = "²³"


def read_superscript_marks(document: Document) -> Document:
    for block in document.blocks:
        if block.kind is BlockKind.PARAGRAPH and block.label is None:
            _definition(block)
        if _ANY.search(block.text):
            _marks(block)
    return document


def _definition(block: Block) -> None:
    """A paragraph opened by a superscript number is that footnote's text."""
    refs = block.footnote_refs
    if refs and refs[0].position == 0 and block.text.strip():
        # a superscript run at the start (Word): already a mark, without characters
        block.kind, block.footnote = BlockKind.FOOTNOTE, refs[0].number
        block.footnote_refs = refs[1:]
        return
    found = _DEFINITION.match(block.text)
    if found:
        number = int(found.group(1).translate(_DIGITS))
        _cut(block, 0, found.end())
        block.kind, block.footnote = BlockKind.FOOTNOTE, number


def _marks(block: Block) -> None:
    for found in reversed(list(_MARK.finditer(block.text))):
        start, end = found.span()
        digits = found.group(0)
        if digits in _EXPONENTS and _EXPONENT_UNIT.search(block.text[max(0, start - 3) : start]):
            continue
        span = block.span(start, end)
        _cut(block, start, end)
        block.footnote_refs.append(FootnoteRef(int(digits.translate(_DIGITS)), start, span))
    block.footnote_refs.sort(key=lambda ref: ref.position)


def _cut(block: Block, start: int, end: int) -> None:
    """Remove the analysis characters ``[start, end)`` (positions after them move back)."""
    width = end - start
    block.text = block.text[:start] + block.text[end:]
    del block.starts[start:end]  # a list or run-length Offsets: both delete a slice
    del block.ends[start:end]
    block.footnote_refs = [
        ref if ref.position <= start else FootnoteRef(ref.number, ref.position - width, ref.span)
        for ref in block.footnote_refs
    ]
    if block.label_end > start:
        block.label_end = max(start, block.label_end - width)
