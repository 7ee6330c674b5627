"""Every rule selected alone (``--select CODE``) on the shared reports agrees with the full run.

No rule consults another rule's findings: a finding several rules see is reported once, by
the selected rule that takes precedence (:func:`lint.engine.deduplicate_across_rules`).  So,
for each code, everything the full run reports for it is reported alone, and alone it reports
nothing more, except findings the full run gave to a rule that takes precedence.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint.diagnostics import Diagnostic
from lint.document import Document
from lint.engine import check_document, deduplicate_across_rules
from lint.numbers.scan import Extraction, extract
from lint.read import read_document
from lint.ruleset import all_rules, rule_by_code
from tests.cli_support import run, write
from tests.conftest import CORPUS

CODES = [rule.code for rule in all_rules()]
Key = tuple[str, str, int, int, str]


def _key(diagnostic: Diagnostic) -> Key:
    span = diagnostic.span
    return (diagnostic.path, diagnostic.code, span.start, span.end, diagnostic.message.en)


def _reports() -> Iterator[Path]:
    for directory in (CORPUS, CORPUS / "dev"):
        for path in sorted(directory.glob("*")):
            if path.suffix in (".md", ".txt") and path.name != "README.md":
                yield path


@pytest.fixture(scope="module")
def documents() -> list[tuple[Document, Extraction]]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    read = [read_document(str(path), path.read_bytes()) for path in _reports()]
    return [(document, extract(document)) for document in read]


@pytest.fixture(scope="module")
def full_run(documents: list[tuple[Document, Extraction]]) -> list[Diagnostic]:
    rules = list(all_rules())
    return [
        d for doc, extraction in documents for d in check_document(doc, rules, None, extraction)
    ]


@pytest.mark.parametrize("code", CODES)
def test_rule_alone_agrees_with_the_full_run(
    code: str, documents: list[tuple[Document, Extraction]], full_run: list[Diagnostic]
) -> None:
    rule = rule_by_code(code)
    assert rule is not None
    alone = [
        d for doc, extraction in documents for d in check_document(doc, [rule], None, extraction)
    ]
    full = {_key(d) for d in full_run if d.code == code}
    alone_keys = {_key(d) for d in alone}
    assert full <= alone_keys, f"{code} alone misses {sorted(full - alone_keys)}"
    for diagnostic in alone:
        if _key(diagnostic) in full:
            continue
        # only a finding the full run gave to a rule that takes precedence
        others = [d for d in full_run if d.path == diagnostic.path and d.code != code]
        assert diagnostic.subjects, f"{code} alone adds {_key(diagnostic)}"
        assert deduplicate_across_rules([*others, diagnostic]) == others, _key(diagnostic)


def test_ignoring_the_owner_lets_the_next_rule_report(tmp_path: Path) -> None:
    report = write(
        tmp_path,
        "r.md",
        "Giải quyết được 2.583/2.974 hồ sơ, trong đó trực tuyến 210 hồ sơ. Giải quyết trước "
        "hạn 915 hồ sơ, chiếm tỷ lệ 34,1%; đúng hạn 1.768 hồ sơ, chiếm tỷ lệ 65,9%.\n",
    )

    def codes(*options: str) -> list[str]:
        result = run("check", "--no-cache", "--format", "json", *options, str(report))
        return [item["code"] for item in json.loads(result.output)["diagnostics"]]

    assert codes() == ["S101"]
    assert codes("--ignore", "S101") == ["P101", "P101"]
    assert codes("--select", "P101") == ["P101", "P101"]


def test_findings_without_subjects_are_never_merged() -> None:
    rule = rule_by_code("N101")
    assert rule is not None
    document = read_document("r.md", "Tỷ lệ 34.1%; 98,5%; 65,9%; 12.5%.\n".encode())
    found = check_document(document, [rule])
    assert len(found) == 2
    assert deduplicate_across_rules(found) == found


def test_a_suppression_comment_silences_the_finding_whoever_reports_it() -> None:
    text = (
        "<!-- solieu: ignore[S101] -- số liệu đã được xác nhận -->\n"
        "Giải quyết được 2.583/2.974 hồ sơ, trong đó trực tuyến 210 hồ sơ. Giải quyết trước "
        "hạn 915 hồ sơ, chiếm tỷ lệ 34,1%; đúng hạn 1.768 hồ sơ, chiếm tỷ lệ 65,9%.\n"
    )
    document = read_document("r.md", text.encode())
    assert check_document(document, list(all_rules())) == []
