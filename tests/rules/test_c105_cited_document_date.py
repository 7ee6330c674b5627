from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

TWICE = (
    "Căn cứ Quyết định số 456/QĐ-UBND ngày 20/5/2022 của UBND tỉnh về phân bổ vốn.\n\n"
    "Thực hiện Quyết định số 456/QĐ-UBND ngày {date}, huyện đã giao kế hoạch vốn cho các xã."
)


def test_same_date_is_silent() -> None:
    assert run_rule("C105", TWICE.format(date="20/5/2022")) == []
    assert run_rule("C105", TWICE.format(date="20 tháng 5 năm 2022")) == []


def test_other_date_is_caught_at_the_later_citation() -> None:
    text = TWICE.format(date="20/5/2023")
    found = run_rule("C105", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "20/5/2023"
    assert found[0].notes[0].vi == "cùng loại văn bản và số hiệu 456/QĐ-UBND: 20/5/2022 ≠ 20/5/2023"
    assert len(found[0].related) == 1


@pytest.mark.parametrize(
    "text",
    [
        # another type of document with the same number
        "Quyết định số 12/QĐ-UBND ngày 3/1/2024. Kế hoạch số 12/KH-UBND ngày 5/2/2024.",
        "Quyết định số 12/QĐ-UBND ngày 3/1/2024. Công văn số 12/QĐ-UBND ngày 5/2/2024.",
        # two people's committees number their decisions alike
        "Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh và Quyết định số 12/QĐ-UBND "
        "ngày 10/01/2025 của UBND huyện.",
        "Quyết định số 12/QĐ-UBND ngày 05/01/2024. Quyết định số 12/QĐ-UBND ngày 10/02/2024.",
        # another number
        "Nghị quyết số 05/2024/NQ-HĐND ngày 12/7/2024; Nghị quyết số 06/2024/NQ-HĐND ngày "
        "10/12/2024.",
    ],
)
def test_other_documents_are_not_compared(text: str) -> None:
    assert run_rule("C105", text) == []


def test_corpus_has_no_finding(corpus: Path) -> None:
    for path in sorted([*corpus.iterdir(), *(corpus / "dev").iterdir()]):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            assert run_rule("C105", path.read_text(encoding="utf-8"), path.name) == [], path


def test_same_issuer_or_a_numbered_year_is_one_document() -> None:
    same = (
        "Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh. Theo Quyết định số "
        "12/QĐ-UBND ngày 10/02/2024 của UBND tỉnh."
    )
    assert len(run_rule("C105", same)) == 1
    decree = (
        "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020; Nghị định số 15/2020/NĐ-CP ngày 03/12/2020."
    )
    assert len(run_rule("C105", decree)) == 1
