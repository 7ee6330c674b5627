"""Text output names the place a Word or PDF reader can find; Markdown and text keep line:col."""

from __future__ import annotations

from pathlib import Path

from tests.cli_support import REPORT, run, write
from tests.docx_builder import DocxBuilder


def _docx(tmp_path: Path) -> Path:
    builder = DocxBuilder()
    builder.paragraph("Mở đầu.")
    builder.paragraph("Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn.")
    builder.table([["Chỉ tiêu", "Thực hiện"], ["Tỷ lệ hài lòng", "98,5%"], ["Đúng hạn", "34.1%"]])
    return builder.save(tmp_path / "du-thao.docx")


def test_word_findings_show_paragraph_and_table_cell(tmp_path: Path) -> None:
    path = _docx(tmp_path)
    output = run("check", "--no-cache", "-q", "--lang", "vi", str(path)).output
    lines = output.splitlines()
    assert any(line.startswith(f"{path} (đoạn 2): N102 ") for line in lines), output
    assert any(line.startswith(f"{path} (bảng 1, hàng 3, cột 2): N101 ") for line in lines), output
    english = run("check", "--no-cache", "--lang", "en", str(path)).output
    assert f"{path} (paragraph 2): N102 " in english
    assert f"{path}:2:" not in english


def test_markdown_findings_keep_line_and_column(tmp_path: Path) -> None:
    write(tmp_path, "r.md", REPORT)
    output = run("check", "--no-cache", "-q", str(tmp_path / "r.md")).output
    assert f"{tmp_path / 'r.md'}:3:" in output
    assert "(đoạn" not in output and "(paragraph" not in output
