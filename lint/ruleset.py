"""Discovering rules: every rule, built-in or third-party, comes from the ``solieu.rules``
entry-point group.  Without an installed distribution (running from a bare source checkout)
the built-in modules in ``rules/`` are loaded directly, giving the same set.
"""

from __future__ import annotations

import importlib
import inspect
from functools import cache
from importlib.metadata import entry_points

from lint.errors import UsageError
from lint.resources import data_dir
from lint.rule import Rule, validate_rule_class

ENTRY_POINT_GROUP = "solieu.rules"


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every registered rule class, sorted by code."""
    found: dict[str, type[Rule]] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry_point.load()
        except Exception as error:  # a broken third-party plugin must not crash the run
            raise UsageError(f"rule plugin '{entry_point.value}' failed to load: {error}") from None
        _add(found, loaded, entry_point.value)
    if not found:
        for rule in builtin_rules():
            _add(found, rule, rule.__module__)
    return tuple(found[code] for code in sorted(found))


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
        raise UsageError(f"rule plugin '{origin}' is not a solieu Rule class")
    problems = validate_rule_class(loaded)
    if problems:
        raise UsageError(f"rule plugin '{origin}' is invalid: {'; '.join(problems)}")
    if loaded.code in found and found[loaded.code] is not loaded:
        raise UsageError(f"two rules claim the code {loaded.code}")
    found[loaded.code] = loaded


def rule_by_code(code_or_name: str) -> type[Rule] | None:
    wanted = code_or_name.strip()
    for rule in all_rules():
        if rule.code.upper() == wanted.upper() or rule.name == wanted:
            return rule
    return None
