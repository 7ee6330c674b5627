"""Multiples (``gấp/tăng N lần``) and increments (``tăng thêm C``) between two stated values."""

from __future__ import annotations

import pytest

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.breakdowns import find_breakdowns
from lint.relations.percentages import find_percent_claims
from tests.conftest import run_rule

MULTIPLES = [
    "Doanh thu đạt 120 tỷ đồng, gấp 3 lần năm 2020 (40 tỷ đồng).",
    "Doanh thu đạt 120 tỷ đồng, tăng gấp 3 lần so với năm 2020 (năm 2020 đạt 40 tỷ đồng).",
    "Doanh thu tăng từ 40 tỷ đồng năm 2020 lên 120 tỷ đồng năm 2025, gấp 3 lần.",
    "Doanh thu đạt 120 tỷ đồng, tăng 3 lần so với cùng kỳ (cùng kỳ đạt 40 tỷ đồng).",
    "Doanh thu năm 2020 đạt 40 tỷ đồng. Doanh thu năm 2025 đạt 120 tỷ đồng, gấp 3 lần năm 2020.",
    # the multiple first, then the two values
    "Doanh thu tăng gấp 3 lần, từ 40 tỷ đồng lên 120 tỷ đồng.",
]

INCREMENTS = [
    "Năm 2024 toàn tỉnh có 120 hợp tác xã. Năm 2025 có 135 hợp tác xã, tăng thêm 15 hợp tác xã.",
    "Số hợp tác xã đạt 135 hợp tác xã, tăng thêm 15 hợp tác xã so với năm 2024 (120 hợp tác xã).",
    "Năm 2024 toàn huyện còn 120 hộ nghèo. Năm 2025 còn 105 hộ nghèo, giảm 15 hộ.",
]


def times(text: str) -> list[tuple[str, str, str]]:
    document = read_document("report.md", text.encode("utf-8"))
    return [
        (c.percent.literal, c.value.literal, c.base.literal if c.base else "")
        for c in find_percent_claims(document, extract(document))
        if c.kind == "times"
    ]


def sums(text: str) -> list[tuple[str, list[str]]]:
    document = read_document("report.md", text.encode("utf-8"))
    return [
        (b.total.literal, [p.literal for p in b.parts])
        for b in find_breakdowns(document, extract(document))
    ]


@pytest.mark.parametrize("text", MULTIPLES)
def test_multiples_are_read_and_checked(text: str) -> None:
    assert times(text) == [("3", "120", "40")]
    assert run_rule("P105", text) == []
    wrong = text.replace("gấp 3", "gấp 4").replace("tăng 3", "tăng 4")
    found = run_rule("P105", wrong)
    assert len(found) == 1
    assert wrong[found[0].span.start : found[0].span.end] == "4"
    assert "120 / 40 = 3,00 ≠ 4 lần" in found[0].notes[0].en


def test_tang_n_lan_is_read_as_n_or_n_plus_one() -> None:
    text = "Doanh thu đạt 120 tỷ đồng, tăng {n} lần so với cùng kỳ (cùng kỳ đạt 40 tỷ đồng)."
    assert run_rule("P105", text.format(n="2")) == []
    assert run_rule("P105", text.format(n="3")) == []
    found = run_rule("P105", text.format(n="5"))
    assert len(found) == 1
    assert found[0].notes[0].en == "120 / 40 = 3,00 ≠ 5 lần (tăng 5 lần: ×5 or ×6)"
    text = "Doanh thu tăng từ 40 tỷ đồng lên 120 tỷ đồng, tăng {n} lần."
    assert run_rule("P105", text.format(n="2")) == []
    assert len(run_rule("P105", text.format(n="5"))) == 1
    assert len(run_rule("P105", text.replace("tăng {n}", "gấp {n}").format(n="2"))) == 1


def test_a_multiple_holds_within_the_rounding_of_n() -> None:
    assert run_rule("P105", "Doanh thu đạt 130 tỷ đồng, gấp 3 lần năm 2020 (40 tỷ đồng).") == []
    found = run_rule("P105", "Doanh thu đạt 150 tỷ đồng, gấp 3 lần năm 2020 (40 tỷ đồng).")
    assert len(found) == 1


@pytest.mark.parametrize("text", INCREMENTS)
def test_increments_are_read_and_checked(text: str) -> None:
    assert len(sums(text)) == 1
    assert run_rule("S101", text) == []
    wrong = text.replace("15 h", "16 h")
    found = run_rule("S101", wrong)
    assert len(found) == 1
    spans = {wrong[found[0].span.start : found[0].span.end]}
    spans.update(wrong[r.span.start : r.span.end] for r in found[0].related)
    assert "16" in spans


def test_weak_evidence_is_not_read() -> None:
    assert times("Doanh thu đạt 120 tỷ đồng, gấp 3 lần năm 2020.") == []
    # a plan, another indicator, another year: not the compared value
    text = "Dự toán năm 2020 là 40 tỷ đồng. Doanh thu năm 2025 đạt 120 tỷ đồng, gấp 3 lần năm 2020."
    assert times(text) == []
    text = "Chi đầu tư năm 2020 đạt 40 tỷ đồng. Doanh thu năm 2025 đạt 120 tỷ đồng, gấp 3 lần năm 2020."
    assert times(text) == []
    text = "Năm 2023 có 100 hợp tác xã. Năm 2025 có 135 hợp tác xã, tăng thêm 15 hợp tác xã."
    assert sums(text) == []
    # occurrences counted in "lần": "tăng 2 lần" is two more times
    text = "Tổ chức kiểm tra 10 lần, tăng 2 lần so với cùng kỳ (cùng kỳ 8 lần)."
    assert times(text) == []
    # an increment against a plan is another relation
    text = "Năm 2024 có 120 hợp tác xã. Năm 2025 có 135 hợp tác xã, tăng 15 hợp tác xã so với kế hoạch."
    assert sums(text) == []


def test_a_rate_before_the_two_values() -> None:
    text = "Diện tích lúa chất lượng cao tăng {p}%, từ 1.200 ha lên 1.500 ha."
    assert run_rule("P105", text.format(p="25")) == []
    (found,) = run_rule("P105", text.format(p="20"))
    assert found.notes[0].en == "1.500 / 1.200 × 100 − 100 = 25,00% ≠ 20%"
    text = "Số hộ nghèo giảm {p}%, từ 1.250 hộ xuống còn 1.000 hộ."
    assert run_rule("P105", text.format(p="20")) == []
    assert len(run_rule("P105", text.format(p="25"))) == 1
    # "bằng N lần" before the values names no direction: not read
    assert run_rule("P105", "Doanh thu bằng 2 lần, từ 40 tỷ đồng lên 120 tỷ đồng.") == []
