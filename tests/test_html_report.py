"""--format html: one self-contained page, checked in a real headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _report(tmp_path: Path, source: Path, lang: str = "vi") -> Path:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(source),
            "--format",
            "html",
            "--output-file",
            str(out),
            "--lang",
            lang,
            "--no-cache",
        ],
    )
    assert result.exit_code in (0, 1), result.output
    return out


def test_self_contained_and_lists_findings_by_severity(tmp_path: Path) -> None:
    source = tmp_path / "bao-cao.md"
    source.write_text(
        "Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn & <b>khác</b>.\n",
        encoding="utf-8",
    )
    page = _report(tmp_path, source).read_text(encoding="utf-8")
    assert not re.search(r"(src|href)=\"?(https?:)?//", page)  # nothing fetched from anywhere
    assert "@media print" in page and '<html lang="vi">' in page
    assert "&lt;b&gt;khác&lt;/b&gt;" in page and "<b>khác</b>" not in page  # text is escaped
    assert re.search(r'<h3 class="sev-error">Lỗi \(1\)</h3>', page)
    marks = re.findall(r'<mark class="hl[^"]*" data-findings="f0-d0">([^<]*)</mark>', page)
    assert marks == ["1.200", "60", "7,200"]
    assert '<p class="note">1.200 ha × 60 tạ/ha ÷ 10 ≈ 7.200 tấn</p>' in page  # no stray "= "


def test_markdown_is_rendered_with_its_figures_highlighted(tmp_path: Path) -> None:
    source = tmp_path / "bao-cao.md"
    source.write_text(
        "## **BÁO CÁO** tình hình *sản xuất*\n\n"
        "Nhà ở xã hội 1.250 m<sup>2</sup>, lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, "
        "sản lượng đạt 7,200 tấn<sup>1</sup>.\n\n"
        "- Đàn trâu **183** con\n\n"
        "| Chỉ tiêu | Thực hiện |\n|---|---:|\n| Lúa \\| ngô | 1.150 |\n\n"
        "---\n\n<sup>1</sup> Số liệu ước tính.\n",
        encoding="utf-8",
    )
    page = _report(tmp_path, source).read_text(encoding="utf-8")
    document = page[page.index('<div class="rendered">') :]
    assert '<h2 class="md"><strong>BÁO CÁO</strong> tình hình <em>sản xuất</em></h2>' in document
    assert "##" not in document and "**" not in document and "&lt;sup&gt;" not in document
    assert "m<sup>2</sup>" in document and "tấn<sup>1</sup>." in document
    assert '<span class="bullet">•</span><span>Đàn trâu <strong>183</strong> con</span>' in document
    assert "<th>Chỉ tiêu</th>" in document and '<td style="text-align:right">1.150</td>' in document
    assert "<td>Lúa | ngô</td>" in document and "|---|" not in document
    marks = re.findall(r'<mark class="hl[^"]*" data-findings="f0-d0">([^<]*)</mark>', document)
    assert marks == ["1.200", "60", "7,200"]


def test_english_report(tmp_path: Path) -> None:
    source = tmp_path / "report.md"
    source.write_text("Sản lượng đạt 1.200 ha × 60 tạ/ha; tổng 7,200 tấn.\n", encoding="utf-8")
    page = _report(tmp_path, source, "en").read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Figure check report" in page


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
def test_click_a_finding_in_chromium(tmp_path: Path, corpus: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    report = _report(tmp_path, corpus / "kien-tuong-2020-h1.md")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 800})
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.goto(report.as_uri())
            finding = page.locator(
                "li.finding.sev-error", has=page.locator("code.code", has_text="N102")
            ).first
            finding.click()
            active = page.locator("mark.hl.active")
            assert active.count() >= 1
            primary = page.locator("mark.hl.active.primary").first
            primary.wait_for(state="visible")
            assert primary.inner_text() == "98,587"
            box = primary.bounding_box()
            assert box is not None and 0 <= box["y"] <= 800  # scrolled into the viewport
            assert finding.locator(".detail").is_visible()  # the computation is shown
            assert "≈" in finding.locator(".detail").inner_text()
            page.screenshot(path=str(tmp_path / "report.png"))
            page.emulate_media(media="print")
            assert finding.locator(".detail").is_visible()
            assert [url for url in requests if not url.startswith("file:")] == []
        finally:
            browser.close()
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_several_files_and_unreadable_ones(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Sản lượng 1.200 ha × 60 tạ/ha = 7,200 tấn.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Không có số liệu sai.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes("Vi\u1ec7t".encode("utf-16-le"))
    out = tmp_path / "all.html"
    result = CliRunner().invoke(
        main,
        ["check", str(tmp_path), "--format", "html", "-o", str(out), "--lang", "vi", "--no-cache"],
    )
    assert result.exit_code == 2  # c.txt cannot be read
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="file"') == 2
    assert "Không phát hiện vấn đề nào." in page
    assert "Không đọc được" in page and "c.txt" in page
    ids = re.findall(r'<li class="finding[^"]*" id="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_word_report_is_rendered_by_paragraphs_and_tables(tmp_path: Path) -> None:
    from tests.docx_builder import DocxBuilder, Note

    builder = DocxBuilder()
    builder.heading("BÁO CÁO TÌNH HÌNH SẢN XUẤT")
    outline = builder.new_list(
        ("upperRoman", "%1."),
    )
    builder.item(outline, "NÔNG NGHIỆP", heading=1)
    builder.paragraph(
        "Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn", Note("Ước tính."), "."
    )
    builder.table([["Chỉ tiêu", "Thực hiện"], ["Lúa", "1.150"]])
    source = builder.save(tmp_path / "du-thao.docx")
    page = _report(tmp_path, source).read_text(encoding="utf-8")
    document = page[page.index('<div class="rendered">') :]
    assert '<h3 class="md">BÁO CÁO TÌNH HÌNH SẢN XUẤT</h3>' in document
    assert "I. NÔNG NGHIỆP" in document  # the number Word generates
    assert "<th>Chỉ tiêu</th><th>Thực hiện</th>" in document and "<td>1.150</td>" in document
    assert "7,200</mark> tấn<sup>1</sup>." in document  # the note's number, raised
    assert '<p class="md footnote"><sup>1</sup> Ước tính.</p>' in document
    marks = re.findall(r'<mark class="hl[^"]*" data-findings="f0-d0">([^<]*)</mark>', document)
    assert marks == ["1.200", "60", "7,200"]
