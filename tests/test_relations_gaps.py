"""Gaps to a named reference (``cao hơn vụ trước 1,8 tạ/ha (vụ trước đạt 60,7 tạ/ha)``), changes
of rates in percentage points in more shapes, changes against the start of the year, and
scores in "điểm"."""

from __future__ import annotations

import pytest

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.breakdowns import find_breakdowns
from tests.conftest import quantities, run_rule

# (consistent sentence, figure to change, changed figure)
CAUGHT = [
    # a gap to a reference named before the gap, its value in parentheses
    (
        "Năng suất lúa bình quân đạt 62,5 tạ/ha, cao hơn vụ trước 1,8 tạ/ha (vụ trước đạt 60,7 tạ/ha).",
        "60,7",
        "61,7",
    ),
    (
        "Lợi nhuận của mô hình đạt 31,4 triệu đồng/ha, cao hơn 9,6 triệu đồng/ha so với ruộng "
        "đối chứng (21,8 triệu đồng/ha).",
        "9,6",
        "6,6",
    ),
    (
        "Số lao động được tạo việc làm là 1.245 người, ít hơn năm trước 86 người (năm trước 1.331 người).",
        "1.331",
        "1.361",
    ),
    # two rates and their gap in percentage points, past an aside on the value
    (
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 90,74% dân số (dân số 215.400 người), còn thấp hơn chỉ "
        "tiêu tỉnh giao 2,26 điểm phần trăm (chỉ tiêu 93%).",
        "2,26",
        "4,26",
    ),
    # a change in percentage points with an aside after the rate
    (
        "Tỷ lệ che phủ rừng đạt 43,2% (tính trên diện tích tự nhiên 52.410 ha), tăng 0,4 điểm "
        "phần trăm so với năm 2023 (42,8%).",
        "42,8",
        "41,8",
    ),
    # the change in parentheses, the earlier rate after "là"
    (
        "Tỷ lệ lao động qua đào tạo đạt 68,2% (tăng 2,1 điểm phần trăm so với năm 2023 là 66,1%).",
        "66,1",
        "65,1",
    ),
    # the earlier rate after a label and "đạt" in parentheses
    (
        "Tỷ lệ thu gom rác thải đạt 91,6%, tăng 2,9 điểm phần trăm so với năm 2023 (năm 2023 đạt 88,7%).",
        "2,9",
        "3,9",
    ),
    # a change against the start of the year, with the rate aside
    (
        "Tổng dư nợ cho vay đạt 3.412 tỷ đồng, tăng 287 tỷ đồng (tăng 9,2%) so với đầu năm "
        "(đầu năm 3.125 tỷ đồng).",
        "3.125",
        "3.175",
    ),
    (
        "Tổng dư nợ đạt 2.815 tỷ đồng, tăng 168 tỷ đồng so với đầu năm (đầu năm 2.647 tỷ đồng).",
        "168",
        "198",
    ),
    # scores in "điểm"
    (
        "Chỉ số cải cách hành chính đạt 84,65 điểm, tăng 2,35 điểm so với năm 2023 (82,30 điểm).",
        "82,30",
        "81,30",
    ),
]


@pytest.mark.parametrize(("text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    text: str, figure: str, changed: str
) -> None:
    assert run_rule("S101", text) == []
    wrong = text.replace(figure, changed, 1)
    (found,) = run_rule("S101", wrong)
    spans = {wrong[found.span.start : found.span.end]}
    spans.update(wrong[r.span.start : r.span.end] for r in found.related)
    assert any(changed in span for span in spans)
    assert "≠" in found.notes[0].en


def sums(text: str) -> list[tuple[str, list[str]]]:
    document = read_document("report.md", text.encode("utf-8"))
    return [
        (b.total.literal, [p.literal for p in b.parts])
        for b in find_breakdowns(document, extract(document))
    ]


def test_the_gap_reads_which_way() -> None:
    assert sums("Năng suất đạt 62,5 tạ/ha, cao hơn vụ trước 1,8 tạ/ha (vụ trước 60,7 tạ/ha).") == [
        ("62,5", ["60,7", "1,8"])
    ]
    assert sums("Năng suất đạt 58,9 tạ/ha, thấp hơn vụ trước 1,8 tạ/ha (vụ trước 60,7 tạ/ha).") == [
        ("60,7", ["58,9", "1,8"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the parenthesis names something else than the reference
        "Doanh thu đạt 120 tỷ đồng, cao hơn năm trước 15 tỷ đồng (chủ yếu từ du lịch 10 tỷ đồng).",
        # the aside is a rate of the gap, not the reference's value
        "Doanh thu đạt 120 tỷ đồng, cao hơn năm trước 15 tỷ đồng (tăng 14,3%).",
        # nothing named to compare with
        "Doanh thu đạt 120 tỷ đồng, cao hơn 15 tỷ đồng (105 tỷ đồng).",
        # another unit
        "Sản lượng đạt 120 tấn, cao hơn năm trước 15 ha (năm trước 105 ha).",
        # the value is not right before the comparison
        "Doanh thu đạt 120 tỷ đồng. Chi phí tăng mạnh, cao hơn năm trước 15 tỷ đồng (năm trước 105 tỷ đồng).",
    ],
)
def test_other_shapes_are_not_read_as_gaps(text: str) -> None:
    assert [s for s in sums(text) if s[0] in ("120", "105")] == []


def test_diem_is_a_score_but_not_percentage_points() -> None:
    found = quantities("Chỉ số đạt 84,65 điểm, tăng 2,35 điểm phần trăm, 1,2 điểm %.")
    assert [(q.literal, q.unit) for q in found] == [
        ("84,65", "điểm"),
        ("2,35", None),
        ("1,2", None),
    ]
