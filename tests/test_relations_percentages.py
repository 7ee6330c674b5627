from __future__ import annotations

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.percent_claims import PercentClaim
from lint.relations.percentages import find_percent_claims


def claims(text: str) -> list[tuple[str, str, str, str, int, str]]:
    document = read_document("report.md", text.encode("utf-8"))
    found: list[PercentClaim] = find_percent_claims(document, extract(document))
    return [
        (
            c.kind,
            c.percent.literal,
            c.value.literal,
            (c.base or c.change).literal if (c.base or c.change) else "",
            c.direction,
            c.comparison or c.base_source,
        )
        for c in found
    ]


def test_pair_ratio() -> None:
    assert claims("Giải quyết 242/670 việc có điều kiện, đạt 36,12%.") == [
        ("ratio", "36,12", "242", "670", 1, "pair")
    ]


def test_plan_index_and_growth() -> None:
    text = "Giá trị đạt 2.506 tỷ đồng, đạt 50,3% kế hoạch, bằng 103,5% so với cùng kỳ."
    assert claims(text) == [
        ("plan", "50,3", "2.506", "", 1, "kế hoạch"),
        ("index", "103,5", "2.506", "", 1, "cùng kỳ"),
    ]
    text = "Tổng thu 552,054 tỷ đồng, so với cùng kỳ tăng 2,3%; chi 12 tỷ đồng, giảm 4% so với cùng kỳ."
    assert claims(text) == [
        ("growth", "2,3", "552,054", "", 1, "cùng kỳ"),
        ("growth", "4", "12", "", -1, "cùng kỳ"),
    ]


def test_change_with_rate() -> None:
    text = "Dư nợ 200.171 triệu đồng, tăng 5.046 triệu đồng (+2,78%) so với đầu năm."
    assert claims(text) == [("change", "2,78", "200.171", "5.046", 1, "")]
    text = "Nợ quá hạn 343 triệu đồng, giảm 46 triệu đồng (tỷ lệ giảm 11,83%) so với đầu năm."
    assert claims(text) == [("change", "11,83", "343", "46", -1, "")]


def test_shares_with_explicit_named_and_enclosing_bases() -> None:
    text = "Trực tuyến 210 hồ sơ, chiếm tỷ lệ 58,99% (trong tổng số 356 hồ sơ)."
    assert claims(text) == [("ratio", "58,99", "210", "356", 1, "explicit")]
    text = "Cho vay 18.196 triệu đồng; thu nợ 12.789 triệu đồng, chiếm 70,28% doanh số cho vay."
    assert claims(text) == []  # "doanh số cho vay" is not written before 18.196
    text = "Doanh số cho vay 18.196 triệu đồng; thu nợ 12.789 triệu đồng, chiếm 70,28% doanh số cho vay."
    assert claims(text) == [("ratio", "70,28", "12.789", "18.196", 1, "named")]
    text = "Dư nợ 200.171 triệu đồng, trong đó nợ quá hạn 343 triệu đồng, chiếm tỷ lệ 0,17%."
    assert claims(text) == [("ratio", "0,17", "343", "200.171", 1, "trong đó")]


def test_attributes_and_unreadable_shares_are_skipped() -> None:
    text = "Dư nợ 200.171 triệu đồng với 5.069 khách hàng, hoàn thành 97,56% kế hoạch."
    assert claims(text) == [("plan", "97,56", "200.171", "", 1, "kế hoạch")]
    assert claims("Gạo 1.112,25 tấn, tỷ lệ 66,1%.") == []
