"""Quantity forms of issue 2: exact value, interval of the printed precision, unit, kind, flags."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from lint.numbers.quantity import Quantity, QuantityKind
from lint.numbers.scan import extract
from lint.read import read_document


def found(text: str) -> list[Quantity]:
    return extract(read_document("report.md", text.encode("utf-8"))).quantities


def only(text: str) -> Quantity:
    quantities = found(text)
    assert len(quantities) == 1, [q.text for q in quantities]
    return quantities[0]


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "unit", "value", "low", "high"),
    [
        (
            "Tổng thu đạt 2.506 tỷ 437 triệu đồng.",
            "2.506 tỷ 437 triệu đồng",
            QuantityKind.AMOUNT,
            "đồng",
            F(2_506_437_000_000),
            F(2_506_436_500_000),
            F(2_506_437_500_000),
        ),
        (
            "Đạt 50,3% kế hoạch.",
            "50,3%",
            QuantityKind.PERCENT,
            "%",
            F(503, 10),
            F(5025, 100),
            F(5035, 100),
        ),
        (
            "Năng suất 68 tạ/ha.",
            "68 tạ/ha",
            QuantityKind.RATE,
            "tạ/ha",
            F(68),
            F(135, 2),
            F(137, 2),
        ),
        (
            "Hỗ trợ 3.500.000đ mỗi hộ.",
            "3.500.000đ",
            QuantityKind.AMOUNT,
            "đồng",
            F(3_500_000),
            F(3_499_999_5, 10),
            F(3_500_000_5, 10),
        ),
        (
            "Cho vay 01 tỷ đồng.",
            "01 tỷ đồng",
            QuantityKind.AMOUNT,
            "đồng",
            F(10**9),
            F(5 * 10**8),
            F(15 * 10**8),
        ),
        (
            "Thu 90,5 triệu đồng.",
            "90,5 triệu đồng",
            QuantityKind.AMOUNT,
            "đồng",
            F(90_500_000),
            F(90_450_000),
            F(90_550_000),
        ),
        (
            "Mức 5 nghìn đồng.",
            "5 nghìn đồng",
            QuantityKind.AMOUNT,
            "đồng",
            F(5000),
            F(4500),
            F(5500),
        ),
        ("Mức 7 ngàn đồng.", "7 ngàn đồng", QuantityKind.AMOUNT, "đồng", F(7000), F(6500), F(7500)),
        (
            "Vốn 1 tỷ 200 triệu đồng.",
            "1 tỷ 200 triệu đồng",
            QuantityKind.AMOUNT,
            "đồng",
            F(1_200_000_000),
            F(1_199_500_000),
            F(1_200_500_000),
        ),
        ("Tổng đàn 1.095 con.", "1.095 con", QuantityKind.COUNT, "con", F(1095), F(1095), F(1095)),
        (
            "Sản lượng 261.157,637 tấn.",
            "261.157,637 tấn",
            QuantityKind.MEASURE,
            "tấn",
            F(261_157_637, 1000),
            F(522_315_273, 2000),
            F(522_315_275, 2000),
        ),
        (
            "Tăng (+2,78%) so cùng kỳ.",
            "+2,78%",
            QuantityKind.PERCENT,
            "%",
            F(278, 100),
            F(2775, 1000),
            F(2785, 1000),
        ),
        (
            "Xây dựng 12 km đường.",
            "12 km",
            QuantityKind.MEASURE,
            "m",
            F(12_000),
            F(11_500),
            F(12_500),
        ),
    ],
)
def test_quantity_value_interval_unit(
    sentence: str, text: str, kind: QuantityKind, unit: str, value: F, low: F, high: F
) -> None:
    quantity = only(sentence)
    assert quantity.text == text
    assert quantity.kind is kind
    assert quantity.unit == unit
    assert quantity.value == value
    assert (quantity.interval.low, quantity.interval.high) == (low, high)


@pytest.mark.parametrize(
    ("sentence", "unit", "done", "total", "exact"),
    [
        ("Thu hoạch 14.494/14.485 ha.", "ha", F(14494), F(14485), False),
        ("Giải quyết 88/98 hồ sơ đúng hạn.", "hồ sơ", F(88), F(98), True),
        ("Giải ngân 6,33/62,93 tỷ đồng.", "đồng", F(6_330_000_000), F(62_930_000_000), False),
    ],
)
def test_pairs_done_total(sentence: str, unit: str, done: F, total: F, exact: bool) -> None:
    pair = only(sentence)
    assert pair.kind is QuantityKind.PAIR
    assert pair.unit == unit
    first, second = pair.parts
    assert (first.value, second.value) == (done, total)
    assert first.unit == second.unit == unit
    assert first.exact is exact and second.exact is exact


@pytest.mark.parametrize(
    ("sentence", "text", "unit", "done", "total"),
    [
        (
            "Thu ngân sách ước đạt 3.245 tỷ đồng/4.800 tỷ đồng.",
            "3.245 tỷ đồng/4.800 tỷ đồng",
            "đồng",
            F(3_245_000_000_000),
            F(4_800_000_000_000),
        ),
        (
            "Đã giải ngân 950 triệu đồng/1,2 tỷ đồng vốn được giao.",
            "950 triệu đồng/1,2 tỷ đồng",
            "đồng",
            F(950_000_000),
            F(1_200_000_000),
        ),
        (
            "Thu phí 2.000.000 đồng / 3 triệu đồng.",
            "2.000.000 đồng / 3 triệu đồng",
            "đồng",
            F(2_000_000),
            F(3_000_000),
        ),
        (
            "Vốn đầu tư 1,2 nghìn tỷ đồng/2 nghìn tỷ đồng.",
            "1,2 nghìn tỷ đồng/2 nghìn tỷ đồng",
            "đồng",
            F(1_200_000_000_000),
            F(2_000_000_000_000),
        ),
        ("Gieo trồng 120 ha/150 ha lúa.", "120 ha/150 ha", "ha", F(120), F(150)),
        (
            "Sản lượng 1,5 nghìn tấn/2 nghìn tấn.",
            "1,5 nghìn tấn/2 nghìn tấn",
            "tấn",
            F(1500),
            F(2000),
        ),
    ],
)
def test_pair_with_the_unit_written_on_both_sides(
    sentence: str, text: str, unit: str, done: F, total: F
) -> None:
    # each side keeps its own scale word: "950 triệu" is not read as 950 tỷ
    pair = only(sentence)
    assert pair.kind is QuantityKind.PAIR
    assert (pair.text, pair.unit) == (text, unit)
    first, second = pair.parts
    assert (first.value, second.value) == (done, total)
    assert first.unit == second.unit == unit


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "unit"),
    [
        ("Hỗ trợ 5 triệu đồng/người.", "5 triệu đồng/người", QuantityKind.RATE, "đồng/người"),
        ("Hỗ trợ 15 triệu đồng/ha.", "15 triệu đồng/ha", QuantityKind.RATE, "đồng/ha"),
        ("Giá thu mua 2.000 đồng/kg.", "2.000 đồng/kg", QuantityKind.RATE, "đồng/kg"),
        ("Tỷ giá 1 USD/23.000 đồng.", "1 USD", QuantityKind.AMOUNT, "USD"),
    ],
)
def test_rates_and_two_currencies_are_not_pairs(
    sentence: str, text: str, kind: QuantityKind, unit: str
) -> None:
    quantity = only(sentence)
    assert (quantity.text, quantity.kind, quantity.unit) == (text, kind, unit)


def test_count_nouns_on_both_sides_stay_two_counts() -> None:
    done, total = found("Đã bồi thường 86 hộ/100 hộ.")
    assert (done.value, done.unit, done.kind) == (86, "hộ", QuantityKind.COUNT)
    assert (total.value, total.unit, total.kind) == (100, "hộ", QuantityKind.COUNT)


def test_counted_pair_is_two_counts_of_different_things() -> None:
    cases, people = found("Phát hiện 21 vụ/9 đối tượng vi phạm.")
    assert (cases.value, cases.unit, cases.kind) == (21, "vụ", QuantityKind.COUNT)
    assert (people.value, people.unit, people.kind) == (9, "đối tượng", QuantityKind.COUNT)


def test_compound_amount_has_half_a_million_precision() -> None:
    amount = only("Thu 2.506 tỷ 437 triệu đồng.")
    assert amount.interval.width == F(1_000_000)
    assert "scaled" in amount.flags and "grouped" in amount.flags


def test_thousands_group_and_decimal_comma() -> None:
    assert only("Có 4.827.750.000 đồng.").value == 4_827_750_000
    decimal = only("Đạt 50,3%.")
    assert "decimal-comma" in decimal.flags and "grouped" not in decimal.flags


@pytest.mark.parametrize(
    ("sentence", "text", "flag", "value"),
    [
        ("Tăng 34.1% so với cùng kỳ.", "34.1%", "dot-decimal", F(341, 10)),
        ("Sản lượng lúa 98,587 tấn.", "98,587 tấn", "three-digit-decimal", F(98587, 1000)),
        (
            "Thu ngân sách 35. 126 triệu đồng.",
            "35. 126 triệu đồng",
            "split-number",
            F(35_126_000_000),
        ),
        ("Hỗ trợ 05 hộ nghèo.", "05 hộ", "leading-zero", F(5)),
    ],
)
def test_deviations_are_kept_as_flags(sentence: str, text: str, flag: str, value: F) -> None:
    quantity = only(sentence)
    assert quantity.text == text
    assert flag in quantity.flags
    assert quantity.value == value


def test_sentence_end_before_a_count_is_not_a_split_number() -> None:
    texts = [q.text for q in found("Toàn xã có 9. 126 hộ đăng ký.")]
    assert "9. 126 hộ" not in texts


def test_tỷ_lệ_is_a_rate_word_not_a_scale() -> None:
    quantity = only("Có 95 tỷ lệ hộ dùng nước sạch.")
    assert quantity.value == 95 and quantity.unit is None


def test_count_is_exact_and_measure_is_not() -> None:
    assert only("Cấp 120 hồ sơ.").exact
    assert not only("Gieo 120 ha.").exact


def test_negative_sign_is_kept() -> None:
    change = only("Chỉ số giảm -1,5% so với tháng trước.")
    assert change.value == F(-15, 10) and change.sign == -1 and "signed" in change.flags


def test_amount_per_count_is_two_quantities_each_with_its_own_text() -> None:
    document = read_document("report.md", "Tổng dư nợ ước đạt 48,6 tỷ/580 hộ vay.".encode())
    amount, count = extract(document).quantities
    assert (amount.text, amount.value) == ("48,6 tỷ", F(48_600_000_000))
    assert (count.text, count.value, count.unit) == ("580 hộ vay", F(580), "hộ vay")
    assert document.source.excerpt(amount.span) == "48,6 tỷ"
    assert document.source.excerpt(count.span) == "580 hộ vay"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Toàn huyện có 312 cán bộ.", "cán bộ"),
        ("Biên chế 48 công chức và 120 viên chức.", "công chức"),
        ("Kết nạp 27 đảng viên mới.", "đảng viên"),
        ("Triển khai tại 9 tỉnh miền núi.", "tỉnh"),
        ("Chương trình gồm 1.590 tiết học.", "tiết học"),
        ("Thành lập mới 14 hợp tác xã.", "hợp tác xã"),
        ("Ban hành 36 văn bản chỉ đạo.", "văn bản"),
    ],
)
def test_people_places_and_bodies_are_counted(sentence: str, unit: str) -> None:
    quantity = found(sentence)[0]
    assert quantity.kind is QuantityKind.COUNT and quantity.unit_text == unit


def test_a_qualified_household_stays_a_household() -> None:
    # "hộ nghèo" is a kind of "hộ": a part "10 hộ nghèo" of a total "50 hộ" keeps the unit
    assert only("Có 10 hộ nghèo.").unit_text == "hộ"


def test_a_comma_glued_to_a_word_still_separates_a_list() -> None:
    # "đại học,16" (no space after the comma) is a list; "1,5" stays one decimal figure
    assert [q.text for q in found("Có 5.215 đại học,16 thạc sĩ và 1,5 ha đất.")] == [
        "5.215",
        "16",
        "1,5 ha",
    ]
    assert [q.text for q in found("Mã số K,16 và đường 30,5 km.")] == ["30,5 km"]
