from __future__ import annotations

from pathlib import Path

from tests.conftest import run_rule


def parts(first: str, second: str) -> str:
    """Two top-level parts of a report: results, then shortcomings."""
    return f"# I. KẾT QUẢ ĐẠT ĐƯỢC\n\n{first}\n\n# II. TỒN TẠI, HẠN CHẾ\n\n{second}\n"


def test_rate_stated_twice_with_different_values_is_flagged() -> None:
    text = parts(
        "Tỷ lệ chất thải rắn được thu gom đạt 93,8%; tỷ lệ dân số sử dụng nước sạch tập trung "
        "theo quy định của Bộ Y tế 49%.",
        "- Tỷ lệ dân số sử dụng nước sạch tập trung mới đạt 38,4%.",
    )
    found = run_rule("C101", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "38,4"
    assert len(found[0].related) == 1


def test_same_values_are_silent() -> None:
    text = parts("Tỷ lệ hộ nghèo đa chiều còn 2,1%.", "Tỉ lệ hộ nghèo đa chiều còn 2,1%.")
    assert run_rule("C101", text) == []


def test_rounding_of_the_same_value_is_silent() -> None:
    text = parts("Tỷ lệ hộ nghèo đa chiều còn 2,13%.", "Tỷ lệ hộ nghèo đa chiều còn 2,1%.")
    assert run_rule("C101", text) == []


def test_tone_placement_and_spelling_variants_are_the_same_indicator() -> None:
    text = parts(
        "Tỉ lệ trẻ em suy dinh dưỡng thể thấp còi 8,1%.",
        "TỶ LỆ trẻ em suy dinh dưỡng thể thấp còi 9,5%.",
    )
    assert len(run_rule("C101", text)) == 1


def test_same_words_within_one_part_are_not_compared() -> None:
    # sub-populations set by sub-headings of one part: another scope, not a contradiction
    text = (
        "# I. KẾT QUẢ\n\n## a) Khu vực thành thị\n\nTỷ lệ hộ nghèo đa chiều 1,2%.\n\n"
        "## b) Khu vực nông thôn\n\nTỷ lệ hộ nghèo đa chiều 4,5%.\n"
    )
    assert run_rule("C101", text) == []


def test_target_is_not_an_achieved_figure() -> None:
    text = parts(
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 88,3%.",
        "Phấn đấu hết năm tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%.",
    )
    assert run_rule("C101", text) == []


def test_tasks_section_figures_are_targets() -> None:
    text = (
        "# I. KẾT QUẢ\n\nTỷ lệ lao động qua đào tạo đạt 70,2%.\n\n"
        "# II. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n\nTỷ lệ lao động qua đào tạo 76,9%.\n"
    )
    assert run_rule("C101", text) == []


def test_figures_of_a_commune_are_another_scope() -> None:
    text = parts("Tỷ lệ hộ nghèo đa chiều 3,2%.", "Tại xã Bình Tân, tỷ lệ hộ nghèo đa chiều 5,4%.")
    assert run_rule("C101", text) == []


def test_repeated_words_for_other_scopes_are_not_compared() -> None:
    text = (
        "- Nguồn vốn ngân sách thị xã: giá trị khối lượng thực hiện 99.901 triệu đồng.\n"
        "- Nguồn vốn ngân sách tỉnh: giá trị khối lượng thực hiện 41.242 triệu đồng.\n"
    )
    assert run_rule("C101", text) == []


def test_body_figure_restated_differently_in_a_footnote() -> None:
    text = (
        "Tổng thu ngân sách nhà nước được 227 tỷ 400 triệu đồng<sup>1</sup>.\n\n"
        "<sup>1</sup> Tổng thu ngân sách nhà nước được 272 tỷ 400 triệu đồng, trong đó ...\n"
    )
    found = run_rule("C101", text)
    assert len(found) == 1


def test_corpus_finds_only_the_clean_water_rate(corpus: Path) -> None:
    text = (corpus / "kim-tan-2023-h1.txt").read_text(encoding="utf-8")
    found = run_rule("C101", text, "kim-tan-2023-h1.txt")
    assert [text[d.span.start : d.span.end] for d in found] == ["38,4"]
    for name in ("kien-tuong-2020-h1.md", *sorted(p.name for p in corpus.glob("gso-*.md"))):
        other = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("C101", other, name) == [], name


RESTATED = (
    "# BÁO CÁO\n\n## I. KẾT QUẢ\n\nTổng mức bán lẻ hàng hóa 6 tháng đầu năm 2025 đạt 186,4 tỷ "
    "đồng.\n\n## II. TỒN TẠI, HẠN CHẾ\n\nTổng mức bán lẻ hàng hóa {period} chỉ đạt {v} tỷ "
    "đồng, thấp hơn kế hoạch.\n"
)


def test_indicator_with_its_period_restated_in_another_part() -> None:
    assert run_rule("C101", RESTATED.format(period="6 tháng đầu năm 2025", v="186,4")) == []
    text = RESTATED.format(period="6 tháng đầu năm 2025", v="168,4")
    found = run_rule("C101", text)
    assert len(found) == 1
    assert text[found[0].span.start : found[0].span.end] == "168,4"
    # another period, or no period: not the same statement
    assert run_rule("C101", RESTATED.format(period="6 tháng đầu năm 2024", v="168,4")) == []
    assert run_rule("C101", RESTATED.format(period="quý II", v="168,4")) == []


def test_indicator_repeated_inside_one_part_is_not_compared() -> None:
    text = RESTATED.format(period="6 tháng đầu năm 2025", v="168,4").replace(
        "## II. TỒN TẠI, HẠN CHẾ\n\n",
        "## II. TỒN TẠI, HẠN CHẾ\n\nKhu vực tư nhân: Tổng mức bán lẻ hàng hóa 6 tháng đầu năm "
        "2025 đạt 100 tỷ đồng.\n\n",
    )
    assert run_rule("C101", text) == []
