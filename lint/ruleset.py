"""Discovering rules: every rule, built-in or third-party, comes from the ``solieu.rules``
entry-point group.  Without an installed distribution (running from a bare source checkout)
the built-in modules in ``rules/`` are loaded directly, giving the same set.

Entry points are read straight from the ``entry_points.txt`` of the distributions on
``sys.path`` (what ``importlib.metadata`` reads too): importing ``importlib.metadata`` and
parsing every distribution's metadata costs about a tenth of a one-file check's start-up.
Zipped distributions, which only ``importlib.metadata`` can read, still go through it.
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import sys
from collections.abc import Iterator
from functools import cache

from lint.errors import UsageError
from lint.i18n.message import Message
from lint.resources import data_dir
from lint.rule import Rule, validate_rule_class

ENTRY_POINT_GROUP = "solieu.rules"


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every registered rule class, sorted by code."""
    found: dict[str, type[Rule]] = {}
    for value in rule_entry_points():
        try:
            loaded = _load(value)
        except Exception as error:  # a broken third-party plugin must not crash the run
            raise UsageError(
                Message.same(f"rule plugin '{value}' failed to load: {error}")
            ) from None
        _add(found, loaded, value)
    if not found:
        for rule in builtin_rules():
            _add(found, rule, rule.__module__)
    return tuple(found[code] for code in sorted(found))


def rule_entry_points() -> list[str]:
    """The ``module:attribute`` values of the ``solieu.rules`` entry points, one distribution
    counted once (the first found on ``sys.path``, as ``importlib.metadata`` does)."""
    values: list[str] = []
    seen: set[str] = set()
    for entry in sys.path:
        directory = entry or "."
        if os.path.isfile(directory):  # a zip on sys.path: only importlib.metadata reads it
            values.extend(_zipped_entry_points(directory, seen))
            continue
        for name, text in _distribution_entry_points(directory):
            if name not in seen:
                seen.add(name)
                values.extend(_group_values(text, ENTRY_POINT_GROUP))
    return values


def _distribution_entry_points(directory: str) -> Iterator[tuple[str, str]]:
    """(normalised distribution name, entry_points.txt text) of the distributions in a folder."""
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return
    for folder in names:
        if not folder.endswith((".dist-info", ".egg-info")):
            continue
        name = _normalise(folder.rsplit(".", 1)[0].split("-", 1)[0])
        try:
            with open(os.path.join(directory, folder, "entry_points.txt"), encoding="utf-8") as f:
                yield name, f.read()
        except OSError:
            yield name, ""  # a distribution without entry points still counts as seen


def _zipped_entry_points(archive: str, seen: set[str]) -> list[str]:
    from importlib.metadata import distributions

    values: list[str] = []
    for distribution in distributions(path=[archive]):
        name = _normalise(distribution.metadata["Name"] or "")
        if name in seen:
            continue
        seen.add(name)
        values.extend(
            _group_values(distribution.read_text("entry_points.txt") or "", ENTRY_POINT_GROUP)
        )
    return values


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _group_values(text: str, group: str) -> list[str]:
    """The values of one ``[group]`` of an ``entry_points.txt`` (an INI file)."""
    values: list[str] = []
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
        elif current == group and "=" in line:
            values.append(line.split("=", 1)[1].strip())
    return values


def _load(value: str) -> object:
    """Import ``module:attribute.path`` (extras in brackets are ignored, as by importlib)."""
    module_name, _, attributes = value.split("[", 1)[0].strip().partition(":")
    loaded: object = importlib.import_module(module_name.strip())
    for attribute in filter(None, attributes.strip().split(".")):
        loaded = getattr(loaded, attribute)
    return loaded


def builtin_rules() -> list[type[Rule]]:
    """The rule classes defined by the modules of ``rules/`` (one rule a module)."""
    rules: list[type[Rule]] = []
    for path in sorted(data_dir("rules").glob("[a-z]*.py")):
        module = importlib.import_module(f"lint.rules.{path.stem}")
        for _, value in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(value, Rule)
                and value is not Rule
                and value.__module__ == module.__name__
            ):
                rules.append(value)
    return rules


def _add(found: dict[str, type[Rule]], loaded: object, origin: str) -> None:
    if not (inspect.isclass(loaded) and issubclass(loaded, Rule)):
        raise UsageError(Message.same(f"rule plugin '{origin}' is not a solieu Rule class"))
    problems = validate_rule_class(loaded)
    if problems:
        raise UsageError(Message.same(f"rule plugin '{origin}' is invalid: {'; '.join(problems)}"))
    if loaded.code in found and found[loaded.code] is not loaded:
        raise UsageError(Message.same(f"two rules claim the code {loaded.code}"))
    found[loaded.code] = loaded


def rule_by_code(code_or_name: str) -> type[Rule] | None:
    wanted = code_or_name.strip()
    for rule in all_rules():
        if rule.code.upper() == wanted.upper() or rule.name == wanted:
            return rule
    return None
