"""Table understanding: columns, row hierarchy and the relations a table states."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.tables import TableModel, read_tables

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "tables"


def models(text: str) -> list[TableModel]:
    document = read_document("bieu.md", text.encode("utf-8"))
    return read_tables(document, extract(document))


def labels(rows) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.label for row in rows]


def test_columns_periods_and_roles() -> None:
    (model,) = models((FIXTURES / "gdp-consistent.md").read_text(encoding="utf-8"))
    roles = [(c.role, c.cumulative) for c in model.columns]
    assert roles == [
        ("label", False),
        ("value", False),
        ("value", False),
        ("value", True),
        ("share", False),
    ]
    q1, q2, six = (model.columns[i].period for i in (1, 2, 3))
    assert q1 is not None and q2 is not None and six is not None
    assert q1.months == frozenset({1, 2, 3}) and q2.months == frozenset({4, 5, 6})
    assert six.months == frozenset(range(1, 7)) and six.year == 2024
    assert [(r.target.index, [p.index for p in r.parts]) for r in model.cumulative] == [(3, [1, 2])]
    assert [(r.share.index, r.value.index, r.total.label) for r in model.shares] == [
        (4, 3, "tổng số")
    ]


def test_row_hierarchy_from_indentation_and_total_row() -> None:
    (model,) = models((FIXTURES / "gdp-consistent.md").read_text(encoding="utf-8"))
    groups = {(g.parent.label, g.how): labels(g.children) for g in model.groups}
    assert groups == {
        ("tổng số", "total"): ["nông nghiệp", "công nghiệp", "dịch vụ"],
        ("nông nghiệp", "indent"): ["trồng trọt", "chăn nuôi"],
    }


def test_subset_selection_and_partition_rows() -> None:
    (model,) = models((FIXTURES / "subset-and-selection.md").read_text(encoding="utf-8"))
    assert [(g.parent.label, labels(g.children)) for g in model.groups] == [
        ("tổng số", ["trung ương", "địa phương"])
    ]
    assert model.cumulative == []  # tháng 5 + tháng 6 is not "6 tháng"
    (population,) = models((FIXTURES / "population.md").read_text(encoding="utf-8"))
    assert [(g.how, labels(g.children)) for g in population.groups] == [
        ("partition", ["nam", "nữ"]),
        ("partition", ["thành thị", "nông thôn"]),
    ]
    rate = population.rows[-1]
    assert rate.label.startswith("tỷ lệ") and not rate.additive


def test_cells_missing_values_and_intervals() -> None:
    text = (
        "| | Năm 2023 | Năm 2024 |\n|---|---:|---:|\n| TỔNG SỐ | 1.234,5 | - |\n"
        "| A | x | 40.3 |\n| B | .. | 11,83 |\n"
    )
    (model,) = models(text)
    total, a, b = model.rows
    assert total.cells[1].value == Fraction(24690, 20) and total.cells[1].decimals == 1
    assert total.cells[2].value is None and not total.cells[2].text
    assert a.cells[1].value is None and a.cells[2].value == Fraction(403, 10)
    assert b.cells[2].interval.low == Fraction(11825, 1000)


def test_wrapped_label_and_repeated_page_header() -> None:
    text = (
        "| | Diện tích | Sản lượng |\n|---|---:|---:|\n"
        "| CẢ NƯỚC | 30,0 | 300,0 |\n"
        "| Miền Bắc |  |  |\n| và duyên hải | 10,0 | 100,0 |\n"
        "|   Tỉnh A | 6,0 | 60,0 |\n"
        "| 5. (Tiếp theo) Diện tích |  |  |\n|  | Diện tích | Sản lượng |\n"
        "|   Tỉnh B | 4,0 | 40,0 |\n"
        "| Miền Nam | 20,0 | 200,0 |\n|   Tỉnh C | 20,0 | 200,0 |\n"
    )
    (model,) = models(text)
    assert "miền bắc và duyên hải" in labels(model.rows)
    groups = {g.parent.label: labels(g.children) for g in model.groups}
    assert groups["cả nước"] == ["miền bắc và duyên hải", "miền nam"]
    assert groups["miền bắc và duyên hải"] == ["tỉnh a", "tỉnh b"]


def test_ratio_columns_find_their_base() -> None:
    text = (
        "| | Tháng 5 năm 2024 | Tháng 6 năm 2024 | 6 tháng năm 2024 "
        "| Tháng 6 năm 2024 so với (%) Tháng 5 năm 2024 "
        "| 6 tháng năm 2024 so với cùng kỳ năm 2023 (%) | 6 tháng năm 2023 |\n"
        "|---|---:|---:|---:|---:|---:|---:|\n| DN | 1 | 2 | 3 | 200,0 | 150,0 | 2 |\n"
    )
    (model,) = models(text)
    assert [(r.ratio.index, r.numerator.index, r.denominator.index) for r in model.ratios] == [
        (4, 2, 1),
        (5, 3, 6),
    ]


def test_gso_tables_are_read(corpus: Path) -> None:
    text = (corpus / "gso-bieu-so-lieu-6-thang-2024.md").read_text(encoding="utf-8")
    found = models(text)
    gdp = found[0]
    assert [g.parent.label for g in gdp.groups][:2] == ["tổng số", "nông, lâm nghiệp và thủy sản"]
    assert len(gdp.cumulative) == 1 and len(gdp.shares) == 3


_SELECTION_AFTER_PARTS = (
    "Tỷ đồng\n\n| | Tháng 3 năm 2024 | Tháng 4 năm 2024 |\n|---|---:|---:|\n"
    "| TỔNG SỐ | 1.000 | 1.200 |\n"
    "|   Trung ương | 300 | 400 |\n"
    "|     Trong đó: | | |\n"
    "|       Bộ Giao thông vận tải | 120 | 150 |\n"
    "|       Bộ Y tế | 30 | 45 |\n"
    "|   Địa phương | {local} | 800 |\n"
    "|       Cấp tỉnh | 500 | 560 |\n"
    "|       Cấp huyện | 200 | 240 |\n"
    "|   Phân theo một số tỉnh, thành phố | | |\n"
    "|       Hà Nội | 150 | 170 |\n"
    "|       Đà Nẵng | 60 | 70 |\n"
)


def test_a_selection_label_among_the_children_closes_their_breakdown() -> None:
    (model,) = models(_SELECTION_AFTER_PARTS.format(local="700"))
    assert [(g.parent.label, labels(g.children)) for g in model.groups] == [
        ("tổng số", ["trung ương", "địa phương"]),
        ("địa phương", ["cấp tỉnh", "cấp huyện"]),
    ]


def test_a_wrong_cell_before_a_selection_is_caught() -> None:
    from tests.conftest import run_rule

    # Địa phương breaks its own rows' sum and the total's: that cell is the one to fix
    text = _SELECTION_AFTER_PARTS.format(local="760")
    found = run_rule("T101", text)
    assert found and all(text[d.span.start : d.span.end] == "760" for d in found)
    # Trung ương is in the total's sum only, which the selection used to hide
    text = _SELECTION_AFTER_PARTS.format(local="700").replace("| 300 | 400 |", "| 390 | 400 |")
    (finding,) = run_rule("T101", text)
    spans = [finding.span, *(r.span for r in finding.related)]
    assert "390" in [text[span.start : span.end] for span in spans]
