"""Shares of a whole that only the figures agree on (lint/relations/agreed_wholes.py), through
P101 and P104."""

from __future__ import annotations

from tests.conftest import run_rule

VOTES = (
    "Đơn vị bầu cử số 2 có 7 người ứng cử để bầu 4 đại biểu; số phiếu hợp lệ là 2.416 phiếu.\n\n"
    "Những người trúng cử: Nguyễn Văn Hải 2.105 phiếu, đạt {a}%; Lê Thị Hoa 1.987 phiếu, đạt "
    "82,24%; Trần Văn Hùng 1.846 phiếu, đạt 76,41%.\n\n"
    "Ba người không trúng cử đạt lần lượt 1.021 phiếu (42,26%), 870 phiếu ({b}%) và 611 phiếu "
    "(25,29%).\n"
)


def test_votes_are_shares_of_the_valid_ballots() -> None:
    assert run_rule("P101", VOTES.format(a="87,13", b="36,01")) == []
    (found,) = run_rule("P101", VOTES.format(a="81,13", b="36,01"))
    assert "2.105 / 2.416" in found.notes[0].en
    (found,) = run_rule("P101", VOTES.format(a="87,13", b="39,01"))
    assert "870 / 2.416" in found.notes[0].en
    # shares of votes need not add up to 100
    assert run_rule("P104", VOTES.format(a="87,13", b="36,01")) == []


def test_rates_of_a_plan_are_not_shares_of_an_earlier_figure() -> None:
    text = (
        "Tổng vốn đầu tư 261.157 triệu đồng. Giá trị khối lượng thực hiện 141.143 triệu đồng, "
        "đạt 54% so với kế hoạch. Giá trị giải ngân 131.279 triệu đồng, đạt 50% so với kế hoạch."
    )
    assert run_rule("P104", text) == []
    assert run_rule("P101", text.replace("đạt 50%", "đạt 58%")) == []


def test_figures_agreeing_on_no_whole_are_not_read() -> None:
    text = (
        "Toàn huyện có 2.416 hộ. Các xã đạt lần lượt 1.021 hộ (38,5%), 870 hộ (61,2%) và 611 hộ "
        "(12,0%)."
    )
    assert run_rule("P101", text) == []
