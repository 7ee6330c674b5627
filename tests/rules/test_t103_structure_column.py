from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "tables"
TABLE = (
    "| Chỉ tiêu | Năm 2024 | Cơ cấu (%) năm 2024 |\n|---|---:|---:|\n"
    "| TỔNG SỐ | 2.000 | 100,0 |\n| Nông nghiệp | 500 | {share} |\n| Dịch vụ | 1.500 | 75,0 |\n"
)


def test_share_that_is_not_value_over_total_is_flagged() -> None:
    text = TABLE.format(share="20,0")
    found = run_rule("T103", text)
    spans = [text[d.span.start : d.span.end] for d in found]
    assert spans == ["20,0"]  # the broken total of shares is explained by it
    assert "25,0" in found[0].message.vi


def test_matching_shares_pass() -> None:
    assert run_rule("T103", TABLE.format(share="25,0")) == []


def test_share_without_a_figure_behind_it_is_flagged() -> None:
    text = TABLE.format(share="25,0").replace(
        "| 1.500 | 75,0 |", "| 1.500 | 75,0 |\n| Khác | 0 | 5,0 |"
    )
    found = run_rule("T103", text)
    assert [text[d.span.start : d.span.end] for d in found] == ["5,0"]


def test_one_unit_of_slack_for_shares_forced_to_100() -> None:
    # 500 / 2000 = 25,0; GSO-style adjustment by one unit of the last digit is accepted
    assert run_rule("T103", TABLE.format(share="25,1").replace("75,0", "74,9")) == []


def test_fixture_shares_pass_and_a_changed_one_is_caught() -> None:
    text = (FIXTURES / "gdp-consistent.md").read_text(encoding="utf-8")
    assert run_rule("T103", text) == []
    changed = text.replace("| 830 | 33,20 |", "| 830 | 32,20 |")
    found = run_rule("T103", changed)
    assert [changed[d.span.start : d.span.end] for d in found] == ["32,20"]


@pytest.mark.parametrize(
    "name", ["gso-bieu-so-lieu-6-thang-2024.md", "gso-bieu-so-lieu-nam-2024.md"]
)
def test_corpus_has_no_finding(corpus: Path, name: str) -> None:
    text = (corpus / name).read_text(encoding="utf-8")
    assert run_rule("T103", text, name) == []


# a "Tỷ lệ (%)" column whose total row, at the bottom, prints 100: the rows' shares
SHARES_BELOW = """\
| Loại vi phạm | Số vụ | Số tiền phạt (triệu đồng) | Tỷ lệ theo số vụ (%) |
|---|---:|---:|---:|
| Hàng giả | 24 | 312 | 30,0 |
| Hàng nhập lậu | 18 | 540 | 22,5 |
| Vi phạm về giá | 22 | 96 | 27,5 |
| Vi phạm khác | 16 | 48 | 20,0 |
| **Tổng cộng** | **80** | **996** | **100** |
"""


def test_a_rate_column_totalling_100_is_a_share_column() -> None:
    assert run_rule("T103", SHARES_BELOW) == []
    changed = SHARES_BELOW.replace("| 22,5 |", "| 27,5 |")
    found = run_rule("T103", changed)
    assert [changed[d.span.start : d.span.end] for d in found] == ["27,5"]
    assert "18 ÷ 80" in found[0].message.en
    # "Tỷ lệ (%)" with two figure columns: whose share is not said
    bare = SHARES_BELOW.replace("Tỷ lệ theo số vụ (%)", "Tỷ lệ (%)")
    assert run_rule("T103", bare.replace("| 22,5 |", "| 27,5 |")) == []


def test_a_rate_column_its_rows_do_not_bear_out_is_not_a_share_column() -> None:
    # each row's own rate (cases settled), the total's rate 100 by coincidence
    rates = SHARES_BELOW.replace("| 30,0 |", "| 95,0 |").replace("| 22,5 |", "| 100 |")
    rates = rates.replace("| 27,5 |", "| 90,9 |").replace("| 20,0 |", "| 100 |")
    assert run_rule("T103", rates) == []


def test_three_rows_of_shares_one_of_them_wrong() -> None:
    three = (
        "| Phương pháp | Khối lượng (tấn/ngày) | Tỷ lệ (%) |\n|---|---:|---:|\n"
        "| Chôn lấp | 52,6 | 60,6 |\n| Đốt | 22,0 | 25,3 |\n| Ủ phân | 12,2 | 14,1 |\n"
        "| **Tổng số** | **86,8** | **100** |\n"
    )
    assert run_rule("T103", three) == []
    changed = three.replace("| 14,1 |", "| 19,1 |")
    assert [changed[d.span.start : d.span.end] for d in run_rule("T103", changed)] == ["19,1"]


def test_a_rate_of_each_rows_own_whole_is_no_share_column() -> None:
    # "Tỷ lệ vốn ngoài nước (%)": of each row's total, the total row not printing 100; that
    # the rows' rates equal their shares of the total's figure is a coincidence
    rates = (
        "| Nội dung | Vốn trong nước | Vốn ngoài nước | Tổng số | Tỷ lệ vốn ngoài nước (%) |\n"
        "|---|---:|---:|---:|---:|\n| TỔNG SỐ | 200 | 200 | 400 | 50,0 |\n"
        "| Huyện 1 | 100 | 100 | 200 | 50,0 |\n| Dự án 1-1 | 100 | 100 | 200 | 50,0 |\n"
        "| Huyện 2 | 100 | 100 | 200 | 50,0 |\n| Dự án 2-1 | 100 | 100 | 200 | 50,0 |\n"
    )
    assert run_rule("T103", rates) == []
