"""The CI output formats: SARIF against the official schema, GitHub, JUnit, GitLab, JSON."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import jsonschema
import pytest

from tests.cli_support import CLEAN, REPORT, run, write

SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bao-cao/xã-tân-phú.md", REPORT)
    write(tmp_path, "bao-cao/sạch.md", CLEAN)
    return tmp_path


def test_sarif_validates_against_the_official_schema(reports: Path) -> None:
    result = run("check", "--format", "sarif", "--no-cache", "-j", "1", "./bao-cao")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(payload, schema, cls=jsonschema.Draft4Validator)
    run_ = payload["runs"][0]
    found = [(r["ruleId"], r["level"]) for r in run_["results"]]
    assert found == [("N102", "error"), ("N101", "warning")]
    n102 = run_["results"][0]
    location = n102["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "bao-cao/x%C3%A3-t%C3%A2n-ph%C3%BA.md"
    assert location["region"] == {"startLine": 3, "startColumn": 84, "endLine": 3, "endColumn": 90}
    assert [item["message"]["text"] for item in n102["relatedLocations"]] == ["area", "yield"]
    rules = run_["tool"]["driver"]["rules"]
    assert rules[n102["ruleIndex"]]["id"] == "N102"
    assert all(rule["properties"]["summary_vi"] for rule in rules)


def test_sarif_in_vietnamese_is_also_valid(reports: Path) -> None:
    result = run("check", "--format", "sarif", "--lang", "vi", "--no-cache", "-j", "1", ".")
    payload = json.loads(result.output)
    jsonschema.validate(
        payload, json.loads(SCHEMA.read_text("utf-8")), cls=jsonschema.Draft4Validator
    )
    assert payload["runs"][0]["results"][0]["message"]["text"].startswith("“13,975” đọc là")


def test_github_annotations_have_no_dot_slash_prefix(reports: Path) -> None:
    result = run("check", "--format", "github", "--no-cache", "-j", "1", "./bao-cao/")
    lines = result.output.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        "::error file=bao-cao/xã-tân-phú.md,line=3,col=84,endLine=3,endColumn=90,"
        "title=N102 comma-thousands::"
    )
    assert lines[1].startswith("::warning file=bao-cao/xã-tân-phú.md,line=5,")
    assert "%0Ahelp: write 47,5" in lines[1]  # the suggestion on an escaped new line
    # the computation notes too, one line each
    assert "%0Anote: 2.150 ha × 65 tạ/ha ÷ 10 ≈ 13.975 tấn%0Ahelp: write 13.975" in lines[0]
    assert all("./" not in line.split("::")[1] for line in lines)


def test_github_escapes_property_separators(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a,b:c.md", REPORT)
    result = run("check", "--format", "github", "--no-cache", "-j", "1", "a,b:c.md")
    assert result.output.startswith("::error file=a%2Cb%3Ac.md,line=3")


def test_junit_counts_failures_and_passing_files(reports: Path) -> None:
    result = run("check", "--format", "junit", "--no-cache", "-j", "1", "bao-cao")
    root = ElementTree.fromstring(result.output)
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("3", "2", "0")
    suites = {suite.get("name"): suite for suite in root}
    assert suites["bao-cao/sạch.md"].get("failures") == "0"
    failing = suites["bao-cao/xã-tân-phú.md"]
    names = [case.get("name") for case in failing]
    assert names == ["N102 comma-thousands (3:84)", "N101 dot-decimal (5:76)"]
    failure = failing.find("testcase/failure")
    assert failure is not None and failure.get("type") == "error"


def test_gitlab_code_quality(reports: Path) -> None:
    result = run("check", "--format", "gitlab", "--no-cache", "-j", "1", "bao-cao")
    issues = json.loads(result.output)
    assert [(i["check_name"], i["severity"]) for i in issues] == [
        ("N102 comma-thousands", "major"),
        ("N101 dot-decimal", "minor"),
    ]
    assert issues[0]["location"]["path"] == "bao-cao/xã-tân-phú.md"
    assert issues[0]["location"]["positions"]["begin"] == {"line": 3, "column": 84}
    assert len({issue["fingerprint"] for issue in issues}) == 2


def test_gitlab_fingerprints_unique_for_repeated_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    twice = REPORT + "\nChi thường xuyên đạt 47.5% dự toán.\n"
    write(tmp_path, "r.md", twice)
    issues = json.loads(run("check", "--format", "gitlab", "--no-cache", "r.md").output)
    assert len(issues) == 3
    assert len({issue["fingerprint"] for issue in issues}) == 3


def test_json_contract_keeps_its_keys(reports: Path) -> None:
    payload = json.loads(run("check", "--format", "json", "--no-cache", "bao-cao").output)
    assert payload["version"] == 1
    assert set(payload["summary"]) >= {"files", "errors", "warnings", "infos"}
    first = payload["diagnostics"][0]
    for key in (
        "path",
        "code",
        "name",
        "severity",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "related",
        "suggestion",
        "fingerprint",
    ):
        assert key in first


def test_every_format_agrees_on_the_corpus(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    arguments = ("check", "--no-cache", "--exit-zero", str(corpus))
    payload = json.loads(run(*arguments, "--format", "json").output)
    expected = [(d["code"], d["line"], d["column"]) for d in payload["diagnostics"]]
    assert expected, "the corpus has findings"
    sarif = json.loads(run(*arguments, "--format", "sarif").output)
    jsonschema.validate(
        sarif, json.loads(SCHEMA.read_text("utf-8")), cls=jsonschema.Draft4Validator
    )
    regions = [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"])
        for r in sarif["runs"][0]["results"]
    ]
    assert [
        (code, region["startLine"], region["startColumn"]) for code, region in regions
    ] == expected
    github = run(*arguments, "--format", "github").output.splitlines()
    assert len(github) == len(expected)
    gitlab = json.loads(run(*arguments, "--format", "gitlab").output)
    assert len(gitlab) == len(expected) == len({issue["fingerprint"] for issue in gitlab})
    junit = ElementTree.fromstring(run(*arguments, "--format", "junit").output)
    assert junit.get("failures") == str(len(expected))
