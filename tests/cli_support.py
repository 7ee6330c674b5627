"""Shared helpers for the command-line tests: a small report with known findings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from lint.cli import main

# Two findings: N102 on line 3 (13,975 tấn where 2.150 ha × 65 tạ/ha gives 13.975 tấn) and
# N101 on line 5 (47.5% with a decimal point in a decimal-comma document).
REPORT = (
    "# Báo cáo kết quả sản xuất nông nghiệp\n"
    "\n"
    "Vụ Đông Xuân toàn xã gieo sạ 2.150 ha, năng suất bình quân 65 tạ/ha, "
    "sản lượng đạt 13,975 tấn.\n"
    "\n"
    "Thu ngân sách đạt 12.400 triệu đồng, bằng 52,3% dự toán; chi ngân sách đạt 47.5% dự toán.\n"
    "\n"
    "Tổng đàn gia súc có 1.250 con trâu, tăng 2,1% so với cùng kỳ.\n"
)
CLEAN = (
    "# Báo cáo kết quả sản xuất\n"
    "\n"
    "Vụ Đông Xuân toàn xã gieo sạ 2.150 ha, năng suất bình quân 65 tạ/ha, "
    "sản lượng đạt 13.975 tấn.\n"
)


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def codes(output: str) -> list[str]:
    payload: Any = json.loads(output)
    return [item["code"] for item in payload["diagnostics"]]
