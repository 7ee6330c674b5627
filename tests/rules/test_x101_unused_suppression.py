from __future__ import annotations

from pathlib import Path

from lint.engine import check_text
from lint.ruleset import all_rules, rule_by_code
from tests.cli_support import REPORT
from tests.conftest import run_rule


def x101(
    text: str, path: str = "report.md", codes: tuple[str, ...] = ("N101", "N102")
) -> list[str]:
    rules = [rule_by_code(code) for code in (*codes, "X101")]
    found = check_text(text, [rule for rule in rules if rule is not None], path)
    return [d.message.en for d in found if d.code == "X101"]


def test_unused_suppression_is_reported_at_info() -> None:
    text = REPORT.replace("Thu ngân sách", "<!-- solieu: ignore[N102] -->\nThu ngân sách")
    found = check_text(text, [r for r in all_rules() if r.code in ("N102", "X101")])
    unused = [d for d in found if d.code == "X101"]
    assert len(unused) == 1
    assert unused[0].severity.value == "info"
    assert unused[0].message.en == "Unused suppression of N102: there is no finding to silence"
    assert text[unused[0].span.start : unused[0].span.end] == "solieu: ignore[N102]"


def test_used_suppression_is_not_reported() -> None:
    text = REPORT.replace("Vụ Đông Xuân", "<!-- solieu: ignore[N102] -->\nVụ Đông Xuân")
    assert x101(text) == []


def test_suppression_of_a_rule_that_did_not_run_is_not_called_unused() -> None:
    text = REPORT.replace("Thu ngân sách", "<!-- solieu: ignore[D101] -->\nThu ngân sách")
    assert x101(text) == []


def test_unknown_code_and_malformed_directives() -> None:
    assert run_rule("X101", "<!-- solieu: ignore[Q999] -->\nMột đoạn văn.\n")[0].message.en == (
        "No rule “Q999”: this suppression silences nothing"
    )
    assert [d.message.en for d in run_rule("X101", "<!-- solieu: ignore -->\nMột đoạn.\n")] == [
        "Cannot read the suppression comment “solieu: ignore”"
    ]
    assert len(run_rule("X101", "solieu: bỏ qua N102\nMột đoạn văn bản.\n", "r.txt")) == 1


def test_unused_disable_file_and_used_disable_file() -> None:
    assert x101("<!-- solieu: disable-file -->\nKhông có số liệu.\n") == [
        "Unused suppression of any rule: there is no finding to silence"
    ]
    assert x101("<!-- solieu: disable-file -->\n" + REPORT) == []


def test_corpus_has_no_suppressions(corpus: Path) -> None:
    for name in ("kien-tuong-2020-h1.md", "kim-tan-2023-h1.txt"):
        text = (corpus / name).read_text(encoding="utf-8")
        assert run_rule("X101", text, name) == []


def test_docstring_examples_behave_as_documented() -> None:
    import textwrap

    rule = rule_by_code("X101")
    assert rule is not None
    sections = rule.doc_sections()
    every_rule = list(all_rules())
    failing = textwrap.dedent(sections["Example that fails"]).strip() + "\n"
    passing = textwrap.dedent(sections["Example that passes"]).strip() + "\n"
    assert [d.code for d in check_text(failing, every_rule)] == ["X101"]
    assert check_text(passing, every_rule) == []
