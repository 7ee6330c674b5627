"""The pass across files, after every file was checked on its own: a report and its annex.

A report and the workbooks beside it (same folder, checked in the same run: ``solieu check
bao-cao.docx phu-luc.xlsx`` or ``solieu check ho-so/``) state the same figures.  For every
report (not a workbook) whose rules include C104, its prose figures are compared with the
tables of those workbooks (:mod:`lint.relations.annex`); each conflict is one finding at the
prose figure, naming the annex cell.  The report is read again here, since worker processes
return only what the output needs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from lint.diagnostics import Diagnostic, Severity
from lint.document import Document
from lint.engine import FileResult
from lint.errors import InputError
from lint.numbers.scan import extract
from lint.read import read_path
from lint.relations.annex import find_annex_conflicts
from lint.ruleset import rule_by_code
from lint.suppression import apply_suppressions, parse_suppressions

CODE = "C104"


def check_annexes(
    results: Sequence[FileResult],
    rules: Mapping[str, Sequence[str]],
    severities: Mapping[str, Mapping[str, Severity]],
) -> None:
    """Add the report-vs-annex findings to the results of the reports (in place).

    ``rules`` and ``severities`` are each file's selected rule codes and configured severities.
    """
    folders: dict[Path, list[FileResult]] = {}
    for result in results:
        if result.document is not None and not result.error and result.path != "<stdin>":
            folders.setdefault(Path(result.path).resolve().parent, []).append(result)
    for group in folders.values():
        annexes = [r.document for r in group if r.document is not None and _workbook(r.document)]
        if not annexes:
            continue
        for result in group:
            if result.document is None or _workbook(result.document):
                continue
            if CODE not in rules.get(result.path, ()):
                continue
            found = _conflicts(result.path, annexes, severities.get(result.path, {}))
            if found:
                result.diagnostics = sorted([*result.diagnostics, *found], key=Diagnostic.sort_key)


def _workbook(document: Document) -> bool:
    return document.format == "xlsx" and bool(document.tables)


def _conflicts(
    path: str, annexes: list[Document], severities: Mapping[str, Severity]
) -> list[Diagnostic]:
    rule_class = rule_by_code(CODE)
    if rule_class is None:
        return []
    try:
        document = read_path(path)
    except InputError:
        return []
    rule = rule_class()
    diagnostics = []
    for conflict in find_annex_conflicts(document, extract(document), annexes):
        diagnostic: Diagnostic = rule.diagnose(conflict)  # type: ignore[attr-defined]
        diagnostic.path = path
        if CODE in severities:
            diagnostic = replace(diagnostic, severity=severities[CODE])
        diagnostics.append(diagnostic)
    suppressions, _ = parse_suppressions(document)
    return apply_suppressions(diagnostics, suppressions)
