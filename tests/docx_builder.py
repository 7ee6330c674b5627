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
from docx.table import _Cell

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Sup:
    """A superscript run (an exponent, or a typed footnote number)."""

    text: str


@dataclass(frozen=True)
class Note:
    """A real Word footnote at this point, with its text."""

    text: str


Inline = str | Sup | Note


class DocxBuilder:
    def __init__(self) -> None:
        self.doc = docx.Document()
        self.notes: list[str] = []
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
        """A table; ``merges`` are (row, col, row2, col2) ranges merged into their first cell."""
        table = self.doc.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for row_index, row in enumerate(rows):
            for column, text in enumerate(row):
                cell: _Cell = table.cell(row_index, column)
                cell.text = text
        for row, column, row2, column2 in merges:
            table.cell(row, column).merge(table.cell(row2, column2))
        for row_index in range(header_rows):
            properties = table.rows[row_index]._tr.get_or_add_trPr()
            properties.append(parse_xml(f'<w:tblHeader xmlns:w="{W_NS}"/>'))
        return self

    def _fill(self, paragraph: docx.text.paragraph.Paragraph, parts: tuple[Inline, ...]) -> None:
        for part in parts:
            if isinstance(part, str):
                paragraph.add_run(part)
            elif isinstance(part, Sup):
                paragraph.add_run(part.text).font.superscript = True
            else:
                self.notes.append(part.text)
                run = paragraph.add_run()
                run._r.append(
                    parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{len(self.notes)}"/>')
                )
                run.font.superscript = True

    # -- output -----------------------------------------------------------------------------
    def _add_footnotes(self) -> None:
        if not self.notes:
            return
        notes = "".join(
            f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {_escape(text)}'
            f"</w:t></w:r></w:p></w:footnote>"
            for number, text in enumerate(self.notes, start=1)
        )
        blob = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
            f'</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
            f"<w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>"
        ).encode()
        part = Part(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, blob, self.doc.part.package
        )
        self.doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        self.notes = []

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
