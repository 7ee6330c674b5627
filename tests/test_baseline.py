"""Baselines: old findings are tolerated by count and fingerprint, new ones still fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import REPORT, codes, run, write


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "bao-cao/quy-1.md", REPORT)
    result = run("check", "--no-cache", "--write-baseline", "solieu-baseline.json", "bao-cao")
    assert result.exit_code == 0
    assert "Recorded 2 findings in solieu-baseline.json." in result.output
    return tmp_path


def check(*args: str) -> tuple[int, list[str]]:
    result = run(
        "check", "--format", "json", "--no-cache", "--baseline", "solieu-baseline.json", *args
    )
    return result.exit_code, codes(result.output)


def test_baseline_file_records_counts_per_file_code_fingerprint(repo: Path) -> None:
    payload = json.loads((repo / "solieu-baseline.json").read_text(encoding="utf-8"))
    assert payload["version"] == 1
    entries = payload["files"]["bao-cao/quy-1.md"]
    assert sorted(entries) == ["N101", "N102"]
    assert all(list(v.values()) == [1] for v in entries.values())


def test_unchanged_report_passes_with_the_baseline(repo: Path) -> None:
    assert check("bao-cao") == (0, [])
    assert run("check", "--no-cache", "bao-cao").exit_code == 1  # without it, it still fails


def test_editing_an_unrelated_paragraph_does_not_resurrect_old_findings(repo: Path) -> None:
    edited = REPORT.replace(
        "# Báo cáo kết quả sản xuất nông nghiệp\n",
        "# Báo cáo kết quả sản xuất nông nghiệp\n\nI. TÌNH HÌNH CHUNG\n\n"
        "Trong quý, thời tiết thuận lợi, nhân dân tích cực sản xuất.\n",
    ).replace("1.250 con trâu", "1.310 con trâu")
    write(repo, "bao-cao/quy-1.md", edited)
    assert check("bao-cao") == (0, [])


def test_a_new_finding_fails_and_only_it_is_shown(repo: Path) -> None:
    write(repo, "bao-cao/quy-1.md", REPORT + "\nChi đầu tư phát triển đạt 38.2% kế hoạch.\n")
    status, found = check("bao-cao")
    assert (status, found) == (1, ["N101"])


def test_the_same_mistake_once_more_exceeds_the_count(repo: Path) -> None:
    write(repo, "bao-cao/quy-1.md", REPORT + "\nChi thường xuyên đạt 47.5% dự toán.\n")
    assert check("bao-cao") == (1, ["N101"])


def test_baseline_works_from_another_directory(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "bao-cao")
    result = run("check", "--no-cache", "--baseline", "../solieu-baseline.json", "quy-1.md")
    assert result.exit_code == 0


def test_a_broken_baseline_is_a_usage_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOLIEU_LANG", "en")
    (repo / "solieu-baseline.json").write_text("{}", encoding="utf-8")
    result = run("check", "--no-cache", "--baseline", "solieu-baseline.json", "bao-cao")
    assert result.exit_code == 2
    assert "not a solieu baseline" in result.output
