from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_rule

STRUCTURE = "Cơ cấu kinh tế: nông nghiệp 30,5%; công nghiệp 25%; dịch vụ {s}%."


def test_structure_not_totalling_100() -> None:
    found = run_rule("P104", STRUCTURE.format(s="40,5"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "30,5% + 25% + 40,5% = 96,0% ≠ 100%"
    assert len(found[0].related) == 2


def test_structure_within_rounding_passes() -> None:
    assert run_rule("P104", STRUCTURE.format(s="44,5")) == []
    assert (
        run_rule("P104", "Cơ cấu kinh tế: nông nghiệp 30,5%, công nghiệp 25%, dịch vụ 44,4%.") == []
    )


def test_structure_with_other_figures_is_not_read() -> None:
    text = "Cơ cấu cây trồng: lúa 1.200 ha chiếm 60%; màu 800 ha chiếm 30%."
    assert run_rule("P104", text) == []


def test_parts_of_one_base_exceeding_100() -> None:
    text = (
        "Dư nợ 200 tỷ đồng, trong đó: nợ xấu 150 tỷ đồng, chiếm tỷ lệ 75%; "
        "nợ khoanh 100 tỷ đồng, chiếm tỷ lệ 50%."
    )
    found = run_rule("P104", text)
    assert len(found) == 1 and found[0].severity.value == "info"
    assert (
        run_rule("P104", text.replace("100 tỷ đồng, chiếm tỷ lệ 50%", "10 tỷ đồng, chiếm tỷ lệ 5%"))
        == []
    )


def test_corpus_has_no_finding(corpus: Path) -> None:
    for name in sorted(p.name for p in corpus.iterdir() if p.suffix in (".md", ".txt")):
        if name == "README.md":
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("P104", text, name) == [], name


def test_structure_names_the_shares_that_would_repair_it() -> None:
    found = run_rule("P104", STRUCTURE.format(s="40,5"))
    help_text = found[0].suggestion.vi if found[0].suggestion else ""
    # three one-digit slips explain 96 %: each share is named with the value it would need
    assert "nông nghiệp: 30,5%" in help_text and "dịch vụ: 40,5%" in help_text
    # the value the other shares give as printed: 100 − 30,5 − 25 = 44,5
    assert "dịch vụ: 40,5% should be 44,5%" in found[0].suggestion.en  # type: ignore[union-attr]


def test_structure_titled_with_its_year() -> None:
    text = "Cơ cấu kinh tế năm 2024: nông nghiệp 21,4%; công nghiệp - xây dựng 35,1%; dịch vụ {s}%."
    assert run_rule("P104", text.format(s="43,5")) == []
    found = run_rule("P104", text.format(s="34,5"))
    assert len(found) == 1 and found[0].severity.value == "error"


DASHED = "Cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ tương ứng là 18,5% - {s}% - 40,1%."


def test_dashed_names_and_shares() -> None:
    assert run_rule("P104", DASHED.format(s="41,4")) == []
    found = run_rule("P104", DASHED.format(s="47,4"))
    assert len(found) == 1
    assert found[0].notes[0].vi == "18,5% + 47,4% + 40,1% = 106,0% ≠ 100%"
    help_text = found[0].suggestion.vi if found[0].suggestion else ""
    assert "nông nghiệp: 18,5%" in help_text and "công nghiệp: 47,4%" in help_text
    bracketed = "Cơ cấu kinh tế (nông nghiệp - công nghiệp - dịch vụ) là 18,5% - 47,4% - 40,1%."
    assert len(run_rule("P104", bracketed)) == 1


def test_dashed_names_that_do_not_match_the_shares_are_not_read() -> None:
    # four names for three shares ("công nghiệp - xây dựng" is one sector): which is which?
    text = "Cơ cấu nông nghiệp - công nghiệp - xây dựng - dịch vụ là 18,5% - 47,4% - 40,1%."
    assert run_rule("P104", text) == []
    # a range of rates is not a structure
    text = "Cơ cấu lại ngành nông nghiệp, phấn đấu tăng trưởng 3,5% - 4%."
    assert run_rule("P104", text) == []
    text = "Cơ cấu lại ngành nông nghiệp - nông thôn, tăng trưởng 3,5% - 4%."
    assert run_rule("P104", text) == []
    text = "Cơ cấu kinh tế nông nghiệp - dịch vụ chuyển dịch từ 40% - 60%."
    assert run_rule("P104", text) == []


def test_the_same_structure_another_year_in_parentheses() -> None:
    text = (
        "Về cơ cấu kinh tế năm 2025: nông nghiệp chiếm 18,40%; công nghiệp và xây dựng chiếm "
        "43,25%; dịch vụ chiếm 38,35% (năm 2024 tương ứng là: 19,60%; {c}%; 38,80%)."
    )
    assert run_rule("P104", text.format(c="41,60")) == []
    found = run_rule("P104", text.format(c="47,60"))
    assert len(found) == 1 and found[0].notes[0].vi.startswith("19,60% + 47,60% + 38,80%")
    # the labels of the first year name the shares of the second
    assert found[0].suggestion is not None and "dịch vụ: 38,80%" in found[0].suggestion.vi
    # more shares in the parenthesis than in the structure: which is which?
    text = text.format(c="41,60").replace("38,80%)", "38,80%; 0,00%)")
    assert run_rule("P104", text) == []


LEVELS = """\
### 2. Kết quả đánh giá

- Mức Tốt: 2.984 em, chiếm 28,0%;
- Mức Khá: 4.215 em, chiếm 39,6%;
- Mức Đạt: 3.198 em, chiếm {p}%;
- Mức Chưa đạt: 257 em, chiếm 2,4%.
"""


def test_parts_whose_shares_of_their_own_sum_show_they_are_the_whole() -> None:
    assert run_rule("P104", LEVELS.format(p="30,0")) == []
    (found,) = run_rule("P104", LEVELS.format(p="34,0"))
    assert "104,0%" in found.notes[0].en


@pytest.mark.parametrize(
    "text",
    [
        # two levels of four: their shares are of a whole not stated
        "- Mức Tốt: 2.984 em, chiếm 28,0%;\n- Mức Khá: 4.215 em, chiếm 39,6%;\n"
        "- Mức Đạt: 3.198 em, chiếm 34,0%.",
        # shares of a larger whole: no part gives its share of the parts' sum
        "- Xã An Hòa: 120 hộ, chiếm 5,2%;\n- Xã Bình Minh: 95 hộ, chiếm 4,1%;\n"
        "- Xã Tân Phú: 88 hộ, chiếm 3,8%.",
    ],
)
def test_parts_not_shown_to_be_the_whole_are_not_totalled(text: str) -> None:
    assert run_rule("P104", text) == []
