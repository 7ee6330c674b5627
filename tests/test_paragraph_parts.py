"""A heading or item stating an amount, detailed paragraph by paragraph after "Cụ thể:"."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.conftest import run_rule

EXAMPLES = settings(max_examples=20, deadline=None)


def plan(total: str, first: str, second: str, marker: str = "Cụ thể: ") -> str:
    return (
        f"## Bổ sung {total} triệu đồng cho chi đầu tư phát triển của tỉnh\n\n"
        "Hội đồng nhân dân tỉnh quyết nghị điều chỉnh kế hoạch đầu tư công năm 2024 của tỉnh.\n\n"
        f"{marker}Bố trí cho các dự án giao thông liên huyện là {first} triệu đồng (khoản 1).\n\n"
        f"Bố trí cho các công trình thủy lợi nội đồng là {second} triệu đồng (khoản 2).\n\n"
        "Trường hợp nhu cầu vượt mức trên, Ủy ban nhân dân tỉnh báo cáo bổ sung.\n"
    )


def _at(text: str, finding_span: tuple[int, int]) -> str:
    return text[finding_span[0] : finding_span[1]]


def test_consistent_plan_passes() -> None:
    assert run_rule("S101", plan("4.400", "1.571", "2.829")) == []


def test_a_changed_total_is_caught() -> None:
    text = plan("5.400", "1.571", "2.829")
    found = run_rule("S101", text)
    assert len(found) == 1
    assert found[0].notes[0].vi == "1.571 + 2.829 = 4.400 ≠ 5.400 triệu đồng"


def test_a_changed_part_is_caught() -> None:
    text = plan("4.400", "1.571", "2.839")
    found = run_rule("S101", text)
    assert len(found) == 1
    spans = [
        _at(text, (s.start, s.end)) for s in (found[0].span, *(r.span for r in found[0].related))
    ]
    assert "2.839" in spans


def test_parts_far_from_the_total_after_cu_the_say_nothing() -> None:
    # "Cụ thể" may detail only some of it: a miss no typing mistake explains is not a finding
    assert run_rule("S101", plan("4.400", "1.200", "2.500")) == []


def test_gom_states_every_part() -> None:
    found = run_rule("S101", plan("4.400", "1.200", "2.500", marker="Gồm: "))
    assert len(found) == 1


def test_without_a_marker_nothing_is_read() -> None:
    assert run_rule("S101", plan("5.400", "1.571", "2.829", marker="")) == []


def test_two_figures_in_the_heading_are_not_split() -> None:
    text = plan("4.400", "1.571", "2.829").replace(
        "triệu đồng cho chi", "triệu đồng và 300 triệu đồng cho chi", 1
    )
    assert run_rule("S101", text) == []


def test_marker_alone_then_paragraphs() -> None:
    text = plan("5.400", "1.571", "2.829", marker="").replace(
        "Bố trí cho các dự án", "Chi tiết như sau:\n\nBố trí cho các dự án"
    )
    assert len(run_rule("S101", text)) == 1
    assert run_rule("S101", text.replace("5.400", "4.400")) == []


def test_a_list_item_with_paragraphs() -> None:
    text = (
        "1. Vốn ngân sách tỉnh năm 2024 là 900 tỷ đồng, cụ thể như sau:\n\n"
        "Phân bổ cho cấp tỉnh quản lý 600 tỷ đồng.\n\n"
        "Phân bổ cho cấp huyện quản lý 300 tỷ đồng.\n"
    )
    assert run_rule("S101", text) == []
    assert len(run_rule("S101", text.replace("300 tỷ", "400 tỷ"))) == 1


def test_tokenised_text_reads_the_same() -> None:
    text = plan("5.400", "1.571", "2.829", marker="Cụ_thể : ")
    assert len(run_rule("S101", text)) == 1


@EXAMPLES
@given(
    first=st.integers(min_value=100, max_value=9_000),
    second=st.integers(min_value=100, max_value=9_000),
    digit=st.integers(min_value=1, max_value=3),  # a last digit hides in rounding
    which=st.sampled_from(["total", "first", "second"]),
)
def test_one_changed_digit_is_caught(first: int, second: int, digit: int, which: str) -> None:
    figures = {"total": first + second, "first": first, "second": second}

    def show(value: int) -> str:
        return f"{value:,}".replace(",", ".")

    assert run_rule("S101", plan(*(show(v) for v in figures.values()))) == []
    printed = str(figures[which])
    position = len(printed) - 1 - digit
    if position < 0:
        return
    old = int(printed[position])
    # a part made smaller leaves the list short of its total, which a "Cụ thể:" list of only
    # some parts also is: it is read only when one typo of the total explains it
    assume(old < 9 or which == "total")
    new = old + 1 if old < 9 else 8
    figures[which] = int(printed[:position] + str(new) + printed[position + 1 :])
    found = run_rule("S101", plan(*(show(v) for v in figures.values())))
    assert len(found) == 1


def titled(title: str, body: str, heading: bool = True) -> str:
    line = f"## Chuyển nguồn {title} tỷ đồng để hỗ trợ nhà ở cho người có công"
    if not heading:
        line = f"**Chuyển nguồn {title} tỷ đồng để hỗ trợ nhà ở cho người có công**"
    return (
        f"{line}\n\n"
        f"Nghị quyết nêu rõ, chuyển nguồn {body} tỷ đồng dự toán chi thường xuyên năm 2024 "
        "chưa phân bổ sang năm 2025 để hỗ trợ nhà ở cho người có công với cách mạng.\n"
    )


def test_a_title_restated_below_it_passes() -> None:
    assert run_rule("S101", titled("6.623", "6.623")) == []
    assert run_rule("S101", titled("6.623", "6.623", heading=False)) == []


def test_a_title_and_its_restatement_one_digit_apart_are_caught() -> None:
    for heading in (True, False):
        found = run_rule("S101", titled("6.623", "6.723", heading))
        assert len(found) == 1
        assert "title" in found[0].message.en


def test_a_different_amount_below_a_title_is_not_a_restatement() -> None:
    # far from the title's amount: another amount, not the same one mistyped
    assert run_rule("S101", titled("6.623", "2.150")) == []
    # not after the title's word: another amount
    text = titled("6.623", "6.723").replace("chuyển nguồn 6.723", "bố trí 6.723")
    assert run_rule("S101", text) == []
