from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

PARENTHESIS = (
    "Doanh thu dịch vụ lưu trú đạt 245,6 tỷ đồng, tăng {p}% so với cùng kỳ "
    "(quý I năm 2024 đạt 220,5 tỷ đồng)."
)


def test_growth_with_last_year_in_parentheses() -> None:
    assert run_rule("P105", PARENTHESIS.format(p="11,4")) == []
    found = run_rule("P105", PARENTHESIS.format(p="14,1"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "245,6 / 220,5 × 100 − 100 = 11,38% ≠ 14,1%"
    assert found[0].suggestion is not None and "11,4%" in found[0].suggestion.vi


def test_changed_current_value_is_caught_at_a_figure() -> None:
    text = PARENTHESIS.format(p="11,4").replace("245,6", "275,6")
    found = run_rule("P105", text)
    assert len(found) == 1
    assert "275,6" in found[0].message.vi


def test_index_and_decrease() -> None:
    index = "Sản lượng cá nuôi đạt 1.250 tấn, bằng {p}% so với cùng kỳ (cùng kỳ đạt 1.180 tấn)."
    assert run_rule("P105", index.format(p="105,9")) == []
    assert len(run_rule("P105", index.format(p="109,5"))) == 1
    fall = "Số vụ tai nạn giao thông là 34 vụ, giảm {p}% so với cùng kỳ (cùng kỳ năm trước 40 vụ)."
    assert run_rule("P105", fall.format(p="15")) == []
    found = run_rule("P105", fall.format(p="51"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "100 − 34 / 40 × 100 = 15,00% ≠ 51%"


def test_last_year_in_the_clause_after() -> None:
    text = (
        "Doanh thu dịch vụ lưu trú đạt 245,6 tỷ đồng, tăng {p}% so với cùng kỳ, cùng kỳ năm "
        "trước đạt 220,5 tỷ đồng."
    )
    assert run_rule("P105", text.format(p="11,4")) == []
    assert len(run_rule("P105", text.format(p="14,1"))) == 1
    other = "Doanh thu đạt 245,6 tỷ đồng, tăng 14,1% so với cùng kỳ, chi phí 220,5 tỷ đồng."
    assert run_rule("P105", other) == []


def test_last_year_named_by_its_year_in_the_sentence_before() -> None:
    text = "Năm 2024, toàn huyện có 1.250 hộ nghèo. Năm 2025 còn 980 hộ nghèo, giảm {p}% so với năm trước."
    assert run_rule("P105", text.format(p="21,6")) == []
    found = run_rule("P105", text.format(p="12,6"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "100 − 980 / 1.250 × 100 = 21,60% ≠ 12,6%"


def test_last_year_in_the_previous_sentence() -> None:
    text = (
        "Sáu tháng đầu năm 2024, kim ngạch xuất khẩu đạt 82,4 triệu USD. Sáu tháng đầu năm "
        "2025, kim ngạch xuất khẩu đạt 90,1 triệu USD, tăng {p}% so với cùng kỳ."
    )
    assert run_rule("P105", text.format(p="9,3")) == []
    assert len(run_rule("P105", text.format(p="3,9"))) == 1
    before = "Cùng kỳ năm trước, số khách du lịch đạt 15.200 lượt.\n\nNăm nay số khách du lịch "
    before += "đạt 17.480 lượt, tăng {p}% so với cùng kỳ."
    assert run_rule("P105", before.format(p="15")) == []
    assert len(run_rule("P105", before.format(p="17"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # another indicator in the previous sentence
        "Cùng kỳ năm trước, số khách quốc tế đạt 1.200 lượt. Số khách du lịch đạt 17.480 "
        "lượt, tăng 25% so với cùng kỳ.",
        # two candidates: which one is last year's?
        "Cùng kỳ, khách du lịch đạt 15.200 lượt, khách lưu trú 9.000 lượt. Khách du lịch "
        "đạt 17.480 lượt, tăng 25% so với cùng kỳ.",
        # a year that is not the year before
        "Năm 2020, kim ngạch xuất khẩu đạt 50 triệu USD. Năm 2025, kim ngạch xuất khẩu đạt "
        "90 triệu USD, tăng 9% so với cùng kỳ.",
        # a year in parentheses that is not the year before the report's
        "# Báo cáo năm 2025\n\nTổng vốn huy động 2.300 tỷ đồng, tăng 15% so với cùng kỳ (năm "
        "2020 đạt 1.500 tỷ đồng).",
        # the parenthesis or the sentence before gives a change, not last year's value
        "Doanh thu đạt 186,4 tỷ đồng, tăng 12,7% so với cùng kỳ (tăng 21 tỷ đồng).",
        "Cùng kỳ năm trước tăng 21 tỷ đồng. Doanh thu đạt 186,4 tỷ đồng, tăng 12,7% so với "
        "cùng kỳ.",
        # other unit
        "Doanh thu đạt 245,6 tỷ đồng, tăng 14% so với cùng kỳ (cùng kỳ đạt 220 nghìn lượt).",
    ],
)
def test_unclear_base_is_not_read(text: str) -> None:
    assert run_rule("P105", text) == []


def test_corpus_has_no_finding(corpus: Path) -> None:
    for path in sorted([*corpus.iterdir(), *(corpus / "dev").iterdir()]):
        if path.suffix in (".md", ".txt") and path.name != "README.md":
            assert run_rule("P105", path.read_text(encoding="utf-8"), path.name) == [], path


def test_times_against_last_year() -> None:
    text = "Doanh thu đạt 120 tỷ đồng, gấp {n} lần cùng kỳ (cùng kỳ năm trước đạt 50 tỷ đồng)."
    assert run_rule("P105", text.format(n="2,4")) == []
    found = run_rule("P105", text.format(n="4,2"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "120 / 50 = 2,40 ≠ 4,2 lần"
    # "tăng N lần" is written both for ×N and ×(N + 1): either is accepted, nothing else
    increase = text.replace("gấp", "tăng")
    assert run_rule("P105", increase.format(n="2,4")) == []
    assert run_rule("P105", increase.format(n="1,4")) == []
    assert len(run_rule("P105", increase.format(n="4,2"))) == 1


def test_rate_of_a_change_from_one_value_to_another() -> None:
    rise = "Dân số tăng từ 120.500 người lên 122.300 người, tăng {p}%."
    assert run_rule("P105", rise.format(p="1,5")) == []
    assert len(run_rule("P105", rise.format(p="2,5"))) == 1
    fall = "Số hộ nghèo giảm từ 320 hộ xuống còn 250 hộ (giảm {p}%)."
    assert run_rule("P105", fall.format(p="21,9")) == []
    found = run_rule("P105", fall.format(p="12,9"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "100 − 250 / 320 × 100 = 21,88% ≠ 12,9%"
    # the rate of another figure
    assert run_rule("P105", "Số hộ nghèo giảm từ 320 hộ xuống còn 250 hộ, tăng 12,9%.") == []


def test_plan_in_parentheses_is_not_what_the_index_is_about() -> None:
    text = (
        "Diện tích gieo trồng cả năm đạt 9.412,8 ha, đạt 100,7% kế hoạch (9.350 ha), bằng "
        "{index}% so với cùng kỳ năm trước (năm 2024: 9.530,5 ha)."
    )
    assert run_rule("P105", text.format(index="98,8")) == []  # 9.412,8 / 9.530,5 = 98,77 %
    found = run_rule("P105", text.format(index="96,8"))
    assert len(found) == 1 and "9.412,8" in found[0].notes[0].vi


def test_growth_against_a_year_named_with_its_value_in_parentheses() -> None:
    text = (
        "Tổng mức bán lẻ hàng hóa đạt 3.412,6 tỷ đồng, tăng {p}% so với năm 2024 (3.119,4 tỷ đồng)."
    )
    assert run_rule("P105", text.format(p="9,4")) == []
    found = run_rule("P105", text.format(p="6,4"))
    assert len(found) == 1 and "9,40%" in found[0].notes[0].vi


@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            "Kim ngạch xuất khẩu quý I đạt 1.245,6 triệu USD, tăng {p}% so với cùng kỳ (quý "
            "I/2024 đạt 1.108,2 triệu USD).",
            "12,4",
            "15,4",
        ),
        (
            "Tổng dư nợ cho vay đạt 5.280 tỷ đồng, tăng {p}% so với thời điểm 31/12/2024 (5.000 "
            "tỷ đồng).",
            "5,6",
            "8,6",
        ),
    ],
)
def test_base_of_a_quarter_or_a_date(text: str, right: str, wrong: str) -> None:
    assert run_rule("P105", text.format(p=right)) == []
    assert len(run_rule("P105", text.format(p=wrong))) == 1


def test_cases_of_a_disease_are_counted() -> None:
    text = "Sốt xuất huyết: 368 ca, giảm {p}% so với cùng kỳ (cùng kỳ 398 ca)."
    assert run_rule("P105", text.format(p="7,5")) == []
    assert len(run_rule("P105", text.format(p="4,5"))) == 1


def test_a_figure_after_cho_is_the_subject_when_the_clause_has_no_other() -> None:
    text = (
        "Năm 2024, toàn huyện đăng ký khai sinh cho 2.486 trường hợp, giảm 4,9% so với năm 2023 "
        "({b} trường hợp)."
    )
    assert run_rule("P105", text.format(b="2.615")) == []
    assert len(run_rule("P105", text.format(b="2.915"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Tổng nguồn vốn huy động đến 31/12/2024 ước đạt 68.450 tỷ đồng, tăng {p}% so với cuối "
        "năm 2023 (31/12/2023 đạt 61.445 tỷ đồng).",
        "Tổng dư nợ ước đạt 68.450 tỷ đồng, tăng {p}% so với đầu năm (61.445 tỷ đồng).",
        "Tổng dư nợ ước đạt 68.450 tỷ đồng, tăng {p}% so với ngày 31/12/2023 (61.445 tỷ đồng).",
    ],
)
def test_a_stock_against_the_start_or_the_end_of_the_year_before(text: str) -> None:
    assert run_rule("P105", text.format(p="11,4")) == []
    assert len(run_rule("P105", text.format(p="17,4"))) == 1


def test_an_index_of_the_same_period_without_so_voi() -> None:
    text = "Sản lượng ngô 8.990 tấn, bằng {p}% cùng kỳ (cùng kỳ 8.624 tấn)."
    assert run_rule("P105", text.format(p="104,2")) == []
    assert len(run_rule("P105", text.format(p="109,2"))) == 1


def test_last_years_value_said_aside_earlier_in_the_sentence() -> None:
    # the value, its change against a date with that date's value aside, then the index
    text = (
        "Tổng dư nợ cho vay hộ nghèo đạt 1.536 tỷ đồng, tăng 96 tỷ đồng so với thời điểm "
        "31/12/2023 (1.440 tỷ đồng), bằng 106,7% so với cuối năm trước."
    )
    assert run_rule("P105", text) == []
    found = run_rule("P105", text.replace("106,7%", "108,7%"))
    assert len(found) == 1 and "106,7%" in str(found[0].suggestion.en)
    growth = text.replace("bằng 106,7%", "tăng 6,7%")
    assert run_rule("P105", growth) == []
    assert len(run_rule("P105", growth.replace("tăng 6,7%", "tăng 8,7%"))) == 1


def test_monthly_comparisons_with_their_bases_in_parentheses() -> None:
    text = (
        "Doanh thu bán lẻ tháng 10 ước đạt 1.286,4 tỷ đồng, tăng 2,4% so với tháng trước "
        "(1.256,2 tỷ đồng) và bằng 112,6% so với cùng tháng năm trước (1.142,5 tỷ đồng)."
    )
    assert run_rule("P105", text) == []
    assert len(run_rule("P105", text.replace("tăng 2,4%", "tăng 4,4%"))) == 1
    assert len(run_rule("P105", text.replace("bằng 112,6%", "bằng 116,6%"))) == 1


def test_last_years_value_under_the_words_an_abbreviation_stands_for() -> None:
    text = (
        "Năm 2023, diện tích áp dụng quy trình canh tác lúa cải tiến (SRI) toàn huyện là 2.150 ha. "
        "Năm 2024, diện tích áp dụng SRI đạt 2.430 ha, tăng {p}% so với năm trước."
    )
    assert run_rule("P105", text.format(p="13,0")) == []
    assert len(run_rule("P105", text.format(p="18,0"))) == 1
    # the abbreviation not defined there: the long name is another indicator
    other = text.replace(" (SRI)", "").format(p="18,0")
    assert run_rule("P105", other) == []
