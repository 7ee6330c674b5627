"""Table cells are read with the number grammar of the prose (lint.numbers.cells)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from lint.numbers.cells import CellFigure, read_cell


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2517636", CellFigure(Fraction(2517636), 0, False)),
        (" 11,83 ", CellFigure(Fraction(1183, 100), 2, False)),
        ("1.234.560", CellFigure(Fraction(1234560), 0, False)),
        ("-5,2", CellFigure(Fraction(-52, 10), 1, False)),
        ("+12", CellFigure(Fraction(12), 0, False)),
        ("40.3", CellFigure(Fraction(403, 10), 1, False)),
        ("12,5%", CellFigure(Fraction(125, 10), 1, True)),
        ("1234.560.877", CellFigure(Fraction(1234560877), 0, False)),
    ],
)
def test_figures_filling_a_cell(text: str, expected: CellFigure) -> None:
    assert read_cell(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "-", "x", "..", "Tổng số", "5 ha", "10 tỷ", "- 5", "Dưới 5,0", "2 | 3", "1,5 triệu đồng"],
)
def test_cells_that_are_no_bare_figure(text: str) -> None:
    assert read_cell(text) is None
