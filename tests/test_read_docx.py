"""Word (.docx) input: structure, automatic numbering, footnotes, tables, locations, parity."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from lint.cli import main
from lint.document import BlockKind
from lint.engine import check_document
from lint.numbers.scan import extract
from lint.read import read_document
from lint.ruleset import all_rules
from tests.docx_builder import DocxBuilder, Note, Sup, docx_from_document


def _report() -> bytes:
    builder = DocxBuilder()
    builder.heading("BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI")
    outline = builder.new_list(("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"))
    builder.item(outline, "KINH TẾ", heading=1)
    builder.item(outline, "Nông nghiệp", level=1, heading=2)
    builder.paragraph(
        "Nhà ở xã hội 1.250 m", Sup("2"), ", vốn 12,5 tỷ đồng", Note("Ước đến 30/6, gồm 3 xã."), "."
    )
    builder.item(outline, "Trồng trọt 1.200 ha.", level=2)
    builder.item(outline, "Chăn nuôi 12.500 con.", level=2)
    builder.item(outline, "Công nghiệp", level=1, heading=2)
    builder.item(outline, "XÃ HỘI", heading=1)
    builder.paragraph("Đơn vị tính: ha")
    builder.table(
        [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Lúa", "1.200", "1.150"], ["Tổng", "2.000", ""]],
        merges=((2, 1, 2, 2),),
    )
    return builder.to_bytes()


def test_paragraphs_headings_and_computed_list_labels() -> None:
    document = read_document("bao-cao.docx", _report())
    headings = [(b.label, b.text) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        (None, "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI"),
        ("I.", "I. KINH TẾ"),
        ("1.", "1. Nông nghiệp"),
        ("2.", "2. Công nghiệp"),
        ("II.", "II. XÃ HỘI"),
    ]
    items = [(b.label, b.text) for b in document.blocks if b.text.startswith(("a)", "b)"))]
    assert items == [("a)", "a) Trồng trọt 1.200 ha."), ("b)", "b) Chăn nuôi 12.500 con.")]
    # the label is synthetic: the source line (paragraph) holds only what the user typed
    assert document.source.line_text(5) == "Trồng trọt 1.200 ha."


def test_exponent_footnote_and_locations() -> None:
    document = read_document("bao-cao.docx", _report())
    paragraph = next(b for b in document.blocks if b.text.startswith("Nhà ở"))
    assert paragraph.text == "Nhà ở xã hội 1.250 m², vốn 12,5 tỷ đồng."
    assert [
        (ref.number, paragraph.text[: ref.position][-4:]) for ref in paragraph.footnote_refs
    ] == [(1, "đồng")]
    notes = document.footnote_definitions()
    assert [block.text for block in notes[1]] == ["Ước đến 30/6, gồm 3 xã."]
    figures = {
        q.text: (document.source.locate(q.span).line, document.source.locate(q.span).column)
        for q in extract(document).quantities
    }
    assert figures["1.250 m²"] == (4, 14)  # paragraph 4, character 14
    assert figures["12,5 tỷ đồng"] == (4, 28)
    cell = next(b for b in document.blocks if b.text == "1.150")
    assert cell.location is not None and cell.location.vi == "bảng 1, hàng 2, cột 3"
    assert notes[1][0].location is not None and notes[1][0].location.vi == "chú thích 1"
    assert paragraph.location is not None and paragraph.location.vi == "đoạn 4"


def test_tables_keep_grid_header_unit_and_merged_cells() -> None:
    document = read_document("bao-cao.docx", _report())
    (table,) = document.tables
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
        ["Lúa", "1.200", "1.150"],
        ["Tổng", "2.000", ""],
    ]
    assert table.header_rows == 1
    assert table.unit_text == "Đơn vị tính: ha"
    assert table.caption == "II. XÃ HỘI"


def test_json_carries_the_human_location(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.paragraph("Mở đầu.")
    builder.paragraph("Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,2", "00 tấn.")
    path = builder.save(tmp_path / "du-thao.docx")
    result = CliRunner().invoke(
        main,
        ["check", str(path), "--format", "json", "--lang", "vi", "--no-cache", "--select", "N102"],
    )
    assert result.exit_code == 1, result.output
    (finding,) = json.loads(result.output)["diagnostics"]
    assert (finding["line"], finding["column"], finding["text"]) == (2, 57, "7,200")
    assert finding["location"] == "đoạn 2"
    assert [item["location"] for item in finding["related"]] == ["đoạn 2", "đoạn 2"]


def _findings(document) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    rules = list(all_rules())
    return sorted(
        (d.code, re.sub(r"</?sup>", "", document.source.excerpt(d.span)))
        for d in check_document(document, rules)
    )


def test_same_findings_as_markdown_on_a_snippet() -> None:
    markdown = (
        "# BÁO CÁO\n\n## I. KINH TẾ\n\n"
        "Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn.<sup>1</sup>\n\n"
        "- Tổng đàn gia cầm 12.500 con; đàn ong 1,351 đàn.\n\n"
        "<sup>1</sup> Số liệu ước tính.\n"
    )
    document = read_document("bao-cao.md", markdown.encode())
    found = _findings(document)
    assert ("N102", "7,200") in found
    assert found == _findings(read_document("bao-cao.docx", docx_from_document(document)))


def test_same_findings_as_markdown_on_the_corpus(corpus: Path) -> None:
    for name in sorted(path.name for path in corpus.glob("*.md")):
        document = read_document(name, (corpus / name).read_bytes())
        word = read_document(name[:-3] + ".docx", docx_from_document(document))
        assert _findings(word) == _findings(document), name


def test_sarif_carries_the_human_location(tmp_path: Path) -> None:
    import jsonschema

    builder = DocxBuilder()
    builder.paragraph("Mở đầu.")
    builder.paragraph("Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn.")
    path = builder.save(tmp_path / "du-thao.docx")
    result = CliRunner().invoke(
        main,
        ["check", str(path), "--format", "sarif", "--lang", "vi", "--no-cache", "--select", "N102"],
    )
    payload = json.loads(result.output)
    (item,) = payload["runs"][0]["results"]
    assert item["locations"][0]["message"] == {"text": "đoạn 2"}
    assert item["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    schema = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"
    jsonschema.validate(
        payload, json.loads(schema.read_text("utf-8")), cls=jsonschema.Draft4Validator
    )


def test_numbering_from_styles_restarts_and_start_overrides() -> None:
    from docx.oxml import parse_xml

    builder = DocxBuilder()
    chapters = builder.new_list(("upperRoman", "%1."), ("decimal", "%1.%2."))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for style, level in (("Heading 1", 0), ("Heading 2", 1)):
        properties = builder.doc.styles[style].element.get_or_add_pPr()
        properties.append(
            parse_xml(
                f'<w:numPr {ns}><w:ilvl w:val="{level}"/><w:numId w:val="{chapters}"/></w:numPr>'
            )
        )
    builder.heading("KINH TẾ", 1).heading("Nông nghiệp", 2).heading("Công nghiệp", 2)
    builder.heading("XÃ HỘI", 1).heading("Giáo dục", 2)
    numbering = builder.doc.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:num {ns} w:numId="950"><w:abstractNumId w:val="{chapters}"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="12"/></w:lvlOverride></w:num>'
        )
    )
    builder.item("950", "Mục lục tiếp theo")
    document = read_document("bao-cao.docx", builder.to_bytes())
    assert [block.text for block in document.blocks] == [
        "I. KINH TẾ",
        "I.1. Nông nghiệp",
        "I.2. Công nghiệp",
        "II. XÃ HỘI",
        "II.1. Giáo dục",
        "XII. Mục lục tiếp theo",
    ]
    assert [document.blocks[i].label for i in (0, 3, 5)] == ["I.", "II.", "XII."]


def test_directories_are_walked_for_word_files_but_not_lock_files(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.paragraph("Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn.")
    builder.save(tmp_path / "du-thao.docx")
    (tmp_path / "~$du-thao.docx").write_bytes(b"\x05solieu" + b"\x00" * 150)  # Word's lock file
    result = CliRunner().invoke(
        main, ["check", str(tmp_path), "--format", "json", "--no-cache", "--select", "N102"]
    )
    assert result.exit_code == 1, result.output
    payload = json.loads(result.output)
    assert [Path(d["path"]).name for d in payload["diagnostics"]] == ["du-thao.docx"]
    assert payload["errors"] == []


def test_tracked_changes_read_as_accepted_and_endnotes_follow_footnotes() -> None:
    from tests.docx_builder import Deleted, Endnote, Inserted

    builder = DocxBuilder()
    builder.paragraph(
        "Sản lượng đạt ", Deleted("7.100"), Inserted("7.200"), " tấn", Note("Ước tính."), "."
    )
    builder.paragraph("Vốn 12,5 tỷ đồng", Endnote("Theo Sở Tài chính."), ".")
    document = read_document("bao-cao.docx", builder.to_bytes())
    first, second = document.blocks[0], document.blocks[1]
    assert first.text == "Sản lượng đạt 7.200 tấn."
    assert "7.100" not in document.source.text
    assert [ref.number for ref in first.footnote_refs] == [1]
    assert [ref.number for ref in second.footnote_refs] == [2]
    notes = document.footnote_definitions()
    assert {number: blocks[0].text for number, blocks in notes.items()} == {
        1: "Ước tính.",
        2: "Theo Sở Tài chính.",
    }


def test_hidden_text_and_table_of_contents_are_not_read() -> None:
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    builder = DocxBuilder()
    toc = parse_xml(
        f'<w:sdt {ns}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>I. KINH TẾ</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>3</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>1. Nông nghiệp</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>4</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    builder.doc.element.body.sectPr.addprevious(toc)
    builder.paragraph("Sản lượng lúa đạt 7.200 tấn.")
    builder.doc.paragraphs[-1].add_run(" Ghi chú ẩn 9,999 tấn.").font.hidden = True
    document = read_document("bao-cao.docx", builder.to_bytes())
    assert [block.text for block in document.blocks] == ["Sản lượng lúa đạt 7.200 tấn."]
    # the table of contents still counts as paragraphs: line numbers stay Word's
    figure = next(q for q in extract(document).quantities if q.text == "7.200 tấn")
    assert document.source.locate(figure.span).line == 3
