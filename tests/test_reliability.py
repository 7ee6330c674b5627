"""Reliability (issue 15): ordinary inputs never crash a run, and one bad file loses no other."""

from __future__ import annotations

from lint.engine import check_text
from lint.ruleset import all_rules

RULES = list(all_rules())


def codes_of(text: str) -> list[str]:
    return [diagnostic.code for diagnostic in check_text(text, RULES)]


def test_table_row_without_closing_bar_does_not_crash() -> None:
    text = "| Chỉ tiêu | 2023 | 2024 |\n|---|---:|---:|\n| Tổng số | 10 | 12 |\n| Hàng hoá\n"
    assert codes_of(text) == []


def test_table_row_without_closing_bar_keeps_its_last_cell() -> None:
    table = (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n|---|---:|---:|\n"
        "| Tổng số | 1.000 | {total} |\n| Thu thuế | 400 | 500 |\n| Thu khác | 600 | 700\n"
    )
    assert "T101" in codes_of(table.format(total="1.300"))
    assert "T101" not in codes_of(table.format(total="1.200"))


def test_table_figure_with_misplaced_thousands_dots_does_not_crash() -> None:
    text = "| Chỉ tiêu | Giá trị |\n|---|---:|\n| Tổng số | 1234.560.877 |\n"
    assert codes_of(text) == []


def test_table_figure_with_misplaced_thousands_dots_is_read_as_thousands() -> None:
    from lint.relations.tables import _parse

    assert _parse("1234.560.877") == (1234560877, 0)
    assert _parse("40.3") is not None and _parse("40.3")[1] == 1


def test_zero_area_does_not_crash_u101() -> None:
    text = "Diện tích gieo trồng lúa 0 ha, năng suất 55 tạ/ha, sản lượng 120 tấn.\n"
    diagnostics = [d for d in check_text(text, RULES) if d.code == "U101"]
    assert len(diagnostics) == 1
    notes = " ".join(note.en for note in diagnostics[0].notes)
    assert "or production" in notes and "yield" not in notes.split("to match:")[1]


def test_zero_done_figure_of_a_pair_does_not_crash_percentages() -> None:
    text = "Tiếp nhận 0/120 hồ sơ, trong đó đúng hạn 5 hồ sơ, chiếm 4,2%.\n"
    assert "P101" not in codes_of(text)
