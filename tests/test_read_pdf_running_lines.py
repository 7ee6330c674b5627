"""PDF running headers and footers (a browser's print, a Word header) are not report text."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.document import BlockKind
from lint.engine import check_document
from lint.read import read_document
from lint.ruleset import all_rules

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # fonts-dejavu-core (.ci/run)


@pytest.fixture(autouse=True)
def _font() -> None:
    if not FONT.exists():
        pytest.skip("DejaVu fonts are not installed (apt-get install fonts-dejavu-core)")


def _printed(pages: list[str], header: str = "12/3/26, 6:03 PM") -> bytes:
    """Pages as a browser prints them: date and title on top, address and page count below."""
    from fpdf import FPDF

    class Browser(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", size=8)
            self.cell(0, 5, f"{header}        Báo cáo tình hình kinh tế - xã hội")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(
                0, 5, f"https://ubnd.example.gov.vn/bao-cao-6-thang   {self.page_no()}/{{nb}}"
            )

    pdf = Browser()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.alias_nb_pages()
    for text in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        pdf.write(6, text)
    return bytes(pdf.output())


PAGES = [
    "1. Thu ngân sách\nTổng thu ngân sách trên địa bàn ước đạt 12.500 triệu đồng, bằng 52,3% dự "
    "toán, tăng 4,1% so với cùng kỳ; thu thuế 7.200 triệu đồng,",
    "thu phí và lệ phí 1.150 triệu đồng.\n2. Chi ngân sách\nTổng chi ngân sách ước đạt 9.800 "
    "triệu đồng, bằng 48,6% dự toán.",
    "3. Nhiệm vụ 6 tháng cuối năm\nPhấn đấu thu ngân sách đạt 100% dự toán được giao.",
]


def test_browser_header_and_footer_are_dropped() -> None:
    document = read_document("bao-cao.pdf", _printed(PAGES))
    text = document.source.text
    assert "PM" not in text and "https://" not in text and "Báo cáo tình hình" not in text
    assert not [block for block in document.blocks if block.kind is BlockKind.FOOTNOTE]
    paragraph = next(b.text for b in document.blocks if b.text.startswith("Tổng thu"))
    # the paragraph continues across the page break, no header line in between
    assert paragraph.endswith("thu thuế 7.200 triệu đồng, thu phí và lệ phí 1.150 triệu đồng.")
    assert not [d.code for d in check_document(document, list(all_rules())) if d.code[0] == "F"]


def test_one_page_browser_print() -> None:
    document = read_document("bao-cao.pdf", _printed(PAGES[:1], header="3/12/2026, 18:03"))
    assert "18:03" not in document.source.text and "https://" not in document.source.text
    assert [b.kind for b in document.blocks].count(BlockKind.FOOTNOTE) == 0


def test_a_line_that_changes_from_page_to_page_stays() -> None:
    # the same words ending two pages with different figures are report text, not a footer
    pages = ["Số hộ nghèo:\nTổng cộng 125 hộ", "Số hộ cận nghèo:\nTổng cộng 310 hộ"]
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.set_font("DejaVu", size=11)
    for text in pages:
        pdf.add_page()
        pdf.write(6, text)
    document = read_document("ho.pdf", bytes(pdf.output()))
    assert "125 hộ" in document.source.text and "310 hộ" in document.source.text
