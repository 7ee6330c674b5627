"""Word comments out: a copy of the reviewed .docx with one comment per finding.

Each comment is anchored on the figure(s) of its finding: runs are split at the figure's
first and last character so the comment range covers exactly the figures (from the first to
the last when they share a paragraph, the primary figure otherwise).  A finding in a footnote
is anchored on the footnote's reference mark in the body.  The comment text, in the chosen
language, holds the message, the figures involved with their labels, the computation (notes)
and the suggestion.  The source file is only read; the output is written anew.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.errors import InputError, UsageError
from lint.i18n.message import Message
from lint.outputs import write_atomic
from lint.read.docx import NoteNumbers, ParagraphLayout, W, layout, note_numbers, paragraph_layouts
from lint.report.words import SEVERITY_TITLE, SUGGESTION

AUTHOR = "solieu"
_SPREAD = 240  # widest stretch (characters) a comment covers to take in every figure
INITIALS = "SL"


def annotate_docx(
    document: Document,
    data: bytes,
    diagnostics: Sequence[Diagnostic],
    output: str,
    lang: str,
    force: bool = False,
) -> int:
    """Write ``output``: the .docx ``data`` with a comment per diagnostic; return the count."""
    import docx
    from docx.text.run import Run

    if document.format != "docx":
        raise UsageError(Message.of("--annotate needs a Word (.docx) input"))
    target = Path(output)
    if target.exists() and not force:
        raise UsageError(
            Message.of("{file} already exists; use --force to overwrite it", file=output)
        )
    if Path(document.path).exists() and target.resolve() == Path(document.path).resolve():
        raise UsageError(
            Message.of("--annotate must name a new file, not the report being checked")
        )
    try:
        word = docx.Document(io.BytesIO(data))
    except Exception as error:  # the reader accepted it; python-docx may still refuse
        raise InputError(
            document.path, Message.of("cannot be annotated ({error})", error=error)
        ) from None
    body = word.element.body
    notes = note_numbers(body)
    layouts = paragraph_layouts(body, [], notes)
    count = 0
    for diagnostic in diagnostics:
        anchor = _anchor(document, diagnostic, layouts, notes)
        if anchor is None:
            continue
        index, start, end = anchor
        first, last = _isolate(layouts, index, start, end, notes)
        paragraph = word.paragraphs[0] if word.paragraphs else None
        word.add_comment(
            [Run(first, paragraph), Run(last, paragraph)],  # type: ignore[arg-type]
            text=comment_text(document, diagnostic, lang),
            author=AUTHOR,
            initials=INITIALS,
        )
        layouts[index] = layout(layouts[index].element, notes)
        count += 1
    stream = io.BytesIO()
    word.save(stream)
    write_atomic(target, stream.getvalue())
    return count


def comment_text(document: Document, diagnostic: Diagnostic, lang: str) -> str:
    """The comment: severity, code and message, figures, computation, suggestion."""
    source = document.source
    lines = [
        f"{SEVERITY_TITLE[diagnostic.severity].text(lang)} {diagnostic.code} ({diagnostic.name}): "
        f"{diagnostic.message.text(lang)}"
    ]
    figure = source.excerpt(diagnostic.span)
    if diagnostic.label is not None:
        lines.append(f"• {figure}: {diagnostic.label.text(lang)}")
    for item in diagnostic.related:
        where = document.location_of(item.span)
        place = f" ({where.text(lang)})" if where is not None else ""
        lines.append(f"• {source.excerpt(item.span)}{place}: {item.label.text(lang)}")
    lines.extend(f"= {note.text(lang)}" for note in diagnostic.notes)
    if diagnostic.suggestion is not None:
        lines.append(f"{SUGGESTION.text(lang)}: {diagnostic.suggestion.text(lang)}")
    return "\n".join(lines)


def _anchor(
    document: Document,
    diagnostic: Diagnostic,
    layouts: list[ParagraphLayout],
    notes: NoteNumbers,
) -> tuple[int, int, int] | None:
    """(paragraph index, start column, end column) of the range to comment on."""
    source = document.source
    line, column = source.line_column(diagnostic.span.start)
    if line - 1 >= len(layouts):  # in a footnote: anchor on its reference mark
        number = next(
            (
                block.footnote
                for block in document.blocks
                if block.footnote is not None
                and block.starts
                and min(block.starts) <= diagnostic.span.start < max(block.ends)
            ),
            None,
        )
        for index, item in enumerate(layouts):
            for piece in item.pieces:
                if piece.kind == "note" and piece.number == number:
                    return index, piece.start, piece.end
        return None
    spans = [diagnostic.span] + [item.span for item in diagnostic.related]
    same_line = [span for span in spans if source.line_column(span.start)[0] == line]
    if (
        len(same_line) == len(spans)
        and max(s.end for s in spans) - min(s.start for s in spans) <= _SPREAD
    ):
        start = min(span.start for span in spans)
        end = max(span.end for span in spans)
    else:
        start, end = diagnostic.span.start, diagnostic.span.end
    line_start = diagnostic.span.start - (column - 1)
    text = layouts[line - 1].text
    begin, stop = start - line_start, min(end - line_start, len(text))
    if stop <= begin:  # an empty span (a missing figure): the whole paragraph
        begin, stop = 0, len(text)
    if not text:
        return None
    return line - 1, begin, stop


def _isolate(
    layouts: list[ParagraphLayout], index: int, start: int, end: int, notes: NoteNumbers
) -> tuple[etree._Element, etree._Element]:
    """Split runs so ``[start, end)`` of paragraph ``index`` is whole runs; return first, last."""
    _split_at(layouts[index], end)
    layouts[index] = layout(layouts[index].element, notes)
    _split_at(layouts[index], start)
    layouts[index] = layout(layouts[index].element, notes)
    pieces = [p for p in layouts[index].pieces if p.end > start and p.start < end]
    if not pieces:
        pieces = layouts[index].pieces[:1]
    return _run_of(pieces[0].node), _run_of(pieces[-1].node)


def _run_of(node: etree._Element) -> etree._Element:
    run = node
    while run is not None and run.tag != f"{W}r":
        run = run.getparent()
    return run if run is not None else node


def _split_at(item: ParagraphLayout, offset: int) -> None:
    """Make ``offset`` of the paragraph's source line fall on a run boundary."""
    for piece in item.pieces:
        if not piece.start < offset < piece.end and not (piece.start == offset and piece.start > 0):
            continue
        run = _run_of(piece.node)
        children = list(run)
        position = children.index(piece.node) if piece.node in children else -1
        if position < 0:
            return
        cut = offset - piece.start
        if cut == 0:
            content = [c for c in children[:position] if c.tag != f"{W}rPr"]
            if not content:
                return  # already the first content of its run
        tail = copy.deepcopy(run)
        tail_children = list(tail)
        # the head keeps children before the piece (and the piece's first ``cut`` characters)
        for child in children[position + (1 if cut else 0) :]:
            run.remove(child)
        if cut:
            _set_text(piece.node, (piece.node.text or "")[:cut])
        for child in tail_children[:position]:
            if child.tag != f"{W}rPr":
                tail.remove(child)
        if cut:
            node = tail_children[position]
            _set_text(node, (node.text or "")[cut:])
        run.addnext(tail)
        return


def _set_text(node: etree._Element, text: str) -> None:
    node.text = text
    node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
