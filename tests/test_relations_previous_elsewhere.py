"""Last year's value stated elsewhere in the report as the base of a growth (P105)."""

from __future__ import annotations

from tests.conftest import run_rule

LATER = """# I. Kết quả 6 tháng đầu năm 2025

Tổng mức bán lẻ hàng hóa đạt 186,4 tỷ đồng, tăng {rate}% so với cùng kỳ.

# II. Số liệu so sánh

Cùng kỳ năm trước, tổng mức bán lẻ hàng hóa đạt 172,8 tỷ đồng.
"""

EARLIER = """# I. Tình hình 6 tháng đầu năm 2024

Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2024 đạt 172,8 tỷ đồng.

# II. Kết quả 6 tháng đầu năm 2025

Tổng mức bán lẻ hàng hóa 6 tháng đầu năm 2025 đạt 186,4 tỷ đồng, {word} {rate}% so với cùng kỳ.
"""


def test_consistent_growth_against_a_value_stated_elsewhere() -> None:
    assert run_rule("P105", LATER.format(rate="7,9")) == []
    assert run_rule("P105", EARLIER.format(word="tăng", rate="7,9")) == []
    assert run_rule("P105", EARLIER.format(word="bằng", rate="107,9")) == []


def test_a_changed_rate_is_caught_with_the_computation() -> None:
    for text in (LATER.format(rate="12,7"), EARLIER.format(word="tăng", rate="12,7")):
        found = run_rule("P105", text)
        assert len(found) == 1
        assert text[found[0].span.start : found[0].span.end] == "12,7"
        assert found[0].notes[0].en == "186,4 / 172,8 × 100 − 100 = 7,87% ≠ 12,7%"


def test_another_period_indicator_or_several_candidates_are_not_read() -> None:
    # the whole year 2024 is not the first half of it
    text = EARLIER.format(word="tăng", rate="12,7").replace(
        "6 tháng đầu năm 2024 đạt", "năm 2024 đạt"
    )
    assert run_rule("P105", text) == []
    # two years before
    text = EARLIER.format(word="tăng", rate="12,7").replace("năm 2024", "năm 2023")
    assert run_rule("P105", text) == []
    # another indicator
    text = LATER.format(rate="12,7").replace(
        "tổng mức bán lẻ hàng hóa đạt 172", "doanh thu dịch vụ đạt 172"
    )
    assert run_rule("P105", text) == []
    # a change, not a level
    text = LATER.format(rate="12,7").replace("hàng hóa đạt 172,8", "hàng hóa tăng 172,8")
    assert run_rule("P105", text) == []
    # two candidates
    text = (
        LATER.format(rate="12,7")
        + "\nCùng kỳ năm trước, tổng mức bán lẻ hàng hóa đạt 170,1 tỷ đồng.\n"
    )
    assert run_rule("P105", text) == []
