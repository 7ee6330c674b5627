"""Shapes read in issue 11's eleventh step: lengths of time as measured figures ("7,1 ngày",
"2,5 giờ", "6.588 giờ"), which were read as names of periods and so never checked."""

from __future__ import annotations

import pytest

from tests.conftest import assert_silent_then_caught, findings, quantities

CAUGHT = [
    # a length of time with decimals, its change and last year's value
    (
        "S101",
        "Số ngày điều trị nội trú trung bình là 6,8 ngày, giảm 0,4 ngày so với năm 2024 (7,2 "
        "ngày).",
        "7,2 ngày",
        "7,8 ngày",
    ),
    (
        "S101",
        "Thời gian giải quyết một hồ sơ đất đai bình quân còn 4,5 ngày, giảm 1,5 ngày so với "
        "cùng kỳ (6,0 ngày).",
        "4,5 ngày",
        "4,8 ngày",
    ),
    (
        "S101",
        "Thời gian mất điện bình quân của một khách hàng là 3,6 giờ, giảm 1,3 giờ so với năm "
        "2024 (4,9 giờ).",
        "1,3 giờ",
        "1,8 giờ",
    ),
    # thousands of hours split, with a share
    (
        "P101",
        "Tổng thời lượng phát thanh trong năm là 8.760 giờ, trong đó chương trình tự sản xuất "
        "là 2.190 giờ (chiếm 25,0%).",
        "25,0%",
        "28,0%",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


SILENT = [
    # small whole figures before ngày/giờ name a time or a period, not a length measured
    "Hội nghị khai mạc lúc 14 giờ ngày 15/3/2025, kéo dài 2 ngày.",
    "Trong 15 ngày, Ủy ban nhân dân xã tiếp nhận 42 hồ sơ, giải quyết 40 hồ sơ.",
    "Hồ sơ được giải quyết trong 03 ngày làm việc, giảm 02 ngày so với quy định (05 ngày).",
    # lengths of different things are not compared
    "Thời gian chờ khám bình quân 1,5 giờ; thời gian điều trị bình quân 6,2 ngày.",
]


@pytest.mark.parametrize("text", SILENT)
def test_nothing_is_raised(text: str) -> None:
    assert findings(text) == []


def test_lengths_of_time_are_measures_and_times_are_not() -> None:
    found = {
        q.text: (q.kind.name, q.unit)
        for q in quantities(
            "Bình quân 7,0 ngày/đợt điều trị; tổng 6.588 giờ phát sóng, 2,5 giờ mỗi ngày; "
            "họp lúc 14 giờ, trong 15 ngày."
        )
    }
    assert found["7,0 ngày/đợt"] == ("RATE", "ngày/đợt")
    assert found["6.588 giờ"] == ("MEASURE", "giờ")
    assert found["2,5 giờ"] == ("MEASURE", "giờ")
    assert not any(text.startswith(("14", "15")) for text in found)
