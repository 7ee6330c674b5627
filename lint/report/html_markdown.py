"""A Markdown report as a reader sees it, for the HTML page, with the findings' figures marked.

Renders what the Markdown reader reads (:mod:`lint.read.markdown`): ATX headings, paragraphs,
``-``/``+``/``*``/``1.`` list items, ``|`` tables (rows before the ``|---|`` line are the
header), ``---`` page breaks, ``**strong**``/``*emphasis*``/``__strong__``, backslash escapes
and the ``<sup>``/``<sub>``/``<br>`` tags; every other ``<…>`` stays visible text, escaped.
It works on the source text itself, character by character, so that every figure keeps its
position in the file: ``highlight(start, end)`` turns a range of plain text into HTML (escaped,
with the figures involved in findings marked), and markup never falls inside a mark.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable, Iterator

from lint.document import Block, BlockKind, Document, Table

Highlight = Callable[[int, int], str]

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_LIST = re.compile(r"^([ \t]*)([-+*]|\d{1,3}[.)])[ \t]+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*<!--.*-->[ \t]*$")
_TAGS = {
    "<sup>": "<sup>",
    "</sup>": "</sup>",
    "<sub>": "<sub>",
    "</sub>": "</sub>",
    "<br>": "<br>",
    "<br/>": "<br>",
    "<br />": "<br>",
}
_TAG = re.compile("|".join(re.escape(tag) for tag in _TAGS), re.IGNORECASE)
_ESCAPABLE = set("\\`*_{}[]()#+-.!|<>~")


def render_markdown(text: str, highlight: Highlight) -> str:
    lines = list(_lines(text))
    out: list[str] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        line = text[start:end]
        if not line.strip():
            index += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            body = _inline(text, start + heading.start(2), start + heading.end(2), highlight)
            out.append(f'<h{level} class="md">{body}</h{level}>')
            index += 1
            continue
        if _RULE.match(line):
            out.append('<hr class="md">')
            index += 1
            continue
        if _COMMENT.match(line):  # suppression directives: shown, muted
            out.append(f'<p class="md directive">{highlight(start, end)}</p>')
            index += 1
            continue
        if line.lstrip().startswith("|"):
            rows = []
            while index < len(lines):
                row_start, row_end = lines[index]
                if not text[row_start:row_end].lstrip().startswith("|"):
                    break
                rows.append((row_start, row_end))
                index += 1
            out.append(_table(text, rows, highlight))
            continue
        item = _LIST.match(line)
        if item:
            depth = len(item.group(1).expandtabs(4)) // 2
            marker = item.group(2)
            bullet = "•" if marker in "-+*" else html.escape(marker)
            parts = [(start + item.end(), end)]
            index += 1
            while index < len(lines) and _continues(text, lines[index]):
                parts.append(lines[index])
                index += 1
            body = "\n".join(_inline(text, a, b, highlight) for a, b in parts)
            out.append(
                f'<div class="md li" style="margin-left:{1.5 * depth:g}em">'
                f'<span class="bullet">{bullet}</span><span>{body}</span></div>'
            )
            continue
        parts = [(start, end)]
        index += 1
        while index < len(lines) and _continues(text, lines[index]):
            parts.append(lines[index])
            index += 1
        body = "\n".join(_inline(text, a, b, highlight) for a, b in parts)
        out.append(f'<p class="md">{body}</p>')
    return "".join(out)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        yield position, end - 1 if line.endswith("\r") else end
        position = end + 1


def _continues(text: str, span: tuple[int, int]) -> bool:
    """A line that carries on the paragraph or item before it."""
    line = text[span[0] : span[1]]
    return bool(
        line.strip()
        and not _HEADING.match(line)
        and not _LIST.match(line)
        and not _RULE.match(line)
        and not _COMMENT.match(line)
        and not line.lstrip().startswith("|")
    )


def _table(text: str, rows: list[tuple[int, int]], highlight: Highlight) -> str:
    separator = next(
        (i for i, (a, b) in enumerate(rows) if _SEPARATOR.match(text[a:b]) and "-" in text[a:b]),
        None,
    )
    aligns: list[str] = []
    if separator is not None:
        a, b = rows[separator]
        for cell_start, cell_end in _cells(text, a, b):
            cell = text[cell_start:cell_end].strip()
            aligns.append("right" if cell.endswith(":") and not cell.startswith(":") else "")
    head: list[str] = []
    body: list[str] = []
    for number, (a, b) in enumerate(rows):
        if number == separator:
            continue
        header = separator is not None and number < separator
        tag = "th" if header else "td"
        cells = []
        for column, (cell_start, cell_end) in enumerate(_cells(text, a, b)):
            align = aligns[column] if column < len(aligns) else ""
            style = f' style="text-align:{align}"' if align else ""
            cells.append(
                f"<{tag}{style}>{_inline(text, cell_start, cell_end, highlight, strip=True)}</{tag}>"
            )
        (head if header else body).append(f"<tr>{''.join(cells)}</tr>")
    thead = f"<thead>{''.join(head)}</thead>" if head else ""
    return f'<div class="md table"><table>{thead}<tbody>{"".join(body)}</tbody></table></div>'


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a ``|`` row, as ranges of the source (escaped ``\\|`` stays in a cell)."""
    bounds = [i for i in range(start, end) if text[i] == "|" and (i == 0 or text[i - 1] != "\\")]
    if not bounds:
        return [(start, end)]
    edges = [start - 1, *bounds, end] if text[start:end].strip()[:1] != "|" else [*bounds, end]
    cells = [(left + 1, right) for left, right in itertools.pairwise(edges)]
    if cells and not text[cells[-1][0] : cells[-1][1]].strip():
        cells.pop()  # after the closing |
    return cells


