"""SARIF 2.1.0 (OASIS), the format GitHub code scanning and most CI dashboards read.

One run; the driver lists every rule that was run with both summaries; each result has its
rule, level, message (in the chosen language), the primary region and the related figures as
``relatedLocations``, and the line-independent fingerprint as ``partialFingerprints``.
Columns count Unicode code points (``columnKind``), as solieu's own columns do.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from lint import __version__
from lint.diagnostics import Severity
from lint.document import SourceText, Span
from lint.engine import FileResult
from lint.report.location import display_path
from lint.rule import Rule
from lint.ruleset import all_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return quote(display_path(path), safe="/")


def _region(source: SourceText, span: Span) -> dict[str, int]:
    where = source.locate(span)
    return {
        "startLine": where.line,
        "startColumn": where.column,
        "endLine": where.end_line,
        "endColumn": where.end_column,
    }


def _rule_descriptor(rule: type[Rule], lang: str) -> dict[str, Any]:
    sections = rule.doc_sections()
    other = "en" if lang == "vi" else "vi"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary.text(lang)},
        "fullDescription": {
            "text": sections.get("What it checks", rule.summary.text(other)).strip()
        },
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"summary_vi": rule.summary.vi, "summary_en": rule.summary.en},
    }


def render(results: Sequence[FileResult], lang: str) -> str:
    rules = list(all_rules())
    index = {rule.code: position for position, rule in enumerate(rules)}
    sarif_results: list[dict[str, Any]] = []
    artifacts: list[str] = []
    for result in results:
        if result.document is None:
            continue
        source = result.document.source
        uri = _uri(result.path)
        artifacts.append(uri)
        for diagnostic in result.diagnostics:
            location: dict[str, Any] = {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                    "region": _region(source, diagnostic.span),
                }
            }
            human = result.document.location_of(diagnostic.span)  # Word/PDF: "đoạn 12"
            if human is not None:
                location["message"] = {"text": human.text(lang)}
            item: dict[str, Any] = {
                "ruleId": diagnostic.code,
                "level": _LEVEL[diagnostic.severity],
                "message": {"text": diagnostic.message.text(lang)},
                "locations": [location],
                "partialFingerprints": {"solieu/v1": diagnostic.fingerprint_in(source)},
                "properties": {
                    "message_vi": diagnostic.message.vi,
                    "message_en": diagnostic.message.en,
                },
            }
            if diagnostic.code in index:
                item["ruleIndex"] = index[diagnostic.code]
            related = [
                {
                    "id": number,
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                        "region": _region(source, entry.span),
                    },
                    "message": {"text": entry.label.text(lang)},
                }
                for number, entry in enumerate(diagnostic.related, start=1)
            ]
            if related:
                item["relatedLocations"] = related
            if diagnostic.suggestion:
                item["properties"]["suggestion"] = diagnostic.suggestion.text(lang)
            if diagnostic.notes:
                item["properties"]["notes"] = [note.text(lang) for note in diagnostic.notes]
            sarif_results.append(item)
    root = Path.cwd().resolve().as_uri() + "/"
    payload = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "solieu",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule_descriptor(rule, lang) for rule in rules],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root}},
                "artifacts": [
                    {"location": {"uri": uri, "uriBaseId": "%SRCROOT%"}} for uri in artifacts
                ],
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
