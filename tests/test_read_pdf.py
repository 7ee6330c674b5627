"""PDF input: text layer per page, page-end footnotes, re-flow, page locations, scans refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.document import BlockKind
from lint.errors import InputError
from lint.read import read_document

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # fonts-dejavu-core (.ci/run)


def _pdf(pages: list[tuple[str, list[str | tuple[str, str]], str | None]]) -> bytes:
    """Pages of (heading, body parts (str or ("sup", digits)), footnote line)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    for heading, parts, footnote in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        pdf.write(6, heading + "\n")
        for part in parts:
            if isinstance(part, tuple):
                pdf.char_vpos = "SUP"
                pdf.write(6, part[1])
                pdf.char_vpos = "LINE"
            else:
                pdf.write(6, part)
        if footnote:
            pdf.set_font("DejaVu", size=8)
            pdf.set_y(270)
            pdf.multi_cell(0, 4, footnote)
    return bytes(pdf.output())


def _report() -> bytes:
    return _pdf(
        [
            (
                "1. Nông nghiệp",
                [
                    "Diện tích lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, nhà kính 2.500 m",
                    ("sup", "2"),
                    ", sản lượng đạt 7,200 tấn",
                    ("sup", "1"),
                    ", tăng 5,2% so với cùng kỳ năm trước; tổng đàn gia cầm 12.500 con, "
                    "đàn heo 3.400 con và đàn bò 1.250 con, được tiêm phòng đầy đủ theo kế hoạch",
                ],
                "1 Số liệu ước tính đến ngày 15/6/2024.",
            ),
            ("", [" của huyện.\n2. Công nghiệp\nGiá trị sản xuất đạt 1.552,054 tỷ đồng."], None),
        ]
    )


@pytest.fixture(autouse=True)
def _font() -> None:
    if not FONT.exists():
        pytest.skip("DejaVu fonts are not installed (apt-get install fonts-dejavu-core)")


def test_pages_reflow_footnotes_and_marks() -> None:
    document = read_document("bao-cao.pdf", _report())
    texts = [(block.kind, block.text) for block in document.blocks]
    body = next(text for kind, text in texts if text.startswith("Diện tích"))
    # the paragraph continues across the page break, the footnote moved out of its way
    assert body.endswith("theo kế hoạch của huyện.")
    assert "2.500 m²," in body and "7,200 tấn, tăng" in body
    paragraph = next(block for block in document.blocks if block.text == body)
    assert [ref.number for ref in paragraph.footnote_refs] == [1]
    notes = document.footnote_definitions()
    assert [block.text for block in notes[1]] == ["Số liệu ước tính đến ngày 15/6/2024."]
    assert notes[1][0].kind is BlockKind.FOOTNOTE
    assert notes[1][0].location is not None and notes[1][0].location.vi == "chú thích 1, trang 1"
    heading = next(block for block in document.blocks if block.text == "2. Công nghiệp")
    assert heading.location is not None and heading.location.vi == "trang 2"


def test_findings_carry_the_page(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(_report())
    result = CliRunner().invoke(
        main, ["check", str(path), "--format", "json", "--lang", "vi", "--no-cache"]
    )
    found = {
        (d["code"], d["text"], d["location"]) for d in json.loads(result.output)["diagnostics"]
    }
    assert ("N102", "7,200", "trang 1") in found
    assert not any(code.startswith("F") for code, _, _ in found)  # the mark is seen


def test_a_scan_without_text_layer_is_refused(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # drawn content, no text
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(InputError, match="no text layer"):
        read_document(str(path), path.read_bytes())
    result = CliRunner().invoke(main, ["check", str(path), "--no-cache"])
    assert result.exit_code == 2
    assert "OCR" in result.output


@pytest.mark.parametrize("data", [b"%PDF-1.7\n garbage", b"%PDF-", b"%PDF-1.4\n%%EOF"])
def test_broken_pdfs_are_clear_errors(data: bytes) -> None:
    with pytest.raises(InputError):
        read_document("hong.pdf", data)
    truncated = _report()[:400]
    with pytest.raises(InputError):
        read_document("hong.pdf", truncated)


def test_same_findings_as_the_text_export_of_the_corpus(corpus: Path) -> None:
    from fpdf import FPDF

    from lint.engine import check_document
    from lint.ruleset import all_rules

    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    pdf = FPDF(format=(297, 420))  # wide enough that no line wraps again
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=9)
    pdf.set_auto_page_break(True, margin=10)
    pdf.add_page()
    for line in text.split("\n"):
        pdf.cell(0, 4.5, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
    as_pdf = read_document("kim-tan.pdf", bytes(pdf.output()))
    as_text = read_document("kim-tan.txt", text.encode("utf-8"))
    assert len({block.location for block in as_pdf.blocks}) >= 2  # several pages
    rules = list(all_rules())

    def findings(document):  # type: ignore[no-untyped-def]
        return sorted(
            (d.code, document.source.excerpt(d.span)) for d in check_document(document, rules)
        )

    expected = findings(as_text)
    assert expected
    assert findings(as_pdf) == expected


def test_page_numbers_are_not_text() -> None:
    from fpdf import FPDF

    class Numbered(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("DejaVu", size=11)
            self.cell(0, 10, f"- {self.page_no()} -", align="C")

    pdf = Numbered()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    pdf.add_page()
    pdf.write(6, "1. Dân số\nDân số trung bình ước đạt 12.500 người, tăng 1,2% so với cùng kỳ,")
    pdf.set_font("DejaVu", size=8)
    pdf.set_y(260)
    pdf.multi_cell(0, 4, "1 Số liệu sơ bộ.")
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.write(6, "trong đó nữ 6.300 người.\n")
    document = read_document("dan-so.pdf", bytes(pdf.output()))
    assert [block.text for block in document.blocks] == [
        "1. Dân số",
        "Dân số trung bình ước đạt 12.500 người, tăng 1,2% so với cùng kỳ, trong đó nữ 6.300 người.",
        "Số liệu sơ bộ.",
    ]
    assert "- 1 -" not in document.source.text and "- 2 -" not in document.source.text


def test_a_figure_ending_a_page_is_not_a_page_number() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for value in ("Số hộ nghèo:\n125", "Số hộ cận nghèo:\n310"):
        pdf.add_page()
        pdf.write(6, value)
    document = read_document("ho.pdf", bytes(pdf.output()))
    assert "125" in document.source.text and "310" in document.source.text