def _inline(text: str, start: int, end: int, highlight: Highlight, strip: bool = False) -> str:
    if strip:
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t":
            end -= 1
    out: list[str] = []
    run = start  # start of the plain text not yet written
    open_tags: list[str] = []
    position = start

    def flush(upto: int) -> None:
        if run < upto:
            out.append(highlight(run, upto))

    while position < end:
        char = text[position]
        if char == "\\" and position + 1 < end and text[position + 1] in _ESCAPABLE:
            flush(position)
            run = position + 1  # the escaped character is text
            position += 2
            continue
        if char == "<":
            found = _TAG.match(text, position, end)
            if found:
                flush(position)
                written = _TAGS[found.group(0).lower()]
                out.append(written)
                if written in ("<sup>", "<sub>"):
                    open_tags.append(written[1:-1])
                elif written in ("</sup>", "</sub>") and written[2:-1] in open_tags:
                    open_tags.remove(written[2:-1])
                position = found.end()
                run = position
                continue
        if char in "*_":
            width = 2 if text.startswith(char * 2, position) else 1
            if char == "_" and width == 1:  # single underscores are text (file names, blanks)
                position += 1
                continue
            tag = "strong" if width == 2 else "em"
            marker = char * width
            if tag in open_tags:
                flush(position)
                out.append(_close(open_tags, tag))
                position += width
                run = position
                continue
            if _closes_later(text, position + width, end, marker) and _opens(text, position, width):
                flush(position)
                out.append(f"<{tag}>")
                open_tags.append(tag)
                position += width
                run = position
                continue
        position += 1
    flush(end)
    while open_tags:
        out.append(f"</{open_tags.pop()}>")
    return "".join(out)


def _opens(text: str, position: int, width: int) -> bool:
    """Emphasis opens before a non-space character (``* 3`` is not emphasis)."""
    after = position + width
    return after < len(text) and not text[after].isspace()


def _closes_later(text: str, start: int, end: int, marker: str) -> bool:
    found = text.find(marker, start, end)
    while found != -1:
        single = len(marker) == 1
        doubled = single and (
            text.startswith(marker * 2, found) or (found > start and text[found - 1] == marker)
        )
        if found > start and not text[found - 1].isspace() and not doubled:
            return True
        found = text.find(marker, found + len(marker), end)
    return False


def _close(open_tags: list[str], tag: str) -> str:
    """Close ``tag`` and whatever was opened inside it (kept well nested)."""
    closed = []
    while open_tags:
        last = open_tags.pop()
        closed.append(f"</{last}>")
        if last == tag:
            break
    return "".join(closed)


def render_word(document: Document, highlight: Highlight) -> str:
    """A Word report as its reader sees it: headings, paragraphs and list items, tables as
    tables, footnotes last with their number; each paragraph is its whole source line."""
    text = document.source.text
    out: list[str] = []
    done_tables: set[int] = set()
    for block in document.blocks:
        if block.table is not None:
            if block.table not in done_tables and block.table < len(document.tables):
                done_tables.add(block.table)
                out.append(_word_table(text, document.tables[block.table], highlight))
            continue
        if not block.starts:
            continue
        start, end = min(block.starts), max(block.ends)
        body = _with_marks(start, end, block, highlight)
        generated = block.label and not text[start:end].lstrip().startswith(block.label)
        if block.kind is not BlockKind.LIST_ITEM and generated:
            body = f"{html.escape(block.label or '')} {body}"  # a number Word generates
        if block.kind is BlockKind.HEADING:
            out.append(f'<h3 class="md">{body}</h3>')
        elif block.kind is BlockKind.FOOTNOTE:
            number = f"<sup>{block.footnote}</sup> " if block.footnote is not None else ""
            out.append(f'<p class="md footnote">{number}{body}</p>')
        elif block.kind is BlockKind.LIST_ITEM:
            bullet = html.escape(block.label or "•")
            out.append(
                f'<div class="md li"><span class="bullet">{bullet}</span><span>{body}</span></div>'
            )
        else:
            out.append(f'<p class="md">{body}</p>')
    return "".join(out)


def _with_marks(start: int, end: int, block: Block, highlight: Highlight) -> str:
    """``[start, end)`` of the source, its footnote reference numbers set as superscripts."""
    out = []
    for ref in sorted(block.footnote_refs, key=lambda ref: ref.span.start):
        if start <= ref.span.start < ref.span.end <= end:
            out.append(highlight(start, ref.span.start))
            out.append(f"<sup>{highlight(ref.span.start, ref.span.end)}</sup>")
            start = ref.span.end
    out.append(highlight(start, end))
    return "".join(out)


def _word_table(text: str, table: Table, highlight: Highlight) -> str:
    rows = []
    for number, row in enumerate(table.rows):
        tag = "th" if number < table.header_rows else "td"
        cells = []
        for cell in row:
            content = (
                _with_marks(min(cell.starts), max(cell.ends), cell, highlight)
                if cell.starts
                else ""
            )
            cells.append(f"<{tag}>{content}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<div class="md table"><table><tbody>{"".join(rows)}</tbody></table></div>'
