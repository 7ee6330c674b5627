from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tables"


def test_cumulative_that_is_not_q1_plus_q2_is_flagged() -> None:
    text = (
        "| Chỉ tiêu | Quý I năm 2024 | Quý II năm 2024 | Cộng dồn 6 tháng năm 2024 |\n"
        "|---|---:|---:|---:|\n| Thu ngân sách | 1.250 | 1.380 | 2.700 |\n"
    )
    found = run_rule("T102", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["2.700"]
    assert "2.630" in found[0].message.vi


def test_consistent_cumulative_passes() -> None:
    text = (FIXTURES / "gdp-consistent.md").read_text(encoding="utf-8")
    assert run_rule("T102", text) == []


def test_wrong_period_cell_is_localised() -> None:
    text = (FIXTURES / "gdp-consistent.md").read_text(encoding="utf-8")
    text = text.replace("| Dịch vụ | 500 |", "| Dịch vụ | 560 |")
    found = run_rule("T102", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["560"]


def test_months_that_do_not_cover_the_cumulative_are_not_a_sum() -> None:
    # tháng 5 + tháng 6 is not "6 tháng": nothing is stated
    text = (FIXTURES / "subset-and-selection.md").read_text(encoding="utf-8")
    assert run_rule("T102", text) == []


def test_column_without_cumulative_word_is_not_a_sum() -> None:
    text = (
        "| | Quý I năm 2024 | Quý II năm 2024 | Quý III năm 2024 | Quý IV năm 2024 | Năm 2024 |\n"
        "|---|---:|---:|---:|---:|---:|\n| Lực lượng lao động | 52,1 | 52,5 | 52,7 | 53,1 | 52,6 |\n"
    )
    assert run_rule("T102", text) == []


@pytest.mark.parametrize(
    "name",
    [
        "gso-bieu-so-lieu-6-thang-2024.md",
        "gso-bieu-so-lieu-nam-2024.md",
        "gso-bieu-nong-nghiep-6-thang-2024.md",
    ],
)
def test_corpus_has_no_finding(corpus: Path, name: str) -> None:
    text = (corpus / name).read_text(encoding="utf-8")
    assert run_rule("T102", text, name) == []


def test_whole_year_cumulative_column_of_quarters() -> None:
    text = """\
| TT | Khoản thu | Quý I | Quý II | Quý III | Quý IV (ước) | Lũy kế cả năm |
|---|---|---|---|---|---|---|
| 1 | Thu nội địa | 410,5 | 436,2 | 452,8 | 498,1 | {total} |
| 2 | Thu khác | 12,4 | 11,6 | 13,0 | 15,2 | 52,2 |
"""
    assert run_rule("T102", text.format(total="1.797,6")) == []
    assert len(run_rule("T102", text.format(total="1.767,6"))) == 1
