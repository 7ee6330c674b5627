"""A change against last year's value said aside, the current value stated earlier under the
same words (lint/relations/named_changes.py), through S101."""

from __future__ import annotations

import pytest

from tests.conftest import run_rule

CAUGHT = [
    (
        "Trong năm, các tổ hòa giải tiếp nhận 213 vụ việc; hòa giải thành 184 vụ việc. So với "
        "năm 2023 ({b} vụ việc), số vụ việc tiếp nhận giảm 31 vụ việc.",
        "244",
        "274",
    ),
    (
        "- Gia đình văn hóa: 41.286/45.102 hộ đạt danh hiệu, chiếm 91,5%;\n"
        "- Thôn văn hóa: 182/205 thôn, chiếm 88,8%.\n\n"
        "So với năm 2023, số hộ đạt danh hiệu Gia đình văn hóa tăng 1.318 hộ (năm 2023 là {b} hộ).",
        "39.968",
        "39.868",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), CAUGHT)
def test_change_of_a_value_named_earlier(text: str, right: str, wrong: str) -> None:
    assert run_rule("S101", text.format(b=right)) == []
    (found,) = run_rule("S101", text.format(b=wrong))
    spans = {found.span.start, *(r.span.start for r in found.related)}
    assert text.format(b=wrong).index(wrong) in spans


@pytest.mark.parametrize(
    "text",
    [
        # no figure near the indicator's words: not read
        "Trong năm có 213 vụ việc. So với năm 2023 (274 vụ việc), số vụ việc tiếp nhận giảm 31 "
        "vụ việc.",
        # figures far from any reading: not read
        "Các tổ hòa giải tiếp nhận 213 vụ việc. So với năm 2023 (400 vụ việc), số vụ việc tiếp "
        "nhận giảm 31 vụ việc.",
    ],
)
def test_unclear_changes_are_not_read(text: str) -> None:
    assert run_rule("S101", text) == []
