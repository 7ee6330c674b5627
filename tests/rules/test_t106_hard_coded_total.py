"""T106 hard-coded-total: a typed figure in a run of identical total formulas."""

from __future__ import annotations

from openpyxl import Workbook

from lint.engine import check_document
from lint.read import read_document
from lint.ruleset import rule_by_code
from tests.conftest import run_rule
from tests.xlsx_builder import workbook_bytes


def _sheet(cells: dict[str, float | str], cached: dict[str, float]) -> bytes:
    def build(workbook: Workbook) -> None:
        sheet = workbook.active
        assert sheet is not None
        sheet.title = "Biểu 2"
        sheet["A1"] = "Đơn vị tính: Tỷ đồng"
        header = ("Chỉ tiêu", "Quý I năm 2024", "Quý II năm 2024", "Cộng dồn 6 tháng năm 2024")
        for column, text in zip("ABCD", header, strict=True):
            sheet[f"{column}2"] = text
        labels = ("Tổng thu", "Thu nội địa", "Thu xuất nhập khẩu")
        for row, label in enumerate(labels, start=3):
            sheet[f"A{row}"] = label
        for reference, value in cells.items():
            sheet[reference] = value

    return workbook_bytes(build, {"Biểu 2": cached})


_PARTS = {"B4": 120, "C4": 130, "B5": 30, "C5": 20}
_CUMULATIVE = {"D4": "=B4+C4", "D5": "=B5+C5"}


def _findings(data: bytes) -> list[tuple[str, str | None, str | None]]:
    rule = rule_by_code("T106")
    assert rule is not None
    document = read_document("du-toan.xlsx", data)
    return [
        (
            d.code,
            document.location_of(d.span).en if document.location_of(d.span) else None,  # type: ignore[union-attr]
            d.suggestion.en if d.suggestion else None,
        )
        for d in check_document(document, [rule])
    ]


def test_a_typed_total_between_sum_formulas_is_reported() -> None:
    cells = {**_PARTS, **_CUMULATIVE, "B3": "=SUM(B4:B5)", "C3": 150, "D3": "=SUM(D4:D5)"}
    data = _sheet(cells, {"B3": 150, "D3": 300, "D4": 250, "D5": 50})
    assert _findings(data) == [
        ("T106", "Biểu 2!C3", "use the formula =SUM(C4:C5) like its neighbours")
    ]


def test_a_typed_cell_in_a_column_of_formulas_is_reported() -> None:
    cells = {**_PARTS, "B3": "=SUM(B4:B5)", "C3": "=SUM(C4:C5)"}
    cells.update({"D3": "=B3+C3", "D4": 250, "D5": "=B5+C5"})
    data = _sheet(cells, {"B3": 150, "C3": 150, "D3": 300, "D5": 50})
    assert _findings(data) == [("T106", "Biểu 2!D4", "use the formula =B4+C4 like its neighbours")]


def test_formulas_everywhere_and_figures_everywhere_are_silent() -> None:
    formulas = {**_PARTS, **_CUMULATIVE, "B3": "=SUM(B4:B5)", "C3": "=SUM(C4:C5)"}
    formulas["D3"] = "=SUM(D4:D5)"
    cached = {"B3": 150, "C3": 150, "D3": 300, "D4": 250, "D5": 50}
    assert _findings(_sheet(formulas, cached)) == []
    typed = {**_PARTS, "B3": 150, "C3": 150, "D3": 300, "D4": 250, "D5": 50}
    assert _findings(_sheet(typed, {})) == []


def test_neighbours_with_other_formulas_are_not_a_run() -> None:
    # a ratio beside a sum is not the formula the typed cell should have had
    cells = {**_PARTS, **_CUMULATIVE, "B3": "=SUM(B4:B5)", "C3": 150, "D3": "=C3/B3*100"}
    data = _sheet(cells, {"B3": 150, "D3": 100, "D4": 250, "D5": 50})
    assert _findings(data) == []


def test_markdown_tables_have_no_formulas() -> None:
    table = (
        "| Chỉ tiêu | Quý I | Quý II | 6 tháng |\n|---|---:|---:|---:|\n"
        "| Tổng số | 300 | 600 | 900 |\n| Nông nghiệp | 100 | 200 | 300 |\n"
        "| Công nghiệp | 200 | 400 | 600 |\n"
    )
    assert run_rule("T106", table) == []
