"""One resolver for the files solieu ships beside its code: ``grammar/`` and ``rules/``.

In a wheel they are installed inside the package (``lint/grammar``, ``lint/rules``); in a
source checkout or an editable install they sit at the repository's top level, beside
``lint/``.  Everything that needs them asks :func:`data_dir`.
"""

from __future__ import annotations

import sys
import types
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the directory ``name`` (``"grammar"`` or ``"rules"``) wherever it is installed."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"solieu installation is incomplete: no '{name}' directory found")


def install_rules_package() -> None:
    """Make the rule modules importable as ``lint.rules.<module>`` in every layout."""
    if "lint.rules" in sys.modules:
        return
    try:
        rules_dir = data_dir("rules")
    except FileNotFoundError:
        return
    package = types.ModuleType("lint.rules", "Built-in solieu rules (one module per rule).")
    package.__path__ = [str(rules_dir)]
    package.__package__ = "lint.rules"
    sys.modules["lint.rules"] = package
