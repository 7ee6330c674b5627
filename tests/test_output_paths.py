"""Output paths (issue 15): no output overwrites an input or another output; writes are whole."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from lint.cli import main
from lint.outputs import write_atomic
from tests.cli_support import REPORT, write
from tests.docx_builder import DocxBuilder


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, ["check", "--no-cache", *args])


def refused(result: Result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_an_output_that_is_the_input_is_refused(
    tmp_path: Path, option: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = write(tmp_path, "r.md", REPORT)
    monkeypatch.chdir(tmp_path)
    refused(invoke("r.md", option, "./r.md"), "r.md", "input")
    assert report.read_text(encoding="utf-8") == REPORT


def test_an_output_in_a_directory_is_compared_with_the_files_found(tmp_path: Path) -> None:
    report = write(tmp_path, "docs/r.md", REPORT)
    refused(invoke(str(tmp_path / "docs"), "-o", str(report)), "input")
    assert report.read_text(encoding="utf-8") == REPORT


def test_a_hard_link_or_symbolic_link_to_the_input_is_refused(tmp_path: Path) -> None:
    report = write(tmp_path, "r.md", REPORT)
    os.link(report, tmp_path / "hard.md")
    os.symlink(report, tmp_path / "soft.md")
    refused(invoke(str(report), "-o", str(tmp_path / "hard.md")), "input")
    refused(invoke(str(report), "-o", str(tmp_path / "soft.md")), "input")
    assert report.read_text(encoding="utf-8") == REPORT


def test_the_input_of_a_docx_is_not_overwritten_by_annotate(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.paragraph("Lúa gieo sạ 1.200 ha, năng suất 60 tạ/ha, sản lượng đạt 7,200 tấn.")
    draft = builder.save(tmp_path / "du-thao.docx")
    before = draft.read_bytes()
    os.link(draft, tmp_path / "link.docx")
    refused(invoke(str(draft), "--annotate", str(tmp_path / "link.docx"), "--force"), "input")
    refused(invoke(str(draft), "-o", str(draft)), "input")
    assert draft.read_bytes() == before


def test_a_dangling_symbolic_link_is_not_followed(tmp_path: Path) -> None:
    report = write(tmp_path, "r.md", REPORT)
    os.symlink(tmp_path / "elsewhere.txt", tmp_path / "out.txt")
    refused(invoke(str(report), "-o", str(tmp_path / "out.txt")), "symbolic link")
    assert not (tmp_path / "elsewhere.txt").exists()


def test_two_outputs_of_one_run_cannot_be_the_same_file(tmp_path: Path) -> None:
    builder = DocxBuilder()
    builder.paragraph("Sản lượng đạt 7,200 tấn.")
    draft = builder.save(tmp_path / "du-thao.docx")
    out = str(tmp_path / "out.docx")
    refused(invoke(str(draft), "-o", out, "--annotate", out), "--annotate", "--output-file")
    assert not Path(out).exists()


def test_write_baseline_may_update_the_baseline_it_reads(tmp_path: Path) -> None:
    report = write(tmp_path, "r.md", REPORT)
    baseline = str(tmp_path / "baseline.json")
    assert invoke(str(report), "--write-baseline", baseline).exit_code == 0
    result = invoke(str(report), "--baseline", baseline, "--write-baseline", baseline)
    assert result.exit_code == 0, result.output
    refused(invoke(str(report), "--baseline", baseline, "-o", baseline), "input")


def test_a_missing_directory_is_one_line_before_any_work(tmp_path: Path) -> None:
    report = write(tmp_path, "r.md", REPORT)
    refused(invoke(str(report), "-o", str(tmp_path / "no" / "out.txt")), "does not exist")


UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


def _solieu(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "lint.cli", *args]
    if os.geteuid() == 0:  # root writes anywhere unless it drops the capabilities
        if shutil.which("setpriv") is None:
            pytest.skip("needs setpriv to drop root's capabilities")
        command = UNPRIVILEGED + command
    env = {**os.environ, "LANG": "C.UTF-8", "SOLIEU_LANG": "en"}
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_an_unwritable_directory_is_one_line(tmp_path: Path, option: str) -> None:
    report = write(tmp_path, "r.md", REPORT)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = _solieu("check", "--no-cache", str(report), option, "locked/out", cwd=tmp_path)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0
    assert "locked/out" in result.stderr and "permission denied" in result.stderr
    assert not (locked / "out").exists()


def test_write_atomic_replaces_the_file_whole_and_writes_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "new"
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    write_atomic(link, b"through the link")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "through the link"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "out.txt"]
