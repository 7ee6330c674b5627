"""C104 annex-conflict: the text and a table (own, or a workbook beside it) disagree."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook

from lint.cli import main
from tests.conftest import run_rule
from tests.docx_builder import DocxBuilder
from tests.xlsx_builder import workbook_bytes

_TABLE = (
    "\n\n| Chỉ tiêu | Ước tính 6 tháng năm 2024 | Cùng kỳ năm 2023 |\n|---|---:|---:|\n"
    "| Sản lượng lúa đông xuân (Nghìn tấn) | {rice} | 3.521,4 |\n"
    "| Sản lượng ngô (Nghìn tấn) | 2.450,3 | 2.470,0 |\n"
)


def _report(sentence: str, rice: str = "3.590,9") -> str:
    return sentence + _TABLE.format(rice=rice)


def test_the_text_and_its_own_table_disagree() -> None:
    text = _report(
        "Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước đạt 3.490,9 nghìn tấn."
    )
    found = run_rule("C104", text)
    assert len(found) == 1
    assert "3.490,9 nghìn tấn" in found[0].message.en and "3.590,9" in found[0].message.en
    assert len(found[0].related) == 1


def test_agreeing_figures_and_rounding_are_silent() -> None:
    assert (
        run_rule(
            "C104", _report("6 tháng năm 2024, sản lượng lúa đông xuân đạt 3.590,9 nghìn tấn.")
        )
        == []
    )
    # 3,59 triệu tấn is 3.590,9 nghìn tấn rounded
    assert (
        run_rule("C104", _report("6 tháng năm 2024, sản lượng lúa đông xuân đạt 3,59 triệu tấn."))
        == []
    )


def test_unsure_matches_stay_silent() -> None:
    different = "3.490,9 nghìn tấn"
    sentences = [
        # no period named, or another period
        f"Sản lượng lúa đông xuân ước đạt {different}.",
        f"Tính chung quý I năm 2024, sản lượng lúa đông xuân ước đạt {different}.",
        f"Tính chung 6 tháng năm 2023, sản lượng lúa đông xuân đạt {different}.",
        # two years in the sentence: which one is it?
        f"So với 6 tháng năm 2023, 6 tháng năm 2024 sản lượng lúa đông xuân đạt {different}.",
        # other words: another indicator
        f"Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân của tỉnh đạt {different}.",
        # a target, and a change
        f"Phấn đấu 6 tháng năm 2024 sản lượng lúa đông xuân đạt {different}.",
        f"Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân tăng {different}.",
        # another unit
        "Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước đạt 3.490,9 nghìn ha.",
    ]
    for sentence in sentences:
        assert run_rule("C104", _report(sentence)) == [], sentence


def test_a_table_without_a_unit_is_not_compared() -> None:
    text = (
        "Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước đạt 3.490,9 nghìn tấn.\n\n"
        "| Chỉ tiêu | Ước tính 6 tháng năm 2024 |\n|---|---:|\n"
        "| Sản lượng lúa đông xuân | 3.590,9 |\n"
    )
    assert run_rule("C104", text) == []


def _annex(rice: float) -> bytes:
    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Biểu 1"
        sheet["A1"] = "1. Sản xuất nông nghiệp 6 tháng năm 2024"
        sheet["C2"] = "Đơn vị tính: Nghìn tấn"
        sheet["A3"], sheet["B3"] = "Chỉ tiêu", "Ước tính 6 tháng năm 2024"
        sheet["C3"] = "6 tháng năm 2024 so với cùng kỳ năm trước (%)"
        sheet["A4"], sheet["B4"], sheet["C4"] = "Sản lượng lúa đông xuân", rice, 101.2
        sheet["A5"], sheet["B5"], sheet["C5"] = "Sản lượng ngô", 2450.3, 99.1
        for cell in ("B4", "B5", "C4", "C5"):
            sheet[cell].number_format = "#,##0.0"

    return workbook_bytes(build)


def _pair(folder: Path, rice_in_text: str, rice_in_annex: float) -> Path:
    folder.mkdir()
    DocxBuilder().heading("BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI").paragraph(
        f"Tính chung 6 tháng năm 2024, sản lượng lúa đông xuân ước đạt {rice_in_text} "
        "nghìn tấn, bằng 101,2% cùng kỳ năm trước. Sản lượng ngô 6 tháng năm 2024 ước đạt "
        "2.450,3 nghìn tấn."
    ).save(folder / "bao-cao.docx")
    (folder / "phu-luc.xlsx").write_bytes(_annex(rice_in_annex))
    return folder


def _check(*paths: Path) -> list[dict[str, object]]:
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--format", "json", "--lang", "en", *map(str, paths)]
    )
    diagnostics: list[dict[str, object]] = json.loads(result.stdout)["diagnostics"]
    return diagnostics


def test_a_report_and_its_annex_disagree_once_with_both_places(tmp_path: Path) -> None:
    folder = _pair(tmp_path / "ho-so", "3.490,9", 3590.9)
    for args in ((folder,), (folder / "bao-cao.docx", folder / "phu-luc.xlsx")):
        found = [d for d in _check(*args) if d["code"] == "C104"]
        assert len(found) == 1
        finding = found[0]
        assert Path(str(finding["path"])).name == "bao-cao.docx"
        assert finding["text"] == "3.490,9 nghìn tấn" and finding["location"] == "paragraph 2"
        assert "Biểu 1!B4" in str(finding["message"])
        assert any("phu-luc.xlsx, cell Biểu 1!B4: 3.590,9" in note for note in finding["notes"])  # type: ignore[attr-defined]


def test_the_same_pair_without_the_conflict_is_silent(tmp_path: Path) -> None:
    folder = _pair(tmp_path / "ho-so", "3.590,9", 3590.9)
    assert _check(folder) == []


def test_only_files_of_one_folder_are_paired(tmp_path: Path) -> None:
    folder = _pair(tmp_path / "ho-so", "3.490,9", 3590.9)
    elsewhere = tmp_path / "nam-truoc"
    elsewhere.mkdir()
    (folder / "phu-luc.xlsx").rename(elsewhere / "phu-luc.xlsx")
    assert _check(folder / "bao-cao.docx", elsewhere / "phu-luc.xlsx") == []
