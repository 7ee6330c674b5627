"""The content-hash cache and parallel runs give the same findings as a plain run."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from lint.cache import FindingsCache, diagnostic_from_dict, diagnostic_to_dict
from lint.engine import FileJob, check_files, run_job
from lint.ruleset import all_rules
from tests.cli_support import CLEAN, REPORT, run, write

ALL = tuple(rule.code for rule in all_rules())


def test_diagnostics_round_trip_through_the_cache_format() -> None:
    from lint.engine import check_text

    for diagnostic in check_text(REPORT, list(all_rules())):
        again = diagnostic_from_dict(json.loads(json.dumps(diagnostic_to_dict(diagnostic))))
        assert again == diagnostic


def test_second_run_is_served_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "r.md", REPORT)
    cache_dir = str(tmp_path / ".solieu_cache")
    cold = run_job(FileJob(str(path), ALL, cache_dir=cache_dir))
    entries = list((tmp_path / ".solieu_cache").rglob("*.json"))
    assert len(entries) == 1
    calls: list[str] = []
    import lint.engine

    original = lint.engine.extract
    monkeypatch.setattr(lint.engine, "extract", lambda doc: calls.append("x") or original(doc))
    warm = run_job(FileJob(str(path), ALL, cache_dir=cache_dir))
    assert calls == []  # nothing extracted, no rule run
    assert warm.diagnostics == cold.diagnostics
    assert warm.document is not None
    # a changed file, or changed settings, is a miss
    path.write_text(REPORT + "\nThêm một đoạn.\n", encoding="utf-8")
    run_job(FileJob(str(path), ALL, cache_dir=cache_dir))
    run_job(FileJob(str(path), ("N101",), cache_dir=cache_dir))
    assert calls == ["x", "x"]


def test_a_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    path = write(tmp_path, "r.md", REPORT)
    cache_dir = tmp_path / "c"
    run_job(FileJob(str(path), ALL, cache_dir=str(cache_dir)))
    for entry in cache_dir.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    again = run_job(FileJob(str(path), ALL, cache_dir=str(cache_dir)))
    assert [d.code for d in again.diagnostics] == ["N102", "N101"]
    assert FindingsCache(cache_dir).get("0" * 64) is None


def test_parallel_output_is_identical_and_ordered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for index in range(12):
        write(tmp_path, f"d/{index:02d}.md", REPORT if index % 3 else CLEAN)
    serial = run("check", "--format", "json", "--no-cache", "-j", "1", "d")
    parallel = run("check", "--format", "json", "--no-cache", "-j", "4", "d")
    cached_cold = run("check", "--format", "json", "-j", "3", "d")
    cached_warm = run("check", "--format", "json", "-j", "2", "d")
    assert serial.output == parallel.output == cached_cold.output == cached_warm.output
    assert (tmp_path / ".solieu_cache" / ".gitignore").read_text() == "*\n"
    paths = [d["path"] for d in json.loads(serial.output)["diagnostics"]]
    assert paths == sorted(paths) and len(paths) == 16


def test_check_files_keeps_job_order(tmp_path: Path) -> None:
    jobs = [FileJob(str(write(tmp_path, f"{name}.md", REPORT)), ALL) for name in ("c", "a", "b")]
    results = check_files(jobs, workers=2)
    assert [Path(r.path).name for r in results] == ["c.md", "a.md", "b.md"]


def test_a_cached_file_is_answered_without_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lint.engine

    cache_dir = str(tmp_path / ".solieu_cache")
    names = ("c", "a", "b")
    jobs = [
        FileJob(str(write(tmp_path, f"{name}.md", REPORT + name)), ALL, cache_dir=cache_dir)
        for name in names
    ]
    first = check_files(jobs[:2], workers=2)  # c and a go through the workers and the cache
    sent: list[list[str]] = []
    in_workers = lint.engine._check_in_workers

    def spy(left, workers, progress):  # type: ignore[no-untyped-def]
        sent.append([Path(job.path).name for job in left])
        return in_workers(left, workers, progress)

    monkeypatch.setattr(lint.engine, "_check_in_workers", spy)
    again = check_files(jobs, workers=2)
    assert sent == [["b.md"]]  # only the file not checked before
    assert [Path(r.path).name for r in again] == ["c.md", "a.md", "b.md"]
    assert [r.diagnostics for r in again[:2]] == [r.diagnostics for r in first]


def test_progress_bar_on_a_terminal_keeps_the_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    from lint import cli

    paths = [str(write(tmp_path, f"{i:02d}.md", REPORT)) for i in range(cli.PROGRESS_MIN_FILES)]
    jobs = [FileJob(path, ALL) for path in reversed(paths)]
    plain = [result.path for result in cli._run(jobs, 2)]
    terminal = io.StringIO()
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    advanced: list[int] = []
    original = cli.check_files

    def counting(jobs, workers=1, progress=None):  # type: ignore[no-untyped-def]
        assert progress is not None  # the progress bar is wired in
        return original(jobs, workers, lambda: (advanced.append(1), progress()))

    monkeypatch.setattr(cli, "check_files", counting)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert [result.path for result in cli._run(jobs, 2)] == plain == list(reversed(paths))
    assert len(advanced) == cli.PROGRESS_MIN_FILES


def test_key_depends_on_the_code_of_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import inspect

    from lint.cache import _code_digest, cache_key
    from lint.ruleset import rule_by_code

    rule = rule_by_code("N101")
    assert rule is not None
    plugin = tmp_path / "plugin_rule.py"
    plugin.write_text("# version 1\n", encoding="utf-8")

    class PluginRule(rule):  # type: ignore[misc, valid-type]
        pass

    original = inspect.getfile
    monkeypatch.setattr(
        inspect, "getfile", lambda obj: str(plugin) if obj is PluginRule else original(obj)
    )
    first = cache_key(b"x", "r.md", [PluginRule], {}, {})
    plugin.write_text("# version 2\n", encoding="utf-8")  # the plugin's code changed
    _code_digest.cache_clear()
    assert cache_key(b"x", "r.md", [PluginRule], {}, {}) != first
    assert cache_key(b"x", "r.md", [rule], {}, {}) != cache_key(b"y", "r.md", [rule], {}, {})


def _tamper(entry: dict[str, Any], change: str) -> Any:
    diagnostics = entry["diagnostics"]
    if change == "message-null":
        diagnostics[0]["message"] = None
    elif change == "diagnostics-object":
        entry["diagnostics"] = {}
    elif change == "diagnostics-null":
        entry["diagnostics"] = None
    elif change == "span-strings":
        diagnostics[0]["span"] = ["1", "2"]
    elif change == "span-reversed":
        diagnostics[0]["span"] = [9, 2]
    elif change == "span-outside":
        diagnostics[0]["span"] = [10**6, 10**6 + 1]
    elif change == "severity":
        diagnostics[0]["severity"] = "fatal"
    elif change == "related-label-null":
        diagnostics[0]["related"] = [[[0, 1], None]]
    elif change == "notes-string":
        diagnostics[0]["notes"] = "x"
    elif change == "extra-key":
        diagnostics[0]["hidden"] = True
    elif change == "missing-key":
        del diagnostics[0]["figures"]
    elif change == "bool-span":
        diagnostics[0]["span"] = [True, 2]
    elif change == "format-docx":
        entry["format"] = "docx"
    elif change == "format-number":
        entry["format"] = 3
    elif change == "other-key":
        entry["key"] = "0" * 64
        entry["diagnostics"] = []
    elif change == "not-an-object":
        return []
    return entry


TAMPERINGS = [
    "message-null",
    "diagnostics-object",
    "diagnostics-null",
    "span-strings",
    "span-reversed",
    "span-outside",
    "severity",
    "related-label-null",
    "notes-string",
    "extra-key",
    "missing-key",
    "bool-span",
    "format-docx",
    "format-number",
    "other-key",
    "not-an-object",
]


@pytest.mark.parametrize("change", TAMPERINGS)
def test_a_tampered_entry_is_a_miss_and_hides_nothing(
    tmp_path: Path, change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, "r.md", REPORT)
    cache_dir = tmp_path / ".solieu_cache"  # the command line's cache in this directory
    cold = run("check", "--format", "json", "r.md", "-j", "1")
    (entry_file,) = cache_dir.rglob("*.json")
    entry = json.loads(entry_file.read_text(encoding="utf-8"))
    assert FindingsCache(cache_dir).get(entry["key"]) is not None
    entry_file.write_text(json.dumps(_tamper(copy.deepcopy(entry), change)), encoding="utf-8")
    warm = run("check", "--format", "json", "r.md", "-j", "1")
    assert (warm.exit_code, warm.output) == (cold.exit_code, cold.output) == (1, cold.output)
    entry_file.write_text(json.dumps(_tamper(copy.deepcopy(entry), change)), encoding="utf-8")
    again = run_job(FileJob(str(path), ALL, cache_dir=str(cache_dir)))
    assert again.error is None
    assert [d.code for d in again.diagnostics] == ["N102", "N101"]
