"""Rule discovery reads the ``solieu.rules`` entry points of every distribution on ``sys.path``,
the way a third-party plugin registers, and agrees with ``importlib.metadata``."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

from lint.errors import UsageError
from lint.ruleset import ENTRY_POINT_GROUP, _load, all_rules, rule_entry_points


def make_distribution(site: Path, name: str, entry_points: str) -> None:
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def test_the_same_entry_points_as_importlib_metadata() -> None:
    expected = [e.value for e in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)]
    assert sorted(rule_entry_points()) == sorted(expected)
    assert len(rule_entry_points()) == len(all_rules())


def test_a_third_party_distribution_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_distribution(
        tmp_path,
        "solieu_extra_rules",
        "# comment\n[console_scripts]\nx = y:z\n\n[solieu.rules]\nZ901 = extra_rule:Shouting [fast]\n",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "extra_rule:Shouting [fast]" in rule_entry_points()
    # importlib.metadata sees the same plugin
    values = [e.value for e in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)]
    assert "extra_rule:Shouting [fast]" in values


def test_a_distribution_found_twice_counts_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    make_distribution(first, "Solieu.Extra", "[solieu.rules]\nZ901 = first_rule:Rule\n")
    make_distribution(second, "solieu_extra", "[solieu.rules]\nZ901 = second_rule:Rule\n")
    monkeypatch.setattr(sys, "path", [str(first), str(second), *sys.path])
    values = rule_entry_points()
    assert "first_rule:Rule" in values
    assert "second_rule:Rule" not in values


def test_load_follows_attribute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "extra_rule_module.py").write_text(
        "class Holder:\n    class Inner:\n        pass\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    loaded = _load("extra_rule_module:Holder.Inner [extra]")
    assert getattr(loaded, "__qualname__", "") == "Holder.Inner"
    with pytest.raises(ModuleNotFoundError):
        _load("no_such_module_here:Rule")


def test_a_broken_plugin_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_distribution(
        tmp_path, "solieu_broken", "[solieu.rules]\nZ999 = no_such_module_here:Rule\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    all_rules.cache_clear()
    try:
        with pytest.raises(UsageError, match="no_such_module_here:Rule"):
            all_rules()
    finally:
        monkeypatch.undo()
        all_rules.cache_clear()
    assert len(all_rules()) == len(rule_entry_points())
