"""Citations of a document by number and date (``relations/citations.py``: C105, C108)."""

from __future__ import annotations

import pytest

from lint.read import read_document
from lint.relations.citations import Citation, find_citations, find_number_year_conflicts


def citations(text: str) -> list[Citation]:
    return find_citations(read_document("report.md", text.encode("utf-8")))


@pytest.mark.parametrize(
    ("text", "code", "year"),
    [
        ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020", "15/2020/NĐ-CP", 2020),
        ("Quyết định số 12/2007/QĐ-BKH ngày 15/3/2007", "12/2007/QĐ-BKH", 2007),
        ("Nghị quyết số 05/2024/NQ-HĐND ngày 12 tháng 7 năm 2024", "05/2024/NQ-HĐND", 2024),
        ("Luật số 47/2019/QH14 ngày 22/11/2019", "47/2019/QH14", 2019),
        ("Thông tư 02/2022/TT-BTC ngày 10/01/2022", "02/2022/TT-BTC", 2022),
        ("Quyết_định 555/2007/QĐ-BKH ngày 30/5/2007", "555/2007/QĐ-BKH", 2007),
    ],
)
def test_the_year_in_the_number(text: str, code: str, year: int) -> None:
    (citation,) = citations(text)
    assert citation.code == code and citation.number_year == year
    assert citation.attached
    start = citation.number_year_start
    assert text[start : start + 4] == str(year)
    assert text[citation.year_start : citation.end] == str(year)


def test_numbers_without_a_year_segment() -> None:
    (citation,) = citations("Quyết định số 123/QĐ-UBND ngày 15/3/2021")
    assert citation.number_year is None


@pytest.mark.parametrize(
    ("between", "attached"),
    [
        ("", True),
        (",", True),
        (" của UBND tỉnh", True),
        (" của Bộ Kế hoạch và Đầu tư", True),
        (" của Chính phủ,", True),
        (" ban hành", True),
        (" được ban hành", True),
        (" có hiệu lực từ", False),
        (" của Chính phủ có hiệu lực từ", False),
        (" được sửa đổi, bổ sung", False),
        (" hết hiệu lực", False),
        (" áp dụng đến", False),
    ],
)
def test_a_date_attached_to_the_number(between: str, attached: bool) -> None:
    (citation,) = citations(f"Nghị định số 15/2020/NĐ-CP{between} ngày 03/02/2020")
    assert citation.attached is attached


def test_conflicts_are_attached_citations_of_another_year() -> None:
    document = read_document(
        "report.md",
        (
            "Nghị định số 15/2020/NĐ-CP ngày 03/02/2021; Nghị định số 16/2020/NĐ-CP ngày "
            "03/02/2020; Nghị định số 17/2020/NĐ-CP có hiệu lực từ ngày 01/4/2021."
        ).encode(),
    )
    (conflict,) = find_number_year_conflicts(document)
    assert conflict.citation.code == "15/2020/NĐ-CP"
    assert (conflict.number_year, conflict.date_year) == (2020, 2021)
