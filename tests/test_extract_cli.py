"""``solieu extract`` (the figures as solieu understood them) and determinism of the outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint.cli import main

ROOT = Path(__file__).resolve().parent.parent
REPORT = (
    "# Báo cáo\n\nTổng thu 2.506 tỷ 437 triệu đồng, đạt 50,3% kế hoạch; năng suất 68 tạ/ha;\n"
    "giải quyết 88/98 hồ sơ theo Quyết định số 15/2020/QĐ-TTg ngày 09/4/2020.\n"
)
KEYS = {
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "text",
    "kind",
    "value",
    "low",
    "high",
    "unit",
}


def extract_json(path: Path) -> dict[str, object]:
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_extract_json_lists_every_quantity_exactly(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    report = extract_json(path)
    assert report["version"] == 1
    quantities = report["quantities"]
    assert isinstance(quantities, list)
    assert all(set(q) >= KEYS for q in quantities)
    rows = [(q["text"], q["kind"], q["value"], q["low"], q["high"], q["unit"]) for q in quantities]
    assert rows == [
        (
            "2.506 tỷ 437 triệu đồng",
            "amount",
            "2506437000000",
            "2506436500000",
            "2506437500000",
            "đồng",
        ),
        ("50,3%", "percent", "50.3", "50.25", "50.35", "%"),
        ("68 tạ/ha", "rate", "68", "67.5", "68.5", "tạ/ha"),
        ("88/98 hồ sơ", "pair", "88", "88", "88", "hồ sơ"),
    ]
    first = quantities[0]
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (
        3,
        10,
        3,
        33,
    )


def test_extract_table_is_for_people(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[50.25; 50.35]" in result.stdout and "tạ/ha" in result.stdout
    assert "09/4/2020" not in result.stdout  # a date is not a quantity


def test_extract_of_unreadable_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Thu ng©n s¸ch n¨m 2020 ®¹t 12 tû ®ång.".encode("latin-1"))
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 2
    assert "legacy.txt" in result.stderr and "TCVN3" in result.stderr


def inputs(corpus_dir: Path | None) -> list[str]:
    paths = [str(ROOT / "examples")]
    if corpus_dir is not None:
        paths.append(str(corpus_dir))
    return paths


def run_cli(arguments: list[str], seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed, NO_COLOR="1", COLUMNS="120", SOLIEU_LANG="vi")
    done = subprocess.run(
        [sys.executable, "-m", "lint.cli", *arguments], capture_output=True, env=env, check=False
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    "arguments",
    [
        ["check", "--no-cache", "--format", "json"],
        ["check", "--no-cache", "-j", "2"],
        ["extract", "--format", "json"],
    ],
)
def test_same_input_gives_the_same_bytes(arguments: list[str], corpus: Path) -> None:
    """Across processes with different hash seeds: no set or dict order leaks into the output."""
    first = run_cli([*arguments, *inputs(corpus)], "1")
    second = run_cli([*arguments, *inputs(corpus)], "2")
    assert first == second
    assert len(first) > 1000


def test_standard_input_through_the_command_line() -> None:
    data = (
        "Tổng thu tăng 34.1% so với cùng kỳ; đạt 50,3% kế hoạch, năng suất 62,5 tạ/ha.\n".encode()
    )
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", "-"], input=data)
    assert result.exit_code == 1, result.output
    [finding] = json.loads(result.stdout)["diagnostics"]
    assert finding["path"] == "<stdin>" and finding["code"] == "N101"
    assert (finding["line"], finding["column"]) == (1, 15)
    extracted = CliRunner().invoke(main, ["extract", "--format", "json", "-"], input=data)
    assert [q["text"] for q in json.loads(extracted.stdout)["quantities"]] == [
        "34.1%",
        "50,3%",
        "62,5 tạ/ha",
    ]
