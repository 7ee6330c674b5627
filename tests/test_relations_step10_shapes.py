"""Shapes read in issue 11's tenth step: the whole a share names, given in a parenthesis after
its name when that name holds an age ("dân số từ 18 tuổi trở lên (…)"), when the parenthesis
says the name again ("(dân số trung bình năm 2025 là …)") or goes on to split the whole
("(…, gồm …)"); and a breakdown marker inside a parenthesis that opens with its total."""

from __future__ import annotations

import pytest

from lint.engine import check_text
from lint.ruleset import all_rules
from tests.conftest import assert_silent_then_caught


def findings(text: str) -> list[str]:
    """Every rule's findings on a snippet, as "CODE message"."""
    return [f"{d.code} {d.message}" for d in check_text(text, list(all_rules()))]


CAUGHT = [
    # an age in the whole's name
    (
        "P101",
        "Số người đã có tài khoản định danh mức 2 là 62.415 người, chiếm 71,3% dân số từ 14 "
        "tuổi trở lên (87.540 người).",
        "62.415",
        "67.415",
    ),
    # the whole's name said again in the parenthesis, with its year
    (
        "P101",
        "Toàn xã có 3.214 người cao tuổi, chiếm 12,8% dân số (dân số trung bình năm 2025 là "
        "25.109 người).",
        "12,8%",
        "17,8%",
    ),
    (
        "P101",
        "Diện tích lúa chất lượng cao đạt 1.842 ha, chiếm 61,4% diện tích gieo cấy (diện tích "
        "gieo cấy cả năm đạt 3.000 ha).",
        "3.000 ha",
        "3.800 ha",
    ),
    # the parenthesis goes on to split the whole
    (
        "P101",
        "Dự phòng ngân sách huyện là 4.150 triệu đồng, bằng 1,66% tổng chi ngân sách huyện "
        "(250.000 triệu đồng, gồm chi thường xuyên 205.850 triệu đồng, chi đầu tư 40.000 triệu "
        "đồng và dự phòng 4.150 triệu đồng).",
        "1,66%",
        "1,86%",
    ),
    # the split inside that parenthesis is of its own figure, not of the one before
    (
        "S101",
        "Dự phòng ngân sách huyện là 4.150 triệu đồng, bằng 1,66% tổng chi ngân sách huyện "
        "(250.000 triệu đồng, gồm chi thường xuyên 205.850 triệu đồng, chi đầu tư 40.000 triệu "
        "đồng và dự phòng 4.150 triệu đồng).",
        "205.850",
        "203.850",
    ),
]


@pytest.mark.parametrize(("code", "text", "figure", "changed"), CAUGHT)
def test_consistent_is_silent_and_one_change_is_caught_at_it(
    code: str, text: str, figure: str, changed: str
) -> None:
    assert_silent_then_caught(code, text, figure, changed)


SILENT = [
    # the figure in the parenthesis is last year's, not the whole
    "Có 480 hộ nghèo, chiếm 4,0% tổng số hộ toàn huyện (năm 2024 là 1.500 hộ nghèo).",
    # the parenthesis names another whole than the share's
    "Có 480 hộ nghèo, chiếm 4,0% số hộ của xã (số hộ cận nghèo là 1.500 hộ).",
    # a share whose parenthesis splits the part itself
    "Khách quốc tế đạt 9.000 lượt, chiếm 12,0% tổng lượt khách (gồm 5.000 lượt khách Hàn "
    "Quốc và 4.000 lượt khách Thái Lan).",
    # a marker in a parenthesis with no figure before it splits the figure before the
    # parenthesis
    "Tiếp nhận 42 đơn (trong đó đã giải quyết 41 đơn, 01 đơn đang giải quyết).",
]


@pytest.mark.parametrize("text", SILENT)
def test_nothing_is_raised(text: str) -> None:
    assert findings(text) == []


def test_a_split_in_a_parenthesis_after_the_figure_before_is_still_checked() -> None:
    text = "Tiếp nhận 42 đơn (trong đó đã giải quyết 41 đơn, 03 đơn đang giải quyết)."
    assert [f.split()[0] for f in findings(text)] == ["S102"]
