"""Bad input through the command line: exit code 2, one line per file naming it and saying what
is wrong, no traceback, and the other files are still checked (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main
from lint.errors import InputError
from lint.read.encoding import decode

GOOD = "Tổng thu tăng 34.1% so với cùng kỳ; đạt 50,3% kế hoạch, năng suất 62,5 tạ/ha.\n"
VIETNAMESE = "Báo cáo năm 2020: thu ngân sách 12 tỷ đồng, tăng 5% so với cùng kỳ, đạt kế hoạch.\n"

# The same sentence in TCVN3 (ABC) and VNI bytes, as legacy fonts stored it.
TCVN3 = "B¸o c¸o n¨m 2020: thu ng©n s¸ch 12 tû ®ång, t¨ng 5% so víi cïng kú, ®¹t kÕ ho¹ch.\n"
VNI = "Baùo caùo naêm 2020: thu ngaân saùch 12 tyû ñoàng, taêng 5% so vôùi cuøng kyø, ñaït keá hoaïch.\n"

CASES: dict[str, tuple[bytes, str]] = {
    "tcvn3.txt": (TCVN3.encode("latin-1"), "TCVN3"),
    "vni.md": (VNI.encode("latin-1"), "VNI"),
    "tcvn3-as-unicode.txt": (TCVN3.encode("utf-8"), "TCVN3"),
    "vni-as-unicode.txt": (VNI.encode("utf-8"), "VNI"),
    "mojibake.txt": (VIETNAMESE.encode("utf-8").decode("cp1252", "replace").encode(), "cp1252"),
    "latin1.txt": (VIETNAMESE.encode("utf-8").replace("á".encode(), b"\xe1"), "not valid UTF-8"),
    "binary.md": (bytes(range(256)) * 8, "binary"),
    "utf16-no-bom.md": (VIETNAMESE.encode("utf-16-le"), "UTF-16 without a byte-order mark"),
    "bad-bom.md": (b"\xef\xbb\xbf" + b"\xff\xfe\xfa", "byte-order mark"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_decode_refuses_with_a_clear_reason(name: str) -> None:
    data, reason = CASES[name]
    with pytest.raises(InputError) as raised:
        decode(data, name)
    assert raised.value.path == name
    assert reason in raised.value.message
    assert "\n" not in str(raised.value)


OCOP = "Nhãn hiệu OCOP® của xã, đạt 3 sao.\n"  # a lone ® is not TCVN3


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (VIETNAMESE.encode("utf-8"), VIETNAMESE),
        (b"\xef\xbb\xbf" + VIETNAMESE.encode("utf-8"), VIETNAMESE),
        (VIETNAMESE.encode("utf-16"), VIETNAMESE),  # with BOM
        (OCOP.encode("utf-8"), OCOP),
        (b"", ""),
    ],
)
def test_decode_accepts_unicode(data: bytes, text: str) -> None:
    assert decode(data, "ok.md") == text


def write_cases(directory: Path) -> list[str]:
    (directory / "good.md").write_text(GOOD, encoding="utf-8")
    for name, (data, _) in CASES.items():
        (directory / name).write_bytes(data)
    return sorted(CASES)


def test_cli_reports_each_bad_file_in_one_line_and_still_checks_the_others(
    tmp_path: Path,
) -> None:
    bad = write_cases(tmp_path)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == len(bad)
    for name, line in zip(bad, sorted(lines), strict=True):
        assert name in line and CASES[name][1] in line
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    assert {Path(d["path"]).name for d in report["diagnostics"]} == {"good.md"}
    assert any(d["code"] == "N101" for d in report["diagnostics"])


def test_subprocess_exit_code_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "tcvn3.txt").write_bytes(CASES["tcvn3.txt"][0])
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli", "check", "tcvn3.txt", "good.md"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        next(line for line in done.stderr.splitlines() if "tcvn3.txt" in line)
    ]
    assert "TCVN3" in done.stderr and "Traceback" not in done.stderr
    assert "N101" in done.stdout  # the good file was checked


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "missing.md")])
    assert result.exit_code == 2
    assert "missing.md" in result.stderr
