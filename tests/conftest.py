"""Shared fixtures: snippets checked in memory, and the shared corpus when it is present."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

# The phrase-shape memo (lint/numbers/shape_memo.py) of the tests, and of the solieu processes
# they start, lives in a directory of this session, not in the user's ~/.cache.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="solieu-tests-cache-")

# CI runs the property tests with a fixed seed so a landing never depends on luck; local runs
# keep exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from lint.diagnostics import Diagnostic
from lint.engine import check_text
from lint.numbers.scan import extract
from lint.read import read_document
from lint.ruleset import all_rules, rule_by_code

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def findings(text: str) -> list[str]:
    """Every rule's findings on a snippet, as "CODE message"."""
    return [f"{d.code} {d.message}" for d in check_text(text, list(all_rules()))]


def run_rule(code: str, text: str, path: str = "report.md") -> list[Diagnostic]:
    """Diagnostics of one rule on a snippet."""
    rule = rule_by_code(code)
    assert rule is not None, code
    return check_text(text, [rule], path)


def assert_silent_then_caught(code: str, text: str, figure: str, changed: str) -> None:
    """``text`` raises nothing under ``code``; with ``figure`` changed to ``changed`` it is
    caught, the changed figure among those the finding underlines, with the computation
    shown (the arithmetic, or for a count the names it is checked against)."""
    assert run_rule(code, text) == []
    wrong = text.replace(figure, changed, 1)
    found = run_rule(code, wrong)
    assert found, wrong
    spans = {wrong[found[0].span.start : found[0].span.end]}
    spans.update(wrong[r.span.start : r.span.end] for r in found[0].related)
    printed = next(t for t in re.split(r"[\s|]+", changed) if any(c.isdigit() for c in t))
    assert any(printed.rstrip("%") in span for span in spans)
    assert ("listed" if code == "S103" else "≠") in found[0].notes[0].en


def quantities(text: str, path: str = "report.md"):  # type: ignore[no-untyped-def]
    document = read_document(path, text.encode("utf-8"))
    return extract(document).quantities


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    return CORPUS
