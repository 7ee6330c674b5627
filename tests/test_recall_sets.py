"""The consistent documents of bench/recall raise no warning or error (false alarms)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.diagnostics import Severity
from lint.engine import check_text
from lint.ruleset import all_rules

DOCS = sorted((Path(__file__).resolve().parent.parent / "bench" / "recall").glob("set-*/docs/*.md"))


@pytest.mark.parametrize("path", DOCS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_a_consistent_document_raises_no_warning(path: Path) -> None:
    found = check_text(path.read_text(encoding="utf-8"), list(all_rules()), path.name)
    assert [f"{d.code} {d.message.en}" for d in found if d.severity is not Severity.INFO] == []


def test_the_sets_are_there() -> None:
    assert len(DOCS) == 696
