"""C107 plan-period-length: a count of years and the calendar years of the period it names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import run_rule

CONSISTENT = [
    "Tổng kết Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 của tỉnh.",
    "Xây dựng Chiến lược phát triển 10 năm 2021-2030 của ngành.",
    "Đánh giá kế hoạch 5 năm giai đoạn 2016-2020 của huyện.",
    "Kế hoạch đầu tư công trung hạn 5 năm (2021 - 2025) được giao đủ vốn.",
    "Tốc độ tăng trưởng bình quân trong 3 năm 2023–2025 đạt 7,5%.",
    "Kế hoạch 05 năm giai đoạn 2026 – 2030 đã được thông qua.",
    "Kế hoạch năm năm 2021-2025 và chiến lược mười năm 2021-2030 của tỉnh.",
    "Kế hoạch tài chính 3 năm: 2024-2026 của huyện.",
    "Kế hoạch 5 năm (giai đoạn 2021 - 2025) của xã.",
    "Kế_hoạch 5 năm giai_đoạn 2011-2015 của tỉnh.",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_periods_are_silent(text: str) -> None:
    assert run_rule("C107", text) == []


@pytest.mark.parametrize(
    ("text", "count", "period", "years"),
    [
        ("Thực hiện kế hoạch 5 năm 2021-2026 của huyện.", "5", "2021-2026", 6),
        ("Chiến lược 10 năm 2021 - 2031 của tỉnh.", "10", "2021 - 2031", 11),
        ("Kế hoạch 05 năm giai đoạn 2016-2021.", "05", "2016-2021", 6),
        ("Vốn đầu tư công trung hạn 5 năm (2021 - 2024) của tỉnh.", "5", "2021 - 2024", 4),
        ("Tăng trưởng bình quân trong 3 năm 2023–2027 đạt 7%.", "3", "2023-2027", 5),
        ("Kế hoạch năm năm 2021-2026 của tỉnh.", "năm", "2021-2026", 6),
    ],
)
def test_a_wrong_count_is_reported_at_the_count(
    text: str, count: str, period: str, years: int
) -> None:
    found = run_rule("C107", text)
    assert len(found) == 1
    finding = found[0]
    assert text[finding.span.start : finding.span.end] == count
    assert len(finding.related) == 1
    related = text[finding.related[0].span.start : finding.related[0].span.end]
    assert related.replace("–", "-") == period
    first, last = period.replace(" ", "").split("-")
    computation = f"{last} − {first} + 1 = {years}"
    assert finding.label is not None and finding.label.en == computation
    value = int(count) if count.isdigit() else 5  # "năm" (five)
    assert finding.notes[0].en == f"calendar years of {period}: {computation} ≠ {value}"
    assert finding.suggestion is not None
    assert f"{count} → {years}" in finding.suggestion.en


def test_the_suggestion_names_both_fixes() -> None:
    found = run_rule("C107", "Kế hoạch 5 năm 2021-2026 của huyện.")
    assert found[0].suggestion is not None
    assert found[0].suggestion.en == (
        "check the count or the period: 5 → 6, or 2021-2026 → 2021-2025 or 2022-2026?"
    )
    assert found[0].suggestion.vi == (
        "kiểm tra số năm hoặc giai đoạn: 5 → 6, hay 2021-2026 → 2021-2025 hoặc 2022-2026?"
    )
    assert "6" in found[0].message.vi and "2021-2026" in found[0].message.vi


@pytest.mark.parametrize(
    "text",
    [
        # approximate counts and bounds
        "Sau hơn 5 năm 2016-2022 triển khai, chương trình đạt kết quả.",
        "Trên 10 năm 2010-2021 tỉnh đã đầu tư mạnh cho giao thông.",
        "Gần 5 năm (2019-2024) chờ giải phóng mặt bằng.",
        "Khoảng 3 năm 2020-2024 dự án bị đình trệ.",
        "Dưới 2 năm 2022-2024 công trình đã xong.",
        "Chưa đầy 1 năm 2023-2024 đã hoàn thành.",
        # years gained or lost over the period, not its length
        "Tuổi thọ trung bình tăng 2 năm (2020 - 2025).",
        "Tiến độ dự án chậm 2 năm (2021-2025) so với kế hoạch.",
        "Dự án kéo dài thêm 3 năm 2021-2025.",
        # a term of office or a course: the years elapsed, where no plan is named
        "Ban Chấp hành nhiệm kỳ 5 năm (2020 - 2025) đã họp 20 kỳ.",
        "Lớp bồi dưỡng khóa học 2 năm (2023 - 2025) có 40 học viên.",
        # years elapsed between two dates, after a word of elapsed time
        "Sau 10 năm (2010 - 2020), huyện đạt chuẩn nông thôn mới.",
        "Tròn 5 năm 2019-2024 kể từ ngày thành lập.",
        # a range of counts
        "Thời gian thực hiện từ 3 đến 5 năm 2021-2027 tùy dự án.",
        "Thời gian thực hiện 3-5 năm 2021-2027 tùy dự án.",
        # an anniversary counts the years between the dates
        "Kỷ niệm 50 năm (1975 - 2025) ngày giải phóng hoàn toàn miền Nam.",
        "Chặng đường 30 năm 1986 - 2016 đổi mới của tỉnh.",
        # words between the count and the period
        "Sau 5 năm thực hiện Kế hoạch 2016-2020, huyện đạt nhiều kết quả.",
        "Dự án kéo dài 5 năm, từ 2020 đến 2026.",
        # durations without a period, a school year, a class
        "Thời gian thực hiện dự án là 5 năm.",
        "Năm học 2024-2025 có 12 năm học sinh giỏi.",
        "Học sinh lớp 12 năm 2019-2020 đỗ tốt nghiệp 98%.",
        # a decimal count, a count inside a larger figure
        "Bình quân 2,5 năm 2021-2025 mỗi dự án.",
        "Có 1.205 năm 2021-2023 công lao động.",
        # not two years
        "Tăng 5 năm 15-20 lần.",
        "Kế hoạch 5 năm 2025-2021 bị viết ngược.",
    ],
)
def test_what_is_not_a_plan_period_is_left_alone(text: str) -> None:
    assert run_rule("C107", text) == []


def test_elapsed_words_are_read_both_ways_only_when_the_elapsed_years_agree() -> None:
    assert run_rule("C107", "Qua 5 năm 2016-2020, huyện đã hoàn thành các chỉ tiêu.") == []
    assert run_rule("C107", "Qua 5 năm 2016-2021, huyện đã hoàn thành các chỉ tiêu.") == []
    found = run_rule("C107", "Qua 5 năm 2016-2022, huyện đã hoàn thành các chỉ tiêu.")
    assert len(found) == 1 and "7 calendar years" in found[0].message.en


def test_a_plan_counts_both_ends_even_when_the_elapsed_years_agree() -> None:
    for text in [
        "Kế hoạch 5 năm 2021-2026 của huyện.",
        "Thực hiện 5 năm giai đoạn 2021-2026.",
        "Vốn trung hạn 5 năm (2021 - 2026).",
    ]:
        assert len(run_rule("C107", text)) == 1, text
    # neither reading: reported without a plan word
    assert len(run_rule("C107", "Khóa học 2 năm (2023 - 2026) có 40 học viên.")) == 1


def test_tables_are_read() -> None:
    text = (
        "| Chỉ tiêu | Kế hoạch 5 năm 2021-2026 | Thực hiện |\n|---|---:|---:|\n"
        "| GRDP (%) | 7,5 | 7,2 |\n"
    )
    found = run_rule("C107", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "5"
    assert run_rule("C107", text.replace("2026", "2025")) == []


_SHAPES = [
    "Kế hoạch phát triển kinh tế - xã hội {n} năm {a}-{b} của tỉnh.",
    "Chiến lược {n} năm {a} - {b} của ngành.",
    "Kế hoạch {n} năm giai đoạn {a} – {b}.",
    "Vốn đầu tư công trung hạn {n} năm ({a} - {b}) đã giao.",
    "Bình quân trong {n} năm: {a}-{b} đạt 7%.",
]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1950, max_value=2090),
    st.integers(min_value=2, max_value=10),
    st.sampled_from(_SHAPES),
    st.booleans(),
    st.integers(min_value=0, max_value=99),
)
def test_generated_periods(first: int, years: int, shape: str, zero: bool, pick: int) -> None:
    count = f"{years:02d}" if zero else str(years)
    last = first + years - 1
    assert run_rule("C107", shape.format(n=count, a=first, b=last)) == []
    # one digit of the count or of a year changed
    printed = f"{count}|{first}|{last}"
    position = pick % len(printed)
    if printed[position] == "|":
        position -= 1
    digit = str((int(printed[position]) + 1 + pick % 9) % 10)
    changed = printed[:position] + digit + printed[position + 1 :]
    n, a, b = changed.split("|")
    found = run_rule("C107", shape.format(n=n, a=a, b=b))
    expected = int(n) >= 1 and 1900 <= int(a) < int(b) <= 2100
    # the years elapsed (b − a) are a plan's length only where a plan is named
    if int(n) == int(b) - int(a) and shape.startswith("Bình quân"):
        expected = False
    assert len(found) == (1 if expected else 0), changed
    if found:
        text = shape.format(n=n, a=a, b=b)
        assert text[found[0].span.start : found[0].span.end] == n


def test_the_plan_documents_of_the_corpus_are_consistent(corpus: Path) -> None:
    dev = corpus / "dev"
    if not dev.is_dir():
        pytest.skip("no dev corpus")
    for path in sorted([*corpus.glob("*.md"), *dev.glob("*.md"), *dev.glob("*.txt")]):
        if path.name != "README.md":
            assert run_rule("C107", path.read_text(encoding="utf-8"), path.name) == [], path
