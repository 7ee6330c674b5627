"""C108 document-number-year: the year in a cited document's number and the year of its date."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import run_rule

CONSISTENT = [
    "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ.",
    "Thực hiện Quyết định số 12/2007/QĐ-BKH ngày 15/3/2007 của Bộ Kế hoạch và Đầu tư.",
    "Căn cứ Nghị quyết số 05/2024/NQ-HĐND ngày 12 tháng 7 năm 2024 của HĐND tỉnh.",
    "Căn cứ Luật số 47/2019/QH14 ngày 22/11/2019.",
    "Theo Thông tư 02/2022/TT-BTC ngày 10/01/2022 của Bộ Tài chính.",
    "Căn cứ Nghị định số 15/2020/NĐ-CP, ngày 03-02-2020.",
    "Căn cứ Quyết định số 20/2015/QĐ-UBND của UBND tỉnh ngày 05/6/2015.",
    "Căn_cứ Quyết_định 555/2007/QĐ-BKH ngày 30/5/2007 của Bộ .",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_consistent_citations_are_silent(text: str) -> None:
    assert run_rule("C108", text) == []


@pytest.mark.parametrize(
    ("text", "date_year", "number_year"),
    [
        ("Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2021 của Chính phủ.", "2021", "2020"),
        ("Theo Quyết định số 12/2007/QĐ-BKH ngày 15/3/2008.", "2008", "2007"),
        ("Nghị quyết số 05/2024/NQ-HĐND ngày 12 tháng 7 năm 2023 của HĐND tỉnh.", "2023", "2024"),
        ("Căn cứ Luật số 47/2019/QH14 ngày 22/11/2018.", "2018", "2019"),
        ("Theo Thông tư 02/2022/TT-BTC, ngày 10/01/2023.", "2023", "2022"),
        ("Quyết định số 20/2015/QĐ-UBND của UBND tỉnh ngày 05/6/2016.", "2016", "2015"),
        ("Nghị định 15/2020/NĐ-CP ban hành ngày 03/02/2021.", "2021", "2020"),
    ],
)
def test_another_year_is_reported_at_the_date(text: str, date_year: str, number_year: str) -> None:
    found = run_rule("C108", text)
    assert len(found) == 1
    finding = found[0]
    start = text.index(date_year, text.index("ngày"))
    assert (finding.span.start, finding.span.end) == (start, start + 4)
    assert len(finding.related) == 1
    related = finding.related[0].span
    assert text[related.start : related.end] == number_year
    assert text[related.start - 1] == "/" and text[related.end] == "/"
    assert finding.label is not None and finding.label.en == f"the number says {number_year}"
    assert f"→ {number_year} ≠ {date_year}" in finding.notes[0].en
    assert finding.suggestion is not None
    assert f"{date_year} → {number_year} in the date" in finding.suggestion.en
    assert f"/{date_year}/" in finding.suggestion.en  # the other reading: the number


def test_the_message_names_the_document_in_both_languages() -> None:
    found = run_rule("C108", "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2021 của Chính phủ.")
    assert found[0].message.en == (
        "Nghị định số 15/2020/NĐ-CP is dated 03/02/2021, a year other than 2020 in its number"
    )
    assert found[0].message.vi == (
        "Nghị định số 15/2020/NĐ-CP ghi ngày 03/02/2021, khác năm 2020 trong số hiệu"
    )
    assert found[0].suggestion is not None
    assert "15/2020/NĐ-CP → 15/2021/NĐ-CP" in found[0].suggestion.vi


@pytest.mark.parametrize(
    "text",
    [
        # numbers without a year segment
        "Theo Quyết định số 123/QĐ-UBND ngày 15/3/2021 của UBND tỉnh.",
        "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị.",
        "Kế hoạch số 45/KH-UBND ngày 02/01/2024.",
        # a date that is not the date of issue
        "Nghị định số 15/2020/NĐ-CP có hiệu lực từ ngày 01/4/2021.",
        "Nghị định số 15/2020/NĐ-CP của Chính phủ có hiệu lực kể từ ngày 01/4/2021.",
        "Thông tư số 02/2022/TT-BTC được sửa đổi, bổ sung ngày 10/01/2024.",
        "Quyết định số 12/2020/QĐ-UBND hết hiệu lực ngày 31/12/2023.",
        "Nghị quyết số 05/2024/NQ-HĐND áp dụng đến ngày 31/12/2025.",
        # a date elsewhere in the sentence
        "Quyết định số 12/2020/QĐ-UBND. Ngày 05/3/2021, UBND huyện họp.",
    ],
)
def test_dates_not_attached_and_numbers_without_a_year_are_left_alone(text: str) -> None:
    assert run_rule("C108", text) == []


_TYPES = ["Nghị định số", "Quyết định số", "Nghị quyết số", "Thông tư", "Luật số"]
_SIGNS = ["NĐ-CP", "QĐ-UBND", "NQ-HĐND", "TT-BTC", "QH14"]
_BETWEEN = ["", ",", " của UBND tỉnh", " của Chính phủ,", " ban hành"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=1, max_value=299),
    st.integers(min_value=1990, max_value=2030),
    st.dates(),
    st.sampled_from(_BETWEEN),
    st.booleans(),
    st.integers(min_value=0, max_value=99),
)
def test_generated_citations(
    kind: int,
    number: int,
    year: int,
    day: datetime.date,
    between: str,
    words: bool,
    pick: int,
) -> None:
    day_, month = day.day, day.month
    code = f"{number:02d}/{{y}}/{_SIGNS[kind]}"
    date = f"{day_} tháng {month} năm {{d}}" if words else f"{day_:02d}/{month:02d}/{{d}}"
    shape = f"Căn cứ {_TYPES[kind]} {code}{between} ngày {date} về quản lý."
    assert run_rule("C108", shape.format(y=year, d=year)) == []
    # one digit of the number's year or of the date's year changed
    printed = str(year)
    position = pick % 4
    changed = printed[:position] + str((int(printed[position]) + 1 + pick % 9) % 10)
    changed += printed[position + 1 :]
    in_number = pick % 2 == 0
    text = shape.format(y=changed, d=year) if in_number else shape.format(y=year, d=changed)
    found = run_rule("C108", text)
    assert len(found) == 1, text
    span = found[0].span
    assert text[span.start : span.end] == (str(year) if in_number else changed)


def test_the_corpus_has_no_finding(corpus: Path) -> None:
    paths = [*corpus.iterdir(), *(corpus / "dev").iterdir()] if (corpus / "dev").is_dir() else []
    for path in sorted(paths or corpus.iterdir()):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            assert run_rule("C108", path.read_text(encoding="utf-8"), path.name) == [], path
