from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule


def test_blank_number_and_day_are_noted_at_info() -> None:
    found = run_rule("D101", "Số:      /BC-UBND\n\nHà Nội, ngày    tháng 6 năm 2024\n")
    assert [d.severity.value for d in found] == ["info", "info"]


def test_filled_in_document_is_silent() -> None:
    assert run_rule("D101", "Số: 125/BC-UBND\n\nHà Nội, ngày 20 tháng 6 năm 2024\n") == []
    assert run_rule("D101", "Căn cứ Nghị quyết số 42/NQ-CP ngày 09/4/2020.") == []


def test_corpus(corpus: Path) -> None:
    text = (corpus / "kien-tuong-2020-h1.md").read_text(encoding="utf-8")
    assert len(run_rule("D101", text, "kien-tuong-2020-h1.md")) == 2


def test_the_same_month_last_year_is_no_blank_date() -> None:
    text = "Doanh thu tháng 10 bằng 112,6% so với cùng tháng năm trước."
    assert run_rule("D101", text) == []
    assert len(run_rule("D101", "Hà Nội, ngày 20 tháng    năm 2024")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kinh phí chi trả trợ cấp hằng tháng năm 2023 là 68.448 triệu đồng.",
        "Số liệu các tháng năm 2024 được cập nhật thường xuyên.",
        "Kinh phí chi trả mỗi tháng năm 2025 khoảng 5,7 tỷ đồng.",
    ],
)
def test_every_month_of_a_year_is_no_blank_date(text: str) -> None:
    assert run_rule("D101", text) == []
