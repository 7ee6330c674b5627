"""U104 average-per-unit: an average against the total and the count stated before it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi
from tests.conftest import run_rule

# (text with {t} {n} {a}, consistent values, the total changed by one digit)
SHAPES = [
    (
        "Năm học 2024 - 2025, toàn huyện có {n} lớp tiểu học với {t} học sinh, bình quân {a} "
        "học sinh/lớp.",
        ("1.250", "42", "29,8"),
        "1.850",
    ),
    (
        "Trường có {t} em, chia thành {n} lớp; trung bình {a} em/lớp.",
        ("1.250", "42", "29,8"),
        "1.290",
    ),
    (
        "Diện tích tự nhiên {n} km2, dân số {t} người, mật độ dân số {a} người/km2.",
        ("56.520", "125,6", "450"),
        "59.520",
    ),
    (
        "Hỗ trợ {n} hộ nghèo với tổng kinh phí {t} triệu đồng, bình quân {a} triệu đồng/hộ.",
        ("246", "120", "2,05"),
        "276",
    ),
    # the average per one named in words
    (
        "Toàn huyện có {n} lớp với {t} học sinh, bình quân mỗi lớp có {a} học sinh.",
        ("1.250", "42", "29,8"),
        "1.520",
    ),
    (
        "Xây dựng {t} km đường giao thông nông thôn tại {n} xã, bình quân mỗi xã {a} km.",
        ("18,5", "5", "3,7"),
        "13,5",
    ),
    # times the unit, and people per person
    (
        "Tổ chức {n} buổi tuyên truyền cho {t} lượt người nghe, bình quân {a} người/buổi.",
        ("14.520", "186", "78"),
        "17.520",
    ),
    (
        "Huyện tổ chức {n} giải thể thao với {t} lượt vận động viên, bình quân {a} vận động "
        "viên/giải.",
        ("3.860", "24", "161"),
        "3.460",
    ),
    (
        "Cho {n} lao động vay vốn với số tiền {t} tỷ đồng (mức vay bình quân {a} triệu "
        "đồng/người).",
        ("32,6", "326", "100"),
        "38,6",
    ),
    # a mass per hectare (read in tạ/ha) of a total in kg; delegations
    (
        "Sử dụng {t} kg phân bón cho {n} ha lúa, bình quân {a} kg/ha.",
        ("258.000", "2.150", "120"),
        "288.000",
    ),
    (
        "Có {n} đoàn đông người với {t} người, bình quân {a} người/đoàn.",
        ("124", "8", "15,5"),
        "184",
    ),
    (
        "Thu hoạch {t} ha lúa của {n} hộ, bình quân đạt {a} ha/hộ.",
        ("350", "140", "2,5"),
        "380",
    ),
]


@pytest.mark.parametrize(("shape", "values", "changed"), SHAPES)
def test_consistent_then_the_total_changed(
    shape: str, values: tuple[str, str, str], changed: str
) -> None:
    t, n, a = values
    assert run_rule("U104", shape.format(t=t, n=n, a=a)) == []
    (found,) = run_rule("U104", shape.format(t=changed, n=n, a=a))
    assert changed in found.notes[0].en and "≠" in found.notes[0].en


def test_the_computation_and_the_likely_slip_are_shown() -> None:
    text = "Toàn huyện có 42 lớp với 1.520 học sinh, bình quân 29,8 học sinh/lớp."
    (found,) = run_rule("U104", text)
    assert found.message.en == (
        "1.520 học sinh ÷ 42 lớp = 36,19 học sinh/lớp, but the report states 29,8 học sinh/lớp"
    )
    assert found.suggestion is not None and "1.250" in found.suggestion.en


def test_the_average_changed_is_named() -> None:
    text = "Diện tích tự nhiên 125,6 km2, dân số 56.520 người, mật độ dân số 650 người/km2."
    (found,) = run_rule("U104", text)
    assert found.suggestion is not None and "450" in found.suggestion.en


def test_an_average_cut_to_its_last_digit_passes() -> None:
    # 1.258 ÷ 42 = 29,95…: written 29,9 (cut) or 30,0 (rounded)
    for average in ("29,9", "30,0"):
        text = f"Toàn huyện có 42 lớp với 1.258 học sinh, bình quân {average} học sinh/lớp."
        assert run_rule("U104", text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the change of the average, not the average
        "Thu nhập tăng 12 triệu đồng, 40 lao động, bình quân tăng 0,9 triệu đồng/lao động.",
        # the total is a change
        "Số học sinh tăng 120 học sinh, 42 lớp, bình quân 29,8 học sinh/lớp.",
        # a whole and its part: the whole gives the average (2.350 ÷ 72 = 32,6)
        "Toàn huyện có 72 lớp với 2.350 học sinh, trong đó tiểu học 1.250 học sinh; bình "
        "quân 32,6 học sinh/lớp.",
        # a whole and its parts, the average in the part's clause
        "Tổng số 2.350 học sinh, 72 lớp; trong đó tiểu học 1.250 học sinh, 42 lớp, bình quân "
        "29,8 học sinh/lớp.",
        # several parts in the average's clause: which total is meant is not clear
        "Có 1.250 học sinh tiểu học và 980 học sinh THCS ở 42 lớp, bình quân 29,8 học sinh/lớp.",
        # over another unit than the count
        "Toàn huyện có 42 trường với 1.520 học sinh, bình quân 29,8 học sinh/lớp.",
        # per person per year: two units under the line
        "Sản lượng 52.400 tấn, dân số 109.167 người, bình quân 0,6 tấn/người/năm.",
        # the figures in another sentence
        "Toàn huyện có 42 lớp với 1.520 học sinh. Bình quân 29,8 học sinh/lớp ở vùng thấp.",
        # per person, over households
        "Hỗ trợ 120 hộ với tổng kinh phí 540 triệu đồng, bình quân 2,5 triệu đồng/người.",
        # the average per one of another noun
        "Xây dựng 18,5 km đường tại 5 xã, bình quân mỗi thôn 1,2 km.",
        # a comparison
        "Có 42 lớp với 1.520 học sinh, bình quân cao hơn năm trước 2,8 học sinh/lớp.",
    ],
)
def test_not_read(text: str) -> None:
    assert run_rule("U104", text) == []


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(min_value=5, max_value=400),
    mean_tenths=st.integers(min_value=50, max_value=900),
    data=st.data(),
)
def test_generated_averages(count: int, mean_tenths: int, data: st.DataObject) -> None:
    """Consistent paragraphs raise nothing; a total off by more than the rounding is caught."""
    total = count * mean_tenths // 10
    # the average to 0,1: cut or rounded
    tenths = data.draw(st.sampled_from([total * 10 // count, round(total * 10 / count)]))
    whole, tenth = divmod(tenths, 10)
    average_text = f"{format_vi(whole, 0)},{tenth}"
    text = "Toàn huyện có {n} lớp với {t} học sinh, bình quân {a} học sinh/lớp."
    assert run_rule("U104", text.format(n=count, t=format_vi(total, 0), a=average_text)) == []
    wrong = total + data.draw(st.sampled_from([-1, 1])) * max(count, total // 5)
    if wrong > 0:
        found = run_rule("U104", text.format(n=count, t=format_vi(wrong, 0), a=average_text))
        assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Tổng số thuê bao di động là {t} thuê bao, dân số 1.202.640 người, đạt 118,6 thuê "
            "bao/100 dân.",
            "1.426.350",
            "1.526.350",
        ),
        (
            "Toàn tỉnh có {t} giường bệnh, bình quân 12,5 giường bệnh/vạn dân (dân số trung "
            "bình năm 2024 là 1.216.000 người).",
            "1.520",
            "1.720",
        ),
    ],
)
def test_a_rate_per_so_many_people(text: str, right: str, wrong: str) -> None:
    assert run_rule("U104", text.format(t=right)) == []
    (found,) = run_rule("U104", text.format(t=wrong))
    assert "/100 dân" in found.message.en or "/vạn dân" in found.message.en


def test_people_counted_by_another_noun_over_households() -> None:
    text = "Thị trấn có 3.215 hộ với 12.480 nhân khẩu, bình quân 3,9 người/hộ."
    assert run_rule("U104", text) == []
    found = run_rule("U104", text.replace("3,9 người", "4,3 người"))
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        # the count's breakdown in parentheses is not the count
        (
            "Đã giải quyết tinh giản biên chế cho 41 người (nghỉ hưu trước tuổi 26 người, thôi "
            "việc ngay 15 người) với tổng kinh phí 5.318 triệu đồng, bình quân {a} triệu đồng/người.",
            "129,7",
            "189,7",
        ),
        # turns of people counted as people
        (
            "Trung tâm đã tổ chức 72 lớp tập huấn với 2.519 lượt nông dân tham gia, bình quân {a} "
            "người/lớp.",
            "35",
            "45",
        ),
    ],
)
def test_averages_past_a_breakdown_and_of_turns(text: str, right: str, wrong: str) -> None:
    assert run_rule("U104", text.format(a=right)) == []
    (found,) = run_rule("U104", text.format(a=wrong))
    assert wrong in found.message.en


def test_a_plan_in_parentheses_is_not_the_total() -> None:
    text = (
        "Toàn tỉnh có 2.450 hộ tham gia, đạt 98% kế hoạch (2.500 hộ), với tổng kinh phí 4.900 "
        "triệu đồng, bình quân 2 triệu đồng/hộ."
    )
    assert run_rule("U104", text) == []
    assert len(run_rule("U104", text.replace("bình quân 2 ", "bình quân 5 "))) == 1


def test_an_average_is_not_the_total_of_another() -> None:
    text = (
        "Bình quân toàn huyện đạt 17,35 tiêu chí nông thôn mới nâng cao/xã; 9 xã chưa đạt chuẩn "
        "nâng cao đạt bình quân 15 tiêu chí/xã."
    )
    assert run_rule("U104", text) == []
