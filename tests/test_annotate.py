"""--annotate: a copy of the .docx with one Word comment per finding, anchored on the figures."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from lint.cli import main
from tests.docx_builder import DocxBuilder, Note

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _draft(tmp_path: Path) -> Path:
    builder = DocxBuilder()
    builder.paragraph("Mở đầu báo cáo.")
    # the wrong figure is split over two runs, as Word often stores edited text
    builder.paragraph("Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,2", "00 tấn.")
    builder.paragraph(
        "Tổng đàn gia cầm 12.500 con; đàn ong 1,351 đàn.",
        Note("Đàn heo 3.400 con, đàn bò 1,250 con."),
    )
    return builder.save(tmp_path / "du-thao.docx")


def _anchors(path: Path) -> dict[str, str]:
    """Comment id → the text between its range start and end."""
    body = docx.Document(str(path)).element.body
    found: dict[str, str] = {}
    open_ids: list[str] = []
    for element in body.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids.append(element.get(f"{W}id"))
            found[element.get(f"{W}id")] = ""
        elif element.tag == f"{W}commentRangeEnd":
            open_ids.remove(element.get(f"{W}id"))
        elif element.tag == f"{W}t" and element.text:
            for comment_id in open_ids:
                found[comment_id] += element.text
        elif element.tag == f"{W}footnoteReference":
            for comment_id in open_ids:
                found[comment_id] += "[note]"
    return found


def test_one_comment_per_finding_on_its_figures(tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    original = draft.read_bytes()
    out = tmp_path / "da-soat.docx"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(draft),
            "--annotate",
            str(out),
            "--lang",
            "vi",
            "--no-cache",
            "--select",
            "N102",
        ],
    )
    assert result.exit_code == 1, result.output
    assert draft.read_bytes() == original
    comments = list(docx.Document(str(out)).comments)
    assert len(comments) == 3
    assert {comment.author for comment in comments} == {"solieu"}
    anchors = _anchors(out)
    by_anchor = {anchors[str(comment.comment_id)]: comment.text for comment in comments}
    rice = by_anchor["1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200"]
    assert rice.startswith("Lỗi N102 (comma-thousands):")
    assert "= 1.200 ha × 60 tạ/ha ÷ 10 ≈ 7.200 tấn" in rice
    assert "Đề xuất: viết 7.200" in rice
    assert "Lỗi N102" in by_anchor["1,351"]
    # a finding inside a footnote is anchored on the footnote's reference mark
    assert "1,250" in by_anchor["[note]"]
    # the text of the document is unchanged by the run splits
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[1] == "Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn."


def test_english_comments(tmp_path: Path) -> None:
    out = tmp_path / "reviewed.docx"
    result = CliRunner().invoke(
        main, ["check", str(_draft(tmp_path)), "--annotate", str(out), "--lang", "en", "--no-cache"]
    )
    assert result.exit_code == 1
    texts = [comment.text for comment in docx.Document(str(out)).comments]
    assert texts and all(text.startswith(("Error ", "Warning ", "Info ")) for text in texts)
    assert any("Suggestion: write 7.200" in text for text in texts)


def test_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    draft = _draft(tmp_path)
    out = tmp_path / "da-soat.docx"
    out.write_bytes(b"keep me")
    args = ["check", str(draft), "--annotate", str(out), "--no-cache"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "already exists" in result.output and "--force" in result.output
    assert out.read_bytes() == b"keep me"
    assert CliRunner().invoke(main, [*args, "--force"]).exit_code == 1
    assert len(list(docx.Document(str(out)).comments)) >= 2


def test_only_a_single_word_input_can_be_annotated(tmp_path: Path) -> None:
    report = tmp_path / "bao-cao.md"
    report.write_text("Sản lượng 7,200 tấn.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", str(report), "--annotate", str(tmp_path / "x.docx"), "--no-cache"]
    )
    assert result.exit_code == 2
    assert ".docx" in result.output
    assert not (tmp_path / "x.docx").exists()


def test_existing_comments_and_table_cells(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.paragraph("Ý kiến của phòng Tài chính.")
    reviewer = builder.doc.paragraphs[-1].runs
    builder.doc.add_comment(reviewer, text="Đã xem.", author="Phòng TC", initials="TC")
    builder.paragraph("Đơn vị tính: ha")
    builder.table(
        [["Chỉ tiêu", "Diện tích"], ["Tổng số", "1.400"], ["Lúa", "1.200"], ["Ngô", "300"]]
    )
    draft = builder.save(tmp_path / "du-thao.docx")
    out = tmp_path / "da-soat.docx"
    result = CliRunner().invoke(
        main, ["check", str(draft), "--annotate", str(out), "--no-cache", "--select", "T101"]
    )
    assert result.exit_code == 1, result.output
    comments = {comment.author: comment for comment in docx.Document(str(out)).comments}
    assert comments["Phòng TC"].text == "Đã xem."
    anchors = _anchors(out)
    assert anchors[str(comments["solieu"].comment_id)] == "1.400"
    assert "T101" in comments["solieu"].text
