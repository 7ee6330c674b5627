"""The command line: exit codes, --fail-on, --exit-zero, --quiet, --statistics, --output-file,
standard input, 'solieu rule', and the generated docs/rules.md."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.cli import rules_markdown
from tests.cli_support import CLEAN, REPORT, codes, run, write

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)


def test_docs_rules_md_is_generated_from_the_live_registry() -> None:
    current = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert current == rules_markdown(), (
        "docs/rules.md is stale: run `solieu rules --markdown > docs/rules.md`"
    )


def test_rules_markdown_has_every_section_of_every_rule() -> None:
    from lint.ruleset import all_rules

    text = rules_markdown()
    for rule in all_rules():
        assert f"## {rule.code} `{rule.name}`" in text
    assert text.count("### Example that fails") == len(all_rules())


def test_exit_codes_and_fail_levels(tmp_path: Path) -> None:
    write(tmp_path, "r.md", REPORT)
    write(tmp_path, "c.md", CLEAN)
    assert run("check", "--no-cache", "c.md").exit_code == 0
    assert run("check", "--no-cache", "r.md").exit_code == 1
    assert run("check", "--no-cache", "--exit-zero", "r.md").exit_code == 0
    assert (
        run("check", "--no-cache", "--select", "N101", "--fail-on", "error", "r.md").exit_code == 0
    )
    assert (
        run("check", "--no-cache", "--select", "N101", "--fail-on", "warning", "r.md").exit_code
        == 1
    )
    missing = run("check", "--no-cache", "nowhere.md")
    assert missing.exit_code == 2 and "nowhere.md" in missing.output


def test_quiet_prints_one_line_per_finding(tmp_path: Path) -> None:
    write(tmp_path, "r.md", REPORT)
    lines = run("check", "--no-cache", "-q", "r.md").output.splitlines()
    assert [line.split(": ")[1].split()[0] for line in lines] == ["N102", "N101"]
    assert lines[0].startswith("r.md:3:84: N102 ")


def test_statistics_counts_per_code(tmp_path: Path) -> None:
    write(tmp_path, "a.md", REPORT)
    write(tmp_path, "b.md", REPORT + "\nChi thường xuyên đạt 47.5% dự toán.\n")
    result = run("check", "--no-cache", "--statistics", "a.md", "b.md")
    lines = result.output.splitlines()
    assert lines[0].split() == ["3", "N101", "dot-decimal", "warning"]
    assert lines[1].split() == ["2", "N102", "comma-thousands", "error"]
    assert lines[2] == "5 findings in total."
    assert result.exit_code == 1


def test_output_file_keeps_the_exit_code(tmp_path: Path) -> None:
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--no-cache", "--format", "json", "-o", "out.json", "r.md")
    assert result.exit_code == 1  # unlike textlint, -o never turns failure into success
    assert codes((tmp_path / "out.json").read_text(encoding="utf-8")) == ["N102", "N101"]


def test_standard_input(tmp_path: Path) -> None:
    result = run("check", "--format", "json", "-", input=REPORT)
    payload = json.loads(result.output)
    assert [d["path"] for d in payload["diagnostics"]] == ["<stdin>", "<stdin>"]


def test_rule_page_in_both_languages() -> None:
    english = run("rule", "N102", "--lang", "en").output
    vietnamese = run("rule", "comma-thousands", "--lang", "vi").output
    assert "*Comma used where the thousands separator belongs*" in english
    assert "*Dấu phẩy đặt ở vị trí dấu chấm phân cách hàng nghìn*" in vietnamese
    unknown = run("rule", "Q999")
    assert unknown.exit_code == 2 and "unknown rule 'Q999'" in unknown.output


def test_rules_table_lists_x101() -> None:
    assert "unused-suppression" in run("rules").output


def test_config_command_reports_configuration_errors(tmp_path: Path) -> None:
    write(tmp_path, ".solieu.toml", 'fail-on = "never"\n')
    result = run("config")
    assert result.exit_code == 2
    assert ".solieu.toml: key 'fail-on'" in result.output


def test_explicit_config_file(tmp_path: Path) -> None:
    write(tmp_path, "ci/solieu-ci.toml", 'select = ["N102"]\n')
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--no-cache", "--format", "json", "--config", "ci/solieu-ci.toml", "r.md")
    assert codes(result.output) == ["N102"]
