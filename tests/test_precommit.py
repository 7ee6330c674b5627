"""The real ``pre-commit try-repo`` runs the hook of this repository on a temporary reports
repository: the inconsistent report fails the hook, the consistent one passes.

pre-commit installs the hook's Python environment from this repository with pip (lark, rich,
click and the build backend come from the package index), so the first run takes a while.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import CLEAN, REPORT

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def _try_repo(source: Path, cwd: Path, home: Path, *files: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "LANG": "en_US.UTF-8",
        "NO_COLOR": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    for variable in ("SOLIEU_LANG", "LC_ALL", "LC_MESSAGES", "VIRTUAL_ENV"):
        environment.pop(variable, None)
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(source), "solieu", "--verbose"]
    command += ["--files", *files] if files else ["--all-files"]
    return subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=900
    )


def test_pre_commit_try_repo(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    _git(reports, "init", "-q")
    (reports / "tot.md").write_text(CLEAN, encoding="utf-8")
    (reports / "sai.md").write_text(REPORT, encoding="utf-8")
    (reports / "ghi-chu.py").write_text("x = 1\n", encoding="utf-8")  # not a report type
    _git(reports, "add", ".")
    home = tmp_path / "pre-commit-home"
    # the committed state of this repository, as a fresh CI clone has it
    source = tmp_path / "solieu"
    subprocess.run(
        ["git", "clone", "-q", "--no-local", str(ROOT), str(source)],
        check=True,
        capture_output=True,
    )

    failing = _try_repo(source, reports, home)
    output = failing.stdout + failing.stderr
    assert failing.returncode == 1, output
    assert "solieu" in output and "Failed" in output
    assert "sai.md:3:84: N102" in output
    assert "sai.md:5:76: N101" in output
    assert "tot.md:" not in output and "ghi-chu.py" not in output

    passing = _try_repo(source, reports, home, "tot.md")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
