"""Fuzzing (issue 15): mutated reports and tables never make the full rule set raise.

Each example takes one of a few small reports written for this test (prose with breakdowns,
percentages, area × yield, footnotes, a table with totals and shares) and applies random
insertions, deletions and replacements of the characters reports are made of (table bars,
digits, thousands dots, decimal commas, ``<sup>`` marks, new lines) and cuts of the rest of a
line. Every rule runs in-process on the result; no exception may escape. The budget is bounded
(150 examples, no deadline) and CI runs it derandomized (tests/conftest.py).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.engine import check_text
from lint.ruleset import all_rules

RULES = list(all_rules())

SEEDS = [
    (
        "# BÁO CÁO\n\n"
        "**I. KẾT QUẢ**\n\n"
        "1. Tổng thu ngân sách đạt 1.250,5 tỷ đồng, bằng 52,3% dự toán, tăng 8,1% so với cùng kỳ; "
        "trong đó: thu nội địa 1.000 tỷ đồng, thu xuất nhập khẩu 250,5 tỷ đồng.\n\n"
        "2. Diện tích gieo trồng lúa 2.150 ha, năng suất 65 tạ/ha, sản lượng 13.975 tấn<sup>1</sup>.\n\n"
        "3. Tiếp nhận 98/100 hồ sơ, trong đó đúng hạn 90 hồ sơ, chiếm 91,8%.\n\n"
        "---\n\n"
        "<sup>1</sup> Số liệu sơ bộ của Chi cục Thống kê.\n"
    ),
    (
        "Đơn vị tính: tỷ đồng\n\n"
        "| STT | Chỉ tiêu | Năm 2023 | Năm 2024 | Cơ cấu (%) |\n"
        "|---|---|---:|---:|---:|\n"
        "| | Tổng số | 1.000 | 1.200 | 100 |\n"
        "| 1 | Công nghiệp | 400 | 500 | 41,7 |\n"
        "| 2 | Dịch vụ | 600 | 700 | 58,3 |\n"
        "| a | Thương mại | 350 | 420 | 35,0 |\n"
        "| b | Vận tải | 250 | 280 | 23,3 |\n"
    ),
    (
        "Toàn huyện có 12 xã, gồm 8 xã đồng bằng và 4 xã miền núi. Tổng đàn gia súc có "
        "1.250 con trâu, 3.400 con bò, tăng 2,1% so với cùng kỳ; đàn gia cầm 125.000 con.\n"
        "Giá trị sản xuất đạt 2.506 tỷ 437 triệu đồng, tăng 4,5%.\n"
    ),
]

PIECES = [
    "|",
    "||",
    "| ",
    " |",
    "0",
    "1",
    "9",
    "12",
    "1.000",
    ".",
    ",",
    ",5",
    "%",
    "<sup>",
    "</sup>",
    "<sup>2</sup>",
    "\n",
    "\n\n",
    "\n|",
    " ",
    "-",
    "/",
    "ha",
    "tấn",
    "tạ/ha",
    "tổng số",
    "trong đó",
    "Tổng",
    "---",
    "**",
    "#",
    "I.",
    "a)",
    "+",
]

edit = st.tuples(
    st.sampled_from(["insert", "delete", "replace", "cut"]),
    st.integers(min_value=0, max_value=100_000),  # a position, modulo the text's length
    st.integers(min_value=1, max_value=6),
    st.sampled_from(PIECES),
)


def mutate(text: str, edits: list[tuple[str, int, int, str]]) -> str:
    for kind, where, length, piece in edits:
        at = where % (len(text) + 1)
        if kind == "insert":
            text = text[:at] + piece + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + length :]
        elif kind == "cut":  # the rest of the line is lost (a row without its last cells)
            end = text.find("\n", at)
            text = text[:at] + (text[end:] if end >= 0 else "")
        else:
            text = text[:at] + piece + text[at + length :]
    return text


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    seed=st.sampled_from(range(len(SEEDS))),
    edits=st.lists(edit, min_size=1, max_size=12),
    suffix=st.sampled_from(["report.md", "report.txt"]),
)
def test_mutated_reports_never_raise(
    seed: int, edits: list[tuple[str, int, int, str]], suffix: str
) -> None:
    text = mutate(SEEDS[seed], edits)
    for diagnostic in check_text(text, RULES, suffix):
        assert diagnostic.span.start <= diagnostic.span.end <= len(text.encode("utf-8")) * 4


def test_the_seeds_are_consistent_reports_full_of_figures() -> None:
    # unmutated, each seed is clean and read as intended: the fuzzing starts from real shapes
    from lint.numbers.scan import extract
    from lint.read import read_document

    for seed in SEEDS:
        assert check_text(seed, RULES) == []
        assert len(extract(read_document("r.md", seed.encode("utf-8"))).quantities) >= 9
    table = SEEDS[1].replace("| 1.200 |", "| 1.300 |")
    assert [d.code for d in check_text(table, RULES)] == ["T101"]
