from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from lint.arithmetic import Figure
from lint.numbers.scan import extract
from lint.read import read_document
from lint.relations.production import (
    find_area_yield_production,
    find_rate_outliers,
    quantity_figure,
)
from tests.conftest import quantities


def relations(text: str):  # type: ignore[no-untyped-def]
    doc = read_document("report.md", text.encode("utf-8"))
    extraction = extract(doc)
    return find_area_yield_production(doc, extraction), find_rate_outliers(doc, extraction)


def test_area_of_a_done_plan_pair_is_the_done_part() -> None:
    (found,), _ = relations("Gieo sạ được 1.200/1.180 ha. Năng suất 60 tạ/ha. Sản lượng 7.200 tấn.")
    assert found.area.value == 1200
    assert found.computed.contains(7200)
    assert found.area_needed().contains(1200)
    assert found.yield_needed().contains(60)


def test_only_area_yield_production_in_that_order() -> None:
    found, _ = relations("Sản lượng 7.200 tấn, diện tích 1.200 ha, năng suất 60 tạ/ha.")
    assert found == []


def test_rate_outlier_reading() -> None:
    _, (outlier,) = relations(
        "Lãi 18.430 triệu đồng/ha; A 1,25 triệu đồng/ha; B 2,59 triệu đồng/ha."
    )
    assert outlier.reading == "18,430"
    assert outlier.slip == "separator"
    assert outlier.factor == 1000


def test_quantity_figure_keeps_precision_and_exactness() -> None:
    count, percent, amount = quantities("183 con, đạt 93%; thu 20,22 tỷ đồng")
    assert quantity_figure(count, "c") == Figure("c", "183", 0, exact=True)
    assert quantity_figure(percent, "p").interval.high == 94  # truncation accepted
    figure = quantity_figure(amount, "a")
    assert figure.value == Fraction(20220000000) and figure.scale_word


def test_corpus_relations(corpus: Path) -> None:
    path = corpus / "kien-tuong-2020-h1.md"
    doc = read_document(str(path), path.read_bytes())
    extraction = extract(doc)
    triples = [
        (r.area.numbers[0].text, r.yield_.literal, r.production.literal)
        for r in find_area_yield_production(doc, extraction)
    ]
    assert triples == [("14.494", "68", "98,587"), ("150", "78", "1.700")]
    assert [o.outlier.literal for o in find_rate_outliers(doc, extraction)] == ["18.430"]


def test_gso_table_relations_are_read_and_all_hold(corpus: Path) -> None:
    path = corpus / "gso-bieu-nong-nghiep-6-thang-2024.md"
    doc = read_document(str(path), path.read_bytes())
    found = find_area_yield_production(doc, extract(doc))
    # 6 crops × 3 columns (rows layout) + 2 years × 70 provinces and regions (columns layout)
    assert len(found) == 158
    assert all(r.computed.intersects(r.production.interval) for r in found)
    assert {(r.area_unit, r.production_unit, r.factor) for r in found} == {
        ("nghìn ha", "nghìn tấn", Fraction(1, 10))
    }
