"""S104 stock-flow: the start of a period + its inflows − its outflows against its end."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.numbers.format import format_vi
from tests.conftest import assert_silent_then_caught, run_rule

CAUGHT = [
    # a fund: the balance at the start, what came in and went out, the balance at the end
    (
        "Quỹ khuyến học: số dư đầu năm 415,8 triệu đồng; trong năm vận động thu 326,4 triệu "
        "đồng, chi khen thưởng, học bổng 298,5 triệu đồng; số dư cuối năm 443,7 triệu đồng.",
        "326,4",
        "356,4",
    ),
    # a debt: new debt in, collected and written off out
    (
        "Nợ thuế đầu kỳ 12.845 triệu đồng; nợ phát sinh mới 4.210 triệu đồng; số đã thu nợ "
        "5.362 triệu đồng; số xóa nợ 318 triệu đồng; nợ cuối kỳ 11.375 triệu đồng.",
        "11.375",
        "11.875",
    ),
    # a register: the end first, the start in an aside of the year before, flows after
    (
        "Đến ngày 31/12/2025, toàn huyện có 214 hợp tác xã (cuối năm 2024: 198 hợp tác xã). "
        "Trong năm thành lập mới 23 hợp tác xã, giải thể 07 hợp tác xã.",
        "23 hợp",
        "28 hợp",
    ),
    # members under two names, a net change that is no flow
    (
        "Tổng số hội viên đến ngày 30/11/2025 là 12.608 người. Trong năm kết nạp mới 845 hội "
        "viên; giảm 213 hội viên do chuyển đi, từ trần; so với đầu năm (11.976 hội viên) tăng "
        "thực tế 632 người.",
        "213",
        "218",
    ),
    # flows said by a verb after the figure, the end of the year named by its number
    (
        "Đầu năm có 1.248 hộ cận nghèo. Trong năm có 186 hộ thoát cận nghèo, phát sinh 251 hộ "
        "cận nghèo. Cuối năm 2025 toàn xã còn 1.313 hộ cận nghèo.",
        "1.313",
        "1.318",
    ),
]


def test_the_nearest_verb_says_which_way_a_flow_goes() -> None:
    # "thoát" before "phát sinh" in one clause: 251 came in
    text = (
        "Đầu năm có 1.248 hộ cận nghèo. Trong năm có 186 hộ thoát cận nghèo, phát sinh 251 hộ "
        "cận nghèo. Cuối năm 2025 toàn xã còn 1.313 hộ cận nghèo."
    )
    assert run_rule("S104", text) == []
    # with "thu" and "thu nợ" at one place, what is collected goes out
    debt = (
        "Nợ đầu kỳ 2.450 triệu đồng; nợ phát sinh mới 820 triệu đồng; số đã thu nợ 1.130 triệu "
        "đồng; nợ cuối kỳ 2.140 triệu đồng."
    )
    assert run_rule("S104", debt) == []
    assert run_rule("S104", debt.replace("2.140", "2.190"))


@pytest.mark.parametrize(("text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught("S104", text, figure, changed)


def test_the_finding_shows_the_balance_and_the_likely_slip() -> None:
    text = CAUGHT[0][0].replace("326,4", "356,4")
    (found,) = run_rule("S104", text)
    assert found.notes[0].en == "415,8 + 356,4 − 298,5 = 473,7 ≠ 443,7 triệu đồng"
    assert found.suggestion is not None
    # figures printed in two scales are shown in one
    mixed = text.replace("415,8 triệu", "0,4158 tỷ")
    (found,) = run_rule("S104", mixed)
    assert found.notes[0].en == "415,8 + 356,4 − 298,5 = 473,7 ≠ 443,7 triệu đồng"


def test_figures_that_do_not_balance_by_far_are_not_read_as_a_balance() -> None:
    # no slip explains them: the figures are of different things
    text = (
        "Số dư quỹ đầu năm 415,8 triệu đồng; trong năm thu 1.326,4 triệu đồng, chi 298,5 triệu "
        "đồng; số dư cuối năm 143,7 triệu đồng."
    )
    assert run_rule("S104", text) == []


def test_one_flow_is_a_change_not_a_balance() -> None:
    text = "Số hộ nghèo đầu năm 412 hộ; trong năm giảm 96 hộ; cuối năm còn 326 hộ."
    assert run_rule("S104", text) == []


def test_a_target_in_parentheses_is_no_flow() -> None:
    text = (
        "Số hội viên đầu năm 4.770 người; kết nạp mới 186 hội viên (chỉ tiêu 150 hội viên); "
        "giảm 94 hội viên; hiện có 4.862 hội viên."
    )
    assert run_rule("S104", text) == []
    assert run_rule("S104", text.replace("4.862", "4.962"))


SHAPE = (
    "Số dư quỹ đầu năm {d} triệu đồng; trong năm thu {a} triệu đồng, chi {b} triệu đồng; số dư "
    "cuối năm {c} triệu đồng."
)
TENTHS = st.integers(min_value=1_000, max_value=9_999_999)


def money(tenths: int) -> str:
    return format_vi(tenths / 10, 1)  # type: ignore[arg-type]


def one_digit_changed(printed: str, position: int, step: int) -> str:
    """``printed`` with one of its digits (by ``position`` among them) replaced by another;
    never a leading zero."""
    places = [i for i, c in enumerate(printed) if c.isdigit()]
    at = places[position % len(places)]
    new = (int(printed[at]) + step) % 10
    if at == places[0] and new == 0:
        new = (new + 1) % 10 or 1
    return printed[:at] + str(new) + printed[at + 1 :]


@settings(max_examples=40, deadline=None)
@given(
    d=TENTHS,
    a=TENTHS,
    b=TENTHS,
    pick=st.sampled_from("dabc"),
    position=st.integers(0, 8),
    step=st.integers(1, 9),
)
def test_generated_balances_hold_and_one_changed_digit_is_caught(
    d: int, a: int, b: int, pick: str, position: int, step: int
) -> None:
    c = d + a - b
    assume(c >= 1_000)
    printed = {k: money(v) for k, v in {"d": d, "a": a, "b": b, "c": c}.items()}
    assert run_rule("S104", SHAPE.format(**printed)) == []
    changed = dict(printed)
    changed[pick] = one_digit_changed(printed[pick], position, step)
    # beyond the rounding of the four printed figures (each ± 0,05)
    tenths = {k: int(v.replace(".", "").replace(",", "")) for k, v in (printed, changed)[1].items()}
    before = int(printed[pick].replace(".", "").replace(",", ""))
    assume(abs(tenths[pick] - before) > 2)
    found = run_rule("S104", SHAPE.format(**changed))
    assert found, changed


def test_a_loan_balance_with_a_net_change_compared_after_it() -> None:
    # loans made in, repayments out, the balance at the end; "tăng … so với đầu năm" is the
    # net change, no flow
    assert_silent_then_caught(
        "S104",
        "Doanh số cho vay trong năm 1.284 tỷ đồng, doanh số thu nợ 916 tỷ đồng; tổng dư nợ đạt "
        "4.512 tỷ đồng, tăng 368 tỷ đồng (tăng 8,9%) so với đầu năm (đầu năm 4.144 tỷ đồng).",
        "916",
        "976",
    )
