"""Every rule's documented examples behave as documented, through the command line.

Like sqlfluff's YAML rule cases: the "Example that fails" of each rule, as ``solieu rule CODE``
prints it, must be reported with that rule's code by ``solieu check``; the "Example that
passes" must not.  An example that cannot run as written (elided with "…") fails the test.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from lint.ruleset import all_rules
from tests.cli_support import run

KINDS = {"Example that fails": True, "Example that passes": False}
CODES = [rule.code for rule in all_rules()]
# Examples that only a workbook can show (a formula): their rule's tests build the workbook.
WORKBOOK_ONLY = {("T106", "Example that fails")}
CASES = [
    pytest.param(
        code,
        kind,
        marks=[pytest.mark.skip(reason="formulas exist only in a workbook; see the rule's tests")]
        if (code, kind) in WORKBOOK_ONLY
        else [],
    )
    for code in CODES
    for kind in KINDS
]


def documented_example(page: str, kind: str) -> str:
    """The indented block under the example's heading of a rule page."""
    match = re.search(rf"^#+ {kind}\s*\n((?:\n|    .*\n)+)", page + "\n", re.MULTILINE)
    assert match, f"no '{kind}' block"
    return textwrap.dedent(match.group(1)).strip() + "\n"


@pytest.fixture(scope="module")
def fired(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """Codes reported per example file, from one ``solieu check`` over all of them."""
    directory = tmp_path_factory.mktemp("rule-examples")
    for code in CODES:
        page = run("rule", code, "--lang", "en").output
        for kind, fails in KINDS.items():
            text = documented_example(page, kind)
            name = f"{code}-{'fails' if fails else 'passes'}.md"
            (directory / name).write_text(text, encoding="utf-8")
    result = run("check", "--format", "json", "--no-cache", "--jobs", "1", str(directory))
    found: dict[str, set[str]] = {}
    for item in json.loads(result.output)["diagnostics"]:
        found.setdefault(Path(item["path"]).name, set()).add(item["code"])
    return found


@pytest.mark.parametrize(("code", "kind"), CASES)
def test_documented_example_behaves_as_documented(
    code: str, kind: str, fired: dict[str, set[str]]
) -> None:
    page = run("rule", code, "--lang", "en").output
    example = documented_example(page, kind)
    assert "…" not in example and "..." not in example, "elided: cannot run as written"
    fails = KINDS[kind]
    name = f"{code}-{'fails' if fails else 'passes'}.md"
    assert (code in fired.get(name, set())) is fails, fired.get(name)


def test_rule_page_is_markdown_without_restructuredtext_literals() -> None:
    for code in CODES:
        page = run("rule", code).output
        assert "``" not in page, code
        assert page.startswith(f"## {code} `"), code
