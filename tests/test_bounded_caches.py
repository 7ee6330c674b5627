"""What one process keeps across files stays bounded, and the engine's pause of the cyclic
garbage collector is undone after every file (issue 12, bounded work)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

import lint.engine
from lint.diagnostics import Diagnostic
from lint.engine import check_file
from lint.numbers import shape_memo as memo_module
from lint.numbers.parse import shape_memo
from lint.numbers.scan import extract
from lint.read import read_document
from lint.ruleset import all_rules

UNITS = ("hồ sơ", "tỷ đồng", "triệu đồng", "ha", "km", "tấn", "người", "hộ", "xã", "%")


def _report(number: int) -> str:
    """A report whose figures have shapes no other report of this test has (digit counts)."""
    width = 1 + number % 9
    grouped = f"{10 ** (width + 3 + number // 9):,}".replace(",", ".")
    lines = [f"Năm 2024, tỉnh thực hiện {grouped} {unit} (kỳ {number})." for unit in UNITS]
    return "\n\n".join(lines) + "\n"


def test_the_shape_memo_of_one_process_stays_bounded_over_many_distinct_reports(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(memo_module, "MAX_TREES", 40)
    memo = shape_memo()
    figures: list[list[tuple[str, object]]] = []
    for number in range(60):
        document = read_document(f"r{number}.md", _report(number).encode("utf-8"))
        extraction = extract(document)
        figures.append([(q.text, q.value) for q in extraction.quantities])
        assert len(memo._trees) <= 40
    assert len(memo._trees) == 40  # it did fill up: the bound was reached
    # shapes forgotten by this process read the same when they come back
    for number in (0, 1, 2):
        document = read_document(f"again{number}.md", _report(number).encode("utf-8"))
        again = [(q.text, q.value) for q in extract(document).quantities]
        assert again == figures[number]


def test_the_collector_is_paused_during_a_file_and_on_again_after(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[bool] = []
    inner = lint.engine.check_document

    def spy(*args: Any, **kwargs: Any) -> list[Diagnostic]:
        seen.append(gc.isenabled())
        return inner(*args, **kwargs)

    monkeypatch.setattr(lint.engine, "check_document", spy)
    monkeypatch.setattr(lint.engine, "PAUSE_GC_FROM", 0)
    report = tmp_path / "report.md"
    report.write_text("Tổng số 30 hồ sơ, trong đó 10 hồ sơ đúng hạn, 20 hồ sơ quá hạn.\n")
    rules = list(all_rules())
    assert gc.isenabled()
    result = check_file(str(report), rules)
    assert result.error is None
    missing = check_file(str(tmp_path / "missing.md"), rules)  # an error: still restored
    assert missing.error is not None
    assert seen == [False]
    assert gc.isenabled()
    monkeypatch.setattr(lint.engine, "PAUSE_GC_FROM", 10_000)  # a small file: left running
    check_file(str(report), rules)
    assert seen == [False, True]


def test_a_small_file_collects_its_young_generation_less_often(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[tuple[int, int, int]] = []
    inner = lint.engine.check_document

    def spy(*args: Any, **kwargs: Any) -> list[Diagnostic]:
        seen.append(gc.get_threshold())
        return inner(*args, **kwargs)

    monkeypatch.setattr(lint.engine, "check_document", spy)
    report = tmp_path / "report.md"
    report.write_text("Tổng số 30 hồ sơ, trong đó 10 hồ sơ đúng hạn, 20 hồ sơ quá hạn.\n")
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        check_file(str(report), list(all_rules()))
        assert seen == [(lint.engine.YOUNG_THRESHOLD, 10, 10)]
        assert gc.get_threshold() == (700, 10, 10) and gc.isenabled()  # the caller's, again
    finally:
        gc.set_threshold(*before)


def test_a_collector_turned_off_by_the_caller_stays_off(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text("Tổng số 30 hồ sơ.\n")
    gc.disable()
    try:
        with lint.engine.cyclic_gc_once_per_file(10**9):
            assert not gc.isenabled()
        check_file(str(report), list(all_rules()))
        assert not gc.isenabled()
    finally:
        gc.enable()
