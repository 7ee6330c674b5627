"""Breakdowns opened by "trong số" (lint/relations/among.py): the total after "trong số", the
parts after "có", checked only when they add up or one typo explains the difference."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lint.diagnostics import Diagnostic
from lint.engine import check_text, extract, read_document
from lint.numbers.format import format_vi
from lint.relations.among import find_among
from lint.ruleset import rule_by_code

RULES = [rule for code in ("S101", "S102") if (rule := rule_by_code(code))]


def check(text: str) -> list[Diagnostic]:
    return check_text(text, RULES, "report.md")


def readings(text: str) -> list[tuple[str, list[str]]]:
    document = read_document("report.md", text.encode("utf-8"))
    found = find_among(document, extract(document))
    return [(b.total.text, [p.text for p in b.parts]) for b in found]


CONSISTENT = (
    "Toàn huyện có 1.240 cán bộ, công chức cấp xã; trong số 1.010 cán bộ đạt chuẩn có "
    "640 cán bộ trình độ đại học, 250 cao đẳng, 120 trung cấp."
)


def test_total_after_trong_so_and_parts_after_co_are_read() -> None:
    assert readings(CONSISTENT) == [("1.010 cán bộ", ["640 cán bộ", "250", "120"])]
    assert check(CONSISTENT) == []


def test_a_changed_part_is_caught() -> None:
    found = check(CONSISTENT.replace("250 cao đẳng", "260 cao đẳng"))
    assert [d.code for d in found] == ["S101"]
    assert "640 + 260 + 120 = 1.020" in " ".join(n.text("en") for n in found[0].notes)


def test_a_changed_total_is_caught_at_the_total() -> None:
    text = CONSISTENT.replace("1.010 cán bộ đạt", "1.110 cán bộ đạt")
    found = check(text)
    assert [d.code for d in found] == ["S101"]
    assert text[found[0].span.start : found[0].span.end] == "1.110"
    assert "1.110 → 1.010" in found[0].suggestion.text("en")  # type: ignore[union-attr]


def test_a_lowered_part_is_caught_when_one_typo_of_the_total_explains_it() -> None:
    # 640 + 250 + 110 = 1.000: the total 1.010 is one digit away from it
    found = check(CONSISTENT.replace("120 trung cấp", "110 trung cấp"))
    assert [d.code for d in found] == ["S101"]


def test_a_partial_list_is_not_a_breakdown() -> None:
    # "trong số … có" may name only some of the total: 30 + 5 is no typo away from 42
    text = "Trong số 42 đơn nhận được có 30 đơn thuộc thẩm quyền, 5 đơn đã rút."
    assert readings(text) == []
    assert check(text) == []


def test_one_part_is_not_a_list() -> None:
    assert readings("Trong số 1.200 hộ nghèo có 350 hộ thoát nghèo trong năm.") == []


def test_trong_so_do_names_no_figure() -> None:
    text = "Toàn tỉnh có 120 xã; trong số đó có 45 xã đạt chuẩn nông thôn mới, 12 xã nâng cao."
    assert readings(text) == []


def test_a_figure_describing_the_total_stops_the_reading() -> None:
    text = "Trong số 320 hộ có từ 3 con trở lên có 200 hộ ở nông thôn, 120 hộ ở đô thị."
    assert readings(text) == []


def test_a_part_of_another_unit_ends_the_list() -> None:
    text = "Trong số 900 hộ được hỗ trợ có 600 hộ nghèo, 300 triệu đồng vốn vay."
    assert readings(text) == []


def test_tokenised_text_with_a_glued_comma_reads_the_same() -> None:
    text = (
        "Trong số 1.010 cán_bộ đạt chuẩn có 640 cán_bộ trình_độ đại_học , 250 cao_đẳng,120 "
        "trung_cấp ."
    )
    assert readings(text) == [("1.010 cán bộ", ["640 cán bộ", "250", "120"])]
    assert check(text) == []
    assert [d.code for d in check(text.replace("cao_đẳng,120", "cao_đẳng,130"))] == ["S101"]


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=100, max_value=9_000), min_size=2, max_size=5),
    which=st.integers(min_value=0, max_value=4),
    digit=st.integers(min_value=0, max_value=3),
)
def test_generated_lists_hold_and_one_changed_digit_is_caught(
    parts: list[int], which: int, digit: int
) -> None:
    nouns = ["đại học", "cao đẳng", "trung cấp", "sơ cấp", "chưa qua đào tạo"]
    text = f"Trong số {format_vi(sum(parts))} người lao động có "
    starts = []
    for index, (part, noun) in enumerate(zip(parts, nouns, strict=False)):
        text += ", " if index else ""
        starts.append(len(text))
        text += format_vi(part) + (f" người trình độ {noun}" if index == 0 else f" {noun}")
    text += "."
    assert check(text) == []
    # raise one digit of one part (d → d + 1): the parts then exceed the total, which no list
    # of some of it can; a lowered part leaves them short of it, which a partial list also
    # is, and is read only when one typo of the total explains it (test above)
    index = which % len(parts)
    printed = format_vi(parts[index])
    positions = [i for i, c in enumerate(printed) if c.isdigit() and c != "9"]
    assume(positions)
    at = starts[index] + positions[digit % len(positions)]
    mutated = text[:at] + str(int(text[at]) + 1) + text[at + 1 :]
    assert [d.code for d in check(mutated)] == ["S101"], mutated
