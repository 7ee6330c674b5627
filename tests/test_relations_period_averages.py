"""Averages per month, week or quarter of a total over the period the text names
(``lint/relations/period_averages.py``)."""

from __future__ import annotations

import pytest

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.averages import find_averages
from tests.conftest import run_rule

# (consistent paragraph, figure to change, changed figure)
CAUGHT = [
    (
        "Lũy kế 9 tháng doanh thu ước đạt 84.312,9 tỷ đồng, tăng 8,4% so với cùng kỳ; bình "
        "quân mỗi tháng đạt 9.368,1 tỷ đồng.",
        "9.368,1",
        "9.868,1",
    ),
    # a year named in the sentence: twelve months
    (
        "Tổng kinh phí chi trả trợ cấp hằng tháng năm 2025 là 72.624 triệu đồng, bình quân mỗi "
        "tháng 6.052 triệu đồng.",
        "72.624",
        "72.824",
    ),
    # the months said in the sentence before
    (
        "Trong 6 tháng đầu năm, toàn huyện tổ chức 8 đợt tiêm chủng. Số trẻ được tiêm chủng đầy "
        "đủ là 1.038 trẻ; bình quân mỗi tháng có 173 trẻ được tiêm chủng đầy đủ.",
        "173",
        "178",
    ),
    # weeks up to the end of week N
    (
        "Tính đến hết tuần 40, toàn tỉnh ghi nhận 2.180 ca mắc tay chân miệng, bình quân mỗi "
        "tuần 54,5 ca.",
        "54,5",
        "58,5",
    ),
]


@pytest.mark.parametrize(("text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    text: str, figure: str, changed: str
) -> None:
    assert run_rule("U104", text) == []
    wrong = text.replace(figure, changed, 1)
    (found,) = run_rule("U104", wrong)
    spans = {wrong[found.span.start : found.span.end]}
    spans.update(wrong[r.span.start : r.span.end] for r in found.related)
    assert any(changed in span for span in spans)
    assert "≠" in found.notes[0].en
    assert "tháng" in found.message.en or "tuần" in found.message.en


def averages(text: str) -> list[tuple[str, str, int]]:
    document = read_document("report.md", text.encode("utf-8"))
    return [
        (a.total.literal, a.average.literal, a.periods)
        for a in find_averages(document, extract(document))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # two periods named: which one?
        "Quý I đạt 300 tỷ đồng, 6 tháng đạt 720 tỷ đồng, 9 tháng đạt 1.080 tỷ đồng; bình quân "
        "mỗi tháng đạt 120 tỷ đồng.",
        # no period named
        "Doanh thu đạt 1.080 tỷ đồng; bình quân mỗi tháng đạt 120 tỷ đồng.",
        # the figures are far apart: another period than the words suggest
        "Lũy kế 9 tháng doanh thu đạt 1.080 tỷ đồng; bình quân mỗi tháng đạt 360 tỷ đồng.",
        # the total is in parentheses (last year's)
        "Trong 9 tháng, bình quân (cùng kỳ 1.080 tỷ đồng) mỗi tháng đạt 120 tỷ đồng.",
    ],
)
def test_other_averages_per_period_are_not_read(text: str) -> None:
    assert [a for a in averages(text) if a[2]] == []
