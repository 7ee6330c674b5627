"""Plan periods and their length (``relations/periods.py``, read by C107)."""

from __future__ import annotations

import pytest

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.periods import PlanPeriod, find_plan_periods


def periods(text: str) -> list[PlanPeriod]:
    document = read_document("report.md", text.encode("utf-8"))
    return find_plan_periods(document, extract(document))


@pytest.mark.parametrize(
    ("text", "count", "first", "last"),
    [
        ("kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025", 5, 2021, 2025),
        ("Chiến lược 10 năm 2021-2030", 10, 2021, 2030),
        ("kế hoạch 5 năm giai đoạn 2016-2020", 5, 2016, 2020),
        ("đầu tư công trung hạn 5 năm (2021 - 2025)", 5, 2021, 2025),
        ("trong 3 năm 2023–2025", 3, 2023, 2025),
        ("kế hoạch 05 năm (giai đoạn 2026-2030)", 5, 2026, 2030),
        ("kế hoạch tài chính 3 năm: 2024 - 2026", 3, 2024, 2026),
        ("kế hoạch năm năm 2021-2025", 5, 2021, 2025),
        ("chiến lược mười năm 2021 - 2030", 10, 2021, 2030),
        ("Kế_hoạch 5 năm giai_đoạn 2011-2015", 5, 2011, 2015),
    ],
)
def test_each_shape_is_read(text: str, count: int, first: int, last: int) -> None:
    found = periods(text)
    assert [(p.count, p.first, p.last) for p in found] == [(count, first, last)]
    period = found[0]
    assert period.agrees and period.years == last - first + 1
    assert text[period.count_start : period.count_end] == period.count_text
    assert text[period.range_start : period.range_end].replace("–", "-") == period.range_text


def test_a_disagreeing_period_and_the_ranges_of_its_count() -> None:
    (period,) = periods("kế hoạch 5 năm 2021-2026")
    assert not period.agrees and period.years == 6
    assert period.ranges_of_count == ("2021-2025", "2022-2026")


@pytest.mark.parametrize(
    "text",
    [
        "hơn 5 năm 2016-2022",
        "trên 10 năm 2010-2021",
        "gần 5 năm (2019-2024)",
        "khoảng 3 năm 2020-2024",
        "hàng chục năm 1990-2020",
        "xấp xỉ 3 năm 2020-2024",
        "Kỷ niệm 50 năm (1975 - 2025)",
        "sau 5 năm thực hiện 2016-2020",
        "lớp 12 năm 2019-2020",
        "thứ năm năm 2021-2025",
        "3,5 năm 2021-2025",
        "5 năm 2025-2021",
        "5 năm 1850-1854",
    ],
)
def test_what_is_not_read(text: str) -> None:
    assert periods(text) == []


def test_an_anniversary_word_counts_only_in_its_own_sentence() -> None:
    text = "Lễ kỷ niệm đã tổ chức. Kế hoạch 5 năm 2021-2025 được thông qua."
    assert [p.count for p in periods(text)] == [5]
