"""Build .docx fixtures in tests with python-docx (no committed binaries).

python-docx writes paragraphs, runs, tables and styles; footnotes and list numbering
definitions are added here as raw WordprocessingML, the way Word writes them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from lint.document import BlockKind, Document

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Sup:
    """A superscript run (an exponent, or a typed footnote number)."""

    text: str


@dataclass(frozen=True)
class Note:
    """A real Word footnote at this point, with its text."""

    text: str


@dataclass(frozen=True)
class Endnote:
    """A real Word endnote at this point, with its text."""

    text: str


@dataclass(frozen=True)
class Deleted:
    """Text deleted with track changes on (still in the file, not in the document)."""

    text: str


@dataclass(frozen=True)
class Inserted:
    """Text inserted with track changes on."""

    text: str


Inline = str | Sup | Note | Endnote | Deleted | Inserted


class DocxBuilder:
    def __init__(self) -> None:
        self.doc = docx.Document()
        self.notes: list[str] = []
        self.endnotes: list[str] = []
        self._lists = 0

    # -- body -------------------------------------------------------------------------------
    def heading(self, text: str, level: int = 1) -> DocxBuilder:
        self.doc.add_heading(text, level)
        return self

    def paragraph(self, *parts: Inline) -> DocxBuilder:
        paragraph = self.doc.add_paragraph()
        self._fill(paragraph, parts)
        return self

    def new_list(self, *formats: tuple[str, str]) -> str:
        """Define a numbered list, one ``(numFmt, lvlText)`` per level; return its numId."""
        self._lists += 1
        numbering = self.doc.part.numbering_part.element
        abstract_id = str(900 + self._lists)
        levels = "".join(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for level, (fmt, text) in enumerate(formats)
        )
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        num_id = str(900 + self._lists)
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
            )
        )
        return num_id

    def item(self, num_id: str, *parts: Inline, level: int = 0, heading: int = 0) -> DocxBuilder:
        """A paragraph numbered automatically by the list ``num_id`` (optionally a heading)."""
        paragraph = self.doc.add_heading("", heading) if heading else self.doc.add_paragraph()
        properties = paragraph._p.get_or_add_pPr()
        properties.append(
            parse_xml(
                f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
                f'<w:numId w:val="{num_id}"/></w:numPr>'
            )
        )
        self._fill(paragraph, parts)
        return self

    def table(
        self,
        rows: list[list[str]],
        header_rows: int = 1,
        merges: tuple[tuple[int, int, int, int], ...] = (),
    ) -> DocxBuilder:
        """A table; ``merges`` are (row, col, row2, col2) ranges merged into their first cell.

        Written as WordprocessingML directly (python-docx's cell access is quadratic): merged
        ranges use ``w:gridSpan`` across and ``w:vMerge`` down, as Word writes them.
        """
        width = max(len(row) for row in rows)
        covered: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for merge in merges:
            row, column, row2, column2 = merge
            for r in range(row, row2 + 1):
                for c in range(column, column2 + 1):
                    covered[(r, c)] = merge
        xml_rows = []
        for row_index in range(len(rows)):
            cells = []
            column = 0
            while column < width:
                merge = covered.get((row_index, column))
                span = 1
                properties = ""
                if merge is not None:
                    span = merge[3] - merge[1] + 1
                    if span > 1:
                        properties += f'<w:gridSpan w:val="{span}"/>'
                    if merge[2] > merge[0]:
                        first = row_index == merge[0]
                        properties += '<w:vMerge w:val="restart"/>' if first else "<w:vMerge/>"
                texts = rows[row_index][column : column + span]
                text = (
                    ""
                    if merge is not None and row_index != merge[0]
                    else " ".join(t for t in texts if t)
                )
                run = f'<w:r><w:t xml:space="preserve">{_escape(text)}</w:t></w:r>' if text else ""
                cells.append(f"<w:tc><w:tcPr>{properties}</w:tcPr><w:p>{run}</w:p></w:tc>")
                column += span
            header = "<w:trPr><w:tblHeader/></w:trPr>" if row_index < header_rows else ""
            xml_rows.append(f"<w:tr>{header}{''.join(cells)}</w:tr>")
        grid = "".join('<w:gridCol w:w="1500"/>' for _ in range(width))
        table = parse_xml(
            f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(xml_rows)}</w:tbl>"
        )
        body = self.doc.element.body
        body.sectPr.addprevious(table) if body.sectPr is not None else body.append(table)
        return self

    def _fill(self, paragraph: docx.text.paragraph.Paragraph, parts: tuple[Inline, ...]) -> None:
        for part in parts:
            if isinstance(part, str):
                paragraph.add_run(part)
            elif isinstance(part, Sup):
                paragraph.add_run(part.text).font.superscript = True
            elif isinstance(part, Deleted | Inserted):
                tag, text_tag = ("del", "delText") if isinstance(part, Deleted) else ("ins", "t")
                paragraph._p.append(
                    parse_xml(
                        f'<w:{tag} xmlns:w="{W_NS}" w:id="{900 + len(paragraph._p)}" w:author="A">'
                        f'<w:r><w:{text_tag} xml:space="preserve">{_escape(part.text)}'
                        f"</w:{text_tag}></w:r></w:{tag}>"
                    )
                )
            elif isinstance(part, Endnote):
                self.endnotes.append(part.text)
                run = paragraph.add_run()
                run._r.append(
                    parse_xml(f'<w:endnoteReference xmlns:w="{W_NS}" w:id="{len(self.endnotes)}"/>')
                )
                run.font.superscript = True
            else:
                self.notes.append(part.text)
                run = paragraph.add_run()
                run._r.append(
                    parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{len(self.notes)}"/>')
                )
                run.font.superscript = True

    # -- output -----------------------------------------------------------------------------
    def _add_footnotes(self) -> None:
        for kind, texts in (("footnote", self.notes), ("endnote", self.endnotes)):
            if not texts:
                continue
            notes = "".join(
                f'<w:{kind} w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                f'</w:rPr><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {_escape(text)}'
                f"</w:t></w:r></w:p></w:{kind}>"
                for number, text in enumerate(texts, start=1)
            )
            blob = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s xmlns:w="{W_NS}">'
                f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
                f'</w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                f"<w:continuationSeparator/></w:r></w:p></w:{kind}>{notes}</w:{kind}s>"
            ).encode()
            content_type, relationship = (
                (CONTENT_TYPE.WML_FOOTNOTES, RELATIONSHIP_TYPE.FOOTNOTES)
                if kind == "footnote"
                else (CONTENT_TYPE.WML_ENDNOTES, RELATIONSHIP_TYPE.ENDNOTES)
            )
            part = Part(PackURI(f"/word/{kind}s.xml"), content_type, blob, self.doc.part.package)
            self.doc.part.relate_to(part, relationship)
        self.notes = []
        self.endnotes = []

    def to_bytes(self) -> bytes:
        self._add_footnotes()
        stream = io.BytesIO()
        self.doc.save(stream)
        return stream.getvalue()

    def save(self, path: Path) -> Path:
        path.write_bytes(self.to_bytes())
        return path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_from_document(document: Document) -> bytes:
    """The same report as Word would hold it: built from a (Markdown) document's blocks.

    Footnote marks with a definition, in sequence, become real Word footnotes (Word numbers
    them itself); other superscripts stay typed superscript runs; bullets become an automatic bullet list; tables keep their cells.
    """
    builder = DocxBuilder()
    bullets = builder.new_list(("bullet", "-"))
    definitions = {
        number: " ".join(block.text for block in blocks)
        for number, blocks in document.footnote_definitions().items()
    }
    tables = {table.index: table for table in document.tables}
    done: set[int] = set()
    notes = 0
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_CELL:
            if block.table is not None and block.table not in done:
                done.add(block.table)
                table = tables[block.table]
                builder.table(
                    [[" " * cell.indent + cell.text for cell in row] for row in table.rows],
                    header_rows=table.header_rows,
                )
            continue
        if block.kind is BlockKind.FOOTNOTE:
            continue
        parts: list[Inline] = []
        position = 0
        for ref in sorted(block.footnote_refs, key=lambda ref: ref.position):
            parts.append(block.text[position : ref.position])
            if ref.number in definitions and ref.number == notes + 1:
                parts.append(Note(definitions[ref.number]))  # Word numbers notes 1, 2, 3…
                notes += 1
            else:
                parts.append(Sup(str(ref.number)))
            position = ref.position
        parts.append(block.text[position:])
        parts = [part for part in parts if part != ""]
        if block.kind is BlockKind.HEADING:
            builder.doc.add_heading("", 2)
            builder._fill(builder.doc.paragraphs[-1], tuple(parts))
        elif block.kind is BlockKind.LIST_ITEM:
            builder.item(bullets, *parts)
        else:
            builder.paragraph(*parts)
    return builder.to_bytes()
