"""A total, then the part that has done something and the part that has not yet done it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import run_rule

EXAMPLES = settings(max_examples=20, deadline=None)


def staff(total: str, done: str, not_yet: str) -> str:
    return (
        f"Toàn huyện hiện có {total} cán bộ, công chức cấp xã.\n\n"
        "Chất lượng đội ngũ được nâng lên một bước, tác phong công tác chuyển biến rõ.\n\n"
        f"Qua rà soát cuối năm, trong số {done} cán bộ đạt chuẩn có nhiều người trình độ đại học.\n\n"
        "Tuy nhiên, năng lực của một bộ phận cán bộ còn hạn chế.\n\n"
        f"Đến cuối năm còn {not_yet} cán bộ, công chức chưa đạt chuẩn về trình độ chuyên môn.\n"
    )


def show(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def test_complementary_figures_that_add_up_pass() -> None:
    assert run_rule("S101", staff("1.240", "1.010", "230")) == []


def test_a_changed_figure_is_caught() -> None:
    for args in (("1.340", "1.010", "230"), ("1.240", "1.010", "330"), ("1.240", "1.110", "230")):
        found = run_rule("S101", staff(*args))
        assert len(found) == 1, args
        assert found[0].notes[0].vi.endswith(f"≠ {args[0]} cán bộ")


def test_figures_far_apart_say_nothing() -> None:
    # two figures that miss the total by what no typing mistake explains are not its halves
    assert run_rule("S101", staff("1.240", "700", "230")) == []


def test_a_negated_verb_is_not_the_done_part() -> None:
    text = staff("1.340", "1.010", "230").replace("cán bộ đạt chuẩn", "cán bộ không đạt chuẩn")
    assert run_rule("S101", text) == []


def test_another_unit_is_not_a_part() -> None:
    text = staff("1.340", "1.010", "230").replace("1.010 cán bộ", "1.010 hồ sơ")
    assert run_rule("S101", text) == []


def test_done_and_not_yet_words() -> None:
    text = (
        "Năm 2024 tỉnh triển khai 150 công trình. "
        "Đến nay đã hoàn thành 120 công trình; còn 40 công trình chưa hoàn thành."
    )
    found = run_rule("S101", text)
    assert len(found) == 1
    assert run_rule("S101", text.replace("40 công trình", "30 công trình")) == []


@EXAMPLES
@given(
    done=st.integers(min_value=1_000, max_value=50_000),
    not_yet=st.integers(min_value=100, max_value=20_000),
    which=st.sampled_from([0, 1, 2]),
    digit=st.integers(min_value=0, max_value=2),
)
def test_one_changed_digit_is_caught(done: int, not_yet: int, which: int, digit: int) -> None:
    figures = [done + not_yet, done, not_yet]
    assert run_rule("S101", staff(*(show(v) for v in figures))) == []
    printed = str(figures[which])
    position = len(printed) - 1 - digit
    old = int(printed[position])
    figures[which] = int(
        printed[:position] + str(old + 1 if old < 9 else 8) + printed[position + 1 :]
    )
    found = run_rule("S101", staff(*(show(v) for v in figures)))
    assert len(found) == 1


def test_a_part_not_meeting_a_condition_complements_the_part_meeting_it() -> None:
    text = (
        "Tổng số đơn tiếp nhận trong kỳ là 836 đơn. Qua phân loại, số đơn đủ điều kiện xử lý "
        "là 428 đơn. Số đơn không đủ điều kiện xử lý là {n} đơn, đã lưu theo quy định."
    )
    assert run_rule("S101", text.format(n="408")) == []
    (found,) = run_rule("S101", text.format(n="438"))
    assert "428 + 438 = 866 ≠ 836" in found.notes[0].vi


def test_a_third_state_in_the_sentence_splits_the_whole_three_ways() -> None:
    text = (
        "Các tổ hòa giải tiếp nhận 146 vụ việc; kết quả: hòa giải thành 121 vụ việc; hòa giải "
        "không thành 17 vụ việc; đang tiếp tục hòa giải 8 vụ việc."
    )
    assert run_rule("S101", text) == []


def test_a_figure_in_parentheses_is_no_total_of_the_pair() -> None:
    text = (
        "Tổng số đơn tiếp nhận là 836 đơn (kỳ trước chuyển sang 42 đơn, tiếp nhận mới 794 đơn). "
        "Số đơn đủ điều kiện xử lý là 428 đơn. Số đơn không đủ điều kiện là {n} đơn."
    )
    assert run_rule("S101", text.format(n="408")) == []
    (found,) = run_rule("S101", text.format(n="438"))
    assert "428 + 438 = 866 ≠ 836" in found.notes[0].vi
