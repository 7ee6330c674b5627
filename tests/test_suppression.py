"""Suppression comments in Markdown and text reports."""

from __future__ import annotations

from lint.engine import check_text
from lint.ruleset import all_rules, rule_by_code
from tests.cli_support import REPORT

RULES = [rule for rule in all_rules()]


def found(text: str, path: str = "report.md") -> list[str]:
    return [d.code for d in check_text(text, RULES, path)]


def test_unsuppressed_report_has_both_findings() -> None:
    assert found(REPORT) == ["N102", "N101"]


def test_markdown_ignore_applies_to_the_next_block_only() -> None:
    text = REPORT.replace("Vụ Đông Xuân", "<!-- solieu: ignore[N102] -->\nVụ Đông Xuân")
    assert found(text) == ["N101"]
    # the same comment before another paragraph does not reach the N102 figure
    elsewhere = REPORT.replace("Thu ngân sách", "<!-- solieu: ignore[N102] -->\nThu ngân sách")
    assert found(elsewhere) == ["N102", "X101", "N101"]  # X101: the comment silenced nothing


def test_ignore_accepts_prefix_name_several_codes_and_a_reason() -> None:
    for codes in ("N1", "comma-thousands", "N101, N102", "N102 -- số liệu sơ bộ"):
        selectors, _, reason = codes.partition(" -- ")
        comment = f"<!-- solieu: ignore[{selectors}]{' -- ' + reason if reason else ''} -->"
        text = REPORT.replace("Vụ Đông Xuân", comment + "\nVụ Đông Xuân")
        result = found(text)
        assert "N102" not in result and "N101" in result, codes
    # "N101, N102": N101 has nothing to silence in that paragraph, which X101 says
    text = REPORT.replace("Vụ Đông Xuân", "<!-- solieu: ignore[N101, N102] -->\nVụ Đông Xuân")
    assert found(text) == ["X101", "N101"]


def test_disable_file_all_and_by_code() -> None:
    assert found("<!-- solieu: disable-file -->\n" + REPORT) == []
    assert found("<!-- solieu: disable-file[N101] -->\n" + REPORT) == ["N102"]


def test_disable_file_with_empty_brackets_disables_nothing_and_is_reported() -> None:
    for directive in ("disable-file[]", "disable-file[ , ]"):
        assert found(f"<!-- solieu: {directive} -->\n" + REPORT) == ["X101", "N102", "N101"]


def test_text_file_directive_line_before_the_paragraph() -> None:
    text = (
        "BÁO CÁO KẾT QUẢ SẢN XUẤT\n"
        "solieu: ignore[N102]\n"
        "Vụ Đông Xuân toàn xã gieo sạ 2.150 ha, năng suất bình quân 65 tạ/ha, sản lượng đạt 13,975 tấn.\n"
        "Thu ngân sách đạt 12.400 triệu đồng, bằng 52,3% dự toán; chi đạt 47.5% dự toán.\n"
    )
    assert found(text, "report.txt") == ["N101"]
    assert found(text.replace("solieu: ignore[N102]\n", ""), "report.txt") == ["N102", "N101"]


def test_ignore_before_a_table_covers_the_whole_table() -> None:
    table = (
        "Bảng 1. Sản xuất\n\n"
        "<!-- solieu: ignore[N101] -->\n"
        "| Chỉ tiêu | Tỷ lệ |\n"
        "| --- | --- |\n"
        "| Thu ngân sách | 52,3% |\n"
        "| Chi ngân sách | 47.5% |\n"
        "| Vốn đầu tư | 12,5% |\n"
    )
    assert found(table) == []
    assert found(table.replace("<!-- solieu: ignore[N101] -->\n", "")) == ["N101"]


def test_suppressions_are_honoured_by_a_single_rule_run() -> None:
    rule = rule_by_code("N102")
    assert rule is not None
    text = REPORT.replace("Vụ Đông Xuân", "<!-- solieu: ignore[N102] -->\nVụ Đông Xuân")
    assert check_text(text, [rule]) == []
