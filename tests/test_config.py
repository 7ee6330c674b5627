"""Configuration discovery, selection, per-file ignores, severities, options and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.config import ConfigError, config_for, load_config_file
from tests.cli_support import REPORT, codes, run, write


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)


def check_json(*args: str) -> list[str]:
    result = run("check", "--format", "json", "--no-cache", "-j", "1", *args)
    assert result.exit_code in (0, 1), result.output
    return codes(result.output)


def test_no_configuration_runs_every_rule(tmp_path: Path) -> None:
    write(tmp_path, "r.md", REPORT)
    assert check_json("r.md") == ["N102", "N101"]
    assert config_for(tmp_path / "r.md").path is None


def test_pyproject_select_by_prefix_and_ignore_by_name(tmp_path: Path) -> None:
    write(
        tmp_path,
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.solieu]\nselect = ["N1"]\nignore = ["dot-decimal"]\n',
    )
    write(tmp_path, "r.md", REPORT)
    assert check_json("r.md") == ["N102"]


def test_pyproject_without_solieu_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'ignore = ["N102"]\n')
    write(tmp_path, "sub/pyproject.toml", '[project]\nname = "x"\n')
    write(tmp_path, "sub/r.md", REPORT)
    # N102 ignored: the production typed with a comma is reported by U101 (the relation it breaks)
    assert check_json("sub/r.md") == ["U101", "N101"]


def test_closest_configuration_wins_without_merging(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'ignore = ["N102"]\n')
    write(tmp_path, "nam-2025/.solieu.toml", 'ignore = ["N101"]\n')
    write(tmp_path, "r.md", REPORT)
    write(tmp_path, "nam-2025/r.md", REPORT)
    assert check_json("r.md") == ["U101", "N101"]  # N102 ignored: U101 reports the comma typo
    assert check_json("nam-2025/r.md") == ["N102"]


def test_dot_solieu_toml_beats_solieu_toml_in_one_directory(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'ignore = ["N102"]\n')
    write(tmp_path, ".solieu.toml", 'ignore = ["N101"]\n')
    assert config_for(tmp_path / "x.md").path == tmp_path / ".solieu.toml"


def test_extend_select_and_per_file_ignores(tmp_path: Path) -> None:
    write(
        tmp_path,
        "solieu.toml",
        'select = ["N101"]\nextend-select = ["N102"]\n\n[per-file-ignores]\n"luu-tru/*.md" = ["N"]\n',
    )
    write(tmp_path, "r.md", REPORT)
    write(tmp_path, "luu-tru/cu.md", REPORT)
    assert check_json("r.md") == ["N102", "N101"]
    assert check_json("luu-tru/cu.md") == []


def test_rule_severity_and_fail_on(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'fail-on = "error"\n\n[rules.N102]\nseverity = "warning"\n')
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--format", "json", "--no-cache", "r.md")
    severities = [d["severity"] for d in json.loads(result.output)["diagnostics"]]
    assert severities == ["warning", "warning"]
    assert result.exit_code == 0  # nothing at error level any more
    assert run("check", "--no-cache", "--fail-on", "warning", "r.md").exit_code == 1


def test_exclude_applies_to_walked_files_and_with_force_exclude(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'exclude = ["nhap/"]\n')
    write(tmp_path, "nhap/r.md", REPORT)
    write(tmp_path, "r.md", REPORT)
    payload = json.loads(run("check", "--format", "json", "--no-cache", ".").output)
    assert {d["path"] for d in payload["diagnostics"]} == {"r.md"}
    assert check_json("nhap/r.md") == ["N102", "N101"]  # named explicitly: checked
    assert check_json("--force-exclude", "nhap/r.md") == []


def test_lang_from_configuration(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'lang = "vi"\n')
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--no-cache", "-q", "r.md")
    assert "đọc là" in result.output


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('selekt = ["N"]\n', "solieu.toml: key 'selekt': unknown key"),
        ('select = ["Z999"]\n', "key 'select': unknown rule code or name 'Z999'"),
        ('select = "N101"\n', "key 'select': expected a list of strings"),
        ('fail-on = "fatal"\n', "key 'fail-on': expected one of error, warning, info"),
        ('lang = "fr"\n', "key 'lang': expected one of vi, en"),
        ('[rules.N102]\nseverity = "loud"\n', "key 'rules.N102.severity'"),
        ("[rules.N102]\ntolerance = 3\n", "key 'rules.N102.tolerance': N102 has no option"),
        ('[rules.Q123]\nseverity = "info"\n', "key 'rules.Q123': unknown rule"),
        ('[per-file-ignores]\n"*.md" = ["nonexistent-rule"]\n', "per-file-ignores.*.md"),
        ("select = [\n", "invalid TOML"),
        ("[rules.U101]\ntolerance = nan\n", "key 'rules.U101.tolerance': expected a finite"),
        ("[rules.U101]\ntolerance = inf\n", "key 'rules.U101.tolerance': expected a finite"),
        ("[rules.U101]\ntolerance = -50\n", "key 'rules.U101.tolerance': expected a finite"),
        ("[rules.N101]\nmin-comma-decimals = -1\n", "key 'rules.N101.min-comma-decimals'"),
        ('exclude = ["drafts/["]\n', "key 'exclude': invalid glob 'drafts/['"),
        ('exclude = [""]\n', "key 'exclude': invalid glob"),
        ('[per-file-ignores]\n"[ab.md" = ["N101"]\n', "key 'per-file-ignores.[ab.md': invalid"),
        ("select = " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
        ("a = " + "{b = " * 3000 + "1" + "}" * 3000 + "\n", "nested too deeply"),
    ],
)
def test_bad_configuration_is_a_usage_error_naming_file_and_key(
    tmp_path: Path, content: str, expected: str
) -> None:
    write(tmp_path, "solieu.toml", content)
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--no-cache", "r.md")
    assert result.exit_code == 2
    assert expected in result.output
    assert "solieu.toml" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("pattern", ["drafts/[ab]*.md", "[!x].md", "[]].md", "*.md"])
def test_valid_globs_are_accepted(tmp_path: Path, pattern: str) -> None:
    write(tmp_path, "solieu.toml", f"exclude = [{json.dumps(pattern)}]\n")
    assert load_config_file(tmp_path / "solieu.toml").exclude == (pattern,)


def test_zero_tolerance_is_accepted(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", "[rules.U101]\ntolerance = 0\n")
    assert load_config_file(tmp_path / "solieu.toml").rule_options()["U101"]["tolerance"] == 0


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.solieu]\nignored = []\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.solieu\] key 'ignored'"):
        load_config_file(tmp_path / "pyproject.toml")


def test_rule_options_are_validated_with_the_declared_type(tmp_path: Path) -> None:
    from lint.ruleset import all_rules

    with_options = [rule for rule in all_rules() if rule.options]
    if not with_options:
        pytest.skip("no installed rule declares options")
    rule = with_options[0]
    name, option = next(iter(rule.options.items()))
    wrong = '"text"' if not isinstance(option.default, str) else "12"
    write(tmp_path, "solieu.toml", f"[rules.{rule.code}]\n{name} = {wrong}\n")
    with pytest.raises(ConfigError, match=rf"rules.{rule.code}.{name}': expected"):
        load_config_file(tmp_path / "solieu.toml")


def test_cli_select_replaces_configured_select(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'select = ["N101"]\n')
    write(tmp_path, "r.md", REPORT)
    assert check_json("--select", "N102", "r.md") == ["N102"]
    assert check_json("--ignore", "N101", "r.md") == []


def test_unknown_selector_on_command_line(tmp_path: Path) -> None:
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--select", "S9", "r.md")
    assert result.exit_code == 2
    assert "unknown rule code or name 'S9'" in result.output


def test_config_command_prints_the_effective_configuration(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'ignore = ["N1"]\n\n[rules.D101]\nseverity = "warning"\n')
    write(tmp_path, "r.md", REPORT)
    result = run("config", "r.md")
    assert result.exit_code == 0
    payload = json.loads(result.output)
    assert payload["config-file"] == str(tmp_path / "solieu.toml")
    assert payload["ignore"] == ["N1"]
    assert payload["rules"] == {"D101": {"severity": "warning"}}
    assert "N101" not in payload["rules-run"] and "D101" in payload["rules-run"]
    assert payload["excluded"] is False


def test_configuration_errors_in_vietnamese(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", "[rules.N102]\nnguong = 3\n")
    write(tmp_path, "r.md", REPORT)
    result = run("check", "--lang", "vi", "--no-cache", "r.md")
    assert result.exit_code == 2
    assert "solieu.toml: khóa 'rules.N102.nguong': N102 không có tùy chọn 'nguong'" in result.output


def test_fail_on_of_the_closest_configuration_applies_per_file(tmp_path: Path) -> None:
    write(tmp_path, "solieu.toml", 'select = ["N101"]\n')
    write(tmp_path, "cu/solieu.toml", 'select = ["N101"]\nfail-on = "error"\n')
    write(tmp_path, "cu/r.md", REPORT)
    write(tmp_path, "moi/r.md", REPORT)
    assert run("check", "--no-cache", "cu").exit_code == 0  # N101 is a warning
    assert run("check", "--no-cache", "moi").exit_code == 1
    assert run("check", "--no-cache", "cu", "--fail-on", "warning").exit_code == 1
