"""How the command line shows things to people: extract tables, rule pages, help texts."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from lint.cli import main
from tests.cli_support import write

FIGURES = (
    "Tổng thu ngân sách 2.506 tỷ 437 triệu đồng, tăng 12,53% (1.234.567.890 đồng); "
    "số dư 1.234.567.890,123 đồng.\n"
)


def test_extract_table_never_breaks_a_figure(tmp_path: Path) -> None:
    path = write(tmp_path, "r.md", FIGURES)
    result = CliRunner().invoke(main, ["extract", str(path)], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    for figure in ("2.506 tỷ 437 triệu đồng", "1.234.567.890,123 đồng", "2506437000000"):
        assert figure in result.output
    # the interval may wrap between its bounds, never inside one
    assert "1234567890.1225;" in result.output and "1234567890.1235]" in result.output


def test_suggested_percentage_reads_naturally(tmp_path: Path) -> None:
    path = write(tmp_path, "r.md", "Giải quyết được 250/300 hồ sơ, đạt 88,3%.\n")
    english = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "en", str(path)])
    assert "help: 88,3% should probably be 83,3%" in english.output
    vietnamese = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "vi", str(path)])
    assert "gợi ý: có lẽ 88,3% cần là 83,3%" in vietnamese.output
