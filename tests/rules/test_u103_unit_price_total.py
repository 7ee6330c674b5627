"""U103 unit-price-total: a count × the amount for one against the stated total."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi
from tests.conftest import run_rule

SHAPES = [
    "Nhân dịp Tết, huyện tặng {n} suất quà, mỗi suất trị giá {a} đồng, tổng trị giá {t} đồng.",
    "Hỗ trợ {n} hộ bị thiệt hại, mức hỗ trợ {a} đồng/hộ, tổng kinh phí {t} đồng.",
    "Chi trả trợ cấp cho {n} người với mức {a} đồng/người, tổng số tiền {t} đồng.",
    "Trang bị {n} máy tính cho các trường, mỗi máy {a} đồng, thành tiền {t} đồng.",
    # the total alone in parentheses after the amount for one
    "Quà của tỉnh {n} suất, mỗi suất {a} đồng ({t} đồng); quà của huyện 200 suất.",
]


def dotted(value: int) -> str:
    return format_vi(value, 0)


@pytest.mark.parametrize("shape", SHAPES)
def test_consistent_then_one_changed_figure(shape: str) -> None:
    text = shape.format(n="2.180", a="500.000", t="1.090.000.000")
    assert run_rule("U103", text) == []
    (found,) = run_rule("U103", text.replace("1.090.000.000", "1.190.000.000"))
    assert "= 1.090.000.000 đồng" in found.notes[0].en
    assert "1.190.000.000" in found.message.en


def test_the_total_in_a_larger_unit_and_a_rounded_amount() -> None:
    text = "Hỗ trợ 120 hộ, mức hỗ trợ bình quân 2 triệu đồng/hộ, tổng kinh phí {t} triệu đồng."
    assert run_rule("U103", text.format(t="240")) == []
    # an average "2 triệu" is 1,5–2,5 triệu: 120 hộ give 180–300 triệu
    assert run_rule("U103", text.format(t="290")) == []
    (found,) = run_rule("U103", text.format(t="340"))
    assert found.notes[0].en == "120 hộ × 2 triệu đồng/hộ = 240 triệu đồng ≠ 340 triệu đồng"


def test_a_support_level_is_exact() -> None:
    # "mức hỗ trợ 2 triệu đồng/hộ" is a norm, not a rounded figure: 120 hộ get 240 triệu
    text = "Hỗ trợ 120 hộ, mức hỗ trợ 2 triệu đồng/hộ, tổng kinh phí {t} triệu đồng."
    assert run_rule("U103", text.format(t="240")) == []
    (found,) = run_rule("U103", text.format(t="290"))
    assert found.notes[0].en == "120 hộ × 2 triệu đồng/hộ = 240 triệu đồng ≠ 290 triệu đồng"


def test_a_typing_slip_is_named() -> None:
    text = "Chi trả cho 45 người với mức 1.500.000 đồng/người, tổng số tiền 68,5 triệu đồng."
    (found,) = run_rule("U103", text)
    assert found.suggestion is not None and "68,5" in found.suggestion.en


@pytest.mark.parametrize(
    "text",
    [
        # the amount is per another noun
        "Hỗ trợ 120 hộ, mức hỗ trợ 2 triệu đồng/người, tổng kinh phí 340 triệu đồng.",
        "Hỗ trợ 120 người, mỗi hộ 2 triệu đồng, tổng kinh phí 340 triệu đồng.",
        # another figure between: the total may cover more than the packages
        "Tặng 2.180 suất quà, mỗi suất trị giá 500.000 đồng và 10 kg gạo, tổng trị giá "
        "1.190 triệu đồng.",
        # no amount for one
        "Hỗ trợ 120 hộ, tổng kinh phí 340 triệu đồng.",
        # the total is not introduced as one
        "Hỗ trợ 120 hộ, mức hỗ trợ 2 triệu đồng/hộ, trong đó ngân sách tỉnh 340 triệu đồng.",
    ],
)
def test_unclear_shapes_are_not_read(text: str) -> None:
    assert run_rule("U103", text) == []


@settings(max_examples=40, deadline=None)
@given(
    count=st.integers(min_value=2, max_value=5_000),
    price=st.integers(min_value=1, max_value=9_999).map(lambda k: k * 1_000),
    shape=st.sampled_from(SHAPES),
    digit=st.integers(min_value=0, max_value=20),
)
def test_generated_totals(count: int, price: int, shape: str, digit: int) -> None:
    """A consistent sentence raises nothing; one digit of the total changed is reported."""
    total = count * price
    text = shape.format(n=dotted(count), a=dotted(price), t=dotted(total))
    assert run_rule("U103", text) == []
    printed = dotted(total)
    places = [i for i, char in enumerate(printed) if char.isdigit()]
    at = places[digit % len(places)]
    changed = printed[:at] + str((int(printed[at]) + 1) % 10) + printed[at + 1 :]
    if changed.startswith("0") or abs(int(changed.replace(".", "")) - total) <= count / 2 + 1:
        return  # within the rounding of the amount printed to the đồng
    head, _, tail = text.rpartition(printed)  # the total is the last of the three
    found = run_rule("U103", head + changed + tail)
    assert [d.code for d in found] == ["U103"]


def test_corpus_has_no_finding(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.md")) + sorted(corpus.glob("*.txt")):
        assert run_rule("U103", path.read_text(encoding="utf-8"), path.name) == [], path.name


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("- Quà của huyện: 1.460 suất x 400.000 đồng = {t} triệu đồng;", ("584", "548")),
        ("Hỗ trợ 85 hộ × 3.000.000 đồng/hộ = {t} triệu đồng.", ("255", "225")),
        (
            "Đã tặng 640 suất quà Tết với tổng trị giá {t} triệu đồng (250.000 đồng/suất).",
            ("160", "180"),
        ),
    ],
)
def test_product_written_out_or_amount_after_the_total(text: str, wrong: tuple[str, str]) -> None:
    right, changed = wrong
    assert run_rule("U103", text.format(t=right)) == []
    found = run_rule("U103", text.format(t=changed))
    assert len(found) == 1 and right in found[0].message.vi


def test_words_naming_the_givers_between_the_count_and_the_amount() -> None:
    text = (
        "Tặng 1.460 suất quà của Chủ tịch nước và của tỉnh cho người có công, mức 300.000 "
        "đồng/suất, tổng kinh phí {t} triệu đồng."
    )
    assert run_rule("U103", text.format(t="438")) == []
    assert len(run_rule("U103", text.format(t="468"))) == 1
